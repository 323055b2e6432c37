# c4 batch 2: c4-03 .. c4-07
ARTICLES = []

ARTICLES.append(dict(
id="c4-03", domain="health / vaccine rules",
targets=[("school vaccination requirement", ["vaccination requirement", "requirement", "the law", "the bill"]),
         ("belief exemptions should be kept", ["exemptions", "exemption", "personal-belief exemptions"]),
         ("Corin Ashvale", ["Ashvale", "Corin Ashvale", "health secretary"])],
text='''
[[N1:Hestmoor to bar unvaccinated pupils from September, ending belief exemptions]]

[[O1:DRAYMOUTH, Hestmoor (Tidewater Press Agency) —]] [[N2:Hestmoor's provincial assembly voted 34 to 19 on Wednesday to require proof of measles vaccination for every child entering a state school, and to scrap the personal-belief exemptions that about 1,400 families used last year]].

"[[C1:This is the day Hestmoor stopped gambling with its children,]]" [[Q1:said]] [[S1:Provincial Health Secretary Corin Ashvale]], who introduced the bill after an outbreak in Draymouth infected 63 people in the spring.

[[S2:[[S3:Ashvale]]]] [[Q2:[[Q3:said]]]] [[C2:medical exemptions would remain for children who cannot safely be vaccinated]], but that [[C3:"belief is not a diagnosis."]]

[[S4:Assembly member Sabine Tolley of the Hestmoor First party]] [[Q4:said]] [[C4:the law "turns head teachers into border guards"]] and [[Q14:accused]] [[C14:Ashvale of "governing by fright."]]

"[[C5:I vaccinated all three of mine,]]" [[S5:Tolley]] [[Q5:said]]. "[[C6:But I will defend to the last the right of a parent to decide, and today this assembly took it away.]]"

[[O3:[[OS3:[[S7:The parents' group Hestmoor Families for Choice]]]] [[OQ3:condemned]] the vote]] and [[Q7:said]] [[C7:it would challenge the law in the provincial court]].

[[S8:Dr. Lowri Penhale, a paediatrician at Draymouth Children's Hospital,]] [[Q8:said]] [[C8:vaccination rates in the city's poorest wards had fallen to 81 percent, well below the 95 percent needed to stop measles spreading]].

"[[C9:Every one of those 63 cases was preventable,]]" [[S9:she]] [[Q9:said]]. "[[C15:The secretary listened to the people who treated them.]]"

[[S10:Fergal Merriden, who chairs the Hestmoor Head Teachers' Association,]] [[Q10:said]] [[C10:schools wanted higher vaccination rates]] but [[C11:were "not equipped to be the enforcement arm of the health department."]]

[[Q12:Asked]] [[C12:whether unvaccinated children would simply be kept at home]], [[S13:Ashvale]] [[Q13:replied]]: "[[C13:Those families will have a nurse at their door before they have a letter in the post.]]"

[[N3:The rule takes effect for the school year beginning in September.]]
''',
ann='''
N1 | headline reports the rule neutrally | reports the end of exemptions as fact | no stance
O1 dateline
N2 | author reports the vote | author reports the vote | no stance
C1 direct | Corin Ashvale | f hails the day the rule passed | a implies exemptions were a gamble | n speaker is Ashvale herself
C2 indirect | Corin Ashvale | f defends the rule's design | n about medical, not belief, exemptions | n speaker is Ashvale herself
C3 mixed | Corin Ashvale | f rejects belief as grounds | a belief is not a diagnosis | n speaker is Ashvale herself
C4 mixed | Sabine Tolley | a says the law makes heads border guards | f opposes removing parental choice | n minister not named here
C14 mixed | Sabine Tolley | a attacks the rule as fearmongering | n exemptions not mentioned | a accuses Ashvale of governing by fright
C5 direct | Sabine Tolley | n concession about her own children | n concession, no view yet | n no view of Ashvale
C6 direct | Sabine Tolley | a says the assembly took away a right | f defends the parent's right to decide | n Ashvale not named
O3 speech_no_content | Hestmoor Families for Choice | a condemns the vote | f condemns ending exemptions | n Ashvale not addressed
C7 indirect | Hestmoor Families for Choice | a will challenge the law | f challenge seeks to restore choice | n Ashvale not addressed
C8 indirect | Lowri Penhale | f low rates argue for the rule | n figures, no view on exemptions | n Ashvale not addressed
C9 direct | Lowri Penhale | f cases were preventable | a preventable cases undercut exemptions | n Ashvale not addressed
C15 direct | Lowri Penhale | f backs the policy's basis | n exemptions not addressed | f praises the secretary for listening
C10 indirect | Fergal Merriden | n supports vaccination, not the rule | n no view on exemptions | n no view of Ashvale
C11 mixed | Fergal Merriden | a says schools cannot enforce it | n no view on exemptions | n no view of Ashvale
C12 indirect | - | n question without position | n question without position | n question without position
C13 direct | Corin Ashvale | f promises outreach to enforce the rule | n exemptions not addressed | n speaker is Ashvale herself
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-04", domain="health / drug pricing",
targets=[("corvalide price cap", ["price cap", "the cap", "cap", "38 florins"]),
         ("Veritane Pharma", ["Veritane", "Veritane Pharma"]),
         ("the cap will cause shortages", ["shortage", "shortages", "shortfall"])],
text='''
[[N1:Drugmaker threatens to pull heart medicine over Aldmere price cap]]

[[O1:By Ivo Brannagh, Aldmere Chronicle]]

[[O2:QUENBY —]] [[S1:Veritane Pharma]] [[Q1:warned]] on Monday [[C1:it may stop supplying corvalide, a blood-thinner taken by about 90,000 people in Aldmere, once the Commonwealth Medicines Board's cap of 38 florins a month takes effect in April]].

[[N2:The cap is less than half the drug's current list price of 81 florins.]]

“[[C2:We cannot sell a medicine in one market for less than it costs us to ship it there,]]” [[S2:Veritane’s regional director, Aurel Hesper,]] [[Q2:said]] in a statement. “[[C3:No company could.]]”

[[S4:The board’s chair, Fenna Colquist,]] [[Q4:called]] [[C4:the threat “a negotiating posture dressed up as a supply problem.”]] [[S5:She]] [[Q5:noted]] [[C5:Veritane charges 29 florins a month for the same pill in neighbouring Brevany]].

[[S6:Colquist]] [[Q6:said]] [[C6:the board had modelled a worst case in which Veritane withdrew, and two generic makers could cover the market within eight weeks]].

[[S7:[[S8:The Aldmere Pharmacy Council]]]] [[Q7:said]] [[C7:eight weeks was “optimistic by a factor of three”]] and [[Q8:urged]] the board [[C8:to phase the cap in over a year]].

“[[C9:I have patients who have been stable on corvalide for a decade. You do not switch them over a weekend,]]” [[Q9:said]] [[S9:Romilly Pryde]], a pharmacist in Skellow Bay.

[[O3:[[OS3:[[S10:The patient charity Steadyheart]]]] [[OQ3:backed]] the cap]], [[Q10:saying]] [[C10:families had been “quietly rationing” the drug at 81 florins]]. “[[C11:Which is the shortage nobody at Veritane seems to mention,]]” [[S11:its chief executive, Wystan Arnhem,]] [[Q11:said]].

[[S12:[[S13:Reform Party health spokesman Dov Renwick]]]] [[Q12:said]] [[C12:he supported the cap “in principle”]] but [[Q13:asked]] [[C13:whether ministers had a stockpile if Veritane carried out its threat]].

[[O4:[[OS4:Veritane]] [[OQ4:declined to say]] whether it had already slowed shipments]]. [[N3:The cap is due to take effect on April 1.]]
''',
ann='''
N1 | headline reports the threat neutrally | reports Veritane's threat as news | no stance
O1 byline
O2 dateline
C1 indirect | Veritane Pharma | a threatens withdrawal over the cap | n speaker is Veritane itself | f warns supply may stop
N2 | price comparison as fact | no stance | no stance
C2 direct | Aurel Hesper | a says the capped price is below cost | n speaker's own company | f implies supply cannot continue
C3 direct | Aurel Hesper | a no company could sell at that price | n speaker's own company | f implies withdrawal is inevitable
C4 mixed | Fenna Colquist | f defends the cap against the threat | a calls Veritane's threat a posture | a denies a real supply problem
C5 indirect | Fenna Colquist | f lower price abroad supports the cap | a undercuts Veritane's cost argument | a shows the price is sustainable
C6 indirect | Fenna Colquist | f says the cap's risk is covered | n neutral about the company | a generics would cover the market
C7 mixed | Aldmere Pharmacy Council | n doubts timing, not the cap | n Veritane not addressed | f warns replacement takes far longer
C8 indirect | Aldmere Pharmacy Council | n asks for phasing, neither rejects nor backs it | n Veritane not addressed | n phasing request, no claim about supply
C9 direct | Romilly Pryde | n no view on the price | n Veritane not addressed | f warns switching patients would disrupt supply
O3 speech_no_content | Steadyheart | f backs the cap | n Veritane not addressed | n no view on supply
C10 mixed | Steadyheart | f high price forced rationing | a blames the old price for rationing | n about rationing before the cap
C11 direct | Wystan Arnhem | f sarcasm backs the cap | a accuses Veritane of hiding the real shortage | a reframes the shortage as caused by high prices
C12 mixed | Dov Renwick | f supports it in principle | n Veritane not addressed | n no claim about supply
C13 indirect | Dov Renwick | n question presses without position | n question without position | n question without position
O4 declined | Veritane Pharma
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-05", domain="climate / carbon tax",
targets=[("carbon levy increase", ["carbon levy", "the levy", "levy", "85 florins"]),
         ("Rafe Okonjo-Varne", ["Okonjo-Varne", "climate minister", "the minister"]),
         ("the levy hurts rural households", ["rural households", "rural families", "countryside"])],
text='''
[[N1:Carbon levy to rise to 85 florins a tonne, with rebate for rural drivers]]

[[O1:By Selwyn Tarrant, Tidewater Press Agency]]

[[O2:QUENBY, Aldmere —]] [[N2:Aldmere's carbon levy will rise from 60 to 85 florins a tonne of carbon dioxide next July under plans published on Friday]]. [[N3:Households outside the three provincial capitals will receive a quarterly rebate worth about 140 florins]].

“[[C1:Every florin raised goes back out of the door, most of it to the people who drive the furthest,]]” [[S1:Energy and Climate Minister Rafe Okonjo-Varne]] [[Q1:told]] the Assembly. “[[C2:If this is a war on the countryside, it is the first war in history that pays its enemies.]]”

[[S3:He]] [[Q3:said]] [[C3:the increase would cut emissions by an estimated 4 million tonnes a year by 2030]].

[[S4:Oriel Stanbury, leader of the Commonwealth Reform Party,]] [[Q4:said]] [[C4:the rebate would arrive “three months after the fuel bill, if it arrives at all.”]] [[S5:She]] [[Q5:called]] [[C5:the minister “a man who has never had to choose between a tank of diesel and a winter coat.”]]

[[S6:The Ulvane Farmers’ Union]] [[Q6:said]] [[C6:its members would pay about 2,300 florins more a year for fuel and fertiliser, far more than any rebate]].

But [[S7:an analysis by the Quenby School of Economics]] [[Q7:found]] [[C7:three in five rural households would come out ahead once the rebate was counted, because they use less heating oil than commonly assumed]].

[[S8:Yara Dunstable, who runs a taxi firm in Kemsley,]] [[Q8:said]] [[C8:she had done the sums twice]]. “[[C9:I come out 60 florins down. Not ruin. Not nothing, either,]]” [[S9:she]] [[Q9:said]].

[[O3:[[OS3:[[S10:The climate group Clearsky Aldmere]]]] [[OQ3:praised]] the increase]] but [[Q10:said]] [[C10:85 florins was still “well short of what the science asks.”]]

[[Q11:Asked]] [[C11:whether the rebate would rise with the levy in later years]], [[S12:Okonjo-Varne]] [[Q12:said]] [[C12:it was “a matter for future budgets.”]]

[[N4:The increase still needs a second vote in the Assembly, expected in March.]]
''',
ann='''
N1 | headline reports the rise neutrally | no stance | reports the rebate as fact
O1 byline
O2 dateline
N2 | author states the plan | no stance | no stance
N3 | author states the rebate | no stance | no stance
C1 direct | Rafe Okonjo-Varne | f says the money is returned | n speaker is the minister himself | a says rural drivers get most back
C2 direct | Rafe Okonjo-Varne | f mocks the war-on-countryside charge | n speaker is the minister himself | a sarcasm denies rural harm
C3 indirect | Rafe Okonjo-Varne | f emission cuts argue for it | n speaker is the minister himself | n no rural claim
C4 mixed | Oriel Stanbury | a doubts the rebate will come | n attacks the rebate, not the man | f implies rural payers lose out
C5 mixed | Oriel Stanbury | a frames the levy as out of touch | a personal attack on the minister | f implies rural people choose diesel over coats
C6 indirect | Ulvane Farmers’ Union | a costs farmers far more than the rebate | n minister not addressed | f farmers pay more than they get
C7 indirect | Quenby School of Economics | f most rural households come out ahead | n minister not addressed | a figures show most rural households gain
C8 indirect | Yara Dunstable | n sums without verdict | n no view on the minister | n no result given yet
C9 direct | Yara Dunstable | n reports a small loss, no verdict | n no view on the minister | f she is 60 florins worse off
O3 speech_no_content | Clearsky Aldmere | f praises the increase | n minister not addressed | n rural impact not addressed
C10 mixed | Clearsky Aldmere | n says the rise is too small, not wrong | n minister not addressed | n rural impact not addressed
C11 indirect | - | n question without position | n question without position | n question without position
C12 mixed | Rafe Okonjo-Varne | n deflects | n speaker is the minister himself | n no claim about rural cost
N4 | procedure | procedure | procedure
''',
))

ARTICLES.append(dict(
id="c4-06", domain="energy / coal plant closure",
targets=[("Garrowby closure", ["closure", "close", "closing"]),
         ("Brightlyn Energy", ["Brightlyn", "Brightlyn Energy"]),
         ("the closure is premature", ["premature", "too early", "earlier than planned"])],
text='''
[[N1:Garrowby coal plant to close in 2027, two years early]]

[[O1:GARROWBY, Hestmoor (Tidewater Press Agency) —]] [[S1:Brightlyn Energy]] [[Q1:said]] on Wednesday [[C1:it would shut the Garrowby Power Station, Aldmere's last coal-fired plant, in March 2027, two years ahead of schedule]], putting about 430 jobs at risk.

"[[C2:Garrowby has kept the lights on in this country for 51 years. But the economics have turned, and pretending otherwise would only make the landing harder,]]" [[S2:Brightlyn's chief executive, Clemency Ozanne,]] [[Q2:said]].

[[S3:She]] [[Q3:said]] [[C3:the company would pay for retraining for every worker who wanted it and keep 60 staff on site for demolition]].

[[S4:[[S5:The Hestmoor Power Workers' Union]]]] [[Q4:called]] [[C4:the decision "a betrayal dressed as a business plan"]] and [[Q5:said]] [[C5:it had been given four hours' notice]].

"[[C6:Two years. They had a date, they shook our hands on it, and they tore it up on a Wednesday morning,]]" [[Q6:said]] [[S6:Emlyn Price]], a shift manager at the plant for 22 years.

[[S7:[[S8:Garrowby's mayor, Nerys Holloway,]]]] [[Q7:said]] [[C7:the town was not against losing the plant "one day,"]] but that [[C8:the grid operator's own figures showed Hestmoor would be short of winter capacity until a new interconnector opens in 2029]].

[[S9:The grid operator, Aldmere Transmission,]] [[Q9:said]] [[C9:it was "confident" the gap could be covered by battery storage and imports]].

[[S10:Cadoc Rees of the campaign group Cleaner Hestmoor]] [[Q10:said]] [[C10:the plant's emissions had been linked to 40 early deaths a year in the valley]]. "[[C11:Nobody should have to choose between a pay packet and their lungs,]]" [[S11:he]] [[Q11:added]].

[[O3:[[OS3:[[S12:Energy and Climate Minister Rafe Okonjo-Varne]]]] [[OQ3:welcomed]] the announcement]] and [[Q12:promised]] [[C12:a transition fund for the valley "before a single worker walks out of that gate."]]

[[N2:The plant burned 1.2 million tonnes of coal last year.]]
''',
ann='''
N1 | headline reports the date neutrally | no stance | reports earlier date as fact
O1 dateline
C1 indirect | Brightlyn Energy | f announces and owns the shutdown | n speaker is the company itself | n announces timing without defending it
C2 direct | Clemency Ozanne | f argues the economics require it | n speaker's own company | a says delay would make things harder
C3 indirect | Clemency Ozanne | f softens the shutdown with retraining | n speaker's own company | n no view on timing
C4 mixed | Hestmoor Power Workers' Union | a calls the decision a betrayal | a accuses the company of betrayal | f betrayal of the agreed date
C5 indirect | Hestmoor Power Workers' Union | n complaint about notice, not the shutdown | a blames the company for short notice | n no view on timing
C6 direct | Emlyn Price | a angry at the torn-up date | a says the company broke its word | f insists on the original date
C7 mixed | Nerys Holloway | n concedes it must end someday | n company not addressed | f one day, but not now
C8 indirect | Nerys Holloway | a warns of a capacity gap | n company not addressed | f shortfall until 2029 argues for waiting
C9 mixed | Aldmere Transmission | n technical assurance only | n company not addressed | a says the gap can be covered
C10 indirect | Cadoc Rees | f emissions deaths argue for shutting | n company not addressed | a deaths argue against waiting
C11 direct | Cadoc Rees | f health over pay packet | n company not addressed | n no timing claim
O3 speech_no_content | Rafe Okonjo-Varne | f welcomes the announcement | n company not judged | a welcomes the early date
C12 mixed | Rafe Okonjo-Varne | n promise of support, no verdict | n company not addressed | n no view on timing
N2 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-07", domain="energy / offshore wind",
targets=[("Skerrin Bank wind farm", ["Skerrin Bank", "wind farm", "turbines", "project", "scheme"]),
         ("Norrow Offshore", ["Norrow", "Norrow Offshore", "the developer"]),
         ("the wind farm will harm fishing", ["fishing", "fishing grounds", "catches"]),
         ("Maelis Tallisker", ["Tallisker", "environment minister", "Maelis Tallisker"])],
text='''
[[N1:Minister approves 90-turbine Skerrin Bank wind farm off Ulvane coast]]

[[O1:By Wrenna Colby, Aldmere Chronicle]]

[[O2:SKELLOW BAY, Ulvane —]] [[N2:Environment Minister Maelis Tallisker on Thursday granted consent for the Skerrin Bank wind farm, 90 turbines standing 22 kilometres off the Ulvane coast]].

[[S3:Tallisker]] [[Q3:said]] [[C3:the project would power about 700,000 homes and had been redrawn twice to avoid the richest cod grounds]].

“[[C4:I have read every one of the 4,100 objections. Some of them changed this scheme for the better,]]” [[S4:she]] [[Q4:said]]. “[[C5:None of them changed the arithmetic of a country that still imports a third of its power.]]”

[[S6:The developer, Norrow Offshore,]] [[Q6:said]] [[C6:construction would begin in 2028 and employ about 1,100 people at its peak]].

[[S7:The Skellow Bay Fishermen’s Association]] [[Q7:said]] [[C7:the consent would close off water its boats had worked “since before anyone here had electricity.”]]

“[[C8:They moved the turbines off the cod. They didn’t move them off the prawns, the sole or the crab,]]” [[Q8:said]] the association’s chair, [[S8:Dai Morfydd]]. [[S9:Morfydd]] [[Q9:accused]] [[C9:Tallisker of treating the coast “like a car park for other people’s electricity.”]]

[[S10:A study commissioned by Norrow from the University of Lisforth]] [[Q10:found]] [[C10:catches around two existing turbine arrays off Hestmoor rose by 12 percent after construction, as the foundations acted as artificial reefs]]. [[S11:Morfydd]] [[Q11:dismissed]] [[C11:the study as “homework marked by the people who set the exam.”]]

[[S12:Cllr Briallen Stroud]], who represents Skellow Bay on Ulvane Council, [[Q12:said]] [[C12:the port could gain more from servicing the turbines than it lost at sea, “if Norrow keeps its promises about local hiring, which is a large if.”]]

[[O3:[[OS3:Clearsky Aldmere]] [[OQ3:hailed]] the decision]]. [[S14:The fishermen’s association]] [[Q14:said]] [[C14:it would consult lawyers about a judicial review]].

[[N3:The turbines would be visible from the shore on clear days.]]
''',
ann='''
N1 | headline reports approval neutrally | developer not mentioned | no stance | reports the minister's decision neutrally
O1 byline
O2 dateline
N2 | author reports the consent | no stance | no stance | no stance
C3 indirect | Maelis Tallisker | f touts homes powered | n developer not judged | a says cod grounds were avoided | n speaker is Tallisker herself
C4 direct | Maelis Tallisker | f objections improved the scheme | n developer not judged | n no fishing claim | n speaker is Tallisker herself
C5 direct | Maelis Tallisker | f import dependence argues for it | n developer not judged | n no fishing claim | n speaker is Tallisker herself
C6 indirect | Norrow Offshore | f promotes jobs from the project | n speaker is Norrow itself | n no fishing claim | n minister not addressed
C7 mixed | Skellow Bay Fishermen’s Association | a consent closes off their water | n developer not named | f says boats lose their grounds | a attacks the consent she granted
C8 direct | Dai Morfydd | a turbines still on prawns and crab | n unclear who moved them | f other species still harmed | n minister not named
C9 mixed | Dai Morfydd | a coast treated as a car park | n developer not named | n no fishing claim | a accuses Tallisker
C10 indirect | University of Lisforth | f reef effect supports the project | n findings, no view on Norrow | a catches rose near turbines | n minister not addressed
C11 mixed | Dai Morfydd | a rejects evidence for the project | a study is Norrow marking its own homework | f rejects evidence that catches rise | n minister not addressed
C12 mixed | Briallen Stroud | f port could gain | a doubts Norrow will keep promises | n no fishing claim | n minister not addressed
O3 speech_no_content | Clearsky Aldmere | f hails the decision | n developer not addressed | n no fishing claim | f hails the minister's decision
C14 indirect | Skellow Bay Fishermen’s Association | a plans legal challenge | n developer not addressed | n procedural plan | a challenges her decision
N3 | fact | fact | fact | fact
''',
))
