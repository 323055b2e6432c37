# c2 batch 8
ARTS = []

ARTS.append(dict(
id="c2-42", domain="property tax / business abatement",
targets=[("Halyard tax abatement", ["abatement", "tax break", "the break"]),
         ("Halyard Freight", ["Halyard", "trucking company"]),
         ("the abatement is a giveaway", ["giveaway"])],
text="""
[n1:Commissioners approve 10-year tax break for Halyard warehouse]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:QUILLON COUNTY —] [n2:Quillon County commissioners voted 3-2 on Tuesday to waive 75 percent of property taxes on Halyard Freight’s Copperline warehouse for 10 years, a tax abatement worth an estimated $31 million.]

Commissioner [s1:Lysander Barrowmere] [k1:said] [c1:the company had been weighing a site in Dunlow County that offered “the same deal, with a bow on it.”] “[c2:We can have 75 percent of something or 100 percent of a cornfield,]” [s2:he] [k2:said].

Commissioner [s3:Araminta Vosk] [k3:called] [c3:the deal “the biggest giveaway in the county’s history”] and [k4:said] [c4:the schools would lose about $18 million of the $31 million].

The company’s regional vice president, [s5:Perrin Galbraith], [k5:said] [c5:Halyard would still pay about $1.1 million a year in taxes, “which is $1.1 million more than that field pays today.”]

[k6:According to] [s6:the county’s economic development office], [c6:the agreement requires the company to keep at least 900 jobs on site or repay the waived taxes].

[s7:Itziar Etxeberria] of the Quillon Clean Air Coalition [k7:said] [c7:the county was “paying a company to put 2,300 trucks a day past our schools.”]

[s8:Osgood Sarrazine], who rarely sides with environmental groups, [k8:said] [c8:homeowners handed a 6.5 percent rate increase this year “are now subsidizing a trucking company.”]

[s13:Ezekiel Vandermolen], whose family farms next to the site, [k13:said] [c13:the county had “given away the farm, and then given the farm a tax break.”]

School board President [s9:Imelda Ruskin-Obi] [k9:said] [c9:the board had not been consulted] and [k10:asked] [c10:whether the county would make up the schools’ lost revenue].

[s11:Galbraith] [k11:said] [c11:Halyard would donate $250,000 a year to Copperline schools for as long as the break lasts]. “[c12:A quarter of a million against $18 million. How generous,]” [s12:Vosk] [k12:said].
""",
at={
 "n1": "headline reports the vote", "n2": "describes the break",
 1: ("m", "Lysander Barrowmere", "f says a rival county was competing | n | a says the break was needed to compete"),
 2: ("d", "Lysander Barrowmere", "f partial taxes beat none | n | a frames it as a good trade"),
 3: ("m", "Araminta Vosk", "a calls it the biggest giveaway | n | f calls it a giveaway"),
 4: ("i", "Araminta Vosk", "a schools lose $18 million | n | f the schools pay for it"),
 5: ("m", "Perrin Galbraith", "f the county still gains taxes | n | a says the county still collects"),
 6: ("i", None, "f jobs requirement protects the county | n | a the company must deliver jobs"),
 7: ("m", "Itziar Etxeberria", "a paying for pollution | a blames the company's trucks | f says the county pays the company"),
 8: ("m", "Osgood Sarrazine", "a homeowners subsidize the company | n | f calls it a subsidy"),
 9: ("i", "Imelda Ruskin-Obi", "a schools were not consulted | n | n"),
 13: ("m", "Ezekiel Vandermolen", "a mocks the deal | n | f says the county gave it away"),
 10: ("i", "Imelda Ruskin-Obi", "n question about lost revenue | n | n"),
 11: ("i", "Perrin Galbraith", "f offers a donation | n | a offers something back"),
 12: ("d", "Araminta Vosk", "a sarcastic about the offer | a mocks the company's donation | f implies the deal is lopsided"),
}))

ARTS.append(dict(
id="c2-43", domain="traffic safety / speed cameras",
targets=[("school-zone speed cameras", ["speed cameras", "cameras", "camera"]),
         ("the cameras are a money grab", ["money grab", "tax"]),
         ("Ottavia Aukett", ["Aukett"])],
text="""
[n1:Speed cameras coming to 20 school zones]

[by:By Fitzroy Vreeland, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:Drivers caught going more than 10 mph over the limit in 20 Brennick Bay school zones will receive $75 tickets by mail starting in February, under an ordinance the City Council approved 6-3 on Monday.]

Councilmember [s1:Ottavia Aukett], the sponsor, [k1:said] [c1:a city study had clocked 41 percent of drivers speeding past Ossory Road Elementary during morning drop-off]. "[c2:Police can't stand at 20 schools every morning. A camera can,]" [s2:she] [k2:said].

Councilman [s3:Benedikt Arroway] [k3:called] [c3:the program "a tax with a flash bulb"] and [k4:noted] [c4:the city's budget already counted on $1.9 million in ticket money next year].

[s5:Aukett] [k5:said] [c5:every dollar above the program's costs would go by law to sidewalks and crosswalks near schools]. "[c6:If it's a money grab, it's the only one in history designed to go broke. If people slow down, we collect nothing,]" [s6:she] [k6:said]. [x1:[xs1:Arroway] [xk1:mocked] that argument].

[s7:Stellan Valcourt], whose children attend Ossory Road Elementary, [k7:said] [c7:he had watched a driver clip a crossing guard's sign in October]. "[c8:I'll take the ticket if I'm speeding. I'd rather pay $75 than go to a funeral,]" [s8:he] [k8:said].

[k9:According to] [s9:a state transportation report], [c9:speeding in school zones fell 60 percent within a year in cities that installed similar systems].

[s10:Ottoline Barassi], the shoe repair owner who fought the Corbett Avenue bike lanes, [k10:said] [c10:the council "finds a new way to charge people every month."]

[s11:Open Records Quillon] [k11:asked] [c11:whether photos from the program could be used for anything besides speeding tickets]. [s12:Aukett] [k12:said] [c12:they could not], [k13:adding] [c13:the ordinance requires images to be deleted within 60 days unless a ticket is contested].
""",
at={
 "n1": "headline reports the plan", "n2": "describes the ordinance",
 1: ("i", "Ottavia Aukett", "f many drivers speed near schools | n | n"),
 2: ("d", "Ottavia Aukett", "f cameras cover what police cannot | n | n"),
 3: ("m", "Benedikt Arroway", "a calls it a tax | f calls it a tax | n"),
 4: ("i", "Benedikt Arroway", "a budget counts on ticket money | f says the city is banking on fines | n"),
 5: ("i", "Ottavia Aukett", "f extra money goes to school safety | a money is spent on safety | n"),
 6: ("d", "Ottavia Aukett", "f success means no fines | a says it is designed to collect nothing | n"),
 "x1": ("Benedikt Arroway", "a mocked her defense | f mocked her rebuttal | a mocked her argument"),
 7: ("i", "Stellan Valcourt", "f describes danger at his kids' school | n | n"),
 8: ("d", "Stellan Valcourt", "f would rather pay than risk a death | n | n"),
 9: ("i", None, "f speeding fell elsewhere | n | n"),
 10: ("m", "Ottoline Barassi", "a another charge on residents | f sees it as another charge | n"),
 11: ("i", "Open Records Quillon", "n question without a position | n | n"),
 12: ("i", "Ottavia Aukett", "f reassures about photo use | n | n"),
 13: ("i", "Ottavia Aukett", "f describes privacy limits | n | n"),
}))

ARTS.append(dict(
id="c2-44", domain="homeless shelter / audit",
targets=[("Open Door Quillon", ["Open Door"]),
         ("Evariste Aranda-Finch should step down", ["step down", "gone"]),
         ("the city audit", ["audit"])],
text="""
‘[c1:We owe the city better]’: audit faults shelter operator’s books

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:BRENNICK BAY —] [c2:Open Door Quillon, the nonprofit that runs two of Brennick Bay’s largest shelters, could not document how it spent $1.3 million in city money between 2021 and 2023], [s2:an audit by City Auditor Solveig Kjelstrup] [k2:found]. [n2:The group also runs the Gantry Street tiny-home village, which opened in October, and receives about $4 million a year from the city.]

[s3:The audit] [k3:also found] [c3:the Dock Street shelter had run $900,000 over budget, and two contracts worth $210,000 went to a company owned by a board member’s brother].

Executive director [s4:Evariste Aranda-Finch] [k4:said] [c4:most of the missing records were receipts lost when the group’s old office flooded in 2022].

“[c5:We owe the city better, and we are going to do better. But nobody took a dollar home,]” [s5:he] [k5:said].

[s6:Kjelstrup] [k6:said] [c6:her office had found “no evidence of theft, and no evidence against it either, which is the problem.”]

[s7:Osgood Sarrazine] [k7:said] [c7:Aranda-Finch should step down “today, not after the next audit.”]

Councilmember [s8:Ravenna Okonjo], a longtime ally of the group, [k8:called] [c8:the findings “serious and embarrassing”] but [k9:argued] [c9:Open Door had kept 200 people a night off the street “while everyone else in this building argued about it.”]

The group’s board chair, [s10:Leontyne Parfitt], [k10:said] [c10:the board member whose brother received the contracts had left the board in November].

Mayor [s11:Clementine Halvane] [k11:said] [c11:the city would require monthly financial reports but would not cancel its contracts “in the middle of winter.”]

[s12:Aranda-Finch] [k12:said] [c12:he had “no plans to go anywhere.”] “[c13:If the board wants me gone, the board can tell me. Mr. Sarrazine is not on my board,]” [s13:he] [k13:said].
""",
at={
 "n2": "background fact",
 1: ("d", "Evariste Aranda-Finch", "a concedes the group fell short | n | f accepts the audit's criticism"),
 2: ("i", "Solveig Kjelstrup", "a the group could not account for money | n | n"),
 3: ("i", "Solveig Kjelstrup", "a overruns and insider contracts | n | n"),
 4: ("i", "Evariste Aranda-Finch", "f explains the gaps as flood losses | a offers an innocent explanation | n"),
 5: ("d", "Evariste Aranda-Finch", "f insists nobody stole | a pledges to do better, not leave | n"),
 6: ("m", "Solveig Kjelstrup", "a the records can't rule out theft | n | n"),
 7: ("m", "Osgood Sarrazine", "a calls for its director's exit | f demands he step down now | n"),
 8: ("m", "Ravenna Okonjo", "a concedes the findings are embarrassing | n | f treats the findings as serious"),
 9: ("m", "Ravenna Okonjo", "f credits the group's work | a implies he should stay | n"),
 10: ("i", "Leontyne Parfitt", "f says the conflict was removed | n | n"),
 11: ("m", "Clementine Halvane", "n tighter oversight but keeps contracts | n | f acts on the findings"),
 12: ("m", "Evariste Aranda-Finch", "n | a says he is staying | n"),
 13: ("d", "Evariste Aranda-Finch", "n | a rejects the demand to leave | n"),
}))

ARTS.append(dict(
id="c2-45", domain="water / shutoffs",
targets=[("water shutoff moratorium", ["shutoffs", "pause"]),
         ("Quillon Water Authority", ["water authority", "the authority"]),
         ("shutoffs are necessary to collect unpaid bills", ["unpaid bills", "overdue bills"])],
text="""
[n1:Water authority halts shutoffs for unpaid bills through March]

[by:By Odell Finchley, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:The Quillon Water Authority board voted 4-3 Wednesday to stop disconnecting households for unpaid bills until April 1. The authority shut off water to 1,140 homes in the past year, more than a third of them in Eastwharf.]

Board member [s1:Perdita Okonedo] [k1:said] [c1:nobody should lose running water “because of a $200 bill in the coldest months of the year.”]

Director [s2:Barnaby Krieger-Oyen] [k2:said] [c2:the authority was owed about $6.8 million in overdue bills and disconnection was “the only tool that reliably gets people to call us.”] “[c3:Nobody enjoys it. But every bill that goes unpaid lands on the neighbors who pay theirs,]” [s3:he] [k3:said].

Eastwharf resident [s4:Benedetta Sowerby], a home health aide, [k4:said] [c4:her water was cut off for nine days in August while she was caring for her mother]. “[c5:I owed $163. They spent more than that sending the truck,]” [s5:she] [k5:said].

[k6:According to] [s6:the authority’s own records], [c6:about 80 percent of disconnected households paid in full within two weeks].

[s7:Dasha Mirkovic] of the Quillon Tenants Union [k7:said] [c7:the 80 percent figure “proves people pay when you threaten their children’s bath water, not that the threat is acceptable.”]

Board member [s8:Torquil Treloar] [k8:said] [c8:he voted no because a pause “without a payment plan just turns a $200 debt into a $700 one by spring.”]

[s9:The authority] [k9:said] [c9:it would offer payment plans of up to 12 months and waive late fees for households in the county’s Q-Pass low-income program].

[x1:[xs1:Commissioner Gretchen Varnham] [xk1:praised] the vote] and [k10:said] [c10:the pause should be made permanent for households with children].

[s11:Krieger-Oyen] [k11:said] [c11:he would “follow the board’s decision to the letter”] but [k12:warned] [c12:rates would have to rise if collections fell].
""",
at={
 "n1": "headline reports the halt", "n2": "describes the vote and shutoffs",
 1: ("m", "Perdita Okonedo", "f no one should lose water in winter | n | a a small debt doesn't justify it"),
 2: ("m", "Barnaby Krieger-Oyen", "a disconnection is the tool that works | n | f calls it the only reliable tool"),
 3: ("d", "Barnaby Krieger-Oyen", "a unpaid bills burden neighbors | n | f says debts must be collected"),
 4: ("i", "Benedetta Sowerby", "f describes the harm of a cutoff | a describes the agency cutting her water | n"),
 5: ("d", "Benedetta Sowerby", "f the cutoff was not worth it | a mocks the agency's costs | a says the truck cost more than the debt"),
 6: ("i", "Quillon Water Authority", "a shutoffs get bills paid | n | f most paid within two weeks"),
 7: ("m", "Dasha Mirkovic", "f says the threat is unacceptable | a accuses the agency of threats | a rejects the practice despite results"),
 8: ("m", "Torquil Treloar", "a warns debts will balloon | n | n"),
 9: ("i", "Quillon Water Authority", "n relief details | n | n"),
 "x1": ("Gretchen Varnham", "f praised the vote | n | n"),
 10: ("i", "Gretchen Varnham", "f wants it permanent for families | n | a implies shutoffs are not needed"),
 11: ("m", "Barnaby Krieger-Oyen", "n will follow it | n | n"),
 12: ("i", "Barnaby Krieger-Oyen", "a warns of rate increases | n | f collections matter"),
}))

ARTS.append(dict(
id="c2-46", domain="rent and housing / short-term rentals",
targets=[("short-term rental limits", ["short-term rental", "short-term rentals", "ordinance"]),
         ("Brennick Bay Hosts Association", ["Hosts Association", "hosts association"]),
         ("short-term rentals are driving up rents", ["rents"])],
text="""
[n1:Council limits short-term rentals to owners' primary homes]

[by:By Maribel Stroud, Herald-Courier Housing Reporter]

[dl:BRENNICK BAY —] [n2:Only people renting out rooms or units in the home where they live will be allowed to list them on short-term rental sites under an ordinance the City Council approved 5-4 on Tuesday. The rule takes effect in July.]

Councilmember [s1:Ilario Brancombe], the sponsor, [k1:said] [c1:about 1,400 whole apartments and houses in the city were listed as full-time vacation rentals, "which is 1,400 homes nobody can live in."]

[k2:According to] [s2:a city-commissioned study], [c2:rents in the Lantern District, where listings are most concentrated, rose 9 percent faster than the citywide average from 2019 to 2024].

[s3:The Brennick Bay Hosts Association], which represents about 300 hosts, [k3:said] [c3:the study confused correlation with cause] and [k4:argued] [c4:the neighborhood had grown pricier because of new restaurants and the waterfront park].

Association president [s5:Auden Blackthorne] [k5:said] [c5:many of its members are retirees who rent out a second home to cover their property taxes].

"[c6:You're taking my pension and calling it housing policy,]" [k6:said] [s6:Anneliese Brock], 69, who rents out a cottage in the Lantern District.

Tenant organizer [s7:Dasha Mirkovic] [k7:said] [c7:the hosts association "speaks for retirees in public and for investment companies in private,"] [k8:noting] [c8:four companies control a third of the city's listings]. [s9:Blackthorne] [k9:said] [c9:the association's board included no company representatives].

Renter [s13:Thibault Cresswell], who was priced out of a Lantern District apartment in 2023, [k13:said] [c13:three of the five units in his old building now rent by the night].

Councilman [s10:Benedikt Arroway] [k10:said] [c10:the city would lose about $2.2 million a year in hotel taxes from the listings]. "[c11:We're giving up real money for a theory,]" [s11:he] [k11:said].

[s12:Brancombe] [k12:called] [c12:the tax money "a rounding error next to 1,400 families."]
""",
at={
 "n1": "headline reports the limits", "n2": "describes the ordinance",
 1: ("m", "Ilario Brancombe", "f listings remove homes | n | f homes taken off the market"),
 2: ("i", None, "f rents rose faster where listings cluster | n | f links listings to faster rent rises"),
 3: ("i", "Brennick Bay Hosts Association", "a disputes the study | n | a says correlation isn't cause"),
 4: ("i", "Brennick Bay Hosts Association", "a offers other causes | n | a blames restaurants and a park instead"),
 5: ("i", "Auden Blackthorne", "a hurts retirees | n | n"),
 6: ("d", "Anneliese Brock", "a takes her pension | n | n"),
 7: ("m", "Dasha Mirkovic", "f discredits the opponents | a says it fronts for companies | n"),
 8: ("i", "Dasha Mirkovic", "f companies dominate listings | a undercuts the group's retiree image | n"),
 9: ("i", "Auden Blackthorne", "n | f defends the group's board | n"),
 10: ("i", "Benedikt Arroway", "a city loses tax money | n | n"),
 13: ("i", "Thibault Cresswell", "f his old building went to nightly rentals | n | f he was priced out as units converted"),
 11: ("d", "Benedikt Arroway", "a calls it based on a theory | n | a doubts the rent link"),
 12: ("m", "Ilario Brancombe", "f families matter more than taxes | n | f implies listings displace families"),
}))
