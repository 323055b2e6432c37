# c4 batch 1: c4-01 .. c4-06 (Commonwealth of Aldmere)
ARTICLES = []

ARTICLES.append(dict(
id="c4-01", domain="health / hospital funding",
targets=[("hospital funding settlement", ["41 million florins", "payment", "award", "settlement"]),
         ("Estelle Vossing", ["Vossing", "Estelle Vossing", "health minister"]),
         ("the settlement is enough to reopen the wards", ["enough", "reopen the wards"])],
text='''
[[N1:Lisforth Royal Infirmary gets 41 million florins as health board warns of winter gaps]]

[[O1:By Nessa Ambry, Aldmere Chronicle]]

[[O2:LISFORTH, Corriva —]] [[N2:The Commonwealth government on Tuesday approved a one-off payment of 41 million florins to the Corriva Health Board, most of it earmarked for Lisforth Royal Infirmary, where two surgical wards closed in September for lack of staff]].

[[S1:Health Minister Estelle Vossing]] [[Q1:said]] [[C1:the money would "reopen every bed we lost this autumn, and then some."]]

"[[C2:Nobody can look at this figure and call it a token,]]" [[S2:Vossing]] [[Q2:told]] reporters at the infirmary. "[[C3:It is the largest single award to any board in Corriva in a decade.]]"

The board's chief executive, Tobin Drury, was more guarded. [[S5:He]] [[Q5:said]] [[C5:the payment covered "roughly two-thirds" of the board's projected deficit]] and that [[C6:he could not yet promise the wards would reopen before January]].

"[[C7:I'm grateful. I'm also an accountant,]]" [[S7:Drury]] [[Q7:said]].

[[S8:Opposition health spokesman Dov Renwick]] [[Q8:dismissed]] [[C8:the award as "a winter sticking plaster on a wound that has been open for five years."]] [[S9:He]] [[Q9:noted]] [[C9:the infirmary had spent 9 million florins on agency nurses in the last quarter alone, money that "walks out of the door every Friday."]]

[[O3:[[OS3:[[S10:The Aldmere Nurses' Guild]]]] [[OQ3:welcomed]] the money]] but [[Q10:said]] [[C10:it would be "spent twice over" unless ministers settled the pay claim that has kept its members on an overtime ban since August]].

[[C11:Patients at the infirmary have waited an average of 31 weeks for hip and knee operations]], [[Q11:according to]] [[S11:board figures published last month]].

[[S12:Maud Ilsley, 67, who has been waiting since March for a knee replacement,]] [[Q12:said]] [[C12:she would believe the wards were reopening "when someone phones me with a date."]]

[[Q13:Asked]] [[C13:whether more money would follow in the spring budget]], [[S14:Vossing]] [[Q14:said only]] [[C14:the board "knows where my door is."]]

[[N3:The two closed wards had 56 beds between them.]]
''',
ann='''
N1 | headline reports the payment neutrally | minister not mentioned | headline states the warning without endorsing
O1 byline
O2 dateline
N2 | author reports the approval | no stance | reports closure as fact
C1 mixed | Estelle Vossing | f says the money reopens every lost bed | n speaker is Vossing herself | f promises every lost bed reopens
C2 direct | Estelle Vossing | f defends the figure as more than a token | n speaker is Vossing herself | f implies the sum is adequate
C3 direct | Estelle Vossing | f boasts about the size of the award | n speaker is Vossing herself | n size claimed, not whether it suffices
C5 mixed | Tobin Drury | n guarded, neither praises nor attacks it | n minister not addressed | a covers only two-thirds of the deficit
C6 indirect | Tobin Drury | n no judgement of the payment | n minister not addressed | a cannot promise wards reopen
C7 direct | Tobin Drury | n gratitude tempered, not opposition | n minister not addressed | a hints the numbers do not add up
C8 mixed | Dov Renwick | a calls it a sticking plaster | a attacks the minister's award as inadequate | a says it does not heal the problem
C9 mixed | Dov Renwick | n about agency spending, not the award | a paragraph attacks waste on the minister's watch | n agency cost figure, no claim about wards
O3 speech_no_content | Aldmere Nurses' Guild | f welcomes the money | n minister not addressed | n welcome says nothing about sufficiency
C10 mixed | Aldmere Nurses' Guild | n conditional, neither for nor against | a ministers blamed for unsettled pay claim | a says money will be spent twice over
C11 indirect | Corriva Health Board | n waiting figure only | n no stance | n waiting figure only
C12 mixed | Maud Ilsley | n no view on the payment | n minister not addressed | a doubts the wards will reopen
C13 indirect | - | n question without position | n question without position | n question without position
C14 mixed | Estelle Vossing | n deflects question | n speaker is Vossing herself | n no claim about the wards
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-02", domain="health / nurses' dispute",
targets=[("nurses' overtime ban", ["overtime ban", "the ban", "ban"]),
         ("Aldmere Nurses' Guild", ["Nurses' Guild", "the guild", "guild"]),
         ("the pay claim is affordable", ["affordable", "afford", "pay claim"]),
         ("Estelle Vossing", ["Vossing", "health minister", "Estelle Vossing"])],
text='''
[[N1:Nurses extend overtime ban into winter as pay talks stall]]

[[O1:QUENBY, Aldmere (Tidewater Press Agency) —]] [[N2:Nurses in all three provinces will keep refusing overtime until at least the end of February after talks with the health ministry broke up on Thursday without a new offer]].

[[S1:The Aldmere Nurses' Guild]] [[Q1:said]] [[C1:its ballot had returned 88 percent support for extending the action on a turnout of 71 percent]].

"[[C2:We have given this ministry eleven weeks of patience,]]" [[S2:the guild's general secretary, Odette Marrable,]] [[Q2:said]] outside the ministry on Canal Row. "[[C3:They have given us one meeting and a spreadsheet.]]"

[[N5:The guild is seeking 9 percent over two years]]. [[S5:Health Minister Estelle Vossing]] [[Q5:says]] [[C5:the claim would cost 610 million florins and "cannot be met without closing the very wards nurses want to staff."]]

[[S6:[[S7:Vossing]]]] [[Q6:accused]] [[C6:the guild of "running the clock down on patients"]] and [[Q7:said]] [[C7:the current offer of 4.5 percent remained on the table]]. "[[C8:I respect nurses. I do not respect brinkmanship,]]" [[S8:she]] [[Q8:said]].

[[S9:Marged Graddon, a ward sister in Draymouth,]] [[Q9:said]] [[C9:her unit had run 14 night shifts short-staffed since October]]. "[[C10:People ask if the ban is hurting patients. Have they seen a ward at three in the morning without it?]]"

[[S11:Economists at the Seaward Institute, a Quenby think tank,]] [[Q11:estimated]] [[C11:the claim could be paid for by trimming agency spending, which rose to 480 million florins last year]]. [[S12:The institute's director, Caius Threlfall,]] [[Q12:cautioned]] [[C12:the sums were "tight but not fanciful."]]

[[N4:Not every nurse backs the action]]. [[S14:Perrin Oakhurst, a theatre nurse in Lisforth,]] [[Q14:said]] [[C14:the ban had left colleagues who needed the overtime money "poorer and more tired."]]

[[S15:The Commonwealth Patients' Forum]] [[Q15:called on]] [[C15:both sides to accept independent arbitration]]. [[O3:[[OS3:Vossing's office]] [[OQ3:did not reply]] when asked whether she would agree]].

[[N3:A further round of talks has not been scheduled.]]
''',
ann='''
N1 | headline reports extension neutrally | no stance | no stance | no stance
O1 dateline
N2 | author reports the breakdown | no stance | no stance | no stance
C1 indirect | Aldmere Nurses' Guild | f reports strong support for extending it | n guild reporting its own ballot | n no figures on cost | n minister not addressed
C2 direct | Odette Marrable | f patience exhausted justifies the action | n speaker's own guild | n cost not addressed | a accuses the ministry of stalling
C3 direct | Odette Marrable | f ministry's token effort justifies action | n speaker's own guild | n cost not addressed | a mocks the ministry's engagement
N5 | author states the claim | neutral fact | neutral fact | neutral fact
C5 mixed | Estelle Vossing | n about cost, not the ban | n guild not criticised here | a says the claim cannot be met | n speaker is Vossing herself
C6 mixed | Estelle Vossing | a says the ban runs the clock on patients | a accuses the guild | n not about cost | n speaker is Vossing herself
C7 indirect | Estelle Vossing | n procedural statement of offer | n no judgement of guild | a keeps lower offer, implies claim too costly | n speaker is Vossing herself
C8 direct | Estelle Vossing | a calls the action brinkmanship | a criticises the guild's tactics | n not about cost | n speaker is Vossing herself
C9 indirect | Marged Graddon | f shortages explain why nurses act | n guild not named | n no cost view | n no minister view
C10 direct | Marged Graddon | f rhetorical question defends the ban | n guild not addressed | n no cost view | n no minister view
C11 indirect | - aff=Seaward Institute | n cost study, not the ban | n no view on guild | f says claim can be paid for | n no minister view
C12 mixed | Caius Threlfall | n not about the ban | n no view on guild | f hedged but says the sums work | n no minister view
N4 | frames dissent neutrally | no stance | no stance | no stance
C14 mixed | Perrin Oakhurst | a says the ban made colleagues poorer | a dissent from the guild's action | n no cost view | n no minister view
C15 indirect | Commonwealth Patients' Forum | n urges arbitration, takes no side | n no side | n no side | n no side
O3 declined | Estelle Vossing
N3 | fact | fact | fact | fact
''',
))
