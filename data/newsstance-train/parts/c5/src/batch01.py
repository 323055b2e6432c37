# c5 batch 1: dockers' strike, teachers' strike, rail strike, minimum wage, AI regulation, data privacy
ARTICLES = []

ARTICLES.append(dict(
id="c5-01", domain="labour / port strike",
targets=[("dockers' strike", ["strike", "walkout", "stoppage"]),
         ("Greywater Terminals", ["Greywater"]),
         ("Lakemont Dockers' Union", ["Dockers' Union"]),
         ("Greywater's pay offer is fair", ["the offer"])],
text='''Lakemont dockers walk out as pay talks with Greywater collapse

{by:By Marisol Quenby, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:About 1,800 dockers at the Port of Lakemont stopped work at dawn on Monday, leaving 31 container ships at anchor after pay talks between their union and the terminal operator Greywater Terminals broke down late on Sunday.}

{s1:Tamsen Okoli}, general secretary of the Lakemont Dockers' Union, {q1:said} {c1:the company had offered "a raise that disappears the moment you fill your tank" and had refused to put its new shift patterns in writing}.

"{c2:Eleven years on the cranes. My rent has doubled. My pay hasn't,}" {q2:said} {s2:Arlo Penwarden}, a crane operator on the picket line at Gate 4. "{c3:So, yes, we're out.}"

{s4:Greywater chief executive Lorcan Vesey} {q4:called} {c4:the walkout a choice, not a necessity}. {s5:He} {q5:said} {c5:the company's offer of 6.5 percent over two years was the largest in the port's history}.

"{c6:We kept every job through two bad years. I would like that remembered too,}" {s6:Vesey} {q6:said}.

{s7:Okoli} {q7:acknowledged} {c7:the stoppage would hurt farmers and small importers who have no part in this fight}, but {s8:she} {q8:argued} {c8:the blame lay with a company that "booked record profits and then pleaded poverty at the table."}

{c9:Delays were costing importers about 4 million dollars a day}, {q9:according to} {s9:the Tarrow Shippers' Council}. {s10:The council} {q10:urged} both sides {c10:to accept mediation}. {x1:{xs1:The New Tarrow Chamber of Commerce} {xq1:condemned} the walkout} on Monday afternoon.

"{c11:If the offer is that generous, the board is welcome to come down and live on it for a month,}" {q11:said} {s11:picket captain Ruairi Dunstan}.

{q12:Asked} {c12:whether the governor would intervene}, {s13:a spokesman for Governor Odalys Brenneman} {q13:said} {c13:the administration was watching the port hour by hour and had offered the state's mediation service}.

{n:No new talks had been scheduled by Monday evening.} {n:The union's last strike at the port, in 2019, lasted nine days.}''',
attr={
1: ("mixed", "Tamsen Okoli", "f justifies the walkout by faulting the offer | a accuses the company of a hollow offer and evasion | n | a says the raise vanishes at the pump"),
2: ("direct", "Arlo Penwarden", "f stagnant pay against doubled rent explains the walkout | n | n | a pay not keeping up implies the offer falls short"),
3: ("direct", "Arlo Penwarden", "f the point of his grievance: he joins the walkout | n | n | n", {"cases": "C9"}),
4: ("indirect", "Lorcan Vesey", "a calls the walkout unnecessary | n | a blames the union's choice to strike | f implies the offer left no need to strike"),
5: ("indirect", "Lorcan Vesey", "a defends the offer the strikers rejected | f defends the company's record offer | n | f calls it the largest offer in port history"),
6: ("direct", "Lorcan Vesey", "a implies the strikers ignore the company's record | f cites the company keeping every job | n | n"),
7: ("indirect", "Tamsen Okoli", "a concedes the stoppage harms bystanders | n | n | n", {"cases": "B13"}),
8: ("mixed", "Tamsen Okoli", "f puts the blame for the stoppage on the company | a accuses it of pleading poverty despite record profits | n | a says the company could afford more"),
9: ("indirect", "Tarrow Shippers' Council", "a cites the daily cost of the stoppage | n | n | n", {"cases": "B16 C6"}),
10: ("indirect", "Tarrow Shippers' Council", "n calls for mediation without taking a side | n | n | n"),
11: ("direct", "Ruairi Dunstan", "f sarcasm defends the picket | a mocks the board | n | a sarcastically denies the offer is generous"),
12: ("indirect", None, "n question without a position | n question only | n | n", {"cases": "D8"}),
13: ("indirect", None, "n procedural statement about monitoring | n | n | n", {"affiliation": "office of Governor Odalys Brenneman"}),
},
acts={1: ("New Tarrow Chamber of Commerce", "a condemns the walkout | n | a condemns the union's stoppage | n")},
))

ARTICLES.append(dict(
id="c5-02", domain="education / teachers' strike",
targets=[("teachers' strike", ["strike", "walkout"]),
         ("New Tarrow Federation of Teachers", ["Federation of Teachers", "federation"]),
         ("Delphine Oakhurst", ["Oakhurst", "Education Commissioner"]),
         ("larger classes are harming pupils", ["class sizes", "crowded classrooms"])],
text='''New Tarrow teachers strike for a day over pay and crowded classrooms

{by:By Garrick Varnaby, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:Public schools in most of New Tarrow closed on Wednesday as an estimated 22,000 teachers joined a one-day strike called by the New Tarrow Federation of Teachers, the first statewide walkout by the federation since 2011.}

{s1:Federation president Wynona Pettigrew} {q1:told} a crowd of several thousand outside the Education Building {c1:teachers had run out of patience, not out of love for the job}.

"{c2:I have thirty-eight children in a room built for twenty-four. I teach the front rows and I apologise to the back,}" {q2:said} {s2:Osric Laurendeau}, a science teacher from Coldwater Mills.

{s3:Education Commissioner Delphine Oakhurst} {q3:said} {c3:the strike was "a lost day of learning that no child gets back."} {s4:She} {q4:conceded} {c4:average class sizes had risen by four pupils since 2020}, but {s5:she} {q5:said} {c5:a 4 percent pay rise already on the table was what the budget can carry}.

{s11:Pettigrew} {q11:countered} {c11:the same budget had found 300 million dollars for a motorway interchange outside Pellingford}.

{s12:Pettigrew} {q12:accused} {c12:Oakhurst of managing a decline and calling it a budget}. "{c13:Every year the rooms get fuller, the children at the back get less of us, and every year we're told to be patient,}" {s13:she} {q13:said}.

{s6:A 2024 study by the Tarrow Education Institute} {q6:found} {c6:pupils in classes above 32 scored on average nine points lower in state reading tests}. {s7:Lazlo Fenchurch}, an education economist at Lakemont State University, {q7:cautioned} {c7:class size was "the easiest thing to measure and the least important thing to fix."}

Parents were divided. "{c8:I'm behind them, I really am. But I'm a nurse on a twelve-hour shift, and nobody told me where my kids were supposed to go today,}" {q8:said} {s8:Sabeen Holloway}, a mother of three. {x1:{xs1:The Lakemont Parents' Network} {xq1:endorsed} the strike} last week.

{x2:{xs2:Assembly Speaker Anselm Grobe} {xq2:criticised} the timing of the walkout}, which fell in the week of state exams. "{c9:Who exactly is this for, if not the children sitting at home today?}" {s9:Grobe} {q9:asked}.

{s10:A spokeswoman for the Education Department} {q10:said} {c10:schools would reopen on Thursday and the missed day would be made up in June}.

{n:Talks between the two sides are due to resume on Monday.}''',
attr={
1: ("indirect", "Wynona Pettigrew", "f explains the strike as teachers' lost patience | n | n | n"),
2: ("direct", "Osric Laurendeau", "f describes the overcrowding behind the walkout | n | n | f says the back rows of a crowded class lose out"),
3: ("mixed", "Delphine Oakhurst", "a calls the strike a lost day of learning | n | n | n"),
4: ("indirect", "Delphine Oakhurst", "n | n | a concedes classes grew on her department's watch | n concedes size growth, not harm", {"cases": "B13"}),
5: ("indirect", "Delphine Oakhurst", "a defends the offer the strikers reject | n | n | n"),
6: ("indirect", "Tarrow Education Institute", "n | n | n | f figures tie big classes to lower scores", {"cases": "B16 C6"}),
7: ("mixed", "Lazlo Fenchurch", "n | n | n | a calls class size the least important thing to fix"),
8: ("direct", "Sabeen Holloway", "a the but-clause faults the strike's disruption | f says she is behind the teachers | n | n"),
9: ("direct", "Anselm Grobe", "a rhetorical question says the strike fails children | n | n | n", {"cases": "B4"}),
10: ("indirect", None, "n procedural reopening details | n | n | n", {"affiliation": "New Tarrow Education Department"}),
12: ("indirect", "Wynona Pettigrew", "f defends the strike by blaming her | n | a accuses her of managing decline | n", {"cases": "B13"}),
13: ("direct", "Wynona Pettigrew", "f explains why teachers struck | n | n | f says children at the back lose out"),
11: ("indirect", "Wynona Pettigrew", "f rebuts the budget limit behind the offer | n | a rebuts the commissioner's claim about the budget | n"),
},
acts={1: ("Lakemont Parents' Network", "f endorses the strike | f backs the federation's action | n | n"),
      2: ("Anselm Grobe", "a criticises the walkout's timing | n | n | n")},
))

ARTICLES.append(dict(
id="c5-03", domain="labour / rail strike",
targets=[("rail strike", ["strike"]),
         ("Tarrow Rail", []),
         ("driver-only trains are safe", ["driver-only", "safely"]),
         ("Rail and Signal Workers' Union", ["RSWU"])],
text='''Rail strike halts trains across New Tarrow in dispute over guards

{by:By Ottoline Brashear, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:No passenger trains ran on the state's network on Tuesday as members of the Rail and Signal Workers' Union began a 48-hour strike over Tarrow Rail's plan to remove guards from 140 suburban services and let drivers close the doors.}

“{c1:A camera on a platform cannot lift a wheelchair ramp or talk down a drunk at eleven at night,}” {q1:said} {s1:RSWU organiser Fennick Aldous}. “{c2:A guard can. That is the whole argument.}”

{s3:Tarrow Rail} {q3:said} in a statement {c3:driver-only operation already ran safely on 60 percent of the network and that the change would free up money to keep rural lines open}. {s4:Managing director Seraphine Colborne} {q4:accused} {c4:the union of holding the whole state hostage over a job title}.

{q5:According to} {s5:the State Rail Safety Board}, {c5:incidents at platform edges were no more frequent on driver-only routes than on routes with guards over the past five years}. {s6:Aldous} {q6:said} {c6:those figures counted only injuries, not the assaults, not the near-misses, not the people who stopped taking the late train}.

“{c12:Tarrow Rail has spent more on consultants telling us guards are obsolete than it would cost to keep them,}” {s12:Aldous} {q12:said}.

{s8:Union chair Magda Iwu} {q8:said} {c8:she was “thrilled” to hear Tarrow Rail was suddenly worried about rural lines, “given that it closed four of them last spring.”}

{x1:{xs1:Transport Secretary Ambrose Kettering} {xq1:criticised} the strike} on Tuesday morning and {q9:asked} {c9:whether passengers would “really feel safer with a man in a hi-vis jacket who cannot drive the train.”}

“{c7:I support the guards, honestly. I just wish they’d picked a week when I didn’t have exams,}” {q7:said} {s7:Juno Tesfaye}, 19, a student waiting for a replacement bus in Wickham Cross. {n:Replacement buses carried about a fifth of the usual 210,000 weekday passengers.}

{s10:The union} {q10:said} {c10:a second 48-hour strike would begin on March 14 unless talks resumed}. {s11:Colborne} {q11:said} {c11:the company’s door remains open, but not to a veto}.

{n:The State Rail Safety Board approved driver-only operation on the suburban lines in 2023.}''',
attr={
1: ("direct", "Fennick Aldous", "f argues the case for guards behind the strike | n | a says cameras cannot do what guards do | n"),
2: ("direct", "Fennick Aldous", "f sums up the strikers' argument for guards | n | a insists a guard is needed | n", {"cases": "C9"}),
3: ("indirect", "Tarrow Rail", "a defends the plan the strike opposes | f defends its own operation and rural lines | f says driver-only already runs safely | n", {"cases": "B11 C6"}),
4: ("indirect", "Seraphine Colborne", "a calls the strike hostage-taking | n | n | a accuses the union of holding the state hostage", {"cases": "B13"}),
5: ("indirect", "State Rail Safety Board", "n | n | f safety figures back driver-only routes | n", {"cases": "B16 C6"}),
6: ("indirect", "Fennick Aldous", "n | n | a disputes the safety figures | n"),
7: ("direct", "Juno Tesfaye", "n backs guards, regrets only the timing | n | n | f says she supports the guards the union defends"),
12: ("direct", "Fennick Aldous", "f defends the guards' cause | a accuses the company of wasting money | a rejects claims guards are obsolete | n"),
8: ("mixed", "Magda Iwu", "n | a sarcastically recalls rail line closures | n | n"),
9: ("mixed", "Ambrose Kettering", "a mocks the premise of the strike | n | f doubts guards add safety | n", {"cases": "D8 B4"}),
10: ("indirect", "Rail and Signal Workers' Union", "f threatens further strikes, pressing the action | n | n | n", {"cases": "C6"}),
11: ("indirect", "Seraphine Colborne", "a refuses to let the strike veto the plan | n | n | a implies the union wants a veto"),
},
acts={1: ("Ambrose Kettering", "a criticises the strike | n | n | n")},
))

ARTICLES.append(dict(
id="c5-04", domain="labour / minimum wage",
targets=[("minimum wage increase", ["minimum wage", "$15"]),
         ("Odalys Brenneman", ["Brenneman", "governor"]),
         ("New Tarrow Retailers' Association", ["Retailers' Association"]),
         ("a higher minimum wage costs jobs", [])],
text='''Brenneman proposes $15 minimum wage, setting up fight with retailers

{by:By Ilario Penhaligon, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:Governor Odalys Brenneman on Thursday sent lawmakers a bill raising New Tarrow's minimum wage from $11.50 an hour to $15 by 2028, the largest increase since the state set its own floor in 1996.}

{c1:Nobody who works full time in this state should need a food bank to finish the month}, {s1:Brenneman} {q1:said} at a news conference in the Capitol rotunda.

{s2:The New Tarrow Retailers' Association} {q2:warned} {c2:the plan would force small shops to cut hours or close}. {s3:A study the association commissioned} {q3:estimated} {c3:about 14,000 positions would disappear by 2029}.

"{c4:I pay my people above the minimum already. What I can't do is pay everyone above the new one and still make rent on a shop on Merriwether Street,}" {q4:said} {s4:Anneliese Drumm}, who owns two hardware stores in Westbury.

{s5:Tobiah Renwick}, a labour economist at Lakemont State University, {q5:said} {c5:the association's study assumes every customer stops buying bread the day wages go up}. {s6:He} {q6:noted} {c6:restaurant employment in neighbouring Ardenmoor rose 3 percent in the two years after it moved to $15}.

{s11:Drumm} {q11:said} {c11:the governor had "never had to sign the front of a paycheque."} {s12:Renwick} {q12:said} {c12:the Retailers' Association "has predicted the end of retail at every increase since 1996, and retail is still here."}

"{c7:Three and a half dollars an hour is the difference between the bus and a car that keeps breaking down,}" {q7:said} {s7:Kezia Thornquist}, who picks orders in a warehouse near the airport. {x1:{xs1:The Tarrow Council of Unions} {xq1:welcomed} the proposal} within the hour.

{s8:Senator Ulric Maddox}, who chairs the Senate finance committee, {q8:said} {c8:he was "open to a number" but would not back a figure "chosen because it fits on a placard."}

{q9:Asked} {c9:whether she would accept a slower phase-in}, {s10:Brenneman} {q10:said}: "{c10:The date is negotiable. The dignity isn't.}"

{n:The bill needs 26 votes in the 50-seat Senate, where the governor's party holds 24.} {n:A hearing is set for next month.}''',
attr={
1: ("indirect", "Odalys Brenneman", "f argues full-time work should cover living costs | n | n | n"),
2: ("indirect", "New Tarrow Retailers' Association", "a warns the plan will shut shops | n | n | f predicts cut hours and closures", {"cases": "C6"}),
3: ("indirect", "New Tarrow Retailers' Association", "a projects losses from the increase | n | n | f estimates 14,000 positions lost", {"cases": "B16 C6"}),
4: ("direct", "Anneliese Drumm", "a says she cannot afford the new floor | n | n | n"),
5: ("indirect", "Tobiah Renwick", "f rebuts the case against the increase | n | a ridicules the association's study | a mocks the job-loss assumptions"),
6: ("indirect", "Tobiah Renwick", "f counterexample where $15 did no harm | n | n | a employment rose after the rise"),
11: ("mixed", "Anneliese Drumm", "a implies the raise ignores payroll reality | a says the governor never met a payroll | n | n"),
12: ("mixed", "Tobiah Renwick", "f dismisses doom predictions about raises | n | a says the association's predictions always fail | a says predicted losses never came"),
7: ("direct", "Kezia Thornquist", "f the raise would change her daily life | n | n | n"),
8: ("mixed", "Ulric Maddox", "a rejects the $15 figure as a slogan | a dismisses the governor's number as placard politics | n | n"),
9: ("indirect", None, "n question without a position | n | n | n", {"cases": "D8"}),
10: ("direct", "Odalys Brenneman", "f insists on the raise while flexible on timing | n | n | n", {"cases": "A10"}),
},
acts={1: ("Tarrow Council of Unions", "f welcomes the proposal | f welcomes the governor's plan | n | n")},
))

ARTICLES.append(dict(
id="c5-05", domain="technology / AI regulation",
targets=[("AI audit bill", ["the bill", "bias audit"]),
         ("Cindral Systems", ["Cindral"]),
         ("the audits will stifle innovation", []),
         ("Ottavia Renfrew", ["Renfrew"])],
text='''Senate panel advances bill requiring bias audits of hiring algorithms

{by:By Tovah Grinstead, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:A New Tarrow Senate committee voted 7-4 on Tuesday to advance a bill requiring employers and lenders that use artificial intelligence to screen applicants to commission an independent bias audit every year.}

{s1:Senator Ottavia Renfrew}, the bill's sponsor, {q1:said} {c1:it asked "nothing of a company that we wouldn't ask of a bridge."} "{c2:If your model is fair, the audit costs you a week. If it isn't, you should want to know,}" {s2:she} {q2:said}.

{s3:Barnaby Okwuosa}, general counsel of Cindral Systems, whose screening software is used by about 400 employers in the state, {q3:testified} {c3:the bill would hand every plaintiff's lawyer in New Tarrow a map and push start-ups to neighbouring states}.

{s4:Okwuosa} {q4:did not pretend} {c4:his industry was blameless}. "{c5:Has the industry earned some of this? Probably. We shipped things before we understood them,}" {s5:he} {q5:said}.

{s6:A 2025 survey by the Tarrow Workforce Institute} {q6:found} {c6:61 percent of large employers in the state used automated screening and fewer than one in five had tested it for bias}.

"{c7:I was turned down eleven times, each time in under four minutes. Not one human read a word I wrote,}" {q7:said} {s7:Idris Montclair}, 52, a former logistics manager who testified in support.

{s8:Renfrew} {q8:dismissed} {c8:the warning that start-ups would flee}, {q9:noting} {c9:the same prediction was made when the state passed its data-breach law in 2014}. {x1:{xs1:The Lakemont Technology Council}, which represents about 300 firms, {xq1:opposed} the bill} in written testimony.

{s12:Okwuosa} {q12:said} {c12:Renfrew had written a bill for the companies she reads about, not the ones she represents}. "{c13:Every regulation is going to kill innovation until it doesn't,}" {s13:Renfrew} {q13:said}.

{s10:Senator Drusilla Hawke} {q10:asked} {c10:why New Tarrow should write rules "before anyone in Lakemont can say what an algorithm is."}

{s11:Senator Lowell Brigham}, who chairs the committee, {q11:said} {c11:amendments could be filed until Friday and a floor vote was unlikely before April}.

{n:Similar bills have stalled in two other states this year.}''',
attr={
1: ("mixed", "Ottavia Renfrew", "f compares the bill to routine bridge inspection | n | a says it asks nothing unusual | n"),
2: ("direct", "Ottavia Renfrew", "f argues the audit is cheap and useful | n | a says the audit costs only a week | n"),
3: ("indirect", "Barnaby Okwuosa", "a warns of lawsuits and flight of start-ups | n | f says it will push start-ups away | n"),
4: ("indirect", "Barnaby Okwuosa", "n | a concedes his industry is not blameless | n | n", {"cases": "B13"}),
5: ("direct", "Barnaby Okwuosa", "n | a concedes the industry shipped before understanding | n | n", {"cases": "B4"}),
6: ("indirect", "Tarrow Workforce Institute", "f figures show screening rarely tested for bias | n | n | n", {"cases": "B16 C6"}),
7: ("direct", "Idris Montclair", "f his rejections illustrate the bill's purpose | n | n | n"),
8: ("indirect", "Ottavia Renfrew", "f defends the bill against the warning | n | a dismisses the start-up flight warning | n", {"cases": "B13"}),
9: ("indirect", "Ottavia Renfrew", "f past prediction proved wrong | n | a earlier flight prediction did not come true | n"),
12: ("indirect", "Barnaby Okwuosa", "a says the bill misreads local firms | n | n | a says she legislates for headlines, not constituents"),
13: ("direct", "Ottavia Renfrew", "f defends regulation | n | a mocks warnings that rules kill innovation | n"),
10: ("mixed", "Drusilla Hawke", "a rhetorical question calls the bill premature | n | n | n", {"cases": "D8"}),
11: ("indirect", "Lowell Brigham", "n procedural timetable | n | n | n"),
},
acts={1: ("Lakemont Technology Council", "a opposes the bill | n | n | n")},
))

ARTICLES.append(dict(
id="c5-06", domain="technology / data privacy law",
targets=[("Consumer Data Privacy Act", ["privacy law", "the law", "Data Privacy Act"]),
         ("Palisade Data Exchange", ["Palisade"]),
         ("the privacy law will protect consumers", []),
         ("Cormac Devereux", ["Devereux", "attorney general"])],
text='''Data broker sues to block New Tarrow privacy law

{by:By Wilmer Stroud, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:Palisade Data Exchange, one of the largest sellers of consumer location data in the region, filed suit in Lakemont District Court on Friday to block New Tarrow's Consumer Data Privacy Act weeks before it takes effect.}

{s1:The company's complaint} {q1:argues} {c1:the law's ban on selling precise location data treats a weather app and a stalker as the same thing and violates its right to publish lawfully obtained information}.

{s2:Attorney General Cormac Devereux}, who will defend the law, {q2:said} {c2:it was written because people's phones were telling strangers where their children sleep}. "{c3:Palisade was one of the companies doing the telling,}" {s3:he} {q3:added}.

{s4:Palisade chief executive Rennick Ashdale} {q4:said} {c4:the company had "never sold a record to anyone we hadn't vetted" and supported sensible privacy rules, "just not these."}

{s5:Selvi Arunachalam} of the Tarrow Digital Rights Project {q5:said} {c5:the vetting amounted to "checking that the credit card goes through."} "{c6:If that's vetting, my cat is a nightclub bouncer.}"

{q7:According to} {s7:the attorney general's office}, {c7:the state received 2,300 complaints about data brokers in 2025, up from 400 in 2021}.

{s8:Hadley Orme}, who runs a two-person analytics firm in Pellingford, {q8:said} {c8:the consent rules were written for giants with compliance departments and would cost her about $40,000 a year}.

{s9:Devereux} {q9:acknowledged} {c9:the consent rules were heavier than they need to be for a corner bakery}. {s10:He} {q10:said} {c10:his office would publish guidance for small firms by June}.

{s13:Ashdale} {q13:accused} {c13:Devereux of "running for governor on the back of a lawsuit."} "{c14:Ask the parents in this state whether they feel protected by a company that sells where their kids sleep,}" {s14:Devereux} {q14:replied}. {s15:Arunachalam} {q15:said} {c15:the law would be "the first thing in years that makes a broker ask permission before it sells you."}

{q11:Asked} {c11:whether Palisade would stop selling location data if it lost}, {s12:Ashdale} {q12:said} {c12:the company would follow the law, whatever the law turns out to be}.

{n:Judge Anwen Pryce set a hearing for May 6 and did not suspend the law in the meantime.} {n:The act was passed by the legislature last year with votes from both parties.}''',
attr={
1: ("indirect", "Palisade Data Exchange", "a calls the ban overbroad and unconstitutional | f the company's own legal case | n | n", {"cases": "B16 C6"}),
2: ("indirect", "Cormac Devereux", "f says the law protects children's whereabouts | n | f says phones exposed where children sleep | n"),
3: ("direct", "Cormac Devereux", "n | a names the broker as a culprit | n | n"),
4: ("mixed", "Rennick Ashdale", "a supports rules, just not these | f defends the company's vetting | n | n"),
5: ("mixed", "Selvi Arunachalam", "n | a mocks the company's vetting | n | n"),
6: ("direct", "Selvi Arunachalam", "n | a sarcasm about the broker's checks | n | n", {"cases": "C9"}),
7: ("indirect", None, "f complaint figures support the need for the law | n | n | n", {"cases": "B16 C6", "affiliation": "New Tarrow attorney general's office"}),
8: ("indirect", "Hadley Orme", "a says the consent rules burden small firms | n | n | n"),
9: ("indirect", "Cormac Devereux", "a concedes the consent rules are too heavy | n | n | n", {"cases": "B13"}),
10: ("indirect", "Cormac Devereux", "n | n | n | n"),
13: ("mixed", "Rennick Ashdale", "n | n | n | a accuses him of political motives", {"cases": "B13"}),
14: ("direct", "Cormac Devereux", "f defends the law's purpose | a implies the broker sells children's whereabouts | f says the law protects families | n"),
15: ("mixed", "Selvi Arunachalam", "f praises the law | n | f says brokers must now ask permission | n"),
11: ("indirect", None, "n question without a position | n | n | n", {"cases": "D8"}),
12: ("indirect", "Rennick Ashdale", "n neutral promise to comply | n | n | n"),
},
))
