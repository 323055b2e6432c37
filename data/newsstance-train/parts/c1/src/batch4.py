# c1 batch 4: c1-19 .. c1-24 (Vandria)
ARTICLES = []

ARTICLES.append(dict(
id="c1-19", domain="protest policing / buffer zone",
targets=[("protest buffer zone", ["buffer zone", "exclusion zone", "zone"]),
         ("student protesters", ["students", "student protest", "protesters"]),
         ("the buffer zone is constitutional", ["constitutional", "unconstitutional"]),
         ("Selmont police", ["police", "officers"])],
text="""
⟦n0|Students defy new protest-free zone around parliament; 38 detained⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Police detained 38 people on Wednesday as about 2,000 students marched into a newly created protest-free zone around Vandria's parliament⟧, the first test of a rule that bans demonstrations within 300 metres of the building while it sits.

The zone was introduced by decree last week by ⟦s1|Interior Minister Oddvar Lenk⟧, who ⟦k1|said⟧ ⟦c1|lawmakers had been "jostled, spat at and followed to their cars" during a tuition-fee protest in January⟧. "⟦c2|You can shout at parliament from 301 metres. I am told it carries quite well,⟧" ⟦s2|he⟧ ⟦k2|said⟧ on Wednesday.

⟦s3|Student union president Astrid Nyqvist⟧, who was among those detained and later released, ⟦k3|said⟧ ⟦c3|the students had marched "peacefully, in daylight, with our names on our backs."⟧ "⟦c4|If protest is only allowed where nobody hears it, it is not protest. It is a hobby,⟧" ⟦s4|she⟧ ⟦k4|said⟧.

⟦s5|A police spokesman⟧ ⟦k5|said⟧ ⟦c5|officers had warned the crowd three times by loudspeaker before making arrests, and that no force beyond "escorting" had been used⟧. ⟦n2|Videos from the scene show officers carrying several students by their arms and legs to waiting vans⟧.

⟦s6|Elias Grell⟧, a former Constitutional Court judge, ⟦k6|said⟧ ⟦c6|a ban imposed by ministerial decree rather than by a law passed in parliament "will not survive its first day in court."⟧ ⟦s8|Hugo Sternberg⟧, a lawyer who advised the interior ministry, disagreed, ⟦k8|saying⟧ ⟦c8|the 1998 Public Order Act let ministers set "reasonable limits of time and place."⟧

⟦s9|Concord lawmaker Signe Rosk⟧ ⟦k9|said⟧ ⟦c9|she had been followed to a tram stop by protesters in January⟧ but ⟦k10|added⟧ ⟦c10|the zone was "a hammer for a problem that needed a fence."⟧

⟦o1|⟦so1|The Vandrian Bar Association⟧ ⟦ko1|criticised⟧ the decree⟧ on Thursday, and ⟦s11|the opposition⟧ ⟦k11|said⟧ ⟦c11|it would ask the Constitutional Court to suspend it⟧.

⟦s12|Nyqvist⟧ ⟦k12|said⟧ ⟦c12|the students would march again next Wednesday, "same time, same place, same names."⟧
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the detentions neutrally
c1 Oddvar Lenk | f harassment justifies the zone | a blames protesters for jostling lawmakers | n no legal argument | n police not addressed
c2 Oddvar Lenk | f sarcasm defends the limit | a mocks the protesters' complaint | n no legal argument | n police not addressed
c3 Astrid Nyqvist | a march was peaceful | f defends the marchers | n no legal argument | n police not criticised directly
c4 Astrid Nyqvist | a protest must be heard | f defends the right to be heard | n no legal argument | n police not addressed
c5 - @aff=Selmont_police | n enforcement, no view on the zone | a crowd was warned three times | n no legal argument | f police acted with restraint
n2 | author describes the footage neutrally
c6 Elias Grell | a decree will fall in court | n students not addressed | a says it will not survive court | n police not addressed
c8 Hugo Sternberg | f law allows the limits | n students not addressed | f says the Act permits it | n police not addressed
c9 Signe Rosk | n concession, point follows | a she was followed by protesters | n no legal argument | n police not addressed
c10 Signe Rosk | a zone is excessive | n students not judged here | n no legal argument | n police not addressed
o1 speech_no_content Vandrian Bar Association | a criticised the decree | n students not addressed | a lawyers criticise the decree | n police not addressed
c11 - | a seeks suspension of the zone | n students not addressed | a court challenge implies unconstitutionality | n police not addressed
c12 Astrid Nyqvist | a will defy the zone | f students will march again | n no legal argument | n police not addressed
"""))

ARTICLES.append(dict(
id="c1-20", domain="party leadership contest / governing party",
targets=[("Kaisa Rentoul", ["Rentoul", "finance minister"]),
         ("Osvald Krantz", ["Krantz", "defence minister"]),
         ("Concord must move to the centre", ["centre", "centrist", "middle ground"])],
text="""
⟦n0|Rentoul and Krantz square off to succeed Vantine as Concord leader⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Finance Minister Kaisa Rentoul and Defence Minister Osvald Krantz will compete to succeed Aurel Vantine as leader of National Concord⟧, after nominations closed on Monday with no other candidate reaching the threshold of 20 lawmakers' signatures.

⟦s0|Vantine⟧ ⟦k0|announced⟧ in October that ⟦c0|he would stand down after nine years⟧. ⟦s1|He⟧ ⟦k1|has said⟧ ⟦c1|he will not endorse either candidate⟧.

⟦s2|Rentoul⟧, 49, ⟦k2|told⟧ a rally in Brenstad ⟦c2|the party had lost young urban voters by "talking to them like a bank manager refusing a loan."⟧ ⟦s3|She⟧ ⟦k3|said⟧ ⟦c3|Concord should "win back the middle of the road, because that is where most Vandrians drive."⟧

⟦o1|⟦so1|Krantz⟧, 57, ⟦ko1|argued⟧ the opposite⟧. "⟦c5|Every time we drift toward the middle, we lose our own people and gain nobody else's,⟧" ⟦s5|he⟧ ⟦k5|said⟧ in Harnesk. ⟦s6|He⟧ ⟦k6|accused⟧ ⟦c6|Rentoul of running "a campaign designed by consultants for a country that exists only in focus groups."⟧

⟦s7|Rentoul's campaign⟧ ⟦k7|replied⟧ that ⟦c7|she had balanced three budgets "in the real country, with real money."⟧

⟦s8|Viggo Lamm⟧, a Concord lawmaker backing Krantz, ⟦k8|said⟧ ⟦c8|the defence minister was "the only one of the two who has ever won a tough seat."⟧ ⟦s9|Tuva Kolbe⟧, who chairs the party's women's council, ⟦k9|said⟧ ⟦c9|Krantz's record on the Gazette raid would "haunt us in every city."⟧

⟦s10|A survey of 1,200 party members by Demoskop Vandria⟧ ⟦k10|put⟧ ⟦c10|Krantz ahead by 51 percent to 42⟧. ⟦c11|Among all voters⟧, ⟦s11|the firm⟧ ⟦k11|said⟧, ⟦c11|Rentoul was preferred by almost two to one⟧.

⟦s12|Petter Eikeland⟧, a historian of the party, ⟦k12|said⟧ ⟦c12|Concord had chosen the more centrist candidate in four of its last five contests⟧. "⟦c13|Members vote with their hearts and then, eventually, with their heads,⟧" ⟦s13|he⟧ ⟦k13|said⟧.

⟦s14|The party⟧ ⟦k14|said⟧ ⟦c14|members would vote online between February 3 and February 17⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the contest neutrally
c0 Aurel Vantine | n no view on Rentoul | n no view on Krantz | n no view on the centre
c1 Aurel Vantine | n neutral | n neutral | n neutral
c2 Kaisa Rentoul | f her diagnosis of the party | n Krantz not named | f party alienated young urban voters
c3 Kaisa Rentoul | f her platform | n Krantz not named | f win back the middle
o1 speech_no_content Osvald Krantz | a argues the opposite of her | f states his position | a argues the opposite
c5 Osvald Krantz | n Rentoul not named here | f his own argument | a drifting to the middle loses voters
c6 Osvald Krantz | a accuses her of a consultant campaign | f attacks his rival | a mocks the focus-group country
c7 Kaisa Rentoul | f defends her record | a implies his world is unreal | n no centre argument
c8 Viggo Lamm | a she has never won a tough seat | f praises Krantz | n no centre argument
c9 Tuva Kolbe | n Rentoul not addressed | a raid record will haunt the party | n no centre argument
c10 Demoskop Vandria | n poll figure | n poll figure | n poll figure
c11 Demoskop Vandria | n poll figure | n poll figure | n poll figure
c12 Petter Eikeland | n historical pattern | n historical pattern | n historical pattern
c13 Petter Eikeland | n observation about members | n observation | n neither for nor against
c14 National Concord | n procedure | n procedure | n procedure
"""))

ARTICLES.append(dict(
id="c1-21", domain="voting rights / voting age",
targets=[("lowering the voting age to 16", ["voting age", "votes at 16", "vote at 16"]),
         ("16-year-olds are mature enough to vote", ["mature", "maturity"]),
         ("Green Hearth", ["Green Hearth", "Greens"])],
text="""
⟦n0|Bill to give 16-year-olds the vote divides coalition⟧

⟦b|By Karin Myhre⟧

⟦d|SELMONT, Vandria —⟧ ⟦n1|A bill to lower Vandria's voting age from 18 to 16 cleared parliament's constitutional committee on Thursday by a single vote⟧, setting up a difficult floor vote for the governing coalition, whose two parties are split on the idea.

⟦s1|Green Hearth, the junior coalition partner,⟧ ⟦k1|has made⟧ ⟦c1|votes at 16 a condition of its support for next year's budget⟧. "⟦c2|A 16-year-old can work, pay tax and join the army reserve. Explain to me why she cannot vote,⟧" ⟦s2|Green Hearth leader Rasmus Odell⟧ ⟦k2|said⟧.

⟦s3|Concord lawmaker Jens Ruud⟧ ⟦k3|said⟧ ⟦c3|he had "nothing against teenagers"⟧ but ⟦k4|did not believe⟧ ⟦c4|most 16-year-olds followed politics closely enough⟧. "⟦c5|My own son is 16. He is a wonderful boy. He thinks the Senate is a football club,⟧" ⟦s5|Ruud⟧ ⟦k5|said⟧.

⟦s6|Researchers at Selmont University⟧ ⟦k6|found⟧ in a study last year that ⟦c6|16- and 17-year-olds who voted in municipal pilot elections in three towns turned out at higher rates than voters aged 18 to 24⟧. ⟦s7|The study's lead author, Vera Holst⟧, ⟦k7|said⟧ "⟦c7|habit formed early tends to last.⟧"

⟦s8|Edith Brink⟧, who sat on a youth council in one of the pilot towns, ⟦k8|said⟧ ⟦c8|her classmates had argued about the town's bus routes for weeks before the vote⟧. "⟦c9|Nobody I know thought the Senate was a football club,⟧" ⟦s9|she⟧ ⟦k9|added⟧.

⟦s10|Concord's general secretary, Imre Sallo⟧, ⟦k10|said⟧ ⟦c10|the party would allow a free vote⟧. ⟦s11|Critics⟧ ⟦k11|note⟧ that ⟦c11|polls show younger voters favour Green Hearth and People's Forward over Concord⟧.

⟦o1|⟦so1|Opposition leader Ilka Sorvane⟧ ⟦ko1|endorsed⟧ the bill⟧, giving it a likely majority. ⟦s12|Anders Fromm⟧, a constitutional lawyer, ⟦k12|said⟧ ⟦c12|the change could be made by ordinary law because the constitution sets only a maximum voting age of 18⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the committee vote neutrally
c1 Green Hearth | f makes it a budget condition | n no maturity argument | n speaker is the party
c2 Rasmus Odell | f 16-year-olds carry adult duties | f rhetorical challenge: they can work and serve | n not about his party
c3 Jens Ruud | n hedge before his objection | n disclaimer only | n party not addressed
c4 Jens Ruud | a doubts teenagers follow politics | a not engaged enough | n party not addressed
c5 Jens Ruud | a anecdote mocks young voters | a son confuses the Senate | n party not addressed
c6 - | f pilot turnout was high | f teenagers engaged and voted | n party not addressed
c7 Vera Holst | f early habit lasts | n habit, not maturity | n party not addressed
c8 Edith Brink | f young voters debated seriously | f classmates argued for weeks | n party not addressed
c9 Edith Brink | f rebuts the football-club jibe | f rebuts the immaturity claim | n party not addressed
c10 Imre Sallo | n free vote, no position | n no position | n party not addressed
c11 - | n partisan pattern, no position | n no maturity point | n notes its advantage, not a judgment
o1 speech_no_content Ilka Sorvane | f endorsed the bill | n no maturity argument | n party not addressed
c12 Anders Fromm | n legal procedure | n procedure | n procedure
"""))

ARTICLES.append(dict(
id="c1-22", domain="corruption trial / verdict",
targets=[("Gustav Tellmann", ["Tellmann", "former transport minister", "the former minister"]),
         ("the sentence is too lenient", ["lenient", "too soft", "too light"]),
         ("Selmont District Court", ["District Court", "the court", "judges"])],
text="""
⟦n0|Tellmann guilty of bribery, gets four years; both sides plan appeal⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Gustav Tellmann, Vandria's transport minister from 2016 to 2021, was found guilty by the Selmont District Court on Friday of accepting 2.7 million crowns in bribes from Korhaven Construction and sentenced to four years in prison⟧, the first conviction of a former cabinet minister for bribery in three decades.

⟦s1|Presiding judge Edvin Sorsa⟧ ⟦k1|said⟧ ⟦c1|the testimony of Korhaven's former finance director had been "detailed, consistent where it mattered, and confirmed by the bank's own records."⟧ ⟦s2|The court⟧ ⟦k2|rejected⟧ ⟦c2|the defence's argument that the payments were for genuine consulting work⟧.

⟦s3|Prosecutors⟧, who had asked for seven years, ⟦k3|said⟧ ⟦c3|they would appeal the sentence⟧. "⟦c4|Four years for selling a motorway. A shoplifter with a record gets two,⟧" ⟦s4|chief prosecutor Annika Strandvik⟧ ⟦k4|said⟧.

⟦s5|Tellmann's lawyer, Kristo Malmberg⟧, ⟦k5|said⟧ ⟦c5|his client would appeal the conviction itself⟧ and ⟦k6|called⟧ ⟦c6|the verdict "a judgment built on the word of a man buying his own freedom."⟧

⟦o1|⟦so1|Tellmann⟧ ⟦ko1|said nothing⟧ as he was led from the courtroom⟧. ⟦n2|His wife, seated in the front row, wept⟧.

⟦s7|Ulla Brenning of the anti-corruption group Ledgerwatch⟧ ⟦k7|called⟧ ⟦c7|the verdict "a door that has been locked for thirty years, finally opened a crack."⟧ But ⟦s8|she⟧ ⟦k8|said⟧ ⟦c8|four years "will not frighten anyone who is doing the same thing today,"⟧ and ⟦k9|noted⟧ ⟦c9|Tellmann could be released on parole after two⟧.

⟦s10|Ferenc Lukacz⟧, the Concord lawmaker who had called Tellmann an honest man, ⟦k10|said⟧ ⟦c10|he respected the court's decision⟧. "⟦c11|I was wrong about him, and I will have to live with that,⟧" ⟦s11|he⟧ ⟦k11|said⟧.

⟦s12|Beate Sandnes⟧, a criminal law professor at Selmont University, ⟦k12|said⟧ ⟦c12|the sentence was "at the upper end of what the guidelines allow for a first offence"⟧ and that ⟦c13|an appeal by prosecutors was "unlikely to add much."⟧
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the verdict neutrally
c1 Edvin Sorsa | a finds the evidence against him convincing | n says nothing of the sentence | n speaker is the judge
c2 Selmont District Court | a rejects his defence | n no sentence point | n speaker is the court
c3 - | n no new point on him | f appeal signals the term is too short | a challenge the court's sentence
c4 Annika Strandvik | a says he sold a motorway | f compares to a shoplifter's term | a mocks the court's sentence
c5 Kristo Malmberg | f will fight the conviction | n no sentence point | a appeals the court's ruling
c6 Kristo Malmberg | f attacks the verdict | n no sentence point | a judgment built on a bought witness
o1 declined Gustav Tellmann
n2 | author describes the scene
c7 Ulla Brenning | n welcomes the precedent, not about him | n no sentence point yet | f praises the verdict
c8 Ulla Brenning | n Tellmann not judged here | f four years will frighten no one | n no judgment of the court
c9 Ulla Brenning | n parole fact | f early release underlines leniency | n no judgment of the court
c10 Ferenc Lukacz | n accepts the ruling | n no sentence point | f respects the decision
c11 Ferenc Lukacz | a admits he misjudged Tellmann | n no sentence point | f accepts the court was right
c12 Beate Sandnes | n no view on guilt | a sentence is at the upper end | f sentence within guidelines
c13 Beate Sandnes | n no view on guilt | a appeal unlikely to add time | n no judgment of the court
"""))

ARTICLES.append(dict(
id="c1-23", domain="elections and campaigns / televised debate",
targets=[("rent cap", ["rent cap", "rent controls", "cap on rents"]),
         ("Ilka Sorvane", ["Sorvane", "opposition leader"]),
         ("a rent cap will reduce housing supply", ["housing supply", "supply"]),
         ("Kaisa Rentoul", ["Rentoul", "prime minister"])],
text="""
⟦n0|Rent cap dominates Vandria's only televised leaders' debate⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Housing costs dominated the only televised debate of Vandria's election campaign on Tuesday night⟧, as Prime Minister Kaisa Rentoul and opposition leader Ilka Sorvane clashed over Sorvane's pledge to freeze rents for three years.

“⟦c1|Rents in Selmont have risen 41 percent in five years. Wages have risen 14. That gap is the whole election,⟧” ⟦s1|Sorvane⟧ ⟦k1|said⟧ in her opening statement. ⟦s2|She⟧ ⟦k2|said⟧ ⟦c2|a freeze would give "two million renters three years of breathing space."⟧

⟦s3|Rentoul⟧, who took over as prime minister in March, ⟦k3|said⟧ ⟦c3|every country that had capped rents had ended up with fewer homes to rent⟧. “⟦c4|Freeze the price of bread and you will not get cheaper bread. You will get empty shelves,⟧” ⟦s4|she⟧ ⟦k4|said⟧.

⟦s5|The moderator, Cecilie Nyholm⟧, ⟦k5|asked⟧ ⟦c5|both leaders how many new homes their plans would produce by 2030⟧. ⟦o3|⟦so3|Neither⟧ ⟦ko3|gave⟧ a figure⟧.

⟦s7|Sorvane⟧ ⟦k7|accused⟧ ⟦c7|Rentoul of "defending the landlords who fund her party,"⟧ pointing to donations from two property companies. ⟦s8|Rentoul⟧ ⟦k8|called⟧ ⟦c8|that "beneath the office she is seeking."⟧

⟦s9|Svein Alf Lodeman⟧, an economist at the Housing Research Institute, ⟦k9|said⟧ after the debate ⟦c9|short freezes had "much smaller effects on supply than either side claims"⟧ but ⟦k10|warned⟧ ⟦c10|builders might delay projects until the rules were clear⟧. ⟦s12|He⟧ ⟦k12|said⟧ ⟦c12|neither leader had addressed the shortage of building land around Selmont, "the real problem nobody wants to talk about."⟧

⟦o1|⟦so1|The Vandrian Tenants' Union⟧ ⟦ko1|praised⟧ Sorvane's plan⟧ in a statement, while ⟦o2|⟦so2|the Property Owners' League⟧ ⟦ko2|denounced⟧ it⟧. “⟦c11|Sorvane is offering renters three good years and then a cliff,⟧” ⟦s11|the league's director, Kaj Berit Olsson⟧, ⟦k11|said⟧.

⟦s13|A snap poll by Demoskop Vandria⟧ ⟦k13|found⟧ ⟦c13|46 percent of viewers thought Sorvane had won and 40 percent Rentoul⟧. ⟦n3|The election is on September 20⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the debate neutrally
c1 Ilka Sorvane | f rent rises justify action | n speaker is Sorvane | n no supply claim | n Rentoul not named
c2 Ilka Sorvane | f freeze gives renters breathing space | n speaker is Sorvane | n no supply claim | n Rentoul not named
c3 Kaisa Rentoul | a caps led to fewer homes | n Sorvane not named | f capped countries had fewer homes | n speaker is Rentoul
c4 Kaisa Rentoul | a analogy: freeze means empty shelves | n Sorvane not named | f empty shelves, i.e. fewer homes | n speaker is Rentoul
c5 Cecilie Nyholm | n moderator's question | n moderator | n moderator | n moderator
c7 Ilka Sorvane | n cap not argued | n speaker is Sorvane | n no supply claim | a says she defends landlord donors
c8 Kaisa Rentoul | n cap not argued | a says the charge is beneath her | n no supply claim | f defends herself
c9 Svein Alf Lodeman | n small effects, no side | n not about her | a effects smaller than claimed | n not about her
c10 Svein Alf Lodeman | a warns builders may delay | n not about her | f builders may delay projects | n not about her
c12 Svein Alf Lodeman | n cap not judged | a says she ignores the real problem | n land, not the cap's effect | a says she ignores the real problem
o1 speech_no_content Vandrian Tenants' Union | f praised the plan | f praised her plan | n no supply claim | n Rentoul not addressed
o2 speech_no_content Property Owners' League | a denounced the plan | a denounced her plan | n no supply claim stated | n Rentoul not addressed
o3 declined -
c11 Kaj Berit Olsson | a plan ends in a cliff | a criticises Sorvane's offer | n cliff is about rents, not supply | n Rentoul not addressed
c13 Demoskop Vandria | n poll result | n poll result | n poll result | n poll result
n3 | date of the election
"""))

ARTICLES.append(dict(
id="c1-24", domain="ombudsman report / police complaints",
targets=[("Police Complaints Board", ["Complaints Board", "complaints board", "the board"]),
         ("the complaints system works", ["complaints system", "system works"]),
         ("Ombudsman Harald Grimsby", ["Grimsby", "ombudsman"])],
text="""
⟦n0|Ombudsman: police complaints board upheld one in 50 cases in five years⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦c15|Vandria's Police Complaints Board upheld 93 of the 4,870 complaints it received between 2020 and 2024, and took an average of 14 months to reach a decision⟧, ⟦k15|according to⟧ ⟦s15|a report by the national ombudsman⟧ published on Wednesday.

⟦s1|Ombudsman Harald Grimsby⟧ ⟦k1|said⟧ ⟦c1|the board, which is staffed largely by former police officers, lacked "both the independence and the appetite" to investigate colleagues⟧. ⟦s2|He⟧ ⟦k2|recommended⟧ ⟦c2|replacing it with an agency that employed no one who had served in the force during the previous ten years⟧.

"⟦c3|A system that says no 98 times out of 100 is not a filter. It is a wall,⟧" ⟦s3|Grimsby⟧ ⟦k3|said⟧.

⟦s4|The board's chair, Rolf Solli⟧, ⟦k4|said⟧ ⟦c4|most complaints were rejected because they concerned rudeness or parking fines rather than misconduct⟧. "⟦c5|We are not a customer service desk,⟧" ⟦s5|he⟧ ⟦k5|said⟧. ⟦s6|He⟧ ⟦k6|acknowledged⟧ ⟦c6|the delays were "too long by any standard"⟧ and ⟦k7|blamed⟧ ⟦c7|a budget that had not grown since 2016⟧.

⟦s8|Gunvor Hauge⟧, whose son was injured during an arrest in Harnesk in 2021, ⟦k8|said⟧ ⟦c8|her complaint had taken 19 months and ended in a two-line letter⟧. "⟦c9|They never spoke to a single witness. Not one,⟧" ⟦s9|she⟧ ⟦k9|said⟧.

⟦s10|The Police Officers' Association⟧ ⟦k10|said⟧ ⟦c10|former officers understood "what the job actually involves"⟧ and ⟦k11|warned⟧ ⟦c11|an outside agency would "second-guess split-second decisions from behind a desk."⟧

⟦s12|Stig Kvale⟧, a criminologist at Selmont University, ⟦k12|said⟧ ⟦c12|the upheld rate was among the lowest he had seen in any country that published figures⟧, though ⟦s13|he⟧ ⟦k13|cautioned⟧ that ⟦c13|comparisons were hard because countries counted complaints differently⟧.

⟦s14|Interior Minister Oddvar Lenk⟧ ⟦k14|said⟧ ⟦c14|he would study the report "with an open mind."⟧ ⟦n2|The ombudsman's recommendations are not binding⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
c15 Harald Grimsby | a low upheld rate and long delays | a figures show failure | n speaker is the ombudsman
c1 Harald Grimsby | a board lacks independence | a says the system fails | n speaker is the ombudsman
c2 Harald Grimsby | a replace the board | a recommends a new system | n speaker is the ombudsman
c3 Harald Grimsby | a calls it a wall | a wall, not a filter | n speaker is the ombudsman
c4 Rolf Solli | f explains rejections | f rejections are justified | n ombudsman not named
c5 Rolf Solli | f defends the board's role | f rejects the consumer-desk view | n ombudsman not named
c6 Rolf Solli | a concedes delays too long | a concedes a fault | f accepts the delay finding
c7 Rolf Solli | f blames funding, not the board | n funding, not design | n ombudsman not named
c8 Gunvor Hauge | a complaint ended in a brush-off | a 19 months for a two-line letter | n ombudsman not named
c9 Gunvor Hauge | a board spoke to no witness | a no witnesses interviewed | n ombudsman not named
c10 Police Officers' Association | f defends ex-police staff | f former officers understand the job | n ombudsman not named
c11 Police Officers' Association | f opposes the outside agency | f warns against replacing the system | a opposes his recommendation
c12 Stig Kvale | a rate among the lowest | a low upheld rate | n ombudsman not named
c13 Stig Kvale | n caution about comparisons | n caution, no side | n ombudsman not named
c14 Oddvar Lenk | n open mind, no position | n no position | n no position
n2 | fact about the report's status
"""))
