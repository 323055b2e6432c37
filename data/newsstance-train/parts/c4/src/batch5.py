# c4 batch 5: c4-20 .. c4-25
ARTICLES = []

ARTICLES.append(dict(
id="c4-20", domain="energy / offshore wind grid connection",
targets=[("Skerrin Bank pylon route", ["pylon route", "pylons", "the route", "overhead line"]),
         ("Norrow Offshore", ["Norrow", "Norrow Offshore"]),
         ("the cable should be buried", ["buried", "bury", "underground", "in the ground"])],
text='''
[[N1:Farmers fight pylon route for Skerrin Bank power]]

[[O1:By Wrenna Colby, Aldmere Chronicle]]

[[O2:KEMSLEY, Ulvane —]] [[N2:Norrow Offshore wants to carry power from its Skerrin Bank wind farm 48 kilometres inland on a line of 140 pylons, crossing 61 farms between the coast and a new substation outside Kemsley]].

[[S1:Norrow’s project director, Tristan Mabbott,]] [[Q1:said]] [[C1:putting the line underground would add about 900 million florins to the cost and two years to the timetable]].

“[[C2:Every florin of that ends up on someone’s electricity bill. Usually the same farmers asking us to do it,]]” [[S2:Mabbott]] [[Q2:said]].

[[S3:Ffion Caddick, whose family has farmed at Nantcarrow for five generations,]] [[Q3:said]] [[C3:three towers would stand in her dairy pasture]]. “[[C4:They found the money to put turbines in the sea. They can find it to put a cable in the ground,]]” [[S4:she]] [[Q4:said]].

[[S5:The Ulvane Farmers’ Union]] [[Q5:called]] [[C5:the plan “the cheapest line for Norrow and the dearest for everyone who lives along it.”]]

[[S6:The grid operator, Aldmere Transmission,]] [[Q6:said]] [[C6:underground cables of this length were “possible but rarely done,” and harder to repair when they failed]].

[[S7:Ulvane Council’s tourism officer, Magda Renshaw,]] [[Q7:said]] [[C7:visitor surveys ranked the valley’s open views as its main draw]].

[[S8:Environment Minister Maelis Tallisker]] [[Q8:said]] [[C8:she would decide the matter “on the evidence, not on the volume.”]] [[S12:She]] [[Q12:said]] [[C12:a ruling was expected before the end of the year]].

[[S9:Mabbott]] [[Q9:said]] [[C9:Norrow had offered to bury a 6-kilometre stretch through the Kemsley water meadows]]. “[[C10:Six kilometres out of 48. Generous,]]” [[Q10:said]] [[S10:Caddick]].

[[S11:Clearsky Aldmere]] [[Q11:warned]] [[C11:a long fight over the line could hold up the wind farm by years]]. [[O3:[[OS3:Reform Party leader Oriel Stanbury]] [[OQ3:sided with]] the farmers]].

[[N3:A public hearing opens in May.]] [[N4:The wind farm is due to begin supplying power in 2031, if the connection is approved in time.]]
''',
ann='''
N1 | headline reports the fight neutrally | no stance | no stance
O1 byline
O2 dateline
N2 | author describes the plan | no stance | no stance
C1 indirect | Tristan Mabbott | f cost argument for the overhead line | n speaker's own company | a burial far too costly
C2 direct | Tristan Mabbott | f bills argument for the line | n speaker's own company | a burying raises everyone's bills
C3 indirect | Ffion Caddick | a towers on her pasture | n company not named | n no alternative named yet
C4 direct | Ffion Caddick | a rejects the overhead plan | a says the company can afford better | f put a cable in the ground
C5 mixed | Ulvane Farmers’ Union | a dearest for people along it | a says it suits Norrow's wallet | n no alternative named
C6 mixed | Aldmere Transmission | n technical view, not the route | n company not judged | a long buried cables rarely done
C7 indirect | Magda Renshaw | a views are the valley's draw | n company not addressed | n no alternative named
C8 mixed | Maelis Tallisker | n procedural neutrality | n no stance | n no stance
C12 indirect | Maelis Tallisker | n timetable only | n no stance | n no stance
C9 indirect | Tristan Mabbott | f offers a concession to save the plan | n speaker's own company | n partial burial only
C10 direct | Ffion Caddick | a sarcasm at the small concession | a mocks Norrow's offer | f wants far more buried
C11 indirect | Clearsky Aldmere | f warns against a long fight | n company not judged | a fighting for burial delays the farm
O3 speech_no_content | Oriel Stanbury | a sides with opponents | n company not addressed | f sides with farmers' demand
N3 | schedule | no stance | no stance
N4 | schedule | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-21", domain="environment / drought and desalination",
targets=[("Skellow Bay desalination plant", ["desalination plant", "desalination", "the plant"]),
         ("Ulvane Water", ["Ulvane Water", "the company"]),
         ("desalination is too expensive", ["too expensive", "expensive"])],
text='''
[[N1:Ulvane Water proposes desalination plant as drought drags on]]

[[O1:SKELLOW BAY, Ulvane (Tidewater Press Agency) —]] [[S1:Ulvane Water]] [[Q1:said]] on Wednesday [[C1:it wanted to build a 310-million-florin plant at Skellow Bay to turn seawater into 60 million litres of drinking water a day, enough for a third of the province]].

"[[C2:We cannot keep praying for wet winters. The sea does not have a drought,]]" [[Q2:said]] [[S2:chief executive Marit Sollander]].

[[S3:Sollander]] [[Q3:said]] [[C3:bills would rise by about 38 florins a year per household to pay for it]].

[[S4:The Aldmere Water Authority]] [[Q4:said]] [[C4:the company should fix its leaking pipes "before it asks customers to pay for the sea."]]

[[C5:The plant would use about as much electricity as 40,000 homes]], [[Q5:according to]] [[S5:the company's own planning documents]].

[[S6:Dai Morfydd of the Skellow Bay Fishermen's Association]] [[Q6:said]] [[C6:the brine pumped back into the bay would "cook the seabed."]] [[S12:Morfydd]] [[Q12:said]] [[C12:his members would fight the outfall "with every objection the law allows."]]

[[S7:[[S8:Dr. Senna Kilbride, the Lisforth hydrologist,]]]] [[Q7:said]] [[C7:desalinated supply was "dear water, but it is water,"]] and that [[C8:modern outfalls diluted brine quickly enough to protect most marine life]].

"[[C9:Thirty-eight florins is less than I spent on bottled water in August,]]" [[Q9:said]] [[S9:Bethan Lowrie]] of Kemsley. [[S13:Lowrie]] [[Q13:said]] [[C13:she had stopped watering her vegetable garden in June and let the lawn go brown]].

[[S10:Reform Party leader Oriel Stanbury]] [[Q10:said]] [[C10:customers were "being asked to pay twice: once for the leaks, and once for the cure."]]

[[S11:Sollander]] [[Q11:said]] [[C11:the company was spending 90 million florins on leak repairs this year "and it still would not be enough without a new source."]]

[[O3:[[OS3:Skellow Bay's town council]] [[OQ3:welcomed]] the proposal]]. [[N2:The proposal needs planning consent from Ulvane Council.]] [[N3:Ulvane's reservoirs stood at 17 percent on Wednesday.]]
''',
ann='''
N1 | headline reports the proposal neutrally | no stance | no stance
O1 dateline
C1 indirect | Ulvane Water | f proposes and promotes the plant | n speaker is the company itself | n no cost verdict
C2 direct | Marit Sollander | f sea is a reliable source | n speaker's own company | n no cost verdict
C3 indirect | Marit Sollander | n states the bill rise without a verdict | n speaker's own company | n cost stated, not judged
C4 mixed | Aldmere Water Authority | a fix leaks before building | a blames the company's leaks | f paying for the sea is unjustified
C5 indirect | Ulvane Water | n energy figure without comment | n no stance | n no verdict
C6 mixed | Dai Morfydd | a brine would harm the seabed | n company not named | n environmental, not cost
C12 mixed | Dai Morfydd | a vows to fight the outfall | n company not named | n no cost claim
C7 mixed | Senna Kilbride | f dear, but it is water | n company not judged | a expensive but worth having
C8 indirect | Senna Kilbride | f outfalls protect marine life | n company not judged | n no cost claim
C9 direct | Bethan Lowrie | f cost is small to her | n company not named | a 38 florins is cheap
C13 indirect | Bethan Lowrie | n describes saving water | n no stance | n no stance
C10 mixed | Oriel Stanbury | a customers pay twice | a blames company leaks | f paying twice is too much
C11 mixed | Marit Sollander | f repairs alone are not enough | n speaker's own company | n no cost verdict
O3 speech_no_content | - | f welcomes the proposal | n company not judged | n no cost verdict
N2 | procedure | no stance | no stance
N3 | fact | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-22", domain="environment / pesticide ban",
targets=[("Lisforth weedkiller ban", ["weedkiller ban", "the ban", "ban", "stopped spraying"]),
         ("Ottoline Raikes", ["Raikes", "Ottoline Raikes"]),
         ("the ban is worth the untidier streets", ["worth", "untidy"])],
text='''
[[N1:Weeds, wildflowers and a row: Lisforth's weedkiller ban divides residents]]

[[O1:By Nessa Ambry, Aldmere Chronicle]]

[[O2:LISFORTH, Corriva —]] [[N2:A year after Lisforth City Council stopped spraying the herbicide tervalon on pavements, parks and verges, complaints about weeds have trebled, while the city's count of pollinating insects has risen for the first time in a decade]].

"[[C1:Some people call it untidy. I call it alive,]]" [[Q1:said]] [[S1:Cllr Ottoline Raikes]], who leads on environment for the council.

[[S2:Raikes]] [[Q2:said]] [[C2:the council had saved 410,000 florins on spraying contracts and hired six extra street staff to pull weeds by hand]].

[[S3:Harold Peplow, 81, who uses a walking frame,]] [[Q3:said]] [[C3:he had tripped twice on weeds pushing through the pavement on Corn Street]]. "[[C4:Lovely for the bees. Not so lovely for my hip,]]" [[S4:he]] [[Q4:said]].

[[S5:The Lisforth Residents' Association]] [[Q5:called]] [[C5:the policy "something that looks good in a brochure and bad on your street."]]

[[S6:Dr. Saffron Orme, the pollination ecologist,]] [[Q6:said]] [[C6:the city's bee and hoverfly counts were up 27 percent on last year]]. "[[C7:A dandelion in a crack in the pavement is not a failure of government,]]" [[S7:she]] [[Q7:said]].

[[S8:[[S9:Cllr Godric Fenner]]]], who leads the Reform group on the council, [[Q8:said]] [[C8:Raikes had "turned a cost-saving into a crusade"]] and that [[C9:six new staff were being asked to weed a city of 300,000 people]].

[[S10:Yusra Hallam, who has two children at Corn Street primary,]] [[Q10:said]] [[C10:she was glad not to see spray lorries outside the school gates any more]].

[[O3:[[OS3:The Aldmere Growers' Federation]] [[OQ3:criticised]] the policy]] as well. [[S11:Raikes]] [[Q11:said]] [[C11:the council would trial a hot-foam weed treatment on the busiest streets from March]].

[[N3:The council will review the policy in the autumn.]]
''',
ann='''
N1 | headline reports division neutrally | no stance | no stance
O1 byline
O2 dateline
N2 | author gives both trends | no stance | reports both costs and gains
C1 direct | Ottoline Raikes | f reframes untidy as alive | n speaker is Raikes herself | f untidiness is a sign of life
C2 indirect | Ottoline Raikes | f savings and extra staff | n speaker is Raikes herself | n no trade-off claim
C3 indirect | Harold Peplow | a tripped on weeds | n Raikes not named | a the weeds hurt him
C4 direct | Harold Peplow | a bees gain, his hip loses | n Raikes not named | a cost to him outweighs bees
C5 mixed | Lisforth Residents' Association | a policy fails on the street | a attacks the policy Raikes leads | a bad on your street
C6 indirect | Saffron Orme | f insect counts rose | n Raikes not named | f gains for insects
C7 direct | Saffron Orme | f defends the weeds | n Raikes not named | f a dandelion is no failure
C8 mixed | Godric Fenner | a calls it a crusade | a attacks Raikes directly | n no trade-off claim
C9 indirect | Godric Fenner | a staff far too few | n Raikes not named | n no trade-off claim
C10 indirect | Yusra Hallam | f glad the spraying stopped | n Raikes not named | n no trade-off claim
O3 speech_no_content | Aldmere Growers' Federation | a criticises the policy | n Raikes not addressed | n no trade-off claim
C11 indirect | Ottoline Raikes | n trial treatment, no verdict | n speaker is Raikes herself | n no trade-off claim
N3 | schedule | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-23", domain="energy / nuclear waste storage",
targets=[("Fellbeck repository", ["repository", "waste store", "Fellbeck repository"]),
         ("Aldmere Radioactive Waste Agency", ["waste agency", "the agency", "Aldmere Radioactive Waste Agency"]),
         ("the Fellbeck referendum was fair", ["fair", "fairly", "consent"])],
text='''
[[N1:Fellbeck votes yes to nuclear waste store by 54 to 46 percent]]

[[O1:FELLBECK, Hestmoor (Tidewater Press Agency) —]] [[N2:Residents of Fellbeck voted 54 percent to 46 percent on Saturday to host Aldmere's deep repository for high-level nuclear waste, on a turnout of 83 percent]].

[[S1:Parish council chair Tegan Wyle]] [[Q1:said]] [[C1:the village had "made a grown-up decision with its eyes open."]] "[[C2:Nobody here was bought. People read the reports, went to the meetings, and made up their minds,]]" [[S2:Wyle]] [[Q2:said]].

[[S3:[[S4:Linnet Shawcross]]]], who led the Fellbeck Says No campaign, [[Q3:said]] [[C3:the agency had spent "eleven times what we could" on leaflets, buses and a visitor centre]] and that [[C4:the result would not have stood had the whole valley voted]].

"[[C5:They won. I'm not going to pretend they didn't,]]" [[S5:Shawcross]] [[Q5:said]]. "[[C6:But you don't get to call it consent when one side has a marketing department.]]"

[[S7:The Aldmere Radioactive Waste Agency]] [[Q7:said]] [[C7:its spending had stayed within limits set by the referendum's independent overseer]]. [[S8:The overseer, retired judge Agatha Pryor,]] [[Q8:said]] [[C8:she had received four complaints during the campaign and upheld none]].

[[S9:The mayor of neighbouring Ravensgill, Lachlan Dorley,]] [[Q9:said]] [[C9:his town had not been given a vote although lorries carrying the waste would pass its primary school]]. [[S13:Dorley]] [[Q13:said]] [[C13:Ravensgill would seek a court order to reroute the lorries]].

[[S10:Professor Imre Kolbe]] [[Q10:said]] [[C10:the result settled the politics "but not one single engineering question."]]

"[[C11:We've lived next to the old research reactor for 40 years. We know more about this than people in Quenby think,]]" [[Q11:said]] [[S11:Alwyn Oakley]], 72.

[[O3:[[OS3:[[S12:Shawcross]]]] [[OQ3:congratulated]] the yes campaign]] but [[Q12:said]] [[C12:her group would now press for a binding vote across the valley before construction began]].

[[N3:Construction would not begin before 2031.]] [[N4:The agency has spent nine years looking for a willing host.]]
''',
ann='''
N1 | headline reports the result neutrally | no stance | no stance
O1 dateline
N2 | author reports result and turnout | no stance | no stance
C1 mixed | Tegan Wyle | f praises the decision | n agency not addressed | f decision made with eyes open
C2 direct | Tegan Wyle | f defends the yes vote | n agency not addressed | f nobody was bought
C3 mixed | Linnet Shawcross | a outspent opponents pushed it through | a accuses the agency of outspending | a spending imbalance tainted the vote
C4 indirect | Linnet Shawcross | a valley would have rejected it | n agency not named | a result reflects a narrow electorate
C5 direct | Linnet Shawcross | n concedes the win | n no criticism yet | n concedes defeat, fairness not judged
C6 direct | Linnet Shawcross | a rejects the claim of consent | a mocks the agency's marketing | a not real consent
C7 indirect | Aldmere Radioactive Waste Agency | n defends spending, not the store | n speaker is the agency itself | f spending within limits
C8 indirect | Agatha Pryor | n overseer takes no side on the store | n no stance on the agency | f no complaint upheld
C9 indirect | Lachlan Dorley | a waste lorries past a school | n agency not named | a his town was excluded
C13 indirect | Lachlan Dorley | a legal fight over the lorries | n agency not named | n no fairness claim
C10 mixed | Imre Kolbe | n neither side | n no stance | n about engineering, not the vote
C11 direct | Alwyn Oakley | f locals understand the risks | n agency not addressed | n no fairness claim
O3 speech_no_content | Linnet Shawcross | n congratulation is not support | n agency not addressed | f accepting the outcome
C12 indirect | Linnet Shawcross | a will keep fighting construction | n agency not named | a wants a valley-wide vote instead
N3 | schedule | no stance | no stance
N4 | background | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-24", domain="environment / flood defences and managed retreat",
targets=[("managed retreat from Saltcote", ["managed retreat", "retreat", "move inland"]),
         ("Aldmere Flood Agency", ["Flood Agency", "the agency", "Aldmere Flood Agency"]),
         ("Saltcote's sea wall should be rebuilt", ["sea wall", "rebuild", "rebuilt", "hold the line"])],
text='''
[[N1:Flood agency says Saltcote’s sea wall will not be replaced]]

[[O1:By Oswy Kerrith, Aldmere Chronicle]]

[[O2:SALTCOTE, Hestmoor —]] [[S1:The Aldmere Flood Agency]] [[Q1:said]] on Tuesday [[C1:it would not replace the crumbling barrier that protects Saltcote’s 140 homes, and would instead offer owners up to 85 percent of their homes’ pre-storm value to move]].

[[S2:The agency’s coastal director, Ruan Pellinor,]] [[Q2:said]] [[C2:a new wall would cost 95 million florins and need rebuilding again within 40 years as seas rose]].

“[[C3:I would love to stand here and promise these people that we can keep the sea out. I can’t, and I won’t lie to them,]]” [[S3:Pellinor]] [[Q3:said]]. [[N2:The village has lost 30 metres of cliff since 2000.]]

“[[C4:Eighty-five percent of what? Nobody will buy a house the government has just declared doomed,]]” [[Q4:said]] [[S4:Morwen Tresize]], who has run the Saltcote post office for 31 years. [[S12:She]] [[Q12:said]] [[C12:most of her neighbours had lived in the village all their lives and "would rather take their chances with the sea."]]

[[S5:The Saltcote Defence Committee]] [[Q5:said]] [[C5:the agency had spent 60 million florins protecting a golf resort eight kilometres up the coast]]. [[S6:Pellinor]] [[Q6:said]] [[C6:the resort scheme had been paid for largely by its owners]], and [[Q13:said]] [[C13:the agency would fund temporary repairs for five more winters while families decided]].

[[S7:[[S8:Coastal engineer Yolande Kell]]]] [[Q7:said]] [[C7:walls on soft clay coasts "buy time, not safety,"]] and that [[C8:Saltcote would be one of dozens of villages facing the same choice by 2050]].

[[S9:Environment Minister Maelis Tallisker]] [[Q9:called]] [[C9:the offer “the most generous relocation package in the Commonwealth’s history.”]] [[S10:Reform Party leader Oriel Stanbury]] [[Q10:called]] [[C10:the decision “surrender dressed up as realism.”]]

[[O3:[[OS3:Clearsky Aldmere]] [[OQ3:praised]] the agency’s honesty]]. “[[C11:Honesty. That’s a nice word for giving up,]]” [[Q11:said]] [[S11:Tresize]].

[[N3:Saltcote’s wall was last repaired in 1987.]]
''',
ann='''
N1 | headline reports the decision neutrally | no stance | no stance
O1 byline
O2 dateline
C1 indirect | Aldmere Flood Agency | f announces relocation offer | n speaker is the agency itself | a will not replace the barrier
C2 indirect | Ruan Pellinor | f cost argues for moving | n speaker's own agency | a new wall costly and short-lived
C3 direct | Ruan Pellinor | f honest case for leaving | n speaker's own agency | a cannot keep the sea out
N2 | erosion fact | no stance | no stance
C4 direct | Morwen Tresize | a rhetorical question attacks the offer | a derides the agency's offer | f implies the village should be defended
C12 mixed | Morwen Tresize | a neighbours won't leave | n agency not named | f would rather stay and fight the sea
C5 indirect | Saltcote Defence Committee | a accuses double standards | a agency protected a golf resort | f village deserves protection too
C6 indirect | Ruan Pellinor | n explains the resort case | n speaker's own agency | n no claim about Saltcote's wall
C13 indirect | Ruan Pellinor | f softens the move with time | n speaker's own agency | n temporary repairs only
C7 mixed | Yolande Kell | f walls only buy time | n agency not judged | a walls do not give safety
C8 indirect | Yolande Kell | n broader trend, no verdict | n no stance | n no stance
C9 mixed | Maelis Tallisker | f praises the package | n agency not named | n no claim about the wall
C10 mixed | Oriel Stanbury | a calls it surrender | a attacks the agency's decision | f implies the line should be held
O3 speech_no_content | Clearsky Aldmere | f praises the honest approach | f praises the agency | n wall not addressed
C11 direct | Morwen Tresize | a calls it giving up | a mocks the agency's honesty | f giving up is wrong
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-25", domain="health / sugar tax",
targets=[("sugary drinks levy", ["levy", "sugar levy", "drinks levy", "the charge"]),
         ("Estelle Vossing", ["Vossing", "Estelle Vossing", "health minister", "the minister"]),
         ("the sugar levy has worked", ["worked", "working"])],
text='''
[[N1:Six months on, drinks makers cut sugar as levy bites]]

[[O1:QUENBY, Aldmere (Tidewater Press Agency) —]] [[C1:Half of the sugary drinks sold in Aldmere have been reformulated to fall below the threshold since the charge took effect in January]], [[Q1:according to]] [[S1:figures released on Friday by the Ministry of Health]].

"[[C2:The industry said this would achieve nothing. It has achieved half the shelf in six months,]]" [[Q2:said]] [[S2:Health Minister Estelle Vossing]].

[[S3:[[S4:The Aldmere Beverage Association]]]] [[Q3:said]] [[C3:its members had changed recipes "because the government gave them no choice"]], and that [[C4:shoppers were paying more for smaller bottles of the drinks still above the line]].

[[S5:[[S6:Dr. Kezia Allard, the public-health researcher,]]]] [[Q5:said]] [[C5:the average sugar content of drinks sold had fallen by 29 percent]] but that [[C6:it was "far too soon to talk about waistlines."]]

[[S7:Vikram Stace, the corner-shop owner who predicted a rush across the border,]] [[Q7:said]] [[C7:his forecast had been "half right."]] "[[C8:Some go to Brevany. Most just buy the new version and moan about the taste,]]" [[S8:he]] [[Q8:said]].

[[S9:Reform Party member Ludo Farris]] [[Q9:said]] [[C9:Vossing was "taking credit for a recipe change and calling it a health policy."]] [[S10:She]] [[Q10:replied]] [[C10:a recipe change "is a health policy, if it means a child drinks ten fewer teaspoons of sugar a week."]]

[[O3:[[OS3:The Aldmere Dental Association]] [[OQ3:hailed]] the figures]]. "[[C13:Nobody at the ministry has asked what happened to the 400 people who used to bottle the old recipes,]]" [[Q13:said]] the association's director, [[S13:Bertil Osgood]].

[[C11:The charge raised 74 million florins in its first six months, well below the 105 million forecast]], [[Q11:according to]] [[S11:the Treasury]]. [[S12:Farris]] [[Q12:asked]] [[C12:where the "missing 31 million" for school sports would come from]].

[[N3:Child weight figures are due next year.]] [[N4:The threshold is 5 grams of sugar per 100 millilitres.]]
''',
ann='''
N1 | headline reports the effect neutrally | no stance | no stance
O1 dateline
C1 indirect | Ministry of Health | f figures show the charge changing recipes | n minister not named | f half of drinks reformulated
C2 direct | Estelle Vossing | f boasts of results | n speaker is Vossing herself | f half the shelf changed
C3 mixed | Aldmere Beverage Association | a changes were forced | n minister not named | n concedes change, disputes credit
C4 indirect | Aldmere Beverage Association | a shoppers pay more | n minister not named | a harm to shoppers
C5 indirect | Kezia Allard | f sugar content fell | n minister not addressed | f 29 percent less sugar
C6 mixed | Kezia Allard | n no verdict on the charge | n minister not addressed | n too soon to judge health effect
C7 mixed | Vikram Stace | n concession about his forecast | n minister not addressed | n half right, no verdict
C8 direct | Vikram Stace | n describes shoppers, no verdict | n minister not addressed | f most buy the new version
C9 mixed | Ludo Farris | a calls it a recipe change | a accuses Vossing of taking credit | a denies it is a health success
C10 mixed | Estelle Vossing | f defends it as health policy | n speaker is Vossing herself | f less sugar for children
O3 speech_no_content | Aldmere Dental Association | f hails the figures | n minister not addressed | f hailing results
C13 direct | Bertil Osgood | a jobs lost to the charge | a says the ministry ignored workers | n no claim on health effect
C11 indirect | Treasury | n revenue figure only | n no stance | n shortfall not interpreted
C12 mixed | Ludo Farris | a presses on the shortfall | a presses the minister on missing money | n no claim on effect
N3 | schedule | no stance | no stance
N4 | fact | no stance | no stance
''',
))
