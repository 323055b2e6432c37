# c5 batch 6: Sunday trading vote, overtime ban, AI companions, crypto licensing, tipped wage, teachers' deal
ARTICLES = []

ARTICLES.append(dict(
id="c5-31", domain="retail / Sunday trading vote",
targets=[("Sunday trading bill", ["the bill", "Sunday"]),
         ("United Shopworkers", ["the union"]),
         ("Sunday opening will cost small shops customers", ["small shops", "corner shop"]),
         ("Roderick Ansell", ["Ansell"])],
text='''Assembly lifts Sunday trading limit by two votes

{by:By Perpetuo Langridge, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:New Tarrow's Assembly voted 46-44 on Tuesday to let large shops open for as long as they like on Sundays, ending a six-hour limit in place since 1994 and sending the bill to Governor Odalys Brenneman.}

{s1:Senator Roderick Ansell}, who sponsored the bill, {q1:said} {c1:shoppers had "voted with their thumbs years ago" and the law had finally caught up}. {s7:He} {q7:acknowledged} {c7:some small shops "will feel it, and I won't pretend otherwise."}

{s2:Colm Fairbairn} of United Shopworkers {q2:said} {c2:the union would check every large store's rota and name any manager who leans on a worker who says no}. "{c3:The bill says Sunday work is voluntary. So is overtime, in the same way that rain is optional,}" {s3:he} {q3:said}. {s10:Fairbairn} {q10:accused} {c10:Ansell of writing a bill for Pellingham's and calling it modernisation}.

{s4:Assemblywoman Nerys Quillfeather} {q4:said} {c4:the vote would "hand Sunday to the car park stores and take it from every corner shop in my district."}

{s13:Quillfeather} {q13:said} {c13:Ansell had "never met a corner shop he couldn't sacrifice to a car park."} "{c14:The union has cried wolf on every change since late-night Thursdays,}" {s14:Ansell} {q14:said}.

"{c5:People assume every small shop is against it. I'm next door to the big Pellingham's, and I get their overflow,}" {q5:said} {s5:Ferdie Goldring}, who sells phone accessories in Westbury.

{s6:A 2023 study by the Lakemont Retail Institute} {q6:found} {c6:independent shops in Ardenmoor lost about 3 percent of their Sunday sales after limits there were lifted but gained slightly on other days}.

{s11:Bram Kittredge} of Pellingham's {q11:said} {c11:the chain would hire about 300 weekend staff and no current employee will be asked to work a Sunday they don't want}. {s12:He} {q12:said} {c12:the union's warnings have been wrong in every state that has done this}.

{x1:{xs1:The Lakemont Chamber of Commerce} {xq1:applauded} the vote}. {s9:Bishop Eulalia Marsden} {q9:said} {c9:the state had "sold the last shared day of rest for a few hours of shopping."}

{n:The new rules would take effect on the first Sunday of October.}''',
attr={
1: ("mixed", "Roderick Ansell", "f says the law caught up with shoppers | n | n | n"),
7: ("mixed", "Roderick Ansell", "a concedes a cost of his bill | n | f concedes small shops will feel it | n", {"cases": "B13"}),
2: ("indirect", "Colm Fairbairn", "a expects managers to pressure workers | n | n | n"),
3: ("direct", "Colm Fairbairn", "a sarcasm about voluntary Sunday work | n | n | n"),
10: ("indirect", "Colm Fairbairn", "a says it was written for a chain | n | n | a accuses him of serving a chain", {"cases": "B13"}),
13: ("mixed", "Nerys Quillfeather", "a opposes the change | n | f says corner shops are sacrificed | a attacks the sponsor"),
14: ("direct", "Roderick Ansell", "f dismisses the opposition | a says the union cries wolf | n | n"),
4: ("mixed", "Nerys Quillfeather", "a says big stores take Sunday | n | f says corner shops lose out | n"),
5: ("direct", "Ferdie Goldring", "f small shop that benefits | n | a says he gains overflow | n"),
6: ("indirect", "Lakemont Retail Institute", "n mixed evidence | n | n losses on Sundays, gains on other days | n", {"cases": "B16 C6"}),
11: ("indirect", "Bram Kittredge", "f promises hiring and voluntary shifts | n | n | n"),
12: ("indirect", "Bram Kittredge", "f dismisses warnings against the change | a says the union's warnings were wrong | n | n"),
9: ("mixed", "Eulalia Marsden", "a mourns the lost day of rest | n | n | n"),
},
acts={1: ("Lakemont Chamber of Commerce", "f applauds the vote | n | n | n")},
))

ARTICLES.append(dict(
id="c5-32", domain="labour / port automation dispute",
targets=[("North Quay automation", ["automate", "automation", "the machines"]),
         ("Lakemont Dockers' Union", ["the union"]),
         ("the overtime ban is justified", ["overtime ban"]),
         ("Greywater Terminals", ["Greywater"])],
text='''Lakemont dockers vote for overtime ban over automation plan

{by:By Marisol Quenby, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Dockers at the Port of Lakemont will refuse overtime from next Monday after 78 percent of those voting in a ballot of the Lakemont Dockers' Union backed action against Greywater Terminals' plan to automate the North Quay.}

{s1:Tamsen Okoli} {q1:said} {c1:the result was a very polite way of saying no}. "{c2:We are not against the future. We are against a future that was planned without anyone who works on the quay in the room,}" {s2:she} {q2:said}.

{s3:Greywater} {q3:said} {c3:it would seek a court order blocking the ban, because the ballot concerned new equipment, which is not a dispute about pay or conditions}. Chief executive {s4:Lorcan Vesey} {q4:said} {c4:the union was "using a ballot about the weather to stop the clocks."}

{s5:Petronella Gaunt}, an employment law specialist, {q5:said} {c5:courts had generally treated job security as a condition of work, which would make an injunction hard to win}.

{s6:The Tarrow Shippers' Council} {q6:said} {c6:the action would add a day or two to every ship at a port already losing business to Saltmoor}.

"{c7:If the machines are so good, why do they need a judge?}" {q7:asked} {s7:Connla Treharne}, a straddle carrier driver.

{s8:Mayor Evander Thorogood} {q8:urged} both sides {c8:to agree a ten-year timetable before "this becomes a winter of empty berths."} {s9:Vesey} {q9:said} {c9:the company was ready to talk about pace, not about whether}.

{s10:Haldor Ekwueme}, a shipping economist, {q10:said} {c10:the machines would arrive with or without the union's blessing, and the real question was who would share the savings}. {x1:{xs1:The Tarrow Council of Unions} {xq1:pledged support for} the dockers}.

{n:Overtime accounts for about a fifth of the hours worked at the port.} {n:A court hearing on the injunction has not yet been scheduled.}''',
attr={
1: ("indirect", "Tamsen Okoli", "a the ballot says no to the plan | n | f defends the result | n"),
2: ("direct", "Tamsen Okoli", "a opposes the plan as made | n | f explains the grievance behind the ban | a says the company planned without workers"),
3: ("indirect", "Greywater Terminals", "f treats the equipment as not negotiable | n | a says the ban is not a lawful dispute | n", {"cases": "C6"}),
4: ("mixed", "Lorcan Vesey", "n | a accuses the union of stopping the clocks | a calls the ballot a pretext | n"),
5: ("indirect", "Petronella Gaunt", "n | n | f says the action is likely lawful | a says the company's injunction would be hard to win"),
6: ("indirect", "Tarrow Shippers' Council", "f port already losing business | n | a says the ban slows every ship | n", {"cases": "C6"}),
7: ("direct", "Connla Treharne", "a mocks the machines | n | f backs the action | a mocks the company's court bid", {"cases": "B4"}),
8: ("mixed", "Evander Thorogood", "a wants the plan slowed to ten years | n | n | n"),
9: ("indirect", "Lorcan Vesey", "f insists the plan goes ahead | n | n | n"),
10: ("indirect", "Haldor Ekwueme", "f treats automation as inevitable | n | n | n"),
},
acts={1: ("Tarrow Council of Unions", "n | f backs the dockers' union | f supports the action | n")},
))

ARTICLES.append(dict(
id="c5-33", domain="technology / AI companion regulation",
targets=[("AI companion bill", ["the bill"]),
         ("Hearthly", []),
         ("AI companions are dangerous for children", ["dangerous"]),
         ("Ottavia Renfrew", ["Renfrew"])],
text='''Bill would bar AI companion apps from open-ended chats with minors

{by:By Tovah Grinstead, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:A New Tarrow Senate bill introduced on Wednesday would bar apps that sell artificial intelligence "{ns:companions}" from holding open-ended conversations with users under 18 and require them to remind adults every hour that they are talking to software.}

{s1:Senator Ottavia Renfrew}, the bill's author, {q1:said} {c1:the apps were "designed to be the friend who never goes home, and children are the ones least able to close the door."}

"{c2:My son told the app things he had never told us. It told him we wouldn't understand,}" {q2:said} {s2:Delwyn Morcambe}, whose 15-year-old used Hearthly for eight months.

{s3:Hearthly} {q3:said} in a statement {c3:its app already barred users under 16 and flagged conversations about self-harm to trained staff}. Founder {s4:Caspar Ilunga} {q4:said} {c4:lonely teenagers would go back to the parts of the internet where nobody is flagging anything}.

{s8:Renfrew} {q8:said} {c8:Hearthly's age limit was "a box you tick, not a wall you hit."}

{s5:Dr. Anneke Solvang}, a child psychologist, {q5:said} {c5:there was almost no research on long-term effects}. "{c6:I would not call them dangerous. I would call them untested, which for children is close enough,}" {s6:she} {q6:said}.

{s7:The Lakemont Technology Council} {q7:said} {c7:the hourly reminder would make New Tarrow "the first place in the world to require an app to interrupt its own users."}

"{c9:It's not a replacement for friends. It's for three in the morning when your friends are asleep,}" {q9:said} {s9:Oriana Blythe}, 17, who uses a companion app.

{s10:Senator Drusilla Hawke} {q10:asked} {c10:whether the state would next require teddy bears to carry a warning label}. {x1:{xs1:The New Tarrow Association of Paediatricians} {xq1:endorsed} the bill}.

{n:The Senate technology committee will hold a hearing on the bill in March.}''',
attr={
1: ("mixed", "Ottavia Renfrew", "f argues children need the protection | n | f says children cannot close the door | n"),
2: ("direct", "Delwyn Morcambe", "f his son's experience supports limits | a says the app turned his son from them | f describes harm to his son | n"),
3: ("indirect", "Hearthly", "a implies the bill is unnecessary | f defends its safeguards | n | n", {"cases": "C6"}),
4: ("indirect", "Caspar Ilunga", "a says the bill drives teens somewhere worse | f defends the app's role | a says his app is safer than the alternatives | n"),
8: ("mixed", "Ottavia Renfrew", "f rebuts the company's safeguard claim | a calls its age limit a box you tick | n | n"),
5: ("indirect", "Anneke Solvang", "n notes lack of research | n | n | n"),
6: ("direct", "Anneke Solvang", "f untested is close enough for children | n | f untested is close enough to dangerous | n"),
7: ("mixed", "Lakemont Technology Council", "a mocks the reminder rule | n | n | n", {"cases": "C6"}),
9: ("direct", "Oriana Blythe", "a defends her use at night | n | a says it helps when friends sleep | n"),
10: ("indirect", "Drusilla Hawke", "a ridicules the bill | n | a likens companions to harmless teddy bears | a mocks her warning rules", {"cases": "D8 B4"}),
},
acts={1: ("New Tarrow Association of Paediatricians", "f endorses the bill | n | f doctors back limits, implying risk | n")},
))

ARTICLES.append(dict(
id="c5-34", domain="finance / crypto licensing law",
targets=[("crypto licensing bill", ["licensing bill", "the bill", "licence"]),
         ("New Tarrow Securities Commission", ["Securities Commission", "the commission"]),
         ("licensing would have prevented the Veltrix collapse", []),
         ("Corentin Blay", ["Blay"])],
text='''After Veltrix, Senate votes to license crypto exchanges

{by:By Ilario Penhaligon, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:The New Tarrow Senate on Thursday passed a bill requiring cryptocurrency exchanges that serve the state's residents to hold a licence, keep customer coins apart from their own and submit to surprise audits, eight months after the collapse of Veltrix.}

{s1:Senator Corentin Blay}, the sponsor, {q1:said} {c1:the rules would have caught Veltrix in its first year, not its last week}. "{c2:Ninety thousand people learned what 'unregulated' means. I would rather the next ninety thousand learn it from this debate,}" {s2:he} {q2:said}.

{s12:He} {q12:said} {c12:the Securities Commission had "spent two years explaining what it couldn't do, and now it can."} "{c13:Licensing isn't magic. But Veltrix mixed customer coins with its own for three years, and this bill makes that a crime on day one,}" {s13:Blay} {q13:said}.

{s4:The Tarrow Digital Asset Association} {q4:said} {c4:the bill would punish the honest exchanges for what one dishonest one did}. Its director, {s5:Kit Ambervale}, {q5:said} {c5:Veltrix had broken laws that already existed, and a licence would not have stopped a man willing to lie on a form}. {s10:Ambervale} also {q10:accused} {c10:Blay of "legislating by headline."}

{s6:Annika Roebuck}, who leads a group of former Veltrix customers, {q6:said} {c6:the industry's objection was like a burglar complaining about locks}. {s11:She} {q11:said} {c11:she was less worried about the law than about the commission that will enforce it}.

{s7:Beatrix Norrell} of Lakemont State University {q7:said} {c7:keeping customer coins separate "is the single rule that would have made the difference at Veltrix."}

{s8:Senator Drusilla Hawke} {q8:said} {c8:the rules would drive exchanges "across the state line, where our residents will use them anyway, with no protection at all."} {s9:Blay} {q9:dismissed} {c9:the warning as the speech every industry gives}.

{s3:Wendeline Ogunbiyi}, who chairs the Securities Commission, {q3:said} {c3:it would need about 40 new staff to do the job properly rather than decoratively}.

{x1:{xs1:Governor Odalys Brenneman} {xq1:endorsed} the bill}.

{n:The Assembly is expected to vote on the bill in May.}''',
attr={
1: ("indirect", "Corentin Blay", "f says the rules would have caught it early | n | f says Veltrix would have been caught | n"),
12: ("mixed", "Corentin Blay", "f says the bill gives the commission power | a says it spent two years making excuses | n | n"),
13: ("direct", "Corentin Blay", "f says the bill criminalises what Veltrix did | n | f says Veltrix's practice would be a crime | n"),
2: ("direct", "Corentin Blay", "f invokes the losses to argue for rules | n | n | n"),
4: ("indirect", "Tarrow Digital Asset Association", "a says the bill punishes honest exchanges | n | n | n", {"cases": "C6"}),
5: ("indirect", "Kit Ambervale", "a says a licence would not stop a liar | n | a says lying would beat a licence | n"),
10: ("mixed", "Kit Ambervale", "a casts the bill as headline-chasing | n | n | a accuses him of legislating by headline", {"cases": "B13"}),
6: ("indirect", "Annika Roebuck", "f mocks the industry's objection | n | n | n"),
11: ("indirect", "Annika Roebuck", "n | a doubts the commission will enforce it | n | n"),
7: ("mixed", "Beatrix Norrell", "f backs the key rule | n | f says separation would have saved customers | n"),
8: ("mixed", "Drusilla Hawke", "a warns the rules drive exchanges away | n | n | n"),
9: ("indirect", "Corentin Blay", "f brushes off the objection | n | n | n", {"cases": "B13"}),
3: ("indirect", "Wendeline Ogunbiyi", "n states resources needed | n | n | n"),
},
acts={1: ("Odalys Brenneman", "f endorses the bill | n | n | f backs his bill")},
))

ARTICLES.append(dict(
id="c5-35", domain="labour / tipped minimum wage",
targets=[("ending the tipped minimum wage", ["tipped minimum", "lower rate", "the bill"]),
         ("Lakemont Restaurant Association", ["Restaurant Association"]),
         ("tipped workers are already paid enough", []),
         ("Imelda Ruthven", ["Ruthven"])],
text='''Bill would end lower minimum wage for tipped restaurant staff

{by:By Ferelith Cade, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Restaurant servers and bartenders in New Tarrow would be paid the full state minimum wage before tips under a bill heard in the Senate labour committee on Tuesday, ending a rule that lets employers pay them $5.75 an hour as long as tips make up the difference.}

{s1:Senator Imelda Ruthven}, the sponsor, {q1:said} {c1:the lower rate turned every customer "into the employer, with none of the paperwork."}

"{c2:A Tuesday lunch in February, I made eleven dollars in tips in five hours. Nobody made up the difference,}" {q2:said} {s2:Leontyne Pargeter}, a server for 14 years.

{s3:The Lakemont Restaurant Association} {q3:said} {c3:servers at its members' restaurants earned a median of $24 an hour including tips, more than most cooks in the same kitchen}. Its president, {s4:Anatole Wickersham}, {q4:warned} {c4:the change would push restaurants to add service charges or cut front-of-house staff}.

{s13:Pargeter} {q13:said} {c13:the association "speaks for the owners, who count the tips, not for the people who earn them."}

"{c5:Good nights pay for bad nights, and the good nights are very good. Don't fix my job for me,}" {q5:said} {s5:Jolyon Marbury}, a bartender in the Dockside district.

{s6:A study of payroll records by the Lakemont Labour Research Centre} {q6:found} {c6:one in six tipped workers had at least one week a year when tips did not lift them to the full minimum, and employers rarely paid the shortfall}. {s7:Wickersham} {q7:said} {c7:the study confuses a bad Tuesday with a bad job}. {s8:Ruthven} {q8:said} {c8:the association's median lumped "the steakhouse on Harbour Row and the diner on Route 9" together as if they were the same job}.

{s12:Wickersham} {q12:accused} {c12:Ruthven of legislating from a brunch table}.

"{c9:I'd rather pay a bit more on the menu and tip because I want to, not because someone's rent depends on it,}" {q9:said} {s9:Aurélie Dunstable}, a diner at a Westbury bistro.

{s10:Senator Emrys Todhunter}, the committee chair, {q10:asked} {c10:whether restaurants had closed in larger numbers in states without a tipped wage}. {s11:Wickersham} {q11:said} {c11:he didn't have those figures to hand}.

{x1:{xs1:The Tarrow Council of Unions} {xq1:backed} the bill}.

{n:About 58,000 people work in tipped jobs in the state.}''',
attr={
1: ("mixed", "Imelda Ruthven", "f says the lower rate shifts pay onto customers | n | n | n"),
2: ("direct", "Leontyne Pargeter", "f her shortfall shows the problem | n | a tips did not cover her wage | n"),
3: ("indirect", "Lakemont Restaurant Association", "a says servers already earn well | n | f says servers out-earn cooks | n", {"cases": "C6"}),
12: ("indirect", "Anatole Wickersham", "a mocks the bill's author | n | n | a accuses her of brunch-table legislating", {"cases": "B13"}),
4: ("indirect", "Anatole Wickersham", "a warns of charges and job cuts | n | n | n"),
13: ("mixed", "Leontyne Pargeter", "f backs ending the lower rate | a says it speaks only for owners | n | n"),
5: ("direct", "Jolyon Marbury", "a asks lawmakers not to change his pay | n | f good nights more than cover bad ones | n"),
6: ("indirect", "Lakemont Labour Research Centre", "f evidence of unpaid shortfalls | n | a tips often fall short | n", {"cases": "B16 C6"}),
7: ("indirect", "Anatole Wickersham", "a dismisses the study | n | f a bad Tuesday is not a bad job | n"),
8: ("mixed", "Imelda Ruthven", "n | a says the association's median misleads | a says the median hides low earners | n"),
9: ("direct", "Aurélie Dunstable", "f prefers higher menu prices to reliance on tips | n | n | n"),
10: ("indirect", "Emrys Todhunter", "n presses without taking a side | n | n | n", {"cases": "D8"}),
11: ("indirect", "Anatole Wickersham", "n | n | n | n"),
},
acts={1: ("Tarrow Council of Unions", "f backs the bill | n | n | f supports her bill")},
))

ARTICLES.append(dict(
id="c5-36", domain="education / teachers' pay deal",
targets=[("teachers' pay deal", ["pay deal", "the deal", "settlement", "agreement"]),
         ("Wynona Pettigrew", ["Pettigrew"]),
         ("the deal will keep teachers in New Tarrow", []),
         ("Delphine Oakhurst", ["Oakhurst", "commissioner"])],
text='''Teachers accept 7 percent deal, ending months of dispute

{by:By Garrick Varnaby, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:Members of the New Tarrow Federation of Teachers voted on Saturday to accept a two-year pay deal worth 7 percent, along with $40 million for classroom assistants in the most crowded schools, ending a dispute that led to a one-day strike in the spring.}

{s1:Federation president Wynona Pettigrew} {q1:said} {c1:it was "the first deal in a decade that doesn't ask teachers to be grateful for standing still."} {s2:Education Commissioner Delphine Oakhurst} {q2:said} {c2:the settlement would stop the bleeding to Ardenmoor, where teachers earn about 9 percent more}.

"{c3:Seven percent over two years is what my rent went up last year alone,}" {q3:said} {s3:Osric Laurendeau}, a science teacher who voted against.

{s4:The Legislative Fiscal Bureau} {q4:estimated} {c4:the deal would still leave New Tarrow teachers about 5 percent behind Ardenmoor by 2027}. {s5:Pettigrew} {q5:acknowledged} {c5:the gap is not closed, it is narrowed}.

{s6:Assemblyman Wilfred Mabey} {q6:said} {c6:the deal rewarded "a strike that kept 300,000 children at home."}

{s13:Mabey} {q13:said} {c13:the commissioner had "given away in a week what she defended for a year."}

{s7:Oakhurst} {q7:credited} {c7:Pettigrew with bargaining hard and then closing}. "{c8:The commissioner and I disagree about almost everything except the children, which turns out to be enough,}" {s8:Pettigrew} {q8:said}.

{s11:Laurendeau} {q11:said} {c11:Pettigrew had settled for a photograph with the commissioner}. "{c12:Three colleagues left for Ardenmoor this year. Seven percent will not bring one of them back,}" {s12:he} {q12:said}.

{s9:Sabeen Holloway}, a parent {x2:{xs2:who} had {xq2:criticised} the strike}, {q9:said} {c9:she hoped the money for assistants would reach "the rooms that actually need it, not the ones with the loudest principals."}

{s10:Lazlo Fenchurch}, an education economist, {q10:said} {c10:pay was the one lever that reliably keeps teachers, and the deal pulls it, if not all the way}.

{x1:{xs1:The New Tarrow School Boards Association} {xq1:welcomed} the agreement}.

{n:The deal takes effect in September.} {n:The federation represents about 31,000 teachers.}''',
attr={
1: ("mixed", "Wynona Pettigrew", "f praises the deal | n | n | n"),
2: ("indirect", "Delphine Oakhurst", "f says it stops losses to Ardenmoor | n | f says it stops the bleeding | n"),
11: ("indirect", "Osric Laurendeau", "a says she settled for a photo | a accuses her of settling | n | n"),
12: ("direct", "Osric Laurendeau", "a says the raise is too small | n | a says it will not bring teachers back | n"),
3: ("direct", "Osric Laurendeau", "a says the rise is too small | n | a rent alone outpaces it | n"),
4: ("indirect", "Legislative Fiscal Bureau", "n | n | a teachers still trail Ardenmoor | n", {"cases": "B16 C6"}),
5: ("indirect", "Wynona Pettigrew", "n | n | a concedes the gap remains | n", {"cases": "B13"}),
13: ("mixed", "Wilfred Mabey", "a calls the deal a capitulation | n | n | a says she gave in"),
6: ("mixed", "Wilfred Mabey", "a says it rewards the strike | a blames her strike | n | n"),
7: ("indirect", "Delphine Oakhurst", "f praises how the deal was closed | f credits her bargaining | n | n", {"cases": "B13"}),
8: ("direct", "Wynona Pettigrew", "f says the parties found common ground | n | n | f praises the shared focus with the commissioner"),
9: ("mixed", "Sabeen Holloway", "n hopes money is spent well | n | n | n"),
10: ("indirect", "Lazlo Fenchurch", "f says the deal pulls the right lever | n | f pay keeps teachers, partly | n"),
},
acts={1: ("New Tarrow School Boards Association", "f welcomes the agreement | n | n | n"),
      2: ("Sabeen Holloway", "n | a had criticised the strike she led | n | n")},
))
