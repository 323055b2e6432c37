# c5 batch 2: telecom merger, interest rates, gig drivers, social media age limit, port automation, crypto collapse
ARTICLES = []

ARTICLES.append(dict(
id="c5-07", domain="business / telecom merger",
targets=[("Corvid-Halberd merger", ["merger", "the deal", "takeover"]),
         ("the merger will raise phone bills", ["bills", "prices"]),
         ("Corvid Mobile", ["Corvid"]),
         ("New Tarrow Consumer Council", ["Consumer Council"])],
text='''Corvid agrees $3.1 billion takeover of Halberd, leaving New Tarrow with two mobile carriers

{by:By Perpetuo Langridge, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Corvid Mobile agreed on Monday to buy its smaller rival Halberd Networks for $3.1 billion, a deal that would leave two companies serving about nine in ten mobile customers in New Tarrow.}

{s1:Corvid chief executive Anouska Ferreby} {q1:told} analysts {c1:the combined company would spend $900 million over three years extending 5G coverage to rural counties "that both of us, frankly, have neglected."}

"{c2:Scale is what pays for masts in the hills. Halberd on its own was never going to build them,}" {s2:she} {q2:said}.

{s3:The New Tarrow Consumer Council} {q3:said} {c3:the deal would end the only price war this state has ever had}. Its director, {s4:Gwilym Ashpole}, {q4:noted} {c4:Halberd's $19 unlimited plan, launched in 2022, had forced both larger rivals to cut their own charges within months}.

"{c5:Three became two in Ardenmoor in 2019. What people paid there went up 14 percent in two years,}" {s5:Ashpole} {q5:said}. "{c6:We don't need to guess how this ends.}"

{s7:Corvid} {q7:said} in a filing {c7:it would freeze prices on existing Halberd plans for 24 months}. {s8:Ashpole} {q8:called} {c8:the pledge "a two-year pause on a ten-year problem."}

{x1:{xs1:The Communications Workers' Guild} {xq1:backed} the takeover}, citing job guarantees for Halberd's 2,300 staff in the state. {s9:Halberd founder Ruben Castellar}, who will leave the company, {q9:said} {c9:selling was "the least bad option" after two years of losses and that he had "no illusions" about what happens to prices when a maverick disappears}.

{s10:Marit Oyeniran}, a telecoms analyst at Ferncastle Securities, {q10:said} {c10:the deal looked less like a rescue than a tidy-up of the only competitor with bad manners}.

{s11:The State Competition Authority} {q11:said} {c11:it would open a review within 30 days and had not formed a view}.

{n:Halberd shares rose 22 percent on the news.}''',
attr={
1: ("mixed", "Anouska Ferreby", "f promises rural investment from the deal | n | a concedes Corvid neglected rural counties | n"),
2: ("direct", "Anouska Ferreby", "f argues scale funds rural masts | n | n | n"),
3: ("indirect", "New Tarrow Consumer Council", "a says the deal ends price competition | f ending the price war implies higher charges | n | n", {"cases": "C6"}),
4: ("indirect", "Gwilym Ashpole", "a credits the rival being bought with lower charges | f shows Halberd kept charges down | n | n"),
5: ("direct", "Gwilym Ashpole", "a cites a merger precedent that went badly | f precedent where charges rose after a merger | n | n"),
6: ("direct", "Gwilym Ashpole", "a the point of the precedent: this deal ends badly | f implies the same rise here | n | n", {"cases": "C9"}),
7: ("indirect", "Corvid Mobile", "f offers a pledge to ease concerns | a promises a freeze on plans | n | n", {"cases": "B16 C6"}),
8: ("mixed", "Gwilym Ashpole", "a dismisses the pledge | f says rises are only postponed | a belittles Corvid's freeze | n"),
9: ("mixed", "Ruben Castellar", "f calls the sale the least bad option | f no illusions about what happens to charges | n | n"),
10: ("indirect", "Marit Oyeniran", "a casts the deal as removing a rival | n | a implies Corvid is buying out competition | n"),
11: ("indirect", "State Competition Authority", "n says it has not formed a view | n | n | n", {"cases": "C6"}),
},
acts={1: ("Communications Workers' Guild", "f backs the takeover | n | n | n")},
))

ARTICLES.append(dict(
id="c5-08", domain="economy / central bank interest rates",
targets=[("interest rate rise", ["rate rise", "increase", "rates"]),
         ("Tarrow Reserve Bank", ["Reserve Bank", "the bank"]),
         ("higher rates are needed to curb inflation", ["inflation"]),
         ("Bastien Kolawole", ["Kolawole", "treasurer"])],
text='''Tarrow Reserve Bank lifts rates to 5.25 percent, brushing aside calls for a pause

{by:By Elspeth Mawdsley, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:The Tarrow Reserve Bank raised its benchmark interest rate by half a percentage point to 5.25 percent on Wednesday, its fourth increase in a year.}

{s1:The bank's statement} {q1:said} {c1:price growth of 4.8 percent in the year to October remained well above what households can absorb for long}.

“{c2:Nobody in this building enjoys doing this. But the cost of stopping too early is paid by the same people, only later and with interest,}” {s2:Reserve Bank chair Ingeborg Lisle} {q2:said} at a news conference. {s11:She} {q11:acknowledged} {c11:the bank had been “too slow to move in 2024”} and {q12:said} {c12:the delay was part of why borrowing costs now had to climb further}.

{s3:Treasurer Bastien Kolawole}, {x2:{xs2:who} had {xq2:urged} a pause}, {q3:said} {c3:he respected the bank’s independence}. {s4:He} {q4:noted} {c4:households with a mortgage now spent on average 38 percent of their income on repayments}. “{c5:That is not a number anyone in Lakemont should be proud of,}” {s5:he} {q5:said}.

{x1:{xs1:Opposition finance spokesman Dariusz Wexley} {xq1:welcomed} the decision} and {q13:accused} {c13:the treasurer of leaning on the referee because he doesn’t like the score}.

{s6:The New Tarrow Home Builders’ Federation} {q6:said} {c6:housing starts had fallen 31 percent since the first increase and warned of layoffs on building sites by spring}.

{s7:Yusuf Brandreth}, chief economist at Osgood Bank, {q7:said} {c7:the bank had no real choice with wages rising 6 percent a year and rents faster still}.

{s14:Brandreth} {q14:said} {c14:the treasurer "would be the first to complain if prices were still rising at 6 percent next year."}

{s8:Clement Asante-Rowe}, an economist for the Tarrow Council of Unions, {q8:said} {c8:it was “a comfort to know” that workers who lose their jobs “will at least be unemployed at a lower inflation rate.”}

{q9:Asked} {c9:whether further increases were likely}, {s10:Lisle} {q10:said} {c10:the board would go meeting by meeting}.

{n:The next decision is due on January 21.}''',
attr={
1: ("indirect", "Tarrow Reserve Bank", "f justifies the move by persistent price growth | n | f says price growth is still too high | n", {"cases": "B16 C6"}),
2: ("direct", "Ingeborg Lisle", "f argues stopping early costs more later | n | f argues delay makes prices worse | n"),
3: ("indirect", "Bastien Kolawole", "n polite preface before his criticism | n courtesy, not a judgement | n | n"),
4: ("indirect", "Bastien Kolawole", "a cites mortgage strain as the cost of the move | n | n | n"),
5: ("direct", "Bastien Kolawole", "a says the repayment burden is shameful | a implies the bank should not be proud | n | n"),
6: ("indirect", "New Tarrow Home Builders’ Federation", "a blames the increases for falling starts and layoffs | n | n | n", {"cases": "C6"}),
14: ("mixed", "Yusuf Brandreth", "f defends the rise against the treasurer | f defends the bank | f implies stopping now would keep prices high | a says the treasurer would complain either way"),
7: ("indirect", "Yusuf Brandreth", "f says the bank had no real choice | f defends the bank's decision | f cites wage and rent growth | n"),
8: ("mixed", "Clement Asante-Rowe", "a sarcasm about job losses | a mocks the bank's trade-off | n | n"),
9: ("indirect", None, "n question without a position | n | n | n", {"cases": "D8"}),
10: ("indirect", "Ingeborg Lisle", "n noncommittal on further moves | n | n | n"),
11: ("mixed", "Ingeborg Lisle", "n | a concedes the bank was too slow | n | n", {"cases": "B13"}),
12: ("indirect", "Ingeborg Lisle", "f says costs had to climb further | n | f delay means a bigger move is needed | n"),
13: ("indirect", "Dariusz Wexley", "n | f defends the bank against pressure | n | a accuses him of leaning on the referee", {"cases": "B13"}),
},
acts={1: ("Dariusz Wexley", "f welcomes the decision | f welcomes the bank's move | n | n"),
      2: ("Bastien Kolawole", "a had urged a pause instead | n | n | n")},
))

ARTICLES.append(dict(
id="c5-09", domain="labour / gig economy drivers",
targets=[("delivery driver pay bill", ["the bill", "pay floor"]),
         ("Zipwell", []),
         ("app drivers should be paid for waiting time", ["waiting", "logged-in time"]),
         ("United App Drivers", ["drivers' group"])],
text='''App drivers circle Capitol as senators weigh pay for waiting time

{by:By Ferelith Cade, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:About 600 delivery drivers circled the Capitol in their cars on Thursday, horns blaring, as a Senate committee heard testimony on a bill that would guarantee app-based drivers at least $19 for every hour they are logged in, including time between orders.}

"{c1:Three hours in a car park outside a burger place. That's not a break. That's work nobody pays for,}" {q1:said} {s1:Bashir Qualtrough}, an organiser with United App Drivers.

{s2:Zipwell}, the state's largest delivery app, {q2:said} in written testimony {c2:paying for logged-in time would reward the busiest hour in the car park, not the busiest hour on the road}. {s3:It} {q3:warned} {c3:customers would pay about $2 more per order and drivers would face caps on how long they could stay logged in}.

{s4:Qualtrough} {q4:said} {c4:he was "touched" that Zipwell had discovered the price of a burger "the week after it announced a $400 million profit."}

{s5:Senator Imelda Ruthven}, the bill's sponsor, {q5:said} {c5:the companies "built a business on the idea that waiting is free, and it isn't free. It's just paid by the driver."}

{s6:A study of 1,100 drivers by the Lakemont Labour Research Centre} {q6:found} {c6:they spent 41 percent of their logged-in time between orders and earned a median of $11.20 an hour after fuel}. {s7:Zipwell spokeswoman Calla Mirren} {q7:said} {c7:the study counted drivers logged in to three apps at once "as waiting for all three."} {s12:She} also {q12:accused} {c12:the drivers' group of staging a traffic jam and calling it a debate}.

{s13:Ruthven} {q13:said} {c13:United App Drivers had "done more to explain this industry to the Senate than the industry has."}

"{c8:I want the drivers paid. I just don't want to be the one explaining a $9 delivery fee to a pensioner,}" {q8:said} {s8:Hamid Osterlund}, who runs a kebab shop in Pellingford. {x1:{xs1:The Lakemont Restaurant Association} {xq1:opposed} the bill}.

{s10:Senator Corentin Blay} {q10:asked} {c10:whether Zipwell would publish its own figures on time between orders}. {s11:Mirren} {q11:said} {c11:the company would consider it}.

{s9:Senator Emrys Todhunter}, who chairs the committee, {q9:said} {c9:members would vote on March 2}.

{n:Similar rules took effect in two neighbouring states last year.}''',
attr={
1: ("direct", "Bashir Qualtrough", "f argues unpaid waiting is work | n | f says waiting is work nobody pays for | n"),
2: ("indirect", "Zipwell", "a says paying logged-in time rewards idling | n | a argues waiting pay rewards the car park | n", {"cases": "B16 C6"}),
3: ("indirect", "Zipwell", "a warns of higher prices and caps | n | a warns of costs and caps | n", {"cases": "C6"}),
4: ("mixed", "Bashir Qualtrough", "f rebuts the cost argument | a sarcasm about Zipwell's profit | n | n"),
5: ("mixed", "Imelda Ruthven", "f sponsor argues waiting should be paid | a faults the companies' business model | f says waiting is paid by the driver | n"),
6: ("indirect", "Lakemont Labour Research Centre", "f figures show low pay and long idle time | n | f quantifies unpaid time between orders | n", {"cases": "B16 C6"}),
7: ("mixed", "Calla Mirren", "a disputes the evidence for the bill | n | a questions the idle-time figure | n"),
13: ("mixed", "Imelda Ruthven", "f sponsor praises the bill's backers | a implies the industry kept senators in the dark | n | f praises the drivers' group"),
8: ("direct", "Hamid Osterlund", "a the but-clause objects to the cost of the bill | n | n | n"),
9: ("indirect", "Emrys Todhunter", "n procedural date | n | n | n"),
10: ("indirect", "Corentin Blay", "n presses without taking a side | n question only | n | n", {"cases": "D8"}),
11: ("indirect", "Calla Mirren", "n noncommittal reply | n | n | n"),
12: ("indirect", "Calla Mirren", "a dismisses the protest for the bill | n | n | a accuses the group of staging a jam", {"cases": "B13"}),
},
acts={1: ("Lakemont Restaurant Association", "a opposes the bill | n | n | n")},
))

ARTICLES.append(dict(
id="c5-10", domain="technology / social media age limits",
targets=[("social media age limit", ["age limit", "under 16", "the ban"]),
         ("social media is harming teenagers", []),
         ("Loopsy", []),
         ("age verification will expose users' data", ["age verification", "age-verification"])],
text='''Assembly votes to bar under-16s from social media; platforms warn of ID checks for all

{by:By Saoirse Pellow, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:New Tarrow's Assembly voted 58-31 on Wednesday to bar children under 16 from holding accounts on social media platforms, requiring companies to verify the age of every user in the state by the middle of next year.}

{s1:Assemblyman Hollister Nkemelu}, the sponsor, {q1:said} {c1:parents had been "left alone in a fight with the best-funded engineers on earth."}

"{c2:My daughter was fourteen when Loopsy started showing her diet videos at two in the morning. It took us a year to get her eating again,}" {q2:said} {s2:Carys Mbatha}, who testified for the bill.

{s11:Mbatha} {q11:said} {c11:Loopsy had "sent us a form letter and a link to its safety centre" when the family complained}.

{s3:Loopsy} {q3:said} in a statement {c3:the law would force every adult in New Tarrow to hand over a passport to post a birthday photo}.

{s4:Ondine Farquharson} of the Tarrow Digital Rights Project {q4:said} {c4:the resulting databases would become the most valuable thing a hacker in this state could steal}. {s5:She} {q5:conceded} {c5:the platforms had "done almost nothing" to keep young children off their apps}. "{c6:But the answer to a bad lock is not to photocopy everyone's house key,}" {s6:she} {q6:said}.

{s7:A review of 40 studies by the Lakemont Institute of Child Health} {q7:found} {c7:a consistent but modest link between heavy use of the apps and anxiety in teenage girls}. Its lead author, {s8:Dr. Kwabena Sarpong}, {q8:said} {c8:the evidence "does not tell you a ban will work, only that something is wrong."}

"{c9:They think we'll just stop. We'll use our older brothers' accounts,}" {q9:said} {s9:Ilya Fenwold}, 15, who watched the vote from the gallery with classmates. {x1:{xs1:The New Tarrow Association of Paediatricians} {xq1:applauded} the vote}.

{s10:A spokesman for Governor Odalys Brenneman} {q10:said} {c10:she would review the bill carefully and quickly}.

{n:Platforms that break the law would face fines of up to $25,000 per child account.}''',
attr={
1: ("mixed", "Hollister Nkemelu", "f says parents need the law's help | f implies the platforms are hurting children | n criticises platforms in general, not this one | n"),
2: ("direct", "Carys Mbatha", "f her daughter's story supports the bill | f describes harm to a fourteen-year-old | a blames the app for diet videos | n"),
11: ("mixed", "Carys Mbatha", "f her complaint supports the law | n | a says the app brushed off her complaint | n"),
3: ("indirect", "Loopsy", "a says the law burdens every adult | n | n | f warns adults must hand over passports", {"cases": "C6"}),
4: ("indirect", "Ondine Farquharson", "a warns the law creates a hacking target | n | n | f calls the databases a hacker's prize"),
5: ("mixed", "Ondine Farquharson", "n | n | a concedes platforms did almost nothing | n", {"cases": "B13"}),
6: ("direct", "Ondine Farquharson", "a metaphor rejects the ban's approach | n | n | f copying everyone's key exposes everyone"),
7: ("indirect", "Lakemont Institute of Child Health", "n | f finds a link to anxiety | n | n", {"cases": "B16 C6"}),
8: ("mixed", "Kwabena Sarpong", "n says evidence cannot show a ban works | f says something is wrong | n | n"),
9: ("direct", "Ilya Fenwold", "a predicts the ban will be evaded | n | n | n"),
10: ("indirect", None, "n noncommittal review | n | n | n", {"affiliation": "office of Governor Odalys Brenneman"}),
},
acts={1: ("New Tarrow Association of Paediatricians", "f applauds the vote for the ban | f doctors back the limit, implying harm | n | n")},
))

ARTICLES.append(dict(
id="c5-11", domain="labour / port automation",
targets=[("North Quay automation", ["automation", "automate", "the machines"]),
         ("Greywater Terminals", ["Greywater"]),
         ("automation will make the port more competitive", ["competitive"]),
         ("Lakemont Dockers' Union", ["Dockers' Union"])],
text='''Greywater unveils $600 million plan to automate North Quay; union vows to fight

{by:By Marisol Quenby, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Greywater Terminals plans to replace manned cranes and straddle carriers on the Port of Lakemont's North Quay with remote-controlled and driverless equipment by 2029, a change that would cut about 420 jobs, under a scheme unveiled on Tuesday.}

{s1:Chief executive Lorcan Vesey} {q1:said} {c1:the port had lost two shipping lines to Saltmoor in the past year because "they unload a ship in a day and a half, and we take three."} "{c2:Standing still is the choice that loses every job on the quay, not just some of them,}" {s2:he} {q2:said}.

{s3:Tamsen Okoli} of the Lakemont Dockers' Union {q3:called} {c3:the plan "a redundancy notice with a press release stapled to it."} {s4:She} {q4:said} {c4:members would be balloted on industrial action and would not hand over a single crane without a fight}.

{s12:Vesey} {q12:said} {c12:the union had "turned down every invitation to talk about this for eighteen months."} "{c13:They want the plan to vanish. It won't,}" {s13:he} {q13:said}.

{s5:A 2024 report by the Tarrow Maritime Institute} {q5:found} {c5:automated terminals elsewhere had taken on average four years to match the productivity of the manned operations they replaced}. {s6:Haldor Ekwueme}, a shipping economist, {q6:said} {c6:those terminals were built in the early days, with software that barely worked, and newer ones had matched manual speeds within a year}.

"{c7:My dad drove a straddle carrier on that quay. I drive one now. My son won't, will he?}" {q7:asked} {s7:Connla Treharne}, 34.

{s8:Mayor Evander Thorogood} {q8:said} {c8:he supported modernising the port "but not at the speed of a spreadsheet,"} and {q9:urged} Greywater {c9:to phase in the equipment over ten years}. {x1:{xs1:The Tarrow Shippers' Council} {xq1:welcomed} the investment}.

{s10:Vesey} {q10:conceded} {c10:the company could have brought the union in sooner}. {s11:He} {q11:said} {c11:workers who lost their jobs would be offered retraining as remote crane operators or redundancy pay of up to two years' wages}. {x2:{xs2:Okoli} {xq2:dismissed} the retraining offer} as a trap for older members.

{n:North Quay handles about 40 percent of the port's containers.}''',
attr={
1: ("mixed", "Lorcan Vesey", "f says slow unloading is losing business | n | f port is losing lines to a faster rival | n"),
2: ("direct", "Lorcan Vesey", "f argues not automating loses every job | n | f standing still means losing out | n"),
3: ("mixed", "Tamsen Okoli", "a calls the plan a redundancy notice | a accuses the company of spin | n | n"),
4: ("indirect", "Tamsen Okoli", "a vows to fight the plan | n | n | n"),
12: ("mixed", "Lorcan Vesey", "n | n | n | a says the union refused talks"),
13: ("direct", "Lorcan Vesey", "f insists the plan goes ahead | n | n | a says the union wants the plan gone"),
5: ("indirect", "Tarrow Maritime Institute", "a evidence undercuts the plan's payoff | n | a productivity lagged for years | n", {"cases": "B16 C6"}),
6: ("indirect", "Haldor Ekwueme", "f rebuts the report against the plan | n | f newer terminals match manual speeds | n"),
7: ("direct", "Connla Treharne", "a rhetorical question mourns lost jobs | n | n | n", {"cases": "B4"}),
8: ("mixed", "Evander Thorogood", "n conditional support for modernising | n | n | n", {"cases": "B13"}),
9: ("indirect", "Evander Thorogood", "a wants the change slowed to ten years | n | n | n"),
10: ("indirect", "Lorcan Vesey", "n | a concedes the company shut the union out | n | n", {"cases": "B13"}),
11: ("indirect", "Lorcan Vesey", "f offers terms to ease the change | f presents the company's offer | n | n"),
},
acts={1: ("Tarrow Shippers' Council", "f welcomes the investment | f praises Greywater's spending | n | n"),
      2: ("Tamsen Okoli", "a rejects the offer tied to the plan | a dismisses the company's offer | n | n")},
))

ARTICLES.append(dict(
id="c5-12", domain="finance / crypto exchange collapse",
targets=[("Veltrix", []),
         ("Jory Treadwell", ["Treadwell"]),
         ("regulators should have stopped Veltrix", ["regulators"]),
         ("New Tarrow Securities Commission", ["Securities Commission", "the commission"])],
text='''Veltrix collapse leaves 90,000 New Tarrow customers locked out of savings

{by:By Ilario Penhaligon, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:The Lakemont cryptocurrency exchange Veltrix filed for bankruptcy protection on Friday, three days after it froze withdrawals, leaving about 90,000 customers in New Tarrow unable to reach an estimated $740 million in deposits.}

{s1:The filing} {q1:shows} {c1:the exchange held less than $60 million in assets it could readily sell}.

Founder {s2:Jory Treadwell} {q2:said} in a video posted on Saturday {c2:he was "devastated" and the exchange had been brought down by "a run that no institution on earth could have survived."} {x1:{xs1:He} {xq1:apologised to} customers} but did not take questions.

"{c3:No institution? Banks survive it because they don't gamble the deposits. That's the whole job,}" {q3:said} {s3:Annika Roebuck}, a nurse in Pellingford who had $38,000 on the exchange.

{s4:Wendeline Ogunbiyi}, who chairs the New Tarrow Securities Commission, {q4:said} {c4:Veltrix had never been licensed as a custodian and the commission had no power to inspect what it could not see}.

{s5:Senator Corentin Blay} {q5:said} {c5:the commission had received three warnings about the exchange since 2023 "and filed every one of them."} "{c6:Filing is not the same as reading,}" {s6:he} {q6:said}.

Treadwell's lawyer, {s7:Oriel Stanwick}, {q7:said} {c7:her client had put $11 million of his own money back into the exchange in its final week}. {s8:Beatrix Norrell}, who studies digital assets at Lakemont State University, {q8:called} {c8:the sum a rounding error on a $680 million hole}.

{x2:{xs2:Governor Odalys Brenneman} {xq2:condemned} the exchange's management} on Saturday.

{q9:Asked} {c9:whether customers would recover their money}, the administrator, {s10:Fintan Marchmont}, {q10:said} {c10:it was far too early to give anyone a number}.

{n:Veltrix had advertised yields of up to 12 percent a year on deposits.}''',
attr={
1: ("indirect", "Veltrix", "n bare figure from the filing | n | n | n", {"cases": "B16 C6"}),
2: ("mixed", "Jory Treadwell", "f blames a run, not the exchange | f deflects blame from himself | a says no institution could have survived | n"),
3: ("direct", "Annika Roebuck", "a says the exchange gambled deposits | a rebuts the founder's excuse | n | n"),
4: ("indirect", "Wendeline Ogunbiyi", "a says the exchange was never licensed | n | a says it had no power to stop it | f defends the commission's limits"),
5: ("mixed", "Corentin Blay", "a warnings about the exchange were ignored | n | f says warnings were received and shelved | a accuses it of filing warnings away"),
6: ("direct", "Corentin Blay", "n | n | f implies the warnings should have been acted on | a says it failed to read warnings", {"cases": "C9"}),
7: ("indirect", "Oriel Stanwick", "n | f says he put his own money back | n | n"),
8: ("indirect", "Beatrix Norrell", "a stresses the size of the hole | a belittles the founder's contribution | n | n"),
9: ("indirect", None, "n question without a position | n | n | n", {"cases": "D8"}),
10: ("indirect", "Fintan Marchmont", "n procedural caution | n | n | n"),
},
acts={1: ("Jory Treadwell", "a apology concedes the exchange failed customers | n | n | n"),
      2: ("Odalys Brenneman", "a condemns the exchange's management | a condemns the management he led | n | n")},
))
