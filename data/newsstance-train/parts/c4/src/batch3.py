# c4 batch 3: c4-08 .. c4-13
ARTICLES = []

ARTICLES.append(dict(
id="c4-08", domain="environment / drought and water rationing",
targets=[("water rationing", ["rationing", "cuts", "cut supplies", "supply cuts"]),
         ("Ulvane Water", ["Ulvane Water", "the utility", "the company"]),
         ("leaks are to blame for the shortage", ["leaks", "leakage", "leak"])],
text='''
[[N1:Kemsley faces nightly water cuts as Ulvane reservoirs fall to 19 percent]]

[[O1:KEMSLEY, Ulvane (Tidewater Press Agency) —]] [[S1:Ulvane Water]] [[Q1:said]] on Monday [[C1:it would turn off supplies to Kemsley and 14 surrounding villages between 10 p.m. and 5 a.m. from next week, after the driest eight months on record left its reservoirs at 19 percent]].

"[[C2:Nobody at this company wanted to make this announcement. But the alternative is taps running dry at noon in August,]]" [[S2:the utility's operations director, Gethin Marrick,]] [[Q2:said]].

[[S3:Residents at a packed meeting in Kemsley's corn exchange]] [[Q3:asked]] [[C3:why the company had lost 31 percent of the water it treated through leaking pipes last year]].

"[[C4:They want us to save water in buckets while it pours out of their pipes by the lorry-load,]]" [[Q4:said]] [[S4:Annis Cardew]], who runs a bakery on the high street.

[[S5:[[S6:Marrick]]]] [[Q5:acknowledged]] [[C5:leakage was "too high, and I won't pretend otherwise,"]] but [[Q6:said]] [[C6:even fixing every leak would not have refilled reservoirs after a winter with 40 percent of normal rainfall]].

[[S7:The regulator, the Aldmere Water Authority,]] [[Q7:said]] [[C7:it had ordered Ulvane Water to explain why it had missed its leakage target four years running]].

[[S8:Kemsley farmer Piran Lusk]] [[Q8:said]] [[C8:the night cuts were "the least bad option"]] and [[C9:households should share the pain with agriculture, which has already lost its abstraction licences for the summer]].

[[O3:[[OS3:Reform Party leader Oriel Stanbury]] [[OQ3:criticised]] the company's bonus payments]] in the Assembly.

[[S10:Dr. Senna Kilbride, a hydrologist at the University of Lisforth,]] [[Q10:said]] [[C10:rationing at night was "sensible and overdue"]] and [[C11:the leakage was a scandal, but "a slow one; the drought is a fast one."]]

[[Q12:Asked]] [[C12:whether the cuts could last into autumn]], [[S13:Marrick]] [[Q13:said]]: "[[C13:I am not going to promise rain.]]"

[[N2:Kemsley last faced rationing in 1976.]]
''',
ann='''
N1 | headline reports the cuts neutrally | no stance | no stance
O1 dateline
C1 indirect | Ulvane Water | f announces and justifies the cuts | n speaker is the company itself | a blames the driest months on record
C2 direct | Gethin Marrick | f says the cuts prevent worse | n speaker's own company | n no view on leaks
C3 indirect | - | n question about leaks, not the cuts | a presses the company over lost water | f implies leaking pipes are the issue
C4 direct | Annis Cardew | a mocks being asked to save water | a accuses the company of waste | f blames water pouring from pipes
C5 mixed | Gethin Marrick | n concession about leaks only | a concedes the company's leakage is too high | n concedes leaks, not that they caused it
C6 indirect | Gethin Marrick | f says rationing was unavoidable | n defends, not criticises, own company | a says rainfall, not leaks, caused it
C7 indirect | Aldmere Water Authority | n regulator does not judge the cuts | a orders the company to explain failures | n missed target, no causal claim
C8 mixed | Piran Lusk | f calls cuts the least bad option | n no view on the company | n no view on leaks
C9 indirect | Piran Lusk | f households should share the pain | n no view on the company | n no view on leaks
O3 speech_no_content | Oriel Stanbury | n bonuses, not the cuts | a criticises the company's bonuses | n no view on leaks
C10 mixed | Senna Kilbride | f calls rationing sensible | n no view on the company | n no view on leaks
C11 mixed | Senna Kilbride | n about causes, not the cuts | a calls the leakage a scandal | a drought, not leakage, is the fast cause
C12 indirect | - | n question without position | n question without position | n question without position
C13 direct | Gethin Marrick | n declines to predict | n no stance | n no stance
N2 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-09", domain="environment / pesticide ban",
targets=[("chlorvatrin ban", ["ban", "banned", "chlorvatrin ban"]),
         ("Aldmere Growers' Federation", ["Growers' Federation", "federation", "growers"]),
         ("the ban will save pollinators", ["pollinators", "bees", "bee"])],
text='''
[[N1:Aldmere bans chlorvatrin; growers warn of failed harvests]]

[[O1:By Corra Beddoes, Aldmere Chronicle]]

[[O2:QUENBY —]] [[S1:Agriculture Minister Hywel Penrose]] [[Q1:announced]] on Tuesday [[C1:the insecticide chlorvatrin would be banned on all crops in Aldmere from next spring]].

“[[C2:The evidence has been pointing one way for a decade. We have finally decided to follow it,]]” [[S2:Penrose]] [[Q2:said]].

[[C3:Wild bee numbers in Corriva fell by 38 percent between 2012 and 2024]], [[Q3:according to]] [[S3:the Commonwealth Science Council review that informed the decision]].

[[S4:[[S5:The Aldmere Growers' Federation]]]] [[Q4:said]] [[C4:the ban would leave oilseed farmers with “no tool at all” against flea beetle]] and [[Q5:predicted]] [[C5:yield losses of up to a quarter in Hestmoor]].

“[[C6:Nobody in this federation is against bees. We are against empty fields,]]” [[Q6:said]] its president, [[S6:Aeron Tegwyn]]. [[S7:Tegwyn]] [[Q7:accused]] [[C7:the minister of “governing for the cities and the hobby beekeepers.”]]

[[S8:Maddox Yewdale, who keeps 200 hives near Lisforth,]] [[Q8:said]] [[C8:he had lost half his colonies in 2023]]. “[[C9:Hobby beekeeper. I like that. Tell it to my bank,]]” [[S9:he]] [[Q9:said]].

[[S10:[[S11:Dr. Saffron Orme, a pollination ecologist at the University of Lisforth,]]]] [[Q10:said]] [[C10:the ban would help]] but that [[C11:habitat loss and wetter summers were “doing at least as much damage,” so wild colonies would not recover on the strength of a ban alone]].

[[S14:Bronwen Tarrel, who grows oilseed rape on 300 hectares near Draymouth,]] [[Q14:said]] [[C14:she had already switched a third of her land to wheat]]. “[[C15:The beetles don’t read the minister’s press releases,]]” [[S15:she]] [[Q15:said]]. [[N4:Oilseed covers about 11 percent of Hestmoor's farmland.]]

[[O3:[[OS3:The opposition Reform Party]] [[OQ3:backed]] the measure]]. [[S12:The federation]] [[Q12:urged]] ministers [[C12:to set up an 80-million-florin transition fund for affected farms]].

[[S13:Penrose]] [[Q13:said]] [[C13:he would meet growers “this month, not this year.”]]

[[N3:Chlorvatrin is already banned in Brevany.]]
''',
ann='''
N1 | headline reports the ban and warning | reports growers' warning neutrally | no stance
O2 dateline
O1 byline
C1 indirect | Hywel Penrose | f announces his own ban | n growers not addressed | n no claim about bees yet
C2 direct | Hywel Penrose | f says the evidence supports banning | n growers not addressed | f evidence of harm to pollinators
C3 indirect | Commonwealth Science Council | f decline supports the decision | n growers not addressed | f bee decline figure behind the decision
C4 mixed | Aldmere Growers' Federation | a ban leaves farmers defenceless | n speaker is the federation itself | n pests, not pollinators
C5 indirect | Aldmere Growers' Federation | a predicts yield losses | n speaker is the federation itself | n no pollinator claim
C6 direct | Aeron Tegwyn | a against empty fields | n speaker's own federation | n concession about bees, no claim on the ban's effect
C7 mixed | Aeron Tegwyn | a attacks the decision's motives | n speaker's own federation | n no pollinator claim
C8 indirect | Maddox Yewdale | f colony losses justify the ban | n growers not addressed | f implies the insecticide killed colonies
C9 direct | Maddox Yewdale | f defends the case for the ban | a mocks the federation's jibe | n no new claim about recovery
C10 indirect | Saffron Orme | f says the ban would help | n growers not addressed | f help for pollinators
C11 mixed | Saffron Orme | n not about whether to ban | n growers not addressed | a the ban alone won't bring recovery
C14 indirect | Bronwen Tarrel | n adapting, no verdict | n growers not addressed | n no pollinator claim
C15 direct | Bronwen Tarrel | a sarcasm says the ban ignores pest reality | n growers not addressed | n no pollinator claim
N4 | fact | fact | fact
O3 speech_no_content | Reform Party | f backs the measure | n growers not addressed | n no pollinator claim
C12 indirect | Aldmere Growers' Federation | n asks for compensation, not repeal | n speaker is the federation itself | n no pollinator claim
C13 mixed | Hywel Penrose | n promise of a meeting | n neither praises nor faults growers | n no pollinator claim
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-10", domain="energy / nuclear waste storage",
targets=[("Fellbeck repository", ["repository", "Fellbeck repository", "waste store"]),
         ("Aldmere Radioactive Waste Agency", ["waste agency", "the agency", "Aldmere Radioactive Waste Agency"]),
         ("the repository is safe", ["safe", "safety"])],
text='''
[[N1:Fellbeck to vote on hosting Aldmere's nuclear waste]]

[[O1:FELLBECK, Hestmoor (Tidewater Press Agency) —]] [[N2:Residents of Fellbeck will vote on Saturday on whether to host a deep underground store for Aldmere's most dangerous nuclear waste, in a referendum the government has promised to respect]].

[[S1:The Aldmere Radioactive Waste Agency]] [[Q1:says]] [[C1:the repository, 600 metres down in granite that has not shifted in 300 million years, would keep the waste isolated "for longer than there have been human beings."]]

"[[C2:I would raise my children on top of it. I would not say that lightly,]]" [[S2:the agency's chief scientist, Dr. Ronan Edevane,]] [[Q2:told]] a public meeting on Thursday.

[[S3:The Fellbeck Says No campaign]] [[Q3:argues]] [[C3:nobody can honestly promise what rock will do over 100,000 years]].

"[[C4:They couldn't keep the visitor centre roof from leaking,]]" [[Q4:said]] campaign organiser [[S4:Linnet Shawcross]]. "[[C5:And we're to trust them with the next hundred thousand years?]]"

[[C6:The village would receive 25 million florins a year in community funding for as long as the site operates]], [[Q6:according to]] [[S6:the agency's draft hosting agreement]].

[[S7:[[S8:Parish council chair Tegan Wyle]]]] [[Q7:said]] [[C7:the money was "not a bribe, it's compensation, and frankly it's overdue,"]] and [[Q8:said]] [[C8:she would vote yes]].

[[S9:[[S10:Professor Imre Kolbe, a geologist at the University of Lisforth who has advised neither side,]]]] [[Q9:said]] [[C9:the Fellbeck granite was "about as good as geology gets"]] but that [[C10:the weak point in every such project was the engineering of the shafts, not the rock]].

[[S11:The agency]] [[Q11:said]] [[C11:its shaft seals had been tested for 12 years at a trial site near Garrowby]]. [[O3:[[OS3:Campaigners]] [[OQ3:disputed]] that account]].

[[Q12:Asked]] [[C12:whether a no vote would end the plan]], [[S13:an agency spokeswoman]] [[Q13:said]] [[C13:the agency would "respect the answer and look elsewhere."]]

[[N3:Turnout is expected to be high.]]
''',
ann='''
N1 | headline reports the vote neutrally | no stance | no stance
O1 dateline
N2 | author describes the referendum | no stance | no stance
C1 mixed | Aldmere Radioactive Waste Agency | f promotes the repository | n speaker is the agency itself | f says waste stays isolated
C2 direct | Ronan Edevane | f would raise children on top of it | n speaker's own agency | f vouches personally for its safety
C3 indirect | Fellbeck Says No | a opposes hosting the store | n agency not named | a no one can promise safety
C4 direct | Linnet Shawcross | a ridicules the builders' competence | a mocks the agency over a leaking roof | a implies the store will fail
C5 direct | Linnet Shawcross | a rhetorical question rejects the plan | a says the agency cannot be trusted | a doubts long-term safety
C6 indirect | Aldmere Radioactive Waste Agency | f benefit figure for the village | n speaker is the agency itself | n money, not safety
C7 mixed | Tegan Wyle | f defends the payments as fair | n agency not judged | n money, not safety
C8 indirect | Tegan Wyle | f will vote yes | n agency not judged | n no safety claim
C9 mixed | Imre Kolbe | n assesses rock, not the plan | n agency not judged | f rock is excellent
C10 indirect | Imre Kolbe | n flags a risk without a verdict | n agency not judged | n weak point named, no verdict
C11 indirect | Aldmere Radioactive Waste Agency | f tested seals support the plan | n speaker is the agency itself | f testing supports safety
O3 speech_no_content | - | n disputes the test claim only | a disputes the agency's account | a rejects evidence of safe seals
C12 indirect | - | n question without position | n question without position | n question without position
C13 mixed | - aff=Aldmere Radioactive Waste Agency | n procedure after a no vote | n no stance | n no stance
N3 | expectation, no stance | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-11", domain="environment / flood defences",
targets=[("Lisforth barrier delay", ["delay", "delayed", "three years later"]),
         ("Lorcan Moult", ["Moult", "Lorcan Moult", "treasury secretary"]),
         ("the delay will put homes at risk", ["at risk", "homes", "flood"])],
text='''
[[N1:Lisforth flood barrier delayed three years as costs climb]]

[[O1:By Oswy Kerrith, Aldmere Chronicle]]

[[O2:LISFORTH, Corriva —]] [[N2:Work on a 140-million-florin flood barrier across the River Ulla at Lisforth will not start until 2029, three years later than promised, after the estimated cost rose by 60 percent]].

[[S1:Treasury Secretary Lorcan Moult]] [[Q1:said]] [[C1:the project had to be "redesigned, re-costed and re-tendered" before ministers could sign off]]. "[[C2:I will not sign a blank cheque and call it resilience,]]" [[S2:he]] [[Q2:said]].

[[S3:Moult]] [[Q3:said]] [[C3:temporary barriers and extra pumps would protect the city centre in the meantime]].

[[S4:Lisforth City Council leader Petroc Amsel]] [[Q4:called]] [[C4:the decision "a gamble with other people's living rooms."]] "[[C5:Three winters. That is three more chances for the Ulla to do what it did in 2021,]]" [[S5:Amsel]] [[Q5:said]]. [[N3:Floods in 2021 reached 1,900 properties in the city.]]

[[S6:The Aldmere Flood Agency's own risk assessment]] [[Q6:puts]] [[C6:the chance of a flood of that size in any single year at 1 in 15]].

"[[C7:We've had the sandbags in the hallway since 2021. We'll just keep them,]]" [[Q7:said]] [[S7:Wilma Treloar]], whose terrace on Mill Lane was under a metre of water that winter.

[[S8:[[S9:Rhian Bexley]]]], an infrastructure economist, [[Q8:said]] [[C8:the Treasury was "not wrong to pause a project whose price jumped 60 percent in a year"]] but [[Q9:warned]] [[C9:delays tended to push costs up further]].

[[S12:Femi Larch, who chairs the Lisforth Flood Forum residents' group,]] [[Q12:said]] [[C12:insurers had already begun refusing cover on some streets near the river]]. “[[C13:Tell me how a pump in a car park protects a house on Mill Lane,]]” [[S13:he]] [[Q13:said]].

[[O3:[[OS3:[[S10:Reform Party leader Oriel Stanbury]]]] [[OQ3:condemned]] the decision]] and [[Q10:said]] [[C10:Moult had found "money for motorway bridges in his own constituency in a fortnight."]]

[[S11:Moult's office]] [[Q11:said]] [[C11:the bridge scheme was approved by a previous government]].

[[N4:A revised design is due next summer.]]
''',
ann='''
N1 | headline reports the postponement neutrally | no stance | no stance
O1 byline
O2 dateline
N2 | author states the postponement and cost | no stance | no stance
C1 mixed | Lorcan Moult | f says the project must be redone first | n speaker is Moult himself | n no risk claim
C2 direct | Lorcan Moult | f refuses a blank cheque | n speaker is Moult himself | n no risk claim
C3 indirect | Lorcan Moult | f says interim measures suffice | n speaker is Moult himself | a says the centre stays protected
C4 mixed | Petroc Amsel | a calls the decision a gamble | a attacks the decision Moult made | f gamble with living rooms
C5 direct | Petroc Amsel | a three more winters exposed | n Moult not named | f more chances for the river to flood
N3 | past flood figure as fact | no stance | no stance
C6 indirect | Aldmere Flood Agency | a risk figure argues against waiting | n no view on Moult | f 1 in 15 yearly chance
C7 direct | Wilma Treloar | a resigned sarcasm about waiting | n Moult not named | f keeps sandbags ready
C8 mixed | Rhian Bexley | f pausing was not wrong | f defends the Treasury's call | n no risk claim
C9 indirect | Rhian Bexley | a delays push costs up | n Moult not named | n cost, not flooding
C12 indirect | Femi Larch | a insurance retreat argues against waiting | n Moult not named | f streets already seen as uninsurable
C13 direct | Femi Larch | a rhetorical question rejects interim pumps | a dismisses the minister's stopgap | f pumps won't protect houses
O3 speech_no_content | Oriel Stanbury | a condemns the decision | a condemns Moult's decision | n no risk claim
C10 mixed | Oriel Stanbury | a contrasts with bridge money | a accuses Moult of favouring his seat | n no risk claim
C11 indirect | - aff=Treasury | n bridge history, not the barrier | f rebuts the charge against Moult | n no risk claim
N4 | schedule | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-12", domain="health / sugar tax",
targets=[("sugary drinks levy", ["sugar levy", "drinks levy", "levy", "sugar tax"]),
         ("Aldmere Beverage Association", ["Beverage Association", "the association", "drinks industry"]),
         ("the levy will reduce obesity", ["obesity", "obese", "thinner"])],
text='''
[[N1:Sugary drinks levy passes first vote despite industry campaign]]

[[O1:QUENBY, Aldmere (Tidewater Press Agency) —]] [[N2:A charge of 0.4 florins a litre on drinks with more than 5 grams of sugar per 100 millilitres cleared its first vote in the Assembly on Tuesday, by 61 votes to 44]].

"[[C1:We tax tobacco because it harms children. Sugar is doing the same thing more slowly,]]" [[Q1:said]] [[S1:Health Minister Estelle Vossing]]. "[[C2:A fifth of eleven-year-olds in Hestmoor are now obese. A fifth.]]"

[[S3:She]] [[Q3:said]] [[C3:the 210 million florins the charge raises each year would go to school sports and free breakfast clubs]].

[[S4:The Aldmere Beverage Association]], which spent an estimated 3 million florins on advertising against the measure, [[Q4:said]] [[C4:it was "a tax on the weekly shop of working families."]]

"[[C5:If this levy made children thinner, we would have a different conversation. It won't. It will make them poorer,]]" [[S5:the association's director, Bertil Osgood,]] [[Q5:said]].

[[C6:Sales of sugary drinks fell 22 percent in the two years after Brevany introduced a similar charge, though child weight there has so far barely moved]], [[Q6:according to]] [[S6:figures from Brevany's health ministry]].

[[S7:[[S8:[[S12:Dr. Kezia Allard, a public-health researcher at the University of Lisforth,]]]]]] [[Q7:said]] [[C7:it was too early to judge Brevany]] and [[Q8:said]] [[C8:children's weight "turns like an oil tanker, not a speedboat."]] [[Q12:Adding]] [[C12:the drinks industry had "fought every one of these levies with the same advert,"]] she urged members to hold their nerve.

[[S9:Corner-shop owner Vikram Stace]] [[Q9:said]] [[C9:his customers would simply drive to Brevany's border towns]].

[[O3:[[OS3:The Aldmere Dental Association]] [[OQ3:applauded]] the vote]].

[[S10:Reform Party member Ludo Farris]] [[Q10:asked]] [[C10:whether the minister would "tax cake next, or just birthdays?"]] [[S11:Vossing]] [[Q11:replied]] [[C11:the measure did not touch cake, "or birthdays, or fun."]]

[[N3:A final vote is expected before the summer recess.]]
''',
ann='''
N1 | headline reports the vote and campaign | reports the campaign neutrally | no stance
O1 dateline
N2 | author reports the vote | no stance | no stance
C1 direct | Estelle Vossing | f likens sugar to tobacco | n association not addressed | f implies the charge protects children's health
C2 direct | Estelle Vossing | f obesity figure motivates the charge | n association not addressed | n states prevalence, not the effect
C3 indirect | Estelle Vossing | f promises the money goes to children | n association not addressed | n no obesity claim
C4 mixed | Aldmere Beverage Association | a calls it a tax on families | n speaker is the association itself | n no obesity claim
C5 direct | Bertil Osgood | a says it will make children poorer | n speaker's own association | a says it won't make children thinner
C6 indirect | Brevany | n sales fell but weight did not | n association not addressed | a weight barely moved after a similar charge
C7 indirect | Kezia Allard | n too early, no verdict on the charge | n association not addressed | f point: Brevany's flat figures prove nothing yet
C8 mixed | Kezia Allard | n about the pace of change | n association not addressed | f weight changes slowly, effect will come
C12 mixed | Kezia Allard | f urges members to hold firm | a says the industry recycles its campaign | n no obesity claim
C9 indirect | Vikram Stace | a says customers will cross the border | n association not addressed | a border shopping would blunt the effect
O3 speech_no_content | Aldmere Dental Association | f applauds the vote | n association not addressed | n no obesity claim
C10 mixed | Ludo Farris | a mocking question about taxing cake | n association not addressed | n no obesity claim
C11 mixed | Estelle Vossing | f rebuts the mockery | n association not addressed | n no obesity claim
N3 | schedule | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-13", domain="health / mental-health services",
targets=[("crisis centre closure", ["closure", "close", "Harbour Street centre", "crisis centre"]),
         ("Corriva Health Board", ["health board", "the board", "Corriva Health Board"]),
         ("the phone line is an adequate replacement", ["phone line", "telephone service", "helpline", "adequate"])],
text='''
[[N1:Lisforth’s only walk-in mental-health crisis centre to shut in March]]

[[O1:By Nessa Ambry, Aldmere Chronicle]]

[[O2:LISFORTH, Corriva —]] [[S1:The Corriva Health Board]] [[Q1:confirmed]] on Friday [[C1:it would shut the Harbour Street crisis centre, which sees about 70 people a week, and move its staff to a round-the-clock telephone service]].

“[[C2:Most people in crisis at two in the morning do not want to get on a bus. They want someone to pick up,]]” [[Q2:said]] the board’s director of mental health, [[S2:Dr. Alys Pendry]].

[[S3:She]] [[Q3:said]] [[C3:calls to the board’s existing line had tripled since 2022 while walk-in visits had fallen]].

[[S4:[[S5:The charity Lantern Corriva]]]] [[Q4:said]] [[C4:the centre was “the one place you can go when you can’t make a call,”]] and [[Q5:warned]] [[C5:people would end up in emergency departments instead]].

“[[C6:When I was at my worst, I couldn’t have dialled a number. I could walk,]]” [[Q6:said]] [[S6:Jory Quayle]], 34, who used the centre twice in 2023.

[[S7:Dr. Anwen Sollis, an emergency consultant at Lisforth Royal Infirmary,]] [[Q7:said]] [[C7:her department already saw 40 mental-health patients a week]]. “[[C8:Shut Harbour Street and I can tell you exactly where they’ll go,]]” [[S8:she]] [[Q8:said]].

[[S9:The board’s chief executive, Tobin Drury,]] [[Q9:said]] [[C9:the centre cost 2.8 million florins a year and the new service would reach “ten times as many people for the same money.”]]

[[S10:[[S11:Drury]]]] [[Q10:conceded]] [[C10:the change “will not suit everyone”]] and [[Q11:said]] [[C11:a small number of face-to-face appointments would remain at Lisforth Royal]].

[[O3:[[OS3:Reform Party health spokesman Dov Renwick]] [[OQ3:attacked]] the decision]].

[[Q12:Asked]] [[C12:whether the board had consulted people who use the centre]], [[S13:Pendry]] [[Q13:said]] [[C13:it had held “two listening sessions.”]] [[S14:Quayle]] [[Q14:said]] [[C14:he had not heard of either]].

[[N3:The centre opened in 2011.]]
''',
ann='''
N1 | headline reports the closure neutrally | no stance | no stance
O1 byline
O2 dateline
C1 indirect | Corriva Health Board | f announces its own decision | n speaker is the board itself | n describes the move, no verdict
C2 direct | Alys Pendry | f argues people prefer calling | n speaker's own board | f says people want someone to pick up
C3 indirect | Alys Pendry | f falling visits justify shutting it | n speaker's own board | f rising calls support the line
C4 mixed | Lantern Corriva | a centre is irreplaceable | n board not named | a some cannot make a call
C5 indirect | Lantern Corriva | a warns of pressure on emergency departments | n board not named | a people will go to emergency departments
C6 direct | Jory Quayle | a he could walk, not dial | n board not named | a he could not have phoned
C7 indirect | Anwen Sollis | n workload figure, no verdict yet | n board not named | n figure only
C8 direct | Anwen Sollis | a predicts patients will flood her department | n board not named | a patients will come to emergency instead
C9 mixed | Tobin Drury | f cost argument for the change | n speaker's own board | f new service reaches ten times as many
C10 mixed | Tobin Drury | n concession, not reversal | n speaker's own board | a concedes it will not suit everyone
C11 indirect | Tobin Drury | f mitigation defends the plan | n speaker's own board | n no claim about the line
O3 speech_no_content | Dov Renwick | a attacks the decision | a attacks the board's decision | n no view on the line
C12 indirect | - | n question without position | n presses without position | n question without position
C13 mixed | Alys Pendry | n answers procedurally | n speaker's own board | n no claim about the line
C14 indirect | Jory Quayle | n not about the closure itself | a implies the board did not consult | n no claim about the line
N3 | fact | fact | fact
''',
))
