# c3 batch 2
ARTICLES = []

ARTICLES.append(dict(
id="c3-06", domain="international affairs / peacekeeping mission",
targets=[("Ilven League peacekeeping mission", ["peacekeeping mission", "mission", "peacekeepers", "blue helmets", "peacekeeping"]),
         ("Ysbrand Kolle", ["Kolle", "commander"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("peacekeepers should be allowed to use force to hold the buffer zone", ["use force", "buffer zone", "rules of engagement"])],
sp=dict(k="Ysbrand Kolle", D="Doltria", m="Mirela Sandevik", w="Carl Weissdorn", h="Jadwiga Hellic", f="Joost Farrander"),
text="""[n1:League renews Velka Valley peacekeeping mission after deadly convoy attack]

[dl:TARNAVEL, Sarnovia (Ostwind Press) —] The Ilven League's Assembly on Saturday extended its peacekeeping mission in the Velka Valley for six months, four days after a mortar round hit a supply convoy near the village of Oster Dell and killed two peacekeepers from Estrevia.

{1:Lieutenant General Ysbrand Kolle}, the mission's commander, <1:said> [1:his 2,400 troops had kept more people alive than any treaty has], but <2:warned> that [2:they could not hold the buffer zone "with rifles that stay in their racks."]

"[3:We are asked to stand between two armies and not touch anything,]" {3:Kolle} <3:said>. "[4:That is not peacekeeping. It is witnessing.]"

{5:Doltria's foreign ministry} <5:said> [5:any change to the rules of engagement would turn the peacekeepers into a third army in the valley].

{6:Sarnovian Foreign Minister Mirela Sandevik} <6:said> [6:her government would back stronger rules "on the day they are written."] {7:She} <7:blamed> [7:Doltrian artillery for the convoy attack], which killed a sergeant and a driver from the same Estrevian village. [s1:{s1:Dravenholt} <s1:denied> any role in the attack].

Estrevia's defence minister, {8:Carl Weissdorn}, <8:said> [8:his country would keep its battalion in the valley despite the deaths]. But he drew a line. "[9:I will not ask our soldiers to carry heavier guns so that politicians in Carrowgate can feel braver,]" {9:he} <9:said>.

[n2:The extension passed by 31 votes to 4, with two of Doltria's largest trading partners among those opposed.]

In Oster Dell, a village of stone houses a kilometre from the line, {10:Jadwiga Hellic}, who runs the bakery on its only square, <10:said> [10:the blue helmets were the only reason her family had stayed]. "[11:When their jeeps leave the square, everyone locks the door,]" {11:she} <11:said>.

{12:Assembly President Joost Farrander} <12:said> [12:a separate vote on the rules of engagement would be held within the month], once the League's military staff had reported on the attack.
""",
labels="""
1 k | f credits the mission with saving lives | n speaker is Kolle himself | n Doltria not addressed | n no view yet on force
2 k | n about the mandate, not the mission's worth | n speaker is Kolle himself | n Doltria not addressed | f says idle rifles cannot hold the zone
3 k | n describes the mandate | n speaker is Kolle himself | n Doltria not addressed | f sets up the case for acting, per the next sentence
4 k | a concedes the mission as run only witnesses | n speaker is Kolle himself | n Doltria not addressed | f implies real peacekeeping needs more power
5 D | n objects to new rules, not the mission | n no view on Kolle | n speaker is Doltria | a warns force would make a third army
6 m | f backs the mission with stronger rules | f backs the commander's call | n Doltria not addressed | f supports stronger rules
7 m | n about blame, not the mission | n no view on Kolle | a blames Doltrian artillery | n no view on force
8 w | f keeps troops in the mission | n no view on Kolle | n Doltria not addressed | n no view on force here
9 w | n supports staying, rejects only heavier arms | a rejects the commander's call for firepower | n Doltria not addressed | a refuses heavier guns
10 h | f the peacekeepers kept her family there | n no view on Kolle | n Doltria not addressed | n no view on force
11 h | f the village feels safe only with them | n no view on Kolle | n no one blamed by name | n no view on force
12 f | n speaker states procedure | n procedure | n procedure | n procedure
s1 D | n about the attack, not the mission | n no view on Kolle | f Doltria denies blame | n no view on force
n1 | n headline reports renewal
n2 | n vote count
"""))

ARTICLES.append(dict(
id="c3-07", domain="international affairs / arms exports",
targets=[("armoured vehicle exports to Quessany", ["exports", "export licences", "licences", "sale", "sales"]),
         ("Ottmar Rensk", ["Rensk", "economy minister"]),
         ("Brudar Armaments", ["Brudar"]),
         ("the vehicles will be used against protesters", ["protesters", "crowd"])],
sp=dict(r="Ottmar Rensk", o="Nadja Orloff", B="Brudar Armaments", j="Jonas Wederkind", g="Lotte Varnhal", Q="Quessany", m="Bertil Melnes", K="Kessvar Rights Bureau"),
text="""[n1:Sarnovia clears armoured-vehicle sales to Quessany despite rights warnings]

[dl:KESSVAR (Ostwind Press) —] Sarnovia’s economy ministry on Monday approved export licences for 140 armoured vehicles built by Brudar Armaments, and {1:Economy Minister Ottmar Rensk} <1:said> [1:the buyer, Quessany, had given written, binding assurances that they would be used only to guard its borders].

“[2:We do not sell to anyone who asks. We sell to those who sign, and who can be checked,]” {2:Rensk} <2:said>.

{3:Nadja Orloff}, director of the Kessvar Rights Bureau, <3:said> [3:the same model had been filmed “driving into a crowd in Port Sevrin” last autumn]. “[4:Assurances? They gave assurances last time too,]” {4:she} <4:said>. [s1:{s1:Her group} <s1:condemned> the decision] within an hour of the announcement.

[5:The contract will secure 1,100 jobs at the Gallow Yard plant for six years], <5:according to> {5:a statement from Brudar}. [n2:The plant, on the edge of the river port of Gallow, has cut its workforce twice since 2021.]

{6:Jonas Wederkind}, who represents the plant’s workers, <6:said> [6:his members build vehicles, not foreign policy], and that [7:cancelling the order would “punish a town for decisions made in Kessvar.”]

In the Assembly, {8:Lotte Varnhal} of the Greens <8:accused> [8:Rensk of “hiding behind paperwork he knows is worthless.”]

{9:Quessany’s embassy} <9:said> [9:the vehicles would “protect our borders and nothing else,”] and <10:called> [10:the rights groups’ claims recycled rumours].

{11:Bertil Melnes}, who tracks arms transfers at the Carrowgate Security Forum, <11:said> [11:Sarnovia’s end-use checks had “never once” led to a licence being revoked in twelve years]. “[12:A check that never finds anything is either a very good check or a very quiet one,]” {12:he} <12:said>.

<13:Asked> [13:whether Sarnovian inspectors would ever visit Quessany], {14:Rensk} <14:said> [14:arrangements were being discussed].
""",
kinds={7: "mixed"},
labels="""
1 r | f cites binding assurances for the sale | n speaker is Rensk himself | n Brudar not addressed | a says the vehicles are only for borders
2 r | f defends selling only to checkable buyers | n speaker is Rensk himself | n Brudar not addressed | a implies checks prevent misuse
3 o | a points to the model used on a crowd | n Rensk not named | a its vehicle was filmed in the attack | f the model was already driven into a crowd
4 o | a sarcasm about the assurances behind the sale | a mocks the minister's assurances | n Brudar not addressed | f says past assurances did not stop abuse
5 B | f jobs figure supports the contract | n no view on Rensk | n speaker is Brudar | n no view on misuse
6 j | n deflects the policy question | n no view on Rensk | f defends the work at the plant | n no view on misuse
7 j | f opposes cancelling the order | n no view on Rensk | f defends the plant's order | n no view on misuse
8 g | a says the safeguards are worthless | a accuses Rensk of hiding behind paperwork | n Brudar not addressed | f worthless paperwork implies misuse
9 Q | f the buyer defends the purchase | n no view on Rensk | n Brudar not addressed | a only for borders
10 Q | f dismisses the case against the sale | n no view on Rensk | n Brudar not addressed | a calls misuse claims rumours
11 m | a undercuts the safeguard behind the sale | a undercuts the minister's checks | n Brudar not addressed | n no claim on this buyer
12 m | a doubts the checks the sale relies on | a mocks the checks as quiet | n Brudar not addressed | n no claim on this buyer
13 - | n question without position | n question without position | n question without position | n question without position
14 r | n evasive, no position | n speaker is Rensk himself | n Brudar not addressed | n no claim
s1 K | a condemned the decision | n does not single out Rensk | n Brudar not addressed | n no claim stated
n1 | n headline reports the approval
n2 | n background on the plant
"""))

ARTICLES.append(dict(
id="c3-08", domain="international affairs / energy pipeline",
targets=[("Ambervein pipeline closure", ["closure", "close the pipeline", "shutdown", "shut"]),
         ("Teodor Halvask", ["Halvask", "president"]),
         ("Ambervein Transit Company", ["Ambervein Transit", "company"]),
         ("closing the pipeline would hurt Sarnovia more than Doltria", ["hurt Sarnovia"])],
sp=dict(h="Teodor Halvask", A="Ambervein Transit Company", e="Helga Morrenstad", w="Wilma Tovald", t="Rurik Tassel", f="Oriane Falkmoor", b="Svea Brauer", s="Dragan Solwen"),
text="""[n1:Sarnovia weighs shutting Doltrian gas pipeline as winter nears]

[dl:KESSVAR (Ostwind Press) —] {1:President Teodor Halvask} <1:said> on Tuesday that [1:his government would decide within days whether to close the Ambervein pipeline], which carries Doltrian gas across Sarnovia to buyers in the Ilven League.

"[2:We are paying for the shells that fall on Tarnavel with our own pipes,]" {2:Halvask} <2:said>.

[n2:About a fifth of the League's gas imports pass through the line, which crosses 410 kilometres of Sarnovian farmland.]

{3:Ambervein Transit Company}, which is 51 percent owned by the Sarnovian state, <3:said> [3:a shutdown would cost it 380 million marks a year in transit fees]. Its chief executive, {4:Helga Morrenstad}, <4:said> [4:the company would "comply with any lawful order"] but <5:warned> that [5:pipes left empty through a winter do not simply switch back on in the spring].

{6:Wilma Tovald}, an economist at the Carrowgate Institute for Trade, <6:estimated> that [6:Doltria would lose about 2.2 billion marks a year in gas sales, nearly six times what Sarnovia earns in fees].

"[7:Six to one. That is not a close call,]" {7:Tovald} <7:said>.

{8:Rurik Tassel}, Doltria's foreign ministry spokesman, <8:said> [8:a closure would be "an act of economic war" and that Doltria would "find other roads for its gas."] {13:He} <13:dismissed> [13:the president's threat as theatre for the evening news].

In Carrowgate, {9:League Secretary-General Oriane Falkmoor} <9:said> [9:member states could replace the gas "by January, not by December."]

{10:Svea Brauer}, who runs the municipal heating plant in Varrow, <10:said> [10:her boilers burned Ambervein gas because nothing else is connected to them].

Opposition leader {11:Dragan Solwen} <11:accused> [11:Halvask of "playing pipeline poker with other people's radiators."]

"[12:Mr. Solwen would like us to keep the gas flowing and the shells flowing too,]" {12:Halvask} <12:replied>.
""",
labels="""
1 h | n procedural timetable | n speaker is Halvask himself | n company not addressed | n no claim on costs
2 h | f argues the pipeline funds Doltria's shelling | n speaker is Halvask himself | n company not addressed | n no cost comparison
3 A | a lost fees argue against the shutdown | n no view on Halvask | n speaker is the company | f counts Sarnovia's losses
4 e | n pledges compliance, takes no side | n no view on Halvask | n speaker leads the company | n no claim
5 e | a warns the damage would outlast winter | n no view on Halvask | n speaker leads the company | f warns of lasting harm at home
6 w | f Doltria loses far more than Sarnovia | n no view on Halvask | n company not addressed | a figures show Doltria hurt six times more
7 w | f calls the case clear | n no view on Halvask | n company not addressed | a six to one against Doltria
8 t | a calls closure economic war | n no view on Halvask | n company not addressed | f says Doltria would simply reroute
9 f | n timing caveat, no side taken | n no view on Halvask | n company not addressed | n no cost comparison
10 b | a her plant depends on the gas | n no view on Halvask | n company not addressed | f Sarnovian heating would suffer
11 s | a mocks the closure plan as poker | a accuses Halvask of gambling | n company not addressed | f Sarnovians' radiators at stake
12 h | f ties keeping the gas to the shelling | n speaker is Halvask himself | n company not addressed | n no cost comparison
13 t | a dismisses the closure threat as theatre | a mocks the president's threat | n company not addressed | n no cost comparison
n1 | n headline reports the deliberation
n2 | n fact about the pipeline
"""))

ARTICLES.append(dict(
id="c3-09", domain="international affairs / assembly vote",
targets=[("Concord resolution on the Velka Valley", ["resolution", "the text"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("Sarnovia", ["Sarnovia", "Sarnovian", "Kessvar"]),
         ("the resolution will bring peace closer", ["peace"])],
sp=dict(Q="Quessany", v="Andrej Valtrin", a="Matthias Abelheim", t="Mireille Tanhaus", c="Ruben Castellaine", s="Margit Sollander", h="Teodor Halvask"),
text="""[n1:Concord Assembly demands Doltrian pullback from Velka Valley in 104-11 vote]

[dl:ISENPORT (Ostwind Press) —] [n2:The Concord of Nations General Assembly on Thursday adopted a resolution demanding that Doltria withdraw its forces from the Velka Valley, by 104 votes to 11 with 40 abstentions.]

Sarnovia's ambassador, {1:Andrej Valtrin}, <1:told> the chamber that [1:the vote showed the world has read the map, even if Dravenholt has not]. "[2:Today 104 countries said what our grandmothers in Tarnavel have been saying for seven weeks,]" {2:he} <2:said>.

Doltria's envoy, {3:Matthias Abelheim}, <3:called> [3:the resolution "a press release with a vote count attached"] and <4:said> [4:his country would not move one soldier because of paper]. "[5:Who in this hall believes a text ends a war? Raise your hand,]" {5:he} <5:said>, to scattered laughter from the delegations behind him.

Estrevia abstained. Its ambassador, {6:Mireille Tanhaus}, <6:said> [6:the text "points at one army and forgets the other,"] and that [7:Estrevia would back a resolution calling on both sides to pull back].

{8:Concord Secretary-General Ruben Castellaine} <8:reminded> delegates that [8:Assembly resolutions are not binding], but <9:urged> capitals [9:to read the number, not only the verdict].

{10:Margit Sollander}, a former legal adviser to the Concord, <10:said> [10:non-binding votes "change what allies feel able to do."] "[11:Sanctions committees read these numbers. So do arms exporters,]" {11:she} <11:said>.

In Kessvar, [s1:{s1:President Teodor Halvask} <s1:hailed> the vote] and <12:said> [12:it should make the next round of talks in Tarnavel a good deal shorter].

{14:Delegates from Quessany}, which voted against, <14:said> [14:the resolution ignored "seven years of provocations from the Sarnovian side of the valley."]

[n3:Doltria's eleven supporters included four of its largest trading partners, and most of the abstentions came from states that buy its gas.]
""",
kinds={7: "indirect"},
labels="""
1 v | f says the world has backed Sarnovia's map | a says Dravenholt ignores the map | f defends Sarnovia's claim to the valley | n no claim about peace
2 v | f hails the 104 votes | a implies the world condemns Doltria's occupation | f says the world now backs Sarnovia's case | n no claim about peace
3 a | a calls the resolution a press release | n speaker is Doltria's envoy | n Sarnovia not addressed | a says it is only paper with a count
4 a | a says it will not move one soldier | f defends Doltria's refusal to budge | n Sarnovia not addressed | a says the vote changes nothing on the ground
5 a | a mocks the idea that a text matters | n speaker is Doltria's envoy | n Sarnovia not addressed | a rhetorical question denies a text ends a war
6 t | a says the text is one-sided | f implies Doltria is unfairly singled out | a implies Sarnovia's army shares blame | n no claim about peace
7 t | a prefers a different text | n treats both sides alike | n treats both sides alike | n no claim about peace
8 c | n official states the rules | n procedure | n procedure | n procedure
9 c | f stresses the size of the majority | n does not name Doltria | n Sarnovia not addressed | n no claim about peace
10 s | f says such votes matter | n Doltria not named | n Sarnovia not addressed | f says the vote changes allies' behaviour
11 s | f votes shape sanctions and arms decisions | n Doltria not named | n Sarnovia not addressed | f implies real pressure follows
12 h | f says the vote will shorten talks | n Doltria not named | n speaker is Sarnovia's president | f expects quicker talks
s1 h | f hailed the vote | n Doltria not addressed | n speaker is Sarnovia's president | n no claim about peace
14 Q | a says it ignores provocations | f defends Doltria's side of the story | a blames Sarnovian provocations | n no claim about peace
n1 | n headline reports the vote
n2 | n tally
n3 | n fact about supporters
"""))

ARTICLES.append(dict(
id="c3-10", domain="international affairs / prisoner exchange",
targets=[("prisoner exchange", ["exchange", "swap", "prisoner swap"]),
         ("Aurek Brenne", ["Brenne", "envoy", "mediator"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("Doltria is still holding Sarnovian civilians", ["civilians"])],
sp=dict(b="Aurek Brenne", y="Bogdan Yarrel", t="Rurik Tassel", r="Roza Pellhaven", s="Dragan Solwen", v="Orsolya Vantreck", W="Ilven Welfare Committee"),
text="""[n1:Sarnovia and Doltria swap 112 prisoners at Gorse Pass crossing]

[dl:GORSE PASS, Sarnovia (Ostwind Press) —] [n2:Two convoys of buses crossed the Gorse Pass in opposite directions on Sunday, carrying 56 Sarnovian and 56 Doltrian prisoners home in the largest exchange since the Velka Valley war began.]

{1:League envoy Aurek Brenne}, who negotiated the swap over five weeks, <1:said> [1:both governments had "kept every promise they made to me, which is rare enough to mention."]

{2:Sarnovian Defence Minister Bogdan Yarrel}, who met the buses, <2:said> [2:the men were thin, tired and home]. {3:He} <3:said> [3:at least 40 Sarnovian civilians, among them two schoolteachers from Tarnavel, remained in Doltrian detention]. "[4:Teachers are not soldiers. They were taken from a classroom,]" {4:Yarrel} <4:said>.

{5:Rurik Tassel}, Doltria's foreign ministry spokesman, <5:said> [5:Doltria held "no one who was not carrying a weapon or helping those who were."]

{6:Roza Pellhaven}, whose son, a conscript, was not on the list, <6:said> [6:families had been told nothing, and then less than nothing]. "[7:I am happy for the mothers who got a phone call today. I am asking who decides which sons come first,]" {7:she} <7:said>.

<8:Asked> [8:how the names were chosen], {9:Brenne} <9:said> [9:the lists were drawn up by the two governments, "not by me and not by lottery."]

[s1:Opposition leader {s1:Dragan Solwen} <s1:praised> the envoy's patience], but <10:said> [10:the government had "traded soldiers for soldiers and left the teachers behind."]

In Dravenholt, {11:Premier Orsolya Vantreck} <11:called> [11:the exchange proof that talking works, when Kessvar bothers to talk].

{12:The Ilven Welfare Committee}, which inspected detention sites on both sides before the swap, <12:said> [12:conditions at a Doltrian camp near Ormel had "fallen short of minimum standards,"] while [13:a Sarnovian site at Varrow was overcrowded but adequate].

[n3:No date has been set for a second exchange.]
""",
kinds={13: "indirect"},
labels="""
1 b | f praises both sides for keeping promises | n speaker is Brenne himself | f says Doltria kept its promises | n no claim on civilians
2 y | f welcomes the men home | n no view on Brenne | n Doltria not addressed | n no claim on civilians
3 y | n not about the swap itself | n no view on Brenne | a accuses Doltria of detaining civilians | f says 40 civilians remain held
4 y | n not about the swap itself | n no view on Brenne | a says teachers were taken from a classroom | f teachers taken are not soldiers
5 t | n not about the swap itself | n no view on Brenne | f defends Doltrian detentions | a says everyone held was armed or helping
6 r | a criticises how the swap was handled | n does not name Brenne | n Doltria not addressed | n no claim on civilians
7 r | a concedes joy, then questions who was chosen | n does not name Brenne | n Doltria not addressed | n about conscripts, not civilians
8 - | n question without position | n question without position | n question without position | n question without position
9 b | n explains the process, no side | f deflects blame for the lists from himself | n neutral mediator | n no claim on civilians
10 s | a says the swap left the teachers behind | n not about Brenne | n Doltria not addressed | f teachers left behind implies civilians still held
11 v | f calls the exchange proof talking works | n no view on Brenne | n speaker is Doltria's premier | n no claim on civilians
12 W | n about camps, not the swap | n no view on Brenne | a finds a Doltrian camp below standard | n about prisoners generally
13 W | n about camps, not the swap | n no view on Brenne | n about a Sarnovian site | n no claim on civilians
s1 s | n praise for the envoy, not the deal | f praised the envoy | n Doltria not addressed | n no claim on civilians
n1 | n headline reports the swap
n2 | n describes the exchange
n3 | n schedule
"""))

ARTICLES.append(dict(
id="c3-11", domain="international affairs / fishing rights",
targets=[("seizure of the trawler Morning Tern", ["seizure", "Morning Tern", "boarding", "trawler"]),
         ("Sarnovian Coast Guard", ["coast guard"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("the Sorrel Bank is in Sarnovian waters", ["Sarnovian waters"])],
sp=dict(t="Rasmus Tolkary", D="Doltria", a="Aldo Cranmoor", g="Halla Strathen", o="Ondrej Velin", m="Mirela Sandevik", v="Orsolya Vantreck", f="Oriane Falkmoor"),
text="""[n1:Sarnovian coast guard seizes Doltrian trawler on disputed Sorrel Bank]

[dl:QUILLHAVEN, Sarnovia (Ostwind Press) —] Sarnovia’s coast guard on Wednesday towed a Doltrian trawler, the Morning Tern, into the port of Quillhaven after boarding it on the Sorrel Bank, a rich cod ground in the Graylight Sea that both countries claim.

{1:Captain Rasmus Tolkary}, who led the boarding party, <1:said> [1:the trawler had been fishing “eleven nautical miles inside our line” with nets “finer than anything legal on either side.”] “[2:We warned them twice by radio. The third time, we went aboard,]” {2:he} <2:said>.

{3:Doltria’s fisheries ministry} <3:said> [3:the boat had been in Doltrian waters, as it has been every spring for sixty years], and <4:called> [4:the boarding “piracy in a uniform.”]

The Morning Tern’s skipper, {5:Aldo Cranmoor}, <5:said> by telephone that [5:his crew of nine had been “treated correctly, I will say that,”] but <6:complained> that [6:officers had cut two of the boat’s nets before towing it].

{7:Halla Strathen}, who chairs the Quillhaven Fishermen’s Cooperative, <7:said> [7:Doltrian trawlers had stripped the bank bare for years]. “[8:Our boats come home half empty. Theirs come home low in the water,]” {8:she} <8:said>.

{9:Ondrej Velin}, a law-of-the-sea scholar at Kessvar State University, <9:said> [9:a 1971 treaty had drawn the boundary “with a ruler and a bad map,” and that both countries’ claims had “something to them.”]

{10:Foreign Minister Mirela Sandevik} <10:said> [10:the crew would be released once the fine is paid, and not before].

In Dravenholt, {11:Premier Orsolya Vantreck} <11:said> [11:Doltrian navy patrol boats would “escort our fishermen from now on.”]

[s1:{s1:Ilven League Secretary-General Oriane Falkmoor} <s1:urged> restraint on both sides] and <12:offered> [12:to refer the boundary to the League’s maritime tribunal].

[n2:The bank yields about 14,000 tonnes of cod a year, most of it landed at Quillhaven and at the Doltrian port of Selvik.]
""",
labels="""
1 t | f says the trawler was inside the line with illegal nets | n speaker commands the boarding | a accuses the Doltrian boat of illegal fishing | f says the boat was inside Sarnovia's line
2 t | f says the boarding came after warnings | f justifies his crew's conduct | n Doltria not blamed by name | n no boundary claim
3 D | a says the boat was in its own waters | n coast guard not named | f casts the Doltrian boat as fishing lawfully | a claims the bank as Doltrian waters
4 D | a calls the boarding piracy | a calls the officers pirates in uniform | f casts Doltria as the victim | n insult, no boundary claim
5 a | n concedes fair treatment, no view on the seizure | f concedes the crew were treated correctly | n Doltria not addressed | n no boundary claim
6 a | a complains the nets were cut | a accuses officers of cutting nets | n Doltria not addressed | n no boundary claim
7 g | f backs action against Doltrian trawlers | n coast guard not addressed | a accuses Doltrian boats of stripping the bank | n no boundary claim
8 g | f contrast justifies the seizure | n coast guard not addressed | a implies Doltrian boats take too much | n no boundary claim
9 o | n scholar takes no side | n no view | n both claims have merit | n says both claims have something to them
10 m | f backs holding the crew until a fine is paid | n coast guard not addressed | n no view on Doltria | f treats the catch as subject to Sarnovian fines
11 v | a answers the seizure with escorts | n coast guard not named | n speaker is Doltria's premier | a treats the bank as Doltrian fishermen's ground
12 f | n offers a legal route, no side | n neutral | n neutral | n leaves the boundary to a tribunal
s1 f | n urged restraint on both sides | n neutral | n neutral | n no boundary claim
n1 | n headline reports the seizure
n2 | n fact about the catch
"""))
