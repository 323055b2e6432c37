# c4 batch 8: c4-38 .. c4-43
ARTICLES = []

ARTICLES.append(dict(
id="c4-38", domain="health / sugar tax on milk drinks",
targets=[("levy on sweetened milk drinks", ["milkshakes", "milk drinks", "the measure", "extension"]),
         ("Aldmere Dairy Council", ["Dairy Council", "Aldmere Dairy Council"]),
         ("sweetened milk drinks are healthy for teenagers", ["healthy", "calcium", "health food"])],
text='''
[[N1:Milkshakes and iced coffees to face sugar levy from 2027]]

[[O1:By Corra Beddoes, Aldmere Chronicle]]

[[O2:QUENBY —]] [[S1:The Ministry of Health]] [[Q1:announced]] on Thursday [[C1:sweetened milk drinks, including milkshakes and bottled iced coffees, would be brought into Aldmere's sugary drinks levy from 2027]].

"[[C2:A milkshake with 39 grams of sugar in it does not become a health food because there is a cow on the label,]]" [[Q2:said]] [[S2:Health Minister Estelle Vossing]].

[[S3:The Aldmere Dairy Council]] [[Q3:said]] [[C3:milk drinks provided calcium and protein that many teenagers "simply do not get anywhere else."]] [[S4:Its chief executive, Gwenda Sprake,]] [[Q4:called]] [[C4:the change "a tax on a glass of milk dressed up as a war on sugar."]]

[[S5:[[S6:Dietitian Sabeen Tolland]]]] [[Q5:said]] [[C5:a typical bottled iced coffee held more sugar than a can of cola]] and that [[C6:the calcium argument was "like selling doughnuts for the flour."]]

[[S7:Morwenna Pascoe of the Ulvane Farmers' Union]] [[Q7:said]] [[C7:dairy farmers were "being punished for what supermarkets put in the bottle."]] [[S12:Pascoe]] [[Q12:said]] [[C12:milk sales to schools had already fallen by a fifth since the drinks levy began, "and now the one bit that sells is being taxed too."]]

[[S8:Vossing]] [[Q8:said]] [[C8:plain milk and drinks with less than 5 grams of added sugar per 100 millilitres would stay exempt]]. "[[C9:Nobody is taxing the milk. We are taxing the syrup,]]" [[S9:she]] [[Q9:said]].

[[S10:Reform Party member Ludo Farris]] [[Q10:asked]] [[C10:whether ministers would "put a levy on grandmothers next, for baking."]]

[[S11:Brindle Foods, which makes the country's best-selling strawberry milkshake,]] [[Q11:said]] [[C11:it would cut the sugar in its drinks by a third before the levy began]]. [[O3:[[OS3:The Aldmere Dental Association]] [[OQ3:welcomed]] the extension]].

[[N3:About 60 million litres of sweetened milk drinks are sold in Aldmere each year, a third of them to under-18s.]] [[N4:Plain milk accounts for about four in five litres of milk sold in Aldmere.]]
''',
ann='''
N1 | headline reports the plan neutrally | no stance | no stance
O1 byline
O2 dateline
C1 indirect | Ministry of Health | f announces the extension | n council not addressed | n no health claim
C2 direct | Estelle Vossing | f mocks the health-food defence | n council not named | a a cow on the label changes nothing
C3 mixed | Aldmere Dairy Council | a defends milk drinks against the levy | n speaker is the council itself | f teens get calcium from them
C4 mixed | Gwenda Sprake | a calls it a tax on milk | n speaker's own council | n no health claim
C5 indirect | Sabeen Tolland | f sugar content justifies it | n council not named | a more sugar than cola
C6 mixed | Sabeen Tolland | f rejects the calcium defence | a mocks the council's argument | a calcium excuse is like doughnuts
C7 mixed | Morwenna Pascoe | a farmers punished | n council not named | n no health claim
C12 mixed | Morwenna Pascoe | a taxes the one product that sells | n council not named | n no health claim
C8 indirect | Estelle Vossing | f exemptions make it targeted | n council not named | n no health claim
C9 direct | Estelle Vossing | f taxing syrup, not milk | a rebuts the council's tax-on-milk line | n no health claim
C10 mixed | Ludo Farris | a mocking question | n council not named | n no health claim
C11 indirect | Brindle Foods | n reformulation plan, no verdict | n council not addressed | n no health claim
N4 | fact | fact | fact
O3 speech_no_content | Aldmere Dental Association | f welcomes the extension | n council not addressed | n no health claim
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-39", domain="health / mental-health crisis response",
targets=[("police withdrawal from mental-health calls", ["no longer attend", "withdrawal", "police decision", "the change"]),
         ("Hestmoor Police", ["police", "Hestmoor Police", "officers"]),
         ("health services are ready to take over", ["ready", "take over"])],
text='''
[[N1:Hestmoor police to stop answering most mental-health calls]]

[[O1:DRAYMOUTH, Hestmoor (Tidewater Press Agency) —]] [[S1:Hestmoor Police]] [[Q1:said]] on Monday [[C1:officers would no longer go to calls about people in mental distress from June unless there was a risk to life or a crime in progress]].

[[S2:Chief Constable Barnaby Tregear]] [[Q2:said]] [[C2:his force had spent 41,000 hours last year waiting with patients in emergency departments]]. "[[C3:A police car is the wrong ambulance, and a cell is the wrong bed,]]" [[S3:Tregear]] [[Q3:said]].

[[S4:[[S5:The Hestmoor Health Board]]]] [[Q4:said]] [[C4:it had hired 30 extra crisis staff]] but [[Q5:admitted]] [[C5:a 24-hour mobile team would not be running until the autumn]].

[[S6:The mental-health charity Harbourlight]] [[Q6:said]] [[C6:the change was "right in principle and reckless in timing."]] [[S7:The Aldmere Ambulance Service]] [[Q7:warned]] [[C7:it would be left "holding calls we are not staffed to answer."]]

"[[C8:The last time my son was in crisis, it was a constable who talked him down off that bridge. Who comes now?]]" [[Q8:asked]] [[S8:Glenys Harker]] of Draymouth.

[[S9:Sergeant Kieran Moss of the Hestmoor Police Federation]] [[Q9:said]] [[C9:officers had become "the service of last resort for everything the health system can't do."]] [[S14:Moss]] [[Q14:said]] [[C14:a third of his shift's calls on a typical Friday night involved mental distress rather than crime]].

[[S10:[[S11:Provincial Health Secretary Corin Ashvale]]]] [[Q10:said]] [[C10:she supported the chief constable's decision]] and that [[C11:the province would fund the mobile team's start in August]].

[[S12:Assembly member Sabine Tolley]] [[Q12:accused]] [[C12:the force of "pulling up the ladder before the other boat arrives."]] [[S13:Tregear]] [[Q13:said]] [[C13:officers would still go "to any call where someone's life is at risk, today and always."]]

[[N2:Similar changes were made in Brevany in 2022, where the number of people detained in police cells under mental-health powers fell by two-thirds.]] [[N3:The force answers about 900 such calls a month.]]
''',
ann='''
N1 | headline reports the change neutrally | no stance | no stance
O1 dateline
C1 indirect | Hestmoor Police | f announces the change | n speaker is the force itself | n no claim about health services
C2 indirect | Barnaby Tregear | f hours wasted justify it | n speaker's own force | n no claim about readiness
C3 direct | Barnaby Tregear | f police are the wrong responders | n speaker's own force | n no claim about readiness
C4 indirect | Hestmoor Health Board | n no verdict on the police move | n police not addressed | f extra crisis staff hired
C5 indirect | Hestmoor Health Board | n no verdict on the police move | n police not addressed | a admits the team is not ready
C6 mixed | Harbourlight | a reckless timing | n force not criticised directly | a others not ready yet
C7 mixed | Aldmere Ambulance Service | a left with calls it can't answer | n police not named | a ambulance service not staffed
C8 direct | Glenys Harker | a who comes now | f praises the constable who helped | a nobody else will come
C9 mixed | Kieran Moss | f officers overstretched | n speaker's own force | n no claim about readiness
C14 indirect | Kieran Moss | f workload shows police are misused | n speaker's own force | n no claim about readiness
C10 indirect | Corin Ashvale | f supports the decision | f backs the chief constable | n no claim about readiness
C11 indirect | Corin Ashvale | n funding plan, no verdict | n police not addressed | n team not yet running
C12 mixed | Sabine Tolley | a pulling up the ladder | a accuses the force | a help not yet arrived
C13 mixed | Barnaby Tregear | f reassures on life-threatening calls | n speaker's own force | n no claim about readiness
N2 | fact from abroad | no stance | no stance
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-40", domain="health / hospital funding and parking charges",
targets=[("hospital parking charges", ["parking charges", "charges", "charge for parking"]),
         ("Corriva Health Board", ["health board", "the board", "Corriva Health Board"]),
         ("the charges are a tax on the sick", ["tax on being ill", "tax on the sick"])],
text='''
[[N1:Corriva hospitals to charge for parking to fill budget gap]]

[[O1:By Nessa Ambry, Aldmere Chronicle]]

[[O2:LISFORTH, Corriva —]] [[N2:Visitors to Corriva's four main hospitals will pay up to 4 florins a day to park from July, ending free parking that has been in place since 2009]].

[[S1:The Corriva Health Board's chief executive, Tobin Drury,]] [[Q1:said]] [[C1:the scheme would raise about 6 million florins a year, "every florin of which goes to the wards."]] "[[C2:I would rather charge for a parking space than close a bed. That is the choice in front of me,]]" [[S2:Drury]] [[Q2:said]].

[[S3:The patients' group Corriva Patients Together]] [[Q3:called]] [[C3:the scheme "a tax on being ill, or on loving someone who is."]]

"[[C4:My wife has dialysis three times a week. That's 12 florins a week, for the rest of her life,]]" [[Q4:said]] [[S4:Aubrey Kellaway]], 71, of Lisforth.

[[S5:Drury]] [[Q5:said]] [[C5:dialysis and cancer patients, disabled drivers and parents of children in hospital would park free]]. "[[C6:Then somebody should tell the machine at the gate,]]" [[S6:Kellaway]] [[Q6:said]] when told of the exemption.

[[S7:The Aldmere Nurses' Guild]] [[Q7:said]] [[C7:staff would also pay, "which is a pay cut by another name."]] [[S8:Drury]] [[Q8:said]] [[C8:the board was "still talking to the unions" about staff permits]].

[[S9:Reform Party health spokesman Dov Renwick]] [[Q9:said]] [[C9:ministers had "starved the board until it started mugging visitors."]]

[[C10:Nine in ten hospitals in Brevany charge for parking, at an average of 3 florins a day]], [[Q10:according to]] [[S10:a survey by the Seaward Institute]].

[[S11:Cllr Ottoline Raikes]] [[Q11:said]] [[C11:free parking had "filled the hospital grounds with commuters who never go inside"]] and that [[C12:the city would add a bus stop at the Infirmary's main gate by the summer]].

[[O3:[[OS3:Health Minister Estelle Vossing]] [[OQ3:declined to comment]]]].

[[N3:The charges need final approval at the board's meeting next month.]]
''',
ann='''
N1 | headline reports the plan neutrally | no stance | no stance
O1 byline
O2 dateline
N2 | author describes the change | no stance | no stance
C1 mixed | Tobin Drury | f money goes to wards | n speaker's own board | a the money serves patients
C2 direct | Tobin Drury | f better than closing beds | n speaker's own board | a framed as protecting beds
C3 mixed | Corriva Patients Together | a tax on being ill | a attacks the board's scheme | f tax on being ill
C4 direct | Aubrey Kellaway | a cost to his wife for life | n board not named | f sick people pay
C5 indirect | Tobin Drury | f exemptions protect patients | n speaker's own board | a the sickest park free
C6 direct | Aubrey Kellaway | a exemption not working | a board failed to tell anyone | n no claim about a tax
C7 mixed | Aldmere Nurses' Guild | a pay cut for staff | n board not named | n staff, not the sick
C8 mixed | Tobin Drury | n talks continue | n speaker's own board | n no stance
C9 mixed | Dov Renwick | a calls it mugging visitors | n blames ministers, not the board | f visitors being mugged
C10 indirect | Seaward Institute | n comparison without comment | n no stance | n no stance
C11 mixed | Ottoline Raikes | f free parking was abused | n board not named | a commuters, not patients, used it
C12 indirect | Ottoline Raikes | n bus stop plan | n no stance | n no stance
O3 declined | Estelle Vossing
N3 | procedure | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-41", domain="climate / carbon levy dividend",
targets=[("climate dividend", ["dividend", "cheque", "cheques"]),
         ("Clearsky Aldmere", ["Clearsky", "Clearsky Aldmere"]),
         ("levy revenue should fund green investment", ["green investment", "insulate homes", "insulation"])],
text='''
[[N1:Government weighs sending carbon levy cash back as annual payments]]

[[O1:QUENBY, Aldmere (Tidewater Press Agency) —]] [[N2:Every adult in Aldmere would receive about 310 florins a year from the carbon levy under a plan put out for consultation on Monday, replacing the patchwork of rebates introduced since 2018]].

[[S1:Treasury Secretary Lorcan Moult]] [[Q1:said]] [[C1:a single payment was "simpler, fairer and impossible to spend on consultants."]] [[S2:Moult]] [[Q2:said]] [[C2:most households on below-average incomes would get back more than they paid in levy]].

[[S3:Clearsky Aldmere]] [[Q3:said]] [[C3:the money should go to draught-proofing homes and building rail]]. "[[C4:Posting people money to spend on petrol is a strange way to cut carbon,]]" [[Q4:said]] its director, [[S4:Oona Radley]].

[[S5:Rhian Bexley, the economist,]] [[Q5:said]] [[C5:the levy itself did the work of cutting emissions, "whatever you do with the money afterwards."]] [[S13:Bexley]] [[Q13:said]] [[C13:a flat payment also made the levy easier to defend "when the price at the pump goes up."]]

[[S6:Reform Party leader Oriel Stanbury]] [[Q6:called]] [[C6:the plan "a bribe to make people forget the fuel bill."]]

"[[C7:Three hundred florins would pay my heating for two months. I'm not going to pretend I don't want it,]]" [[Q7:said]] [[S7:Ysanne Quintrell]] of Skellow Bay. [[S12:She]] [[Q12:said]] [[C12:she had never heard of the existing rebates "until somebody at the bus stop told me I could claim one."]]

[[S8:The Aldmere Builders' Association]] [[Q8:said]] [[C8:the draught-proofing programme the levy now pays for supported 4,000 jobs and would "fall off a cliff" under the plan]]. [[S9:Moult]] [[Q9:said]] [[C9:grants for it would continue "from the ordinary budget, where they belong."]] [[S10:Radley]] [[Q10:said]] [[C10:the ordinary budget was "where good schemes go to be cut."]]

[[O3:[[OS3:The Ulvane Farmers' Union]] [[OQ3:welcomed]] the proposal]]. [[C11:Sixty-four percent of voters prefer a yearly payment to new spending]], [[Q11:according to]] [[S11:a poll for the Aldmere Chronicle]].

[[N3:The consultation closes in April.]]
''',
ann='''
N1 | headline reports the plan neutrally | no stance | no stance
O1 dateline
N2 | author describes the plan | no stance | no stance
C1 mixed | Lorcan Moult | f simpler and fairer | n Clearsky not named | a spending programmes waste money
C2 indirect | Lorcan Moult | f poorer households gain | n Clearsky not named | n no claim on investment
C3 indirect | Clearsky Aldmere | a money should go elsewhere | n speaker is Clearsky itself | f fund homes and rail
C4 direct | Oona Radley | a mocks payments for petrol | n speaker's own group | f investment cuts carbon better
C5 mixed | Rhian Bexley | f use of the money doesn't matter for emissions | a undercuts the campaigners' argument | a spending adds little to cutting carbon
C13 mixed | Rhian Bexley | f payment makes the levy defensible | n Clearsky not named | n no claim on investment
C6 mixed | Oriel Stanbury | a calls it a bribe | n Clearsky not named | n no claim on investment
C7 direct | Ysanne Quintrell | f wants the money | n Clearsky not named | n no claim on investment
C12 mixed | Ysanne Quintrell | f old rebates too obscure | n Clearsky not named | n no claim on investment
C8 mixed | Aldmere Builders' Association | a jobs fall off a cliff | n Clearsky not named | f programme supports jobs
C9 mixed | Lorcan Moult | f grants continue anyway | n Clearsky not named | a investment belongs in the ordinary budget
C10 mixed | Oona Radley | a doubts the promise | n speaker's own group | f keep it tied to the levy
O3 speech_no_content | Ulvane Farmers' Union | f welcomes the proposal | n Clearsky not addressed | n no claim on investment
C11 indirect | Aldmere Chronicle | f voters prefer payments | n no stance | a voters prefer payments over spending
N3 | schedule | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-42", domain="energy / offshore wind subsidy",
targets=[("higher guaranteed price for Skerrin Bank", ["guaranteed price", "higher price", "82 florins"]),
         ("Norrow Offshore", ["Norrow", "Norrow Offshore", "contractor", "developers"]),
         ("the wind farm will lower bills", ["lower bills", "cheaper"])],
text='''
[[N1:Norrow seeks higher guaranteed price for Skerrin Bank power]]

[[O1:By Wrenna Colby, Aldmere Chronicle]]

[[O2:QUENBY —]] [[S1:Norrow Offshore]] [[Q1:told]] the government on Friday [[C1:it would not begin building the Skerrin Bank wind farm unless the price it is promised for its electricity rose from 64 to 82 florins a megawatt-hour]].

[[S2:Its chief executive, Sigrun Vestby,]] [[Q2:said]] [[C2:turbine and steel costs had risen by 40 percent since the deal was struck in 2022]]. "[[C3:We can build this at a fair price, or we can build nothing at the old one,]]" [[S3:Vestby]] [[Q3:said]]. [[S13:She]] [[Q13:said]] [[C13:Norrow had already spent 210 million florins on surveys and design and "would rather not write it off."]]

[[S4:[[S5:Energy and Climate Minister Rafe Okonjo-Varne]]]] [[Q4:said]] [[C4:the government would "look at the numbers, not the headlines"]] but [[C5:would not be "held to ransom by a contractor."]] [[S6:He]] [[Q6:said]] [[C6:even at 82 florins, the power would cost less than the gas it replaced, which averaged 97 florins last year]].

[[S7:The consumer group Fair Bills Aldmere]] [[Q7:said]] [[C7:the increase would add about 14 florins a year to household bills for 15 years]].

[[S8:Reform Party leader Oriel Stanbury]] [[Q8:said]] [[C8:wind developers had promised "cheap power forever" and were now "back with the begging bowl."]]

[[S9:[[S10:Energy analyst Thandiwe Corley]]]] [[Q9:said]] [[C9:every offshore developer in the region had renegotiated since 2022]] and that [[C10:Norrow's demand was "at the top end, but not outlandish."]] [[S14:Corley]] [[Q14:said]] [[C14:delay would cost consumers more in the long run than the higher price, because gas would fill the gap]].

[[S11:Dai Morfydd of the Skellow Bay Fishermen's Association]] [[Q11:said]] [[C11:he hoped the whole scheme "sinks under its own price tag."]] [[S12:The Aldmere Dockers' Union]] [[Q12:said]] [[C12:900 port jobs depended on ministers settling quickly]].

[[O3:[[OS3:Clearsky Aldmere]] [[OQ3:backed]] the higher price]].

[[N3:The project has consent for 90 turbines and would supply about a tenth of Aldmere's electricity.]]
''',
ann='''
N1 | headline reports the request neutrally | no stance | no stance
O1 byline
O2 dateline
C1 indirect | Norrow Offshore | f demands the higher price | n speaker is Norrow itself | n no bills claim
C2 indirect | Sigrun Vestby | f costs justify it | n speaker's own company | n no bills claim
C3 direct | Sigrun Vestby | f fair price or nothing | n speaker's own company | n no bills claim
C13 mixed | Sigrun Vestby | f sunk costs argue for a deal | n speaker's own company | n no bills claim
C4 mixed | Rafe Okonjo-Varne | n will look at numbers | n neutral so far | n no bills claim
C5 mixed | Rafe Okonjo-Varne | a refuses to be held to ransom | a casts Norrow as a ransom-taker | n no bills claim
C6 indirect | Rafe Okonjo-Varne | f even 82 is acceptable value | n Norrow not named | f cheaper than gas
C7 indirect | Fair Bills Aldmere | a adds to bills | n Norrow not named | a bills go up
C8 mixed | Oriel Stanbury | a begging bowl | a mocks the developers | a broken promise of cheap power
C9 indirect | Thandiwe Corley | f renegotiation is normal | n no verdict on Norrow | n no bills claim
C10 mixed | Thandiwe Corley | f not outlandish | n neither praises nor attacks | n no bills claim
C14 indirect | Thandiwe Corley | f delay costs more than the price | n Norrow not judged | f wind cheaper than gas over time
C11 mixed | Dai Morfydd | a hopes it sinks | a hopes Norrow's scheme fails | n no bills claim
C12 indirect | Aldmere Dockers' Union | f settle quickly | n Norrow not named | n jobs, not bills
O3 speech_no_content | Clearsky Aldmere | f backs the higher price | n Norrow not addressed | n no bills claim
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-43", domain="environment / drought aftermath",
targets=[("public inquiry into the drought", ["inquiry", "public inquiry"]),
         ("Ulvane Water", ["Ulvane Water", "the company"]),
         ("the rationing was necessary", ["necessary", "saved the summer", "worked"])],
text='''
[[N1:Kemsley's taps run all night again as rationing ends]]

[[O1:KEMSLEY, Ulvane (Tidewater Press Agency) —]] [[N2:Night-time water cuts in Kemsley and 14 nearby villages ended on Tuesday after 11 weeks, following the wettest October in Ulvane for 30 years]].

[[O3:[[OS3:Ulvane Water's operations director, Gethin Marrick,]] [[OQ3:thanked]] customers for their patience]]. [[S1:He]] [[Q1:said]] [[C1:the cuts had saved 1.9 billion litres "and, frankly, saved the summer."]] [[S13:[[S14:Marrick]]]] [[Q13:said]] [[C13:the company would "co-operate fully with whatever review ministers decide on"]] and [[Q14:said]] [[C14:it had already replaced 40 kilometres of leaking main this year]].

[[S2:Annis Cardew, the Kemsley baker,]] [[Q2:said]] [[C2:she had lost about 6,000 florins in trade when she could not bake overnight]]. "[[C3:Saved the summer for whom?]]" [[S3:she]] [[Q3:asked]].

[[S4:Reform Party leader Oriel Stanbury]] [[Q4:called for]] [[C4:a public inquiry into why the company had gone into the drought with its reservoirs 12 points below its own target]].

[[S5:[[S6:The Aldmere Water Authority]]]] [[Q5:said]] [[C5:it would publish its own review in January]] and that [[C6:a separate inquiry was "not needed at this stage."]] [[S7:Environment Minister Maelis Tallisker]] [[Q7:said]] [[C7:she had "not ruled anything out."]]

[[S8:Dr. Senna Kilbride]] [[Q8:said]] [[C8:without the night cuts, two reservoirs would have fallen below the level at which water can be treated]]. "[[C9:People can be angry about the leaks and still admit the rationing worked,]]" [[S9:she]] [[Q9:said]].

[[S10:Piran Lusk, the Kemsley farmer,]] [[Q10:said]] [[C10:an inquiry would "cost more than fixing the pipes and find what everyone already knows."]]

[[S11:Ulvane councillor Bryher Nance]] [[Q11:said]] [[C11:Marrick had been "the only person at that company willing to stand in a village hall and be shouted at."]]

[[S12:Cardew]] [[Q12:said]] [[C12:she wanted an inquiry "with the power to make people answer under oath."]]

[[N3:Ulvane's reservoirs now stand at 46 percent.]] [[N4:Hosepipe restrictions remain in force across the rest of Ulvane.]]
''',
ann='''
N1 | headline reports the end neutrally | no stance | no stance
O1 dateline
N2 | author reports the end of cuts | no stance | no stance
O3 speech_no_content | Gethin Marrick | n thanks, no view on inquiry | n speaker's own company | n thanks customers, no claim
C1 mixed | Gethin Marrick | n no view on inquiry | n speaker's own company | f cuts saved the summer
C13 mixed | Gethin Marrick | n accepts any review, no preference | n speaker's own company | n no claim on rationing
C14 indirect | Gethin Marrick | n not about the inquiry | n speaker's own company defends itself | n no claim on rationing
C2 indirect | Annis Cardew | n loss, no view on inquiry yet | n company not named | n cost stated, point comes next
C3 direct | Annis Cardew | n question about the cuts | a rebuts the company's boast | a disputes that the cuts saved anything for her
C4 indirect | Oriel Stanbury | f calls for the inquiry | a blames the company for low reservoirs | n no claim on rationing
C5 indirect | Aldmere Water Authority | n own review | n no stance | n no stance
C6 mixed | Aldmere Water Authority | a inquiry not needed | n no stance | n no stance
C7 mixed | Maelis Tallisker | n keeps options open | n no stance | n no stance
C8 indirect | Senna Kilbride | n not about the inquiry | n company not judged | f reservoirs would have failed otherwise
C9 direct | Senna Kilbride | n not about the inquiry | a acknowledges anger about leaks | f the rationing worked
C10 mixed | Piran Lusk | a inquiry a waste | a implies the company's pipes are the problem | n no claim on rationing
C11 mixed | Bryher Nance | n not about the inquiry | a only Marrick faced the public | n no claim on rationing
C12 mixed | Annis Cardew | f wants a strong inquiry | a wants company bosses under oath | n no claim on rationing
N4 | fact | fact | fact
N3 | fact | fact | fact
''',
))
