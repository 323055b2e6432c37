# c4 batch 6: c4-26 .. c4-31
ARTICLES = []

ARTICLES.append(dict(
id="c4-26", domain="health / mental-health services",
targets=[("school counsellor scheme", ["counsellor scheme", "school counsellors", "counsellor", "counsellors"]),
         ("specialist services need more funding", ["specialist service", "specialist teams", "more funding"]),
         ("the scheme will shorten waiting lists", ["waiting lists", "waiting list", "waits"])],
text='''
[[N1:Every secondary school to get a counsellor as youth waiting lists hit record]]

[[O1:By Ivo Brannagh, Aldmere Chronicle]]

[[O2:QUENBY —]] [[N2:Children referred for specialist mental-health care in Aldmere now wait an average of 14 months, the longest since records began]].

[[S1:Health Minister Estelle Vossing]] [[Q1:announced]] on Monday [[C1:every secondary school would have a trained counsellor on site at least three days a week by 2028, at a cost of 120 million florins a year]].

"[[C2:Most of the children on those lists do not need a psychiatrist. They need an adult who is there on a Tuesday afternoon and knows their name,]]" [[S2:Vossing]] [[Q2:said]]. [[S3:She]] [[Q3:said]] [[C3:early help in schools would free specialist teams to see the most serious cases sooner]].

[[S4:[[S5:The Aldmere College of Psychiatrists]]]] [[Q4:said]] [[C4:it supported counsellors in schools]] but [[Q5:warned]] [[C5:they could not treat eating disorders, psychosis or self-harm, "which is exactly who is on the waiting list."]]

[[S6:Its president, Dr. Evander Ferrow,]] [[Q6:said]] [[C6:the specialist service had lost 11 percent of its psychiatrists in three years]]. "[[C7:You can't fix a shortage of surgeons by hiring more first-aiders,]]" [[S7:he]] [[Q7:said]].

[[S8:Carys Lindow, a mother of two from Draymouth,]] [[Q8:said]] [[C8:her 15-year-old daughter had waited 19 months for an eating disorder assessment]]. "[[C9:A counsellor at school would have been lovely. It would not have kept her out of hospital,]]" [[S9:she]] [[Q9:said]].

[[S10:[[S11:Fergal Merriden of the Hestmoor Head Teachers' Association]]]] [[Q10:said]] [[C10:heads had been "begging for exactly this for a decade,"]] and that [[C11:schools were already paying for part-time counsellors out of their own budgets "because the alternative is a child in crisis in a maths lesson."]]

[[S12:Reform Party health spokesman Dov Renwick]] [[Q12:accused]] [[C12:Vossing of "announcing a 2028 solution to a 2025 emergency."]] [[O3:[[OS3:The youth charity Brightpath]] [[OQ3:welcomed]] the plan]].

[[S13:Vossing]] [[Q13:said]] [[C13:the first 200 schools would have counsellors by September]].

[[N3:Aldmere has about 1,100 secondary schools.]]
''',
ann='''
N1 | headline reports plan and record neutrally | no stance | no stance
O1 byline
O2 dateline
N2 | author states the waiting time | states the wait as fact | no stance
C1 indirect | Estelle Vossing | f announces her scheme | n no view on specialist money | n no claim about lists yet
C2 direct | Estelle Vossing | f says children need a known adult | n rejects psychiatrist need, not funding directly | f most on the lists need a counsellor
C3 indirect | Estelle Vossing | f early help frees specialists | n says specialists freed, not funded | f serious cases seen sooner
C4 indirect | Aldmere College of Psychiatrists | f supports counsellors | n no funding claim | n no claim on lists
C5 mixed | Aldmere College of Psychiatrists | n limits, not opposition | f implies specialists are what is needed | a waiting list is the cases counsellors can't treat
C6 indirect | Evander Ferrow | n staffing figure, not the scheme | f loss of psychiatrists needs fixing | a the shortage, not schools, drives waits
C7 direct | Evander Ferrow | a dismisses counsellors as first-aiders | f surgeons needed, not first-aiders | a wrong fix for the shortage
C8 indirect | Carys Lindow | n fact of her daughter's wait | n fact only | n fact only
C9 direct | Carys Lindow | n lovely but not enough | f needed specialist care | a counsellor would not have helped her
C10 mixed | Fergal Merriden | f heads begged for this | n no funding claim | n no claim on lists
C11 mixed | Fergal Merriden | f schools already pay for it | n no funding claim | n no claim on lists
C12 mixed | Dov Renwick | a too late to help now | n no funding claim | n timing, not effect
O3 speech_no_content | Brightpath | f welcomes the plan | n no funding claim | n no claim on lists
C13 indirect | Estelle Vossing | f promises early rollout | n no funding claim | n no claim on lists
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-27", domain="health / hospital funding and maternity services",
targets=[("Kemsley maternity downgrade", ["downgrade", "midwife-led", "end consultant-led births"]),
         ("Ulvane Health Board", ["health board", "the board", "Ulvane Health Board"]),
         ("the change will make births safer", ["safer", "safe"])],
text='''
[[N1:Kemsley loses consultant maternity care as births move to Skellow Bay]]

[[O1:KEMSLEY, Ulvane (Tidewater Press Agency) —]] [[N2:The Ulvane Health Board voted on Thursday to end consultant-led births at Kemsley Community Hospital from April, leaving a midwife-led unit for low-risk mothers and sending all others 60 kilometres to Skellow Bay]].

[[S1:The board’s medical director, Dr. Oren Castlemain,]] [[Q1:said]] [[C1:Kemsley delivered about 600 babies a year, too few for its doctors to keep their skills sharp]].

“[[C2:A unit that sees an emergency caesarean once a month is not a safe unit. I will not sign off on a service I would not send my own daughter to,]]” [[S2:Castlemain]] [[Q2:said]].

[[S3:The campaign group Keep Kemsley Births]] [[Q3:said]] [[C3:the nearest consultant unit was “an hour and a quarter in good weather and on a good road, and we have neither in January.”]]

[[S4:Its founder, Tegwen Harcourt,]] [[Q4:said]] [[C4:two women had already given birth in cars on the Skellow Bay road since the unit cut its night cover last year]]. “[[C5:They talk about safety as if the road were not part of the journey,]]” [[S5:Harcourt]] [[Q5:said]].

[[S6:[[S7:The Aldmere College of Midwives]]]] [[Q6:said]] [[C6:midwife-led units were “safe and popular for low-risk births”]] but that [[C7:the board must pay for a dedicated ambulance for transfers]].

[[C8:Outcomes for high-risk births were 18 percent better in units with more than 3,000 deliveries a year]], [[Q8:according to]] [[S8:a Commonwealth Science Council review]].

[[S9:Kemsley’s assembly member, Cadell Gallant,]] [[Q9:accused]] [[C9:the board of “balancing its books in the maternity ward.”]] [[S10:The board]] [[Q10:said]] [[C10:the change would save about 3 million florins a year, but “cost was not the reason.”]]

“[[C11:If cost was not the reason, why does the press release mention it four times?]]” [[Q11:asked]] [[S11:Harcourt]].

[[S12:Llinos Brady, who is due in May,]] [[Q12:said]] [[C12:she had already booked a room near Skellow Bay for the last two weeks of her pregnancy]]. [[O3:[[OS3:Reform Party leader Oriel Stanbury]] [[OQ3:condemned]] the vote]].

[[N3:Kemsley’s maternity unit opened in 1954.]]
''',
ann='''
N1 | headline reports the move neutrally | no stance | no stance
O1 dateline
N2 | author reports the vote | no stance | no stance
C1 indirect | Oren Castlemain | f too few births to keep skills | n speaker's own board | f small units lose skills
C2 direct | Oren Castlemain | f says the old unit is unsafe | n speaker's own board | f current unit is not safe
C3 mixed | Keep Kemsley Births | a distance and weather make it worse | n board not named | a long journey adds danger
C4 indirect | Tegwen Harcourt | a births in cars already | n board not named | a roadside births show the danger
C5 direct | Tegwen Harcourt | a safety claim ignores the road | n board not named | a the road is part of safety
C6 mixed | Aldmere College of Midwives | f midwife-led units are safe | n board not judged | f safe for low-risk births
C7 indirect | Aldmere College of Midwives | n condition, no verdict | n demand on the board, not criticism | n no safety verdict
C8 indirect | Commonwealth Science Council | f bigger units do better | n no stance on the board | f high-risk outcomes better in big units
C9 mixed | Cadell Gallant | a says it is about money | a accuses the board of penny-pinching | n no safety claim
C10 mixed | Ulvane Health Board | f defends the change | n speaker is the board itself | n no safety claim
C11 direct | Tegwen Harcourt | a rhetorical question says cost drove it | a accuses the board of dishonesty | n no safety claim
C12 indirect | Llinos Brady | n practical plans, no verdict | n no stance | n no stance
O3 speech_no_content | Oriel Stanbury | a condemns the vote | a condemns the board's vote | n no safety claim
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-28", domain="health / nurses and overseas recruitment",
targets=[("overseas nurse recruitment drive", ["recruitment drive", "recruit", "overseas nurses", "from overseas", "from abroad"]),
         ("Aldmere's nurses are underpaid", ["underpaid", "pay is better", "not paying"]),
         ("recruiting abroad harms poorer countries", ["poorer countries", "harms", "train them twice"])],
text='''
[[N1:Aldmere to hire 3,000 nurses from abroad as wards run short]]

[[O1:By Selwyn Tarrant, Tidewater Press Agency]]

[[O2:QUENBY —]] [[S1:Health Minister Estelle Vossing]] [[Q1:said]] on Wednesday [[C1:the Commonwealth would hire 3,000 nurses from overseas over the next two years, with relocation grants of 6,000 florins each and fast-track registration]].

"[[C2:We have 4,800 nursing vacancies tonight. I am not going to tell patients to wait for a generation of students to graduate,]]" [[S2:Vossing]] [[Q2:said]].

[[S3:Aldmere Nurses' Guild general secretary Odette Marrable]] [[Q3:said]] [[C3:the plan was "a way of not paying the nurses we already have."]] "[[C4:Every nurse we bring in is welcome. Every nurse we lose to Brevany because the wages are better is a scandal,]]" [[S4:she]] [[Q4:said]].

[[S5:Sarovia’s health minister, Efua Mensima,]] [[Q5:said]] [[C5:her country had trained many of the nurses Aldmere was hiring "and we cannot afford to train them twice."]]

[[S6:Vossing]] [[Q6:said]] [[C6:Aldmere would not recruit from 40 countries on a global shortage list, Sarovia among them]]. [[S13:She]] [[Q13:dismissed]] [[C13:criticism of the drive as "the luxury of people who have never run a ward."]]

[[S7:Hana Rydell, a health economist at the Seaward Institute,]] [[Q7:said]] [[C7:the shortage list left out several countries with fewer nurses per head than Aldmere had in 1950]].

[[S8:Lisforth Royal Infirmary's chief nurse, Beatrix Onslow,]] [[Q8:said]] [[C8:overseas staff already made up a fifth of her workforce "and frankly some of my best."]]

"[[C10:I came for the wards, and I stayed for the people. The rent is another matter,]]" [[Q10:said]] [[S10:Ligaya Tolentin]], a ward nurse who moved from Quessa in 2021.

[[O3:[[OS3:[[S11:Reform Party health spokesman Dov Renwick]]]] [[OQ3:backed]] the hiring]] but [[Q11:said]] [[C11:ministers should fund 2,000 more training places "so that in five years we are not doing this again."]]

[[S12:The guild]] [[Q12:said]] [[C12:it would offer free membership for a year to every nurse hired under the scheme]].

[[N3:About 62,000 nurses work in Aldmere's public hospitals.]]
''',
ann='''
N1 | headline reports the plan neutrally | no stance | no stance
O1 byline
O2 dateline
C1 indirect | Estelle Vossing | f announces the hiring plan | n no pay claim | n no claim on source countries
C2 direct | Estelle Vossing | f vacancies can't wait | n no pay claim | n no claim on source countries
C3 mixed | Odette Marrable | a says it dodges paying nurses | f implies current nurses are underpaid | n no claim on source countries
C4 direct | Odette Marrable | n welcomes recruits but points elsewhere | f nurses leave for better wages | n no claim on source countries
C5 mixed | Efua Mensima | a her country loses trained nurses | n no pay claim | f poor country pays to train them
C6 indirect | Estelle Vossing | f defends the drive's safeguards | n no pay claim | a shortage countries protected
C13 mixed | Estelle Vossing | f dismisses critics of the drive | n no pay claim | a brushes off the ethical criticism
C7 indirect | Hana Rydell | a safeguards too narrow | n no pay claim | f list misses poor countries
C8 mixed | Beatrix Onslow | f overseas staff among her best | n no pay claim | n no claim on source countries
C10 direct | Ligaya Tolentin | n happy in work, no verdict on policy | f rent hard to meet on her wage | n no claim on source countries
O3 speech_no_content | Dov Renwick | f backs the hiring | n no pay claim | n no claim on source countries
C11 mixed | Dov Renwick | n wants training too | n no pay claim | n no claim on source countries
C12 indirect | Aldmere Nurses' Guild | n welcome for newcomers, not the drive | n no pay claim | n no claim on source countries
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-29", domain="health / vaccine rules and consent",
targets=[("teen vaccine consent rule", ["consent rule", "without a parent's signature", "guidance", "the rule"]),
         ("Corin Ashvale", ["Ashvale", "Corin Ashvale", "health secretary"]),
         ("teenagers can decide about vaccines for themselves", ["decide for themselves", "own say-so", "decide about a jab"])],
text='''
[[N1:Teenagers to get school vaccines without parents' signatures under Hestmoor rule]]

[[O1:DRAYMOUTH, Hestmoor (Tidewater Press Agency) —]] [[N2:Pupils aged 14 and over in Hestmoor will be able to agree to routine vaccinations at school without a parent's signature from January, under guidance issued on Monday by the province's health department]].

[[S1:Provincial Health Secretary Corin Ashvale]] [[Q1:said]] [[C1:about 3,000 teenagers a year missed vaccines only because a form never came home]].

"[[C2:A 15-year-old can have a tooth pulled on their own say-so. They can decide about a jab,]]" [[S2:Ashvale]] [[Q2:said]].

[[S3:[[S4:The group Parents' Voice Hestmoor]]]] [[Q3:said]] [[C3:the rule "cuts parents out of their own children's medical care"]] and [[Q4:accused]] [[C4:the department of "using the school nurse as a loophole."]]

"[[C5:I'm not anti-vaccine. My kids are all done. But I want to be asked,]]" [[Q5:said]] the group's chair, [[S5:Maura Kettering]].

[[S6:[[S7:Dr. Lowri Penhale, the Draymouth paediatrician,]]]] [[Q6:said]] [[C6:teenagers were "perfectly able to understand a two-minute explanation of a vaccine,"]] and that [[C7:in her experience the missing forms came most often from the homes where children most needed protecting]].

[[S8:School nurse Elspeth Penhaligon]] [[Q8:said]] [[C8:she would still phone parents when she could]]. "[[C9:Nobody wants a row in the playground. But I've had kids cry because they wanted the jab and the form was in the bin,]]" [[S9:she]] [[Q9:said]].

[[S10:[[S11:Barrister Peregrine Langridge]]]] [[Q10:said]] [[C10:the guidance rested on case law allowing under-16s to consent if they understood the treatment]], but that [[C11:a court challenge was "quite likely and not hopeless."]]

[[O3:[[OS3:Assembly member Sabine Tolley]] [[OQ3:denounced]] the guidance]]. [[S12:Kettering]] [[Q12:said]] [[C12:her group had collected 9,000 signatures asking for the rule to be withdrawn]].

[[Q13:Asked]] [[C13:whether parents could opt their children out in advance]], [[S14:Ashvale]] [[Q14:said]] [[C14:they could, "but the child will still be asked."]]

[[N3:The guidance covers flu, HPV and meningitis vaccines.]]
''',
ann='''
N1 | headline reports the rule neutrally | no stance | no stance
O1 dateline
N2 | author describes the guidance | no stance | no stance
C1 indirect | Corin Ashvale | f missed vaccines justify it | n speaker is Ashvale herself | n no claim on competence
C2 direct | Corin Ashvale | f defends the rule | n speaker is Ashvale herself | f teens can decide about a jab
C3 mixed | Parents' Voice Hestmoor | a cuts parents out | n Ashvale not named | a parents must be involved
C4 mixed | Parents' Voice Hestmoor | a calls it a loophole | a accuses her department | n no claim on competence
C5 direct | Maura Kettering | a wants to be asked | n Ashvale not named | a parents should decide
C6 mixed | Lowri Penhale | f teens understand | n Ashvale not named | f teens able to understand
C7 indirect | Lowri Penhale | f rule protects neglected children | n Ashvale not named | n no claim on competence
C8 indirect | Elspeth Penhaligon | n practice, not a verdict | n no stance | n no stance
C9 direct | Elspeth Penhaligon | f children denied jabs they wanted | n Ashvale not named | f children wanted the jab themselves
C10 indirect | Peregrine Langridge | n legal basis only | n no stance | n legal test, no verdict
C11 mixed | Peregrine Langridge | n predicts a challenge, no verdict | n no stance | n no stance
O3 speech_no_content | Sabine Tolley | a denounces the guidance | a denounces Ashvale's guidance | n no claim on competence
C12 indirect | Maura Kettering | a petition to withdraw | n Ashvale not named | n no claim on competence
C13 indirect | - | n question without position | n question without position | n question without position
C14 mixed | Corin Ashvale | f keeps the child's voice | n speaker is Ashvale herself | f the child will still be asked
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-30", domain="health / drug pricing and biosimilars",
targets=[("mandatory biosimilar switch", ["switch", "switching", "switched", "biosimilars"]),
         ("Commonwealth Medicines Board", ["Medicines Board", "the board", "Commonwealth Medicines Board"]),
         ("the switch is safe for patients", ["safe", "safety"])],
text='''
[[N1:Arthritis patients to be moved to cheaper copies of ravelimab]]

[[O1:By Ivo Brannagh, Aldmere Chronicle]]

[[O2:QUENBY —]] [[N2:About 21,000 people in Aldmere who inject ravelimab for rheumatoid arthritis will be moved to cheaper copies of the drug, known as biosimilars, over the next six months]].

[[S1:The Commonwealth Medicines Board]] [[Q1:said]] [[C1:the move would save 64 million florins a year, enough to pay for the new dementia nursing posts announced in March]].

[[S2:Its chair, Fenna Colquist,]] [[Q2:said]] [[C2:the copies had been used by more than 2 million patients in other countries "without a single signal that distinguishes them from the original."]]

[[S3:[[S4:The patient group Joint Action Aldmere]]]] [[Q3:said]] [[C3:it did not oppose copies of the drug]] but that [[C4:patients who were stable should be allowed to stay on the original "if they and their doctor agree."]]

"[[C5:It took four years and three drugs to find one that let me hold a pen. Forgive me for being nervous,]]" [[Q5:said]] [[S5:Helga Rainer]], a 58-year-old teacher from Draymouth. [[S11:Rainer]] [[Q11:said]] [[C11:nobody from the board had explained what would happen if the copy did not work for her]].

[[S6:[[S7:Dr. Tobiah Rensch, a rheumatologist at Lisforth Royal Infirmary,]]]] [[Q6:said]] [[C6:most patients noticed no difference after moving]] and that [[C7:the few who did were often experiencing "the nocebo effect: you expect to feel worse, so you do."]]

[[S8:Veritane Pharma, which makes the original,]] [[Q8:said]] [[C8:moving stable patients for budget reasons was "a decision made in a spreadsheet, not a clinic."]] [[S9:Colquist]] [[Q9:noted]] [[C9:Veritane had cut its own price for ravelimab by 40 percent in Brevany once copies arrived there]].

[[S10:The Aldmere Pharmacy Council]] [[Q10:said]] [[C10:it needed 12 months, not six, to train patients on the new injection pens]].

[[O3:[[OS3:Reform Party health spokesman Dov Renwick]] [[OQ3:welcomed]] the savings]].

[[N3:Ravelimab's patent expired last year.]]
''',
ann='''
N1 | headline reports the change neutrally | no stance | no stance
O1 byline
O2 dateline
N2 | author describes the change | no stance | no stance
C1 indirect | Commonwealth Medicines Board | f savings figure supports it | n speaker is the board itself | n savings, not safety
C2 mixed | Fenna Colquist | f wide use supports it | n speaker's own board | f no safety signal
C3 indirect | Joint Action Aldmere | n not opposed in general | n board not named | f accepts the copies
C4 mixed | Joint Action Aldmere | a stable patients should not be forced | n board not named | n choice, not safety
C5 direct | Helga Rainer | a nervous about losing what works | n board not named | a fears the copy may not work
C11 indirect | Helga Rainer | a left uninformed about the change | a board failed to explain | n no safety claim
C6 indirect | Tobiah Rensch | f most notice no difference | n board not named | f no difference for most
C7 mixed | Tobiah Rensch | f complaints are nocebo | n board not named | f reported harms are expectation
C8 mixed | Veritane Pharma | a spreadsheet decision | a attacks the board's motives | n no explicit safety claim
C9 indirect | Fenna Colquist | f rival's price cut shows the gain | n speaker's own board | n price, not safety
C10 indirect | Aldmere Pharmacy Council | n timing, not the policy | n no stance | n no stance
O3 speech_no_content | Dov Renwick | f welcomes the savings | n board not judged | n no safety claim
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-31", domain="climate / carbon border charge",
targets=[("carbon border charge", ["border charge", "the charge", "the measure", "the bill"]),
         ("Brevany", ["Brevany", "Brevany's"]),
         ("the border charge will protect Aldmere jobs", ["jobs", "unemployment"])],
text='''
[[N1:Aldmere to charge carbon levy at the border on steel and cement]]

[[O1:QUENBY, Aldmere (Tidewater Press Agency) —]] [[N2:Importers of steel, cement and aluminium will pay Aldmere's carbon levy on the emissions made in producing them from 2027, under a bill published on Tuesday]].

[[S1:Energy and Climate Minister Rafe Okonjo-Varne]] [[Q1:said]] [[C1:the measure would stop Aldmere "exporting its emissions and importing its unemployment."]]

"[[C2:Our steelworks pay 85 florins on every tonne of carbon. It was never fair to make them race against mills that pay nothing,]]" [[S2:he]] [[Q2:said]].

[[S3:[[S4:Brevany's trade minister, Jannik Lindeman,]]]] [[Q3:called]] [[C3:the charge "protectionism with a green ribbon"]] and [[Q4:said]] [[C4:his government would consider duties on Aldmere's dairy exports in response]].

[[S5:Torvald Ashe, director of the Aldmere Steel Federation,]] [[Q5:said]] [[C5:the charge would secure "thousands of posts that were one bad year from disappearing."]] [[S12:Ashe]] [[Q12:said]] [[C12:two of Aldmere's four steel mills had made losses in each of the last three years]].

[[S6:The Aldmere Builders' Association]] [[Q6:said]] [[C6:imported cement would cost about 12 percent more, "and every florin of that lands on someone buying a house."]]

[[S7:Morwenna Pascoe of the Ulvane Farmers' Union]] [[Q7:said]] [[C7:dairy farmers were "being lined up as the hostages in somebody else's trade war."]]

[[S8:[[S9:Rhian Bexley, the infrastructure economist,]]]] [[Q8:said]] [[C8:the evidence from other border charges was that they saved few jobs directly]] but that [[C9:they made it harder for rivals to undercut domestic mills]].

[[S10:Okonjo-Varne]] [[Q10:said]] [[C10:Brevany could avoid the charge entirely "by doing what we have done and pricing its own carbon."]] [[O3:[[OS3:Clearsky Aldmere]] [[OQ3:praised]] the bill]].

[[S11:Lindeman]] [[Q11:said]] [[C11:his country had cut emissions faster than Aldmere over the past decade "without taxing its neighbours."]]

[[N3:Brevany buys about a third of Aldmere's cheese and butter exports.]] [[N4:Importers will have to report the emissions of each shipment from next July.]]
''',
ann='''
N1 | headline reports the plan neutrally | no stance | no stance
O1 dateline
N2 | author describes the bill | no stance | no stance
C1 mixed | Rafe Okonjo-Varne | f stops exported emissions | n no country named | f stops importing unemployment
C2 direct | Rafe Okonjo-Varne | f fairness for domestic mills | n rivals unnamed | f protects mills from unfair rivals
C3 mixed | Jannik Lindeman | a calls it protectionism | n speaker's own country | n labels it protectionism, not about jobs
C4 indirect | Jannik Lindeman | a threatens retaliation | n speaker's own country | n no jobs claim
C5 mixed | Torvald Ashe | f secures posts | n Brevany not named | f saves posts at risk
C12 indirect | Torvald Ashe | f losses show mills need protection | n Brevany not named | f mills at risk without it
C6 mixed | Aldmere Builders' Association | a raises house costs | n Brevany not named | n no jobs claim
C7 mixed | Morwenna Pascoe | a farmers caught in the fight | a blames the threatened retaliation | n no jobs claim
C8 indirect | Rhian Bexley | n no verdict on the charge | n no stance | a saves few jobs directly
C9 indirect | Rhian Bexley | f helps domestic mills | n no stance | f protects mills from undercutting
C10 mixed | Rafe Okonjo-Varne | f defends the charge | a says Brevany should price carbon | n no jobs claim
O3 speech_no_content | Clearsky Aldmere | f praises the bill | n Brevany not addressed | n no jobs claim
C11 mixed | Jannik Lindeman | a says it is unneeded | n speaker's own country | n no jobs claim
N3 | fact | fact | fact
N4 | procedure | no stance | no stance
''',
))
