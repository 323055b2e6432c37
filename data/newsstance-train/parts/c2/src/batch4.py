# c2 batch 4
ARTS = []

ARTS.append(dict(
id="c2-18", domain="library / privatization",
targets=[("Shelfwise library contract", ["Shelfwise", "contract"]),
         ("outsourcing the libraries will save money", ["save"]),
         ("Library Workers Local 212", ["Local 212", "the union"])],
text="""
[n1:City weighs handing library operations to a private firm]

[by:By Maribel Stroud, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:Brennick Bay would pay a private company, Shelfwise Library Services, $14.6 million a year to run its nine library branches under a five-year contract the City Council will take up next month.]

Budget director [s1:Wystan Harcourt] [k1:said] [c1:the deal would save about $1.9 million a year compared with what the city now spends, mostly through lower pension and health costs]. "[c2:Same buildings, same books, same hours. Different payroll,]" [s2:Harcourt] [k2:said].

[s3:Library Workers Local 212] [k3:said] [c3:the money would come "straight out of the paychecks and retirements of the people who shelve the books."]

Director [s4:Honora Szabelski], who would stay on as a city employee overseeing the deal, [k4:said] [c4:she had "serious questions" about the company's record].

[k5:According to] [s5:a state audit published in 2022], [c5:two library systems run by Shelfwise in Brightling County cut branch staffing by a third within three years].

Shelfwise vice president [s6:Stellan Cordwainer] [k6:said] [c6:the audit described "a different company under different owners."] "[c7:We don't close libraries. We keep them open on budgets cities can actually pay,]" [s7:he] [k7:said].

Councilmember [s8:Ilario Brancombe], who fought the branch closures in the spring, [k8:said] [c8:he was "open-minded" about the proposal if it kept all nine branches open].

[s9:Bartolo Venning] of the Friends of the Brennick Bay Library [k9:asked] [c9:whether a company that answers to investors would keep open a branch that lends more picture books than it makes money].

[s10:Harcourt] [k10:said] [c10:the agreement would require all nine branches to stay open and would let the city cancel it after two years]. [s11:He] [k11:added] [c11:the union had "known about this deficit for two years and offered us nothing."]

[x1:[xs1:Szabelski] [xk1:praised] those terms] but [k12:said] [c12:the city had "nobody left who knows how to enforce a contract this size."]
""",
at={
 "n1": "headline reports the proposal", "n2": "describes the proposed deal",
 1: ("i", "Wystan Harcourt", "f says the deal is cheaper | f cites $1.9 million a year less | n"),
 2: ("d", "Wystan Harcourt", "f says service stays the same | f implies lower labor costs | n"),
 3: ("m", "Library Workers Local 212", "a says workers pay for it | n concedes money is cut, objects to who pays | n"),
 4: ("m", "Honora Szabelski", "a doubts the firm's record | n | n"),
 5: ("i", None, "a firm cut staffing elsewhere | n | n"),
 6: ("m", "Stellan Cordwainer", "f disowns the audited record | n | n"),
 7: ("d", "Stellan Cordwainer", "f says the firm keeps libraries open | f stresses affordable budgets | n"),
 8: ("m", "Ilario Brancombe", "n conditional openness | n | n"),
 9: ("i", "Bartolo Venning", "a implies investors would close branches | n | n"),
 10: ("i", "Wystan Harcourt", "f cites protections in the deal | n | n"),
 11: ("m", "Wystan Harcourt", "f blames the union for leaving no alternative | n | a says the union offered nothing"),
 "x1": ("Honora Szabelski", "f praised the terms | n | n"),
 12: ("m", "Honora Szabelski", "a doubts the city can enforce it | n | n"),
}))

ARTS.append(dict(
id="c2-19", domain="property tax / assessments",
targets=[("Valuix assessment software", ["Valuix", "software", "computer"]),
         ("Eastwharf homes were overvalued", ["overvalued"]),
         ("Mirabel Hartigan", ["Hartigan", "assessor"])],
text="""
[n1:Eastwharf owners say county's new assessments overvalued their homes]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:QUILLON COUNTY —] [n2:More than 1,400 Eastwharf homeowners have filed appeals since Quillon County mailed new assessments in October, the first produced by valuation software the county bought last year for $2.3 million.]

[s1:Noreen Brightling], a retired bus driver, [k1:said] [c1:her two-bedroom house was assessed at $412,000, though the nicest house on her block sold for $338,000 in June]. "[c2:The computer has never been to Eastwharf. You can tell,]" [s2:she] [k2:said].

County Assessor [s3:Mirabel Hartigan] [k3:said] [c3:the software was "more accurate than a human appraiser on nine homes out of ten."] [s4:She] [k4:acknowledged] [c4:it had "struggled" in neighborhoods where few homes sold last year, including Eastwharf].

Commissioner [s5:Gretchen Varnham] [k5:said] [c5:the assessor should have checked the numbers with local appraisers "before mailing 40,000 people a figure that may be fiction."]

[k6:According to] [s6:a Herald-Courier analysis of 212 Eastwharf sales], [c6:assessed values exceeded sale prices by a median of 14 percent].

[s7:Hartigan] [k7:said] [c7:every owner who appealed would get a review by a staff appraiser by March, and no one would pay tax on a disputed value until then].

[s8:Osgood Sarrazine] of the Taxpayers League [k8:said] [c8:the county had "bought a $2.3 million machine for mailing people bad news."]

The vendor, [s9:Valuix Analytics], [k9:said in a statement] [c9:its model performed "within industry standards" across the county as a whole]. "[c10:'The county as a whole' doesn't live in my house,]" [k10:said] [s10:Brightling] when read the statement.

Commissioner [s11:Lysander Barrowmere] [k11:defended] [c11:Hartigan as "the most careful public servant in this building."] [s12:He] [k12:said] [c12:the fault lay with the software, not the assessor, and the county should "demand our money back" if the appeals succeed].
""",
at={
 "n1": "headline reports owners' complaint", "n2": "reports appeals and the new software",
 1: ("i", "Noreen Brightling", "a her assessment far exceeds local sales | f her house was valued above real prices | n"),
 2: ("d", "Noreen Brightling", "a mocks the computer's ignorance of the area | f implies the values are wrong | n"),
 3: ("m", "Mirabel Hartigan", "f defends the software's accuracy | a implies values are accurate | n"),
 4: ("m", "Mirabel Hartigan", "a concedes it struggled in thin markets | f concedes Eastwharf was hard to value | n"),
 5: ("m", "Gretchen Varnham", "a says its figures may be fiction | f doubts the numbers | a faults her for not checking"),
 6: ("i", "Herald-Courier", "a analysis shows values too high | f values exceeded sale prices | n"),
 7: ("i", "Mirabel Hartigan", "n describes the appeal process | n | n"),
 8: ("m", "Osgood Sarrazine", "a mocks the purchase | n | n"),
 9: ("m", "Valuix Analytics", "f defends its model | a says values were within standards | n"),
 10: ("d", "Noreen Brightling", "a rejects the vendor's defense | f her house is still overvalued | n"),
 11: ("m", "Lysander Barrowmere", "n | n | f praises her care"),
 12: ("m", "Lysander Barrowmere", "a blames the software | n conditional on appeals | f says the fault is not hers"),
}))

ARTS.append(dict(
id="c2-20", domain="bike lanes / removal",
targets=[("removing the Ossory Road bike lane", ["Ossory Road", "bike lane", "remove"]),
         ("the bike lane has made the street safer", ["safer", "crashes"]),
         ("Benedikt Arroway", ["Arroway", "councilman"])],
text="""
[n1:Arroway moves to tear out Ossory Road bike lane a year after it opened]

[by:By Fitzroy Vreeland, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:Councilman Benedikt Arroway introduced a measure Monday to remove the protected bike lane on Ossory Road and restore a second lane of car traffic in each direction, one year after the $2.1 million project opened.]

[s1:Arroway] [k1:said] [c1:rush-hour commutes on the road had grown by as much as nine minutes and his office had received more than 600 complaints]. "[c2:We tried it. It didn't work. Admitting that isn't a crime,]" [s2:he] [k2:said].

[k3:According to] [s3:the Brennick Bay Department of Transportation], [c3:injury crashes on the road fell from 23 to 9 in the lane's first year].

[s4:Imre Sokolov-Reade] of the Bay Cyclists Alliance [k4:said] [c4:those figures "should end this conversation."] "[c5:Nine minutes. That's what he'd trade fourteen injury crashes for,]" [s5:he] [k5:said].

[s6:Arroway] [k6:called] [c6:the numbers "encouraging"] but [k7:argued] [c7:the drop might reflect fewer cars on the road rather than a better design].

[s8:Gwenllian Ingram], who runs a bakery on Ossory, [k8:said] [c8:her sales were up 11 percent since the lane opened]. "[c9:People walk past now instead of driving past. Walking people buy croissants,]" [s9:Ingram] [k9:said].

[s10:Stellan Valcourt], whose two children attend Ossory Road Elementary, [k10:asked] [c10:whether the councilman would "say those nine minutes to a mother at a funeral."]

Councilmember [s11:Ottavia Aukett] [k11:said] [c11:Arroway "is entitled to his nine minutes, but not at the price of somebody's kid."]

The measure has two co-sponsors. One of them, [s13:Councilmember Ilario Brancombe], [k13:said] [c13:the lane had made the road "safer for cyclists and slower for everyone else, and both of those things are true."]

Council President [s12:Emmerich Dunsby] [k12:said] [c12:the measure would go to the transportation committee, where it needs four votes to reach the floor].
""",
at={
 "n1": "headline reports the move", "n2": "describes the measure",
 1: ("i", "Benedikt Arroway", "f cites delays and complaints | n | n"),
 2: ("d", "Benedikt Arroway", "f says the experiment failed | a says it didn't work | n"),
 3: ("i", "Brennick Bay Department of Transportation", "a figures show fewer crashes | f crashes fell sharply | n"),
 4: ("m", "Imre Sokolov-Reade", "a says the data settles it | f treats the crash drop as decisive | n"),
 5: ("d", "Imre Sokolov-Reade", "a trading crashes for minutes | f counts crashes avoided | a mocks the councilman's trade-off"),
 6: ("m", "Benedikt Arroway", "n | f concedes the figures are encouraging | n"),
 7: ("i", "Benedikt Arroway", "f undercuts the safety case | a says design may not explain the drop | n"),
 8: ("i", "Gwenllian Ingram", "a her business gained | n | n"),
 9: ("d", "Gwenllian Ingram", "a says foot traffic helps shops | n | n"),
 10: ("m", "Stellan Valcourt", "a links removal to deaths | f implies the lane saves lives | a confronts the councilman"),
 11: ("m", "Ottavia Aukett", "a rejects trading safety for time | f implies the lane protects children | a rebukes the councilman"),
 12: ("i", "Emmerich Dunsby", "n procedure | n | n"),
 13: ("m", "Ilario Brancombe", "f co-sponsors the removal | f concedes the road is safer | n"),
}))

ARTS.append(dict(
id="c2-21", domain="homelessness / tiny homes",
targets=[("tiny-home village", ["tiny homes", "village"]),
         ("the village will house people faster", ["faster"]),
         ("Open Door Quillon", ["Open Door"])],
text="""
[n1:Council backs 60-unit tiny-home village beside the rail yard]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:The City Council agreed on a 6-3 vote Monday to spend $3.4 million on a village of 60 insulated tiny homes on a city-owned lot beside the Gantry Street rail yard, to be run by Open Door Quillon.]

Councilmember [s1:Ravenna Okonjo] [k1:said] [c1:the homes could open in four months, far faster than the planned Seabreeze Motel shelter, which would take two years]. "[c2:A door that locks is the difference between a person who sleeps and a person who doesn't,]" [s2:Okonjo] [k2:said].

[s3:Evariste Aranda-Finch] of Open Door [k3:said] [c3:58 percent of residents at a similar site his group ran in Dunlow County moved into permanent housing within a year].

Councilman [s4:Benedikt Arroway] [k4:said] [c4:the city was "spending $56,000 a unit on garden sheds."] "[c5:For that money, we could rent 60 real apartments for two years,]" [s5:he] [k5:said].

[s6:Aranda-Finch] [k6:replied] [c6:there were not 60 vacant apartments in Brennick Bay whose landlords would take a tenant with an eviction record].

[s7:The Gantry Street Business Association] [k7:said] [c7:its members had not been consulted and feared "a fenced encampment with a nicer name."]

[s8:A spokeswoman for Open Door] [k8:said] [c8:the site would have a case manager for every 12 residents and no one would be admitted without a referral].

[s9:Osgood Sarrazine] of the Taxpayers League [k9:said] [c9:the group had "never once delivered a project on budget,"] citing its Dock Street shelter, which ran $900,000 over. [x1:[xs1:Aranda-Finch] [xk1:disputed] that figure].

[s10:Delroy Amsel], who has slept in his car behind the rail yard for eight months, [k10:said] [c10:he had already asked to be first on the list]. "[c11:I don't need a palace. I need to stop waking up every time a car door slams,]" [s11:he] [k11:said].

Mayor [s12:Clementine Halvane] [k12:said] [c12:she would sign the spending measure and still pursue the motel shelter].
""",
at={
 "n1": "headline reports the vote", "n2": "describes the plan",
 1: ("i", "Ravenna Okonjo", "f says it opens much sooner | f four months versus two years | n"),
 2: ("d", "Ravenna Okonjo", "f a locked door lets people sleep | n | n"),
 3: ("i", "Evariste Aranda-Finch", "f cites housing outcomes elsewhere | f most moved to permanent homes | n"),
 4: ("m", "Benedikt Arroway", "a calls the units overpriced sheds | n | n"),
 5: ("d", "Benedikt Arroway", "a says apartments are a better use | n | n"),
 6: ("i", "Evariste Aranda-Finch", "f rebuts the apartment alternative | f apartments are not available | n"),
 7: ("m", "Gantry Street Business Association", "a fears an encampment | a calls it an encampment by another name | n"),
 8: ("i", None, "f describes staffing and screening | n | n"),
 9: ("m", "Osgood Sarrazine", "a doubts it will be delivered | n | a accuses the group of overruns"),
 "x1": ("Evariste Aranda-Finch", "n | n | f defends his group's record"),
 10: ("i", "Delroy Amsel", "f wants to be first in line | n | n"),
 11: ("d", "Delroy Amsel", "f says he needs a quiet, safe place | n | n"),
 12: ("i", "Clementine Halvane", "f will sign it | n | n"),
}))

ARTS.append(dict(
id="c2-22", domain="water rates",
targets=[("water rate increase", ["rate increase", "rates"]),
         ("Barnaby Krieger-Oyen", ["Krieger-Oyen", "director"]),
         ("the water authority is wasting ratepayers' money", ["blank check"])],
text="""
[n1:Water authority seeks 18 percent rate increase to speed pipe work]

[by:By Odell Finchley, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:The Quillon Water Authority on Thursday proposed raising water rates 18 percent over two years, adding about $11 a month to a typical household bill, to double the pace of pipe replacement after last spring's Quarrington Street main break.]

Director [s1:Barnaby Krieger-Oyen] [k1:said] [c1:the authority replaces about 0.4 percent of its pipes each year, "which means the last one gets replaced sometime around 2270."]

"[c2:We can pay for pipes on a schedule, or we can pay for them at three in the morning with the street caving in,]" [s2:he] [k2:said].

Quillon Taxpayers League president [s3:Osgood Sarrazine] [k3:said] [c3:the authority had added 14 management positions since 2020 while its field crews shrank]. "[c4:They want my money so they can hire a deputy assistant director of something,]" [s4:he] [k4:said].

[s5:Krieger-Oyen] [k5:said] [c5:nine of the 14 positions were engineers and inspectors required by state regulators].

[k6:According to] [s6:the authority's rate study], [c6:household bills in Brennick Bay would remain below the state average even after the increase].

Councilmember [s7:Ravenna Okonjo], who demanded an independent review after the break, [k7:said] [c7:she would back the increase only if the review came first]. "[c8:I'm not handing a blank check to the people who left that pipe in the ground for 90 years,]" [s8:she] [k8:said].

[s9:Fidelma Corcoran], whose restaurant closed for three days after the break, [k9:said] [c9:the money was "cheaper than one more flood."]

Commissioner [s10:Lysander Barrowmere] [k10:said] [c10:Krieger-Oyen had "done more in two years than his predecessors did in twenty."]

[s11:Krieger-Oyen] [k11:promised] [c11:to post every pipe contract and its cost online]. [s12:Sarrazine] [k12:called] [c12:the promise "a website, not a reform."]
""",
at={
 "n1": "headline states the proposal", "n2": "describes the proposal",
 1: ("m", "Barnaby Krieger-Oyen", "f current pace is far too slow | n | n"),
 2: ("d", "Barnaby Krieger-Oyen", "f planned spending beats emergencies | n | n"),
 3: ("i", "Osgood Sarrazine", "a says management grew as crews shrank | n | f says money went to managers"),
 4: ("d", "Osgood Sarrazine", "a says the money funds bureaucracy | a mocks his hiring | f implies wasteful hiring"),
 5: ("i", "Barnaby Krieger-Oyen", "f defends the hires | n | a says the hires were required"),
 6: ("i", "Quillon Water Authority", "f bills stay below average | n | n"),
 7: ("i", "Ravenna Okonjo", "n conditional support | n | n"),
 8: ("d", "Ravenna Okonjo", "a refuses unconditional funding | n | f distrusts how the agency spends"),
 9: ("m", "Fidelma Corcoran", "f says it costs less than another flood | n | n"),
 10: ("m", "Lysander Barrowmere", "n | f praises his record | a implies the agency now performs"),
 11: ("i", "Barnaby Krieger-Oyen", "n | n | n promise of disclosure, no position on waste"),
 12: ("m", "Osgood Sarrazine", "a dismisses the promise | a dismisses his reform | f implies nothing changes"),
}))

ARTS.append(dict(
id="c2-23", domain="zoning / height limit",
targets=[("Measure H", ["Measure H", "height cap", "85 feet"]),
         ("taller buildings will wall off the bay", ["wall", "view"]),
         ("Save the Waterfront", ["Save the Waterfront"])],
text="""
[n1:Waterfront height cap heads to the November ballot]

[by:By Maribel Stroud, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:A measure that would cap new buildings along the Brennick Bay waterfront at 85 feet qualified for the November ballot on Friday, after the city clerk verified 14,206 signatures gathered by the group Save the Waterfront.]

Co-founder [s1:Linnea Gallowglass] [k1:said] [c1:the waterfront belonged to everyone, "not just to whoever can afford the penthouse."] "[c2:Stand on Pier 3 and look north. Now imagine a wall,]" [s2:she] [k2:said].

Councilmember [s3:Ravenna Okonjo], who backed the Wexcombe Street tower, [k3:said] [c3:the cap would block about 2,000 planned homes, most of them on what are now parking lots]. "[c4:You can't see the bay from a parking lot either,]" [s4:she] [k4:said].

[k5:According to] [s5:the city planning department], [c5:three projects now in review, totaling 1,840 units, would have to shrink or be redesigned if the measure passes].

[s6:The Brennick Bay Chamber of Commerce] [k6:said] [c6:it would spend "whatever it takes" to defeat the measure]. [s7:Gallowglass] [k7:said] [c7:the Chamber's biggest donors were the same developers whose towers the cap would stop].

[s8:Thorvald Emmerling], a retired city planner, [k8:said] [c8:the limit would still allow eight-storey buildings and would not, in his view, "end housing on the waterfront."]

Tenant organizer [s9:Dasha Mirkovic] [k9:said] [c9:her union had not taken a side], though [s10:she] [k10:warned] [c10:Save the Waterfront's leadership "mostly already owns their view."] [x1:[xs1:Gallowglass] [xk1:laughed at] the suggestion], [k11:noting] [c11:she rents a one-bedroom apartment above a laundromat].

Volunteers gathered signatures outside grocery stores for four months. [s13:Mavis Tull], 71, [k13:said] [c13:she had collected more than 900 herself "because I'd like my grandchildren to know there's water out there."]

City Clerk [s12:Ondine Ravel] [k12:said] [c12:the measure would appear as Measure H, the eighth item on the ballot].
""",
at={
 "n1": "headline reports qualification", "n2": "reports the measure and signatures",
 1: ("m", "Linnea Gallowglass", "f says the waterfront is for everyone | n | n"),
 2: ("d", "Linnea Gallowglass", "f asks voters to picture a wall | f says towers would form a wall | n"),
 3: ("i", "Ravenna Okonjo", "a says it blocks 2,000 homes | n | n"),
 4: ("d", "Ravenna Okonjo", "a ridicules the view argument | a says parking lots block nothing either | n"),
 5: ("i", None, "a projects would shrink | n | n"),
 6: ("m", "Brennick Bay Chamber of Commerce", "a vows to defeat it | n | n"),
 7: ("i", "Linnea Gallowglass", "f discredits the opposition's money | n | n"),
 8: ("m", "Thorvald Emmerling", "f says the cap still allows housing | n | n"),
 9: ("i", "Dasha Mirkovic", "n her union is neutral | n | n"),
 10: ("m", "Dasha Mirkovic", "n | n | a says its leaders protect their own views"),
 "x1": ("Linnea Gallowglass", "n | n | f dismisses the charge against her group"),
 11: ("i", "Linnea Gallowglass", "n | n | f says its leader is a renter"),
 12: ("i", "Ondine Ravel", "n procedure | n | n"),
 13: ("m", "Mavis Tull", "f gathered signatures for it | f implies towers would hide the water | n"),
}))
