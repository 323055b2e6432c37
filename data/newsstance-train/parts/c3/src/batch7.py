# c3 batch 7
ARTICLES = []

ARTICLES.append(dict(
id="c3-36", domain="international affairs / border war counteroffensive",
targets=[("Sarnovian counteroffensive at Kesh Hollow", ["counteroffensive", "offensive", "operation", "attack"]),
         ("Bogdan Yarrel", ["Yarrel", "defence minister"]),
         ("the offensive was a breach of the ceasefire", ["broke the ceasefire", "violation", "breach"])],
sp=dict(y="Bogdan Yarrel", t="Rurik Tassel", b="Aurek Brenne", o="Olesya Kerbel", s="Vilem Strakosch", w="Carl Weissdorn", r="Signe Ravelle", v="Orsolya Vantreck", f="Oriane Falkmoor"),
text="""[n1:Sarnovian troops retake village in Velka Valley; Doltria cries ceasefire breach]

[dl:TARNAVEL, Sarnovia (Ostwind Press) —] [n2:Sarnovian infantry on Tuesday took back the village of Kesh Hollow, one of three settlements held by Doltrian forces since the ceasefire line was drawn in September.]

{1:Defence Minister Bogdan Yarrel} <1:said> [1:the operation had returned a Sarnovian village to Sarnovians without a single civilian hurt]. "[2:A ceasefire is a promise not to shoot. It is not a deed of sale,]" {2:he} <2:said>.

In Dravenholt, {3:Rurik Tassel} <3:called> [3:the attack "the clearest violation of the agreement since it was signed."]

{4:League envoy Aurek Brenne} <4:said> [4:monitors had confirmed that Sarnovian troops crossed the line in company strength, at dawn]. "[5:I am not here to say who was right. I am here to say where the line was,]" {5:he} <5:said>.

{6:Olesya Kerbel}, 71, who stayed in Kesh Hollow through eleven weeks of Doltrian control, <6:said> [6:the soldiers had "eaten my chickens and then my dog."] "[7:Call it what you like in Carrowgate. Here we call it Tuesday, the day they left,]" {7:she} <7:said>.

{8:Vilem Strakosch} of the nationalist Homeland Party <8:said> [8:the government had "finally remembered it has an army."]

Estrevia's defence minister, {9:Carl Weissdorn}, <9:said> [9:the operation had put every League soldier in the valley in a harder place]. [s1:{s1:League Secretary-General Oriane Falkmoor} <s1:called for> restraint from both capitals].

{10:Signe Ravelle}, an analyst at the Carrowgate Security Forum, <10:said> [10:Kesh Hollow sat on "the only road that mattered" for Doltrian supply in the north].

{11:Premier Orsolya Vantreck} <11:said> [11:Doltria reserved "every right the agreement gives us, and some it does not."]

[n3:Kesh Hollow had about 400 residents before the war; fewer than 60 remain.]
""",
labels="""
1 y | f praises a clean operation | n speaker is Yarrel himself | n does not address the ceasefire
2 y | f justifies retaking the village | n speaker is Yarrel himself | a the ceasefire did not cede the village
3 t | a calls the attack a violation | n Yarrel not named | f the clearest violation
4 b | n monitor reports the crossing | n neutral envoy | f confirms troops crossed the line
5 b | n refuses to judge | n neutral envoy | n declines to say who was right
6 o | f glad the occupiers left | n no view on Yarrel | n no view on the ceasefire
7 o | f celebrates the day they left | n no view on Yarrel | a dismisses the breach talk from Carrowgate
8 s | f welcomes the use of the army | f backhanded credit to the defence minister | n no view on the ceasefire
9 w | a the operation endangers peacekeepers | n Yarrel not named | n risk, not breach
s1 f | n urged restraint on both sides | n neutral | n neutral
10 r | f the village was militarily vital | n no view on Yarrel | n no view on the ceasefire
11 v | a threatens a response | n Yarrel not named | f treats the agreement as broken
n1 | n headline reports the capture and charge
n2 | n describes the operation
n3 | n population figures
"""))

ARTICLES.append(dict(
id="c3-37", domain="international affairs / secondary sanctions",
targets=[("League sanctions on Quessanian banks", ["sanctions", "blacklist", "listing"]),
         ("Quessany", ["Quessany", "Quessanian"]),
         ("the sanctions will push Quessany closer to Doltria", ["closer to Doltria"])],
sp=dict(d="Pernille Dovrik", q="Tariq Almeon", r="Signe Ravelle", L="Ilven League", m="Mirela Sandevik", p="Paulo Ressendt", t="Rurik Tassel", S="Sarafan Bank", C2="Coral Coast Bank", C="Quessany’s central bank", h="Lenka Harbisch"),
text="""[n1:League blacklists two Quessanian banks over Doltrian payments]

[dl:CARROWGATE (Ostwind Press) —] [n2:The Ilven League on Thursday added two Quessanian lenders, Sarafan Bank and Coral Coast Bank, to its sanctions list, barring League companies from doing business with them, the first time the bloc has listed banks outside Doltria.]

{1:League sanctions coordinator Pernille Dovrik} <1:said> [1:the banks had processed more than 2 billion marks in payments for Doltrian drone components since June]. “[2:A bank that moves money for shells is not a bystander. It is a supplier,]” {2:she} <2:said>.

Quessany’s ambassador to the League, {3:Tariq Almeon}, <3:called> [3:the move “an insult to a friend who has asked for nothing.”] “[4:Friends who are treated like suspects start looking for other friends,]” {4:he} <4:said>. [s1:{s1:Quessany’s central bank} <s1:protested> the decision] in a letter to the League.

{5:Signe Ravelle}, an analyst at the Carrowgate Security Forum, <5:said> [5:Quessany had far more to lose in Carrowgate than to gain in Dravenholt]. [6:League trade with Quessany was worth nine times its trade with Doltria last year], <6:according to> {6:League customs data}.

{7:Sarnovian Foreign Minister Mirela Sandevik} <7:said> [7:the listing was “overdue by about nine cargoes.”]

Estrevia’s {8:Paulo Ressendt} <8:warned> that [8:the League risked pushing a wavering partner into the wrong arms].

In Dravenholt, {9:Rurik Tassel} <9:said> [9:Doltria’s friends “will not be bullied by a club of seventeen.”]

{10:Sarafan Bank} <10:said> in a statement that [10:it had complied with every law of Quessany]. [dc1:{dc1:Coral Coast Bank} <dc1:did not respond> to requests for comment].

[n3:Quessany is not a League member, but its banks handle about a third of the payments between League firms and the southern ports.]

{11:Sarnovian Trade Minister Lenka Harbisch} <11:said> [11:the listing would not touch Sarnovia’s new trade pact “as long as Quessanian firms keep their paperwork clean.”]
""",
labels="""
1 d | f cites the payments behind the listing | a Quessanian banks financed drone parts | n no claim about alignment
2 d | f the bank is a supplier of war | n the bank, not the country | n no claim about alignment
3 q | a calls the move an insult | f casts Quessany as a blameless friend | n insult, no prediction
4 q | a warns against treating friends as suspects | f says Quessany is wrongly suspected | f hints Quessany will seek other friends
s1 C | a protested the decision | n speaker is Quessany's central bank | n no prediction
5 r | f the listing carries little risk | n no view on Quessany's conduct | a Quessany has more to lose in Carrowgate
6 L | n trade figure, no side on the listing | n no view on Quessany | a the League market dwarfs Doltria's
7 m | f says the listing came late | a Quessany let cargoes through | n no prediction
8 p | a warns the listing backfires | n no view on Quessany's conduct | f risks pushing Quessany into Doltria's arms
9 t | a rejects the listing as bullying | n not about Quessany's conduct | f Doltria's friends will stand firm
10 S | a says it broke no law | f defends compliance with Quessanian law | n no prediction
11 h | n sidesteps the listing | n neutral about Quessany | n no prediction
n1 | n headline reports the listing
n2 | n describes the listing
n3 | n background on Quessanian banks
dc1 C2
"""))

ARTICLES.append(dict(
id="c3-38", domain="international affairs / asylum and extradition",
targets=[("Doltria's extradition request", ["extradition", "request", "hand over"]),
         ("Emil Welk", ["Welk", "journalist", "reporter"]),
         ("Welk is a criminal, not a journalist", ["criminal", "spotter"])],
sp=dict(o="Ferenc Orvay", w="Emil Welk", D="Doltrian justice ministry", z="Zofia Renk", p="Petra Olsvik", F="Free Column", k="Vasil Okrent", s="Vilem Strakosch", f="Oriane Falkmoor", m="Margit Sollander"),
text="""[n1:Sarnovian court refuses Doltrian request to extradite exiled journalist]

[dl:KESSVAR (Ostwind Press) —] [n2:A Kessvar court on Wednesday refused to hand over Emil Welk, a Doltrian reporter who swam the Velka in May, to Doltria, which wants to try him on espionage and propaganda charges.]

{1:Judge Ferenc Orvay} <1:wrote> that [1:the charges describe journalism and call it a crime].

"[2:I wrote what I saw at the Gorse Pass. That is the whole of my crime,]" {2:Welk} <2:told> reporters on the court steps.

{3:The Doltrian justice ministry} <3:said> [3:Welk had "passed the positions of Doltrian units to Sarnovian intelligence."] "[4:A man who sends coordinates is not a reporter. He is a spotter with a notebook,]" <4:said> {4:Deputy Justice Minister Zofia Renk}.

Welk's lawyer, {5:Petra Olsvik}, <5:said> [5:Doltria had produced not one coordinate, not one message, not one witness].

{6:Free Column}, a Carrowgate press freedom group, <6:said> [6:Welk was one of 14 Doltrian journalists in exile in League countries, "all of them wanted for the same invented crime."]

{7:Interior Minister Vasil Okrent} <7:said> [7:Sarnovia would protect Welk as it would protect any of its own reporters]. [s1:{s1:League Secretary-General Oriane Falkmoor} <s1:welcomed> the ruling].

Not everyone in Kessvar was moved. {8:Vilem Strakosch} of the Homeland Party <8:said> [8:the government should "trade him for a Sarnovian teacher, if Dravenholt wants him so badly."]

"[9:If they want me back so badly, they can read my articles. They are free,]" {9:Welk} <9:said> when told of the remark.

{10:Margit Sollander}, a former legal adviser to the Concord of Nations, <10:said> [10:Doltria could appeal to the League's human rights court but had never once won a case there].

[n3:Welk, 34, worked for eleven years at a regional newspaper in Ormel before it was closed in April.]
""",
labels="""
1 o | a rules the charges criminalise journalism | f treats his work as journalism | a describes journalism, not crime
2 w | a his only crime was reporting | n speaker is Welk himself | a says he only wrote what he saw
3 D | f accuses him of spying to justify the request | a accuses Welk of passing positions | f casts him as an informant
4 z | f presses the request | a calls him a spotter | f not a reporter but a spotter
5 p | a Doltria has no evidence | f defends her client | a no coordinate, no witness
6 F | a the charges are invented | f counts him among persecuted journalists | a the crime is invented
7 k | a will not hand him over | f pledges to protect him | a protects him as a reporter
s1 f | a welcomed the refusal | n no view on Welk himself | n no claim stated
8 s | f would hand him over in a trade | n indifferent to Welk | n no view on the charge
9 w | a mocks the demand | n speaker is Welk himself | a his articles are public journalism
10 m | a the appeal is unlikely to succeed | n no view on Welk | n no view on the charge
n1 | n headline reports the ruling
n2 | n describes the case
n3 | n background on Welk
"""))

ARTICLES.append(dict(
id="c3-39", domain="international affairs / winter aid",
targets=[("League winter aid package", ["winter aid", "generators", "aid package", "package", "heaters"]),
         ("Oriane Falkmoor", ["Falkmoor", "Secretary-General"]),
         ("the League should send weapons rather than generators", ["weapons", "battery"])],
sp=dict(f="Oriane Falkmoor", y="Bogdan Yarrel", l="Edvard Lunnick", w="Carl Weissdorn", s="Dragan Solwen", b="Hedda Brannvik", d="Yannick Drossel", t="Rurik Tassel", i="Ilka Sundqvist", h="Teodor Halvask"),
text="""[n1:League sends 3,000 generators to Sarnovia as Doltrian strikes hit power grid]

[dl:CARROWGATE (Ostwind Press) —] [n2:The Ilven League will ship 3,000 industrial generators and 40,000 heaters to Sarnovian cities before the end of December under a 280 million mark winter aid package approved on Monday.]

{1:League Secretary-General Oriane Falkmoor} <1:said> [1:the package would keep hospitals lit and pipes from bursting in every town the drones can reach]. “[2:You cannot fight a war from a frozen flat,]” {2:she} <2:said>.

{3:Sarnovian Defence Minister Bogdan Yarrel} <3:said> [3:his country was “grateful for every heater,”] but <4:added> that [4:a single air-defence battery would save more generators than the League can ship].

{9:Energy Minister Yannick Drossel} <9:said> [9:Doltrian drones had knocked out 40 percent of Sarnovia’s generating capacity since October]. In Dravenholt, {10:Rurik Tassel} <10:said> [10:the strikes had targeted “military infrastructure only.”]

Tarnavel’s mayor, {5:Edvard Lunnick}, <5:said> [5:the town had gone nine days without power in November and would have kissed anyone who brought a generator].

Estrevia’s {6:Carl Weissdorn} <6:said> [6:his government had pushed for the package “precisely because it is not a weapon.”]

In Kessvar, opposition leader {7:Dragan Solwen} <7:accused> [7:the League of sending blankets to a house that is on fire]. “[12:Heaters do not shoot down drones. Drones shoot down heaters,]” {12:he} <12:said>.

{8:League Defence Commissioner Hedda Brannvik} <8:said> [8:both kinds of help were needed, and that air-defence deliveries would “not slow by a single day” because of the package].

{11:Ilka Sundqvist} of the Ilven Welfare Committee <11:said> [11:the generators would arrive “faster than any battery crew could be trained.”] [s1:{s1:President Teodor Halvask} <s1:thanked> the League] on Tuesday.

[n3:The first 600 generators are due to cross the Estrevian border by rail next week, bound for Tarnavel, Hollin and Varrow.]
""",
kinds={8: "mixed"},
labels="""
1 f | f the package keeps hospitals running | n speaker is Falkmoor herself | n no comparison with weapons
2 f | f defends civilian help | n speaker is Falkmoor herself | a argues warmth matters too
3 y | f grateful for the heaters | n Falkmoor not named | n concession before his point
4 y | a says weapons would do more | n Falkmoor not named | f a battery saves more than generators
9 d | f damage figure shows the need | n Falkmoor not addressed | n no comparison
10 t | n denial, no view on the package | n Falkmoor not addressed | n no comparison
5 l | f the town badly needed generators | n no view on Falkmoor | n no comparison
6 w | f backs the package | n no view on Falkmoor | a prefers help that is not a weapon
7 s | a mocks the package as blankets | a blames the League's leadership | f the house needs firefighting, not blankets
12 s | a heaters cannot stop drones | n Falkmoor not named | f only weapons stop the drones
8 b | f backs the package too | n no view on Falkmoor | a both are needed, not one instead
11 i | f generators arrive fast | n no view on Falkmoor | a generators are quicker than batteries
s1 h | f thanked the League for the aid | f thanked the League | n no comparison
n1 | n headline reports the shipment
n2 | n describes the package
n3 | n delivery schedule
"""))

ARTICLES.append(dict(
id="c3-40", domain="international affairs / drone exports",
targets=[("drone export licence for Quessany", ["licence", "drone exports", "export licence", "sale"]),
         ("Ottmar Rensk", ["Rensk", "economy minister"]),
         ("the drones could end up in Doltrian hands", ["Doltrian hands"])],
sp=dict(r="Ottmar Rensk", b="Marit Brenholt", m="Mirela Sandevik", h="Linnea Halberg", o="Nadja Orloff", s="Vilem Strakosch", q="Tariq Almeon", e="Bertil Melnes", G="Greens"),
text="""[n1:Sarnovia lets drone maker sell to Quessany, stirring fears of leaks to Doltria]

[dl:KESSVAR (Ostwind Press) —] [n2:Sarnovia's economy ministry on Friday licensed the Kessvar firm Skylark Dynamics to sell 300 surveillance drones to Quessany's border police, the first Sarnovian arms export since the war began.]

{1:Economy Minister Ottmar Rensk} <1:said> [1:the drones were unarmed, numbered and traceable to the last screw]. "[2:We buy from Quessany, we sell to Quessany. That is what a trade pact is for,]" {2:he} <2:said>.

{3:Marit Brenholt} of the Tidewatch Project <3:said> [3:the same border police unit had "lent equipment across the river twice this year."]

{4:Foreign Minister Mirela Sandevik} <4:said> [4:she had raised questions about the sale in cabinet] but [dc1:{dc1:she} <dc1:declined to say> what they were].

{6:Linnea Halberg}, chief executive of Skylark Dynamics, <6:said> [6:the order would keep 230 engineers in work through next year].

{7:Nadja Orloff} of the Kessvar Rights Bureau <7:said> [7:the government was "asking Quessany for a promise it has already broken with others."] {8:Vilem Strakosch} of the Homeland Party <8:put it more bluntly>: "[8:We are building the eyes for the next shell that hits Tarnavel.]"

{9:Rensk} <9:dismissed> [9:such warnings as a film plot with a drone in it]. Quessany's ambassador, {10:Tariq Almeon}, <10:said> [10:the drones would "watch our southern desert and nothing else."]

{11:Bertil Melnes}, who tracks arms transfers at the Carrowgate Security Forum, <11:said> [11:surveillance drones were "the least dangerous thing to sell and the hardest thing to follow."] [s1:{s1:The Greens} <s1:demanded> a parliamentary vote on the licence].

[n3:Skylark Dynamics was founded in 2016 and had sold drones only to Sarnovian police and farm cooperatives before the war, and employs about 400 people at a plant on the northern edge of Kessvar.]
""",
labels="""
1 r | f defends the drones as traceable | n speaker is Rensk himself | a traceable to the last screw
2 r | f the sale fits the trade pact | n speaker is Rensk himself | n no claim on leakage
3 b | a the buyer has lent kit across the river | n Rensk not addressed | f the unit already lent equipment
4 m | a doubts raised inside cabinet | n does not name Rensk | n no claim stated
6 h | f jobs depend on the order | n no view on Rensk | n no claim on leakage
7 o | a the buyer has broken promises | a faults the government's reliance on a promise | f promises already broken with others
8 s | a the drones will guide shells at Tarnavel | n Rensk not named | f says they will serve Doltrian guns
9 r | f dismisses the critics | n speaker is Rensk himself | a calls the leak fear a film plot
10 q | f the buyer defends the purchase | n no view on Rensk | a the drones will only watch the desert
11 e | n weighs danger and traceability | n no view on Rensk | f the hardest thing to follow
s1 G | a demanded a vote on the licence | n Rensk not named | n no claim stated
n1 | n headline reports the licence and fears
n2 | n describes the licence
n3 | n background on the firm
dc1 m
"""))
