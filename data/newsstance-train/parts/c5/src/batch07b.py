# c5 batch 7 (cont.): drivers' bargaining law, workplace monitoring bill
ARTICLES = []

ARTICLES.append(dict(
id="c5-40", domain="labour / gig drivers bargaining law",
targets=[("bargaining law for app drivers", ["bargaining", "the law"]),
         ("Zipwell", []),
         ("app drivers are independent contractors", ["independent contractors", "contractor"]),
         ("United App Drivers", [])],
text='''App drivers win right to bargain under new state law

{by:By Ferelith Cade, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Governor Odalys Brenneman on Monday signed a law allowing ride-hail and delivery drivers to form a union and bargain collectively with the apps, even though they remain classified as independent contractors.}

{s1:Brenneman} {q1:said} {c1:drivers had been "told they were their own bosses by companies that set every price they charge."} "{c11:This law doesn't settle whether they're employees. It settles whether they're heard,}" {s11:she} {q11:said}.

"{c2:For the first time, when Zipwell changes the pay, it has to change it across a table from us,}" {q2:said} {s2:Bashir Qualtrough} of United App Drivers. {s8:He} {q8:said} {c8:being called a contractor "doesn't mean much when the app decides where you go, what you earn and whether you work tomorrow."}

{s3:Zipwell} {q3:said} {c3:the law creates a union for people who chose this work precisely because it has no boss}. Spokeswoman {s4:Calla Mirren} {q4:said} {c4:most drivers worked fewer than ten hours a week and never asked anyone to negotiate for them}. {s10:She} {q10:accused} {c10:the drivers' group of "speaking for drivers who have never heard of it."}

"{c5:I drive Tuesdays and Saturdays around my studies. I don't want dues, I want the app to keep working,}" {q5:said} {s5:Yusra Pembleton}, a student in Lakemont.

{s6:Petronella Gaunt}, who teaches employment law, {q6:said} {c6:the law dodges the employee question rather than answering it, which could invite court challenges}.

{s7:The Lakemont Technology Council} {q7:warned} {c7:companies might "think twice" before launching new apps in the state}.

{s9:Labour Secretary Caspian Wolde} {q9:said} {c9:the first bargaining units could be certified by the autumn}.

{x1:{xs1:The Tarrow Council of Unions} {xq1:celebrated} the signing}.

{n:About 31,000 people drive for apps in the state.} {n:The law takes effect on January 1.}''',
attr={
1: ("mixed", "Odalys Brenneman", "f says drivers need a voice | a says the companies set every price | a mocks the own-boss label | n"),
11: ("direct", "Odalys Brenneman", "f says the law gives drivers a voice | n | n leaves the status question open | n"),
2: ("direct", "Bashir Qualtrough", "f welcomes bargaining | a says Zipwell changed pay unilaterally | n | n"),
8: ("mixed", "Bashir Qualtrough", "f says the label hides control | a says the app controls drivers | a says the label means little | n"),
3: ("indirect", "Zipwell", "a calls it a union for the boss-free | n | f says drivers chose boss-free work | n", {"cases": "C6"}),
4: ("indirect", "Calla Mirren", "a says drivers never asked for it | f defends the company's view of drivers | f most drive part-time by choice | a implies the group is unwanted"),
10: ("mixed", "Calla Mirren", "a dismisses the drivers' group behind the law | n | n | a says the group is unknown to drivers", {"cases": "B13"}),
5: ("direct", "Yusra Pembleton", "a does not want dues | n | f values flexible part-time work | n"),
6: ("indirect", "Petronella Gaunt", "a says it dodges the key question | n | n | n"),
7: ("mixed", "Lakemont Technology Council", "a warns of deterred investment | n | n | n", {"cases": "C6"}),
9: ("indirect", "Caspian Wolde", "n procedural timetable | n | n | n"),
},
acts={1: ("Tarrow Council of Unions", "f celebrates the signing | n | n | n")},
))

ARTICLES.append(dict(
id="c5-41", domain="technology / workplace monitoring privacy",
targets=[("workplace monitoring bill", ["the bill"]),
         ("Dunmarsh Logistics", ["Dunmarsh"]),
         ("productivity tracking harms workers", ["tracking"])],
text='''Warehouse staff describe being timed to the second as senators weigh limits

{by:By Wilmer Stroud, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:A Senate committee on Wednesday heard testimony on a bill that would bar employers from disciplining workers for "{ns:idle time}" logged by software and require them to tell staff exactly what they track.}

"{c1:The scanner beeps if I stop for ninety seconds. I have learned to go to the toilet at a run,}" {q1:said} {s1:Gwendolen Achary}, a picker at Dunmarsh Logistics' warehouse in Westbury.

{s2:Dunmarsh Logistics} {q2:said} in written testimony {c2:its systems measured the flow of work, not the worth of a worker, and nobody had been dismissed for idle time alone}.

{s3:Senator Imelda Ruthven}, the sponsor, {q3:said} {c3:employers had turned "every minute a person breathes into a data point they can be fired over."}

{s4:A study by the Lakemont Institute for Work} {q4:found} {c4:injury rates at warehouses with strict pace targets were about 40 percent higher than at those without}. {s5:Rutger Albrecht} of the Employers' Federation of New Tarrow {q5:said} {c5:the study measured busy warehouses and found that busy warehouses are busy}. "{c6:Nobody is against a toilet break. We are against a law that bans counting,}" {s6:he} {q6:said}.

{s7:Dunmarsh operations director Tamar Haverford} {q7:acknowledged} {c7:some managers had used the numbers "in ways we would not defend."}

"{c8:Honestly, the numbers help me. I know where I stand, and I beat my target most days,}" {q8:said} {s8:Kwesi Lindfield}, who works at the same site.

{s9:Selvi Arunachalam} of the Tarrow Digital Rights Project {q9:said} {c9:the bill would be the first in the state to treat workers' movements as personal data}.

{s10:Senator Emrys Todhunter} {q10:asked} {c10:whether anyone had actually been fired over the data}. {s11:Achary} {q11:said} {c11:two colleagues had been let go in March for low rate, which is the same thing}.

{x1:{xs1:The Tarrow Council of Unions} {xq1:backed} the bill}.

{n:The committee is expected to vote next month.}''',
attr={
1: ("direct", "Gwendolen Achary", "f her experience supports limits | a describes the company's beeping scanners | f says tracking makes her run to the toilet"),
2: ("indirect", "Dunmarsh Logistics", "a says no one is fired for idle time | f defends its systems | a says it measures work, not worth", {"cases": "C6"}),
3: ("mixed", "Imelda Ruthven", "f sponsor argues for limits | n | f says every breath becomes a firing risk"),
4: ("indirect", "Lakemont Institute for Work", "f evidence of injury from pace targets | n | f injuries higher with strict targets", {"cases": "B16 C6"}),
5: ("indirect", "Rutger Albrecht", "a dismisses evidence for the bill | n | a mocks the injury study"),
6: ("direct", "Rutger Albrecht", "a opposes a ban on counting | n | a defends measuring work"),
7: ("mixed", "Tamar Haverford", "n | a concedes managers misused data | f concedes the numbers were misused", {"cases": "B13"}),
8: ("direct", "Kwesi Lindfield", "a likes the numbers | n | a says tracking helps him"),
9: ("indirect", "Selvi Arunachalam", "f calls the bill a first for worker data | n | n"),
10: ("indirect", "Emrys Todhunter", "n presses without taking a side | n | n", {"cases": "D8"}),
11: ("indirect", "Gwendolen Achary", "f answers that firings happened | a says the company fired colleagues over rates | f says low-rate firing is tracking firing"),
},
acts={1: ("Tarrow Council of Unions", "f backs the bill | n | n")},
))
