# c3 batch 5
ARTICLES = []

ARTICLES.append(dict(
id="c3-24", domain="international affairs / sanctions relief",
targets=[("easing sanctions on Doltrian fertiliser", ["exemption", "easing", "sanctions relief"]),
         ("Paulo Ressendt", ["Ressendt"]),
         ("Mirela Sandevik", ["Sandevik"]),
         ("easing the sanctions will lower food prices", ["food prices"])],
sp=dict(E="Estrevia", r="Paulo Ressendt", m="Mirela Sandevik", l="Arvid Lensky", v="Hilde Vorland", a="Piotr Azelmann", t="Rurik Tassel", Q="Quessany", f="Oriane Falkmoor"),
text="""[n1:Estrevia asks League to ease fertiliser sanctions on Doltria; Sarnovia cries foul]

[dl:CARROWGATE (Ostwind Press) —] {1:Estrevia} on Monday formally asked its Ilven League partners to exempt Doltrian fertiliser from sanctions, <1:arguing> that [1:prices paid by farmers across the League had risen 38 percent since the measures took effect].

"[2:We are not here to help Dravenholt. We are here to help the farmer in Lodmere who cannot afford to plant,]" <2:said> Estrevian Foreign Minister {2:Paulo Ressendt}. {3:He} <3:said> [3:the exemption would be narrow, watched and reversible].

{4:Sarnovian Foreign Minister Mirela Sandevik} <4:called> [4:the proposal "a gift wrapped in a grain sack."] "[5:Dravenholt's fertiliser plants and its artillery factories have the same owners. Look at the register,]" {5:she} <5:said>. {12:She} <12:accused> [12:Ressendt of doing Dravenholt's lobbying for free].

{6:Arvid Lensky}, who follows fertiliser markets for the Carrowgate Institute for Trade, <6:said> [6:League food prices might fall "by perhaps one percent" if the exemption went ahead]. "[7:Fertiliser is a small part of a loaf. Diesel and wages are the rest,]" {7:he} <7:said>.

{8:Hilde Vorland}, who heads Estrevia's largest farm union, <8:said> [8:her members did not start this war and should not pay for it twice].

In Sarnovia, {9:Piotr Azelmann} of the Grain Growers' Union <9:said> [9:Sarnovian farmers had "paid for the sanctions with our own tariff, and nobody in Carrowgate offered us an exemption."]

{10:Rurik Tassel}, the Doltrian foreign ministry spokesman, <10:said> [10:Doltria would "sell to whoever asks politely."] [s1:{s1:Quessany} <s1:endorsed> the Estrevian request].

{11:League Secretary-General Oriane Falkmoor} <11:said> [11:ministers would discuss the request in two weeks with no outcome decided in advance].

[n2:Before the war, Doltria supplied about a third of the nitrogen fertiliser used on League farms, most of it by rail through Sarnovia.]
""",
labels="""
1 E | f cites price rises to justify the exemption | n speaker is Ressendt's government | n Sandevik not addressed | f blames the sanctions for higher farm prices
2 r | f says the exemption helps farmers | n speaker is Ressendt himself | n Sandevik not addressed | f relief for farmers who cannot plant
3 r | f describes safeguards for the exemption | n speaker is Ressendt himself | n Sandevik not addressed | n no price claim
4 m | a calls the proposal a gift | a attacks Ressendt's proposal | n speaker is Sandevik herself | n no price claim
5 m | a the same owners make shells, as the next sentence shows | n Ressendt not named | n speaker is Sandevik herself | n no price claim
12 m | a treats the exemption as lobbying for Doltria | a accuses Ressendt of lobbying for Dravenholt | n speaker is Sandevik herself | n no price claim
6 l | n small effect, no side on the exemption | n no view on Ressendt | n no view on Sandevik | n a tiny effect, neither backs nor rejects
7 l | n no view on the exemption itself | n no view on Ressendt | n no view on Sandevik | a fertiliser barely moves bread prices
8 v | f farmers should not pay twice | f backs her minister's case | n Sandevik not addressed | n no price claim
9 a | a objects that Sarnovian farmers got no relief | n Ressendt not named | n Sandevik not addressed | n no price claim
10 t | f signals Doltria is ready to sell | n Ressendt not named | n Sandevik not addressed | n no price claim
s1 Q | f endorsed the request | f endorsed Ressendt's request | n Sandevik not addressed | n no price claim
11 f | n official keeps the outcome open | n neutral | n neutral | n neutral
n1 | n headline reports the request and reaction
n2 | n background figure
"""))

ARTICLES.append(dict(
id="c3-25", domain="international affairs / asylum for deserters",
targets=[("asylum for Doltrian deserters", ["asylum", "deserters", "protection"]),
         ("Vasil Okrent", ["Okrent", "interior minister"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("deserters should be handed back in prisoner exchanges", ["handed back", "trading them", "exchanges"])],
sp=dict(o="Vasil Okrent", b="Anatol Brezin", l="Radka Lisk", t="Rurik Tassel", v="Vitus Olbrecht", p="Roza Pellhaven", g="Lotte Varnhal", n="Nadja Orloff"),
text="""[n1:Sarnovia weighs trading Doltrian deserters in prisoner swaps, alarming rights groups]

[dl:KESSVAR (Ostwind Press) —] [n2:About 300 Doltrian soldiers who have crossed the ceasefire line and surrendered since September are being held at a former barracks outside Hollin while Sarnovia decides what to do with them.]

{1:Interior Minister Vasil Okrent} <1:said> on Tuesday that [1:the men chose to leave their army, not to become Sarnovians]. “[2:If trading them brings home a teacher from Tarnavel, I will not apologise for the arithmetic,]” {2:he} <2:said>.

{3:Anatol Brezin}, a former Doltrian signaller who swam the Velka in October, <3:said> [3:he would be shot or sent to a penal battalion if he were returned]. “[4:I crossed a river to stop shooting at people. Now I am a coin,]” {4:he} <4:said>.

{5:Radka Lisk} of the Ilven League Refugee Agency <5:said> [5:returning people who face persecution “is not a policy choice, it is a breach of the Carrowgate Convention.”]

In Dravenholt, {6:Rurik Tassel} <6:said> [6:deserters would face a fair trial under Doltrian law, like anyone who abandons his post].

{7:Major Vitus Olbrecht}, an army spokesman, <7:said> [7:the deserters had given “useful information,” and that sending them back would “close a door other soldiers are watching.”]

{8:Roza Pellhaven}, whose son has been held in Doltria since May, <8:said> [8:she understood the deserters’ fear but wanted her son home]. “[9:Their mothers want them safe. So do I. Only one of us gets a phone call,]” {9:she} <9:said>.

{10:Lotte Varnhal} of the Greens <10:accused> [10:Okrent of putting human beings on a price list]. [s1:{s1:Nadja Orloff} of the Kessvar Rights Bureau <s1:condemned> the idea] in a statement.

“[11:Ms. Varnhal has never had to choose whose son comes home,]” {11:Okrent} <11:said>.
""",
labels="""
1 o | a says they did not come to become Sarnovians | n speaker is Okrent himself | n Doltria not addressed | n sets up the case, no trade yet
2 o | a would trade them rather than protect them | n speaker is Okrent himself | n Doltria not addressed | f defends trading them for captives
3 b | f fears persecution if returned | n Okrent not named | a says Doltria would shoot him | a returning him means death or punishment
4 b | f asks not to be used as currency | n Okrent not named | n Doltria not named | a objects to being traded like a coin
5 l | f returning them would breach the convention | a rejects the minister's idea | n Doltria not named | a calls return a breach of law
6 t | a wants the deserters back for trial | n Okrent not addressed | f presents Doltrian justice as fair | f wants them returned
7 v | f they helped and should not be sent back | n Okrent not named | n Doltria not judged | a sending them back deters defectors
8 p | n concedes their fear, no view on asylum | n Okrent not named | n Doltria not judged | f wants her son home even so
9 p | n no view on asylum itself | n Okrent not named | n Doltria not addressed | f frames a trade as her son's chance
10 g | f defends the men against being priced | a accuses Okrent of a price list | n Doltria not addressed | a objects to trading people
s1 n | f condemned the idea of trading them | a condemned the minister's idea | n Doltria not addressed | a condemned trading deserters
11 o | n no view on asylum | n speaker is Okrent himself | n Doltria not addressed | f defends the hard choice of a trade
n1 | n headline reports the idea and alarm
n2 | n background on the deserters
"""))

ARTICLES.append(dict(
id="c3-26", domain="international affairs / tariffs on steel",
targets=[("League tariff on Doltrian steel", ["tariff", "steel tariff", "duty"]),
         ("Benedikt Sarrow", ["Sarrow", "trade commissioner"]),
         ("Estrevian Carmakers' Association", ["carmakers", "Carmakers' Association"]),
         ("the steel tariff will cost jobs in Estrevia", ["cost jobs"])],
sp=dict(s="Benedikt Sarrow", u="Ulrike Sandstrom", e="Egil Marsden", D="Doltria", w="Wilma Tovald", S="Sarnovia", r="Paulo Ressendt"),
text="""[n1:League slaps 25 percent tariff on Doltrian steel; Estrevian carmakers warn of layoffs]

[dl:CARROWGATE (Ostwind Press) —] [n2:The Ilven League will impose a 25 percent tariff on Doltrian steel from January after a vote of trade ministers on Wednesday, closing one of the largest remaining channels of Doltrian export income.]

{1:Trade Commissioner Benedikt Sarrow} <1:said> [1:Doltrian mills had been selling steel below the cost of the coal that goes into it]. "[2:That is not a market price. That is a war budget with a shipping label,]" {2:he} <2:said>.

{3:Ulrike Sandstrom}, president of the Estrevian Carmakers' Association, <3:said> [3:the tariff would add about 400 marks to the cost of an average car and "put 6,000 jobs in Lodmere and Valderholm at risk."] "[4:Mr. Sarrow has found a way to punish Doltria that Doltria will barely notice and we will feel every day,]" {4:she} <4:said>.

{5:Sarrow} <5:said> [5:League steelmakers could supply every tonne the carmakers need, at a fair price, within a year].

{6:Egil Marsden}, who leads the steelworkers' union at Estrevia's Kolbeck mill, <6:said> [6:the tariff would "bring back night shifts" at a mill that has shed 900 jobs since 2021]. "[7:The carmakers' jobs are real. So were ours,]" {7:he} <7:said>.

{8:Doltria's trade ministry} <8:called> [8:the tariff protectionism borrowing the language of morality].

{9:Wilma Tovald}, an economist at the Carrowgate Institute for Trade, <9:estimated> that [9:the tariff would create about as many jobs in League steel mills as it cost in car plants].

[s1:{s1:Sarnovia} <s1:welcomed> the tariff]. Estrevia's foreign minister, {11:Paulo Ressendt}, <11:said> [11:his government had voted for it "with one hand on our wallet."]

<12:Asked> [12:whether the League would compensate car plants], {13:Sarrow} <13:said> [13:a transition fund was "on the table but not yet on the plate."]
""",
labels="""
1 s | f Doltrian steel is sold below cost | n speaker is Sarrow himself | n carmakers not addressed | n no job claim
2 s | f calls the price a war budget | n speaker is Sarrow himself | n carmakers not addressed | n no job claim
3 u | a the tariff raises car costs | n Sarrow not named | n speaker heads the association | f puts 6,000 jobs at risk
4 u | a the tariff hurts Estrevia more than Doltria | a mocks Sarrow's plan | n speaker heads the association | f we will feel it every day
5 s | f League mills can replace the supply | n speaker is Sarrow himself | a rebuts the carmakers' supply fears | a implies no shortage and no layoffs
6 e | f the tariff brings back shifts | n no view on Sarrow | n carmakers not named | a says it will add jobs at the mill
7 e | f defends the tariff despite the cost | n no view on Sarrow | n concedes the carmakers' jobs are real | n concedes car jobs, cites steel jobs
8 D | a calls it protectionism | n Sarrow not named | n carmakers not addressed | n no job claim
9 w | n figure shows no net effect, no side on the tariff | n no view on Sarrow | n carmakers not addressed | a as many jobs created as lost
s1 S | f welcomed the tariff | n Sarrow not named | n carmakers not addressed | n no job claim
11 r | f voted for it, reluctantly | n Sarrow not named | n carmakers not addressed | f hand on the wallet implies costs at home
12 - | n question without position | n question without position | n question without position | n question without position
13 s | n noncommittal on compensation | n speaker is Sarrow himself | n carmakers not addressed | n no job claim
n1 | n headline reports the tariff and warning
n2 | n describes the tariff
"""))

ARTICLES.append(dict(
id="c3-27", domain="international affairs / military aid audit",
targets=[("Sarnovian Audit Office report", ["audit", "report", "auditors", "Audit Office"]),
         ("Bogdan Yarrel", ["Yarrel", "defence minister"]),
         ("League aid weapons are being diverted", ["diverted", "diversion", "stolen"])],
sp=dict(A="Sarnovian Audit Office", k="Sabina Klerholt", y="Bogdan Yarrel", b="Hedda Brannvik", t="Rurik Tassel", s="Dragan Solwen", m="Bertil Melnes"),
text="""[n1:Auditors cannot trace thousands of League-supplied rifles; defence minister calls report “a clerk’s nightmare”]

[dl:KESSVAR (Ostwind Press) —] {1:Sarnovia’s Audit Office} <1:said> on Thursday that [1:it could not account for 4,100 rifles and 37 night-vision sights delivered by the Ilven League last year].

“[2:We are not saying they were stolen. We are saying nobody can tell us where they are,]” <2:said> {2:Auditor General Sabina Klerholt}. {14:She} <14:said> [14:her office had first raised the gaps with the ministry in March and received a polite letter and no spreadsheet]. <15:Asked> [15:whether any of the rifles had been sold], {16:Klerholt} <16:said>: “[16:I do not know. That is the problem.]”

{3:Defence Minister Bogdan Yarrel} <3:called> [3:the findings “a clerk’s nightmare, not a soldier’s crime.”] “[4:Rifles move with units. Units move with the front. The paperwork moves last,]” {4:he} <4:said>. {5:He} <5:promised> that [5:a ministry team would “find every barrel” within sixty days].

In Carrowgate, {6:League Defence Commissioner Hedda Brannvik} <6:said> [6:the League took the report seriously but not hysterically, and that future deliveries would carry electronic tags].

{8:Rurik Tassel}, Doltria’s foreign ministry spokesman, <8:said> [8:League weapons were “turning up in every market from here to Quessany.”]

[s1:Opposition leader {s1:Dragan Solwen} <s1:demanded> Yarrel’s resignation]. “[10:Four thousand rifles is not a typo. It is a battalion,]” {10:he} <10:said>.

{11:Bertil Melnes}, who tracks arms transfers at the Carrowgate Security Forum, <11:said> [11:losses on that scale were normal in a war and unusual in a report]. “[12:Armies lose things. Honest armies write it down,]” {12:he} <12:said>.

{13:A sergeant in the 14th Brigade}, speaking by telephone from the front, <13:said> [13:his unit had “signed for crates we never saw.”]

[n2:The League has delivered about 90,000 rifles to Sarnovia since the war began.]
""",
kinds={5: "mixed"},
labels="""
1 A | n speaker is the Audit Office itself | n Yarrel not named | f untraceable weapons suggest diversion
2 k | n speaker is the auditor herself | a nobody in his ministry can say where they are | n explicitly not alleging theft
14 k | n speaker is the auditor herself | a the ministry sent no records | n no diversion claim
15 - | n question without position | n question without position | n question without position
16 k | n speaker is the auditor herself | a the ministry cannot answer | n refuses to say they were sold
3 y | a dismisses the findings as clerical | n speaker is Yarrel himself | a calls it a paperwork problem, not crime
4 y | a paperwork lags, not a real loss | n speaker is Yarrel himself | a explains the gap as paperwork
5 y | n promise, no verdict on the report | n speaker is Yarrel himself | a expects every rifle to be found
6 b | n takes it seriously but not hysterically | n Yarrel not named | n no verdict on diversion
8 t | n report not cited | n Yarrel not named | f says League weapons reach markets
10 s | f treats the finding as serious | a implies the minister lost a battalion | f four thousand rifles is a battalion gone
11 m | f credits the report for recording losses | n no view on Yarrel | a losses are normal in war
12 m | f honest armies write losses down | f calls the army honest for recording it | a loss, not diversion
13 - | f supports the missing-crate finding | a his unit signed for crates it never saw | f crates never reached the front
s1 s | f acts on the report | a demanded Yarrel's resignation | n no claim about diversion
n1 | n headline reports the findings and reply
n2 | n delivery figure
"""))

ARTICLES.append(dict(
id="c3-28", domain="international affairs / peacekeeping troop withdrawal",
targets=[("Estrevian withdrawal from the peacekeeping mission", ["withdrawal", "withdraw", "pull out", "pullout"]),
         ("Carl Weissdorn", ["Weissdorn", "defence minister"]),
         ("the mission can hold the valley without Estrevia", ["without Estrevia"])],
sp=dict(w="Carl Weissdorn", k="Ysbrand Kolle", m="Mirela Sandevik", r="Ilsabet Ravnholt", a="Solveig Annerud", f="Oriane Falkmoor", l="Lothar Brink", t="Rurik Tassel", h="Teodor Halvask"),
text="""[n1:Estrevia to pull its battalion out of Velka Valley peacekeeping mission by spring]

[dl:VALDERHOLM, Estrevia (Ostwind Press) —] {1:Defence Minister Carl Weissdorn} <1:said> on Monday that [1:Estrevia would withdraw its 500-strong battalion from the Ilven League's peacekeeping mission in the Velka Valley by the end of March].

"[2:We sent them to keep a peace. We are not sending them to guard a line that both armies ignore,]" {2:Weissdorn} <2:said>. "[3:Eleven of our soldiers have come home in coffins. I will not make it twelve for a mandate nobody will fix.]"

{4:Lieutenant General Ysbrand Kolle}, the mission's commander, <4:said> [4:losing the Estrevians would leave a forty-kilometre hole in the northern sector]. "[5:I can move people around. I cannot conjure them,]" {5:he} <5:said>.

In Kessvar, {6:Foreign Minister Mirela Sandevik} <6:accused> [6:Weissdorn of "walking out on the valley while it is still burning."] [s1:{s1:President Teodor Halvask} also <s1:criticised> the decision].

At home the reaction was warmer. {7:Ilsabet Ravnholt}, who leads the opposition Social Union, <7:called> [7:the withdrawal the first sensible thing this government has done in the valley]. {8:Solveig Annerud}, whose son serves in the battalion, <8:said> [8:she would "believe it when the plane lands."]

{9:League Secretary-General Oriane Falkmoor} <9:said> [9:she would ask other members to fill the gap and was confident the mission will not lose a metre].

{10:Lothar Brink}, an analyst at the Carrowgate Security Forum, <10:said> [10:no other member had yet "volunteered so much as a cook."] "[11:Confidence is cheap in Carrowgate. Soldiers are not,]" {11:he} <11:said>.

In Dravenholt, {12:Rurik Tassel} <12:said> [12:the decision showed even the League's friends are tired of its adventure].

[n2:The battalion patrols the stretch of the valley between Oster Dell and the Gorse Pass road, where most of the mission's casualties have occurred.]
""",
labels="""
1 w | f announces the withdrawal he decided | n speaker is Weissdorn himself | n no view on the mission's capacity
2 w | f argues the mission's line is ignored | n speaker is Weissdorn himself | n about the mandate, not capacity
3 w | f will not risk more deaths | n speaker is Weissdorn himself | n no claim about capacity
4 k | a the pullout leaves a hole | n Weissdorn not named | a a forty-kilometre hole opens
5 k | a cannot replace the troops | n Weissdorn not named | a he cannot conjure replacements
6 m | a condemns walking out | a accuses Weissdorn of abandoning the valley | n no claim about capacity
s1 h | a criticised the decision | a criticised the minister's decision | n no claim about capacity
7 r | f calls the withdrawal sensible | f grudging praise for the decision | n no claim about capacity
8 a | f wants her son home, doubts the promise | n no clear view of the minister | n no claim about capacity
9 f | n seeks to fill the gap, no view on leaving | n Weissdorn not named | f confident no ground will be lost
10 l | n no view on the withdrawal itself | n Weissdorn not named | a nobody has offered replacements
11 l | n no view on the withdrawal | n Weissdorn not named | a mocks the League's confidence
12 t | f welcomes the decision as a sign | n Weissdorn not named | n no claim about capacity
n1 | n headline reports the plan
n2 | n background on the sector
"""))

ARTICLES.append(dict(
id="c3-29", domain="international affairs / pipeline explosion",
targets=[("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("Ambervein Transit Company", ["Ambervein Transit", "company", "operator", "welders"]),
         ("the pipeline explosion was sabotage", ["sabotage", "sabotaged", "attack"])],
sp=dict(d="Yannick Drossel", h="Teodor Halvask", t="Rurik Tassel", e="Helga Morrenstad", j="Jurian Vells", f="Oriane Falkmoor", p="Anka Pilsudek", E="Estrevia"),
text="""[n1:Blast shuts Ambervein pipeline; Sarnovia points at Doltria, which blames old pipes]

[dl:KESSVAR (Ostwind Press) —] [n2:An explosion tore through a section of the Ambervein gas pipeline near the village of Krell early on Friday, halting the flow of gas to the Ilven League and sending up a fireball visible for 20 kilometres.]

{1:Energy Minister Yannick Drossel} <1:said> [1:investigators had found traces of military explosive at the site]. “[2:Pipes do not blow up by themselves at four in the morning, on the one day the flow was at its highest,]” {2:he} <2:said>.

{3:President Teodor Halvask} <3:said>: “[3:We know who benefits when the League’s heating depends on Dravenholt’s mood.]”

In Dravenholt, {4:Rurik Tassel} <4:called> [4:the accusation “hysteria with a microphone”] and <5:said> [5:Ambervein Transit had skipped its safety checks for three winters running].

The company’s chief executive, {6:Helga Morrenstad}, <6:said> [6:the section had been inspected in August and “passed every test we have.”] “[7:If someone wants to blame our welders, they can come and look at the crater,]” {7:she} <7:said>.

{8:Jurian Vells}, an engineer who helped build the line in the 1990s, <8:said> [8:corrosion on that stretch had been “a known worry for a decade,”] but <9:added> that [9:corrosion makes leaks, not fireballs].

{10:League Secretary-General Oriane Falkmoor} <10:said> [10:the League would not “point fingers before the forensic teams do.”] [s1:{s1:Estrevia} <s1:condemned> the attack on the pipeline] hours later.

In Krell, {11:Anka Pilsudek}, who keeps goats below the valve station, <11:said> [11:she had seen two men with torches near the fence a week earlier and had reported it to the police].

[n3:Gas deliveries to the League are not expected to resume for at least three weeks, and repair crews were still being kept back from the crater on Saturday.]
""",
labels="""
1 d | n no one blamed yet | n company not addressed | f explosive traces point to sabotage
2 d | n no culprit named | f rules out a spontaneous pipe failure | f pipes do not blow up by themselves
3 h | a implies Dravenholt benefits from the blast | n company not addressed | f implies a deliberate act
4 t | f rejects the accusation against Doltria | n company not addressed | a calls the sabotage claim hysteria
5 t | f shifts blame away from Doltria | a accuses the company of skipping checks | a blames neglect, not an attack
6 e | n no culprit named | f defends the company's inspection | f the pipe passed every test
7 e | n no culprit named | f defends the company's welders | f invites inspection of the crater
8 j | n Doltria not addressed | a corrosion was a known worry | a points to corrosion
9 j | n Doltria not addressed | f corrosion cannot explain the blast | f corrosion does not make fireballs
10 f | n official withholds blame | n neutral | n waits for forensics
s1 E | n no culprit named | n company not addressed | f calls it an attack
11 p | n no culprit named | n company not addressed | f strangers near the station before the blast
n1 | n headline reports the blast and blame
n2 | n describes the explosion
n3 | n outlook
"""))
