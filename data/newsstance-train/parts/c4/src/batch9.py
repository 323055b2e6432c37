# c4 batch 9: c4-44 .. c4-46
ARTICLES = []

ARTICLES.append(dict(
id="c4-44", domain="environment / flood insurance and planning",
targets=[("FloodShare scheme", ["FloodShare", "the scheme", "levy"]),
         ("building on flood plains should stop", ["flood plains", "flood zones", "flood plain"]),
         ("Aldmere Insurers' Association", ["insurers", "Insurers' Association"])],
text='''
[[N1:Insurers' levy to cap flood cover costs, but new homes on flood plains left out]]

[[O1:By Oswy Kerrith, Aldmere Chronicle]]

[[O2:LISFORTH, Corriva —]] [[N2:About 180,000 homes at high risk of flooding will be able to buy insurance at capped prices from next year under FloodShare, a scheme paid for by a levy of about 11 florins on every home insurance policy in Aldmere]]. [[N3:Homes built after 2020 will not be covered.]]

[[S1:Treasury Secretary Lorcan Moult]] [[Q1:said]] [[C1:FloodShare would end "the quiet scandal of families who cannot sell their houses because nobody will insure them."]]

[[S3:[[S4:The Aldmere Insurers' Association]]]] [[Q3:said]] [[C3:it had designed the scheme with the Treasury]] and that [[C4:the 11-florin charge was "a small price for a country where one home in twelve is at risk."]]

[[S5:Wilma Treloar, whose house on Mill Lane in Lisforth flooded in 2021,]] [[Q5:said]] [[C5:her premium had risen from 400 to 2,900 florins since then]]. "[[C6:If this brings it down, I'll believe in miracles. I'll also stop keeping the sandbags in the hall,]]" [[S6:she]] [[Q6:said]].

[[S7:[[S8:The Aldmere Builders' Association]]]] [[Q7:said]] [[C7:excluding newer homes would leave "tens of thousands of young families" without cover]] and [[Q8:accused]] [[C8:insurers of "pulling up the drawbridge."]]

[[S9:Town planner Caradoc Pilbeam]] [[Q9:said]] [[C9:councils had approved 14,000 homes on flood plains in the past decade "knowing exactly what they were doing."]] "[[C10:Every one of those houses was a bet that somebody else would pay when the water came,]]" [[S10:Pilbeam]] [[Q10:said]].

[[S11:Fair Bills Aldmere]] [[Q11:said]] [[C11:every household would now pay for a problem "that insurers and councils created together."]]

[[O3:[[OS3:[[S12:Reform Party leader Oriel Stanbury]]]] [[OQ3:backed]] the scheme]] but [[Q12:said]] [[C12:ministers should go further and "stop approving houses in places the river has already told us it wants."]] [[S13:Moult]] [[Q13:said]] [[C13:planning rules for flood zones were "a matter for the planning review next year."]]

[[N4:The levy will appear on policies renewed from April.]]
''',
ann='''
N1 | headline reports the scheme neutrally | reports exclusion as fact | no stance
O1 byline
O2 dateline
N2 | author describes the scheme | no stance | no stance
N3 | states the exclusion | fact | no stance
C1 mixed | Lorcan Moult | f ends a quiet scandal | n no planning claim | n insurers not addressed
C3 indirect | Aldmere Insurers' Association | f co-designed it | n no planning claim | n speaker is the association itself
C4 mixed | Aldmere Insurers' Association | f small price for protection | n no planning claim | n speaker is the association itself
C5 indirect | Wilma Treloar | n premium figure, point comes next | n no planning claim | a implies insurers priced her out
C6 direct | Wilma Treloar | n sceptical hope, no verdict | n no planning claim | n no view on insurers
C7 mixed | Aldmere Builders' Association | a exclusion leaves families uncovered | a defends newer homes | n insurers not named here
C8 mixed | Aldmere Builders' Association | n attacks insurers, not the whole scheme | n no planning claim | a pulling up the drawbridge
C9 mixed | Caradoc Pilbeam | f exclusion is deserved | f councils built where they shouldn't | n insurers not addressed
C10 direct | Caradoc Pilbeam | f others shouldn't pay for bad bets | f houses were a bet on others paying | n insurers not addressed
C11 mixed | Fair Bills Aldmere | a households pay for others' failures | n no planning call | a blames insurers and councils
O3 speech_no_content | Oriel Stanbury | f backs the scheme | n no planning claim yet | n insurers not addressed
C12 mixed | Oriel Stanbury | f wants it to go further | f stop approving houses there | n insurers not addressed
C13 mixed | Lorcan Moult | n deferral | n defers the question | n no stance
N4 | procedure | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-45", domain="health / mental-health services and therapy apps",
targets=[("Calmwell app contract", ["Calmwell", "the app", "app", "contract"]),
         ("Ulvane Health Board", ["health board", "the board", "Ulvane Health Board"]),
         ("apps can replace face-to-face therapy", ["face-to-face", "replace", "a person"])],
text='''
[[N1:Ulvane signs 9-million-florin deal for therapy app as waits grow]]

[[O1:SKELLOW BAY, Ulvane (Tidewater Press Agency) —]] [[N2:Adults in Ulvane referred for anxiety or depression will be offered a course on a smartphone programme, Calmwell, before being placed on the waiting list for a therapist, under a three-year deal signed by the Ulvane Health Board]].

[[S1:[[S2:The board's medical director, Dr. Oren Castlemain,]]]] [[Q1:said]] [[C1:about 4,000 people were waiting an average of seven months for talking therapy]] and that [[C2:the programme "gets help into people's hands tonight, not in the spring."]]

[[S3:Calmwell's founder, Lennart Hallgren,]] [[Q3:said]] [[C3:trials had shown six in ten users with mild anxiety "no longer needed the waiting list at all."]]

[[S4:The Aldmere Society of Psychotherapists]] [[Q4:said]] [[C4:such tools were "a useful first step and a dangerous last one."]] "[[C5:Nobody with real trauma should be handed a phone and told to breathe,]]" [[Q5:said]] the society's chair, [[S5:Mirela Dastoor]].

"[[C6:I did it at two in the morning when I couldn't sleep. It helped more than I expected, and less than a person would have,]]" [[Q6:said]] [[S6:Callan Whitty]], 29, of Kemsley.

[[S7:Kemsley's assembly member, Cadell Gallant,]] [[Q7:accused]] [[C7:the board of "buying a gadget instead of hiring therapists."]]

[[S8:[[S9:Castlemain]]]] [[Q8:said]] [[C8:the board was also recruiting 18 therapists]], but that [[C9:"you cannot hire your way out of a seven-month wait in seven months."]]

[[S10:The privacy group Datawatch Aldmere]] [[Q10:asked]] [[C10:whether users' mood diaries would be stored outside the Commonwealth]]. [[S11:Calmwell]] [[Q11:said]] [[C11:all data was held in Lisforth and "never sold, shared or mined."]]

[[S12:Kemsley family doctor Chiamaka Ogunleye]] [[Q12:said]] [[C12:she would recommend the programme to "perhaps one patient in three."]]

[[O3:[[OS3:The charity Lantern Corriva]] [[OQ3:criticised]] the deal]].

[[N3:The contract runs until 2028 and can be extended for two more years.]]
''',
ann='''
N1 | headline reports the deal neutrally | no stance | no stance
O1 dateline
N2 | author describes the deal | no stance | no stance
C1 indirect | Oren Castlemain | n wait figure, no verdict yet | n speaker's own board | n no claim on therapy
C2 mixed | Oren Castlemain | f help tonight | n speaker's own board | n first help, not a replacement
C3 mixed | Lennart Hallgren | f trials show it works | n board not addressed | f users no longer needed therapy
C4 mixed | Aldmere Society of Psychotherapists | n useful but limited | n board not named | a not a last step
C5 direct | Mirela Dastoor | a phones are not enough | n board not named | a trauma needs people
C6 direct | Callan Whitty | f it helped him | n board not named | a less than a person
C7 mixed | Cadell Gallant | a gadget instead of therapists | a accuses the board | a therapists are needed
C8 indirect | Oren Castlemain | f app plus recruitment | n speaker's own board | n no claim on therapy
C9 mixed | Oren Castlemain | f hiring alone too slow | n speaker's own board | n no claim on therapy
C10 indirect | Datawatch Aldmere | n question without position | n question without position | n question without position
C11 mixed | Calmwell | f reassures on data | n board not addressed | n no claim on therapy
C12 mixed | Chiamaka Ogunleye | n limited endorsement | n board not named | a suits only a third
O3 speech_no_content | Lantern Corriva | a criticises the deal | a criticises the board's deal | n no claim on therapy
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-46", domain="health / nurses' pay settlement",
targets=[("nurses' pay deal", ["pay deal", "the deal", "settlement", "7 percent"]),
         ("Odette Marrable", ["Marrable", "Odette Marrable", "general secretary"]),
         ("the pay deal is affordable", ["affordable", "afford", "sums added up"])],
text='''
[[N1:Nurses accept 7 percent deal, ending Aldmere's strike threat]]

[[O1:QUENBY, Aldmere (Tidewater Press Agency) —]] [[S1:The Aldmere Nurses' Guild]] [[Q1:said]] on Friday [[C1:its members had voted by 71 percent to accept a 7 percent pay rise over two years, calling off a second 48-hour strike planned for May]].

[[S2:General secretary Odette Marrable]] [[Q2:called]] [[C2:the offer "not everything we asked for, and a great deal more than we were offered."]] "[[C3:Eleven weeks ago the answer was 4.5 and not a decimal point more. Nurses moved that number, nobody else,]]" [[S3:she]] [[Q3:said]].

[[S4:[[S5:Health Minister Estelle Vossing]]]] [[Q4:said]] [[C4:the settlement was "fair to nurses and honest with taxpayers"]] and [[C5:would be paid for partly by cutting agency spending]]. [[O3:[[OS3:She]] also [[OQ3:praised]] Marrable's conduct of the talks]].

"[[C6:Seven percent over two years is still a pay cut once you count the rent,]]" [[Q6:said]] [[S6:Marged Graddon]], the Draymouth ward sister, who voted against. [[S7:Graddon]] [[Q7:said]] [[C7:the guild had "settled a year too early and a point too low."]]

[[S13:Marrable]] [[Q13:said]] [[C13:members who voted no "have every right to be angry, and they're wrong about the timing."]]

[[S8:Treasury Secretary Lorcan Moult]] [[Q8:said]] [[C8:the rise would cost 380 million florins over two years "and no more than that, whatever anybody hears."]]

[[S9:Dr. Caius Threlfall of the Seaward Institute]] [[Q9:said]] [[C9:the sums worked only if agency spending really fell by a third, "which no health service I know of has managed in two years."]]

[[S10:Reform Party health spokesman Dov Renwick]] [[Q10:said]] [[C10:the government had "spent eleven weeks and two strike days arriving at the deal it could have signed in March."]]

[[S11:The Commonwealth Patients' Forum]] [[Q11:said]] [[C11:it was "relieved," but that 31,000 appointments lost to the March strike still had to be rebooked]].

[[S12:Beatrix Onslow, chief nurse at Lisforth Royal Infirmary,]] [[Q12:said]] [[C12:her first job was "to get everyone back on the same side of the ward door."]]

[[N2:The rise will be backdated to January, and the guild's overtime ban ends on Monday.]]
''',
ann='''
N1 | headline reports acceptance neutrally | no stance | no stance
O1 dateline
C1 indirect | Aldmere Nurses' Guild | f members accepted it | n leader not named | n no cost claim
C2 mixed | Odette Marrable | f more than was offered | n speaker is Marrable herself | n no cost claim
C3 direct | Odette Marrable | f nurses won the rise | n speaker is Marrable herself | n no cost claim
C4 mixed | Estelle Vossing | f fair to nurses | n Marrable not addressed | f honest with taxpayers
C5 indirect | Estelle Vossing | f explains the funding | n Marrable not addressed | f agency savings pay for it
O3 speech_no_content | Estelle Vossing | n praises the talks, not the terms | f praises Marrable | n no cost claim
C6 direct | Marged Graddon | a still a pay cut | n Marrable not named | n no cost claim
C7 mixed | Marged Graddon | a settled too low | a criticises the guild leadership's timing | n no cost claim
C13 mixed | Odette Marrable | f defends accepting now | n speaker is Marrable herself | n no cost claim
C8 mixed | Lorcan Moult | n caps the cost, no verdict on terms | n Marrable not addressed | f cost fixed and contained
C9 mixed | Caius Threlfall | n no verdict on the terms | n Marrable not addressed | a agency savings unrealistic
C10 mixed | Dov Renwick | f deal was acceptable all along | n Marrable not addressed | n no cost claim
C11 mixed | Commonwealth Patients' Forum | f relieved by the settlement | n Marrable not addressed | n no cost claim
C12 mixed | Beatrix Onslow | n no verdict, wants unity | n Marrable not addressed | n no cost claim
N2 | fact | fact | fact
''',
))
