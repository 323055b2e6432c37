# c3 batch 4
ARTICLES = []

ARTICLES.append(dict(
id="c3-18", domain="international affairs / arms exports and neutrality",
targets=[("Estrevian halt on shell exports to Sarnovia", ["halt", "export halt", "suspension", "pause"]),
         ("Kavel Works", ["Kavel"]),
         ("Carl Weissdorn", ["Weissdorn", "defence minister"]),
         ("the shells are needed to defend Sarnovian towns", ["defend"])],
sp=dict(w="Carl Weissdorn", k="Britta Kovasz", e="Elof Tarrance", y="Bogdan Yarrel", D="Doltria", h="Henrikke Aavik", g="Sten Gullberg"),
text="""[n1:Estrevia freezes artillery shell exports to Sarnovia after court challenge]

[dl:VALDERHOLM, Estrevia (Ostwind Press) —] Estrevia's government on Thursday suspended export licences for artillery shells bound for Sarnovia, a week after a court in Valderholm agreed to hear a challenge brought by a small peace group under the country's 1958 neutrality law.

{1:Defence Minister Carl Weissdorn} <1:said> [1:the halt lets the court speak before the factory does]. "[2:Estrevia does not take sides in other people's wars, whatever our order books say,]" {2:he} <2:said>.

{3:Britta Kovasz}, chief executive of Kavel Works, the state-linked manufacturer that makes the shells, <3:said> [3:the company had 220,000 rounds on order for Sarnovia and would lay off 400 workers if the halt lasted past December]. "[4:Those shells are not going to a war of conquest. They are going to a country that was invaded,]" {4:she} <4:said>.

{5:Elof Tarrance}, the lawyer for the peace group Neutral Path, <5:said>: "[5:Neutrality with a price list is not neutrality.]"

In Kessvar, {6:Sarnovian Defence Minister Bogdan Yarrel} <6:said> [6:his gunners along the Velka were down to "a third of what they fire on a quiet day."] "[7:Tell the mothers in Tarnavel about Estrevian neutrality. They will have questions,]" {7:he} <7:said>.

[s1:{s1:Doltria's foreign ministry} <s1:welcomed> the decision], which {8:it} <8:said> [8:would cool the valley].

{9:Henrikke Aavik}, who teaches international law at Valderholm University, <9:said> [9:the neutrality law "was written for a different century and a different map,"] and <10:predicted> [10:the court would rule by February].

At Kavel's plant in Lodmere, {11:Sten Gullberg}, a machinist for 26 years, <11:said> [11:he had "never met a Sarnovian, but I know what our shells are for."]

[n2:Estrevia supplied roughly a quarter of the shells Sarnovia received from abroad last year.]
""",
labels="""
1 w | f defends letting the court decide first | n Kavel not addressed | n speaker is Weissdorn himself | n no view on Sarnovia's need
2 w | f neutrality over sales | a puts neutrality above the firm's order books | n speaker is Weissdorn himself | n no view on Sarnovia's need
3 k | a the halt threatens 400 jobs | n speaker heads Kavel | n Weissdorn not named | n jobs, not defence needs
4 k | a argues the shells serve an invaded country | n speaker heads Kavel | n Weissdorn not named | f shells go to a country defending itself
5 e | f rejects neutrality with a price list | a attacks selling arms for profit | n Weissdorn not named | n no view on Sarnovia's need
6 y | a the shortage shows the cost of the halt | n Kavel not addressed | n Weissdorn not named | f gunners short of what they need
7 y | a mocks Estrevian neutrality | n Kavel not addressed | a scorns the minister's neutrality line | f towns pay the price of the shortage
9 h | a the law behind the halt is outdated | n Kavel not addressed | n no view on Weissdorn | n no view on Sarnovia's need
10 h | n prediction of timing | n procedure | n procedure | n procedure
11 g | a the shells have a purpose he backs | f defends the plant's work | n Weissdorn not named | f knows the shells defend people
8 D | f says the halt will calm the fighting | n Kavel not addressed | n Weissdorn not named | n no claim on Sarnovia's need
s1 D | f welcomed the decision | n Kavel not addressed | n Weissdorn not named | n no claim on Sarnovia's need
n1 | n headline reports the freeze
n2 | n supply figure
"""))

ARTICLES.append(dict(
id="c3-19", domain="international affairs / energy pipeline",
targets=[("Brackwater interconnector", ["interconnector", "pipeline", "gas link", "pipe"]),
         ("Helga Morrenstad", ["Morrenstad"]),
         ("Saltgrass Keepers", ["Saltgrass Keepers"]),
         ("the interconnector is worth its cost", ["worth"])],
sp=dict(K="Saltgrass Keepers", A="Ambervein Transit Company", h="Helga Morrenstad", o="Oda Ferncliffe", y="Yannick Drossel", w="Wilma Tovald", g="Lotte Varnhal", p="Piet Grenwald", c="Brackwater regional court"),
text="""[n1:Cost of Sarnovia’s new gas link to the League jumps by half as marsh protests grow]

[dl:BRACKWATER, Sarnovia (Ostwind Press) —] [1:The Brackwater interconnector, a 190-kilometre pipeline meant to bring League gas into Sarnovia and end its reliance on Doltrian supply, will cost 1.8 billion marks rather than the 1.2 billion first promised], {1:its builder, Ambervein Transit Company,} <1:said> on Monday.

Chief executive {2:Helga Morrenstad} <2:blamed> [2:the overrun on steel prices and on “a year of lawsuits from people who heat their homes with our gas.”] “[3:Every month this pipe is late, we send another 90 million marks to Dravenholt,]” {3:she} <3:said>.

The lawsuits come from {4:the Saltgrass Keepers}, a conservation group that <4:says> [4:the route across the Brackwater salt marsh will wipe out “the last breeding ground of the grey tern in this country.”]

“[5:They found 600 million extra for steel. They could not find 40 million to go around the marsh?]” <5:said> the group’s chair, {5:Oda Ferncliffe}.

{6:Energy Minister Yannick Drossel} <6:said> [6:the interconnector pays for itself in four winters at current Doltrian prices]. {7:Wilma Tovald}, an economist at the Carrowgate Institute for Trade, <7:said> [7:the payback sum assumed Doltrian prices “that nobody in the market expects to last.”]

“[8:I would still build it. I would just stop selling it as a bargain,]” {8:Tovald} <8:said>.

{9:Lotte Varnhal} of the Greens <9:said> [9:her party supported the pipeline but not through the marsh]. [s1:{s1:Morrenstad} <s1:rejected> the alternative route] as too slow.

{10:Piet Grenwald}, mayor of Brackwater, <10:said> [10:construction had brought 700 jobs to a town “that had forgotten what a payday queue looks like.”]

{11:The regional court in Brackwater} <11:said> [11:it would rule on the group’s appeal on 3 November].

[n2:The pipeline is about 60 percent complete, and its first gas is now expected in the winter after next.]
""",
kinds={4: "mixed"},
labels="""
1 A | n reports the new cost figure | n no view on Morrenstad | n group not addressed | a cost up by half, as the builder admits
2 h | f defends the project's overrun | n speaker is Morrenstad herself | a blames the group's lawsuits | n no claim on worth
3 h | f each month of delay costs money to Doltria | n speaker is Morrenstad herself | a implies the delays are costly | f delay is costlier than building
4 K | a says the route will destroy a breeding ground | n Morrenstad not named | n the group states its own case | n no cost claim
5 o | a attacks the route choice | a mocks the builder's spending choice | n speaker chairs the group | n a cost comparison, not worth
6 y | f says the interconnector pays for itself | n no view on Morrenstad | n group not addressed | f pays for itself in four winters
7 w | n challenges a figure, not the project | n no view on Morrenstad | n group not addressed | a the payback sum rests on unlikely prices
8 w | f would still build it | n no view on Morrenstad | n group not addressed | f worth building even if not a bargain
9 g | f supports the pipeline with another route | n Morrenstad not named | f sides with the marsh | n no claim on worth
s1 h | n route detail, not the project as such | n speaker is Morrenstad herself | a rejects the route the group wants | n no claim on worth
10 p | f construction brought jobs | n no view on Morrenstad | n group not addressed | f local jobs are a benefit
11 c | n court states procedure | n procedure | n procedure | n procedure
n1 | n headline reports cost and protests
n2 | n progress figure
"""))

ARTICLES.append(dict(
id="c3-20", domain="international affairs / membership vote",
targets=[("Sarnovian membership of the Ilven League", ["membership", "accession", "admission", "joining"]),
         ("Estrevia", ["Estrevia", "Estrevian"]),
         ("Teodor Halvask", ["Halvask", "president"]),
         ("Sarnovia is ready to join the League", ["ready"])],
sp=dict(v="Vilem Strakosch", h="Teodor Halvask", r="Paulo Ressendt", f="Oriane Falkmoor", m="Mirela Sandevik", o="Nadja Orloff", t="Rurik Tassel", K="Kessvar Sentinel", s="Dragan Solwen", Q="Quessany"),
text="""[n1:League opens membership talks with Sarnovia as Estrevia abstains]

[dl:CARROWGATE (Ostwind Press) —] [n2:The Ilven League Assembly voted 15 to 0 on Friday to open formal membership talks with Sarnovia, with Estrevia and one other member abstaining.]

{1:President Teodor Halvask} <1:called> [1:the vote "the day our valley stopped being a border and started being a doorway."] "[2:We have rebuilt our courts, our customs and our budget in two years. Others took ten,]" {2:he} <2:said>.

Estrevia's foreign minister, {3:Paulo Ressendt}, <3:said> [3:his country had abstained because Sarnovia still has a war inside its borders and judges who answer the telephone]. "[4:We are not against Sarnovia. We are against pretending,]" {4:he} <4:said>.

{5:League Secretary-General Oriane Falkmoor} <5:said> [5:the talks would take "years, not months," and that no chapter would close "on sympathy alone."] <12:Asked> [12:whether a country with a frozen front line could join at all], {13:she} <13:said> [13:the League's treaty does not forbid it, and does not make it easy].

{6:Sarnovian Foreign Minister Mirela Sandevik} <6:accused> [6:Estrevia of "moving the finish line every time we reach it."]

Some in Kessvar sided with the sceptics. {7:Nadja Orloff}, director of the Kessvar Rights Bureau, <7:said> [7:the League was right to insist on judicial reform, "because we have asked for it for ten years and nobody listened."]

In Dravenholt, {8:Rurik Tassel} <8:said> [8:Sarnovian membership would be "a permanent provocation on our doorstep."] [s1:{s1:Quessany}, by contrast, <s1:congratulated> Sarnovia].

[9:Sixty-four percent of Sarnovians support joining the League], <9:according to> {9:a survey published this week by the Kessvar Sentinel}.

Opposition leader {10:Dragan Solwen} <10:said> [10:the government deserved credit "for once."] "[11:Now let them explain to our farmers what League grain prices will do to them,]" {11:he} <11:said>.

The nationalist Homeland Party was less generous. Its leader, {14:Vilem Strakosch}, <14:said> [14:the League wanted "our soldiers on its border and our farmers out of business."]
""",
labels="""
1 h | f hails the vote as a doorway | n Estrevia not addressed | n speaker is Halvask himself | n no readiness claim yet
2 h | f argues Sarnovia has earned entry | n Estrevia not named | n speaker is Halvask himself | f cites two years of reforms
3 r | a explains abstaining on membership | f defends Estrevia's abstention | a implies political pressure on judges | a war and pliant judges, not ready
4 r | n says Estrevia is not against Sarnovia | f presents Estrevia's stance as principled | n Halvask not named | a calls readiness a pretence
5 f | n official describes a long process | n Estrevia not addressed | n no view on Halvask | a no chapter will close on sympathy
12 - | n question without position | n question without position | n question without position | n question without position
13 f | n states the treaty's terms | n Estrevia not addressed | n no view on Halvask | n neither rules it out nor in
14 v | a says membership serves the League at Sarnovia's cost | n Estrevia not addressed | n Halvask not named | n no readiness claim
6 m | f defends the bid against Estrevia | a accuses Estrevia of moving the finish line | n no view on Halvask | f says Sarnovia keeps reaching the line
7 o | n no verdict on membership | f agrees with the sceptics' demand | n does not name Halvask | a says judicial reform is still missing
8 t | a calls membership a provocation | n Estrevia not addressed | n Halvask not named | n no readiness claim
s1 Q | f congratulated Sarnovia on the talks | n Estrevia not addressed | n Halvask not named | n no readiness claim
9 K | f a majority support joining | n Estrevia not addressed | n Halvask not named | n public support, not readiness
10 s | f credits the government for the vote | n Estrevia not addressed | f grudging credit to the government | n no readiness claim
11 s | n raises a cost, does not reject joining | n Estrevia not addressed | a challenges the government to explain costs | n no readiness claim
n1 | n headline reports the vote
n2 | n tally
"""))

ARTICLES.append(dict(
id="c3-21", domain="international affairs / prisoner exchange collapse",
targets=[("second prisoner exchange", ["exchange", "swap"]),
         ("Ilven Welfare Committee", ["Welfare Committee", "committee"]),
         ("Bogdan Yarrel", ["Yarrel", "defence minister"]),
         ("Sarnovia is mistreating Doltrian prisoners", ["mistreating", "mistreatment", "ill-treatment"])],
sp=dict(t="Rurik Tassel", y="Bogdan Yarrel", W="Ilven Welfare Committee", r="Roza Pellhaven", b="Aurek Brenne", k="Kaspar Ledwin", o="Nadja Orloff", h="Teodor Halvask"),
text="""[n1:Second prisoner swap collapses as Doltria accuses Sarnovia of abuse]

[dl:GORSE PASS, Sarnovia (Ostwind Press) —] [n2:A planned exchange of 80 prisoners at the Gorse Pass was called off early on Saturday, with buses already waiting on both sides of the crossing.]

{1:Rurik Tassel}, Doltria’s foreign ministry spokesman, <1:said> [1:Dravenholt had pulled out after soldiers freed in the first swap described beatings at night and no doctor for weeks at a Sarnovian camp near Varrow]. “[2:We will not send buses for men until we know the other men are alive and whole,]” {2:he} <2:said>.

{3:Sarnovian Defence Minister Bogdan Yarrel} <3:called> [3:the allegations “a script written in Dravenholt and read by frightened boys.”] “[4:Any inspector can walk into Varrow tomorrow morning. I will drive them there myself,]” {4:he} <4:said>.

{5:The Ilven Welfare Committee}, which visited Varrow in August, <5:said> [5:it had found the camp overcrowded but had seen no evidence of systematic ill-treatment], though <6:it added> that [6:its staff had not been allowed to interview detainees in private].

{10:Kaspar Ledwin}, a Doltrian corporal released in the first exchange, <10:said> in an interview on Doltrian state television that [10:guards had beaten prisoners who talked after lights-out].

{11:Nadja Orloff}, whose Kessvar Rights Bureau monitors Sarnovian detention sites, <11:said> [11:her group had received “credible complaints” about Varrow in the spring and had passed them to the defence ministry]. “[12:We are still waiting for an answer,]” {12:she} <12:said>.

{7:Roza Pellhaven}, whose son is held in Doltria, <7:said> [7:she had packed a bag for him for the second time this year]. “[8:Both sides are playing chess with our children,]” {8:she} <8:said>.

{9:League envoy Aurek Brenne} <9:said> [9:he hoped to reschedule the exchange within two weeks]. [s1:{s1:President Teodor Halvask} <s1:condemned> the cancellation] in a short statement on Saturday evening.
""",
labels="""
1 t | a justifies pulling out of the swap | n committee not addressed | n Yarrel not named | f relays accounts of beatings
2 t | a refuses to go ahead for now | n committee not addressed | n Yarrel not named | f implies the men are not safe
3 y | n about the allegations, not the swap | n committee not addressed | n speaker is Yarrel himself | a dismisses the allegations as a script
4 y | n about inspection, not the swap | n offer of access, no view on the committee | n speaker is Yarrel himself | a offers access as proof of nothing to hide
5 W | n about the camp, not the swap | n speaker is the committee | n Yarrel not named | a found no systematic ill-treatment
6 W | n about the camp, not the swap | n speaker is the committee | n Yarrel not named | f admits it could not check in private
10 k | n about the camp, not the swap | n committee not addressed | n Yarrel not named | f says guards beat prisoners
11 o | n about the camp, not the swap | n committee not addressed | a complaints went to his ministry | f calls complaints credible
12 o | n no view on the swap | n committee not addressed | a the ministry has not answered | f implies the complaints were ignored
7 r | f she wants the swap to happen | n committee not addressed | n Yarrel not named | n no claim on treatment
8 r | n blames both sides, not the swap | n committee not addressed | a the minister is one of the chess players | n no claim on treatment
9 b | f wants the exchange rescheduled | n committee not addressed | n Yarrel not named | n no claim on treatment
s1 h | f condemned the cancellation | n committee not addressed | n Yarrel not named | n no claim on treatment
n1 | n headline reports collapse and accusation
n2 | n describes the cancelled swap
"""))

ARTICLES.append(dict(
id="c3-22", domain="international affairs / fishing rights ruling",
targets=[("tribunal ruling on the Sorrel Bank", ["ruling", "tribunal", "decision", "line"]),
         ("Quillhaven Fishermen's Cooperative", ["cooperative", "Quillhaven fishermen"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("the ruling is fair to both countries", ["fair"])],
sp=dict(j="Adelheid Korsgaard", m="Mirela Sandevik", g="Halla Strathen", v="Orsolya Vantreck", r="Jorik Valleau", o="Ondrej Velin", f="Oriane Falkmoor", t="Rasmus Tolkary", C="Quillhaven Fishermen's Cooperative"),
text="""[n1:League tribunal splits Sorrel Bank, angering fishermen on both shores]

[dl:CARROWGATE (Ostwind Press) —] [n2:The Ilven League's maritime tribunal on Tuesday divided the Sorrel Bank roughly in half, giving Sarnovia the shallow southern grounds and Doltria the deeper northern waters where most of the cod spawn.]

{1:Judge Adelheid Korsgaard}, who presided, <1:wrote> that [1:the 1971 treaty could not be read to give either party the whole of a fishery both have always shared].

{2:Sarnovian Foreign Minister Mirela Sandevik} <2:said> [2:Sarnovia would "respect the ruling, as we have asked others to respect rulings."]

In Quillhaven the mood was darker. {3:Halla Strathen}, who chairs the Quillhaven Fishermen's Cooperative, <3:said> [3:the tribunal had handed Doltria "the fish and left us the sand."] "[4:Sixty percent of the cod, and they call it half,]" {4:she} <4:said>. [s1:{s1:Her cooperative} <s1:condemned> the ruling] at a meeting on the quay.

Across the water, {5:Doltrian Premier Orsolya Vantreck} <5:said> [5:her country had lost "waters our grandfathers fished"] but <6:said> [6:Doltria would comply]. {7:Jorik Valleau}, who skippers a trawler out of Selvik, <7:said> [7:the southern shallows were "where the young fish grow, and now we cannot touch them."]

{8:Ondrej Velin}, a law-of-the-sea scholar at Kessvar State University, <8:said> [8:the fact that "both sides are furious" was "usually the sign of a sensible line."] "[9:If either captain had cheered, I would worry,]" {9:he} <9:said>.

{10:League Secretary-General Oriane Falkmoor} <10:urged> both governments [10:to fish the line, not fight over it].

{11:Captain Rasmus Tolkary} of the Sarnovian coast guard <11:said> [11:his patrols would enforce the new boundary "from midnight, to the metre."]

{12:A tribunal clerk} <12:said> [12:either side could ask for a review within 60 days]. [n3:About 140 boats from the two countries fish the bank in a normal season, most of them under twenty metres long.]
""",
labels="""
1 j | f sets out the ruling's reasoning | n cooperative not addressed | n treats both parties alike | f says neither side may take the whole
2 m | f pledges to respect the ruling | n cooperative not addressed | a jab at Doltria ignoring rulings | n no view on fairness
3 g | a says Sarnovia got only sand | n speaker chairs the cooperative | n blames the tribunal, not Doltria | a says Doltria got the fish
4 g | a disputes the split | n speaker chairs the cooperative | n blames the tribunal | a says sixty-forty is not half
s1 C | a condemned the ruling | n speaker is the cooperative | n Doltria not addressed | a condemnation implies unfairness
5 v | a complains of lost waters | n cooperative not addressed | n speaker is Doltria's premier | a says Doltria lost ancestral waters
6 v | f pledges compliance | n cooperative not addressed | n speaker is Doltria's premier | n no view on fairness
7 r | a complains about losing the shallows | n cooperative not addressed | n no view on Doltria's government | a Doltrian boats lose the nursery grounds
8 o | f calls the line sensible | n no view on the cooperative | n neutral | f mutual anger signals a fair split
9 o | f cheering would be a bad sign | a gently mocks the captains' anger | n neutral | f implies balance
10 f | f urges both sides to accept the line | n neutral | n neutral | n no view on fairness
11 t | f will enforce the new boundary | n cooperative not addressed | n Doltria not addressed | n no view on fairness
12 - | n procedure | n procedure | n procedure | n procedure
n1 | n headline reports the split and anger
n2 | n describes the ruling
n3 | n fleet figures
"""))

ARTICLES.append(dict(
id="c3-23", domain="international affairs / ceasefire violation",
targets=[("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("Ilven League monitors", ["monitors", "monitoring team"]),
         ("Tarnavel ceasefire agreement", ["ceasefire", "truce"]),
         ("the hospital was hit by Doltrian artillery", ["Doltrian artillery", "Doltrian battery"])],
sp=dict(o="Vitus Olbrecht", t="Rurik Tassel", r="Dagny Rusk", m="Mirela Sandevik", b="Halina Brenko", s="Vilem Strakosch", h="Teodor Halvask", f="Oriane Falkmoor"),
text="""[n1:Shell hits Tarnavel hospital as ceasefire frays; monitors decline to assign blame]

[dl:TARNAVEL, Sarnovia (Ostwind Press) —] [n2:A shell struck the east wing of Tarnavel’s main hospital before dawn on Wednesday, killing a nurse and wounding four patients, in the first deadly strike on the town since the ceasefire took effect in September.]

{1:Major Vitus Olbrecht}, a Sarnovian army spokesman, <1:said> [1:radar had tracked the round to a battery 11 kilometres east of the line]. “[2:They signed a ceasefire in September and aimed at a maternity ward in November,]” {2:he} <2:said>.

In Dravenholt, {3:Rurik Tassel} <3:said> [3:Doltrian guns had been silent for sixty-one days, and last night too], and <4:suggested> that [4:the shell had come from “a Sarnovian depot that has been exploding politely for weeks.”]

{5:Colonel Dagny Rusk}, who leads the League’s monitoring team in the valley, <5:said> [5:her officers had examined the crater but could not yet say with confidence where the round was fired from].

{6:Foreign Minister Mirela Sandevik} <6:said> [6:the monitors had “the radar data, the crater and a dead nurse”] and <7:asked> [7:what more they were waiting for].

The hospital’s director, {8:Dr. Halina Brenko}, <8:said> [8:the nurse, Iveta Sorn, had worked on the ward for 31 years]. “[9:I do not care whose gun it was. I care that somebody decided a hospital was an acceptable risk,]” {9:she} <9:said>.

{10:Vilem Strakosch}, leader of the nationalist Homeland Party, <10:said> [10:the strike proved the ceasefire was a pause for Doltria to reload].

{11:President Teodor Halvask} <11:said> [11:Sarnovia would not fire back and that the ceasefire “still has more life in it than its enemies think.”]

[s1:{s1:League Secretary-General Oriane Falkmoor} <s1:defended> the monitors] against criticism from Kessvar.

{12:A nurse who was on duty} <12:said> [12:the shell came from the east, the way they always come].
""",
labels="""
1 o | a traces the round to a battery east of the line | n monitors not addressed | n no view on the ceasefire | f radar points to a Doltrian battery
2 o | a accuses Doltria of breaking its word | n monitors not addressed | n faults a party, not the agreement | f says they aimed at the ward
3 t | f denies Doltrian firing | n monitors not addressed | n no view on the agreement | a says Doltrian guns were silent
4 t | f shifts blame away from Doltria | n monitors not addressed | n no view on the agreement | a blames a Sarnovian depot
5 r | n monitor withholds judgment | n speaker leads the monitors | n no view on the agreement | n cannot yet say where it came from
6 m | a implies the evidence points to Doltria | a faults the monitors for waiting | n no view on the agreement | f evidence already points one way
7 m | n question adds no new charge | a presses the monitors for inaction | n no view on the agreement | f implies the answer is known
8 b | n fact about the nurse | n monitors not addressed | n no view on the agreement | n no blame assigned
9 b | n refuses to assign blame | n monitors not addressed | n no view on the agreement | n says she does not care whose gun
10 s | a says Doltria uses the pause to reload | n monitors not addressed | a calls the ceasefire a pause for reloading | f treats the strike as Doltria's
11 h | n no blame stated | n monitors not addressed | f says the ceasefire still has life | n no blame assigned
s1 f | n Doltria not addressed | f defended the monitors | n no view on the agreement | n no blame assigned
12 - | a says shells always come from the east | n monitors not addressed | n no view on the agreement | f says the shell came from the east
n1 | n headline reports the strike
n2 | n describes the strike
"""))
