# c1 batch 6: c1-31 .. c1-36 (Vandria)
ARTICLES = []

ARTICLES.append(dict(
id="c1-31", domain="party leadership contest / interview",
targets=[("Osvald Krantz", ["Krantz", "defence minister"]),
         ("Kaisa Rentoul", ["Rentoul", "former prime minister"]),
         ("Concord was beaten because it moved to the centre", ["centre", "middle"])],
text="""
'⟦c0|We lost because we forgot who we are⟧': Krantz on his second run for Concord leader

⟦b|By Jorunn Eide⟧

⟦d|SELMONT, Vandria —⟧ ⟦n1|Osvald Krantz, the former defence minister, lost the National Concord leadership to Kaisa Rentoul two years ago⟧. ⟦n2|After Concord's defeat in September, he is running again⟧. He spoke to the Selmont Gazette in his constituency office in Harnesk. The interview has been edited for length.

Q: ⟦c1|Why should members trust you now, when they chose Rentoul last time?⟧

A: ⟦c2|Because last time they chose the candidate the country liked, and the country then voted for someone else. We tried the middle of the road. We were run over on it.⟧

Q: ⟦c3|Rentoul's allies say you would lose Selmont for a generation.⟧

A: ⟦c4|We have already lost Selmont. Kaisa lost it, with the best of intentions and the worst of results. I am not blaming her personally. She is a fine finance minister. She was never a campaigner.⟧

Q: ⟦c5|The Gazette raid happened on your watch. Do you regret it?⟧

A: ⟦c6|I regret that it looked the way it looked. I did not order it, and I would not order it today.⟧

Q: ⟦c7|What would you do differently on housing?⟧

A: ⟦c8|Build. Not freeze, not subsidise, build. Forward's rent freeze is the most popular bad idea in Europe, and we let them own the subject.⟧

⟦n3|Rentoul, who resigned as leader after the election, has not endorsed a successor⟧. ⟦s9|Her spokesman, Bjarne Sollie⟧, ⟦k9|said⟧ ⟦c9|she would "not be drawn into commenting on colleagues' interviews."⟧

⟦s10|Krantz's rival, Concord's deputy leader Ulrikke Wold⟧, ⟦k10|said⟧ in a statement ⟦c10|the party had lost "because people did not believe we would fix housing, not because we were too moderate."⟧
""",
spec="""
c0 Osvald Krantz | n no self-assessment | n Rentoul not named | f lost by forgetting its identity
n1 | author states the past result neutrally
n2 | background fact
c1 Jorunn Eide !direct | n question without position | n question | n question without position
c2 Osvald Krantz !direct | f argues for himself | a her appeal failed at the polls | f run over in the middle of the road
c3 Jorunn Eide !direct | n presses him without taking a side | n question, not her view | n no centre point
c4 Osvald Krantz !direct | n defends his chances only by contrast | a she lost Selmont, never a campaigner | n no centre argument here
c5 Jorunn Eide !direct | n presses him, no position of her own | n question | n question
c6 Osvald Krantz !direct | a concedes it looked bad | n Rentoul not addressed | n no centre point
c7 Jorunn Eide !direct | n question without position | n question | n question
c8 Osvald Krantz !direct | f his housing plan | n Rentoul not named | n housing plan, not the centre argument
n3 | background fact
c9 Bjarne Sollie | n declines to engage | n no position | n no position
c10 Ulrikke Wold | n Krantz not named | n Rentoul not judged | a not because we were too moderate
"""))

ARTICLES.append(dict(
id="c1-32", domain="corruption trial / party treasurer",
targets=[("Hilmar Vestby", ["Vestby", "treasurer", "former treasurer"]),
         ("Concord's leadership was aware of the donations", ["aware", "knew"]),
         ("National Concord", ["Concord", "the party"])],
text="""
⟦n0|Concord's former treasurer on trial over hidden donations⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|The former treasurer of National Concord, Hilmar Vestby, went on trial on Tuesday⟧ ⟦k0|accused⟧ ⟦c0|of hiding 1.3 million crowns in donations from property developers by splitting them into hundreds of small gifts below the reporting threshold⟧.

⟦s1|Prosecutor Helge Sunde⟧ ⟦k1|told⟧ the court ⟦c1|Vestby had recruited party staff, their relatives and in one case a dog-walking business to pass the money on⟧. "⟦c2|Four hundred and twelve donors, and not one of them knew they had donated,⟧" ⟦s2|Sunde⟧ ⟦k2|said⟧.

⟦s3|Vestby⟧ ⟦k3|admits⟧ ⟦c3|breaking the donation rules⟧ but ⟦o1|⟦ko1|denies⟧ fraud⟧. ⟦s5|His lawyer, Mette Aamodt⟧, ⟦k5|said⟧ ⟦c5|he had acted "out of loyalty, not greed" and had not kept a single crown⟧.

⟦n2|The central question for many in Selmont is not Vestby but who above him knew⟧. ⟦s6|Aamodt⟧ ⟦k6|said⟧ ⟦c6|her client had "never taken a decision of that size alone in eleven years at the party,"⟧ but ⟦o2|⟦ko2|declined to say⟧ who else had been involved⟧.

⟦s8|Concord⟧ ⟦k8|said⟧ in a statement ⟦c8|no current or former leader had known of the scheme⟧ and ⟦k9|described⟧ ⟦c9|Vestby as "a man who betrayed the trust of a party that trusted him completely."⟧

⟦s10|Former prime minister Aurel Vantine⟧, who led the party when the donations were made, ⟦k10|told⟧ reporters last month ⟦c10|he had learned of them "from the newspapers, like everybody else."⟧

⟦s11|Forward lawmaker Oskari Viljo⟧ ⟦k11|said⟧ ⟦c11|he found that "about as believable as a dog-walker giving 3,000 crowns to a political party."⟧

⟦s12|Torunn Stavik⟧, who teaches political finance at the University of Harnesk, ⟦k12|said⟧ ⟦c12|treasurers in schemes of this kind rarely acted alone⟧, "⟦c13|but rarely is not never, and a court needs more than a pattern.⟧"

The trial is expected to last three weeks. ⟦n3|Vestby faces up to six years in prison⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the trial opening neutrally
c0 - | a accused of hiding donations | n no claim about the leaders | n the scheme, not the party's conduct
c1 Helge Sunde | a accuses him of a laundering scheme | n no claim about the leaders | a staff used as fake donors
c2 Helge Sunde | a sarcasm about unwitting donors | n no claim about the leaders | n scheme, not the party's knowledge
c3 Hilmar Vestby | a admits breaking the rules | n no claim about the leaders | a admits a party rule breach
o1 speech_no_content Hilmar Vestby | f denies fraud | n no claim about the leaders | n no party point
c5 Mette Aamodt | f loyalty, not greed | f implies he acted for the party | n no judgment of the party
n2 | author frames the question neutrally
c6 Mette Aamodt | f he did not act alone | f never decided alone | a implies the party's bosses were involved
o2 declined Mette Aamodt
c8 National Concord | n no judgment of him here | a no leader knew | f speaker is the party defending itself
c9 National Concord | a calls him a traitor | a he betrayed a trusting party | f casts the party as a victim
c10 Aurel Vantine | n Vestby not judged | a learned from the newspapers | f denies the party's leader knew
c11 Oskari Viljo | n Vestby not judged | f mocks Vantine's denial | a sarcasm about the party's story
c12 Torunn Stavik | n no view on Vestby | f treasurers rarely act alone | n no judgment of the party
c13 Torunn Stavik | n no view on Vestby | a rarely is not never, proof needed | n no judgment of the party
n3 | sentencing fact
"""))

ARTICLES.append(dict(
id="c1-33", domain="courts and judicial appointments / new government's nominee",
targets=[("Liv Rye", ["Rye", "the nominee", "nominee"]),
         ("the nomination is political payback", ["payback", "political reward", "reward"]),
         ("Ilka Sorvane", ["Sorvane", "prime minister"])],
text="""
⟦n0|Sorvane's Supreme Court pick faces the charge she once made herself⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Prime Minister Ilka Sorvane on Wednesday nominated Liv Rye, a labour lawyer who represented the Teachers' Federation for a decade, to fill a vacancy on Vandria's Supreme Court⟧.

⟦n2|Rye, 51, has never served as a judge⟧. ⟦s1|Sorvane⟧ ⟦k1|said⟧ ⟦c1|she had argued more cases before the Supreme Court than any lawyer of her generation and had "won most of them against better-funded opponents."⟧

⟦s2|Concord's justice spokesman, Gisle Hjort⟧, ⟦k2|said⟧ ⟦c2|the nomination was "a thank-you note to the unions, written on the court's notepaper."⟧ ⟦s3|He⟧ ⟦k3|reminded⟧ reporters that ⟦c3|Sorvane had accused the previous government of "installing its own lawyer as referee" when it nominated Bertil Koivu⟧.

“⟦c4|I agree with every word she said then. I just wonder whether she does,⟧” ⟦s4|Hjort⟧ ⟦k4|said⟧.

⟦o3|⟦so3|Sorvane⟧ ⟦ko3|rejected⟧ the comparison⟧, ⟦k6|saying⟧ ⟦c6|Rye had never worked for a political party or a government⟧. “⟦c7|Representing teachers in court is not the same as drafting the prime minister's laws,⟧” ⟦s7|she⟧ ⟦k7|said⟧.

⟦s8|The Vandrian Bar Association⟧ ⟦k8|rated⟧ ⟦c8|Rye "well qualified,"⟧ its second-highest grade. ⟦s9|Its president, Oline Brekken⟧, ⟦k9|said⟧ ⟦c9|lack of judicial experience was "unusual but not disqualifying"⟧, noting that three of the court's founding judges had come straight from practice.

⟦s10|Judge Ingvar Roos⟧ of the Vandrian Judges' Association ⟦k10|said⟧ ⟦c10|his members would prefer candidates from the bench⟧ but ⟦k11|added⟧: “⟦c11|I said the last appointment deserved scrutiny, and so does this one. That is consistency, not hostility.⟧”

⟦o1|⟦so1|The Teachers' Federation⟧ ⟦ko1|praised⟧ the choice⟧. ⟦o2|⟦so2|Rye⟧ ⟦ko2|did not respond⟧ to a request for comment⟧.

⟦n3|Parliament's justice committee will question her on May 6⟧. ⟦s12|Hjort⟧ ⟦k12|said⟧ ⟦c12|Concord would not try to block the nomination but would "ask her every question Ilka Sorvane asked two years ago, word for word."⟧
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the nomination neutrally
n2 | fact about her record
c1 Ilka Sorvane | f praises her courtroom record | a merit, not a reward | n speaker is Sorvane
c2 Gisle Hjort | a calls her a thank-you note | f thank-you note to the unions | a attacks Sorvane's choice
c3 Gisle Hjort | n Rye not judged | f implies hypocrisy over partisan picks | a accuses Sorvane of double standards
c4 Gisle Hjort | n Rye not judged | f sarcasm implies the same partisanship | a doubts she believes her own words
o3 speech_no_content Ilka Sorvane | f rejects the comparison | a rejects the payback charge | n speaker is Sorvane
c6 Ilka Sorvane | f she never worked for a party | a not a political appointee | n speaker is Sorvane
c7 Ilka Sorvane | f teachers' lawyer is not a party lawyer | a unlike drafting a PM's laws | n speaker is Sorvane
c8 Vandrian Bar Association | f rates her well qualified | n rating, not a motive claim | n Sorvane not addressed
c9 Oline Brekken | f inexperience not disqualifying | n no motive claim | n Sorvane not addressed
c10 Ingvar Roos | a prefers judges from the bench | n no motive claim | n Sorvane not named
c11 Ingvar Roos | n scrutiny, not hostility | n no motive claim | n no view on Sorvane
o1 speech_no_content Teachers' Federation | f praised the choice | n no motive claim | n Sorvane not addressed
o2 declined Liv Rye
n3 | scheduling fact
c12 Gisle Hjort | n will not block her | n no motive claim | a will turn her own questions on her
"""))

ARTICLES.append(dict(
id="c1-34", domain="press freedom / public broadcaster leadership",
targets=[("dismissal of VBC director-general Kjell Berget", ["Berget", "dismissal", "director-general"]),
         ("the public broadcaster is biased", ["biased", "bias"]),
         ("Sorvane government", ["the government", "Sorvane", "ministers"])],
text="""
⟦n0|New VBC board removes director-general, reviving broadcaster row⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|The board of the Vandrian Broadcasting Corporation voted 4 to 3 on Friday to dismiss its director-general, Kjell Berget, three months after the new government replaced four of its seven members⟧.

⟦s1|Board chair Ragna Tollefsen⟧, appointed in March by Culture Minister Asle Grue, ⟦k1|said⟧ ⟦c1|Berget had lost the confidence of staff and had overseen "two years of coverage that treated one side of every argument as the weather and the other as a scandal."⟧

⟦s2|Berget⟧ ⟦k2|called⟧ ⟦c2|his dismissal "exactly what the people now in power warned would happen when the other side had the keys."⟧ “⟦c3|They were right. They just did not mention it would be them,⟧” ⟦s3|he⟧ ⟦k3|said⟧.

⟦s4|Grue⟧ ⟦k4|said⟧ ⟦c4|the decision was the board's alone⟧ and ⟦k5|noted⟧ that ⟦c5|the previous government's broadcasting law, which let ministers appoint the board, was still in force⟧. “⟦c6|We have promised to repeal it, and we will. Until then we play by the rules we inherited,⟧” ⟦s6|he⟧ ⟦k6|said⟧.

⟦s7|Concord's culture spokeswoman, Sigrid Ekvall⟧, who wrote that law as minister, ⟦k7|said⟧ ⟦c7|the dismissal was "a purge."⟧ ⟦n2|Ekvall's law was fiercely opposed by Sorvane's party when it passed⟧.

⟦s8|A content analysis by the Media Freedom Council⟧ ⟦k8|found⟧ ⟦c8|the VBC's election coverage had given the two main parties almost identical airtime⟧, though ⟦s9|the council⟧ ⟦k9|said⟧ ⟦c9|its tone toward the then-government had been "somewhat more favourable."⟧

⟦s10|Brita Solander⟧, who presents the evening news, ⟦k10|said⟧ ⟦c10|staff had "no great love" for Berget⟧. “⟦c11|But I walked out once for this building. I did not expect to need to do it twice,⟧” ⟦s11|she⟧ ⟦k11|said⟧.

⟦o1|⟦so1|The Vandrian Union of Journalists⟧ ⟦ko1|condemned⟧ the dismissal⟧. ⟦o2|⟦so2|Prime Minister Ilka Sorvane's office⟧ ⟦ko2|declined to comment⟧⟧.

⟦n3|The board will appoint an acting director-general next week⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the vote neutrally
c1 Ragna Tollefsen | f justifies removing him | f coverage was one-sided | n board chair, not the government
c2 Kjell Berget | a dismissal is political | n no bias point | a those in power did what they warned of
c3 Kjell Berget | a sarcasm about the dismissal | n no bias point | a they are now the culprits
c4 Asle Grue | n board's decision, no view | n no bias point | f distances the government from it
c5 Asle Grue | n law in force, no view on dismissal | n no bias point | f blames the previous government's law
c6 Asle Grue | n no view on the dismissal | n no bias point | f promises repeal
c7 Sigrid Ekvall | a calls it a purge | n no bias point | a accuses the new government of a purge
n2 | author recalls the earlier row neutrally
c8 Media Freedom Council | n no view on the dismissal | a almost identical airtime | n government not addressed
c9 Media Freedom Council | n no view on the dismissal | f tone somewhat more favourable | n government not addressed
c10 Brita Solander | n staff disliked him, no verdict yet | n no bias point | n government not named
c11 Brita Solander | a alarmed, would walk out again | n no bias point | a implies repeat political interference
o1 speech_no_content Vandrian Union of Journalists | a condemned the dismissal | n no bias point | n government not named
o2 declined -
n3 | procedural fact
"""))

ARTICLES.append(dict(
id="c1-35", domain="voting rights / prisoners",
targets=[("votes for prisoners", ["prisoners' votes", "prisoner voting", "vote from prison"]),
         ("prisoners should lose the right to vote", ["lose the vote", "lose the right"]),
         ("Justice Minister Eskild Mo", ["Mo", "justice minister"])],
text="""
⟦n0|Vandria to restore vote to most prisoners after court ruling⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|About 3,800 Vandrian prisoners serving sentences of under four years will be allowed to vote in national elections from next year, under a bill the government published on Monday in response to a Supreme Court ruling⟧.

⟦s1|The court⟧ ⟦k1|ruled⟧ in November that ⟦c1|a blanket ban on voting by all prisoners, in place since 1952, was "a punishment that the sentencing judge never imposed."⟧

⟦s2|Justice Minister Eskild Mo⟧ ⟦k2|said⟧ ⟦c2|the bill went no further than the ruling required⟧. “⟦c3|Prisoners lose their liberty. The court has told us that does not mean they stop being citizens,⟧” ⟦s3|he⟧ ⟦k3|said⟧.

⟦s4|Concord's justice spokesman, Gisle Hjort⟧, ⟦k4|said⟧ ⟦c4|his party would vote against the bill⟧. “⟦c5|A man who breaks the social contract should not help write the next one,⟧” ⟦s5|he⟧ ⟦k5|said⟧.

⟦s6|Synne Lyng⟧, whose daughter was killed by a drunk driver in 2022, ⟦k6|said⟧ ⟦c6|she found it "hard to explain to my grandson why the man who did it gets a say in who runs the country."⟧

⟦s7|Audun Vik⟧, a prison chaplain at Ostby, ⟦k7|said⟧ ⟦c7|inmates who felt "part of something outside" were less likely to reoffend⟧. ⟦s8|A 2019 study by the Vandrian Prison Service⟧ ⟦k8|found⟧ ⟦c8|no link between voting rights and reoffending either way⟧.

⟦s9|Randi Holte⟧, a former inmate who now runs a charity for prisoners' families, ⟦k9|called⟧ ⟦c9|the four-year limit "arbitrary"⟧ and ⟦k10|asked⟧ ⟦c10|why someone serving four years and a day should be treated differently from someone serving four years⟧.

⟦s11|Mo⟧ ⟦k11|said⟧ ⟦c11|the line had to be drawn somewhere and that most European countries drew it in a similar place⟧.

⟦o1|⟦so1|The Electoral Oversight Board⟧ ⟦ko1|welcomed⟧ the clarity of the bill⟧. ⟦n2|The bill needs a simple majority, which the governing coalition holds⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the bill neutrally
c1 Supreme Court | f ban is an unimposed punishment | a blanket ban struck down | n minister not addressed
c2 Eskild Mo | f bill is the minimum required | n no argument about the principle | n speaker is Mo
c3 Eskild Mo | f prisoners remain citizens | a they do not stop being citizens | n speaker is Mo
c4 Gisle Hjort | a will vote against the bill | f opposes restoring votes | n Mo not named
c5 Gisle Hjort | a breakers of the contract should not vote | f should not help write the next one | n Mo not named
c6 Synne Lyng | a the killer should not get a say | f objects to offenders voting | n Mo not named
c7 Audun Vik | f belonging cuts reoffending | a voting helps rehabilitation | n Mo not named
c8 Vandrian Prison Service | n no link found | n no link found | n Mo not named
c9 Randi Holte | f wants a wider right, line is arbitrary | a limit arbitrary, wants more voting | n Mo not named
c10 Randi Holte | f question argues for extension | a question presses for no cut-off | n Mo not named
c11 Eskild Mo | f defends the bill's line | n defends the cut-off only | n speaker is Mo
o1 speech_no_content Electoral Oversight Board | n welcomed clarity, not the policy | n no view on the principle | n Mo not addressed
n2 | procedural fact
"""))

ARTICLES.append(dict(
id="c1-36", domain="ombudsman report / border detention",
targets=[("Vandrian Border Guard", ["Border Guard", "border guards", "guards"]),
         ("detaining children is necessary", ["detaining children", "detention of children", "necessary"]),
         ("Ombudsman Marit Hesby", ["Hesby", "ombudsman"])],
text="""
⟦c0|Children held for weeks at border centre⟧, ⟦s0|ombudsman⟧ ⟦k0|says⟧

⟦d|KESTRUP, Vandria (Arlen Wire) —⟧ ⟦c13|Vandria's border guard detained 212 children, some as young as two, at a reception centre near the Orsk frontier last year, for an average of 23 days⟧, ⟦k13|according to⟧ ⟦s13|a report by the national ombudsman⟧ released on Thursday. ⟦n9|The Kestrup centre opened in 2019 and has 180 beds⟧.

⟦s1|Ombudsman Marit Hesby⟧, who took office in January, ⟦k1|said⟧ ⟦c1|the centre at Kestrup had no school, no outdoor play area and a single paediatric nurse who visited twice a week⟧. “⟦c2|We would close a kindergarten in these conditions within the hour,⟧” ⟦s2|she⟧ ⟦k2|said⟧.

⟦s3|Her report⟧ ⟦k3|calls for⟧ ⟦c3|an end to the detention of families with children except "for hours, not weeks," and for independent age assessments⟧.

⟦s4|The border guard's commander, General Dagfinn Yttre⟧, ⟦k4|said⟧ ⟦c4|families were held only while identities were checked, and that in several cases adults travelling with children had turned out not to be their parents⟧. “⟦c5|Releasing a child into the care of a trafficker is not compassion,⟧” ⟦s5|he⟧ ⟦k5|said⟧.

⟦s6|Yttre⟧ ⟦k6|accepted⟧ ⟦c6|the centre's facilities were "not what any of us would want for our own children"⟧ and ⟦k7|said⟧ ⟦c7|a family unit with a school room would open in the autumn⟧.

⟦s8|Ebbe Krog⟧ of the refugee charity Open Harbour ⟦k8|said⟧ ⟦c8|the trafficking argument was "used to justify holding two hundred children to catch a handful of criminals."⟧

⟦s9|Interior Minister Brynjar Lunde⟧ ⟦k9|said⟧ ⟦c9|he would consider the recommendations "carefully and quickly"⟧ but ⟦k10|warned⟧ that ⟦c10|border crossings from Orsk had tripled in two years⟧.

⟦s11|Concord lawmaker Jakob Ferro⟧ ⟦k11|accused⟧ ⟦c11|the ombudsman of "writing for the headlines rather than for the border."⟧ ⟦o1|⟦so1|Forward's youth wing⟧ ⟦ko1|praised⟧ the report⟧.

⟦n2|Detention of children is lawful in Vandria for up to 60 days⟧.
""",
spec="""
n9 | background fact
c0 Marit Hesby | a children held for weeks | a weeks-long detention of children | n speaker is Hesby
c13 Marit Hesby | a detention figures indict the guard | n figures, no necessity argument | n speaker is Hesby
c1 Marit Hesby | a conditions at the guard's centre | a no school, no play area | n speaker is Hesby
c2 Marit Hesby | a a kindergarten would be closed | a conditions unacceptable for children | n speaker is Hesby
c3 Marit Hesby | n recommendation, no verdict on the guard | a end detention except for hours | n not self-assessment
c4 Dagfinn Yttre | f defends the guard's checks | f adults not always parents | n ombudsman not addressed
c5 Dagfinn Yttre | f defends the guard | f release could help traffickers | n ombudsman not named
c6 Dagfinn Yttre | a concedes poor facilities | n facilities, not necessity | f accepts her criticism
c7 Dagfinn Yttre | f guard is improving things | n no view on necessity | n ombudsman not addressed
c8 Ebbe Krog | a guard overreaches | a trafficking excuse overused | n ombudsman not named
c9 Brynjar Lunde | n will consider, no position | n no position | f takes the recommendations seriously
c10 Brynjar Lunde | f rising crossings justify tough checks | f tripled crossings | n no view on the ombudsman
c11 Jakob Ferro | n guard not addressed | n no direct view on necessity | a accuses her of headline-writing
o1 speech_no_content - | n guard not named | a praised a report against detention | f praised her report
n2 | legal fact
"""))
