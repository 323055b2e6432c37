# c5 batch 3: tech layoffs, four-day week, Sunday trading, dock settlement, minimum wage vote, tax chatbot
ARTICLES = []

ARTICLES.append(dict(
id="c5-13", domain="technology / tech layoffs",
targets=[("Kitewing layoffs", ["layoffs", "lay off", "cuts"]),
         ("Dorrit Vanstone", ["Vanstone"]),
         ("Kitewing should repay its tax credits", ["tax credits", "repay", "pay back"]),
         ("Odalys Brenneman", ["Brenneman", "governor"])],
text='''Kitewing cuts 1,200 Lakemont jobs two years after $80 million tax deal

{by:By Tovah Grinstead, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Kitewing Software began laying off 1,200 of its 4,100 employees in Lakemont on Tuesday, two years after Governor Odalys Brenneman's administration granted it $80 million in tax credits tied to a pledge to add 1,500 jobs by 2027.}

In a memo to staff, chief executive {s1:Dorrit Vanstone} {q1:wrote} {c1:the company had "hired for a world that did not arrive" and needed to "get smaller to get faster."}

"{c3:She gave a keynote in May about AI making all of us more productive. Three weeks later, we were the productivity gain,}" {q3:said} {s3:Minh Aldersey}, a software engineer who lost her job on Tuesday.

{s4:Senator Ottavia Renfrew} {q4:said} {c4:Kitewing should pay back every cent of the credits}. "{c5:A deal is a deal. If I miss my rent, nobody tells me the market changed,}" {s5:she} {q5:said}.

{s6:Commerce Secretary Laurits Abioye} {q6:said} {c6:the contract allowed the state to claw back credits only if headcount fell below 3,000 in 2027, and it was "far too early" to say that would happen}.

{s7:Assembly minority leader Bettina Crofoot} {q7:said} {c7:the governor had signed a blank cheque and called it a jobs plan}. {x2:{xs2:Crofoot} {xq2:demanded} an independent audit of the deal}.

{s8:Ferdinand Okonjo}, who studies state business incentives, {q8:said} {c8:states that forced companies to repay had seen "no exodus of employers, just better contracts."}

{s9:A Kitewing spokeswoman} {q9:said} {c9:the company expected to be back above 3,500 employees in Lakemont by 2027 as the new products ship}.

{q10:Asked} {c10:whether the governor would demand repayment}, {s11:Abioye} {q11:said}: "{c11:We will enforce the contract as written, and the contract is a good one.}"

{s13:The Tarrow Council of Unions} {q13:denounced} {c13:the cuts as "a bait and switch paid for by taxpayers."}

{n:Kitewing shares rose 6 percent after the announcement.}''',
attr={
1: ("mixed", "Dorrit Vanstone", "f justifies the cuts as necessary | a concedes she hired for a world that never came | n | n"),
3: ("direct", "Minh Aldersey", "a sarcasm about being the productivity gain | a mocks her keynote | n | n"),
4: ("indirect", "Ottavia Renfrew", "a demands a price for the cuts | n | f says pay back every cent | n"),
5: ("direct", "Ottavia Renfrew", "a holds the company to its job pledge | n | f a deal is a deal | n"),
6: ("indirect", "Laurits Abioye", "n | n | a says clawback is not triggered yet | f defends the administration's contract"),
7: ("indirect", "Bettina Crofoot", "n | n | f calls the credits a blank cheque | a accuses her of a blank cheque"),
8: ("mixed", "Ferdinand Okonjo", "n | n | f says forcing repayment causes no exodus | n"),
9: ("indirect", None, "f presents the cuts as temporary | n | a says headcount will recover before the deadline | n", {"affiliation": "Kitewing Software"}),
10: ("indirect", None, "n question without a position | n | n | n", {"cases": "D8"}),
13: ("mixed", "Tarrow Council of Unions", "a denounces the cuts | n | f calls the deal a bait and switch | n", {"cases": "B13 C6"}),
11: ("direct", "Laurits Abioye", "n | n | a will enforce only the contract as written | f calls the governor's contract a good one", {"cases": "A10"}),
},
acts={2: ("Bettina Crofoot", "n | n | f wants the deal audited | a demands an audit of the governor's deal")},
))

ARTICLES.append(dict(
id="c5-14", domain="labour / four-day week",
targets=[("four-day week pilot", ["four-day week", "pilot", "32-hour"]),
         ("a four-day week will hurt public services", ["public services"]),
         ("Hesper Quartermain", ["Quartermain"]),
         ("Taxpayers' League of New Tarrow", ["Taxpayers' League", "the League"])],
text='''State to move 9,000 public employees to a four-day week; critics fear longer queues

{by:By Elspeth Mawdsley, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:New Tarrow will move about 9,000 employees in six state agencies to a 32-hour, four-day week without a cut in pay from July, in a two-year pilot announced on Monday by the state personnel office.}

{s1:State Personnel Director Hesper Quartermain} {q1:said} {c1:agencies that tried the schedule in a small trial last year cut sick leave by a fifth and filled vacancies in half the time}. "{c2:We are losing nurses and engineers to the private sector every week. This is the cheapest raise we can give,}" {s2:she} {q2:said}.

{s3:The Taxpayers' League of New Tarrow} {q3:said} {c3:residents were being asked to pay five days' wages for four days at the counter}. Its director, {s4:Cormoran Fitch}, {q4:asked} {c4:whether the vehicle licensing office, "where the wait is already two hours," would now close on Fridays}.

{s5:Quartermain} {q5:said} {c5:front counters would stay open five days a week on staggered rosters}.

"{c6:I'll believe it when the rota comes out,}" {q6:said} {s6:Giedre Pashley}, a benefits assessor in Westbury, {q7:adding} {c7:her office was already covering three empty desks}.

{s8:Public Employees' Federation president Marek Ingleby} {q8:called} {c8:the pilot "long overdue."} {s9:He} {q9:said} {c9:the critics predicting chaos said exactly the same about flexible hours in 2006}.

{s14:Fitch} {q14:said} {c14:Quartermain had "never stood in a queue she was responsible for."} {s15:Ingleby} {q15:said} {c15:the director had "done more for recruitment in one announcement than the last three administrations managed."}

{s10:A study of 61 employers in neighbouring Ardenmoor by the Lakemont Institute for Work} {q10:found} {c10:output held steady or rose at 49 of them}. {s11:Yusuf Brandreth}, an economist at Osgood Bank, {q11:cautioned} {c11:the firms in the study "did not have a queue out the door at nine in the morning."}

{s13:Bettina Crofoot}, the Assembly minority leader, {q13:ridiculed} {c13:the pilot as "a long weekend with a press office."} {s12:The League} {q12:said} {c12:it would ask the auditor to publish waiting times at every counter each month of the trial}.

{n:The pilot will be reviewed by the state auditor after its first year.}''',
attr={
1: ("indirect", "Hesper Quartermain", "f cites gains from the trial | a trial improved staffing, not hurt it | n | n"),
2: ("direct", "Hesper Quartermain", "f calls it a cheap way to keep staff | a says it helps keep nurses and engineers | n | n"),
3: ("indirect", "Taxpayers' League of New Tarrow", "a says residents pay more for less | f four days at the counter means less service | n | n", {"cases": "C6"}),
4: ("mixed", "Cormoran Fitch", "a pointed question implies longer waits | f implies offices will close on Fridays | n | n", {"cases": "D8 B4"}),
5: ("indirect", "Hesper Quartermain", "f answers the criticism | a says counters stay open five days | n | n"),
6: ("direct", "Giedre Pashley", "n scepticism without a position | n | n | n"),
7: ("indirect", "Giedre Pashley", "n | f says her office is already short of staff | n | n"),
8: ("mixed", "Marek Ingleby", "f calls the pilot long overdue | n | n | n"),
9: ("indirect", "Marek Ingleby", "f dismisses predictions of chaos | a says chaos predictions were wrong before | n | a mocks the critics predicting chaos"),
14: ("mixed", "Cormoran Fitch", "a mocks the pilot's author | n | a says she never queues herself | n"),
15: ("mixed", "Marek Ingleby", "f praises the move | n | f praises her recruitment record | n"),
10: ("indirect", "Lakemont Institute for Work", "f evidence that output holds up | a output held steady in most firms | n | n", {"cases": "B16 C6"}),
11: ("mixed", "Yusuf Brandreth", "n caution about transferring results | f warns public counters differ | n | n"),
12: ("indirect", "Taxpayers' League of New Tarrow", "n | f wants waiting times watched | n | n", {"cases": "C6"}),
13: ("mixed", "Bettina Crofoot", "a ridicules the pilot | n | n | n", {"cases": "B13"}),
},
))
