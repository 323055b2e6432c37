# c3 batch 8
ARTICLES = []

ARTICLES.append(dict(
id="c3-41", domain="international affairs / energy pipeline deal",
targets=[("reopening the Ambervein pipeline", ["reopening", "reopen", "restart", "deal"]),
         ("Teodor Halvask", ["Halvask", "president"]),
         ("reopening the pipeline will fund Doltria's army", ["fund Doltria's army"])],
sp=dict(i="Irma Dolenc", h="Teodor Halvask", s="Vilem Strakosch", w="Wilma Tovald", e="Helga Morrenstad", b="Svea Brauer", t="Rurik Tassel", f="Oriane Falkmoor", d="Dragan Solwen", E="Estrevia"),
text="""[n1:Sarnovia agrees to reopen Ambervein pipeline for winter under League deal]

[dl:KESSVAR (Ostwind Press) —] [n2:Gas will flow again through the Ambervein pipeline from 1 December under a League-brokered deal that puts Doltria’s transit income into an escrow account in Carrowgate until the war ends.]

{1:President Teodor Halvask} <1:said> [1:the escrow meant not one mark of this gas money buys a shell until the guns are silent]. “[2:We did not give in. We changed who holds the wallet,]” {2:he} <2:said>.

{3:Vilem Strakosch} of the Homeland Party <3:called> [3:the deal “a heating subsidy for the Doltrian general staff.”]

{4:Wilma Tovald}, an economist at the Carrowgate Institute for Trade, <4:said> [4:Doltria would still earn about 1.4 billion marks a year from gas sales that do not pass through any escrow]. “[5:The wallet is new. The money is not,]” {5:she} <5:said>.

{6:Helga Morrenstad}, chief executive of Ambervein Transit Company, <6:said> [6:repairs at Krell were complete and the line could carry “full volume by the second week.”]

{7:Svea Brauer}, who runs the municipal heating plant in Varrow, <7:said> [7:her boilers had been burning fuel oil at three times the cost since the blast].

In Dravenholt, {8:Rurik Tassel} <8:called> [8:the escrow “theft with a bank account.”]

{9:League Secretary-General Oriane Falkmoor} <9:said> [9:the deal was not a reward for anyone, only a winter for everyone]. [s1:{s1:Estrevia} <s1:welcomed> the agreement].

Opposition leader {10:Dragan Solwen} <10:said> [10:his Civic Front would back the deal “with our noses held.”] In Tarnavel, {11:Irma Dolenc}, a pharmacist, <11:said> [11:she would “take warm and uneasy over cold and principled, every time.”]

[n3:The pipeline has been shut since the explosion near Krell in early autumn; investigators have not yet published their findings, and no one has been charged.]
""",
labels="""
1 h | f the escrow keeps money from shells | n speaker is Halvask himself | a says no gas money buys a shell
2 h | f defends the deal as no surrender | n speaker is Halvask himself | a the wallet is now held elsewhere
3 s | a calls the deal a subsidy | a attacks the president's deal | f heats the Doltrian general staff
4 w | n analysis, no verdict on reopening | n no view on Halvask | f Doltria still earns outside escrow
5 w | n no verdict on reopening | a mocks the president's wallet line | f the money still reaches Doltria
6 e | f the line is ready to carry gas | n no view on Halvask | n no claim on funding
7 b | f her plant needs the gas | n no view on Halvask | n no claim on funding
8 t | n objects to escrow, not reopening | n Halvask not named | a complains Doltria cannot touch the money
9 f | f the deal gives everyone a winter | n no view on Halvask | a not a reward for anyone
s1 E | f welcomed the agreement | n Halvask not named | n no claim on funding
10 d | f will back it reluctantly | n no view on Halvask | n no claim on funding
11 i | f prefers warmth over principle | n no view on Halvask | n concedes unease, no funding claim
n1 | n headline reports the agreement
n2 | n describes the deal
n3 | n background on the shutdown
"""))

ARTICLES.append(dict(
id="c3-42", domain="international affairs / assembly vote on observer status",
targets=[("suspension of Quessany's observer status", ["suspension", "suspend", "observer status"]),
         ("Quessany", ["Quessany", "Quessanian"]),
         ("Quessany has broken League sanctions", ["broken League sanctions", "law we have broken"])],
sp=dict(Q="Quessany", d="Pernille Dovrik", q="Tariq Almeon", m="Mirela Sandevik", r="Paulo Ressendt", s="Margit Sollander", C="Quessanian Chamber of Exporters", t="Rurik Tassel", b="Marit Brenholt", f="Oriane Falkmoor", S="Sarnovia"),
text="""[n1:League Assembly suspends Quessany as observer over sanctions breaches]

[dl:CARROWGATE (Ostwind Press) —] [n2:The Ilven League Assembly voted 12 to 3 on Thursday, with two abstentions, to suspend Quessany's observer status for a year.]

{1:League sanctions coordinator Pernille Dovrik} <1:said> [1:investigators had documented fourteen cargoes, three banks and one very busy port linking Quessany to Doltrian arms suppliers].

Quessany's ambassador, {2:Tariq Almeon}, <2:called> [2:the vote "a trial without a defence."] "[3:Name one League law we have broken. Not a rumour. A law,]" {3:he} <3:said>. {11:He} <11:added> that [11:Quessany would remember who stood at the door and who closed it]. [dc1:{dc1:Quessany's foreign ministry} <dc1:did not respond> to a request for comment].

{4:Sarnovian Foreign Minister Mirela Sandevik} <4:said> [4:the suspension was "the least the League could do and the most it has done."] [s1:{s1:Sarnovia} <s1:praised> the vote] in a formal note later in the day.

Estrevia voted against. Its foreign minister, {5:Paulo Ressendt}, <5:said>: "[5:Closing a door is easier than opening it again.]"

{6:Margit Sollander}, a former legal adviser to the Concord of Nations, <6:said> [6:League rules allowed a suspension on reasonable suspicion, which is a low bar and was probably cleared].

{7:The Quessanian Chamber of Exporters} <7:said> [7:its members would "take their goods where they are welcome."] In Dravenholt, {8:Rurik Tassel} <8:said> [8:the League was punishing a country for being polite to its neighbours].

"[9:We found the cargoes. What the League does with them is its business,]" <9:said> {9:Marit Brenholt} of the Tidewatch Project, whose reporting first traced the shipments.

{10:League Secretary-General Oriane Falkmoor} <10:said> [10:the suspension could be lifted "the day the cargoes stop."]

[n3:Quessany joined the League as an observer in 2011 and had applied for full membership two years ago, a bid that is now frozen.]
""",
kinds={5: "direct"},
labels="""
1 d | f documents the grounds for suspension | a links Quessany to arms suppliers | f fourteen cargoes and three banks
2 q | a calls the vote a trial without defence | f casts Quessany as denied a fair hearing | n objects to process
3 q | a challenges the grounds | f rejects the charges against Quessany | a denies any law was broken
11 q | a warns of lasting resentment | n speaker is Quessany's envoy | n no finding stated
dc1 Q
4 m | f backs the suspension, wants more | a implies Quessany deserved more | n no specific finding
s1 S | f praised the vote | n Quessany not addressed | n no finding stated
5 r | a voted against closing the door | n no view on Quessany's conduct | n no finding stated
6 s | f the legal bar was cleared | n no view on Quessany itself | n suspicion, not proof
7 C | a members will trade elsewhere | f defends Quessanian exporters | n no finding stated
8 t | a calls it punishment for politeness | f defends Quessany | a politeness, not breaches
9 b | n leaves the decision to the League | n reports, does not judge Quessany | f we found the cargoes
10 f | f suspension tied to the cargoes | a implies the cargoes continue | f lifting depends on cargoes stopping
n1 | n headline reports the suspension
n2 | n tally
n3 | n background
"""))

ARTICLES.append(dict(
id="c3-43", domain="international affairs / repatriation of the war dead",
targets=[("repatriation of the war dead", ["repatriation", "bodies", "remains"]),
         ("Ilven Welfare Committee", ["Welfare Committee", "committee"]),
         ("Doltria is stalling the return of the dead", ["stalling"])],
sp=dict(i="Ilka Sundqvist", y="Bogdan Yarrel", t="Rurik Tassel", v="Vesela Mrak", b="Aurek Brenne", o="Nadja Orloff", d="Darja Lenk", m="Mirela Sandevik"),
text="""[n1:Families wait as remains of fallen soldiers return slowly across the Gorse Pass]

[dl:GORSE PASS, Sarnovia (Ostwind Press) —] [n2:Two refrigerated lorries carrying the remains of 38 Sarnovian soldiers crossed the Gorse Pass on Monday, the fourth such transfer since the ceasefire and the smallest so far.]

{1:Ilka Sundqvist}, who coordinates the transfers for the Ilven Welfare Committee, <1:said> [1:identification was the slowest part of the work and the committee had two laboratories doing the work of ten].

{2:Sarnovian Defence Minister Bogdan Yarrel} <2:said> [2:Doltria was holding back "at least 300" bodies "to have something left to trade."] "[3:They count our dead like coins,]" {3:he} <3:said>.

In Dravenholt, {4:Rurik Tassel} <4:said> [4:Doltria had returned "every body our teams have been allowed to recover"] and <5:accused> [5:Sarnovian gunners of firing on recovery teams near Kesh Hollow in October].

{6:Vesela Mrak}, whose husband has been missing since June, <6:said> [6:she read the committee's list every morning before coffee]. "[7:I do not need a medal. I need a grave to stand at,]" {7:she} <7:said>.

{8:League envoy Aurek Brenne} <8:said> [8:both governments had agreed to double the number of recovery teams in January].

{9:Nadja Orloff} of the Kessvar Rights Bureau <9:said> [9:the committee had been "too polite for too long" with both sides]. "[10:Polite gets us into places that shouting does not,]" {10:Sundqvist} <10:replied>.

{11:Darja Lenk}, a Doltrian mother in Ormel, <11:said> in a telephone interview that [11:she was still waiting for her son's body from the Sarnovian side of the line]. [s1:{s1:Sarnovian Foreign Minister Mirela Sandevik} <s1:praised> the committee's staff] on a visit to the crossing.

[n3:About 1,900 soldiers from the two armies are still listed as missing, according to figures kept at the crossing.]
""",
labels="""
1 i | n explains the pace | n speaker works for the committee | a blames lab capacity, not Doltria
2 y | n accusation, not about the process itself | n committee not addressed | f says Doltria holds back 300 bodies
3 y | n no view on the process | n committee not addressed | f the dead are kept like coins
4 t | f says Doltria returns what it can recover | n committee not addressed | a denies holding bodies back
5 t | n about shelling, not repatriation | n committee not addressed | a blames Sarnovian fire for delays
6 v | f follows every transfer closely | n no view on the committee | n no blame assigned
7 v | f wants her husband's remains back | n no view on the committee | n no blame assigned
8 b | f more recovery teams agreed | n no view on the committee | n no blame assigned
9 o | n no view on the returns themselves | a calls the committee too polite | n blames both sides, not Doltria alone
10 i | n no view on the returns | f defends the committee's quiet approach | n no blame assigned
11 d | n no view on the process | n committee not addressed | a the Sarnovian side is slow too
s1 m | n praise aimed at staff | f praised the committee's staff | n no blame stated
n1 | n headline reports the slow returns
n2 | n describes the transfer
n3 | n missing figures
"""))

ARTICLES.append(dict(
id="c3-44", domain="international affairs / fishing patrols",
targets=[("joint coast guard patrols", ["joint patrols", "joint patrol", "patrols", "arrangement"]),
         ("Rasmus Tolkary", ["Tolkary", "captain"]),
         ("joint patrols will reduce clashes at sea", ["reduce clashes"])],
sp=dict(t="Rasmus Tolkary", a="Arvo Sillen", g="Halla Strathen", j="Jorik Valleau", C="Sarnovian coast guard", o="Ondrej Velin", s="Vilem Strakosch", m="Mirela Sandevik", f="Oriane Falkmoor"),
text="""[n1:Sarnovian and Doltrian crews begin joint patrols on the Sorrel Bank]

[dl:QUILLHAVEN, Sarnovia (Ostwind Press) —] [n2:A Sarnovian coast guard cutter and a Doltrian patrol boat sailed out of Quillhaven together on Tuesday on the first joint patrol of the Sorrel Bank, under an arrangement reached after a League tribunal split the fishing grounds in two.]

{1:Captain Rasmus Tolkary}, who commanded the Sarnovian cutter, <1:said> [1:the two crews had argued about coffee, not about the line]. “[2:When the other side is standing on your deck, nobody cuts anybody’s nets,]” {2:he} <2:said>.

The Doltrian commander, {3:Lieutenant Commander Arvo Sillen}, <3:said> [3:the arrangement was “a trial, not a marriage.”]

On the quay, {4:Halla Strathen} of the Quillhaven Fishermen’s Cooperative <4:said> [4:her members did not want Doltrian officers inspecting Sarnovian boats in Sarnovian water]. “[5:We did not win half a bank in court to share the policing of it,]” {5:she} <5:said>.

{6:Jorik Valleau}, a Doltrian skipper from Selvik, <6:said> [6:the patrols were “better than being chased across the bank by that captain.”]

[7:Clashes between fishing boats on the bank fell from 23 in the spring to two in October, after the tribunal’s ruling], <7:according to> {7:coast guard records}.

{8:Ondrej Velin}, a law-of-the-sea scholar at Kessvar State University, <8:said> [8:joint patrols had calmed far angrier seas than this one]. {9:Vilem Strakosch} of the Homeland Party <9:called> [9:the arrangement “a Doltrian flag in our harbour.”]

{10:Foreign Minister Mirela Sandevik} <10:said> [10:the arrangement would be reviewed after three months]. [s1:{s1:League Secretary-General Oriane Falkmoor} <s1:hailed> the first patrol].

Back in port, {11:Tolkary} <11:said> [11:in eleven years on the bank a Doltrian officer had saluted him first “exactly once, this morning.”]

[n3:Under the arrangement each side may inspect the other’s boats only with an officer of that side present.]
""",
labels="""
1 t | f the crews worked together | n speaker is Tolkary himself | f argued about coffee, not the line
2 t | f joint crews prevent net-cutting | n speaker is Tolkary himself | f nobody cuts nets when both are aboard
3 a | n calls it a trial, no verdict | n Tolkary not addressed | n withholds judgment
4 g | a rejects Doltrian inspections | n Tolkary not named | n no claim on clashes
5 g | a will not share policing | n Tolkary not named | n no claim on clashes
6 j | f better than being chased | a complains Tolkary chased his boat | f less chasing on the bank
7 C | n clashes fell before the patrols began | n no view on Tolkary | f clashes already falling
8 o | f such patrols calm seas | n no view on Tolkary | f patrols calmed angrier seas
9 s | a calls it a Doltrian flag in port | n Tolkary not named | n no claim on clashes
10 m | n review date, no side | n procedure | n procedure
s1 f | f hailed the first patrol | n Tolkary not addressed | n no claim stated
11 t | f a first salute shows change | n speaker is Tolkary himself | f relations already warming
n1 | n headline reports the start
n2 | n describes the patrol
n3 | n rules of the arrangement
"""))

ARTICLES.append(dict(
id="c3-45", domain="international affairs / post-war local elections",
targets=[("local elections in the Velka Valley", ["elections", "election", "vote", "polls"]),
         ("Ilven League observers", ["observers", "observer mission"]),
         ("the valley is too unsafe for a fair vote", ["unsafe", "too dangerous"])],
sp=dict(o="Vasil Okrent", l="Edvard Lunnick", n="Nadja Orloff", g="Gerrit Vandermolen", s="Dragan Solwen", t="Rurik Tassel", b="Lothar Brink", d="Danuta Vrabel", v="Vilem Strakosch"),
text="""[n1:Sarnovia sets April date for first local elections in Velka Valley since the war]

[dl:HOLLIN, Sarnovia (Ostwind Press) —] [n2:Sarnovia will hold municipal elections in Tarnavel and nine other valley towns on 12 April, with about 200 League observers watching the polling stations.]

{1:Interior Minister Vasil Okrent} <1:said> [1:the vote would show that the valley belongs to the people who live in it, and they can prove it with a pencil].

Tarnavel's mayor, {2:Edvard Lunnick}, <2:said> [2:he would stand again for a third term]. "[3:If people can queue for bread under drones, they can queue to vote,]" {3:he} <3:said>.

{4:Nadja Orloff} of the Kessvar Rights Bureau <4:said> [4:a third of the valley's voters were still displaced and "many will learn about this election from a leaflet they never receive."]

{5:Gerrit Vandermolen}, who will lead the League observers, <5:said> [5:his teams would go wherever the voters go, and no further than the artillery allows].

Opposition leader {6:Dragan Solwen} <6:said> [6:holding a vote "within range of Doltrian guns" was reckless]. "[7:The first shell on a polling station, and this government will learn what a vote really costs,]" {7:he} <7:said>.

In Dravenholt, {8:Rurik Tassel} <8:said> [8:Doltria would not recognise a vote held under occupation].

{9:Lothar Brink}, an analyst at the Carrowgate Security Forum, <9:said> [9:League observers had watched elections "in worse places than Tarnavel, and mostly came home."] [s1:{s1:Vilem Strakosch} of the Homeland Party <s1:mocked> the observers] as tourists with clipboards.

{10:Danuta Vrabel}, who lives on Mill Street in Tarnavel, <10:said> [10:she would vote in the hallway, if they bring the box there].

[n3:The last municipal vote in the valley, in 2021, drew a turnout of 61 percent, well above the national average of 48 percent.]
""",
labels="""
1 o | f the vote shows the valley is Sarnovian | n observers not addressed | a people can vote with a pencil
2 l | n standing again, no view | n observers not addressed | n no safety claim
3 l | f people can queue to vote | n observers not addressed | a queuing under drones is already normal
4 n | a many displaced voters will miss out | n observers not addressed | n fairness, not safety
5 g | n observer describes limits | n speaker leads the observers | f admits artillery limits his teams
6 s | a calls the vote reckless | n observers not addressed | f within range of guns
7 s | a warns of the cost of a shelled poll | n observers not addressed | f a shell on a polling station
8 t | a will not recognise the vote | n observers not addressed | n occupation, not safety
9 b | f observers can cope | f observers have worked in worse places | a Tarnavel is not the worst place
s1 v | n mockery aimed at observers | a mocked the observers | n no safety claim
10 d | f she will vote from her hallway | n observers not addressed | a jokes about voting where she shelters
n1 | n headline reports the date
n2 | n describes the elections
n3 | n past turnout
"""))

ARTICLES.append(dict(
id="c3-46", domain="international affairs / peace treaty negotiations",
targets=[("draft peace treaty", ["draft", "treaty", "peace treaty", "text"]),
         ("Mirela Sandevik", ["Sandevik", "foreign minister"]),
         ("the draft treaty would give away the Gorse Pass", ["gives away", "give away", "signed away"])],
sp=dict(m="Mirela Sandevik", s="Vilem Strakosch", b="Aurek Brenne", t="Rurik Tassel", h="Teodor Halvask", o="Margit Sollander", i="Irma Dolenc", d="Dragan Solwen", e="Hedvig Marrin"),
text="""[n1:Leaked draft treaty would put Gorse Pass under joint control, sparking uproar in Kessvar]

[dl:KESSVAR (Ostwind Press) —] [n2:A draft peace treaty published on Sunday by the Kessvar Sentinel would place the Gorse Pass under a joint Sarnovian-Doltrian authority for 25 years, with League monitors at both ends of the road.]

{1:Foreign Minister Mirela Sandevik} <1:said> [1:the text was one of eleven drafts, and not the last one]. “[2:Nobody in this government has signed away a metre of the pass, on paper or anywhere else,]” {2:she} <2:said>.

{3:Vilem Strakosch} of the Homeland Party <3:called> [3:the draft “a deed of surrender with a mediator’s stamp.”] [s1:{s1:He} <s1:demanded> Sandevik’s resignation] at a rally outside the ministry.

{5:League envoy Aurek Brenne} <5:said>: “[5:Joint authority is not a gift from one side to the other. It is a way for both to stop dying there.]”

In Dravenholt, {6:Rurik Tassel} <6:said> [6:the draft recognises at last that the pass was never only Sarnovian].

{7:President Teodor Halvask} <7:said> [7:he had “not yet read a draft I would sign.”]

{8:Margit Sollander}, a former legal adviser to the Concord of Nations, <8:said> [8:joint authorities “tend to favour whichever side already has soldiers on the ground.”]

In Tarnavel, {9:Irma Dolenc} was unimpressed by the uproar. “[9:If the pass stays quiet for twenty-five years, they can call it a pineapple for all I care,]” {9:she} <9:said>.

Opposition leader {10:Dragan Solwen} <10:accused> [10:Sandevik of negotiating in the dark and apologising in the light].

The Sentinel’s editor, {11:Hedvig Marrin}, <11:said> [11:the paper had received the draft from “someone who wanted Sarnovians to read it before it was too late to object.”]

[n3:Talks between the two governments are due to resume in Tarnavel on 9 January.]
""",
labels="""
1 m | n distances herself from this draft | n speaker is Sandevik herself | n one draft among many
2 m | n does not defend this text | n speaker is Sandevik herself | a nobody has signed away a metre
3 s | a calls the draft a surrender | n Sandevik not named | f a deed of surrender
s1 s | a protest against the draft | a demanded Sandevik's resignation | f treats the draft as surrender
5 b | f defends joint authority | n no view on Sandevik | a joint authority is no gift to one side
6 t | f welcomes the draft | n Sandevik not named | f the pass was never only Sarnovian
7 h | a has not seen a draft he would sign | n no view on Sandevik | n no claim on the pass
8 o | a joint control favours the occupier | n no view on Sandevik | f favours the side with soldiers there
9 i | f would accept any quiet arrangement | n no view on Sandevik | n does not care what it is called
10 d | n about secrecy, not the terms | a accuses Sandevik of secrecy | n no claim on the pass
11 e | a leaked so Sarnovians could object | n Sandevik not named | n no claim on the pass
n1 | n headline reports the leak and uproar
n2 | n describes the draft
n3 | n schedule
"""))
