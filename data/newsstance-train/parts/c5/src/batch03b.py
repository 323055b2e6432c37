# c5 batch 3 (cont.): Sunday trading, dock settlement, minimum wage vote, tax chatbot
ARTICLES = []

ARTICLES.append(dict(
id="c5-15", domain="retail / Sunday trading",
targets=[("Sunday trading bill", ["Sunday trading", "the bill", "Sunday opening"]),
         ("United Shopworkers", ["the union"]),
         ("longer Sunday hours will help town centres", ["town centres", "town centre", "high street"]),
         ("Roderick Ansell", ["Ansell"])],
text='''Bill to let big stores open all day Sunday splits shop owners and staff

{by:By Perpetuo Langridge, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:A bill that would let large shops in New Tarrow open for as long as they like on Sundays cleared the Senate commerce committee on Thursday, ending a six-hour limit that has stood since 1994.}

{s1:Senator Roderick Ansell}, the sponsor, {q1:said} {c1:the limit belonged to an age when nothing else was open on a Sunday, including the internet}. "{c2:Every Sunday at four o'clock, shoppers close the till and open a laptop, and the money goes to a warehouse in another state,}" {s2:he} {q2:said}.

{s3:Colm Fairbairn} of United Shopworkers {q3:said} {c3:staff at big stores would be "volunteered" for Sunday shifts whatever protections the bill promised}.

"{c4:Sunday is the one day the corner shop isn't competing with a car park the size of a football pitch,}" {q4:said} {s4:Agnieszka Bellamy}, who runs a delicatessen in Coldwater Mills.

{s5:An analysis by the Senate research office} {q5:estimated} {c5:the change would add about 2,600 retail jobs but shift some sales away from smaller shops}.

{s6:Bram Kittredge}, chief executive of the department store chain Pellingham's, {q6:said} {c6:longer hours would bring people back into the high street instead of leaving them on the sofa with their phones}. {s11:He} {q11:said} {c11:the union was "fighting the last war" and most of his staff had asked for more Sunday hours}.

{s7:Fairbairn} {q7:said} {c7:he looked forward to seeing "Mr. Kittredge on the tills on Easter Sunday."}

{s12:Fairbairn} {q12:said} {c12:Ansell "has never worked a Sunday shift in his life, and this bill makes sure he won't have to."} {s13:Kittredge} {q13:called} {c13:the senator "the first person in this building to notice how people actually shop."}

{s9:Ansell} {q9:acknowledged} {c9:small shops may lose a little on Sundays} but {q10:argued} {c10:they would gain from busier streets the rest of the week}.

{x1:{xs1:The New Tarrow Council of Churches} {xq1:condemned} the committee vote}, and {x2:{xs2:the Lakemont Chamber of Commerce} {xq2:endorsed} the bill}.

{n:The full Senate is expected to vote before the summer recess.}''',
attr={
1: ("indirect", "Roderick Ansell", "f calls the limit outdated | n | n | n"),
2: ("direct", "Roderick Ansell", "f says the limit sends money out of state | n | f implies town shops lose to online sellers | n"),
3: ("mixed", "Colm Fairbairn", "a says staff will be pressed into shifts | n | n | n"),
4: ("direct", "Agnieszka Bellamy", "a says Sunday protects corner shops | n | a says big stores would crush small shops | n"),
5: ("indirect", "Senate research office", "n balanced estimate of gains and losses | n | a says sales shift away from smaller shops | n", {"cases": "B16 C6"}),
6: ("indirect", "Bram Kittredge", "f says longer hours bring people back | n | f says people return to the high street | n"),
7: ("mixed", "Colm Fairbairn", "a sarcasm about executives working Sundays | n | n | n"),
12: ("mixed", "Colm Fairbairn", "a says the bill spares its author Sunday work | n | n | a says he has never worked a Sunday"),
13: ("mixed", "Bram Kittredge", "f praises the change | n | n | f praises the senator's grasp of shopping"),
9: ("indirect", "Roderick Ansell", "a concedes small shops may lose | n | a concedes some loss for small shops | n", {"cases": "B13"}),
10: ("indirect", "Roderick Ansell", "f argues small shops gain overall | n | f says busier streets help | n"),
11: ("mixed", "Bram Kittredge", "f says staff want more Sunday hours | a says the union fights the last war | n | n"),
},
acts={1: ("New Tarrow Council of Churches", "a condemns the vote for the bill | n | n | n"),
      2: ("Lakemont Chamber of Commerce", "f endorses the bill | n | n | n")},
))

ARTICLES.append(dict(
id="c5-16", domain="labour / dock strike settlement",
targets=[("dockers' pay deal", ["pay deal", "the deal", "agreement", "settlement"]),
         ("Greywater Terminals", ["Greywater"]),
         ("Tamsen Okoli", ["Okoli"]),
         ("the strike was worth it", ["worth it"])],
text='''Lakemont dockers end nine-day strike after Greywater raises offer

{by:By Marisol Quenby, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Members of the Lakemont Dockers' Union voted on Thursday to accept a three-year pay deal worth 11 percent and return to work on Friday, ending a nine-day strike that left more than 40 ships waiting offshore.}

{s1:Tamsen Okoli} {q1:told} members at a mass meeting in the Seafarers' Hall {c1:the deal was "not everything we wanted, and a great deal more than they said was possible."} "{c2:Nine days ago they told us 6.5 was the limit of the universe,}" {s2:she} {q2:said}.

{s3:Greywater chief executive Lorcan Vesey} {q3:said} {c3:the agreement was "fair to our people and affordable for the port."} {s4:He} {q4:said} {c4:the stoppage had cost the company about $30 million, money that could have been in pay packets instead of anchor fees}. "{c10:Who won? Ask the farmer whose apples rotted on Pier 6,}" {s10:he} {q10:said}.

"{c5:We were out nine days for three years of tied hands. The no-strike clause is the price, and nobody read it out loud,}" {q5:said} {s5:Ruairi Dunstan}, the picket captain, who voted against.

{s12:Dunstan} {q12:said} {c12:Okoli had "sold three years of our voice for a number she can put on a banner."}

{s6:The union} {q6:said} {c6:62 percent of members had voted in favour}. {s7:The Tarrow Shippers' Council} {q7:estimated} {c7:the stoppage had cost importers more than $35 million}.

{s8:Haldor Ekwueme}, a shipping economist, {q8:said} {c8:the 11 percent was "roughly what inflation took from them in three years, so a win, but a win on paper."}

{s9:Governor Odalys Brenneman} {q9:said} {c9:both sides had shown the kind of grown-up bargaining this port deserves}. {x1:{xs1:The New Tarrow Chamber of Commerce} {xq1:welcomed} the settlement} but {q11:called} {c11:for a review of strike rules at infrastructure this important}.

{n:Cranes on the main quay were expected to restart at 6 a.m. on Friday.}''',
attr={
1: ("mixed", "Tamsen Okoli", "f says the deal beat the company's limit | a jabs at what the company said was possible | n | f says the walkout won more than offered"),
2: ("direct", "Tamsen Okoli", "n | a mocks the company's earlier limit | n | f the walkout moved the company far", {"cases": "B4"}),
3: ("mixed", "Lorcan Vesey", "f calls the agreement fair and affordable | n | n | n"),
4: ("indirect", "Lorcan Vesey", "n | n | n | a says the stoppage wasted money"),
12: ("mixed", "Ruairi Dunstan", "a says the deal sold members' voice | n | a accuses her of trading away their voice | a implies the gains were not worth the cost"),
5: ("direct", "Ruairi Dunstan", "a objects to the no-strike clause | n | a implies leaders hid the clause | n"),
6: ("indirect", "Lakemont Dockers' Union", "n vote figure only | n | n | n", {"cases": "C6"}),
7: ("indirect", "Tarrow Shippers' Council", "n | n | n | a cites the stoppage's cost to importers", {"cases": "C6"}),
8: ("mixed", "Haldor Ekwueme", "n | n | n | f calls it a win, if only on paper"),
9: ("indirect", "Odalys Brenneman", "f praises the bargaining that produced the deal | f praises both sides | f praises both sides | n"),
10: ("direct", "Lorcan Vesey", "n | n | n | a rhetorical question says nobody won", {"cases": "B4"}),
11: ("indirect", "New Tarrow Chamber of Commerce", "n | n | n | a wants limits on such stoppages"),
},
acts={1: ("New Tarrow Chamber of Commerce", "f welcomes the settlement | n | n | n")},
))

ARTICLES.append(dict(
id="c5-17", domain="labour / minimum wage vote",
targets=[("minimum wage bill", ["minimum wage", "the bill"]),
         ("Ulric Maddox", ["Maddox"]),
         ("the $14 compromise is too small", ["compromise"]),
         ("Tarrow Council of Unions", ["Council of Unions"])],
text='''Senate passes $14 minimum wage after Maddox brokers compromise

{by:By Ilario Penhaligon, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:The New Tarrow Senate voted 27-23 on Tuesday to raise the state's minimum wage to $14 an hour by 2029, a compromise that falls a dollar short of the $15 Governor Odalys Brenneman had asked for.}

{s1:Senator Ulric Maddox}, who wrote the compromise, {q1:said} {c1:$14 was "a number you can defend in a diner in Westbury as well as in a union hall in Lakemont."}

{s2:Brenneman} {q2:said} {c2:she would sign the bill}. "{c3:I asked for fifteen. I will take fourteen and keep asking,}" {s3:she} {q3:said}.

{s4:The Tarrow Council of Unions} {q4:called} {c4:the bill "a down payment, not a deal."} Its president, {s5:Loveday Gwynne}, {q5:said} {c5:Maddox had shaved a dollar off the poorest people in the state to buy himself a headline}.

"{c6:Without me there is no bill. Ms. Gwynne knows that, and so does the governor,}" {s6:Maddox} {q6:said}.

{s7:The New Tarrow Retailers' Association} {q7:said} {c7:the slower schedule would "give most of our members a fighting chance," though it still opposed any increase}.

{s13:Maddox} {q13:said} {c13:the Council of Unions "would call fifteen a down payment too."}

"{c8:A dollar is a dollar. It's groceries for two days,}" {q8:said} {s8:Kezia Thornquist}, the warehouse picker who testified for the $15 figure in March.

{s9:Tobiah Renwick}, a labour economist, {q9:said} {c9:the gap between $14 and $15 was smaller than the shouting suggests}. {s10:Senator Drusilla Hawke} {q10:said} {c10:the bill "will be paid for in shifts that are never offered."}

{x1:{xs1:The Lakemont Restaurant Association} {xq1:criticised} the vote}.

{q11:Asked} {c11:whether unions would campaign against senators who backed the compromise}, {s12:Gwynne} {q12:said} {c12:the council would remember who fought for fifteen and who settled}.

{n:About 140,000 workers in the state currently earn the minimum of $11.50.} {n:The Assembly is expected to take up the bill next month.}''',
attr={
1: ("mixed", "Ulric Maddox", "f defends the figure in the bill | n | a says $14 is defensible everywhere | n"),
2: ("indirect", "Odalys Brenneman", "f will sign the bill | n | n | n"),
3: ("direct", "Odalys Brenneman", "f accepts fourteen | n | f says she will keep asking for more | n"),
4: ("mixed", "Tarrow Council of Unions", "n accepts it only as a first step | n | f calls it only a down payment | n", {"cases": "C6"}),
5: ("indirect", "Loveday Gwynne", "n | a accuses him of shaving a dollar for a headline | f says a dollar was shaved off the poor | n"),
6: ("direct", "Ulric Maddox", "f claims credit for the bill | f defends his own role | n | a rebuts the union president"),
7: ("mixed", "New Tarrow Retailers' Association", "a still opposes any increase | n | a says the slower schedule gives shops a chance | n", {"cases": "C6"}),
13: ("mixed", "Ulric Maddox", "n | n | a implies no figure would satisfy critics | a says the council is never satisfied"),
8: ("direct", "Kezia Thornquist", "n | n | f the missing dollar matters | n"),
9: ("indirect", "Tobiah Renwick", "n | n | a says the gap is smaller than claimed | n"),
10: ("mixed", "Drusilla Hawke", "a says the bill will cost shifts | n | a implies even $14 is too much | n"),
11: ("indirect", None, "n question without a position | n | n | n", {"cases": "D8"}),
12: ("indirect", "Loveday Gwynne", "n | a implies Maddox settled | f praises those who fought for fifteen | n"),
},
acts={1: ("Lakemont Restaurant Association", "a criticises the vote | n | n | n")},
))

ARTICLES.append(dict(
id="c5-18", domain="technology / AI in public services",
targets=[("Clarion chatbot", ["Clarion", "chatbot", "AI assistant"]),
         ("Department of Revenue", ["Revenue Department", "the department"]),
         ("the chatbot is reliable enough for tax questions", []),
         ("Ysabel Farrington", ["Farrington"])],
text='''Audit finds state tax chatbot gave wrong answers to one in eight callers

{by:By Wilmer Stroud, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {c1:An AI assistant that has answered most calls to New Tarrow's tax helpline since January gave wrong or misleading answers to about one in eight questions in a sample of 2,000 calls}, {q1:according to} {s1:a report released on Monday by the State Auditor's Office}.

{s2:State Auditor Piet Langeveld} {q2:said} {c2:the errors were concentrated in questions about payment plans and late penalties, exactly where a wrong answer costs someone money}.

{s3:Revenue Commissioner Ysabel Farrington} {q3:said} {c3:the assistant, known as Clarion, had cut average waiting times from 47 minutes to under two}. "{c4:Before, one caller in three hung up before reaching a human. That is a wrong answer too,}" {s4:she} {q4:said}. {s5:She} {q5:acknowledged} {c5:the department had launched the system "before it was ready for the hardest questions."}

"{c6:It told me I could spread my bill over twelve months. Then the penalty letter came,}" {q6:said} {s6:Oswaldo Pirrie}, a plumber from Westbury.

{s7:Public Employees' Federation president Marek Ingleby} {q7:said} {c7:the department had cut 140 helpline jobs to save money on a machine that needs humans to check its homework}.

{s8:Rafe Idowu}, who studies public sector technology at Lakemont State University, {q8:said} {c8:an 88 percent accuracy rate was "about what you'd get from a new hire in their first month."}

{s9:Senator Ottavia Renfrew} {q9:said} {c9:the findings were the best advertisement yet for her bill requiring audits of automated systems}. {x2:{xs2:Assembly minority leader Bettina Crofoot} {xq2:called for} Farrington's resignation}.

{q10:Asked} {c10:whether callers who relied on wrong advice would have penalties waived}, {s11:Farrington} {q11:said} {c11:each case would be reviewed individually}.

{x1:{xs1:The Taxpayers' League of New Tarrow} {xq1:defended} the switch}, citing savings of $9 million a year.

{n:Clarion answered about 1.4 million calls in its first nine months.}''',
attr={
1: ("indirect", "State Auditor's Office", "a reports frequent wrong answers | a audit finds the department's system erred | a one in eight answers wrong | n", {"cases": "B16 C6"}),
2: ("indirect", "Piet Langeveld", "a errors hit costly questions | n | a says wrong answers cost money | n"),
3: ("indirect", "Ysabel Farrington", "f cites shorter waits | f defends the department's record | n | n"),
4: ("direct", "Ysabel Farrington", "f says the old system failed callers worse | f defends the switch her department made | n | n"),
5: ("mixed", "Ysabel Farrington", "a concedes it was launched too early | a concedes the department's rushed launch | a admits it was not ready for hard questions | n", {"cases": "B13"}),
6: ("direct", "Oswaldo Pirrie", "a it gave him wrong advice | n | a his case shows unreliable answers | n"),
7: ("indirect", "Marek Ingleby", "a says the machine needs checking | a faults the department's job cuts | a says it needs humans to check its homework | n"),
8: ("mixed", "Rafe Idowu", "f compares its accuracy to a new hire | n | f says 88 percent is normal for a newcomer | n"),
9: ("indirect", "Ottavia Renfrew", "a findings argue for audits of it | n | a uses findings to press for audits | n"),
10: ("indirect", None, "n question without a position | n | n | n", {"cases": "D8"}),
11: ("indirect", "Ysabel Farrington", "n procedural answer | n | n | n"),
},
acts={1: ("Taxpayers' League of New Tarrow", "f defends the switch to the chatbot | f backs the department's savings | n | n"),
      2: ("Bettina Crofoot", "n | a implies the department failed | n | a calls for her resignation")},
))
