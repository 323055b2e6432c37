# c3 batch 3
ARTICLES = []

ARTICLES.append(dict(
id="c3-12", domain="international affairs / ceasefire agreement",
targets=[("Tarnavel ceasefire agreement", ["ceasefire", "agreement", "truce", "deal"]),
         ("Teodor Halvask", ["Halvask", "president"]),
         ("Homeland Party", ["Homeland"]),
         ("the ceasefire is a reward for Doltrian aggression", ["reward", "rewards", "aggression"])],
sp=dict(h="Teodor Halvask", s="Vilem Strakosch", t="Rurik Tassel", b="Aurek Brenne", i="Irma Dolenc", l="Lothar Brink", m="Mirela Sandevik"),
text="""[n1:Halvask defends Velka Valley ceasefire as nationalists rally in Kessvar]

[dl:KESSVAR (Ostwind Press) —] {1:President Teodor Halvask} on Sunday defended the ceasefire his envoys signed with Doltria two days earlier, <1:saying> [1:it "buys every family in the valley the right to sleep through the night."]

"[2:Peace is not surrender. Surrender is what you sign when you have run out of soldiers. We have not,]" {2:Halvask} <2:said> in a televised address.

Across the city, several thousand supporters of the nationalist Homeland Party filled Cathedral Square, chanting "[12:Not one village!]" {3:Party leader Vilem Strakosch} <3:told> the crowd [3:the agreement freezes Doltrian tanks exactly where they stopped].

"[4:In March they held nothing on our side of the river. Now they hold three villages, and we have signed for it,]" {4:he} <4:said>. [s1:{s1:Strakosch} also <s1:denounced> the president by name], drawing the loudest cheers of the afternoon.

In Dravenholt, {6:foreign ministry spokesman Rurik Tassel} <6:said> [6:the deal "confirms realities the Sarnovian government took far too long to accept."]

{7:League envoy Aurek Brenne}, who mediated the talks, <7:said> [7:both armies would pull heavy weapons back 15 kilometres within ten days under League monitors]. "[8:A line on a map is not a border. Nobody gave anything away on Friday,]" {8:he} <8:said>.

In Tarnavel, where shelling stopped at midnight on Friday, {9:Irma Dolenc}, a pharmacist, <9:said> [9:she would take a frozen line over a burning one, any day].

{10:Lothar Brink}, an analyst at the Carrowgate Security Forum, <10:said> [10:ceasefires that leave troops in place "tend to harden into borders within a decade."]

{11:Foreign Minister Mirela Sandevik} <11:said> [11:the Homeland Party would rather bury another hundred soldiers than lose an argument].

[n2:The ceasefire line runs for 84 kilometres along the Velka River and the Gorse Pass road.]
""",
kinds={1: "mixed"},
labels="""
1 h | f says the agreement lets families sleep | n speaker is Halvask himself | n party not addressed | a frames the deal as protecting families, not a reward
2 h | f insists the deal is not surrender | n speaker is Halvask himself | a rebuts the nationalists' surrender charge | a denies the deal is a capitulation
12 - | a chant rejects giving up any village | n chant not aimed at Halvask | n crowd chant, no view on the party itself | f no village should be conceded
3 s | a says the deal freezes Doltrian gains | n Halvask not named | n speaker leads the party | f Doltrian tanks keep what they took
4 s | a says Sarnovia signed away villages | a blames the government for signing | n speaker leads the party | f gains since March are kept
s1 s | a denounced the president over the deal | a denounced the president | n speaker leads the party | n no claim stated
6 t | f welcomes the deal's terms | a mocks the government's delay | n party not addressed | f gloats that realities were accepted
7 b | n mediator states the pullback terms | n neutral mediator | n neutral mediator | n procedure
8 b | f defends the deal as giving nothing away | n neutral mediator | a rebuts the claim that land was signed away | a says nobody gave anything away
9 i | f prefers a frozen line to fighting | n no view on Halvask | n party not addressed | n no view on reward
10 l | n analyst weighs risks, no side on the deal | n no view on Halvask | n party not addressed | f frozen lines tend to become borders
11 m | f defends the deal against the party | n no view on Halvask | a accuses the party of preferring more dead | n no claim on reward
n1 | n headline reports defence and rally
n2 | n geography of the line
"""))

ARTICLES.append(dict(
id="c3-13", domain="international affairs / tariffs",
targets=[("Sarnovian tariff on Doltrian fertiliser", ["tariff", "duty", "fertiliser tariff"]),
         ("Lenka Harbisch", ["Harbisch", "trade minister", "minister"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("the tariff will raise costs for Sarnovian farmers", ["raise costs"])],
sp=dict(w="Tamas Wendeler", h="Lenka Harbisch", a="Piotr Azelmann", k="Ruta Kellenbach", D="Doltria", s="Dragan Solwen"),
text="""[n1:Sarnovia slaps 30 percent duty on Doltrian fertiliser as farmers brace for a costly spring]

[dl:KESSVAR (Ostwind Press) —] [1:Sarnovia will impose a 30 percent tariff on all fertiliser imported from Doltria from 1 March], {1:Trade Minister Lenka Harbisch} <1:announced> on Friday.

“[2:Every sack we buy from Dravenholt pays for a shell that lands on Tarnavel,]” {2:Harbisch} <2:said>. {3:She} <3:said> [3:suppliers in Estrevia and Quessany could replace most, if not all of the Doltrian volumes by summer].

Farmers are not convinced. {4:Piotr Azelmann}, chairman of the Sarnovian Grain Growers’ Union, <4:said> [4:growers had bought 60 percent of their nitrogen from Doltria last year “because nobody else could deliver it by rail.”]

“[5:The minister has found a way to punish Dravenholt that starts with our wheat,]” {5:Azelmann} <5:said>.

{9:Tamas Wendeler}, who grows barley near Varrow, <9:said> [9:he had paid a Doltrian supplier in advance and now faced a bill for the same sacks, plus thirty percent].

{6:Ruta Kellenbach}, who studies farm markets at Kessvar State University, <6:estimated> that [6:the duty would add about 40 crowns to the cost of sowing a hectare of wheat, a sum she called “real but survivable.”]

{7:Doltria’s trade ministry} <7:called> [7:the tariff self-harm with a flag on it] and <8:said> [8:Doltrian producers had “customers queueing on three continents.”] [s1:{s1:Harbisch} <s1:shrugged off> the statement] at a news conference on Saturday.

{10:A spokesman for the agriculture ministry} <10:said> [10:a 90 million crown fund would help farmers with the first season, which is the hard one].

In the Assembly, opposition leader {11:Dragan Solwen} <11:said> [11:his Civic Front supported “the principle and not the timing.”] “[12:You do not change the farmer’s shop in February,]” {12:he} <12:said>.

[n2:Spring sowing in the Velka lowlands usually begins in the last week of March.]
""",
labels="""
1 h | n announcement of the measure | n speaker is Harbisch herself | n no view on Doltria | n no claim on costs
2 h | f argues the purchases fund shelling | n speaker is Harbisch herself | a ties Doltrian sales to shells | n no claim on costs
3 h | f says supplies can be replaced | n speaker is Harbisch herself | n Doltria not judged | a implies little extra cost
4 a | a farmers depend on Doltrian nitrogen | n Harbisch not named | n no view on Doltria | f no other supplier could deliver
5 a | a says the punishment starts with wheat | a mocks the minister's plan | n no defence of Doltria | f the burden falls on Sarnovian wheat
6 k | n calls the cost survivable, no side | n no view on Harbisch | n Doltria not addressed | f estimates a real cost per hectare
7 D | a calls the tariff self-harm | n Harbisch not named | n speaker is Doltria | f self-harm means Sarnovian costs
8 D | a says the tariff will not hurt Doltria | n Harbisch not named | f boasts of Doltrian customers | n no claim on Sarnovian costs
9 w | a the tariff lands on his prepaid order | n Harbisch not named | n Doltria not judged | f he faces thirty percent more
s1 h | f dismisses Doltrian criticism of the tariff | n speaker is Harbisch herself | a shrugged off Doltria's statement | n no claim on costs
10 - | f cushions the measure | n no view on Harbisch | n Doltria not addressed | f concedes the first season is hard
11 s | a backs the principle but not this tariff's timing | n no view on Harbisch | n Doltria not addressed | n no claim on costs
12 s | a February is the wrong time to switch | n Harbisch not named | n Doltria not addressed | f changing supplier now would hurt farmers
n1 | n headline reports the duty and concern
n2 | n agricultural calendar
"""))

ARTICLES.append(dict(
id="c3-14", domain="international affairs / refugee relocation",
targets=[("League refugee relocation scheme", ["relocation scheme", "relocation", "scheme", "quota", "quotas", "plan"]),
         ("Estrevia", ["Estrevia", "Estrevian"]),
         ("Oriane Falkmoor", ["Falkmoor", "Secretary-General"]),
         ("refugees from the valley are a security risk", ["security risk", "danger"])],
sp=dict(g="Gustav Hollender", f="Oriane Falkmoor", o="Vasil Okrent", r="Ilsabet Ravnholt", l="Lothar Brink", b="Larysa Bendik", Q="Quessany"),
text="""[n1:Estrevia refuses League refugee quota, deepening rift over Velka Valley arrivals]

[dl:CARROWGATE (Ostwind Press) —] Estrevia on Monday became the first member of the Ilven League to reject its share of a plan to relocate 60,000 refugees from overcrowded Sarnovian border camps.

Estrevian Interior Minister {1:Gustav Hollender} <1:said> [1:his country would not import a problem Carrowgate has failed to solve]. "[2:We have no way to check who these people are. None. Ask the Sarnovians how many files they have lost,]" {2:he} <2:said>. [s1:{s1:Quessany}, which is not bound by the plan, <s1:backed> Estrevia's stance] within hours.

{3:League Secretary-General Oriane Falkmoor} <3:said> [3:the plan was "a shared burden, not a charity,"] and <4:warned> that [4:members who refused their quota could lose access to League reconstruction funds].

"[5:Every person in these camps has been screened twice, once by Sarnovia and once by us,]" {5:Falkmoor} <5:said>.

In Kessvar, {6:Interior Minister Vasil Okrent} <6:called> [6:Estrevia's decision a slap, not a policy]. "[7:They bought our transit gas for years. Now they cannot take a bus of children?]" {7:he} <7:said>.

Even at home the refusal has critics. {8:Ilsabet Ravnholt}, who leads Estrevia's opposition Social Union, <8:called> [8:it "an embarrassment we will be paying for long after this government is gone."]

{9:Lothar Brink}, an analyst at the Carrowgate Security Forum, <9:said> [9:the screening was "thinner than the League admits but thicker than Estrevia claims."]

{10:Larysa Bendik}, a nurse from Tarnavel who has lived in the Hollin camp since April, <10:said> [10:she had stopped reading news about which countries did not want her]. "[11:We are nurses and bakers and bus drivers. Which of us is the danger?]" {11:she} <11:asked>.

[n2:Eleven of the League's seventeen members have accepted their quotas in full, and three have asked for more time.]
""",
labels="""
1 g | a refuses to import the problem | f defends Estrevia's refusal | a blames Carrowgate for failing | n calls it a problem, not a security threat
2 g | a argues the people cannot be checked | f justifies Estrevia's refusal | n Falkmoor not addressed | f unchecked arrivals framed as a risk
s1 Q | a backed the refusal | f backed Estrevia's stance | n Falkmoor not addressed | n no claim stated
3 f | f calls it a shared burden | n Estrevia not named | n speaker is Falkmoor herself | n no claim on risk
4 f | f threatens refusers to enforce the plan | a warns members like Estrevia of penalties | n speaker is Falkmoor herself | n no claim on risk
5 f | f defends the screening behind the plan | a rebuts Estrevia's unchecked-people argument | n speaker is Falkmoor herself | a says everyone was screened twice
6 o | f attacks the refusal of the plan | a calls Estrevia's decision a slap | n no view on Falkmoor | n no claim on risk
7 o | f rhetorical question for taking the refugees | a accuses Estrevia of ingratitude | n no view on Falkmoor | a calls them children, not threats
8 r | f criticises refusing the quota | a calls her government's refusal an embarrassment | n no view on Falkmoor | n no claim on risk
9 l | n weighs both accounts of screening | a says screening is better than Estrevia claims | a says screening is thinner than the League admits | n no verdict on risk
10 b | n personal weariness, no side on the plan | n does not name Estrevia | n no view on Falkmoor | n no claim on risk
11 b | n no view on relocation itself | n Estrevia not named | n no view on Falkmoor | a rhetorical question denies refugees are dangerous
n1 | n headline reports the refusal
n2 | n figures on acceptance
"""))

ARTICLES.append(dict(
id="c3-15", domain="international affairs / sanctions evasion",
targets=[("Rethmar Port Authority", ["port authority", "Rethmar port"]),
         ("Tidewatch Project", ["Tidewatch"]),
         ("sanctions on Doltrian oil", ["sanctions", "embargo"]),
         ("Doltrian oil is evading sanctions through Rethmar", ["evading", "evasion"])],
sp=dict(T="Tidewatch Project", b="Marit Brenholt", m="Jurgen Malloch", d="Pernille Dovrik", t="Rurik Tassel", s="Mirela Sandevik", n="Caspar Nordlund"),
text="""[n1:Report says Doltrian oil slips through League port despite embargo]

[by:By Ivo Pastern, Ostwind Press]

[dl:RETHMAR —] {1:The Tidewatch Project}, a Carrowgate-based group of investigative reporters, <1:said> in a report on Tuesday that [1:at least 31 tankers carrying Doltrian crude had unloaded at Rethmar since the embargo began, using papers that listed the oil as Quessanian].

"[2:The oil changes its passport somewhere in the middle of the Graylight Sea,]" <2:said> the report's lead author, {2:Marit Brenholt}.

{3:Jurgen Malloch}, director of the Rethmar Port Authority, <3:said> [3:his staff checked every certificate that crosses this desk]. "[4:We are a port, not an intelligence agency. If the paper is in order, the ship unloads,]" {4:he} <4:said>.

{5:League sanctions coordinator Pernille Dovrik} <5:said> [5:her office would examine each of the 31 cases]. [s1:{s1:She} <s1:praised> the reporters' work], which drew on satellite images and port logs.

In Dravenholt, {7:Rurik Tassel} <7:called> [7:the report "a fairy tale about magic tankers."] "[8:Our oil is sold legally to whoever wishes to buy it. That is called trade,]" {8:he} <8:said>.

{9:Sarnovian Foreign Minister Mirela Sandevik} <9:said> [9:the findings showed the League's measures leaking like a garden hose] and <10:urged> League members [10:to close Rethmar's oil terminal to tankers that switch off their transponders].

{11:Caspar Nordlund}, a shipping lawyer in Rethmar, <11:said> [11:the report had found "a paper trail, not a crime."] "[12:Show me a customs officer who can smell where crude came from,]" {12:he} <12:said>.

{13:A crane operator at the terminal} <13:said> [13:everyone on the quay knew which ships were Doltrian the moment the crews came ashore].

[n2:Rethmar handled 2.4 million tonnes of crude last year, up from 1.1 million in 2022, and its oil terminal is the largest on the League's northern coast.]
""",
labels="""
1 T | a unloading happened under its watch | n speaker is the group itself | n reports, takes no side on the embargo | f reports 31 tankers with false papers
2 b | n port not named | n speaker works for the group | n no view on the embargo | f says the oil is relabelled at sea
3 m | f defends his staff's checks | a rejects the report's implication | n no view on the embargo | a says every certificate is checked
4 m | f says the port follows the paperwork | n no view on the report | n no view on the embargo | n concedes limits, does not deny or confirm
5 d | n official states a review | n neutral | n procedure | n procedure
s1 d | n port not addressed | f praised the reporters' work | n no view on the embargo itself | n praise, no finding stated
7 t | n port not addressed | a calls the report a fairy tale | n no view stated on the embargo | a denies the tankers exist
8 t | n port not addressed | n not about the report | a treats the embargo as illegitimate | n no claim about Rethmar
9 s | n port not named | f relies on the report's findings | f wants the measures to work | f says the measures are leaking
10 s | a wants the port's terminal closed to such tankers | n not about the report | f seeks tighter enforcement | n no finding stated
11 n | n port not addressed | a says the report proves no crime | n no view on the embargo | n disputes legality, not the shipments
12 n | f defends customs staff | n not about the report | n no view on the embargo | n rhetorical defence, no finding
13 - | a says the port knew | n does not mention the report | n no view on the embargo | f says everyone knew the ships were Doltrian
n1 | n headline summarises the report
n2 | n throughput figures
"""))

ARTICLES.append(dict(
id="c3-16", domain="international affairs / long-range weapons aid",
targets=[("long-range missiles for Sarnovia", ["missiles", "long-range missiles"]),
         ("Hedda Brannvik", ["Brannvik", "commissioner"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("Sarnovia should be allowed to strike inside Doltria", ["strike inside Doltria"])],
sp=dict(s="Dragan Solwen", b="Hedda Brannvik", w="Carl Weissdorn", h="Teodor Halvask", v="Orsolya Vantreck", r="Signe Ravelle", a="Tilde Amberg", S="Sarnovia"),
text="""[n1:League defence chief backs long-range missiles for Sarnovia, splitting members]

[dl:CARROWGATE (Ostwind Press) —] {1:League Defence Commissioner Hedda Brannvik} <1:said> on Wednesday that [1:Sarnovia cannot be asked to fight with one hand tied to a chair], and that [2:she would recommend sending it missiles with a range of 300 kilometres].

“[3:The launchers that hit Tarnavel sit fifty kilometres behind the line. Our rules protect them,]” {3:Brannvik} <3:said>. [s1:{s1:Sarnovia’s defence ministry} <s1:welcomed> the recommendation] within the hour.

Estrevia’s defence minister, {4:Carl Weissdorn}, <4:said> [4:missiles that could reach Dravenholt would “turn a border war into a war between capitals.”] {5:He} <5:accused> [5:Brannvik of writing policy for the newspapers].

In a video message, {6:President Teodor Halvask} <6:said>: “[6:We are not asking to hit their cities. We are asking to hit what hits ours.]”

Doltria’s premier, {7:Orsolya Vantreck}, <7:said> [7:any missile landing on Doltrian soil would be treated “as if the League had fired it itself.”]

{8:Signe Ravelle}, a defence analyst at the Carrowgate Security Forum, <8:said> [8:the warning was mostly for domestic consumption]. “[9:Two of the three launch sites Kessvar worries about are within 120 kilometres. You do not need to aim at Dravenholt to reach them,]” {9:she} <9:said>.

{10:Tilde Amberg}, spokeswoman for the Carrowgate pressure group Quiet Valley, <10:said> “[10:Every kilometre of range is another kilometre of escalation.]”

In Kessvar, opposition leader {12:Dragan Solwen} <12:said> [12:his Civic Front backed the request but wanted “a written promise that nobody aims at a school.”]

{11:A League spokesman} <11:said> [11:defence ministers would take up the recommendation on 14 October]. [n3:Ministers from all seventeen member states must agree before any transfer.]

[n2:The League has so far supplied only weapons with a range below 80 kilometres, on condition that they are not fired across the border.]
""",
kinds={10: "direct"},
labels="""
1 b | f argues Sarnovia needs more reach | n speaker is Brannvik herself | n Doltria not addressed | f says Sarnovia should not be held back
2 b | f will recommend the missiles | n speaker is Brannvik herself | n Doltria not addressed | n recommendation, no targeting claim
3 b | f the current range cannot reach the launchers | n speaker is Brannvik herself | a the launchers hit Tarnavel | f current rules shield launchers in Doltria
s1 S | f welcomed the recommendation | f welcomed her recommendation | n Doltria not addressed | n no targeting claim
4 w | a warns the missiles widen the war | n Brannvik not named | n Doltria not judged | a striking toward capitals means escalation
5 w | a dismisses the proposal as publicity | a accuses Brannvik of writing for newspapers | n Doltria not addressed | n insult, no targeting claim
6 h | f asks to hit what hits Sarnovia | n Brannvik not addressed | a says Doltria hits Sarnovian cities | f asks to strike the launchers
7 v | a threatens to treat strikes as League attacks | n Brannvik not named | n speaker is Doltria's premier | a warns against any strike on its soil
8 r | f discounts the escalation warning | n no view on Brannvik | a calls Doltria's threat posturing | n no targeting claim
9 r | f the launchers are within range of such missiles | n no view on Brannvik | n Doltria not judged | f strikes on launchers need not hit the capital
10 a | a more range means more escalation | n Brannvik not named | n Doltria not addressed | a opposes reaching further
11 - | n procedure | n procedure | n procedure | n procedure
12 s | f backs the request | n no view on Brannvik | n Doltria not judged | f accepts strikes if schools are spared
n1 | n headline reports the split
n3 | n procedure
n2 | n background on current limits
"""))

ARTICLES.append(dict(
id="c3-17", domain="international affairs / peacekeeping misconduct",
targets=[("Quessanian peacekeeping contingent", ["Quessanian contingent", "contingent", "Quessanian troops", "Quessanian soldiers"]),
         ("Ysbrand Kolle", ["Kolle", "commander"]),
         ("Ilven League peacekeeping mission", ["peacekeeping mission", "mission", "peacekeepers"]),
         ("the mission has covered up the looting complaints", ["covered up", "cover-up"])],
sp=dict(h="Jadwiga Hellic", u="Milan Hudec", k="Ysbrand Kolle", Q="Quessany", o="Vasil Okrent", n="Nadja Orloff", f="Oriane Falkmoor"),
text="""[n1:Villagers accuse peacekeepers of looting; mission commander orders inquiry]

[dl:OSTER DELL, Sarnovia (Ostwind Press) —] {1:Residents of three villages in the Velka Valley} <1:say> [1:soldiers from the Quessanian contingent of the League's peacekeeping mission took food, fuel and livestock from empty homes during the spring fighting].

"[2:They guarded the road by day and emptied the Brodnik house by night,]" <2:said> {2:Jadwiga Hellic}, who runs the bakery in Oster Dell.

{3:Milan Hudec}, a farmer, <3:said> [3:he had reported the theft of two cows to the mission in May and heard nothing, not a letter, not a knock].

{4:Lieutenant General Ysbrand Kolle}, the mission's commander, <4:said> [4:he had ordered an inquiry "with no limits on rank or flag."] "[5:If one of my soldiers stole from the people he was sent to protect, he will go home in handcuffs,]" {5:Kolle} <5:said>.

<6:Asked> [6:why complaints filed in May had gone unanswered], {7:he} <7:said> [7:some had been "misrouted," and that he took responsibility for that].

{8:Quessany's defence ministry} <8:said> [8:its soldiers had requisitioned supplies lawfully, with receipts, under combat conditions]. "[9:Receipts? Show me one,]" {9:Hudec} <9:said> when the statement was read to him.

In Kessvar, {10:Interior Minister Vasil Okrent} <10:said> [10:the government would "ask hard questions of friends as well as enemies."]

{11:Nadja Orloff} of the Kessvar Rights Bureau <11:said> [11:the mission had logged 17 complaints since April and acted on none of them until a newspaper called].

[s1:{s1:League Secretary-General Oriane Falkmoor} <s1:backed> the inquiry] in a statement on Thursday.

Back at her counter in Oster Dell, {12:Hellic} <12:said> [12:she still wanted the blue helmets to stay in the valley, "just not that lot from the north road."]

[n2:The Quessanian contingent, about 600 soldiers, has patrolled the northern half of the valley since January.]
""",
kinds={7: "mixed"},
labels="""
1 - | a accuse its soldiers of looting | n Kolle not addressed | n blame aimed at one contingent | n no claim about concealment
2 h | a says they emptied a house at night | n Kolle not addressed | n no verdict on the mission as a whole | n no claim about concealment
3 u | n blames no contingent for the silence | n Kolle not named | a says the mission ignored his report | f his complaint met silence
4 k | n inquiry ordered, no verdict yet | n speaker is Kolle himself | f presents the mission acting | a says the inquiry has no limits
5 k | n conditional, no verdict | n speaker is Kolle himself | f promises the mission will punish theft | a promises to punish, not hide
6 - | n question without position | n question without position | n question without position | n question without position
7 k | n contingent not addressed | n speaker is Kolle himself | a concedes complaints went unanswered | a blames misrouting, not concealment
8 Q | f defends its soldiers as lawful | n Kolle not addressed | n no view on the mission | n no claim about concealment
9 u | a sarcasm at the receipts defence | n Kolle not addressed | n no view on the mission | n no claim about concealment
10 o | a promises hard questions for friends | n Kolle not addressed | n no view on the mission | n no claim about concealment
11 n | n contingent not named | a implies the commander moved only under pressure | a says the mission ignored 17 complaints | f acted only when a newspaper called
12 h | a rejects the Quessanian soldiers | n Kolle not addressed | f wants the mission to stay | n no claim about concealment
s1 f | n no view on the contingent | f backed the commander's inquiry | f backs the mission's inquiry | n no claim about concealment
n1 | n headline reports accusations and inquiry
n2 | n background on the contingent
"""))
