# c1 batch 8: c1-42 .. c1-46 (Vandria)
ARTICLES = []

ARTICLES.append(dict(
id="c1-42", domain="constitutional referendum / electoral reform",
targets=[("proportional representation", ["proportional representation", "proportional system", "national list"]),
         ("single-member districts", ["single-member districts", "district system", "districts"]),
         ("the district system is fair to rural voters", ["rural voters", "rural"])],
text="""
⟦n0|Vandria to vote on scrapping its district system for national lists⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Vandrians will vote in a referendum in October on whether to replace the country's 260 single-member districts with a proportional system based on national party lists⟧, after parliament approved the question on Thursday by 172 votes to 81.

⟦s1|Democracy Minister Halvor Tangen⟧ ⟦k1|said⟧ ⟦c1|Forward had won 35 percent of the vote at the last election but 38 percent of the seats, while smaller parties had won 14 percent of the vote and 4 percent of the seats⟧. “⟦c2|A parliament should look like the country that elected it. Ours looks like a funhouse mirror,⟧” ⟦s2|he⟧ ⟦k2|said⟧.

⟦n2|Tangen's own party would have won fewer seats under the proposed system⟧. ⟦s3|He⟧ ⟦k3|called⟧ ⟦c3|this "the best argument that we are doing this for the right reasons."⟧

⟦s4|Concord's Arild Nome⟧, who lost the Brenstad by-election, ⟦k4|argued⟧ ⟦c4|districts gave every valley and island its own representative⟧. “⟦c5|Under national lists, the party bosses in Selmont choose who sits in parliament. Under districts, Brenstad does,⟧” ⟦s5|he⟧ ⟦k5|said⟧.

⟦s6|Gudrun Sivertsen⟧, the independent who won that by-election, ⟦k6|said⟧ ⟦c6|she could never have been elected under a list system⟧. “⟦c7|No party would have put a midwife from Brenstad near the top of its list. The voters did,⟧” ⟦s7|she⟧ ⟦k7|said⟧.

⟦s8|Eira Nyberg⟧, who studies electoral systems at Selmont University, ⟦k8|said⟧ ⟦c8|most proportional countries kept some local link, through regional lists or mixed systems, and that the government's version was "unusually pure."⟧

⟦s9|The Electoral Oversight Board⟧ ⟦k9|said⟧ ⟦c9|it could run an election under either system by 2029⟧.

⟦s10|Green Hearth leader Stine Lier⟧ ⟦k10|said⟧ ⟦c10|the current system had kept her party "permanently underpaid for its votes."⟧ ⟦o1|⟦so1|The Rural Councils' Association⟧ ⟦ko1|came out against⟧ the change⟧. ⟦n3|A simple majority of votes cast will decide⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the referendum neutrally
c1 Halvor Tangen | f seat figures show distortion | a districts distort results | n no rural point
c2 Halvor Tangen | f parliament should mirror the country | a a funhouse mirror | n no rural point
n2 | author notes the self-interest angle neutrally
c3 Halvor Tangen | f cost to his party shows good faith | n no direct view on districts | n no rural point
c4 Arild Nome | n argues for districts rather | f every valley its own member | f valleys and islands represented
c5 Arild Nome | a party bosses would choose | f Brenstad chooses | f local voters decide
c6 Gudrun Sivertsen | a could not win under lists | f districts let her win | f she won as a local independent
c7 Gudrun Sivertsen | a parties would not list her | f voters chose her | f the voters of Brenstad chose
c8 Eira Nyberg | a version unusually pure | n no view on districts | n no rural point
c9 Electoral Oversight Board | n either system feasible | n either system | n procedural
c10 Stine Lier | f current system shortchanges her party | a keeps small parties underpaid | n no rural point
o1 speech_no_content Rural Councils' Association | a came out against the change | f opposes replacing districts | n no rural claim stated
n3 | procedural fact
"""))

ARTICLES.append(dict(
id="c1-43", domain="parliament budget fight / defence cuts",
targets=[("defence budget cut", ["defence cut", "defence budget", "cut"]),
         ("Orsk Federation", ["Orsk"]),
         ("the cut will weaken national security", ["national security", "weaken"]),
         ("Defence Minister Marius Kjos", ["Kjos", "defence minister"])],
text="""
⟦n0|Sorvane government trims defence budget, citing delayed orders⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|The Vandrian government proposed on Tuesday to cut next year's defence budget by 6 percent, or about 700 million crowns⟧, reversing part of the increase pushed through by the previous government three years ago.

⟦s1|Defence Minister Marius Kjos⟧ ⟦k1|said⟧ ⟦c1|the cut would fall almost entirely on money that could not be spent anyway, because two air defence systems ordered in 2026 would not be delivered until 2030⟧. “⟦c2|We are not cutting soldiers. We are cutting a line in a spreadsheet that was never going to turn into a missile this year,⟧” ⟦s2|he⟧ ⟦k2|said⟧.

⟦s3|Osvald Krantz⟧, now Concord's leader, ⟦k3|called⟧ ⟦c3|the cut "a signal, and the people reading it most carefully are in the Orsk general staff."⟧ ⟦s4|He⟧ ⟦k4|noted⟧ ⟦c4|Orsk had moved an armoured brigade to within 40 kilometres of the border in March⟧.

⟦s5|The Orsk foreign ministry⟧ ⟦k5|said⟧ ⟦c5|the brigade was on "routine rotation"⟧ and ⟦k6|welcomed⟧ "⟦c6|any step by Selmont away from confrontation.⟧"

“⟦c7|When Orsk welcomes your defence policy, it is time to reread your defence policy,⟧” ⟦s7|Krantz⟧ ⟦k7|said⟧.

⟦s8|Mikkel Dobrik⟧ of the Baltis Institute, who ⟦k13|had warned⟧ in 2026 that ⟦c13|the systems would take years to deliver⟧, ⟦k8|said⟧ ⟦c8|the minister's arithmetic was "broadly right"⟧ but ⟦k9|cautioned⟧ ⟦c9|cuts made for accounting reasons tended to become permanent⟧.

⟦s10|Forward lawmaker Signy Aukrust⟧ ⟦k10|said⟧ ⟦c10|the money would pay for 1,200 more home-care workers⟧. “⟦c11|Old people in this country are also a national security question. Nobody invades a country; it just gets older,⟧” ⟦s11|she⟧ ⟦k11|said⟧.

⟦o1|⟦so1|The army's chief of staff, General Leif Norum⟧, ⟦ko1|would not say⟧ whether he supported the cut⟧. ⟦n2|Parliament will vote on the defence budget in December⟧. ⟦n3|Vandria currently spends 2.1 percent of its economic output on defence, among the highest shares in the region⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the proposal neutrally
c1 Marius Kjos | f money could not be spent anyway | n Orsk not addressed | a delivery delays, no real loss | n speaker is Kjos
c2 Marius Kjos | f not cutting soldiers | n Orsk not addressed | a just a spreadsheet line | n speaker is Kjos
c3 Osvald Krantz | a cut sends a signal to Orsk | a Orsk general staff as the threat | f a signal to the enemy | a attacks the minister's cut
c4 Osvald Krantz | a brigade near the border | a armoured brigade moved close | f threat is growing | n minister not named
c5 Orsk | n no view on the cut | f brigade rotation is routine | a no threat, routine rotation | n minister not named
c6 Orsk | f welcomes the step | f casts Orsk as peaceable | a away from confrontation | n minister not named
c7 Osvald Krantz | a Orsk's welcome is a warning | a Orsk's praise is suspect | f policy pleases the adversary | a mocks the minister's policy
c13 Mikkel Dobrik | f delays support the minister's case | n Orsk not addressed | a delays, not lost capability | n minister not named
c8 Mikkel Dobrik | f arithmetic broadly right | n Orsk not addressed | a arithmetic right | f backs the minister's figures
c9 Mikkel Dobrik | a cuts tend to become permanent | n Orsk not addressed | n long-term risk, no security verdict | n minister not named
c10 Signy Aukrust | f money for home care | n Orsk not addressed | n no security claim | n minister not named
c11 Signy Aukrust | f ageing matters more | n Orsk not addressed | a reframes security around ageing | n minister not named
o1 declined Leif Norum
n2 | scheduling fact
n3 | spending figure in narration
"""))

ARTICLES.append(dict(
id="c1-44", domain="protest policing / climate blockades law",
targets=[("road blockade law", ["blockade law", "the bill", "new offence"]),
         ("Last Road climate activists", ["Last Road", "activists", "climate activists"]),
         ("prison terms will deter blockades", ["deter", "deterrent"])],
text="""
⟦n0|Climate activists glue themselves to motorway as blockade bill advances⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|About 40 members of the climate group Last Road glued their hands to the eastbound lanes of the Selmont ring motorway on Monday morning, halting traffic for three hours⟧, on the day parliament began debating a bill that would make such blockades punishable by up to two years in prison.

⟦s1|The group's spokeswoman, Idun Fossum⟧, ⟦k1|said⟧ ⟦c1|the protest was "an inconvenience measured in hours, against a catastrophe measured in centuries."⟧ “⟦c2|They can build prisons. They cannot build a new atmosphere,⟧” ⟦s2|she⟧ ⟦k2|said⟧.

⟦s3|Interior Minister Brynjar Lunde⟧, whose Forward party once marched alongside climate groups, ⟦k3|defended⟧ ⟦c3|the bill as "the line between protest and sabotage."⟧ ⟦s4|He⟧ ⟦k4|said⟧ ⟦c4|an ambulance carrying a heart-attack patient had been delayed 40 minutes by a blockade in April⟧.

⟦s5|Police⟧ ⟦k5|said⟧ ⟦c5|it had taken officers two hours to free the protesters using solvent⟧, and ⟦s6|a spokesman⟧ ⟦k6|said⟧ ⟦c6|the force "has no view on the bill but would welcome clarity."⟧

⟦s7|Dagny Aune of Open Square⟧ ⟦k7|said⟧ ⟦c7|existing laws against obstructing traffic already carried fines of up to 50,000 crowns⟧. “⟦c8|If fines have not stopped them, why would prison? These are people who expect to be arrested. That is the whole point,⟧” ⟦s8|she⟧ ⟦k8|said⟧.

⟦s9|Sondre Ottesen⟧, a lorry driver stuck in the jam, ⟦k9|said⟧ ⟦c9|he agreed "with every word on their banners and none of their methods."⟧

⟦s10|Joar Tofte⟧, a criminologist at the University of Harnesk, ⟦k10|said⟧ ⟦c10|research on similar laws abroad showed blockades fell sharply in the first year after harsher penalties were introduced, then returned⟧.

⟦s11|Concord's Osvald Krantz⟧ ⟦k11|said⟧ ⟦c11|his party would back the bill⟧, giving it a comfortable majority. ⟦o2|⟦so2|Green Hearth⟧ ⟦ko2|has not decided⟧ how to vote⟧.

⟦n2|All 40 protesters were released on Monday evening⟧. ⟦s12|Fossum⟧ ⟦k12|said⟧ ⟦c12|Last Road would be back on the motorway "the day the bill passes, and the day after that."⟧
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the blockade neutrally
c1 Idun Fossum | a protest small next to catastrophe | f speaker defends her group | n no deterrence claim
c2 Idun Fossum | a prisons will not stop them | f defiant defence of the cause | a prisons will not stop them
c3 Brynjar Lunde | f defends the bill | a calls blockades sabotage | n no deterrence claim
c4 Brynjar Lunde | f delayed ambulance justifies it | a blockades endanger patients | n no deterrence claim
c5 - @aff=Selmont_police | n operational fact | n operational fact | n operational fact
c6 - @aff=Selmont_police | n no view on the bill | n no view | n no view
c7 Dagny Aune | a existing fines suffice | n no view on the activists | n no deterrence claim yet
c8 Dagny Aune | a prison would not stop them | n activists expect arrest, no judgment | a rhetorical question: prison will not deter
c9 Sondre Ottesen | n no view on the bill | a rejects their methods | n no deterrence claim
c10 Joar Tofte | n evidence, no position on the bill | n activists not judged | n deterrence fades, mixed evidence
c11 Osvald Krantz | f will back the bill | n no view on the activists | n no deterrence claim
o2 declined Green Hearth
n2 | release fact
c12 Idun Fossum | a vows to defy the law | n speaker is the group's voice | a the law will not stop them
"""))

ARTICLES.append(dict(
id="c1-45", domain="corruption trial / judge charged",
targets=[("Judge Torleif Brenne", ["Brenne", "the judge"]),
         ("judges should face outside oversight", ["outside oversight", "oversight"]),
         ("Vandrian Judges' Association", ["Judges' Association", "association"])],
text="""
⟦n0|Appeals judge charged with selling favourable rulings⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦s0|Prosecutors⟧ on Thursday ⟦k0|charged⟧ ⟦c0|Torleif Brenne, a judge on Vandria's Court of Appeal for fourteen years, with accepting about 900,000 crowns from litigants in return for favourable rulings in at least six commercial cases⟧.

⟦s1|Prosecutor Aslaug Dreyer⟧ ⟦k1|said⟧ ⟦c1|the money had been paid as "speaking fees" for lectures that were never given⟧. “⟦c2|He was very well paid for a great many speeches that nobody remembers hearing,⟧” ⟦s2|she⟧ ⟦k2|said⟧.

⟦s3|Brenne's lawyer, Vetle Bakken⟧, ⟦k3|said⟧ ⟦c3|his client would plead not guilty and that every fee had been declared to the court's administration⟧. “⟦c4|Declared, registered and taxed. That is an odd way to hide a bribe,⟧” ⟦s4|Bakken⟧ ⟦k4|said⟧.

⟦s5|The Vandrian Judges' Association⟧ ⟦k5|said⟧ ⟦c5|it was "shocked" by the allegations⟧ and ⟦k6|said⟧ ⟦c6|the judiciary's own disciplinary board had suspended Brenne within a day of learning of the investigation⟧. “⟦c7|The system caught this. That is the system working,⟧” ⟦s7|its president, Ingvar Roos⟧, ⟦k7|said⟧.

⟦s8|Kirsti Melby⟧, a former prosecutor who now advises the anti-corruption group Ledgerwatch, ⟦k8|said⟧ ⟦c8|the disciplinary board had received two complaints about Brenne's speaking fees in 2023 and dismissed both without interviewing him⟧.

“⟦c9|The system caught this eventually, after a journalist did. Judges marking their own homework is how we got here,⟧” ⟦s9|Melby⟧ ⟦k9|said⟧. ⟦s10|She⟧ ⟦k10|called for⟧ ⟦c10|an inspectorate with no serving judges on its board⟧.

⟦s11|Justice Minister Eskild Mo⟧ ⟦k11|said⟧ ⟦c11|he would "look seriously" at outside oversight⟧ but ⟦k12|warned⟧ ⟦c12|against "letting one bad judge become an excuse to put every court under a minister's thumb."⟧

⟦o1|⟦so1|Opposition leader Osvald Krantz⟧ ⟦ko1|welcomed⟧ Melby's proposal⟧. ⟦n2|Brenne, 63, was released on bail and has not spoken publicly⟧.

⟦n3|It is the first criminal charge against a serving Vandrian appeals judge since 1971⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
c0 - | a charged with taking bribes | n no oversight point | n association not addressed
c1 Aslaug Dreyer | a fees for lectures never given | n no oversight point | n association not addressed
c2 Aslaug Dreyer | a sarcasm about forgotten speeches | n no oversight point | n association not addressed
c3 Vetle Bakken | f fees were declared | n no oversight point | n association not addressed
c4 Vetle Bakken | f odd way to hide a bribe | n no oversight point | n association not addressed
c5 Vandrian Judges' Association | a shocked by the allegations | n no oversight point | n speaker is the association
c6 Vandrian Judges' Association | a suspended within a day | a internal discipline acted fast | n speaker is the association
c7 Ingvar Roos | n Brenne not judged | a the system worked | f defends the judges' system
c8 Kirsti Melby | n facts about complaints | f internal board dismissed complaints | n association not addressed
c9 Kirsti Melby | n Brenne not judged | f judges marking their own homework | a mocks the association's claim
c10 Kirsti Melby | n Brenne not judged | f inspectorate without judges | n association not named
c11 Eskild Mo | n Brenne not judged | n will look seriously, no position | n association not addressed
c12 Eskild Mo | n one bad judge | a warns against ministerial control | n association not addressed
o1 speech_no_content Osvald Krantz | n Brenne not judged | f welcomed the oversight proposal | n association not addressed
n2 | fact about bail
n3 | historical fact
"""))

ARTICLES.append(dict(
id="c1-46", domain="press freedom / court ruling on broadcaster law",
targets=[("Supreme Court ruling on the broadcasting law", ["ruling", "Supreme Court", "judgment"]),
         ("the ruling will protect press freedom", ["press freedom", "free press"]),
         ("Sigrid Ekvall", ["Ekvall"])],
text="""
⟦n0|Supreme Court strikes down minister-appointed broadcaster board⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦s0|Vandria's Supreme Court⟧ ⟦k0|ruled⟧ on Wednesday that ⟦c0|the 2025 broadcasting law, which let ministers appoint five of the seven board members of the Vandrian Broadcasting Corporation, violated the constitution's guarantee of a free press⟧. ⟦n2|The court gave parliament six months to pass a replacement⟧.

⟦s1|The judgment⟧, written by Justice Liv Rye, ⟦k1|said⟧ ⟦c1|a public broadcaster whose board served "at the pleasure of the government of the day" could not be independent "however carefully its journalists are protected on paper."⟧

⟦s2|The law's author, former culture minister Sigrid Ekvall⟧, ⟦k2|said⟧ ⟦c2|she respected the court⟧ but ⟦k3|noted⟧ that ⟦c3|the current government had used the same law to replace the broadcaster's director-general⟧. “⟦c4|Apparently it became unconstitutional the moment the other side used it,⟧” ⟦s4|she⟧ ⟦k4|said⟧.

⟦o9|WHAT THEY SAID⟧

“⟦c5|Today the court gave the newsroom back to the people who pay for it, which is everybody.⟧” — ⟦s5|Lenita Haug⟧, Vandrian Union of Journalists

“⟦c6|Six months is enough time to write a good law, and plenty of time to write another bad one.⟧” — ⟦s6|Dora Pellinen⟧, University of Harnesk

“⟦c7|A court of unelected judges now decides who runs a broadcaster funded by elected parliaments. I am not sure that is progress.⟧” — ⟦s7|Gisle Hjort⟧, Concord justice spokesman

“⟦c8|We will bring a bill in the spring that takes ministers out of the building entirely.⟧” — ⟦s8|Asle Grue⟧, culture minister

⟦s9|Brita Solander⟧, the VBC presenter who twice walked out over the board, ⟦k9|said⟧ ⟦c9|staff would "believe the independence when we see the next board appointed."⟧

⟦o1|⟦so1|The Media Freedom Council⟧ ⟦ko1|hailed⟧ the judgment⟧. ⟦s10|Ekvall⟧ ⟦k10|said⟧ ⟦c10|Concord would help draft the new law "in good faith, which is more than we were offered."⟧ ⟦n4|The court's vote was seven to four; the four dissenting justices were all appointed under the previous government⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
c0 Supreme Court | n the ruling itself, stated | f law violated the free-press guarantee | n rules on the law, not on her
n2 | procedural fact
c1 Supreme Court | f judgment explains the ruling | f broadcaster cannot be independent otherwise | n reasons about the law, not her
c2 Sigrid Ekvall | f says she respects the court | n no press point | n speaker is Ekvall
c3 Sigrid Ekvall | n notes the current government's use | n no press point | f defends her law by pointing to others' use
c4 Sigrid Ekvall | a sarcasm implies a partisan ruling | a implies it is about sides, not freedom | n speaker is Ekvall
o9 sidebar_header -
c5 Lenita Haug | f newsroom given back to the people | f ruling frees the newsroom | n Ekvall not named or blamed
c6 Dora Pellinen | n time is enough, risk remains | n no verdict on press freedom | n Ekvall not addressed
c7 Gisle Hjort | a unelected judges decide | a not sure it is progress | n Ekvall not named
c8 Asle Grue | f ministers out entirely | f takes ministers out | n Ekvall not named
c9 Brita Solander | n sceptical until a new board | n will believe it when she sees it | n Ekvall not named
o1 speech_no_content Media Freedom Council | f hailed the judgment | f hailed the ruling | n Ekvall not addressed
c10 Sigrid Ekvall | n will cooperate, no verdict | n no press point | n speaker is Ekvall
n4 | vote split in narration
"""))
