# c5 batch 4: crypto charges, privacy fine, class size bill, ticket offices, merger blocked, deactivation rule
ARTICLES = []

ARTICLES.append(dict(
id="c5-19", domain="finance / crypto fraud charges",
targets=[("Jory Treadwell", ["Treadwell"]),
         ("fraud charges against Treadwell", ["charges", "fraud", "counts"]),
         ("Veltrix customers will get their money back", ["deposits"]),
         ("Bronagh Kilbride", ["Kilbride", "District Attorney", "prosecutors"])],
text='''Veltrix founder charged with fraud over missing customer deposits

{by:By Ilario Penhaligon, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:Prosecutors in Lakemont on Wednesday charged Jory Treadwell, the founder of the collapsed cryptocurrency exchange Veltrix, with 14 counts of fraud and theft, alleging that he secretly moved about $410 million of customer deposits into trading accounts he controlled.}

{s1:District Attorney Bronagh Kilbride} {q1:said} {c1:Treadwell had told customers their coins were "held one-for-one, in cold storage" while using them "as chips at his own table."} "{c2:This was not a run on the bank. The bank was empty before anyone ran,}" {s2:Kilbride} {q2:said}.

Treadwell's lawyer, {s3:Oriel Stanwick}, {q3:said} {c3:her client will plead not guilty and will be vindicated}, and {q4:accused} {c4:prosecutors of writing the verdict before the trial}. {s9:She} {q9:said} {c9:the ledgers the case relied on had been "reconstructed by the people suing my client."}

{s5:Annika Roebuck}, who now leads a group of about 3,000 former customers, {q5:said} {c5:the charges were "the first time anyone official has said out loud what we knew in the spring."} "{c6:Charging him doesn't put a cent back in my account,}" {s6:she} {q6:added}.

{s7:Fintan Marchmont}, the court-appointed administrator, {q7:said} {c7:he had traced about $190 million of the missing money and expected customers to recover "somewhere between a third and a half" of what they lost}.

{s8:Carmody Ashwell}, a former prosecutor who teaches at Lakemont State University, {q8:said} {c8:fraud cases built on a company's own ledgers were usually the hardest kind to lose}.

{s10:Judge Ainsley Corcoran} {q10:ordered} Treadwell {c10:to surrender his passport} and set bail at $5 million. {x1:{xs1:Governor Odalys Brenneman} {xq1:praised} the prosecutors} in a brief statement.

{n:Treadwell is due to enter a plea on June 3.}''',
attr={
1: ("mixed", "Bronagh Kilbride", "a accuses him of lying about custody | f lays out the fraud alleged | n | n"),
2: ("direct", "Bronagh Kilbride", "a says the exchange was empty before the run | f rebuts the run defence | a says the money was already gone | n"),
3: ("indirect", "Oriel Stanwick", "f says he will be vindicated | a predicts the charges will fail | n | n"),
4: ("indirect", "Oriel Stanwick", "f defends her client | a calls the case prejudged | n | a accuses prosecutors of writing the verdict", {"cases": "B13"}),
9: ("mixed", "Oriel Stanwick", "f defends her client | a attacks the evidence | n | a says prosecutors rely on hostile ledgers"),
5: ("mixed", "Annika Roebuck", "a says customers knew of wrongdoing | f welcomes the charges | n | f credits officials for saying it"),
6: ("direct", "Annika Roebuck", "n | n | a doubts charges will return money | n"),
7: ("mixed", "Fintan Marchmont", "n | n | a expects only a third to half recovered | n"),
8: ("indirect", "Carmody Ashwell", "a implies a strong case against him | f calls such cases hard to lose | n | n"),
10: ("indirect", "Ainsley Corcoran", "n procedural bail condition | n | n | n"),
},
acts={1: ("Odalys Brenneman", "n | f praises the prosecution | n | f praises the prosecutors")},
))

ARTICLES.append(dict(
id="c5-20", domain="technology / privacy law enforcement",
targets=[("Consumer Data Privacy Act", ["privacy law", "the law"]),
         ("Sablewood Health", ["Sablewood"]),
         ("the $4 million fine is too lenient", ["fine", "$4 million"]),
         ("Cormac Devereux", ["Devereux", "attorney general"])],
text='''Hospital group pays $4 million in first case under privacy law

{by:By Wilmer Stroud, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:Sablewood Health, which runs nine hospitals across New Tarrow, agreed on Monday to pay $4 million to settle the first enforcement action under the state's Consumer Data Privacy Act, after a breach last year exposed the records of about 310,000 patients.}

{s1:Attorney General Cormac Devereux} {q1:said} {c1:Sablewood had left patient files on a server with a password a child could guess for at least 14 months}. "{c2:The law has teeth, and today it used them,}" {s2:Devereux} {q2:said}.

{s3:Sablewood} {q3:said} in a statement {c3:it had found no evidence that any record was misused and had "rebuilt its security from the ground up."} {s9:Lucasta Merriman}, a data security consultant, {q9:said} {c9:the absence of evidence means only that nobody has been caught using them yet}.

{s4:Mirela Ostby} of the Patients' Voice Network {q4:said} {c4:the settlement worked out at about thirteen dollars a patient, less than the parking at their hospitals}.

"{c5:My psychiatric notes were on that server. Thirteen dollars doesn't cover what that feels like,}" {q5:said} {s5:Tobin Ashgrave}, a former Sablewood patient.

"{c12:If thirteen dollars a head is what a breach costs, every hospital in the state just learned the price of a weak password,}" {q12:said} {s12:Ostby}. {s13:Merriman} {q13:said} {c13:the attorney general had "done what the law let him do, which is the problem with the law."}

{s6:Devereux} {q6:said} {c6:the law capped penalties at $5 million per incident and a trial could have taken three years}. {s7:Assemblyman Hollister Nkemelu} {q7:said} {c7:he would introduce a bill to raise the cap so that breaking the law costs more than obeying it}.

{s8:The New Tarrow Hospital Association} {q8:warned} {c8:higher penalties would take money from wards and put it in the state's general fund}.

{q10:Asked} {c10:whether any Sablewood executive would face personal liability}, {s11:Devereux} {q11:said} {c11:the settlement "does not close that door."} {x1:{xs1:The Tarrow Digital Rights Project} {xq1:welcomed} the settlement}.

{n:Sablewood also agreed to two years of independent security audits.}''',
attr={
1: ("indirect", "Cormac Devereux", "n | a says it left files with a guessable password | n | n"),
2: ("direct", "Cormac Devereux", "f says the law has teeth | n | a presents the penalty as real bite | n"),
3: ("mixed", "Sablewood Health", "n | f says no misuse and rebuilt security | n | n", {"cases": "C6"}),
4: ("indirect", "Mirela Ostby", "n | a mocks what it pays per patient | f thirteen dollars a patient is too little | a implies he settled too cheaply"),
5: ("direct", "Tobin Ashgrave", "n | a his notes were exposed | f thirteen dollars does not cover the harm | n"),
12: ("direct", "Mirela Ostby", "n | a mocks the weak password | f says a breach is now cheap | n"),
13: ("mixed", "Lucasta Merriman", "a says the law's limits are the problem | n | f implies the penalty is too small | f says he did what he could"),
6: ("indirect", "Cormac Devereux", "n | n | a explains why the amount was reasonable | n"),
7: ("indirect", "Hollister Nkemelu", "n | n | f wants penalties to cost more than obeying | n"),
8: ("indirect", "New Tarrow Hospital Association", "n | n | a warns against higher penalties | n", {"cases": "C6"}),
9: ("indirect", "Lucasta Merriman", "n | a rebuts Sablewood's no-misuse claim | n | n"),
10: ("indirect", None, "n question without a position | n | n | n", {"cases": "D8"}),
11: ("mixed", "Cormac Devereux", "n | n leaves liability open, no judgement | n | n"),
},
acts={1: ("Tarrow Digital Rights Project", "f welcomes enforcement of the law | n | n | f welcomes his settlement")},
))

ARTICLES.append(dict(
id="c5-21", domain="education / class size bill",
targets=[("class size cap bill", ["class size cap", "the cap", "the bill"]),
         ("Delphine Oakhurst", ["Oakhurst"]),
         ("the class size cap is affordable", ["affordable", "cost"]),
         ("New Tarrow Federation of Teachers", ["federation"])],
text='''Lawmakers weigh cap of 28 pupils a class after teachers' strike

{by:By Garrick Varnaby, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:A bill that would cap class sizes in New Tarrow's public schools at 28 pupils by 2030 received its first hearing in the Assembly education committee on Tuesday, two months after a one-day strike by teachers over crowded classrooms.}

{s1:Assemblywoman Farrah Delisle}, the sponsor, {q1:said} {c1:the cap would "put a number in law that parents can hold us to."}

{s2:Education Commissioner Delphine Oakhurst} {q2:testified} {c2:the cap would require about 2,100 new teachers and 600 classrooms at a cost of $310 million a year}. "{c3:I want smaller classes as much as anyone in this room. I also have to find the teachers, and they do not exist yet,}" {s3:she} {q3:said}.

{s4:Wynona Pettigrew}, president of the New Tarrow Federation of Teachers, {q4:said} {c4:the teachers exist, they just work in Ardenmoor now, because Ardenmoor pays}.

{s5:The Legislative Fiscal Bureau} {q5:estimated} {c5:the cap would cost closer to $240 million a year, within reach if phased in over five years}.

{s6:Assemblyman Wilfred Mabey} {q6:said} {c6:the state cannot legislate teachers into existence}. {s11:He} also {q11:accused} {c11:the federation of "holding children's education hostage to a headline number."}

"{c7:In my district a cap of 28 means closing the school in Hobb's Ferry and busing those kids forty minutes. Is that smaller classes?}" {q7:asked} {s7:superintendent Ellery Vance}.

{s8:Sabeen Holloway}, the Westbury nurse whose three children were sent home during the strike, {q8:said} {c8:she would take forty minutes on a bus over thirty-eight in a room}.

{s12:Delisle} {q12:said} {c12:the commissioner's figure "assumes we build every classroom in the first year, which nobody is proposing."}

{s9:Pettigrew} {q9:said} {c9:the federation would strike again if this bill dies quietly in committee}. {x2:{xs2:Oakhurst} {xq2:disputed} Pettigrew's account of teachers leaving}, and {x1:{xs1:the New Tarrow School Boards Association} {xq1:opposed} the bill}.

{s10:Committee chair Gustavo Ferrell} {q10:said} {c10:a second hearing would be held in Westbury in May}.

{n:Average class sizes in the state rose from 24 to 28 between 2020 and 2025.}''',
attr={
12: ("mixed", "Farrah Delisle", "f defends the cap's cost | a disputes the commissioner's figure | f says the cost was overstated | n"),
1: ("mixed", "Farrah Delisle", "f says the cap gives parents a guarantee | n | n | n"),
2: ("indirect", "Delphine Oakhurst", "a stresses the scale of what it requires | n | a puts the cost at $310 million a year | n"),
3: ("direct", "Delphine Oakhurst", "a the but-clause says it cannot be staffed | n | a teachers do not exist yet | n"),
4: ("indirect", "Wynona Pettigrew", "f rebuts the staffing objection | a rebuts the commissioner's claim | f implies better pay would solve it | n"),
5: ("indirect", "Legislative Fiscal Bureau", "f lower estimate supports feasibility | n | f says within reach if phased in | n", {"cases": "B16 C6"}),
6: ("indirect", "Wilfred Mabey", "a says the cap cannot be staffed by law | n | n | n"),
11: ("mixed", "Wilfred Mabey", "a attacks the push behind the cap | n | n | a accuses the federation of hostage-taking", {"cases": "B13"}),
7: ("direct", "Ellery Vance", "a rhetorical question about closures and busing | n | n | n", {"cases": "B4"}),
8: ("indirect", "Sabeen Holloway", "f prefers a bus to a crowded room | n | n | n"),
9: ("indirect", "Wynona Pettigrew", "f threatens a strike to save the bill | n | n | n"),
10: ("indirect", "Gustavo Ferrell", "n procedural scheduling | n | n | n"),
},
acts={1: ("New Tarrow School Boards Association", "a opposes the bill | n | n | n"),
      2: ("Delphine Oakhurst", "n | n | n | a disputes the federation president's account")},
))

ARTICLES.append(dict(
id="c5-22", domain="transport / rail ticket office closures",
targets=[("ticket office closures", ["ticket office", "ticket offices", "closures"]),
         ("Tarrow Rail", []),
         ("ticket machines can replace station staff", ["ticket machines", "touchscreen"]),
         ("Rail and Signal Workers' Union", ["RSWU"])],
text='''Tarrow Rail plans to shut 40 ticket offices, moving staff onto platforms

{by:By Ottoline Brashear, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Tarrow Rail will close ticket offices at 40 of its 112 stations over the next year and sell tickets there only through apps and machines, under a plan published on Wednesday.}

{s1:Managing director Seraphine Colborne} {q1:said} {c1:only one ticket in nine was now sold at a window, and staff would move onto platforms "where passengers actually need them."} {s6:She} {q6:said} {c6:every station would keep staff from first train to last}, and {q7:promised} {c7:a review of access at each site before its office closed}.

{s2:Fennick Aldous} of the Rail and Signal Workers' Union {q2:called} {c2:the plan the guards dispute with a different hat on}. "{c3:They said the same last time: the jobs move, they don't vanish. Count the jobs,}" {s3:he} {q3:said}.

{s4:Hedda Pryor}, who is blind and chairs the Lakemont Accessible Transport Forum, {q4:said} {c4:a touchscreen "is a wall to me."} "{c5:A window with a person behind it is the only part of the station I can use on my own,}" {s5:she} {q5:said}.

{s13:Colborne} {q13:said} {c13:the union "would have us keep a window open for one sale an hour because it has always been open."} {s14:Pryor} {q14:said} {c14:Tarrow Rail had "not asked a single disabled passenger" before announcing the plan}.

{s8:The Rail Passengers' Council} {q8:said} {c8:its survey found 58 percent of passengers over 70 still bought tickets at windows}.

"{c9:I haven't queued at a window in five years. I didn't know we still had them,}" {q9:said} {s9:Dario Whitlow}, 26, a software tester waiting at Central.

{s10:Transport Secretary Ambrose Kettering} {q10:said} {c10:the closures were a matter for the operator}, though {s11:he} {q11:expected} {c11:Tarrow Rail to listen very carefully to disabled passengers}.

{s12:Colborne} {q12:said} {c12:platform staff would carry handheld machines and "nobody who needs help buying a ticket will be left without it."} {x1:{xs1:The union} {xq1:announced} a ballot on industrial action} on Wednesday evening.

{n:About 380 people work in the company's ticket offices.} {n:The first offices are due to close in September.}''',
attr={
1: ("mixed", "Seraphine Colborne", "f says few tickets are sold at windows | n | f says passengers mostly use other channels | n"),
6: ("indirect", "Seraphine Colborne", "f says stations stay staffed | n | n | n"),
7: ("indirect", "Seraphine Colborne", "n promises a review | n | n | n"),
2: ("indirect", "Fennick Aldous", "a calls the plan a rerun of the guards dispute | a casts the company's plan as a ruse | n | n"),
3: ("direct", "Fennick Aldous", "a says jobs will vanish | a says the company's promise was broken before | n | n"),
4: ("mixed", "Hedda Pryor", "a touchscreens shut her out | n | a says a touchscreen is a wall | n"),
5: ("direct", "Hedda Pryor", "a she needs the window | n | a only a person can serve her | n"),
8: ("indirect", "Rail Passengers' Council", "a older passengers still use windows | n | a many still depend on windows | n", {"cases": "B16 C6"}),
9: ("direct", "Dario Whitlow", "f windows are obsolete for him | n | f he never needs a window | n"),
10: ("indirect", "Ambrose Kettering", "n declines to take a side | n | n | n"),
11: ("indirect", "Ambrose Kettering", "n | n urges listening, no judgement | n | n", {"attitude": True}),
13: ("mixed", "Seraphine Colborne", "f defends closing quiet windows | n | f says one sale an hour is not worth a window | a says the union clings to habit"),
14: ("mixed", "Hedda Pryor", "a says disabled passengers were ignored | a faults the company for not asking | n | n"),
12: ("mixed", "Seraphine Colborne", "f promises help will remain | n | n | n"),
},
acts={1: ("Rail and Signal Workers' Union", "a ballot against the closures | a moves toward action against the company | n | n")},
))

ARTICLES.append(dict(
id="c5-23", domain="business / merger blocked",
targets=[("blocking the Corvid-Halberd deal", ["blocked", "decision", "ruling"]),
         ("Corvid Mobile", ["Corvid"]),
         ("a third carrier will keep phone prices down", ["prices", "phone plan"]),
         ("Halberd Networks", ["Halberd"])],
text='''Competition watchdog blocks Corvid's takeover of Halberd

{by:By Perpetuo Langridge, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:New Tarrow's State Competition Authority on Friday blocked Corvid Mobile's $3.1 billion purchase of Halberd Networks, the first time it has stopped a merger outright in 15 years.}

{s1:The authority's 140-page decision} {q1:found} {c1:Halberd had been the disruptive force in the market and that without it average bills would probably rise by 8 to 12 percent}. {s2:Authority chair Leocadia Prendeville} {q2:said} {c2:Corvid's rural coverage promises were welcome but could not be enforced once the competitor was gone}.

{s3:Corvid chief executive Anouska Ferreby} {q3:called} {c3:the decision "a victory for the status quo and a defeat for every village without a signal."} {s4:She} {q4:said} {c4:Corvid would appeal}.

{s5:Halberd} {q5:said} {c5:it was "disappointed" and would now "review every option, including our own survival."} {s7:Marit Oyeniran}, a telecoms analyst, {q7:said} {c7:the warning was probably more than a bargaining tactic for a company that had lost money for two years}.

{s14:Ferreby} {q14:said} {c14:Halberd's cheap plans had been paid for by losses that were never going to stop}.

"{c6:Today a $19 phone plan survived,}" {q6:said} {s6:Gwilym Ashpole} of the New Tarrow Consumer Council. {s11:He} {q11:said} {c11:Corvid "should spend the $3.1 billion on masts and see how much competition it can win fairly."}

"{c8:We were promised masts. Now we get a principle,}" {q8:said} {s8:Joss Fenlow}, mayor of Hobb's Ferry, where mobile coverage ends at the church.

{s9:The Communications Workers' Guild} {q9:said} {c9:the ruling put 2,300 jobs back on a knife edge}. {s10:Serafina Ohlsson}, an economist who advised the authority, {q10:said} {c10:evidence from other markets showed a third carrier does more for what people pay than any pledge}.

{x1:{xs1:Governor Odalys Brenneman} {xq1:praised} the ruling}. {q12:Asked} {c12:whether the authority would look at a revised offer}, {s13:Prendeville} {q13:said}: "{c13:Any new proposal would be a new case.}"

{n:Halberd, founded in 2011, has about 1.2 million customers in the state.} {n:Corvid has 60 days to lodge an appeal with the Commercial Court.}''',
attr={
1: ("indirect", "State Competition Authority", "f the ruling's own reasoning | n | f says bills would rise without the rival | f calls it the disruptive force", {"cases": "B16 C6"}),
2: ("indirect", "Leocadia Prendeville", "f defends the decision | a says its promises cannot be enforced | n | n"),
3: ("mixed", "Anouska Ferreby", "a calls it a defeat for villages | n | n | n"),
14: ("indirect", "Anouska Ferreby", "a says the rival could not last anyway | n | a says cheap plans were unsustainable | a says Halberd's plans ran on losses"),
4: ("indirect", "Anouska Ferreby", "a will appeal the decision | n | n | n"),
5: ("mixed", "Halberd Networks", "a warns the ruling threatens its survival | n | n | n", {"cases": "C6"}),
7: ("indirect", "Marit Oyeniran", "a says the survival warning is real | n | n | a notes it has lost money for years"),
6: ("direct", "Gwilym Ashpole", "f celebrates the outcome | n | f the cheap plan survives | f the rival's plan survives"),
11: ("mixed", "Gwilym Ashpole", "f says spend on competing instead of buying | a says it should compete fairly | n | n"),
8: ("direct", "Joss Fenlow", "a prefers the masts to the principle | n | n | n"),
9: ("indirect", "Communications Workers' Guild", "a says jobs are at risk | n | n | n", {"cases": "C6"}),
10: ("indirect", "Serafina Ohlsson", "f evidence backs the ruling | n | f a third carrier lowers what people pay | n"),
12: ("indirect", None, "n question without a position | n | n | n", {"cases": "D8"}),
13: ("direct", "Leocadia Prendeville", "n procedural answer | n | n | n", {"cases": "A10"}),
},
acts={1: ("Odalys Brenneman", "f praises the ruling | n | n | n")},
))

ARTICLES.append(dict(
id="c5-24", domain="labour / gig drivers deactivation",
targets=[("deactivation appeals rule", ["the rule", "appeal", "human review"]),
         ("Zipwell", []),
         ("algorithms should not fire drivers", ["algorithm"]),
         ("United App Drivers", ["drivers' group"])],
text='''State rule would let app drivers appeal being cut off by algorithm

{by:By Ferelith Cade, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:New Tarrow's labour department proposed a rule on Monday that would require delivery and ride apps to give drivers a written reason and a human review before deactivating their accounts.}

{s1:Labour Secretary Caspian Wolde} {q1:said} {c1:drivers had been "fired by an email with no name on it and no way to reply."} {s6:He} {q6:said} {c6:drivers accused of violence could still be suspended at once, with the review to follow}.

"{c2:My rating dropped from 4.9 to 4.6 in one weekend because a restaurant was slow. On Monday I didn't have a job,}" {q2:said} {s2:Bashir Qualtrough}, an organiser with United App Drivers.

{s3:Zipwell spokeswoman Calla Mirren} {q3:said} {c3:more than 90 percent of deactivations were for fraud or safety complaints, where speed protects customers}. "{c4:Should a driver accused of assault keep working for two weeks while a committee meets?}" {s4:Mirren} {q4:asked}. {s11:She} {q11:said} {c11:the drivers' group "speaks for a few hundred of our 14,000 drivers."}

{s5:United App Drivers} {q5:said} {c5:the 90 percent figure came from the same system drivers are asking to have checked}.

{s7:Petronella Gaunt}, who teaches employment law at Lakemont State University, {q7:said} {c7:the rule would be "the first time a machine's decision to end a livelihood has to be explained to a person."}

"{c8:If a driver is rude to me, I don't want a tribunal. I want a different driver,}" {q8:said} {s8:Wren Stallard}, a Zipwell customer in Westbury.

{s9:Mirren} {q9:conceded} {c9:the app's own appeal process had been too slow and too automated}. {x1:{xs1:The Lakemont Technology Council} {xq1:criticised} the proposal}.

{s10:The department} {q10:said} {c10:public comments would be accepted until April 30}.

{n:About 31,000 people drive for delivery or ride apps in New Tarrow.}''',
attr={
1: ("mixed", "Caspian Wolde", "f says drivers are fired without recourse | n | f objects to faceless firing | n"),
6: ("indirect", "Caspian Wolde", "f answers the safety objection | n | n | n"),
2: ("direct", "Bashir Qualtrough", "f his story shows the need for review | n | f a rating dip cost him his job | n"),
3: ("indirect", "Calla Mirren", "a says speed protects customers | f defends its deactivation record | a says fast automatic removal is needed | n"),
4: ("direct", "Calla Mirren", "a rhetorical question about delays | n | a implies quick removal is safer | n", {"cases": "B4"}),
11: ("mixed", "Calla Mirren", "n | n | n | a says the group speaks for few drivers"),
5: ("indirect", "United App Drivers", "f wants the system checked | a disputes the company's figure | f says the system itself needs checking | n", {"cases": "C6"}),
7: ("mixed", "Petronella Gaunt", "f calls the rule a first for accountability | n | f machine decisions must be explained | n"),
8: ("direct", "Wren Stallard", "a does not want a tribunal | n | a prefers quick replacement | n"),
9: ("indirect", "Calla Mirren", "n | a concedes the app's process was poor | f concedes it was too automated | n", {"cases": "B13"}),
10: ("indirect", None, "n procedural deadline | n | n | n", {"cases": "C6", "affiliation": "New Tarrow labour department"}),
},
acts={1: ("Lakemont Technology Council", "a criticises the proposal | n | n | n")},
))
