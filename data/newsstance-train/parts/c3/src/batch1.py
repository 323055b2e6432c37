# c3 batch 1: Sarnovia / Doltria / Ilven League
ARTICLES = []

ARTICLES.append(dict(
id="c3-01", domain="international affairs / border war and ceasefire talks",
targets=[("Velka Valley ceasefire talks", ["ceasefire talks", "talks", "truce", "ceasefire"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("Mirela Sandevik", ["Sandevik", "foreign minister"]),
         ("Doltrian troops should leave the Gorse Pass", ["Gorse Pass", "withdraw", "withdrawal"])],
sp=dict(o="Mirela Sandevik", t="Rurik Tassel", b="Aurek Brenne", s="Dragan Solwen", v="Ennis Korvath", f="Oriane Falkmoor"),
text="""[n1:Sarnovia and Doltria open ceasefire talks as shelling slows in Velka Valley]

[dl:TARNAVEL, Sarnovia (Ostwind Press) —] Negotiators from Sarnovia and Doltria met on Monday in a disused railway hall outside Tarnavel for their first direct talks since fighting broke out in the Velka Valley seven weeks ago, and {1:Sarnovian Foreign Minister Mirela Sandevik} <1:said> [1:the two sides had agreed to test a quiet night before discussing a wider truce].

"[2:We came here to stop the guns, not to redraw the map,]" {2:Sandevik} <2:told> reporters after the four-hour session. "[3:Every metre of the Gorse Pass is Sarnovian, and it will stay that way.]"

Doltria's delegation was led by its deputy foreign minister, {4:Rurik Tassel}, who <4:accused> [4:Sarnovia of "dressing up an occupation as a defence."]

"[5:Our troops crossed the pass because theirs were already sitting on it,]" {5:Tassel} <5:said>. "[6:If Kessvar wants quiet nights, it knows the way home.]"

[n2:Shells have fallen on Tarnavel on most nights since early April, and about 9,000 of its residents have left for towns further west.]

Mediators from the Ilven League, which brokered the meeting, were careful not to promise much. {7:League envoy Aurek Brenne} <7:said> [7:both delegations had agreed to keep their artillery out of range of each other's villages until Thursday], and <8:called> [8:the pause "a first step, and a small one."]

Not everyone in Kessvar welcomed the trip. {9:Dragan Solwen}, leader of the opposition Civic Front, <9:said> [9:the government had gone to Tarnavel to negotiate the size of its own retreat].

"[10:Ask the families sleeping in basements here whether a quiet night is a small thing,]" {10:Sandevik} <10:replied> when a reporter put the criticism to her.

A Doltrian army spokesman, {11:Colonel Ennis Korvath}, <11:said> [11:his units had "no intention of leaving positions they hold lawfully," and that any pullback would have to be "mutual, measured and verified."] In Carrowgate, [s1:{s1:Ilven League Secretary-General Oriane Falkmoor} <s1:welcomed> the meeting] in a short written statement.

[n3:A second round is scheduled for Thursday in the same hall.]
""",
labels="""
1 o | f reports agreed quiet night as progress toward a truce | n no view on Doltria | n procedural report by Sandevik herself | n pass not addressed
2 o | f says the talks are meant to stop the fighting | n no charge against Doltria | n speaker describing her own aims | n no view on troop positions
3 o | n about territory, not the talks | a denies Doltria any claim to the pass | n no view on Sandevik | f the pass is Sarnovian, so Doltrian forces do not belong there
4 t | n about the war, not the talks | f accusing Sarnovia of occupation defends Doltria's case | n does not single out Sandevik | a casts Sarnovia as the occupier, not Doltria
5 t | n about the fighting | f justifies the Doltrian crossing | n no view on Sandevik | a defends troops being on the pass
6 t | n sets terms, no view on the talks | f puts the onus on Sarnovia | a mocks Sandevik's quiet-night line | a says Sarnovia should go home instead
7 b | n mediator states agreed procedure | n neutral mediator | n neutral mediator | n artillery terms, no view on the pass
8 b | f calls the pause a first step, guardedly positive | n neutral mediator | n neutral mediator | n no view on positions
9 s | a mocks the talks as bargaining over retreat | n Doltria not judged | a accuses her government of negotiating retreat | n about Sarnovian retreat, not Doltrian troops
10 o | f rhetorical question defends the pause | n Doltria not mentioned | f defends her own approach against critics | n pass not addressed
11 v | n about positions, not the talks | f calls Doltrian positions lawful | n no view on Sandevik | a refuses to leave the positions
s1 f | f welcomed the meeting | n no view on Doltria | n no view on Sandevik | n no view on positions
n1 | n headline reports the talks neutrally
n2 | n fact about shelling and displacement
n3 | n schedule
"""))

ARTICLES.append(dict(
id="c3-02", domain="international affairs / sanctions",
targets=[("Ilven League sanctions on Doltria", ["sanctions", "sanction", "sanctions package", "asset freeze", "freeze"]),
         ("Orsolya Vantreck", ["Vantreck", "premier"]),
         ("Estrevia", ["Estrevia", "Estrevian"]),
         ("the sanctions will hurt ordinary Doltrians more than their government", ["ordinary Doltrians"])],
sp=dict(f="Oriane Falkmoor", m="Mirela Sandevik", v="Orsolya Vantreck", r="Paulo Ressendt", t="Wilma Tovald", h="Hanno Brieske"),
text="""[n1:Ilven League freezes Doltrian bank assets in new sanctions package]

[dl:CARROWGATE (Ostwind Press) —] Foreign ministers of the Ilven League on Tuesday approved a fourth package of sanctions on Doltria, freezing the assets of its largest state lender and banning the sale of drone engines and machine tools to Doltrian buyers, after Estrevia dropped a two-week veto threat.

"[1:This is the price of shelling a neighbour's towns, and the price will keep rising,]" {1:League Secretary-General Oriane Falkmoor} <1:told> a news conference.

[n2:The package freezes an estimated 4.1 billion marks held abroad by Dravenholt Mercantile Bank and adds 38 officials to a travel-ban list.]

{2:Sarnovian Foreign Minister Mirela Sandevik}, whose country pushed hardest for the measures, <2:said> [2:the freeze would starve the war of the cash it runs on] but <3:warned> that [3:enforcement would matter more than the announcement].

{4:Doltrian Premier Orsolya Vantreck} <4:called> [4:the package "economic banditry dressed up as a treaty."] "[5:They freeze our bank and then ask why bread costs more in Ormel,]" {5:she} <5:said> in a televised address. [s1:{s1:Vantreck} also <s1:lashed out at> Estrevia for giving way].

Estrevia's foreign minister, {6:Paulo Ressendt}, <6:said> [6:his government had lifted its veto only after winning an exemption for fertiliser shipments], and <7:argued> that [7:sanctions rarely change the minds of the people who order the shells].

{8:Wilma Tovald}, an economist at the Carrowgate Institute for Trade, <8:estimated> that [8:the asset freeze would cut Doltria's foreign reserves by nearly a fifth within a year].

"[9:Reserves are what a government spends on a war. Bread prices are what it blames on us,]" {9:Tovald} <9:said>.

Inside Doltria, the picture is less tidy. {10:Hanno Brieske}, who heads a bakers' association in Ormel, <10:said> [10:flour deliveries from League countries had already halved since the spring and that small bakeries were closing "one a week, in every district."]

<11:Asked> [11:whether the League would lift the measures if the guns fell silent], {12:Falkmoor} <12:said>: "[12:Every sanction has a door. Dravenholt holds the key.]"

[n3:The measures take effect on 1 June and will be reviewed in December.]
""",
labels="""
1 f | f says the price of shelling will keep rising | n Vantreck not named | n Estrevia not addressed | n no claim about who bears the cost
2 m | f says the freeze will starve the war of cash | n no view on Vantreck | n Estrevia not addressed | a says the freeze hits the war chest, not people
3 m | n caution about enforcement, takes no side | n no view on Vantreck | n Estrevia not addressed | n about enforcement only
4 v | a calls the package economic banditry | n speaker is Vantreck herself | n Estrevia not addressed | n insult, no claim about ordinary people
5 v | a blames the freeze for dearer bread | n speaker is Vantreck herself | n Estrevia not addressed | f says bread costs more for ordinary people
6 r | n explains the veto deal, no view on the package | f presents Estrevia's veto as a win | n no view on Vantreck | n fertiliser exemption, no claim
7 r | a doubts sanctions change leaders' minds | n no view on Vantreck | n not about Estrevia | f implies the leaders are not the ones hurt
8 t | f figure shows the freeze bites the state | n no view on Vantreck | n Estrevia not addressed | n reserves figure alone, no claim about people
9 t | f defends the freeze as hitting war spending | a says the government blames bread prices on the sanctions falsely | n Estrevia not addressed | a the cost falls on the war budget, not bread
10 h | n reports shortages without judging the package | n no view on Vantreck | n Estrevia not addressed | f closing bakeries show ordinary people hurt
11 - | n question without position | n question without position | n question without position | n question without position
12 f | f defends sanctions as conditional on Doltria's choices | n Vantreck not named | n Estrevia not addressed | n no claim about who bears the cost
s1 v | n about Estrevia, not the package | n speaker is Vantreck | a lashed out at Estrevia | n no claim about people
n1 | n headline reports the package
n2 | n figures on the package, no evaluation
n3 | n schedule
"""))

ARTICLES.append(dict(
id="c3-03", domain="international affairs / tariffs and trade deals",
targets=[("Sarnovia–Ilven League trade deal", ["trade deal", "deal", "agreement", "contract"]),
         ("Lenka Harbisch", ["Harbisch", "trade minister", "minister"]),
         ("Sarnovian Grain Growers’ Union", ["Grain Growers", "growers", "union"]),
         ("the deal will lower food prices", ["food prices"])],
sp=dict(h="Lenka Harbisch", a="Piotr Azelmann", s="Dragan Solwen", k="Ruta Kellenbach", b="Benedikt Sarrow", S="Sarnovia"),
text="""[n1:Sarnovia signs tariff deal with Ilven League over farmers’ protests]

[dl:KESSVAR (Ostwind Press) —] Sarnovia on Wednesday signed a trade agreement with the Ilven League that phases out tariffs on League machinery and cuts duties on imported grain by two thirds over five years, a deal {1:Trade Minister Lenka Harbisch} <1:called> [1:“the most important door we have opened since independence.”]

[n2:Outside the ministry, several hundred tractors blocked Lantern Avenue for a third day.]

“[2:They have sold the wheat fields to buy cheaper lathes,]” <2:said> {2:Piotr Azelmann}, chairman of the Sarnovian Grain Growers’ Union. “[3:A farm that closes does not reopen when the minister changes her mind.]”

{4:Harbisch} <4:said> [4:grain imports would stay capped at 12 percent of domestic consumption and that farmers would receive 600 million crowns in transition payments]. {5:She} also <5:argued> that [5:cheaper grain would take real money off the shopping bill of every household] and <13:accused> [13:the union’s leadership of “frightening farmers with numbers it knows are false.”]

{6:The Finance Ministry’s own impact study}, published in March, <6:estimated> that [6:bread prices would fall by between 3 and 5 percent by 2029].

The opposition has sided with the farmers. {7:Dragan Solwen} <7:said> [7:his Civic Front would tear up the grain chapter if it won next year’s election].

{8:Ruta Kellenbach}, who studies farm markets at Kessvar State University, <8:said> [8:the promised savings were real but small, “about the price of a coffee a month for a family of four.”]

{9:Azelmann} <9:dismissed> [9:the transition payments as a wreath for the funeral].

In Carrowgate, [s1:the League’s trade commissioner, {s1:Benedikt Sarrow}, <s1:praised> Harbisch for her patience in the negotiations] and <10:said> [10:League exporters would “meet Sarnovian farmers as partners, not as rivals.”]

<11:Asked> [11:how long the blockade would last], {12:Azelmann} <12:said>: “[12:Until somebody in that building reads what they signed.]”

[n3:The agreement still needs a vote in the National Assembly, expected in July.]
""",
labels="""
1 h | f calls the deal the most important door opened | n speaker is Harbisch herself | n union not addressed | n no claim about prices
2 a | a says farmland was sold for cheaper machines | a blames the government that signed it | n speaker leads the union | n no price claim
3 a | a warns closed farms never reopen | a mocks the minister changing her mind | n no view on the union itself | n no price claim
4 h | f defends the deal with a cap and payments | n speaker is Harbisch herself | n union not addressed | n no price claim
5 h | f argues the deal saves households money | n speaker is Harbisch herself | n union not addressed | f cheaper grain cuts the shopping bill
13 h | f defends the deal against the union's numbers | n speaker is Harbisch herself | a accuses union leaders of false numbers | n no price claim
6 S | f savings figure supports the deal | n does not mention Harbisch | n union not addressed | f estimates bread will get cheaper
7 s | a vows to tear up the grain chapter | n no view on Harbisch | f sides with the farmers | n no price claim
8 k | n weighs the savings without taking sides on the deal | n no view on Harbisch | n union not addressed | f concedes the savings are real, if small
9 a | a scorns the payments as a wreath | a the payments are the minister's offer | n speaker leads the union | n no price claim
10 b | f League exporters as partners, a selling point | n no view on Harbisch | n neither backs nor attacks the union | n no price claim
11 - | n question without position | n question without position | n question without position | n question without position
12 a | a implies the signers never read the deal | a mocks the ministry as not reading | n no view on the union itself | n no price claim
s1 b | n praise for the negotiator, not the terms | f praised Harbisch | n union not addressed | n no price claim
n1 | n headline reports signing and protest
n2 | n describes the blockade
n3 | n procedure
"""))

ARTICLES.append(dict(
id="c3-04", domain="international affairs / refugees and asylum",
targets=[("asylum cap", ["cap", "asylum cap", "bill"]),
         ("Vasil Okrent", ["Okrent", "interior minister"]),
         ("Ilven League Refugee Agency", ["Refugee Agency", "agency"]),
         ("Sarnovia can absorb more refugees", ["absorb"])],
sp=dict(o="Vasil Okrent", l="Radka Lisk", g="Lotte Varnhal", d="Lorcan Dobrava", b="Dariusz Oblenko", m="Gerda Millas", S="Sarnovia"),
text="""[n1:Sarnovia’s plan to cap asylum claims draws fire as border camps fill]

[by:By Katrin Vellacourt, Ostwind Press]

[dl:HOLLIN, Sarnovia —] Sarnovia’s government on Thursday sent parliament a bill capping asylum claims at 20,000 a year, as reception camps along the Doltrian border hold nearly twice as many people as they were built for.

{1:Interior Minister Vasil Okrent} <1:said> [1:the cap was not a wall but a budget]. “[2:Hollin has a school built for 300 children. It now has 870,]” {2:he} <2:told> reporters at the camp gates. “[3:Generosity that nobody can pay for is a promise we will break.]”

[13:Nearly 37,000 people are registered in the three border camps], <13:according to> {13:interior ministry figures}. [n2:The camps at Hollin, Varrow and Tesmar were built last year for 20,000.]

A spokeswoman for the Ilven League Refugee Agency, {4:Radka Lisk}, <4:said> [4:a fixed number “cannot tell you whether the next person at the gate is fleeing shells or not.”] {5:She} <5:noted> that [5:Sarnovia had taken in fewer refugees per head than three other League members]. [s1:{s1:Okrent} <s1:brushed aside> the comparison].

{6:Lotte Varnhal}, an Assembly member for the Greens, <6:called> [6:the bill “a cap on compassion wearing a bureaucrat’s hat.”]

Hollin’s mayor, {8:Lorcan Dobrava}, sees it differently. “[8:I don’t like the word cap, and I don’t much like the man who wrote it,]” <8:he said>, “[8:but my town cannot do this alone any longer.]”

{10:Dariusz Oblenko}, a teacher from the Doltrian border town of Vessary, <10:said> [10:he had waited eleven days for his first interview]. “[11:If they close the list, where do we go? Back?]” {11:he} <11:asked>.

{12:Assembly Speaker Gerda Millas} <12:said> [12:the bill would go to committee next week and reach a floor vote no sooner than September].
""",
labels="""
1 o | f defends the cap as a budget | n speaker is Okrent himself | n agency not addressed | n frames limits, no capacity claim yet
2 o | f crowded school used to justify the cap | n speaker is Okrent himself | n agency not addressed | a figures show the town is past capacity
3 o | f unaffordable generosity argues for the cap | n speaker is Okrent himself | n agency not addressed | a says more generosity cannot be paid for
13 S | n registration figure with no argument attached | n no view on Okrent | n agency not addressed | n bare count
4 l | a a fixed number cannot judge who is fleeing | n does not name Okrent | n speaker is the agency | n no capacity claim
5 l | a comparison undercuts the case for a cap | n no view on Okrent | n speaker is the agency | f figure implies room for more
6 g | a calls the bill a cap on compassion | a attacks the interior minister's bill | n agency not addressed | n no capacity claim
8 d | f concedes dislike, then backs the cap | a says he does not like its author | n agency not addressed | a his town cannot cope alone
10 b | n personal account of delay | n no view on Okrent | n agency not addressed | n no capacity claim
11 b | a rhetorical question against closing the list | n Okrent not named | n agency not addressed | n no capacity claim
12 m | n speaker states procedure | n procedure | n procedure | n procedure
s1 o | n dismisses a figure, not about the bill itself | n speaker is Okrent himself | a brushed aside the agency's comparison | a rejects the figure suggesting room
n1 | n headline reports the bill and the criticism
n2 | n fact about camp capacity
"""))

ARTICLES.append(dict(
id="c3-05", domain="international affairs / military aid",
targets=[("League military aid to Sarnovia", ["military aid", "aid", "aid package", "batteries"]),
         ("Teodor Halvask", ["Halvask", "president"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("the aid will prolong the war", ["prolong"])],
sp=dict(b="Hedda Brannvik", h="Teodor Halvask", t="Rurik Tassel", w="Carl Weissdorn", r="Signe Ravelle", v="Orsolya Vantreck", s="Dragan Solwen"),
text="""[n1:League approves air-defence aid for Sarnovia as Doltria warns of escalation]

[dl:CARROWGATE (Ostwind Press) —] The Ilven League’s defence council on Friday approved 900 million marks in military aid for Sarnovia, including six mobile air-defence batteries, after a night of debate in which two member states abstained.

“[1:Every one of these we send is a town that sleeps,]” {1:League Defence Commissioner Hedda Brannvik} <1:said>.

[s1:{s1:Sarnovian President Teodor Halvask}, who had lobbied League capitals for months, <s1:thanked> the council] and <3:said> [3:the equipment would be in place before the first leaves fall].

{4:Doltrian foreign ministry spokesman Rurik Tassel} <4:said> [4:the League had “chosen to become a party to the war”] and <5:warned> that [5:Dravenholt would treat the supply routes as a legitimate concern].

Estrevia, one of the two abstainers, made the opposite case. Its defence minister, {6:Carl Weissdorn}, <6:said> [6:more weapons would “add months to the war and not one metre to the peace.”]

“[7:Mr. Weissdorn should spend a night in Tarnavel before he counts our months,]” {7:Halvask} <7:said> in a video address on Saturday.

{8:Signe Ravelle}, a defence analyst at the Carrowgate Security Forum, <8:said> [8:air defences were about as defensive as weapons get], though {9:she} <9:added> that [9:the package alone would not move the front line]. [n2:The Velka Valley front has barely shifted since May.]

{10:Doltrian Premier Orsolya Vantreck} <10:accused> [10:Halvask of “begging for missiles while refusing to pick up the phone.”]

In Kessvar, opposition leader {11:Dragan Solwen} <11:said> [11:the help was welcome but three years late and half the size it should be].

<12:Asked> [12:whether the batteries could be used to strike targets inside Doltria], {13:Brannvik} <13:said>: “[13:They shoot at what flies over Sarnovia. Nothing else.]”

[n3:Two of the batteries are due to be deployed around Tarnavel, the rest near rail junctions further west.]
""",
labels="""
1 b | f each battery protects a town | n Halvask not addressed | n Doltria not named | n no claim on the war's length
3 h | f eager to deploy the equipment fast | n speaker is Halvask himself | n Doltria not addressed | n logistics, no claim on duration
4 t | a says the League joined the war by sending it | n Halvask not addressed | n speaker is Doltria's spokesman | f casts the aid as widening the war
5 t | a threatens the supply routes | n Halvask not addressed | n speaker is Doltria's spokesman | n a warning, not a claim on duration
6 w | a argues against more weapons | n Halvask not addressed | n Doltria not addressed | f says weapons add months to the war
7 h | f rebukes the aid's critic | n speaker is Halvask himself | n Doltria not named | a rejects the months-added argument
8 r | f calls air defence purely defensive | n no view on Halvask | n Doltria not addressed | n no claim on duration
9 r | n concedes limits, takes no side | n no view on Halvask | n Doltria not addressed | n front line, not duration
10 v | a mocks the request as begging | a accuses Halvask of begging and refusing talks | n speaker is Doltria's premier | n insult, no duration claim
11 s | f wants more aid, not less | n no view on Halvask | n Doltria not addressed | n no claim on duration
12 - | n question without position | n question without position | n question without position | n question without position
13 b | f insists the batteries only defend | n Halvask not addressed | n no accusation of Doltria | a limits use, no widening of the war
s1 h | f thanked the council for the aid | n speaker is Halvask | n Doltria not addressed | n no claim on duration
n1 | n headline reports approval and warning
n2 | n fact about the front line
n3 | n deployment plan
"""))
