# c2 batch 6
ARTS = []

ARTS.append(dict(
id="c2-30", domain="library / fines",
targets=[("ending library fines", ["fines", "late fines"]),
         ("late fines are needed to get books back", ["return rates", "go missing"]),
         ("Honora Szabelski", ["Szabelski", "director"])],
text="""
[n1:Brennick Bay library drops late fines and forgives $380,000 in old debts]

[by:By Maribel Stroud, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:The Brennick Bay Public Library will stop charging late fines on Jan. 1 and will clear about $380,000 in overdue charges from 21,000 accounts, under a policy its board approved 5-2 on Wednesday.]

Library director [s1:Honora Szabelski] [k1:said] [c1:nearly one in four cardholders in Eastwharf was blocked from borrowing because of unpaid charges, compared with one in 25 in Kittering Heights].

“[c2:We were charging the people with the least money the most. A library shouldn’t work like a payday lender,]” [s2:she] [k2:said].

[k3:According to] [s3:the Brennick Bay Public Library’s own figures], [c3:the charges brought in about $61,000 last year, less than it cost staff to collect them].

Board member [s4:Caspian Trevelyan], one of the two no votes, [k4:said] [c4:the penalties “teach a small lesson about shared property” and more books would go missing without them].

“[c5:If there’s no cost to keeping a book, some people will keep it. That’s not cynicism, it’s arithmetic,]” [s5:Trevelyan] [k5:said].

[s6:Szabelski] [k6:said] [c6:return rates had held steady or risen in Dunraven and Brightling counties after their libraries dropped fines, and the library would still bill for any book kept more than 45 days].

[s7:Bartolo Venning] of the Friends of the Brennick Bay Library [k7:called] [c7:the change “the best thing this board has done in a decade.”]

[s8:Clodagh Brannigan], a mother of four in Galloway Flats, [k8:said] [c8:she stopped bringing her children to the library three years ago after their charges reached $96]. “[c9:I was embarrassed. That’s the whole story,]” [s9:she] [k9:said].

Councilman [s10:Benedikt Arroway] [k10:questioned] [c10:whether the library could afford to give up the money a year after the city nearly closed three branches].

[s11:Szabelski] [k11:said] [c11:$61,000 was “a rounding error in a $24 million budget.”]

[s12:Trevelyan] [k12:said] [c12:he respected Szabelski “enormously”] but [k13:said] [c13:the board had moved too fast].
""",
at={
 "n1": "headline reports the change", "n2": "describes the policy",
 1: ("i", "Honora Szabelski", "f charges locked out poorer borrowers | n | n"),
 2: ("d", "Honora Szabelski", "f compares fines to payday lending | n | n"),
 3: ("i", "Brennick Bay Public Library", "f fines cost more than they raised | n | n"),
 4: ("m", "Caspian Trevelyan", "a defends penalties | f says books will go missing | n"),
 5: ("d", "Caspian Trevelyan", "a says people will keep books | f says cost deters keeping books | n"),
 6: ("i", "Honora Szabelski", "f cites steady returns elsewhere | a returns held without fines | n"),
 7: ("m", "Bartolo Venning", "f calls it the board's best move | n | n"),
 8: ("i", "Clodagh Brannigan", "f charges drove her family away | n | n"),
 9: ("d", "Clodagh Brannigan", "f shame kept her away | n | n"),
 10: ("i", "Benedikt Arroway", "a doubts the library can afford it | n | n"),
 11: ("m", "Honora Szabelski", "f says the lost revenue is trivial | n | n"),
 12: ("m", "Caspian Trevelyan", "n | n | f respects her enormously"),
 13: ("i", "Caspian Trevelyan", "a says it was rushed | n | n"),
}))

ARTS.append(dict(
id="c2-31", domain="property tax / seniors",
targets=[("senior property tax freeze", ["frozen", "freezing"]),
         ("the freeze will shift the burden to younger families", ["younger families"]),
         ("Gretchen Varnham", ["Varnham"])],
text="""
[n1:County freezes property taxes for lower-income homeowners over 65]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:QUILLON COUNTY —] [n2:Quillon County homeowners over 65 with household incomes under $70,000 will have their property tax bills frozen at this year’s level under a measure commissioners approved 4-1 Tuesday. About 11,000 households are expected to qualify.]

Commissioner [s1:Gretchen Varnham], who proposed the measure months after voting for this year’s rate increase, [k1:said] [c1:she had promised seniors she would not let that increase “tax them out of the houses they paid off.”]

“[c2:A 78-year-old on a pension doesn’t get a raise when her assessment does,]” [s2:Varnham] [k2:said].

Commissioner [s3:Araminta Vosk], the lone no vote, [k3:said] [c3:the cost would “land squarely on younger families who are already stretched thinner than the people being protected.”] “[c4:We are freezing the taxes of people who own their homes outright and raising them on people with a mortgage and a day care bill,]” [s4:she] [k4:said].

[s5:Osgood Sarrazine] of the Taxpayers League [k5:called] [c5:the measure “a start”] but [k6:argued] [c6:every homeowner deserved the same relief].

Eastwharf retiree [s7:Renfrew Maddox] [k7:said] [c7:it would save him about $500 next year]. “[c8:That’s my heating oil. I’m not apologizing for it,]” [s8:he] [k8:said].

[s9:Leocadia Brunswick], a nurse with two children and a mortgage in Copperline, [k9:said] [c9:she did not begrudge her older neighbors the break] but [k10:asked] [c10:why “nobody ever proposes freezing anything for us.”]

[s11:Varnham] [k11:said] [c11:younger families would pay about $9 more a year because of the measure, “less than a large pizza.”]

[s12:Vosk] [k12:said] [c12:Varnham was “a good commissioner doing a popular thing, which isn’t always the same as the right thing.”]

[k13:According to] [s13:the county budget office], [c13:the measure would cost about $4.1 million in lost revenue next year, rising as home values climb].
""",
at={
 "n1": "headline reports the measure", "n2": "describes eligibility",
 1: ("m", "Gretchen Varnham", "f keeps seniors in paid-off homes | n | n"),
 2: ("d", "Gretchen Varnham", "f pensioners can't absorb rising bills | n | n"),
 3: ("m", "Araminta Vosk", "a says the cost falls on struggling families | f burden lands on younger families | n"),
 4: ("d", "Araminta Vosk", "a contrasts owners outright with mortgage holders | f taxes rise on parents with mortgages | n"),
 5: ("m", "Osgood Sarrazine", "f calls it a start | n | n"),
 6: ("i", "Osgood Sarrazine", "f wants it for everyone | n | n"),
 7: ("i", "Renfrew Maddox", "f it saves him money | n | n"),
 8: ("d", "Renfrew Maddox", "f needs the money for heat | a refuses to apologize for the relief | n"),
 9: ("i", "Leocadia Brunswick", "n does not object to the break | n | n"),
 10: ("m", "Leocadia Brunswick", "n | f says families like hers get nothing | n"),
 11: ("m", "Gretchen Varnham", "f says the cost to others is tiny | a says families pay only $9 more | n"),
 12: ("m", "Araminta Vosk", "a popular but not right | n | n praises her but faults the policy"),
 13: ("i", None, "n cost estimate, no side | n | n"),
}))

ARTS.append(dict(
id="c2-32", domain="bike share",
targets=[("e-bike share contract", ["e-bikes", "contract"]),
         ("Tidecycle", ["Tidecycle"]),
         ("the e-bikes will clutter sidewalks", ["sidewalk", "curb cut"])],
text="""
[n1:City signs five-year deal for 800 shared e-bikes]

[by:By Fitzroy Vreeland, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:Brennick Bay will get 800 shared electric bikes by June under a five-year contract with the operator Tidecycle that the City Council approved 7-2 on Monday. Riders will pay $1 to unlock a bike and 25 cents a minute.]

Councilmember [s1:Ottavia Aukett] [k1:said] [c1:half of all car trips in the city are shorter than three miles, “which is a 12-minute ride on one of these.”]

The company’s regional manager, [s2:Jovita Armisen], [k2:said] [c2:bikes would have to be parked in 140 painted docking zones, and riders who left them elsewhere would keep being charged].

Disability advocate [s3:Rainier Oxborough], who uses a wheelchair, [k3:said] [c3:he had seen what happened in Dunlow County, where rental scooters “turned every curb cut into an obstacle course.”] “[c4:Painted zones are a suggestion. My wheels need a guarantee,]” [s4:he] [k4:said].

[k5:According to] [s5:a report by Dunlow County’s public works department], [c5:sidewalk complaints there fell 70 percent after the county required docking zones in 2023].

Councilman [s6:Benedikt Arroway] [k6:noted] [c6:Tidecycle had pulled out of two cities in the past three years with less than a month’s notice]. [s7:Armisen] [k7:said] [c7:both cities had capped fleets at sizes “nobody could run at a profit.”]

[s8:The Bay Cyclists Alliance] [k8:said in a statement] [c8:it welcomed the bikes but would “watch Tidecycle closely” on prices].

[s9:Arroway] [k9:asked] [c9:what would happen to the city’s $400,000 in docking-zone paint if the company left]. [s10:Aukett] [k10:said] [c10:the contract required Tidecycle to repay the city’s costs if it left early].

[s11:Philomena Nettlefold], who testified against the Route 9 cut, [k11:said] [c11:she would “rather have my bus back than a bicycle I can’t ride up Kestrel Hill.”] [s12:Armisen] [k12:said] [c12:every one of the bikes has a motor “built for hills exactly like that one.”]
""",
at={
 "n1": "headline reports the deal", "n2": "describes the contract and prices",
 1: ("m", "Ottavia Aukett", "f short trips suit e-bikes | n | n"),
 2: ("i", "Jovita Armisen", "f describes parking rules | n | a says riders must park in zones"),
 3: ("m", "Rainier Oxborough", "a cites scooter chaos elsewhere | n | f says curb cuts were blocked"),
 4: ("d", "Rainier Oxborough", "a distrusts the parking rules | n | f zones won't keep paths clear"),
 5: ("i", "Dunlow County", "f docking zones worked elsewhere | n | a complaints fell 70 percent"),
 6: ("i", "Benedikt Arroway", "a operator may leave suddenly | a cites the firm's abrupt exits | n"),
 7: ("m", "Jovita Armisen", "n | f defends the firm's exits | n"),
 8: ("m", "Bay Cyclists Alliance", "f welcomes the bikes | n wary on prices, no clear side | n"),
 9: ("i", "Benedikt Arroway", "n question about costs | n | n"),
 10: ("i", "Ottavia Aukett", "f says the city is protected | n | n"),
 11: ("m", "Philomena Nettlefold", "a prefers her bus back | n | n"),
 12: ("m", "Jovita Armisen", "f says the bikes handle hills | f touts the firm's bikes | n"),
}))

ARTS.append(dict(
id="c2-33", domain="homeless shelter / closure",
targets=[("closing the Dock Street shelter", ["Dock Street", "close"]),
         ("Quillon County", ["county"]),
         ("the closure will leave people sleeping outside", ["nowhere", "roof"])],
text="""
[n1:Dock Street shelter to close Jan. 31 as county money runs out]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:BRENNICK BAY —] [c1:The 90-bed Dock Street shelter, the city’s largest for single adults, will close at the end of January after Quillon County declined to renew a $1.8 million grant], its operator, [s1:Open Door Quillon], [k1:said] Monday. [n2:The shelter opened in 2017 in a former ship chandlery and has been full on most nights since October.]

Executive director [s2:Evariste Aranda-Finch] [k2:said] [c2:about 70 people slept there on a typical night in December and most would have “nowhere else with a roof.”] “[c3:It’s January. Where would you like them to go?]” [s3:he] [k3:asked].

County Executive [s4:Rosamund Thackery] [k4:said] [c4:the grant had always been meant as a three-year bridge and the county had told Open Door so “in writing, more than once.”]

[s5:Thackery] [k5:said] [c5:the county would instead put the money into rental vouchers that “move people out of shelters, not into them.”]

Councilmember [s6:Ravenna Okonjo] [k6:called] [c6:the timing “cruel”] and [k7:said] [c7:the city would try to cover two months of costs from its emergency reserve].

[k8:According to] [s8:the county’s own housing report], [c8:vouchers issued last year took an average of seven months to turn into a signed lease].

[s9:Marek Tolhurst], 58, who has stayed at Dock Street since October, [k9:said] [c9:he had been on a voucher waiting list since the summer]. “[c10:A voucher is a piece of paper. You can’t sleep under it,]” [s10:he] [k10:said].

[s11:Osgood Sarrazine] of the Taxpayers League [k11:said] [c11:the county was “right to stop writing checks to a group that can’t keep to a budget.”]

[s12:Thackery] [k12:conceded] [c12:the vouchers would not be ready for everyone by February]. [s13:Aranda-Finch] [k13:said] [c13:Open Door would show its books to “anyone who asks, including Mr. Sarrazine.”]
""",
at={
 "n1": "headline reports the closure", "n2": "background fact",
 1: ("i", "Open Door Quillon", "n reports the closure | a implies the county caused it | n"),
 2: ("m", "Evariste Aranda-Finch", "a residents have nowhere else | n | f most would have no roof"),
 3: ("d", "Evariste Aranda-Finch", "a rhetorical question against closing in winter | a challenges the county's timing | f implies they will be outside"),
 4: ("m", "Rosamund Thackery", "f the money was always temporary | f defends the county's notice | n"),
 5: ("m", "Rosamund Thackery", "f favors vouchers over the shelter | f defends the county's plan | a says vouchers move people into homes"),
 6: ("m", "Ravenna Okonjo", "a calls the timing cruel | a blames the county's timing | n"),
 7: ("i", "Ravenna Okonjo", "a seeks money to keep it open | n | n"),
 8: ("i", "Quillon County", "a vouchers are slow | n | f months without housing"),
 9: ("i", "Marek Tolhurst", "n | n | f he is still waiting for housing"),
 10: ("d", "Marek Tolhurst", "a vouchers don't shelter anyone | a dismisses the county's remedy | f he will have no place to sleep"),
 11: ("m", "Osgood Sarrazine", "f backs ending the money | f says the county was right | n"),
 13: ("m", "Evariste Aranda-Finch", "n | n | n"),
 12: ("i", "Rosamund Thackery", "n | a concedes the county plan falls short | f concedes a gap before vouchers"),
}))

ARTS.append(dict(
id="c2-34", domain="water supply / desalination",
targets=[("Sorrel Point desalination plant", ["desalination", "plant"]),
         ("Quillon Water Authority", ["water authority", "the authority"]),
         ("the plant will harm the bay's fisheries", ["larvae", "dead zone"])],
text="""
[n1:Water authority floats $640 million desalination plant at Sorrel Point]

[by:By Odell Finchley, Herald-Courier Staff]

[dl:QUILLON COUNTY —] [n2:The Quillon Water Authority on Wednesday unveiled plans for a $640 million desalination plant at Sorrel Point that could supply a third of the county’s drinking water by 2032.]

Director [s1:Barnaby Krieger-Oyen] [k1:said] [c1:the Tansy River, which supplies 80 percent of the county’s water, had run below its minimum flow in four of the last six summers]. “[c2:We can argue about the cost of building it, or we can explain to people in August why the tap is dry,]” [s2:he] [k2:said].

Bay fishermen’s association president [s3:Cormac Threadgill] [k3:said] [c3:the intake pipes would “suck in every crab larva and herring egg in the north bay.”]

[k4:According to] [s4:the authority’s draft environmental study], [c4:the intake would use fine screens and draw water slowly enough to let most larvae escape].

“[c5:Let most of them escape. Lovely. And the rest?]” [s5:Threadgill] [k5:said].

[s6:Osgood Sarrazine] [k6:said] [c6:the authority “can’t fix a 90-year-old pipe on Quarrington Street and now wants to build a space station on the beach.”]

Commissioner [s7:Lysander Barrowmere] [k7:said] [c7:he was “open but unconvinced”] and [k8:asked] [c8:why conservation and leak repair had not been tried first].

[s9:Krieger-Oyen] [k9:said] [c9:the authority loses about 14 percent of its water to leaks and would cut that in half by 2030, “but half of 14 percent doesn’t fill a river.”]

Marine biologist [s10:Ysabel Corrado] of Quillon State College [k10:said] [c10:the bigger risk was the salty brine the plant would pump back into the bay, which “could create a dead zone” off Sorrel Point if it is not diluted properly].

[x1:[xs1:Mayor Clementine Halvane] [xk1:praised] the authority’s long-range planning]. [s11:Barrowmere] [k11:said] [c11:the commission would hold three public hearings before any vote].
""",
at={
 "n1": "headline reports the proposal", "n2": "describes the plan",
 1: ("i", "Barnaby Krieger-Oyen", "f the river is running low | n | n"),
 2: ("d", "Barnaby Krieger-Oyen", "f warns of dry taps | n | n"),
 3: ("m", "Cormac Threadgill", "a intake would kill the bay's young | n | f says it will suck in eggs and larvae"),
 4: ("i", "Quillon Water Authority", "f says the intake protects larvae | n | a most larvae escape"),
 5: ("d", "Cormac Threadgill", "a mocks the reassurance | a mocks the agency's study | f asks about the larvae that die"),
 6: ("m", "Osgood Sarrazine", "a mocks the plan as a fantasy | a says the agency can't fix pipes | n"),
 7: ("m", "Lysander Barrowmere", "n open but unconvinced | n | n"),
 8: ("i", "Lysander Barrowmere", "a suggests cheaper steps first | n | n"),
 9: ("m", "Barnaby Krieger-Oyen", "f says fixing leaks is not enough | n | n"),
 10: ("m", "Ysabel Corrado", "a warns of a dead zone | n | f brine could kill marine life"),
 "x1": ("Clementine Halvane", "f praises the planning behind it | f praised the agency | n"),
 11: ("i", "Lysander Barrowmere", "n procedure | n | n"),
}))

ARTS.append(dict(
id="c2-35", domain="zoning / backyard cottages",
targets=[("backyard cottage ordinance", ["backyard cottages", "cottage", "cottages"]),
         ("the cottages will ease the housing shortage", ["housing shortage"]),
         ("Kittering Heights Neighborhood Council", ["neighborhood council"])],
text="""
[n1:Council legalizes backyard cottages citywide]

[by:By Maribel Stroud, Herald-Courier Housing Reporter]

[dl:BRENNICK BAY —] [n2:Homeowners anywhere in Brennick Bay will be allowed to build a second small house of up to 800 square feet in their backyard under an ordinance the City Council passed 8-1 on Tuesday, the latest in a string of measures aimed at the city’s housing shortage.]

Councilmember [s1:Ravenna Okonjo], the sponsor, [k1:said] [c1:the city had roughly 21,000 single-family lots large enough for one]. “[c2:If one in twenty builds, that’s a thousand new places to live without a single new road,]” [s2:she] [k2:said].

[s3:Lowell Threlfall], chair of the Kittering Heights Neighborhood Council, [k3:said] [c3:his group did not oppose the idea “in principle”] but [k4:warned] [c4:investors would buy up houses to rent out both units].

[k5:According to] [s5:a study by Quillon State College], [c5:cities that allowed backyard cottages saw 2 to 4 percent of eligible lots add one within five years].

“[c6:So, 400 to 800. In a city short 9,000. It’s a drop,]” [k6:said] Councilman [s6:Benedikt Arroway], the lone no vote. “[c7:A drop is more than we’ve got now,]” [s7:Okonjo] [k7:replied].

[s8:Winnie Oosterhuis], 67, of Galloway Flats, [k8:said] [c8:she hoped to build a cottage for herself and give the main house to her daughter’s family].

[s9:Threlfall] [k9:said] [c9:his neighbors were worried about parking, “which is not a small thing when the street is already full at six o’clock.”]

Tenant organizer [s10:Dasha Mirkovic] [k10:called] [c10:the neighborhood council’s parking worry “the same objection they raise to everything, including a bus stop.”] [s11:Threlfall] [k11:said] [c11:the group had asked only that the stop be moved 50 yards].

Builder [s13:Fintan Kilbride] [k13:said] [c13:his firm had already fielded 30 calls from homeowners, “most of them grandparents who want to live near the grandkids.”]

Planning director [s12:Geraint Mowbray] [k12:said] [c12:the city would offer six pre-approved designs to cut permit times to about three weeks].
""",
at={
 "n1": "headline reports the ordinance", "n2": "describes what it allows",
 1: ("i", "Ravenna Okonjo", "f many lots qualify | f large potential supply | n"),
 2: ("d", "Ravenna Okonjo", "f a thousand new places to live | f projects a thousand homes | n"),
 3: ("m", "Lowell Threlfall", "n no opposition in principle | n | n"),
 4: ("i", "Lowell Threlfall", "a warns of investor buyouts | n | n"),
 5: ("i", "Quillon State College", "n modest uptake figure | a uptake is only 2 to 4 percent | n"),
 6: ("d", "Benedikt Arroway", "a dismisses the effect | a calls it a drop | n"),
 7: ("d", "Ravenna Okonjo", "f something beats nothing | f says any gain helps | n"),
 8: ("i", "Winnie Oosterhuis", "f plans to build one | f adds a home for her family | n"),
 9: ("m", "Lowell Threlfall", "a raises parking worries | n | n"),
 10: ("m", "Dasha Mirkovic", "f dismisses the parking objection | n | a says the group opposes everything"),
 11: ("i", "Lowell Threlfall", "n | n | f defends his group's record"),
 13: ("m", "Fintan Kilbride", "f reports strong interest | f homeowners are lining up to build | n"),
 12: ("i", "Geraint Mowbray", "f designs speed up permits | n | n"),
}))
