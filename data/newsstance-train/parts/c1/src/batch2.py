# c1 batch 2: c1-07 .. c1-12 (Vandria)
ARTICLES = []

ARTICLES.append(dict(
id="c1-07", domain="protest policing",
targets=[("Selmont police", ["police", "officers", "riot units"]),
         ("farmers' protest", ["farmers", "protest", "protesters", "tractor convoy"]),
         ("the police response was proportionate", ["proportionate", "proportionality"]),
         ("Interior Minister Oddvar Lenk", ["Lenk", "interior minister"])],
text="""
⟦n0|Water cannon used on farmers as fuel-tax protest reaches Selmont⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Police used water cannon and pepper spray on Saturday to clear about 3,000 farmers and more than 400 tractors from Liberty Square in central Selmont⟧, ending a two-day protest against a planned rise in the tax on agricultural diesel.

⟦s1|The Selmont police⟧ ⟦k1|said⟧ in a statement ⟦c1|officers had acted only after protesters pushed through a barrier and threw bottles and manure at a line of riot units near the finance ministry⟧. ⟦s2|It⟧ ⟦k2|said⟧ ⟦c2|14 officers had been hurt, two of them seriously⟧.

⟦s3|Interior Minister Oddvar Lenk⟧ ⟦k3|praised⟧ ⟦c3|the police for "restraint under provocation,"⟧ and ⟦k4|said⟧ ⟦c4|the right to protest "does not include the right to blockade a capital."⟧

⟦o2|⟦so2|Farmers' leaders⟧ ⟦ko2|told⟧ a very different story⟧. "⟦c6|We had grandmothers in that square. They sprayed grandmothers,⟧" ⟦s6|said Birk Jessen⟧, who heads the Vandrian Growers' Federation. "⟦c7|Bottles? Two idiots threw two bottles. So you hose down three thousand people?⟧"

⟦s8|Jessen⟧ ⟦k8|said⟧ ⟦c8|the diesel rise would cost a typical family farm 6,000 crowns a year, "more than most of us made last year."⟧

⟦n2|Video posted online by a Selmont Gazette reporter shows a water cannon aimed at a group standing beside a parked tractor, well away from the barrier⟧. ⟦s9|The police⟧ ⟦k9|said⟧ ⟦c9|they were reviewing the footage⟧.

⟦s10|Dagny Aune⟧, who monitors policing for the civil liberties group Open Square, ⟦k10|said⟧ ⟦c10|water cannon "should be the last tool in the box, and on Saturday it was the second."⟧ ⟦s11|She⟧ ⟦k11|called on⟧ the ministry ⟦c11|to publish the orders given to commanders⟧.

⟦o1|⟦so1|Several residents of streets near the square⟧ ⟦ko1|complained about⟧ the two-day blockade⟧ on local radio. "⟦c12|I support the farmers, I really do, but my mother missed her dialysis,⟧" ⟦s12|one caller, Linnea Wrede⟧, ⟦k12|said⟧.

⟦s13|Lenk⟧ ⟦k13|said⟧ ⟦c13|he would meet the growers' federation on Tuesday⟧. ⟦n3|The tax rise is due to take effect in March⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the clearance neutrally
c1 Selmont police | f police acted only after attack | a protesters attacked officers | f says force followed provocation | n minister not addressed
c2 Selmont police | f injured officers show the danger | a implies protesters violent | f injuries justify the response | n minister not addressed
c3 Oddvar Lenk | f praises the police | n protest not judged directly | f calls it restraint | n speaker is the minister
c4 Oddvar Lenk | f backs clearing the square | a blockade is not protected protest | f clearing a blockade was right | n speaker is the minister
o2 speech_no_content - | a dispute the police account | f side with the protesters | a contest the official version | n minister not addressed
c6 Birk Jessen | a police sprayed grandmothers | f defends the peaceful protesters | a force hit the elderly | n minister not named
c7 Birk Jessen | a mocks hosing down thousands | f two idiots, not the protest | a rhetorical question says the force was excessive | n minister not named
c8 Birk Jessen | n police not addressed | f explains the farmers' grievance | n about the tax | n minister not addressed
n2 | author describes the footage without judging
c9 Selmont police | n procedural review | n protest not judged | n review, no claim | n minister not addressed
c10 Dagny Aune | a water cannon used too early | n protest not judged | a force came too early | n minister not named
c11 Dagny Aune | a demands accountability for the orders | n protest not judged | n a demand, no claim | n demand aimed at ministry, not the minister
o1 speech_no_content - | n police not addressed | a complained about the blockade | n no view on force | n minister not addressed
c12 Linnea Wrede | n police not addressed | a concedes support, then cites the harm | n no view on force | n minister not addressed
c13 Oddvar Lenk | n meeting announcement | n meeting, no judgment | n procedural | n speaker is the minister
n3 | date of the tax rise
"""))

ARTICLES.append(dict(
id="c1-08", domain="party leadership contest",
targets=[("Ilka Sorvane", ["Sorvane", "party leader"]),
         ("Henrika Moll", ["Moll", "challenger"]),
         ("People's Forward should join a coalition with Concord", ["coalition", "grand coalition"])],
text="""
⟦n0|Forward's Moll launches challenge to Sorvane, backs coalition talks⟧

⟦b|By Agnes Tiller⟧

⟦d|HARNESK, Vandria —⟧ ⟦s0|Henrika Moll⟧, the deputy leader of Vandria's main opposition party, People's Forward, ⟦k0|announced⟧ on Friday that ⟦c0|she would challenge Ilka Sorvane for the party leadership in a members' ballot next month⟧.

⟦s1|Moll⟧, 44, a former mayor of Harnesk, ⟦k1|said⟧ ⟦c1|the party had lost three national elections in a row under leaders who "mistook being loud for being heard."⟧ ⟦s2|She⟧ ⟦k2|said⟧ ⟦c2|Forward should be willing to govern with National Concord if it could win a minimum wage rise and a housing programme in return⟧.

"⟦c3|I would rather change one law from inside a government than give a hundred speeches outside it,⟧" ⟦s3|Moll⟧ ⟦k3|told⟧ supporters in a Harnesk community hall.

⟦s4|Sorvane⟧ ⟦k4|said⟧ ⟦c4|she welcomed the contest⟧. ⟦s5|But her campaign manager, Tormod Salvi⟧, ⟦k5|said⟧ ⟦c5|a deal with Concord would mean "holding the coat for the people who fined themselves into office,"⟧ a reference to the party's recent campaign-spending penalty.

"⟦c6|Ilka has taken us from 19 percent to 27 percent in four years. Which part of that is losing?⟧" ⟦s6|Salvi⟧ ⟦k6|said⟧.

⟦n2|Polls give Forward 27 percent, behind Concord on 34⟧. ⟦s7|A survey by the polling firm Demoskop Vandria⟧ ⟦k7|found⟧ ⟦c7|Moll more popular than Sorvane among all voters but less popular among party members⟧.

⟦s8|Idris Falkby⟧, who leads the party's youth wing, ⟦k8|said⟧ ⟦c8|young members would "walk out the door the day we sit at Vantine's cabinet table."⟧ ⟦o3|⟦so3|He⟧ ⟦ko3|did not say⟧ whom the youth wing would back⟧.

⟦o1|⟦so1|Four of Forward's seven regional chairs⟧ have ⟦ko1|endorsed⟧ Moll⟧. ⟦s10|One of them, Gunnel Karsk⟧, ⟦k10|said⟧ ⟦c10|Sorvane had been "a brilliant opposition leader,"⟧ before adding: "⟦c11|That is exactly the problem. I want a brilliant minister.⟧"

⟦s12|The party's election officer, Pernille Vester⟧, ⟦k12|said⟧ ⟦c12|ballots would be posted to its 58,000 members on May 2 and counted on May 23⟧.

⟦o2|⟦so2|Concord⟧ ⟦ko2|declined to comment on⟧ the prospect of coalition talks⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
c0 Henrika Moll | a challenges her for the leadership | n announcement, no self-praise | n coalition not raised
c1 Henrika Moll | a blames leaders for three defeats | f her own case for change | n coalition not raised yet
c2 Henrika Moll | n Sorvane not named | f states her platform | f backs governing with Concord
c3 Henrika Moll | n Sorvane not named | f her pitch for governing | f inside government beats speeches outside
c4 Ilka Sorvane | n welcomes the contest, no self-praise | n welcomes the contest | n coalition not addressed
c5 Tormod Salvi | f speaks for Sorvane against the deal | a attacks the challenger's plan | a deal means holding Concord's coat
c6 Tormod Salvi | f credits her poll gains | a rhetorical question rejects the losing charge | n coalition not addressed
n2 | poll figures in narration
c7 Demoskop Vandria | n poll result | n poll result | n poll result
c8 Idris Falkby | n Sorvane not addressed | a implies Moll's plan drives members away | a members would walk out
o3 declined Idris Falkby
o1 speech_no_content - | a endorse the challenger | f endorse Moll | n coalition not addressed
c10 Gunnel Karsk | f praises her, set-up for criticism | n praise is for Sorvane | n coalition not addressed
c11 Gunnel Karsk | a she is no minister | f wants a minister, i.e. Moll | f wants the party in government
c12 Pernille Vester | n procedure | n procedure | n procedure
o2 declined National Concord
"""))

ARTICLES.append(dict(
id="c1-09", domain="voting rights",
targets=[("voter ID requirement", ["voter ID", "photo ID", "ID requirement", "ID law"]),
         ("voter fraud is widespread", ["voter fraud", "fraud", "impersonation"]),
         ("Interior Minister Oddvar Lenk", ["Lenk", "interior minister"])],
text="""
⟦c0|Photo ID rule for voters would hit rural elderly hardest⟧, ⟦s0|study⟧ ⟦k0|finds⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦c13|About 310,000 Vandrians, most of them over 70 and living in rural districts, do not hold the photo identification that a government bill would require at polling stations from next year⟧, ⟦k13|according to⟧ ⟦s13|a study⟧ published on Thursday. ⟦n9|Vandria has used paper ballots counted by hand in every polling station since 1990⟧.

⟦s1|The study, by the Centre for Electoral Research at Selmont University,⟧ ⟦k1|found⟧ ⟦c1|one in nine voters over 80 had no valid passport, driving licence or national ID card⟧. ⟦s2|Its author, Ragnar Holm⟧, ⟦k2|said⟧ ⟦c2|the bill's offer of a free "voter card" would help only those able to travel to a district office during working hours⟧.

"⟦c3|You are asking a 90-year-old in the hill villages to take two buses to prove she exists,⟧" ⟦s3|Holm⟧ ⟦k3|said⟧.

⟦s4|Interior Minister Oddvar Lenk⟧, whose ministry drafted the bill, ⟦k4|said⟧ ⟦c4|mobile registration vans would visit every village before the next general election⟧. "⟦c5|Every other transaction in modern life needs an ID. Voting is the most important one,⟧" ⟦s5|he⟧ ⟦k5|said⟧.

⟦s6|Lenk⟧ ⟦k6|has argued⟧ ⟦c6|impersonation at the polls is "far more common than anyone admits,"⟧ citing 212 complaints filed with police after the last election. ⟦s7|Prosecutors⟧ ⟦k7|say⟧ ⟦c7|those complaints produced two convictions, both for voting twice rather than for impersonation⟧.

"⟦c8|Two cases in four million ballots. If that is an epidemic, I would hate to see a healthy year,⟧" ⟦s8|said Sofie Alma Vesterberg⟧, a lawyer for the Vandrian Pensioners' Union, which has threatened a court challenge.

⟦s9|Concord lawmaker Jakob Ferro⟧ ⟦k9|said⟧ ⟦c9|the low number of convictions proved only that impersonation was hard to detect⟧. "⟦c10|The absence of evidence is exactly what a clean crime looks like,⟧" ⟦s10|he⟧ ⟦k10|said⟧.

⟦s11|The Electoral Oversight Board⟧ ⟦k11|said⟧ in written comments on the bill ⟦c11|it had "no reliable evidence of organised impersonation"⟧ but ⟦k12|supported⟧ ⟦c12|any measure that increased public confidence in the count⟧.

⟦o1|⟦so1|Opposition leader Ilka Sorvane⟧ ⟦ko1|condemned⟧ the bill⟧ on Friday. ⟦n2|Parliament's constitutional committee is due to hold hearings on it in May⟧.
""",
spec="""
n9 | background fact
c0 Centre for Electoral Research | a rule hits the rural elderly | n fraud not addressed | n minister not addressed
c13 Centre for Electoral Research | a many voters lack the required ID | n fraud not addressed | n minister not addressed
c1 Centre for Electoral Research | a shows many elderly lack ID | n fraud not addressed | n minister not addressed
c2 Ragnar Holm | a free card would help only some | n fraud not addressed | n minister not named
c3 Ragnar Holm | a mocks the burden on the elderly | n fraud not addressed | n minister not named
c4 Oddvar Lenk | f answers the access objection | n fraud not addressed | f speaker is the minister defending his bill
c5 Oddvar Lenk | f voting needs ID like everything else | n no fraud claim made | n defends the bill, not himself
c6 Oddvar Lenk | f fraud argument backs the bill | f says impersonation is common | n not about himself
c7 - | a evidence undercuts the bill's rationale | a two convictions, none for impersonation | a contradicts the minister's claim
c8 Sofie Alma Vesterberg | a ridicules the rationale | a sarcasm: two cases is no epidemic | a mocks the minister's epidemic claim
c9 Jakob Ferro | f defends the bill's premise | f says fraud is merely hard to detect | f backs the minister's argument
c10 Jakob Ferro | f argues for the bill | f absence of evidence fits hidden fraud | n minister not addressed
c11 Electoral Oversight Board | n no judgment of the bill yet | a finds no evidence of organised impersonation | a contradicts the minister's claim
c12 Electoral Oversight Board | f supports confidence measures | n fraud not addressed | n minister not addressed
o1 speech_no_content Ilka Sorvane | a condemned the bill | n fraud claim not addressed | n minister not named
n2 | procedural fact
"""))

ARTICLES.append(dict(
id="c1-10", domain="ombudsman report / prisons",
targets=[("Vandrian Prison Service", ["Prison Service", "prison service", "prison authorities"]),
         ("Ombudsman Harald Grimsby", ["Grimsby", "ombudsman"]),
         ("the ombudsman's report is exaggerated", ["exaggerated", "exaggerates", "overstated"]),
         ("Justice Minister Kiril Dovan", ["Dovan", "justice minister"])],
text="""
⟦s0|Ombudsman⟧ ⟦k0|finds⟧ ⟦c0|inmates held three to a cell in “degrading” conditions at Ostby jail⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦c15|Inmates at Vandria's largest prison are being held three to a cell built for one, with some going four days without a shower⟧, ⟦k15|according to⟧ ⟦s15|a report published on Monday by the national ombudsman⟧. ⟦n9|Ostby, built in 1964, is the oldest of Vandria's eleven prisons⟧.

⟦s1|Ombudsman Harald Grimsby⟧ ⟦k1|said⟧ ⟦c1|conditions on two wings of Ostby prison, outside Selmont, amounted to "degrading treatment" under Vandria's constitution⟧. ⟦s2|His report⟧ ⟦k2|said⟧ ⟦c2|the jail held 1,430 prisoners in space designed for 900, and that staff shortages meant some inmates spent 23 hours a day locked up⟧.

“⟦c3|I have inspected prisons for eleven years. I have not seen a mattress on a toilet floor before Ostby,⟧” ⟦s3|Grimsby⟧ ⟦k3|told⟧ reporters.

⟦s4|The Vandrian Prison Service⟧ ⟦k4|said⟧ in a response annexed to the report ⟦c4|it accepted "most of the findings"⟧ but ⟦k5|disputed⟧ ⟦c5|the figure of 23 hours, which it said applied only during two weeks of a lockdown after a stabbing in October⟧.

⟦s6|Justice Minister Kiril Dovan⟧ ⟦k6|said⟧ ⟦c6|the ombudsman had done "exactly what he is paid to do"⟧ and ⟦k7|promised⟧ ⟦c7|to open 300 places at a converted barracks in Brenstad by the end of the year⟧. ⟦s8|He⟧ ⟦k8|blamed⟧ ⟦c8|the previous government for cancelling a new prison in 2017⟧.

Concord lawmaker Elin Varro, who sits on the justice committee, was less impressed with the report. "⟦c9|A mattress on a floor makes a fine photograph,⟧" ⟦s9|she⟧ ⟦k9|said⟧. "⟦c10|Mr Grimsby found one cell. There are six hundred.⟧"

⟦s11|Sefton Linde⟧, chair of the prison officers' union, ⟦k11|said⟧ ⟦c11|the report if anything understated the problem⟧. "⟦c12|My members work doubles every week. Nobody inspects that,⟧" ⟦s12|he⟧ ⟦k12|said⟧.

⟦o1|⟦so1|The families' group Open Doors⟧ ⟦ko1|welcomed⟧ the report⟧ and ⟦k13|urged⟧ the minister ⟦c13|to publish a timetable for ending triple-bunking⟧.

⟦n2|The ombudsman's findings are not binding⟧. ⟦s14|Grimsby⟧ ⟦k14|said⟧ ⟦c14|he would return to Ostby unannounced within six months⟧.
""",
spec="""
n9 | background fact
c0 Harald Grimsby | a degrading conditions in its jail | n headline finding, no self-assessment | a degrading conditions found | n minister not addressed
c15 Harald Grimsby | a overcrowding in its prison | n findings, no self-assessment | a overcrowding documented | n minister not addressed
c1 Harald Grimsby | a condemns conditions in the service's jail | n speaker is the ombudsman stating findings | a calls conditions degrading | n minister not addressed
c2 Harald Grimsby | a figures indict the jail's running | n fact-based report | a figures show real overcrowding | n minister not addressed
c3 Harald Grimsby | a unprecedented squalor | n not self-praise | a first-hand evidence | n minister not addressed
c4 Vandrian Prison Service | a concedes most findings against itself | f accepts most findings | a accepts most of the report | n minister not addressed
c5 Vandrian Prison Service | f defends its own regime | a disputes one figure | f says one figure is overstated | n minister not addressed
c6 Kiril Dovan | n service not judged | f praises the ombudsman's work | a endorses the report | n speaker is the minister
c7 Kiril Dovan | n a pledge, no judgment | n pledge | a promise implies the problem is real | f minister's own pledge
c8 Kiril Dovan | n blames previous government instead | n ombudsman not addressed | a accepts shortage is real | f deflects blame from himself
c9 Elin Varro | n service not addressed | a sneers at his evidence | f says the photo misleads | n minister not addressed
c10 Elin Varro | n service not addressed | a one cell of six hundred | f says one cell was generalised | n minister not addressed
c11 Sefton Linde | a problem worse than reported | f report understated the problem | a report understated, not exaggerated | n minister not addressed
c12 Sefton Linde | a staff overworked | n ombudsman not addressed | a adds problems no one inspects | n minister not addressed
o1 speech_no_content - | n service not named | f welcomed the report | a welcoming it accepts the findings | n minister not addressed
c13 Open Doors | a ending triple-bunking needed | n ombudsman not addressed | n a demand, no claim | n pressure, not criticism
n2 | fact about the report's status
c14 Harald Grimsby | n follow-up visit | n procedural | n procedural | n minister not addressed
"""))

ARTICLES.append(dict(
id="c1-11", domain="elections and campaigns / snap election",
targets=[("early election", ["snap election", "early election", "early vote"]),
         ("Aurel Vantine", ["Vantine", "prime minister"]),
         ("the economy is recovering", ["recovering", "recovery"])],
text="""
⟦n0|Vantine calls snap election for September, a year early⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦s0|Prime Minister Aurel Vantine⟧ on Wednesday ⟦k0|asked⟧ President Ivar Brekke ⟦c0|to dissolve parliament and call a general election for September 20⟧, ⟦n1|more than a year before the end of the current term⟧.

⟦s1|Vantine⟧ ⟦k1|said⟧ ⟦c1|the government needed "a fresh mandate for the hard years ahead"⟧ and ⟦k2|pointed to⟧ ⟦c2|growth of 2.4 percent in the first quarter and unemployment at a six-year low⟧.

"⟦c3|Vandria has come through the worst of it. Now the voters should decide who takes it forward,⟧" ⟦s3|he⟧ ⟦k3|said⟧ outside the Chancellery.

⟦s4|Opposition leader Ilka Sorvane⟧ ⟦k4|said⟧ ⟦c4|the prime minister was "running to the polls before the winter bills arrive."⟧ ⟦s5|She⟧ ⟦k5|noted⟧ ⟦c5|household energy prices were forecast to rise by a fifth in October⟧.

"⟦c6|If the recovery is so strong, why is he in such a hurry?⟧" ⟦s6|Sorvane⟧ ⟦k6|asked⟧.

⟦s7|Solveig Hallen⟧, chief economist at Fjellbank, ⟦k7|said⟧ ⟦c7|the growth figures were real but "flattered by one very good harvest,"⟧ and ⟦k8|cautioned⟧ ⟦c8|wage growth still lagged behind prices for most workers⟧.

⟦s9|President Brekke's office⟧ ⟦k9|said⟧ ⟦c9|he would sign the dissolution decree on Thursday, as the constitution required when a prime minister with a majority requested it⟧.

⟦o1|⟦so1|Concord's coalition partner, the small Green Hearth party,⟧ ⟦ko1|welcomed⟧ the early vote⟧. ⟦s10|Its leader, Rasmus Odell⟧, ⟦k10|said⟧ ⟦c10|it was "better than a year of a government that has stopped governing."⟧ ⟦n2|Green Hearth has clashed with Concord for months over a stalled forestry law⟧.

⟦s11|Carina Torvik⟧, a political scientist at the University of Harnesk, ⟦k11|said⟧ ⟦c11|early elections in Vandria had rewarded the incumbent three times out of five⟧. "⟦c12|Timing is the one weapon every prime minister gets. Vantine is using it,⟧" ⟦s12|she⟧ ⟦k12|said⟧.

⟦n3|The last general election, in 2023, gave Concord and Green Hearth a combined majority of nine seats⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
c0 Aurel Vantine | f requests the early vote | n speaker is Vantine | n no economic claim
n1 | author notes the timing neutrally
c1 Aurel Vantine | f justifies the early vote | f seeks a mandate for himself | n no economic claim
c2 Aurel Vantine | n figures, not about timing | f touts his government's record | f growth and jobs figures
c3 Aurel Vantine | f voters should decide now | f his government came through | f the worst is over
c4 Ilka Sorvane | a calls the timing an escape | a accuses him of running away | a implies hard times are coming
c5 Ilka Sorvane | a point behind the timing charge | n fact without judgment of him | a prices will rise sharply
c6 Ilka Sorvane | a hurry is suspicious | a questions his motives | a sarcasm about a strong recovery
c7 Solveig Hallen | n no view on timing | n no view on Vantine | n concedes growth is real but flattered
c8 Solveig Hallen | n no view on timing | n no view on Vantine | a wages still lag prices
c9 Ivar Brekke | n constitutional procedure | n procedure | n procedure
o1 speech_no_content Green Hearth | f welcomed the early vote | n no direct view on Vantine | n no economic claim
c10 Rasmus Odell | f early vote better than drift | a government has stopped governing | n no economic claim
n2 | background fact
c11 Carina Torvik | n historical pattern | n pattern, no judgment | n no economic claim
c12 Carina Torvik | n describes the tactic | n observes, does not judge | n no economic claim
n3 | background fact
"""))

ARTICLES.append(dict(
id="c1-12", domain="constitutional referendum / result",
targets=[("abolishing the Senate", ["Senate abolition", "abolition", "abolish the Senate", "abolishing", "single chamber"]),
         ("Aurel Vantine", ["Vantine", "prime minister"]),
         ("Vantine should resign", ["resign", "resignation", "step down"])],
text="""
Voters keep Senate in blow to Vantine; ⟦s0|opposition⟧ ⟦k0|demands⟧ ⟦c0|he quit⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Vandrians voted by 54.6 percent to 45.4 percent on Sunday to keep the Senate, rejecting a constitutional amendment that Prime Minister Aurel Vantine had championed for six years⟧. ⟦n2|Turnout was 61 percent⟧.

⟦s1|Vantine⟧ ⟦k1|said⟧ ⟦c1|he accepted the result "without reservation"⟧ and ⟦k2|said⟧ ⟦c2|he had no intention of resigning⟧. “⟦c3|I asked a question. The country answered it. That is how this is supposed to work,⟧” ⟦s3|he⟧ ⟦k3|told⟧ supporters at Concord's headquarters.

⟦s4|Lauri Elvring⟧, who led the No campaign, ⟦k4|called⟧ ⟦c4|the result "a vote for checks, not for any party."⟧ ⟦s5|He⟧ ⟦k5|said⟧ ⟦c5|the prime minister should "take the hint about how he governs"⟧ but ⟦o2|⟦ko2|stopped short of⟧ calling for him to go⟧.

Ilka Sorvane did not. “⟦c7|He bet his authority on this and he lost it. A man of honour would hand in his seals tonight,⟧” ⟦s7|the opposition leader⟧ ⟦k7|said⟧.

⟦s8|Concord's general secretary, Imre Sallo⟧, ⟦k8|dismissed⟧ ⟦c8|the demand as "theatre,"⟧ and ⟦k9|noted⟧ ⟦c9|no Vandrian prime minister had ever resigned over a referendum⟧. “⟦c10|Should Ilka resign every time her party loses a by-election?⟧” ⟦s10|he⟧ ⟦k10|said⟧.

⟦s11|Senate President Margit Olander⟧ ⟦k11|said⟧ ⟦c11|the chamber would "take the message seriously"⟧ and ⟦k12|pledged⟧ ⟦c12|to cut the time it took to review ordinary bills by half⟧.

⟦o1|⟦so1|Green Hearth leader Rasmus Odell⟧ ⟦ko1|congratulated⟧ the No campaign⟧, although his party had formally backed abolition.

⟦s13|Exit polls by Demoskop Vandria⟧ ⟦k13|suggested⟧ ⟦c13|voters under 35 had backed abolition by a narrow margin while those over 60 rejected it by nearly two to one⟧. ⟦s14|Yrsa Tamm⟧, the firm's director, ⟦k14|said⟧ ⟦c14|the vote had turned in the last fortnight, after the debate over who would confirm judges⟧. ⟦n3|The Electoral Oversight Board is due to certify the official result within ten days⟧.
""",
spec="""
c0 - | n abolition not addressed | a wants him gone | f demands he quit
n1 | author reports the result neutrally
n2 | turnout figure
c1 Aurel Vantine | n accepts defeat, no view on the policy | n acceptance, not self-praise | n accepting the result says nothing on resigning
c2 Aurel Vantine | n abolition not addressed | f defends his position | a refuses to resign
c3 Aurel Vantine | n abolition not argued | f presents himself as a democrat | a treats the vote as normal process
c4 Lauri Elvring | a result rejects abolition | n not a vote on a party | n no resignation demand
c5 Lauri Elvring | n no argument on abolition | a criticises how he governs | n criticism short of resignation
o2 declined Lauri Elvring
c7 Ilka Sorvane | n abolition not argued | a says he lost his authority | f demands he hand in his seals
c8 Imre Sallo | n abolition not addressed | f defends the prime minister | a dismisses the demand as theatre
c9 Imre Sallo | n abolition not addressed | f precedent protects him | a no precedent for resigning
c10 Imre Sallo | n abolition not addressed | f mocks the demand | a rhetorical question rejects resignation
c11 Margit Olander | a Senate kept, message heeded | n no view on Vantine | n no resignation demand
c12 Margit Olander | a pledges reform instead of abolition | n no view on Vantine | n no resignation demand
o1 speech_no_content Rasmus Odell | a congratulated the winning No side | n no view on Vantine | n no resignation demand
c13 Demoskop Vandria | n exit poll figures | n poll figures | n poll figures
c14 Yrsa Tamm | n analysis of the swing | n analysis only | n analysis only
n3 | procedural fact
"""))
