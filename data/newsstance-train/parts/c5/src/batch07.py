# c5 batch 7: signal workers' strike, tug crews' strike, face-scan age checks, drivers' bargaining law, workplace monitoring
ARTICLES = []

ARTICLES.append(dict(
id="c5-37", domain="labour / rail signal workers' strike",
targets=[("signal workers' strike", ["strike", "walkout"]),
         ("Tarrow Rail", []),
         ("Tarrow Rail's twelve-hour shifts are unsafe", ["twelve-hour", "unsafe"])],
text='''Signal workers strike over 12-hour shifts, halting commuter and freight trains

{by:By Ottoline Brashear, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:About 420 signal workers walked out for 24 hours on Friday in a dispute over long shifts, halting every passenger and freight train on Tarrow Rail's network.}

{s1:Magda Iwu} of the Rail and Signal Workers' Union {q1:said} {c1:signallers had worked more than 90,000 hours of overtime last year because Tarrow Rail would rather pay tired people than hire rested ones}.

"{c2:At hour eleven you read the same screen three times. On a railway, that's the hour that matters,}" {q2:said} {s2:Eamon Larkspur}, a signaller at the Central box.

{s3:Tarrow Rail} {q3:said} {c3:every twelve-hour shift had been approved by the State Rail Safety Board and included two mandatory breaks}. Managing director {s4:Seraphine Colborne} {q4:called} {c4:the strike "a pay claim dressed in a hi-vis vest."} {s9:She} {q9:acknowledged} {c9:the company was short of about 40 signallers}.

"{c10:They've been short of 40 signallers for six years. At some point that's not a shortage, it's a business model,}" {s10:Iwu} {q10:said}.

{s5:The State Rail Safety Board} {q5:said} {c5:it had approved the pattern in 2022 but would look again at fatigue data in light of the dispute}. {s6:Dr. Kwame Ostergaard}, who studies fatigue in transport, {q6:said} {c6:error rates in safety-critical jobs "roughly double after the tenth hour."}

"{c7:I get that they're tired. I'm tired too, and I've been at this bus stop for an hour,}" {q7:said} {s7:Halina Brookfield}, a commuter from Wickham Cross.

{s8:The Tarrow Shippers' Council} {q8:said} {c8:about 60 freight trains had been stranded, including grain bound for the port}. {s11:Transport Secretary Ambrose Kettering} {q11:said} {c11:the walkout showed why his minimum service bill was needed}.

{x1:{xs1:The Rail Passengers' Council} {xq1:criticised} both sides}.

{n:Trains were expected to run normally from Saturday morning.}''',
attr={
1: ("indirect", "Magda Iwu", "f justifies the walkout | a says the company prefers tired staff | f says overtime means tired signallers"),
2: ("direct", "Eamon Larkspur", "f explains why signallers walked out | n | f says the eleventh hour is dangerous"),
3: ("indirect", "Tarrow Rail", "a defends the shifts the strike targets | f defends its approved pattern | a says shifts are approved with breaks", {"cases": "C6"}),
4: ("mixed", "Seraphine Colborne", "a calls the strike a disguised pay claim | n | a dismisses the safety case"),
9: ("indirect", "Seraphine Colborne", "n | a concedes the company is short-staffed | n concedes shortage, not unsafe shifts", {"cases": "B13"}),
10: ("direct", "Magda Iwu", "f backs the walkout | a calls the shortage a business model | f long shortage means structural overtime"),
5: ("indirect", "State Rail Safety Board", "n | n | n will review, no finding", {"cases": "C6"}),
6: ("mixed", "Kwame Ostergaard", "n | n | f errors double after ten hours"),
7: ("direct", "Halina Brookfield", "a sympathy, then complaint about the disruption | n | n"),
8: ("indirect", "Tarrow Shippers' Council", "a cites stranded freight | n | n", {"cases": "C6"}),
11: ("indirect", "Ambrose Kettering", "a uses the walkout to argue for limits | n | n"),
},
acts={1: ("Rail Passengers' Council", "a criticises the strikers | a criticises the company too | n")},
))

ARTICLES.append(dict(
id="c5-38", domain="labour / port tug crews' strike",
targets=[("tug crews' strike", ["strike"]),
         ("Saltfleet Towage", ["Saltfleet"]),
         ("three-person tug crews are safe", ["three-person", "three people"])],
text='''Tug crews strike at Port of Grisby, leaving tankers unable to berth

{by:By Marisol Quenby, Lakemont Sentinel}

{dl:GRISBY, New Tarrow —} {n:Tug crews at the Port of Grisby began an indefinite strike on Sunday, leaving three fuel tankers and a car carrier unable to berth, in a dispute with Saltfleet Towage over how many people crew each boat.}

{s1:Dervla Quintal}, who represents the crews for the Maritime and Harbour Workers' Union, {q1:said} {c1:Saltfleet wanted to cut crews from four to three on boats that push 80,000-tonne tankers through a channel the width of a football pitch}.

{s2:Saltfleet} {q2:said} {c2:three-person crews were standard at most ports in the region and the change had been cleared by the harbour master}. Managing director {s3:Gareth Odunsi} {q3:said} {c3:the union was holding tankers hostage}. {s9:He} {q9:conceded} {c9:the company "could have explained the change better."}

"{c5:Three people on a tug is fine until someone slips on a wet deck at 3 a.m. Then it's two, and one of them is steering,}" {q5:said} {s5:Alun Carbery}, a skipper with 22 years at the port.

"{c11:Saltfleet's boats are ten years old and the channel hasn't got any wider,}" {s11:Carbery} {q11:added}.

{s4:Harbour master Solveig Trask} {q4:said} {c4:no ship would berth without tug assistance and there was no immediate danger to the vessels at anchor}.

{s6:Grisby Fuel Terminal} {q6:said} {c6:filling stations across the north of the state could run short within a week if the tankers stayed offshore}. {s7:Quintal} {q7:said} {c7:if fuel ran short, the phone number for Saltfleet's chairman is in the book}.

{s8:Haldor Ekwueme}, a shipping economist, {q8:said} {c8:smaller crews were "common and mostly uneventful," though Grisby's narrow channel was "a fair argument for an exception."}

{s10:A spokesman for Governor Odalys Brenneman} {q10:urged} both sides {c10:to accept mediation}. {x1:{xs1:The Tarrow Shippers' Council} {xq1:condemned} the strike}.

{n:Saltfleet operates all six tugs at the port.} {n:The last strike at Grisby, in 2016, lasted two days.}''',
attr={
1: ("indirect", "Dervla Quintal", "f explains the crews' case | a says the company cuts crews on risky boats | a says the channel needs four"),
2: ("indirect", "Saltfleet Towage", "a says the change is standard and cleared | f defends its plan | f three-person crews are standard", {"cases": "C6"}),
3: ("indirect", "Gareth Odunsi", "a calls the strike hostage-taking | n | n"),
9: ("mixed", "Gareth Odunsi", "n | a concedes poor explanation | n", {"cases": "B13"}),
5: ("direct", "Alun Carbery", "f backs the crews | n | a says three people leave no margin"),
11: ("direct", "Alun Carbery", "f backs the crews' case | a says the company's boats are old | a says the channel still needs four"),
4: ("indirect", "Solveig Trask", "n neutral safety update | n | n"),
6: ("indirect", "Grisby Fuel Terminal", "a warns of shortages from the strike | n | n", {"cases": "C6"}),
7: ("indirect", "Dervla Quintal", "f deflects blame from the strike | a puts blame on the company chairman | n"),
8: ("mixed", "Haldor Ekwueme", "n | n | n hedges: usually fine, channel an exception"),
10: ("indirect", None, "n urges mediation without a side | n | n", {"affiliation": "office of Governor Odalys Brenneman"}),
},
acts={1: ("Tarrow Shippers' Council", "a condemns the strike | n | n")},
))

ARTICLES.append(dict(
id="c5-39", domain="technology / social media age checks",
targets=[("face-scan age checks", ["age checks", "face-scan", "face-scanning"]),
         ("Veriface", []),
         ("face scans can reliably tell a child's age", ["reliably"])],
text='''Face-scan age checks wrongly blocked one adult in twelve, state trial finds

{by:By Saoirse Pellow, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {c1:Face-scanning software tested to enforce New Tarrow's under-16 social media law wrongly judged about one adult in twelve to be under age}, {q1:according to} {s1:a report published on Monday by the Office of Digital Services}.

{s2:The report} {q2:found} {c2:the software was most accurate for men between 25 and 40 and least accurate for women over 60 and people with darker skin}.

{s3:Veriface}, the Lakemont company that supplied the software, {q3:said} {c3:the trial used an older model and its current version cuts the error rate in half}. Chief executive {s8:Tarquin Oyelade} {q8:said} {c8:no system "will ever be perfect at guessing age, including the bouncer at your local bar."}

"{c7:It told me I was fifteen. I'm sixty-three. I suppose I should be flattered,}" {q7:said} {s7:Philomena Grattan}, a retired librarian in Pellingford who took part.

{s4:Assemblyman Hollister Nkemelu}, who wrote the age law, {q4:said} {c4:the results showed a tool that needs work, not a law that needs repeal}, and {q5:noted} {c5:users wrongly blocked could verify with an ID instead}.

{s6:Ondine Farquharson} of the Tarrow Digital Rights Project {q6:said} {c6:the fallback meant "the people the machine fails are the ones asked to hand over a passport."}

{s9:Rafe Idowu}, who studies public sector technology, {q9:said} {c9:an error rate of 8 percent would be unacceptable for a bank and is unacceptable here}. "{c11:The question isn't whether it can spot a toddler. It's whether it can tell fifteen from sixteen, and it can't,}" {s11:he} {q11:said}.

{s10:Carys Mbatha}, a parent who campaigned for the law, {q10:said} {c10:she would take a few annoyed adults over one more fourteen-year-old on that app}.

{x1:{xs1:Loopsy}, which is suing to block the law, {xq1:seized on} the findings}.

{n:The trial involved about 11,000 volunteers.} {n:Platforms must have age checks in place by July.}''',
attr={
1: ("indirect", "Office of Digital Services", "a reports frequent wrong blocks | a its software misjudged adults | a one adult in twelve misjudged", {"cases": "B16 C6"}),
2: ("indirect", "Office of Digital Services", "a finds uneven accuracy | a software fails some groups | a least accurate for older women and darker skin", {"cases": "B16 C6"}),
3: ("indirect", "Veriface", "f says the newer model is better | f defends its product | f says errors are halved", {"cases": "C6"}),
8: ("mixed", "Tarquin Oyelade", "f compares the checks to a bouncer | f defends the product's limits | n concedes imperfection while defending it"),
7: ("direct", "Philomena Grattan", "a sarcasm about being judged fifteen | a the software misjudged her | a it misread her age badly"),
4: ("indirect", "Hollister Nkemelu", "f says the tool needs work, not repeal | n | a concedes the tool needs work"),
5: ("indirect", "Hollister Nkemelu", "f points to a fallback for errors | n | n"),
6: ("mixed", "Ondine Farquharson", "a says failures fall on the misjudged | n | a the machine fails people"),
9: ("indirect", "Rafe Idowu", "a calls the error rate unacceptable | a faults the product's accuracy | a 8 percent errors unacceptable"),
11: ("direct", "Rafe Idowu", "a says the checks fail where it matters | a says the product cannot do the job | a cannot tell fifteen from sixteen"),
10: ("indirect", "Carys Mbatha", "f accepts errors to protect children | n | n"),
},
acts={1: ("Loopsy", "a uses findings against the checks | n | a presses the errors")},
))
