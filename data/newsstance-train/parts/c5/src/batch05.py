# c5 batch 5: four-day week trial, minimum service bill, rate cut, Loopsy lawsuit, AI call centre, bank merger
ARTICLES = []

ARTICLES.append(dict(
id="c5-25", domain="labour / four-day week trial",
targets=[("four-day week", ["four-day", "32-hour"]),
         ("a four-day week raises productivity", ["productivity", "revenue"]),
         ("Employers' Federation of New Tarrow", ["Employers' Federation", "the Federation"]),
         ("Worktime Lab", ["Worktime"])],
text='''Most firms in four-day week trial say they will keep it

{by:By Elspeth Mawdsley, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {c1:Thirty-eight of the 44 New Tarrow companies that spent six months on a 32-hour, four-day week at full pay have decided to keep it}, the organisers of the trial, {s1:Worktime Lab}, {q1:said} on Tuesday.

{s2:Their report} {q2:found} {c2:revenue at the firms rose 4 percent on average over the period, while sick days fell by a third}.

"{c3:I expected to quietly cancel it in month three. Instead I'm hiring, and people are asking to work here,}" {q3:said} {s3:Gunnhild Ravensworth}, who runs a 60-person engineering firm in Westbury.

{s4:The Employers' Federation of New Tarrow} {q4:said} {c4:the trial firms had "chosen themselves," and most were office businesses "where a Friday off was half-taken already."} Its chief economist, {s5:Rutger Albrecht}, {q5:said} {c5:the revenue figures "tell you about the economy in those six months, not about the schedule."}

Worktime Lab director {s6:Oona Castlemaine} {q6:conceded} {c6:the sample was not random and never claimed to be}. "{c7:But if the Federation wants a random trial, we'll happily send them the sign-up form,}" {s7:she} {q7:said}.

{s8:Lorne Bexley}, whose bakery supply firm was one of six to drop out, {q8:said} {c8:delivery drivers "don't get more done because they're rested. The bread still has to arrive on Friday."}

"{c9:I used to spend Saturday doing everything I couldn't do during the week. Now Saturday is Saturday,}" {q9:said} {s9:Nisha Farrimond}, a payroll clerk at one of the firms.

{x1:{xs1:The Tarrow Council of Unions} {xq1:hailed} the results}, while {s10:Albrecht} {q10:warned} {c10:smaller firms might copy the schedule "because it's fashionable, and find out in winter what it costs."}

{n:The trial ran from March to August.} {n:The companies employ about 2,900 people between them.}''',
attr={
1: ("indirect", "Worktime Lab", "f most firms are keeping it | f keeping it implies it worked | n | n", {"cases": "C6"}),
2: ("indirect", "Worktime Lab", "f reports gains from the schedule | f revenue rose and sick days fell | n | n", {"cases": "B16 C6"}),
3: ("direct", "Gunnhild Ravensworth", "f she is keeping and hiring | f her firm did better | n | n"),
4: ("mixed", "Employers' Federation of New Tarrow", "a says the results do not generalise | a dismisses the gains as self-selection | n | a attacks the trial's design", {"cases": "C6"}),
5: ("mixed", "Rutger Albrecht", "n | a says revenue reflects the economy | n | a disputes the trial's figures"),
6: ("indirect", "Oona Castlemaine", "n | n | n | a concedes the sample was not random", {"cases": "B13"}),
7: ("direct", "Oona Castlemaine", "f stands by the schedule | n | a jabs at the employers' group | n"),
8: ("mixed", "Lorne Bexley", "a says it fails for delivery work | a rest does not speed deliveries | n | n"),
9: ("direct", "Nisha Farrimond", "f enjoys the extra day | n | n | n"),
10: ("mixed", "Rutger Albrecht", "a warns of hidden costs | a implies costs outweigh gains | n | n"),
},
acts={1: ("Tarrow Council of Unions", "f hails the results | f welcomes the reported gains | n | f praises the organisers' results")},
))

ARTICLES.append(dict(
id="c5-26", domain="labour / minimum service law",
targets=[("minimum service bill", ["minimum service", "the bill"]),
         ("Rail and Signal Workers' Union", ["the union"]),
         ("the bill will undermine the right to strike", ["right to strike"]),
         ("Ambrose Kettering", ["Kettering", "Transport Secretary"])],
text='''Kettering bill would force 40 percent of trains to run during strikes

{by:By Ottoline Brashear, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Transport Secretary Ambrose Kettering on Monday introduced a bill that would require rail, bus and port workers to keep at least 40 percent of normal services running during a strike, after a year in which stoppages cost New Tarrow an estimated $600 million.}

"{c1:Nurses who can't get to the ward. Pupils who miss exams. These people never get a vote in the union ballot,}" {s1:Kettering} {q1:said}. {s2:He} {q2:said} {c2:the right to strike stays exactly where it is and the bill asked only that the public isn't the one who gets struck}.

{s3:Magda Iwu}, chair of the Rail and Signal Workers' Union, {q3:said} {c3:a strike that leaves 40 percent of trains running is a strongly worded letter}. "{c4:He can call it whatever he likes. If you can be ordered to work during a strike, you don't have a right to strike,}" {s4:she} {q4:said}. {s9:Iwu} {q9:accused} {c9:Kettering of "blaming the people who stopped the trains instead of the people who stopped the talks."}

{s12:Kettering} {q12:said} {c12:the union had "called eleven strikes in two years and kept public sympathy for about three of them."}

"{c6:Forty percent of trains is forty percent more than I got last March,}" {q6:said} {s6:Halina Brookfield}, a commuter from Wickham Cross.

{s7:The New Tarrow Chamber of Commerce} {q7:said} {c7:stoppages over the past year had cost some districts more than the pandemic closures}. {s8:Senator Imelda Ruthven} {q8:said} {c8:she would vote against a bill that fixes the wrong side of the table}.

{s5:Petronella Gaunt}, who teaches employment law at Lakemont State University, {q5:said} {c5:similar laws elsewhere had been "narrowed by the courts, but not struck down."}

{s10:Kettering} {q10:acknowledged} {c10:the 40 percent figure was a judgement, not a science}, and {q11:said} {c11:he was open to amendments on how it would be measured}.

{x1:{xs1:The Tarrow Council of Unions} {xq1:condemned} the bill}, and {x2:{xs2:the Rail Passengers' Council} {xq2:welcomed} it}.

{n:The bill has its first reading in the Senate next week.}''',
attr={
1: ("direct", "Ambrose Kettering", "f argues the public bears strikes' costs | n | n | n"),
2: ("indirect", "Ambrose Kettering", "f says the bill only protects the public | n | a says the right stays where it is | n"),
3: ("indirect", "Magda Iwu", "a says the bill defangs strikes | n | f a 40 percent strike is only a letter | n"),
4: ("direct", "Magda Iwu", "a rejects the bill | n | f says ordered work ends the right | a dismisses his framing"),
9: ("mixed", "Magda Iwu", "a attacks the bill's premise | n | n | a accuses him of blaming workers", {"cases": "B13"}),
12: ("mixed", "Ambrose Kettering", "f argues frequent strikes justify the bill | a says the union strikes too often | n | n"),
6: ("direct", "Halina Brookfield", "f welcomes guaranteed trains | n | n | n"),
7: ("indirect", "New Tarrow Chamber of Commerce", "f stresses the cost of stoppages | a implies unions' strikes caused damage | n | n", {"cases": "C6"}),
8: ("indirect", "Imelda Ruthven", "a will vote against the bill | n | n | a says his bill targets the wrong side"),
5: ("mixed", "Petronella Gaunt", "n legal forecast without a side | n | n | n"),
10: ("indirect", "Ambrose Kettering", "a concedes the figure is arbitrary | n | n | n", {"cases": "B13"}),
11: ("indirect", "Ambrose Kettering", "n open to amendments | n | n | n"),
},
acts={1: ("Tarrow Council of Unions", "a condemns the bill | n | f opposes limits on strikes | n"),
      2: ("Rail Passengers' Council", "f welcomes the bill | n | n | n")},
))

ARTICLES.append(dict(
id="c5-27", domain="economy / central bank rate cut",
targets=[("interest rate cut", ["rate cut", "the cut"]),
         ("Ingeborg Lisle", ["Lisle"]),
         ("the rate cut was too late", ["too late", "too slow"]),
         ("Tarrow Reserve Bank", ["Reserve Bank", "the bank"])],
text='''Reserve Bank cuts rates for the first time in three years

{by:By Elspeth Mawdsley, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:The Tarrow Reserve Bank lowered its benchmark interest rate by a quarter of a point to 5 percent on Wednesday, its first cut since 2023, after price growth slowed to 3.1 percent.}

{s1:Chair Ingeborg Lisle} {q1:said} {c1:the board had waited until it was confident, not hopeful that inflation was falling}. “{c2:Cutting early and having to reverse would have been the most expensive mistake available to us,}” {s2:she} {q2:said}. {s11:She} {q11:dismissed} {c11:the charge that the bank had been too slow}.

{s3:Treasurer Bastien Kolawole} {q3:called} {c3:the cut “welcome and about nine months late.”} “{c12:Families have been paying for caution that was sold to them as prudence,}” {s12:he} {q12:said}, {q13:adding} {c13:he would not second-guess the timing of the next one}.

{s4:The New Tarrow Home Builders’ Federation} {q4:said} {c4:the bank had kept the brakes on long after the car stopped, at a cost of an estimated 9,000 construction jobs}.

{s5:Yusuf Brandreth} of Osgood Bank {q5:said} {c5:the bank had “earned the right to cut” by not flinching last year}. {s6:Clement Asante-Rowe}, an economist for the Tarrow Council of Unions, {q6:said} {c6:he was glad the bank had “finally noticed” that unemployment had risen for eleven straight months}.

“{c7:Everyone cheers when rates come down. I’m 74 and my savings just took a pay cut,}” {q7:said} {s7:Ermintrude Pollock}, a retired teacher in Coldwater Mills.

“{c8:It’s forty dollars a month on the mortgage. I’ll take it,}” {q8:said} {s8:Jarrah Tennick}, a bus driver in Westbury.

{q9:Asked} {c9:whether more cuts would follow}, {s10:Lisle} {q10:said} {c10:the board was not pre-committing to anything}. {x1:{xs1:Opposition finance spokesman Dariusz Wexley} {xq1:backed} the decision}.

{n:The next decision is due in six weeks.} {n:Mortgage rates at the largest lenders fell within hours.}''',
attr={
1: ("indirect", "Ingeborg Lisle", "f explains why the bank now cuts | n | a says waiting for confidence was right | f defends the board's patience"),
2: ("direct", "Ingeborg Lisle", "n | n | a says cutting early would have cost more | f defends the bank's caution"),
11: ("indirect", "Ingeborg Lisle", "n | n | a rejects the too-slow charge | f defends the bank's timing", {"cases": "B13"}),
3: ("mixed", "Bastien Kolawole", "f welcomes the cut | a implies she delayed | f calls it nine months late | a faults the bank's delay"),
12: ("direct", "Bastien Kolawole", "n | a says her caution cost families | f says families paid for excess caution | a says the bank's prudence was costly caution"),
13: ("indirect", "Bastien Kolawole", "n declines to judge the next move | n | n | n"),
4: ("indirect", "New Tarrow Home Builders’ Federation", "n | n | f says brakes stayed on too long | a blames the bank for lost jobs", {"cases": "C6"}),
5: ("mixed", "Yusuf Brandreth", "f says the cut is earned | f credits her steadiness | a says not flinching was right | f praises the bank"),
6: ("mixed", "Clement Asante-Rowe", "n | a sarcasm about her noticing late | f says unemployment rose for months first | a mocks the bank for noticing late"),
7: ("direct", "Ermintrude Pollock", "a the cut hurts her savings | n | n | n"),
8: ("direct", "Jarrah Tennick", "f welcomes the saving | n | n | n"),
9: ("indirect", None, "n question without a position | n | n | n", {"cases": "D8"}),
10: ("indirect", "Ingeborg Lisle", "n noncommittal on further cuts | n | n | n"),
},
acts={1: ("Dariusz Wexley", "f backs the cut | n | n | f supports the bank's decision")},
))

ARTICLES.append(dict(
id="c5-28", domain="technology / social media law lawsuit",
targets=[("under-16 social media law", ["the law", "under 16", "under-16"]),
         ("Loopsy", []),
         ("the age law would violate free speech", ["free speech"]),
         ("Hollister Nkemelu", ["Nkemelu"])],
text='''Loopsy sues New Tarrow to block under-16 social media law

{by:By Saoirse Pellow, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:The social media platform Loopsy filed suit in Lakemont District Court on Thursday seeking to block New Tarrow's new law barring children under 16 from holding accounts, two months before it is due to take effect.}

{s1:The complaint} {q1:argues} {c1:the law conditions the right to read and speak online on surrendering a government ID}. Loopsy's head of public policy, {s2:Evadne Corrigal}, {q2:said} {c2:the company already removed "hundreds of thousands" of underage accounts each year}. "{c12:We would rather build better tools for parents than a checkpoint for everyone,}" {s12:Corrigal} {q12:said}.

{s3:Assemblyman Hollister Nkemelu}, who wrote the law, {q3:said} {c3:Loopsy was suing for the right to keep recommending diet videos to fourteen-year-olds}. "{c4:Free speech has never meant a company's right to a child's attention,}" {s4:he} {q4:said}.

{s5:Imre Szentes}, a constitutional law professor, {q5:said} {c5:the state had a serious problem with the ID requirement, which courts had struck down in two other states}. "{c6:Protecting kids is a strong reason. It is not a magic word,}" {s6:Szentes} {q6:said}.

{s7:Carys Mbatha}, whose daughter's eating disorder was described in hearings on the bill, {q7:said} {c7:she was "not surprised a company that profits from children wants a judge to save it."}

"{c8:Honestly, I'd rather they just fixed the app than banned me from it,}" {q8:said} {s8:Ilya Fenwold}, 15.

{s9:Attorney General Cormac Devereux} {q9:said} {c9:his office would defend the law "vigorously."} {s10:Nkemelu} {q10:conceded} {c10:the age checks could have been designed with more care for adults}, but {q11:said} {c11:the fix was an amendment, not a suspension}.

{x1:{xs1:The Tarrow Digital Rights Project} {xq1:backed} the lawsuit}.

{n:The law passed the Assembly 58-31 in the autumn.} {n:A hearing on Loopsy's request for an injunction is set for April 9.}''',
attr={
1: ("indirect", "Loopsy", "a says the law conditions speech on ID | f the company's own legal argument | f argues ID checks burden speech | n", {"cases": "B16 C6"}),
2: ("mixed", "Evadne Corrigal", "a implies the law is unnecessary | f defends the company's record | n | n"),
12: ("direct", "Evadne Corrigal", "a prefers parental tools to the law | f promotes the company's approach | f calls ID checks a checkpoint for everyone | n"),
3: ("indirect", "Hollister Nkemelu", "f defends the law against the suit | a says it sues to keep feeding diet videos | a recasts the suit as profit-seeking | n"),
4: ("direct", "Hollister Nkemelu", "f defends the law | a attacks the company's claim | a free speech is not a right to attention | n"),
5: ("indirect", "Imre Szentes", "a says the ID requirement is vulnerable | n | f courts struck similar rules down | n"),
6: ("direct", "Imre Szentes", "a protection does not settle it | n | f child protection is no magic word | n"),
7: ("mixed", "Carys Mbatha", "f backs the law | a says the company profits from children | n | n"),
8: ("direct", "Ilya Fenwold", "a prefers a fix to a ban | a says the app needs fixing | n | n"),
9: ("mixed", "Cormac Devereux", "f will defend the law | n | n | n"),
10: ("indirect", "Hollister Nkemelu", "a concedes the checks are flawed | n | n | n", {"cases": "B13"}),
11: ("indirect", "Hollister Nkemelu", "f wants the law amended, not suspended | n | n | n"),
},
acts={1: ("Tarrow Digital Rights Project", "a backs the suit against the law | f sides with the company's lawsuit | f backs the free speech challenge | n")},
))

ARTICLES.append(dict(
id="c5-29", domain="technology / AI layoffs",
targets=[("Bramblecrest job cuts", ["job cuts", "cutting 700 jobs"]),
         ("Bramblecrest Insurance", ["Bramblecrest"]),
         ("AI will create more jobs than it destroys", ["more jobs"]),
         ("Tarrow Council of Unions", ["Council of Unions", "the unions"])],
text='''Insurer to replace 700 call-centre workers with AI agents

{by:By Tovah Grinstead, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Bramblecrest Insurance will close its customer service centre in Grisby by the end of the year, cutting 700 jobs and handing most policyholder calls to AI agents, under plans published on Monday.}

{s1:Chief executive Ashok Penderel} {q1:said} {c1:the system already resolved 70 percent of calls without a human, "faster and, frankly, more politely than we managed on a bad Monday."} "{c2:Every insurer in the country is doing this. The only choice is whether we do it first or last,}" {s2:he} {q2:said}.

"{c3:Nine years I've talked people through floods and funerals. Now a machine gets to say sorry for me,}" {q3:said} {s3:Bethan Ruddle}, a team leader at the centre.

{s4:Loveday Gwynne} of the Tarrow Council of Unions {q4:said} {c4:Bramblecrest was automating empathy and calling it efficiency}. {s5:She} {q5:said} {c5:promises that AI would create new work "have so far created a great many consultants."}

{s6:The Lakemont Technology Council} {q6:said} {c6:AI firms in the state had added 4,200 jobs in the past two years, more than the call-centre jobs lost over the same period}. {s7:Ferdinand Okonjo}, who studies regional labour markets, {q7:said} {c7:those jobs were real, but in a different town, for different people, at a different salary}.

{s8:Mayor Tilda Greenhalgh} of Grisby {q8:said} {c8:the centre was the town's largest employer after the hospital and she had heard nothing from the company until the press release}.

{s12:Greenhalgh} {q12:said} {c12:the Council of Unions was "the only organisation that rang me before the press release did."}

{s9:Penderel} {q9:said} {c9:staff would be offered moves to claims handling, which "still needs people who can read a room."} {s11:He} {q11:said} {c11:the unions would rather keep people in a job a machine does better than help them find one it can't}.

"{c10:Honestly, the bot sorted my claim in four minutes. Last year it took three phone calls,}" {q10:said} {s10:Ravi Sunderland}, a policyholder. {x1:{xs1:The Tarrow Council of Unions} {xq1:called for} a state inquiry into the closure}.

{n:The Grisby centre opened in 2004.}''',
attr={
1: ("mixed", "Ashok Penderel", "f says the AI already does the job better | n | n | n"),
2: ("direct", "Ashok Penderel", "f says the change is inevitable | n | n | n"),
3: ("direct", "Bethan Ruddle", "a mourns being replaced by a machine | a bitter about the company's choice | n | n"),
4: ("indirect", "Loveday Gwynne", "a says it automates empathy | a accuses the company of false efficiency | n | n"),
5: ("mixed", "Loveday Gwynne", "n | n | a mocks promises of new work | n"),
6: ("indirect", "Lakemont Technology Council", "n | n | f says AI jobs outnumber jobs lost | n", {"cases": "C6"}),
7: ("indirect", "Ferdinand Okonjo", "n | n | n concedes the jobs are real but elsewhere | n"),
8: ("indirect", "Tilda Greenhalgh", "a stresses the loss to her town | a says the company kept her in the dark | n | n"),
12: ("mixed", "Tilda Greenhalgh", "n | a contrasts the company's silence | n | f praises the unions for calling"),
9: ("mixed", "Ashok Penderel", "f offers moves to soften the cuts | f presents the company's offer | n | n"),
11: ("indirect", "Ashok Penderel", "f defends the cuts | n | f implies AI frees people for better jobs | a says the unions protect obsolete jobs"),
10: ("direct", "Ravi Sunderland", "f the bot served him better | f praises the company's service | n | n"),
},
acts={1: ("Tarrow Council of Unions", "a calls for an inquiry into the closure | a seeks scrutiny of the company | n | n")},
))

ARTICLES.append(dict(
id="c5-30", domain="business / bank merger",
targets=[("Tarrow Mutual-Pinecrest merger", ["merger", "the deal"]),
         ("Tarrow Mutual", ["the Mutual"]),
         ("the merger will close rural branches", ["branch", "branches"]),
         ("Small Business Federation", [])],
text='''Tarrow Mutual to buy Pinecrest Bank, promising no branch closures for two years

{by:By Perpetuo Langridge, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Tarrow Mutual, the state's largest building society, agreed on Thursday to buy Pinecrest Bank for $1.4 billion, combining two lenders with 212 outlets between them.}

{s1:Tarrow Mutual chief executive Osborne Quayle} {q1:said} {c1:no branch would close for at least two years and Pinecrest customers would become voting members}. "{c2:Two years is a promise. After that, it's a conversation,}" {s2:he} {q2:said} when pressed.

{s3:Caius Whitbread}, a banking analyst at Ferncastle Securities, {q3:said} {c3:about 40 of the outlets were within a mile of each other, "which is the whole reason you do this deal."}

{s4:The Small Business Federation} {q4:said} {c4:Pinecrest was the last lender in the state "that still lends to a bakery on the strength of a handshake and a balance sheet."} Its director, {s5:Rosheen Adeyemi}, {q5:said}: "{c5:Tarrow Mutual has never made a small business loan it couldn't do from a spreadsheet in Lakemont.}"

{s6:Pinecrest chief executive Lavinia Crowther} {q6:said} {c6:the bank could not afford the technology spending regulators now demanded "on our own, not at our size."}

"{c7:My branch in Hobb's Ferry is the only one for twenty miles. They'll say two years, and then they'll say sorry,}" {q7:said} {s7:Perrin Oldcastle}, a dairy farmer.

{s10:Quayle} {q10:called} {c10:the small business criticism "a caricature"} and {q12:said} {c12:the Mutual had lent $600 million to small firms last year}.

{s13:Quayle} {q13:said} {c13:the Small Business Federation "has never once asked to meet us."}

{s8:The State Banking Commission} {q8:said} {c8:it would review the deal with particular attention to rural access}. {s9:The Finance Staff Union} {q9:said} {c9:it had been given a guarantee on branches and nothing on the people in them}.

{x1:{xs1:Senator Ulric Maddox} {xq1:welcomed} the deal}.

{n:Pinecrest was founded in 1921 as a farmers' savings bank.}''',
attr={
1: ("indirect", "Osborne Quayle", "f reassures about the deal | n | a promises no closures for two years | n"),
2: ("direct", "Osborne Quayle", "n | n | f leaves closures open after two years | n"),
3: ("mixed", "Caius Whitbread", "n | n | f overlapping outlets are the point of the deal | n"),
4: ("mixed", "Small Business Federation", "a the deal removes the last relationship lender | n | n | n", {"cases": "C6"}),
5: ("direct", "Rosheen Adeyemi", "a says the buyer won't lend like Pinecrest | a says the Mutual lends by spreadsheet | n | n", {"cases": "A10"}),
6: ("mixed", "Lavinia Crowther", "f says Pinecrest cannot go it alone | n | n | n"),
7: ("direct", "Perrin Oldcastle", "a fears losing his branch | a distrusts the buyer's promise | f predicts the apology after two years | n"),
10: ("mixed", "Osborne Quayle", "f defends the deal | f defends the Mutual's lending | n | a calls their criticism a caricature", {"cases": "B13"}),
12: ("indirect", "Osborne Quayle", "n | f cites its lending to small firms | n | a rebuts their claim with figures"),
13: ("mixed", "Osborne Quayle", "n | f defends the Mutual's openness | n | a says the group never sought a meeting"),
8: ("indirect", "State Banking Commission", "n procedural review | n | n | n", {"cases": "C6"}),
9: ("indirect", "Finance Staff Union", "a says staff got no guarantee | a faults the buyer's guarantee | n | n", {"cases": "C6"}),
},
acts={1: ("Ulric Maddox", "f welcomes the deal | n | n | n")},
))
