# c4 batch 7: c4-32 .. c4-37
ARTICLES = []

ARTICLES.append(dict(
id="c4-32", domain="energy / coal closure and transition fund",
targets=[("Garrowby business park", ["business park", "the park"]),
         ("Rafe Okonjo-Varne", ["Okonjo-Varne", "climate minister", "the minister"]),
         ("the transition fund is reaching workers", ["reaching workers", "retrained", "retraining"])],
text='''
[[N1:Garrowby's transition fund: a business park, a bypass and 38 retrained workers]]

[[O1:By Selwyn Tarrant, Tidewater Press Agency]]

[[O2:GARROWBY, Hestmoor —]] [[N2:Eight months after the Garrowby Power Station burned its last coal, 97 million florins of the 150-million-florin transition fund promised to the valley has been committed, most of it to a business park and a new road]].

[[C1:Only 38 of the plant's 430 former staff have finished courses paid for by the fund, and 11 have found work in their new trade]], [[Q1:according to]] [[S1:figures released under freedom-of-information rules]].

[[S2:Energy and Climate Minister Rafe Okonjo-Varne]] [[Q2:said]] [[C2:the park would bring "the kind of employers who stay for 40 years, not four."]] "[[C3:Turning a welder into a heat-pump engineer takes time. I'd rather do it properly than do it fast,]]" [[S3:he]] [[Q3:said]].

[[S4:The Hestmoor Power Workers' Union]] [[Q4:said]] [[C4:many members had "given up waiting and taken whatever was going, which mostly means driving lorries."]]

"[[C5:They built a roundabout before they ran a single course. You can't learn a trade on a roundabout,]]" [[Q5:said]] [[S5:Emlyn Price]], the former shift manager, who now drives a delivery van.

[[S6:Garrowby's mayor, Nerys Holloway,]] [[Q6:said]] [[C6:the park had already signed two tenants, a battery recycler and a food packaging firm, promising 260 jobs]]. [[S7:She]] [[Q7:conceded]] [[C7:"not many of those will be our lads from the plant, at least not at first."]]

[[S8:Dr. Caius Threlfall of the Seaward Institute]] [[Q8:said]] [[C8:transition funds elsewhere had worked best when the money followed workers rather than buildings]].

[[S9:Reform Party leader Oriel Stanbury]] [[Q9:called]] [[C9:the fund "a ribbon-cutting machine with a minister attached."]]

"[[C10:I was 54 and I'd only ever done one job. Now I fit solar panels and I'm home for tea,]]" [[Q10:said]] [[S10:Iolo Barnard]], who spent 31 years in the plant's coal yard.

[[O3:[[OS3:The minister's office]] [[OQ3:disputed]] the freedom-of-information figures]]. [[S11:It]] [[Q11:said]] [[C11:a further 140 former workers were part-way through courses and would finish by the summer]].

[[N3:The power station's cooling towers are due to be demolished in the spring.]]
''',
ann='''
N1 | headline lists outcomes without comment | no stance | no stance
O1 byline
O2 dateline
N2 | author reports commitments | no stance | no stance
C1 indirect | - | n figures not about the park | n minister not named | a few workers retrained or employed
C2 mixed | Rafe Okonjo-Varne | f promises lasting employers | n speaker is the minister himself | n no claim on workers
C3 direct | Rafe Okonjo-Varne | n about retraining, not the park | n speaker is the minister himself | f defends slow but proper retraining
C4 mixed | Hestmoor Power Workers' Union | n park not addressed | n minister not named | a members gave up waiting
C5 direct | Emlyn Price | a building before training | a mocks the government's priorities | a no courses, just roads
C6 indirect | Nerys Holloway | f tenants and jobs signed | n minister not addressed | n jobs, not former workers
C7 mixed | Nerys Holloway | a concedes the park won't help plant workers | n minister not addressed | a former workers won't get the jobs
C8 indirect | Caius Threlfall | a money should follow people, not buildings | n minister not addressed | n general lesson, no verdict
C9 mixed | Oriel Stanbury | a ribbon-cutting | a mocks the minister | a implies the fund is for show
C10 direct | Iolo Barnard | n no view on the park | n no view on the minister | f retraining worked for him
O3 speech_no_content | - | n disputes figures, not about the park | n no stance | f rejects low retraining figures
C11 indirect | - aff=Rafe Okonjo-Varne | n not about the park | n no stance | f more workers in training
N3 | schedule | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-33", domain="energy / onshore wind",
targets=[("Cragmoor wind farm", ["Cragmoor", "wind farm", "turbines", "windmills"]),
         ("Hestmoor Moorland Trust", ["Moorland Trust", "the trust"]),
         ("the turbines will spoil the moor", ["spoil", "skyline", "the view"])],
text='''
[[N1:Cragmoor wind farm approved with village shareholding]]

[[O1:HOLLIN CROSS, Hestmoor (Tidewater Press Agency) —]] [[N2:Hestmoor’s planning committee on Tuesday approved 24 turbines on Cragmoor, above the village of Hollin Cross, in a scheme that gives residents the right to buy up to a fifth of the wind farm]].

[[S1:Committee chair Ambrose Felling]] [[Q1:said]] [[C1:the community share offer had “changed the conversation in this valley completely.”]]

[[S2:The developer, Fellside Renewables,]] [[Q2:said]] [[C2:a household investing 1,000 florins could expect about 70 florins a year back]].

[[S3:The Hestmoor Moorland Trust]] [[Q3:said]] [[C3:the towers, each 150 metres tall, would “put an industrial estate on the skyline of the last wild place in the province.”]] [[S4:Its director, Constance Rowntree,]] [[Q4:said]] [[C4:the trust was considering a legal challenge]].

“[[C5:I’ve looked at that hill for 60 years. I can look at it with windmills on it and a lower electricity bill,]]” [[Q5:said]] [[S5:Hollin Cross resident Ewart Clegg]]. [[S11:He]] [[Q11:said]] [[C11:the trust’s members “mostly live in Lisforth and visit twice a year.”]]

“[[C6:Seventy florins a year. That’s what they think the view is worth,]]” [[Q6:said]] [[S6:Annwyl Driscoll]], who runs a guesthouse in the village.

[[S7:The Aldmere Bird Society]] [[Q7:said]] [[C7:surveys had found no nesting sites of protected species within the turbine area]]. [[S8:Rowntree]] [[Q8:said]] [[C8:the surveys had been done “in the wrong months, by people paid by the developer.”]]

[[S9:Cllr Idwal Garside]], who voted against, [[Q9:said]] [[C9:the moor was “worth more to Hestmoor as a walking destination than as a power station.”]]

[[S10:Clearsky Aldmere]] [[Q10:accused]] [[C10:the trust of “defending a view while the climate burns the heather anyway.”]] [[O3:[[OS3:Environment Minister Maelis Tallisker]] [[OQ3:welcomed]] the committee’s decision]].

[[N3:Construction could begin next summer, and the share offer opens in March.]]
''',
ann='''
N1 | headline reports approval neutrally | no stance | no stance
O1 dateline
N2 | author describes the scheme | no stance | no stance
C1 mixed | Ambrose Felling | f share offer won people over | n trust not addressed | n no landscape claim
C2 indirect | Fellside Renewables | f promotes returns for households | n trust not addressed | n no landscape claim
C3 mixed | Hestmoor Moorland Trust | a industrial estate on the moor | n speaker is the trust itself | f spoils the last wild place
C4 indirect | Constance Rowntree | a threatens legal challenge | n speaker's own trust | n no landscape claim
C5 direct | Ewart Clegg | f happy to see windmills | n trust not named | a can live with the view
C11 mixed | Ewart Clegg | f defends the scheme against outsiders | a says the trust's members are outsiders | n no landscape claim
C6 direct | Annwyl Driscoll | a view sold for 70 florins | n trust not named | f the view is worth more
C7 indirect | Aldmere Bird Society | f no protected nests found | n trust not addressed | n wildlife, not landscape
C8 mixed | Constance Rowntree | a surveys were biased | n speaker's own trust | n no landscape claim
C9 mixed | Idwal Garside | a moor better for walkers | n trust not named | f moor's value as wild walking country
C10 mixed | Clearsky Aldmere | f climate outweighs the view | a accuses the trust | a view less important than climate
O3 speech_no_content | Maelis Tallisker | f welcomes approval | n trust not addressed | n no landscape claim
N3 | schedule | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-34", domain="environment / drought and water use",
targets=[("Corriva hosepipe ban", ["hosepipe ban", "the ban", "ban"]),
         ("Quarrystone data centre", ["Quarrystone", "data centre"]),
         ("businesses should face the same water limits", ["same limits", "same letter", "cap"])],
text='''
[[N1:Corriva hosepipe ban begins, but data centre keeps its water]]

[[O1:By Nessa Ambry, Aldmere Chronicle]]

[[O2:LISFORTH, Corriva —]] [[N2:Households across Corriva are banned from using hosepipes, filling pools or washing cars at home from Saturday, the first such ban in the province since 2003]]. [[N3:The Quarrystone data centre on the edge of Lisforth, which cools its servers with river water, is not covered.]]

[[S1:Corriva Water]] [[Q1:said]] [[C1:the ban would save about 40 million litres a day]]. [[S2:Its chief executive, Lorimer Vayle,]] [[Q2:said]] [[C2:the data centre was licensed directly by the provincial environment department and "not ours to switch off."]]

"[[C3:I'm carrying bathwater to my tomatoes while that place drinks a river,]]" [[Q3:said]] [[S3:Beryl Cottam]], who keeps an allotment on Millbrook Road. [[S12:She]] [[Q12:said]] [[C12:she would stick to the ban "because that's what neighbours do,"]] but [[Q13:wanted]] to see [[C13:"the same letter sent to Quarrystone."]]

[[S4:Quarrystone's operations manager, Dariusz Ollerton,]] [[Q4:said]] [[C4:the site returned 92 percent of the water it drew, slightly warmer, to the river]]. "[[C5:We are not the reason anybody's lawn is brown,]]" [[S5:Ollerton]] [[Q5:said]].

[[S6:[[S7:The Ulla Rivers Trust]]]] [[Q6:said]] [[C6:the warmed water was "cooking the trout"]] and [[Q7:called on]] the department [[C7:to cap the data centre's licence for the summer]].

[[S8:[[S9:Corriva's environment secretary, Lidia Strathearn,]]]] [[Q8:said]] [[C8:she had asked for a review of all large water licences]], but [[C9:"a hospital's laundry and a data centre's cooling are not the same as a garden sprinkler."]]

"[[C10:She's right that they're not the same. A garden sprinkler doesn't make anybody rich,]]" [[Q10:said]] [[S10:Reform Party leader Oriel Stanbury]].

[[S11:Dr. Senna Kilbride]] [[Q11:said]] [[C11:household bans typically cut demand by 5 to 10 percent, "useful but not heroic."]] [[O3:[[OS3:Quarrystone]] [[OQ3:declined to say]] how much water it drew last month]].

[[N4:Corriva's reservoirs are at 34 percent.]]
''',
ann='''
N1 | headline contrasts the two neutrally | reports the exemption as fact | no stance
O1 byline
O2 dateline
N2 | author describes the ban | no stance | no stance
N3 | author states the exemption | fact about the site | no stance
C1 indirect | Corriva Water | f savings from the ban | n site not named | n no claim about business
C2 mixed | Lorimer Vayle | n not about the ban | n passes responsibility on | n neither for nor against limits
C3 direct | Beryl Cottam | n complies but resents unfairness | a says the site drinks a river | f same sacrifice should apply
C12 mixed | Beryl Cottam | f will obey the ban | n site not named | n no claim about business
C13 mixed+att | Beryl Cottam | n not about the ban | a wants the site restricted | f same letter for Quarrystone
C4 indirect | Dariusz Ollerton | n not about the ban | n speaker's own site | a says the site returns most water
C5 direct | Dariusz Ollerton | n not about the ban | n speaker's own site | a site is not the cause
C6 mixed | Ulla Rivers Trust | n not about the ban | a warm water harms trout | f the site harms the river too
C7 indirect | Ulla Rivers Trust | n not about the ban | a wants the site capped | f cap it for the summer
C8 indirect | Lidia Strathearn | n review, no verdict | n review, no verdict | n review, no verdict
C9 mixed | Lidia Strathearn | f defends household limits | f defends treating big users like the site differently | a big users are not like sprinklers
C10 direct | Oriel Stanbury | n not about the ban | a says the site profits | f rich users should share the pain
C11 mixed | Senna Kilbride | f useful but modest | n site not addressed | n no claim about business
O3 declined | Quarrystone
N4 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-35", domain="environment / pesticide ban exemption",
targets=[("emergency chlorvatrin exemption", ["exemption", "emergency exemption", "120 days"]),
         ("Hywel Penrose", ["Penrose", "agriculture minister", "Hywel Penrose", "the minister"]),
         ("the virus threat is exaggerated", ["exaggerated", "overstated"])],
text='''
[[N1:Beet growers seek emergency exemption from chlorvatrin ban]]

[[O1:QUENBY, Aldmere (Tidewater Press Agency) —]] [[N2:Sugar beet growers in Ulvane have applied for a 120-day emergency exemption from the ban on the insecticide chlorvatrin, six months after it took effect]].

[[S1:[[S2:The Aldmere Growers' Federation]]]] [[Q1:said]] [[C1:a mild winter had left aphids carrying beet yellows virus at their highest level in 15 years]], and that without treated seed [[C2:"a third of the crop is already lost."]]

"[[C3:We are asking for 120 days, on one crop, in one province. That is not the end of the ban,]]" [[Q3:said]] federation president [[S3:Aeron Tegwyn]].

[[S4:Maddox Yewdale, the Lisforth beekeeper,]] [[Q4:said]] [[C4:every crop had "a bad year" and this exemption would be "the first of twenty."]]

[[C5:Aphid numbers in Ulvane in February were 2.6 times the ten-year average]], [[Q5:according to]] [[S5:the Commonwealth Science Council's monitoring traps]].

[[S6:Dr. Saffron Orme]] [[Q6:said]] [[C6:beet is harvested before it flowers, so the direct risk to bees was lower than for oilseed]], but [[Q7:added]] [[C7:treated seed left residues in the soil that later crops drew up, "and those crops do flower."]]

[[S8:[[S9:Agriculture Minister Hywel Penrose]]]] [[Q8:said]] [[C8:he would decide within a fortnight]] and that [[C9:"the ban was not written to bankrupt anybody."]]

[[S10:Clearsky Aldmere]] [[Q10:accused]] [[C10:Penrose of "preparing to blink."]] [[S11:Reform Party leader Oriel Stanbury]] [[Q11:said]] [[C11:the minister should grant it "today, not in a fortnight, because the aphids are not waiting."]]

[[S12:The Kemsley sugar factory]] [[Q12:said]] [[C12:it would cut its processing season by five weeks if the crop failed, affecting 300 seasonal workers]]. [[S13:Tegwyn]] [[Q13:said]] [[C13:growers would accept strict conditions, including a ban on planting flowering crops in the same fields for three years]].

[[O3:[[OS3:The Aldmere Beekeepers' Association]] [[OQ3:condemned]] the application]].

[[N3:Brevany granted a similar exemption last year.]] [[N4:Beet is grown on about 40,000 hectares in Ulvane.]]
''',
ann='''
N1 | headline reports the request neutrally | no stance | no stance
O1 dateline
N2 | author describes the application | no stance | no stance
C1 indirect | Aldmere Growers' Federation | f record aphid threat justifies it | n minister not addressed | a threat at a 15-year high
C2 mixed | Aldmere Growers' Federation | f crop loss justifies it | n minister not addressed | a a third already lost
C3 direct | Aeron Tegwyn | f request is small and limited | n minister not addressed | n no claim about the threat
C4 mixed | Maddox Yewdale | a first of many exemptions | n minister not addressed | f every crop has a bad year
C5 indirect | Commonwealth Science Council | f trap data back the growers | n no stance | a aphids far above average
C6 indirect | Saffron Orme | f concedes lower direct risk | n minister not addressed | n bee risk, not the virus
C7 mixed | Saffron Orme | a residues reach flowering crops | n minister not addressed | n bee risk, not the virus
C8 indirect | Hywel Penrose | n timetable only | n speaker is Penrose himself | n no stance
C9 mixed | Hywel Penrose | f signals openness to it | n speaker is Penrose himself | n no claim about the threat
C10 mixed | Clearsky Aldmere | a warns against giving in | a accuses Penrose of wavering | n no claim about the threat
C11 mixed | Oriel Stanbury | f grant it now | a criticises the minister's delay | a aphids are a real, urgent threat
C12 indirect | Kemsley sugar factory | f crop failure costs jobs | n minister not addressed | n consequence, not the threat's size
C13 indirect | Aeron Tegwyn | f offers conditions to win it | n minister not addressed | n no claim about the threat
O3 speech_no_content | Aldmere Beekeepers' Association | a condemns the application | n minister not addressed | n no claim about the threat
N3 | fact | fact | fact
N4 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-36", domain="energy / nuclear waste transport",
targets=[("waste trains through Lisforth", ["waste trains", "the trains", "route", "rail"]),
         ("Aldmere Radioactive Waste Agency", ["waste agency", "the agency", "Aldmere Radioactive Waste Agency"]),
         ("the flasks are safe in a crash", ["safe", "flask", "flasks"])],
text='''
[[N1:Lisforth objects to nuclear waste trains through city centre]]

[[O1:By Oswy Kerrith, Aldmere Chronicle]]

[[O2:LISFORTH, Corriva —]] [[N2:Trains carrying spent nuclear fuel to the planned Fellbeck repository would pass through Lisforth Central station about twice a week from 2032, under plans published by the Aldmere Radioactive Waste Agency]].

[[S1:Lisforth City Council leader Petroc Amsel]] [[Q1:said]] [[C1:the council would oppose "anything that runs nuclear waste under the noses of 40,000 commuters."]]

[[S2:The agency]] [[Q2:said]] [[C2:its steel containers had been tested by dropping them nine metres onto concrete and engulfing them in fire for half an hour]].

"[[C3:One of our containers has been hit by a locomotive at 160 kilometres an hour in a test. The locomotive lost,]]" [[Q3:said]] the agency's transport director, [[S3:Roderick Twells]].

[[S4:Linnet Shawcross of Fellbeck Says No]] [[Q4:said]] [[C4:the tests "prove the container survives. They prove nothing about the tunnel, the fire brigade or the evacuation."]]

[[S5:Corriva Fire and Rescue]] [[Q5:said]] [[C5:it had not yet been consulted on the plan]].

"[[C6:I'd be more worried about the 7.42 being on time,]]" [[Q6:said]] commuter [[S6:Tilda Pembury]].

[[S7:Amsel]] [[Q7:said]] [[C7:a freight line around the city's northern edge, closed in 1988, could be reopened for about 200 million florins]]. [[S8:[[S9:Twells]]]] [[Q8:called]] [[C8:the estimate "optimistic by at least half"]] and [[Q9:said]] [[C9:the agency had moved 7,000 containers by rail since 1970 "without one release of radioactivity."]]

[[O3:[[OS3:The Lisforth Business Forum]] [[OQ3:backed]] the council's objection]].

[[S11:[[S12:Professor Corentin Beal, a nuclear engineer at the University of Lisforth,]]]] [[Q11:said]] [[C11:the containers were "among the toughest objects humans have ever made,"]] but that [[C12:public trust depended on "who turns up when something goes wrong, not on the steel."]]

[[N3:The agency will hold public meetings in the spring.]]
''',
ann='''
N1 | headline reports the objection neutrally | no stance | no stance
O1 byline
O2 dateline
N2 | author describes the plan | no stance | no stance
C1 mixed | Petroc Amsel | a will oppose the trains | n agency not named | n no safety claim
C2 indirect | Aldmere Radioactive Waste Agency | f tests support the plan | n speaker is the agency itself | f containers survive extreme tests
C3 direct | Roderick Twells | f container beats a locomotive | n speaker's own agency | f survived a high-speed crash
C4 mixed | Linnet Shawcross | a tests miss the real risks | a says the agency's tests prove nothing useful | f concedes the container survives
C5 indirect | Corriva Fire and Rescue | n fact of no consultation | a implies the agency skipped consultation | n no safety claim
C6 direct | Tilda Pembury | f shrugs off the worry | n agency not addressed | n no safety claim
C7 indirect | Petroc Amsel | a proposes a bypass route | n agency not named | n no safety claim
C8 mixed | Roderick Twells | f dismisses the alternative | n speaker's own agency | n cost, not safety
C9 mixed | Roderick Twells | f record supports rail | n speaker's own agency | f no release in 7,000 trips
O3 speech_no_content | Lisforth Business Forum | a backs objection to the trains | a backs objection to the agency's plan | n no safety claim
C11 mixed | Corentin Beal | n no view on the route | n agency not judged | f containers are extremely tough
C12 mixed | Corentin Beal | n no view on the route | n agency not judged | n trust depends on response, not steel
N3 | schedule | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-37", domain="environment / flood defences and natural flood management",
targets=[("upland tree-planting scheme", ["tree-planting", "trees", "timber dams", "leaky dams"]),
         ("dredging should resume", ["dredging", "dredge"]),
         ("Aldmere Flood Agency", ["Flood Agency", "the agency", "Aldmere Flood Agency"])],
text='''
[[N1:Flood agency bets on trees and leaky dams above Draymouth]]

[[O1:DRAYMOUTH, Hestmoor (Tidewater Press Agency) —]] [[N2:The Aldmere Flood Agency will plant 1.2 million trees and build 3,000 small timber dams on the hills above Draymouth over the next decade, in a 48-million-florin scheme to slow water before it reaches the city]].

[[S1:The agency's upland programme lead, Dr. Esme Tullock,]] [[Q1:said]] [[C1:trial sites in the Ulla headwaters had cut peak river levels by up to 15 percent]]. "[[C2:You cannot build a wall high enough for every storm. You can make the storm arrive slower,]]" [[S2:Tullock]] [[Q2:said]].

[[S3:Hill farmer Rhodri Makepeace]] [[Q3:said]] [[C3:the agency should go back to clearing the river bed "like our grandfathers did, and like worked."]] "[[C4:They've stopped clearing the river, and now they want to plant woods on my grazing,]]" [[S4:Makepeace]] [[Q4:said]]. [[S13:He]] [[Q13:said]] [[C13:he would take the payments "if the agency puts in writing that it will never flood my lower fields on purpose."]]

[[S5:[[S6:Dr. Senna Kilbride]]]] [[Q5:said]] [[C5:dredging mostly moved flood water "faster to the next town downstream"]] and that [[C6:silt returned within a few years]].

[[S7:Tullock]] [[Q7:said]] [[C7:farmers would be paid 900 florins a year for each hectare given over to woodland or ponds]]. [[S8:The Aldmere Growers' Federation]] [[Q8:said]] [[C8:the payments were "fair, if they last longer than one government."]]

[[S9:Aurelia Stannard]], who chairs the Draymouth Flood Action Group, [[Q9:said]] [[C9:residents wanted "trees and walls, not trees instead of walls."]] [[S10:She]] [[Q10:said]] [[C10:the agency had still not repaired a section of the town wall damaged in 2024]].

[[O3:[[OS3:[[S11:Reform Party leader Oriel Stanbury]]]] [[OQ3:mocked]] the scheme]] and [[Q11:said]] [[C11:she had "never seen a tree stop a river."]] [[S12:Tullock]] [[Q12:said]] [[C12:she would be glad to show Stanbury "several thousand of them doing it this winter."]]

[[N3:Draymouth flooded in 2015 and again in 2024, when 700 homes were damaged.]]
''',
ann='''
N1 | headline reports the plan neutrally | no stance | reports the agency's choice neutrally
O1 dateline
N2 | author describes the scheme | no stance | no stance
C1 indirect | Esme Tullock | f trials cut peak levels | n dredging not addressed | n speaker's own agency
C2 direct | Esme Tullock | f slowing storms works | n dredging not addressed | n speaker's own agency
C3 mixed | Rhodri Makepeace | n about the river bed, not trees | f go back to clearing the river | a says the agency abandoned what worked
C4 direct | Rhodri Makepeace | a woods on his grazing | f complains clearing stopped | a blames the agency
C13 mixed | Rhodri Makepeace | n conditional acceptance | n dredging not addressed | a distrusts the agency's intentions
C5 mixed | Senna Kilbride | n no view on trees | a dredging shifts floods downstream | f backs the agency's approach
C6 indirect | Senna Kilbride | n no view on trees | a silt returns quickly | n no view of the agency
C7 indirect | Esme Tullock | f payments for farmers | n dredging not addressed | n speaker's own agency
C8 mixed | Aldmere Growers' Federation | f fair payments, with a hedge | n dredging not addressed | n no verdict on the agency
C9 mixed | Aurelia Stannard | n wants both, not against trees | n dredging not addressed | a criticises relying on trees alone
C10 indirect | Aurelia Stannard | n not about trees | n dredging not addressed | a agency failed to repair the wall
O3 speech_no_content | Oriel Stanbury | a mocks the scheme | n dredging not addressed | n agency not named
C11 mixed | Oriel Stanbury | a trees can't stop rivers | n dredging not addressed | n agency not named
C12 mixed | Esme Tullock | f trees do slow rivers | n dredging not addressed | n speaker's own agency
N3 | fact | fact | fact
''',
))
