# c4 batch 4: c4-14 .. c4-19
ARTICLES = []

ARTICLES.append(dict(
id="c4-14", domain="health / hospital funding",
targets=[("Draymouth hospital lease deal", ["lease deal", "the lease", "the deal", "30-year lease", "arrangement"]),
         ("Pemberly Infrastructure", ["Pemberly", "Pemberly Infrastructure"]),
         ("the deal is value for money", ["value for money", "good value"])],
text='''
[[N1:Draymouth to get new hospital under 30-year private lease]]

[[O1:By Selwyn Tarrant, Tidewater Press Agency]]

[[O2:DRAYMOUTH, Hestmoor —]] [[N2:A 620-bed hospital will be built on the old rail yards in Draymouth by Pemberly Infrastructure, which will own the building and lease it back to the Hestmoor Health Board for 30 years]].

[[S1:Health Minister Estelle Vossing]] [[Q1:said]] [[C1:the arrangement meant construction could start next year "instead of some year after the next election."]]

"[[C2:Draymouth has waited long enough. I was not prepared to make it wait for a perfect funding model that does not exist,]]" [[S2:Vossing]] [[Q2:said]].

[[C3:The board will pay about 54 million florins a year, rising with inflation]], [[Q3:according to]] [[S3:a contract summary published on Wednesday]].

[[S4:[[S5:Reform Party health spokesman Dov Renwick]]]] [[Q4:said]] [[C4:taxpayers would pay "for this hospital three times over"]] and [[Q5:accused]] [[C5:ministers of "hiding a mortgage off the books."]]

[[S6:Analysts at the Seaward Institute]] [[Q6:estimated]] [[C6:borrowing the money directly would have cost around 40 percent less over the life of the contract]].

[[S7:Pemberly's managing director, Lionel Arkwright,]] [[Q7:said]] [[C7:the comparison ignored the cost of delay and the risk of overruns, "which on this contract are ours, not the public's."]] "[[C8:When a public project runs over, the taxpayer pays. When ours does, our shareholders do,]]" [[S8:he]] [[Q8:said]].

[[S9:[[S10:Hestmoor Health Board chair Delia Strachan]]]] [[Q9:said]] [[C9:the board had "looked hard at every option"]] and that [[C10:the current hospital, built in 1961, was failing its inspections]].

[[S11:The Aldmere Nurses' Guild]] [[Q11:said]] [[C11:it welcomed a new building but feared the rent would "eat the staffing budget alive."]]

"[[C12:I don't care who owns the walls. I care that my mother waited nine hours on a trolley,]]" [[Q12:said]] [[S12:Kit Marwood]], a Draymouth taxi driver.

[[O3:[[OS3:Renwick]] [[OQ3:demanded]] publication of the full contract]]. [[Q13:Asked]] [[C13:whether it would be released]], [[S14:Vossing]] [[Q14:said]]: "[[C14:The parts that can be, will be.]]"

[[N3:Construction is due to take four years.]]
''',
ann='''
N1 | headline reports the lease neutrally | no stance | no stance
O1 byline
O2 dateline
N2 | author describes the arrangement | author names the builder neutrally | no stance
C1 mixed | Estelle Vossing | f says it lets building start sooner | n builder not judged | n speed, not cost
C2 direct | Estelle Vossing | f defends choosing this model | n builder not judged | n concedes no perfect model, no value claim
C3 indirect | - | n cost figure without comment | n no stance | n figure alone
C4 mixed | Dov Renwick | a says taxpayers pay three times | a implies the builder profits hugely | a pay three times over
C5 mixed | Dov Renwick | a calls it a hidden mortgage | n builder not named | a implies concealed cost
C6 indirect | - aff=Seaward Institute | a direct borrowing would be cheaper | n builder not judged | a 40 percent dearer
C7 mixed | Lionel Arkwright | f defends the contract | n speaker's own company | f risk transfer justifies the cost
C8 direct | Lionel Arkwright | f overruns fall on shareholders | n speaker's own company | f taxpayer protected from overruns
C9 mixed | Delia Strachan | f board chose it after looking hard | n builder not judged | n no value claim
C10 indirect | Delia Strachan | f old hospital's failures justify acting | n builder not judged | n no value claim
C11 mixed | Aldmere Nurses' Guild | a fears the rent will eat staffing | n builder not named | a payments too heavy
C12 direct | Kit Marwood | f dismisses the ownership objection | n builder not judged | n ownership, not cost
O3 speech_no_content | Dov Renwick | a demand signals distrust of the deal | n builder not addressed | n no value claim
C13 indirect | - | n question without position | n question without position | n question without position
C14 direct | Estelle Vossing | n evasive answer | n no stance | n no stance
N3 | schedule | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-15", domain="health / nurses' dispute",
targets=[("nurses' strike", ["strike", "walk out", "walkout"]),
         ("Odette Marrable", ["Marrable", "Odette Marrable", "general secretary"]),
         ("emergency cover during the strike will be safe", ["safe", "emergency cover", "fully staffed"])],
text='''
[[N1:Nurses vote for two-day walkout in March; hospitals press for cover plans]]

[[O1:QUENBY, Aldmere (Tidewater Press Agency) —]] [[S1:The Aldmere Nurses' Guild]] [[Q1:said]] on Tuesday [[C1:its members had voted by 79 percent to stop work for 48 hours on March 11 and 12, the first national nursing strike in the Commonwealth's history]].

[[S2:Its general secretary, Odette Marrable,]] [[Q2:said]] [[C2:intensive care, maternity and emergency departments would be fully staffed throughout]]. "[[C3:No patient who needs a nurse that day will go without one,]]" [[S3:she]] [[Q3:said]]. "[[C4:Can the minister say the same about an ordinary Tuesday?]]"

[[S5:[[S6:Health Minister Estelle Vossing]]]] [[Q5:said]] [[C5:she "deeply regretted" the vote]] and that [[C6:the guild had refused to agree a written list of minimum staffing levels for the two days]].

"[[C7:A promise at a press conference is not a rota,]]" [[S7:Vossing]] [[Q7:said]].

[[S8:[[S9:The Association of Hospital Medical Directors]]]] [[Q8:said]] [[C8:it had "serious concerns" about stroke and cancer wards, which are not on the guild's list of protected services]], and [[Q9:urged]] the guild [[C9:to publish its cover plan hospital by hospital]].

[[S10:[[S11:Marrable]]]] [[Q10:called]] [[C10:the request "reasonable"]] and [[Q11:said]] [[C11:plans would be out "by the end of the week, as they always were going to be."]]

[[C12:Fifty-eight percent of voters back the nurses]], [[Q12:according to]] [[S12:a poll for the Aldmere Chronicle published on Sunday]].

"[[C13:I've never missed a shift in 19 years. I will miss two, and I'll sleep fine,]]" [[Q13:said]] [[S13:Cerys Wathen]], a theatre nurse in Lisforth.

"[[C14:My husband's chemotherapy is on the twelfth. Nobody has told us whether it's going ahead,]]" [[Q14:said]] [[S14:Rhona Beckett]] of Skellow Bay. [[S15:Beckett]] [[Q15:said]] [[C15:she did not blame the nurses, "but somebody has to tell us something."]]

[[O3:[[OS3:Reform Party leader Oriel Stanbury]] [[OQ3:voiced support for]] the nurses]] in the Assembly. [[N2:The guild has about 46,000 members.]]
''',
ann='''
N1 | headline reports the vote neutrally | no stance | reports hospitals' pressure neutrally
O1 dateline
C1 indirect | Aldmere Nurses' Guild | f announces strong vote for the action | n leader not named | n no cover claim
C2 indirect | Odette Marrable | f reassures about the action | n speaker is Marrable herself | f key units fully staffed
C3 direct | Odette Marrable | f defends the action as safe | n speaker is Marrable herself | f no patient will go without
C4 direct | Odette Marrable | f rhetorical jab defends striking | n speaker is Marrable herself | f cover better than an ordinary day
C5 mixed | Estelle Vossing | a regrets the vote | n no attack on Marrable | n no cover claim
C6 indirect | Estelle Vossing | a blames the guild over staffing | n guild, not Marrable, named | a no written minimum levels
C7 direct | Estelle Vossing | a dismisses the guild's promise | a mocks Marrable's press-conference promise | a promise is not a rota
C8 mixed | Association of Hospital Medical Directors | n concerns, not opposition to striking | n Marrable not addressed | a stroke and cancer wards at risk
C9 indirect | Association of Hospital Medical Directors | n procedural request | n Marrable not addressed | n asks for plans, no verdict
C10 mixed | Odette Marrable | n accepts a request | n speaker is Marrable herself | n no cover claim
C11 mixed | Odette Marrable | n procedural | n speaker is Marrable herself | f plans were always coming
C12 indirect | Aldmere Chronicle | f majority support for the nurses | n no view of Marrable | n no cover claim
C13 direct | Cerys Wathen | f will strike with a clear conscience | n Marrable not addressed | n no cover claim
C14 direct | Rhona Beckett | a fear for her husband's treatment | n Marrable not addressed | a nobody confirms his care
C15 mixed | Rhona Beckett | n says she does not blame the nurses | n Marrable not addressed | n asks for information, no verdict
O3 speech_no_content | Oriel Stanbury | f supports the nurses | n Marrable not addressed | n no cover claim
N2 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-16", domain="health / vaccine rules",
targets=[("care worker vaccine mandate", ["mandate", "vaccine mandate", "the rule", "rules"]),
         ("Ansgar Pettifer", ["Pettifer", "Ansgar Pettifer", "social care minister"]),
         ("the mandate will drive staff out", ["drive staff out", "push out", "resignations", "quit"])],
text='''
[[N1:Corriva orders flu jabs for care-home staff; union warns of exodus]]

[[O1:By Ivo Brannagh, Aldmere Chronicle]]

[[O2:LISFORTH, Corriva —]] [[N2:Staff in Corriva's 212 care homes will have to show proof of a flu vaccination each winter from next October under rules approved by the provincial government on Monday]].

[[S1:Corriva's social care minister, Ansgar Pettifer,]] [[Q1:said]] [[C1:flu had killed 131 care-home residents in the province last winter, and fewer than half of staff had been vaccinated]].

"[[C2:The people in those homes do not get to choose who walks through the door. We can at least make sure it isn't flu,]]" [[S2:Pettifer]] [[Q2:said]].

[[S3:The Corriva Care Workers' Union]] [[Q3:said]] [[C3:the requirement would push out "hundreds of our best people"]] from a sector already short of 1,800 workers.

"[[C4:I'll be honest, I've had the jab every year. That's not the point,]]" [[Q4:said]] union organiser [[S4:Fenella Grice]]. "[[C5:The point is what happens to the ones who won't, and who is going to wash, feed and turn those residents when they've gone.]]"

[[O3:[[OS3:[[S6:The Corriva Care Providers' Alliance]]]], which represents most home operators, [[OQ3:backed]] the requirement]] but [[Q6:asked]] [[C6:whether the government would pay for cover staff during vaccination clinics]].

[[S7:A review of 40 studies by the Commonwealth Science Council]] [[Q7:found]] [[C7:mandates elsewhere had raised staff vaccination above 90 percent, with resignations of between 1 and 3 percent]]. [[S8:Grice]] [[Q8:said]] [[C8:in a sector this stretched, "3 percent is a closed wing."]]

[[S9:Mireille Cotter, whose father died of flu in a Lisforth home in January,]] [[Q9:said]] [[C9:she was "astonished this was ever optional."]]

[[S10:[[S11:Pettifer]]]] [[Q10:said]] [[C10:workers with medical reasons would be exempt]] and that [[C11:no one would be dismissed before being offered the jab at work, on paid time]].

"[[C12:If they meant that, they'd have put it in writing,]]" [[S12:Grice]] [[Q12:said]].

[[N3:The requirement still needs a second vote in the provincial assembly.]]
''',
ann='''
N1 | headline reports order and warning | no stance | reports the warning as the union's
O1 byline
O2 dateline
N2 | author describes the requirement | no stance | no stance
C1 indirect | Ansgar Pettifer | f deaths and low uptake justify it | n speaker is Pettifer himself | n no staffing claim
C2 direct | Ansgar Pettifer | f residents deserve protection | n speaker is Pettifer himself | n no staffing claim
C3 mixed | Corriva Care Workers' Union | a warns of losing staff | n minister not named | f hundreds pushed out
C4 direct | Fenella Grice | n concession, her own jab | n minister not addressed | n not yet her point
C5 direct | Fenella Grice | a worries who will care for residents | n minister not addressed | f staff will be gone
O3 speech_no_content | Corriva Care Providers' Alliance | f backs the requirement | n minister not judged | n no staffing claim
C6 indirect | Corriva Care Providers' Alliance | n practical question | n question without position | n question without position
C7 indirect | Commonwealth Science Council | f uptake rose sharply | n minister not addressed | a resignations were small
C8 mixed | Fenella Grice | a even small losses close wings | n minister not addressed | f losses would close wings
C9 mixed | Mireille Cotter | f should never have been optional | n minister not addressed | n no staffing claim
C10 indirect | Ansgar Pettifer | f defends its fairness | n speaker is Pettifer himself | n no staffing claim
C11 indirect | Ansgar Pettifer | f softens it with paid jabs | n speaker is Pettifer himself | a no one dismissed without an offer
C12 direct | Fenella Grice | a doubts the safeguards | a doubts the minister's word | n no staffing claim
N3 | procedure | no stance | no stance
''',
))

ARTICLES.append(dict(
id="c4-17", domain="health / drug pricing",
targets=[("memorvant funding refusal", ["refusal", "not fund", "decision", "says no"]),
         ("Commonwealth Medicines Board", ["Medicines Board", "the board"]),
         ("memorvant is worth its price", ["worth", "value"])],
text='''
[[N1:Medicines board says no to 26,000-florin dementia drug]]

[[O1:QUENBY, Aldmere (Tidewater Press Agency) —]] [[S1:The Commonwealth Medicines Board]] [[Q1:said]] on Thursday [[C1:it would not pay for memorvant, a new treatment for early Alzheimer's disease, at its list price of 26,000 florins a patient a year]].

[[S2:The board's chair, Fenna Colquist,]] [[Q2:said]] [[C2:the drug slowed decline by about a third over 18 months, but most patients would need regular brain scans to check for swelling, pushing the true cost well above the list price]].

"[[C3:A third is real. It is also not a cure, and families deserve to hear that plainly,]]" [[S3:Colquist]] [[Q3:said]].

[[S4:The charity Memory Aldmere]] [[Q4:called]] [[C4:the ruling "a door slammed in the face of 9,000 people who may not get another chance."]]

"[[C5:Eighteen months of my mum knowing who I am. Tell me what that's worth,]]" [[Q5:said]] [[S5:Lorna Hebden]], whose mother, 66, was diagnosed last spring.

[[S6:The drug's maker, Halden Biosciences,]] [[Q6:said]] [[C6:it was "disappointed" and open to a confidential discount]].

[[S7:Professor Idris Kenward, a neurologist in Lisforth,]] [[Q7:said]] [[C7:the board had made "a defensible call on the evidence we have."]] [[S8:He]] [[Q8:said]] [[C8:the same money could pay for 400 more memory nurses]].

[[S9:Dr. Shirin Abbass, who ran one of the drug's trial sites,]] [[Q9:said]] [[C9:the board was "comparing a first-generation drug with a cure that doesn't exist."]]

[[O3:[[OS3:Health Minister Estelle Vossing]] [[OQ3:declined to comment]]]].

[[S10:Reform Party health spokesman Dov Renwick]] [[Q10:asked]] [[C10:why ministers could find money for a new ministry headquarters but not "for people losing their memories."]]

[[S11:The board]] [[Q11:said]] [[C11:it would look again if the price fell]]. [[Q12:Asked]] [[C12:whether families could pay for the drug privately]], [[S13:Colquist]] [[Q13:said]] [[C13:it was "a matter for them and their doctors."]]

[[N2:Memorvant is already funded in Brevany, at a price that has not been disclosed.]]
''',
ann='''
N1 | headline reports the ruling neutrally | no stance | no stance
O1 dateline
C1 indirect | Commonwealth Medicines Board | f announces its own refusal | n speaker is the board itself | a not at that price
C2 indirect | Fenna Colquist | f explains why it said no | n speaker's own board | a true cost higher than it looks
C3 direct | Fenna Colquist | f defends telling families plainly | n speaker's own board | a real benefit, but not a cure
C4 mixed | Memory Aldmere | a calls it a slammed door | a attacks the board's ruling | f implies patients deserve it
C5 direct | Lorna Hebden | a rhetorical plea against the ruling | n board not named | f time with her mother is worth it
C6 mixed | Halden Biosciences | a disappointed by the ruling | n board not criticised | n offers discount, no value claim
C7 mixed | Idris Kenward | f calls the ruling defensible | f backs the board's call | a evidence does not justify it
C8 indirect | Idris Kenward | f money better spent elsewhere | n board not named | a nurses would be better value
C9 mixed | Shirin Abbass | a says the comparison is unfair | a accuses the board of a false comparison | f defends the drug's value
O3 declined | Estelle Vossing
C10 mixed | Dov Renwick | a rhetorical question attacks the ruling | n blames ministers, not the board | n no value claim
C11 indirect | Commonwealth Medicines Board | n leaves door open | n speaker is the board itself | a implies the price is too high
C12 indirect | - | n question without position | n question without position | n question without position
C13 mixed | Fenna Colquist | n procedural answer | n speaker's own board | n no value claim
N2 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-18", domain="climate / carbon tax",
targets=[("ending the farm diesel exemption", ["farm diesel exemption", "the exemption", "exemption"]),
         ("Ulvane Farmers’ Union", ["Farmers’ Union", "the union"]),
         ("farmers can afford the change", ["afford", "affordable"])],
text='''
[[N1:Farmers to lose carbon levy exemption on red diesel]]

[[O1:By Corra Beddoes, Aldmere Chronicle]]

[[O2:QUENBY —]] [[N2:Farm vehicles will pay the full carbon levy on diesel from 2027, ending a concession that has been in place since the levy began in 2018]].

[[S1:Energy and Climate Minister Rafe Okonjo-Varne]] [[Q1:said]] [[C1:the concession had cost the treasury 190 million florins a year and “sends exactly the wrong signal to the one sector that most needs to change.”]]

[[S2:He]] [[Q2:said]] [[C2:farmers would have three years to adapt, and grants for electric and biogas tractors would double]].

“[[C3:I grew up on a farm. Nobody has to explain to me what diesel costs,]]” [[S3:Okonjo-Varne]] [[Q3:said]]. “[[C4:But nobody should tell me a farm can’t change when I watched my father change everything twice.]]”

[[S5:[[S6:The Ulvane Farmers’ Union]]]] [[Q5:said]] [[C5:the change would add about 3,100 florins a year to the costs of a typical arable farm]] and [[Q6:accused]] [[C6:the minister of “balancing his books in the farmyard.”]]

“[[C7:Show me the electric combine harvester. I’ll wait,]]” [[Q7:said]] the union’s president, [[S7:Morwenna Pascoe]].

[[C8:Farm incomes in Ulvane rose by 14 percent last year, the highest since 2011]], [[Q8:according to]] [[S8:the Commonwealth Statistics Office]]. [[S9:Pascoe]] [[Q9:called]] [[C9:the figure “one good harvest after four bad ones.”]]

[[S10:Clearsky Aldmere]] [[Q10:said]] [[C10:agriculture produced a fifth of Aldmere’s emissions and the union had “fought every climate measure since the levy began.”]]

[[S11:[[S12:Ewan Trago, who farms 60 hectares of hill land above Kemsley,]]]] [[Q11:said]] [[C11:the big arable farms would cope]] but that [[C12:hill farmers on thin margins “will simply stop.”]]

[[S13:Pascoe]] [[Q13:said]] [[C13:the union would ask its 11,000 members whether to join a tractor protest in Quenby next month]]. [[O3:[[OS3:Reform Party leader Oriel Stanbury]] [[OQ3:condemned]] the plan]].

[[N4:Red diesel is dyed to mark its lower rate, and inspectors check farm tanks at random.]]

[[N3:About 38,000 farm businesses are registered in Aldmere.]]
''',
ann='''
N1 | headline reports the change neutrally | no stance | no stance
O1 byline
O2 dateline
N2 | author describes the change | no stance | no stance
C1 mixed | Rafe Okonjo-Varne | f says the concession sends the wrong signal | n union not addressed | n no affordability claim
C2 indirect | Rafe Okonjo-Varne | f time and grants make it workable | n union not addressed | f grants and time ease the cost
C3 direct | Rafe Okonjo-Varne | n concession about diesel costs | n union not addressed | n acknowledges cost, no verdict
C4 direct | Rafe Okonjo-Varne | f farms can change | n union not addressed | f farms have adapted before
C5 indirect | Ulvane Farmers’ Union | a adds 3,100 florins to costs | n speaker is the union itself | a heavy added cost
C6 mixed | Ulvane Farmers’ Union | a says the minister raids farmers | n speaker is the union itself | n no affordability claim
C7 direct | Morwenna Pascoe | a sarcasm says alternatives don't exist | n speaker's own union | a farms cannot switch
C8 indirect | Commonwealth Statistics Office | n income figure without comment | n no stance | f record income suggests capacity to pay
C9 mixed | Morwenna Pascoe | n disputes the figure, not the policy directly | n speaker's own union | a one good year does not mean they can pay
C10 mixed | Clearsky Aldmere | f farming must cut emissions | a says the union fought every measure | n no affordability claim
C11 indirect | Ewan Trago | n concession, big farms cope | n union not addressed | f big farms can manage
C12 mixed | Ewan Trago | a hill farms will stop | n union not addressed | a thin margins can't absorb it
C13 indirect | Morwenna Pascoe | a plans protest against the change | n speaker's own union | n no affordability claim
O3 speech_no_content | Oriel Stanbury | a condemns the plan | n union not addressed | n no affordability claim
N4 | fact | fact | fact
N3 | fact | fact | fact
''',
))

ARTICLES.append(dict(
id="c4-19", domain="energy / coal mine",
targets=[("Skelder Moor coal mine", ["coal mine", "the mine", "Skelder Moor"]),
         ("Cleaner Hestmoor", ["Cleaner Hestmoor", "campaigners"]),
         ("the mine will create lasting jobs", ["jobs", "lasting jobs"])],
text='''
[[N1:Plan for Aldmere's first new coal mine in 40 years goes to inquiry]]

[[O1:GARROWBY, Hestmoor (Tidewater Press Agency) —]] [[N2:A public inquiry opened on Monday into plans by Dunholm Metals to dig coking coal for steelmaking at Skelder Moor, six kilometres from the Garrowby power station that is due to close in 2027]].

[[S1:Dunholm's counsel, Alasdair Rusk,]] [[Q1:told]] the inquiry [[C1:the pit would employ 520 people for at least 25 years]].

"[[C2:Aldmere will make steel with coking coal for the next two decades whatever this inquiry decides. The only question is whether it is dug here or shipped from the other side of the world,]]" [[S2:Rusk]] [[Q2:said]]. [[S13:He]] [[Q13:accused]] [[C13:opponents of "offering Garrowby a hydrogen furnace that does not yet exist."]]

[[S3:Witnesses for Cleaner Hestmoor]] [[Q3:told]] the inquiry [[C3:the steel industry was already trialling hydrogen furnaces that need no coal at all]]. [[S4:The group's director, Cadoc Rees,]] [[Q4:said]] [[C4:the promised work would "last exactly as long as it takes the steelworks to switch, which is about eight years."]]

"[[C5:My grandfather dug coal, my father dug coal, and I've been driving a delivery van for eleven years. Some people can afford to wait,]]" [[Q5:said]] [[S5:Dylan Carrow]], 34, of Garrowby.

[[O3:[[OS3:[[S6:The Hestmoor Power Workers' Union]]]] [[OQ3:backed]] the scheme]], [[Q6:saying]] [[C6:its members at the power station "need somewhere to go on the Monday after."]]

[[S7:A report commissioned by Hestmoor Provincial Council]] [[Q7:estimated]] [[C7:only about 180 of the posts would go to people already living in the province]]. [[O4:[[OS4:Rusk]] [[OQ4:disputed]] the figure]].

[[S9:Energy and Climate Minister Rafe Okonjo-Varne]] [[Q9:has said]] [[C9:he will not intervene in the inquiry]], but [[S10:he]] [[Q10:told]] the Assembly last month [[C10:a new pit "would be hard to explain to my grandchildren."]]

[[Q11:Asked]] [[C11:whether Dunholm would accept a condition to close the site early if the steelworks switched to hydrogen]], [[S12:Rusk]] [[Q12:said]] [[C12:the company would "look at any condition in good faith."]]

[[N3:The inquiry is expected to last six weeks.]]
''',
ann='''
N1 | headline reports the inquiry neutrally | no stance | no stance
O1 dateline
N2 | author describes the plan | no stance | no stance
C1 indirect | Alasdair Rusk | f promotes the pit's employment | n campaigners not addressed | f 520 people for 25 years
C2 direct | Alasdair Rusk | f coal will be used anyway | n campaigners not named | n no jobs claim
C13 mixed | Alasdair Rusk | f defends the pit against alternatives | a accuses opponents of selling a fantasy | n no jobs claim
C3 indirect | - aff=Cleaner Hestmoor | a hydrogen makes the coal unnecessary | n speaker's own group | a the pit would soon be obsolete
C4 mixed | Cadoc Rees | a jobs would vanish quickly | n speaker's own group | a eight years, not 25
C5 direct | Dylan Carrow | f wants the work | a jabs at those who can afford to wait | n wants work, no claim on duration
O3 speech_no_content | Hestmoor Power Workers' Union | f backs the scheme | n campaigners not addressed | n no jobs claim
C6 mixed | Hestmoor Power Workers' Union | f workers need the pit | n campaigners not addressed | n need for work, not duration
C7 indirect | Hestmoor Provincial Council | a few local posts | n campaigners not addressed | a few jobs would go to locals
O4 speech_no_content | Alasdair Rusk | f defends the scheme's benefits | n campaigners not addressed | f rejects the low local-jobs figure
C9 indirect | Rafe Okonjo-Varne | n procedural neutrality | n no stance | n no stance
C10 mixed | Rafe Okonjo-Varne | a hard to justify a new pit | n campaigners not addressed | n no jobs claim
C11 indirect | - | n question without position | n question without position | n question without position
C12 mixed | Alasdair Rusk | n noncommittal | n no stance | n no stance
N3 | schedule | no stance | no stance
''',
))
