# c2 batch 3
ARTS = []

ARTS.append(dict(
id="c2-13", domain="rent and housing / evictions",
targets=[("winter eviction moratorium", ["the ban", "evictions"]),
         ("the moratorium will hurt small landlords", ["small landlords"]),
         ("Brennick Bay Property Owners Council", ["Property Owners Council", "owners council"])],
text="""
[n1:County bars winter evictions for families with children]

[by:By Maribel Stroud, Herald-Courier Staff]

[dl:QUILLON COUNTY —] [n2:Quillon County commissioners voted 3-2 on Tuesday to bar evictions for unpaid rent from Dec. 1 through Feb. 28 for households with children or anyone over 70.]

"[c1:Nobody should be put out on a sidewalk in January with a six-year-old,]" [k1:said] [s1:Commissioner Gretchen Varnham], who wrote the measure.

[s2:Dasha Mirkovic] of the Quillon Tenants Union [k2:said] [c2:eviction filings in the county had doubled since 2021 and children were named in 40 percent of them, most in Eastwharf and Galloway Flats].

[s3:The Brennick Bay Property Owners Council] [k3:said] [c3:the ban would push small landlords, many of them retirees with one or two units, into default on their own mortgages].

"[c4:The county just made me the social safety net, and I'm 74 years old myself,]" [k4:said] [s4:Osric Pryor], who rents out the ground floor of his house in Eastwharf.

[s5:Mirkovic] [k5:said] [c5:the union had "zero interest" in bankrupting anyone's grandfather] and [k6:pointed out] [c6:the measure includes a $2 million fund to repay landlords for missed rent].

[s7:Garrick Hollenbeck], the owners council's executive director, [k7:called] [c7:the fund "a raincoat in a hurricane"] and [k8:said] [c8:it would cover about one month of rent for one in five affected units].

Commissioner [s9:Lysander Barrowmere], who voted no, [k9:said] [c9:he agreed with the goal but feared the ban would be "extended every winter until it's permanent."]

[s10:Mirkovic] [k10:accused] [c10:the Property Owners Council of "crying poverty on behalf of its biggest members."]

"[c11:Their board is four companies with 9,000 units between them. Which one of them is 74?]" [s11:she] [k11:asked]. [x1:[xs1:Hollenbeck] [xk1:disputed] that description of the board], and [k12:said] [c12:two of its nine members own fewer than ten units].
""",
at={
 "n1": "headline states the measure", "n2": "reports the vote and its terms",
 1: ("d", "Gretchen Varnham", "f says families should not be evicted in winter | n | n"),
 2: ("i", "Dasha Mirkovic", "f filings data shows children at risk | n | n"),
 3: ("i", "Brennick Bay Property Owners Council", "a warns of mortgage defaults | f says retirees with few units will default | n"),
 4: ("d", "Osric Pryor", "a resents bearing the burden | f an elderly landlord says it falls on him | n"),
 5: ("m", "Dasha Mirkovic", "f defends the union's aim | a denies it targets small owners | n"),
 6: ("i", "Dasha Mirkovic", "f points to a relief fund | a landlords will be repaid | n"),
 7: ("m", "Garrick Hollenbeck", "a calls the relief fund inadequate | f relief too small to protect owners | n"),
 8: ("i", "Garrick Hollenbeck", "a fund covers little | f most owners go unpaid | n"),
 9: ("m", "Lysander Barrowmere", "a backs the goal but fears permanence | n | n"),
 10: ("m", "Dasha Mirkovic", "f defends the measure against the landlords | a says big owners hide behind small ones | a accuses the group of crying poverty"),
 11: ("d", "Dasha Mirkovic", "f backs the ban by discrediting its critics | a implies the group speaks for corporations, not retirees | a mocks the group's board"),
 "x1": ("Garrick Hollenbeck", "n | n | f defends his group's board"),
 12: ("i", "Garrick Hollenbeck", "n | f says small owners sit on the board | f defends the board's makeup"),
}))

ARTS.append(dict(
id="c2-14", domain="transit routes",
targets=[("eliminating Route 9", ["Route 9"]),
         ("Brennick Bay Transit Authority", ["transit authority", "the authority"]),
         ("the cut will strand elderly riders", ["seniors"])],
text="""
[n1:Transit authority moves to end Route 9, the last bus up Kestrel Hill]

[by:By Odell Finchley, Herald-Courier Transportation Reporter]

[dl:BRENNICK BAY —] [n2:The Brennick Bay Transit Authority proposed Monday to eliminate Route 9, which climbs Kestrel Hill every 40 minutes and carries about 310 riders on a typical weekday, many of them seniors.]

Planning director [s1:Auberon Tolland] [k1:said] [c1:the route cost $31 per rider, nearly five times the system average].

“[c2:Every dollar we spend hauling an empty bus up that hill is a dollar we can’t spend on Route 4, where people are left standing at the stop,]” [s2:Tolland] [k2:said].

[s3:Philomena Nettlefold], 81, who lives in the Kestrel Hill Senior Residences, [k3:said] [c3:the bus was her only way to the pharmacy and to her cardiologist]. “[c4:They say there’s a van service. I called it twice. Nobody picked up,]” [s4:she] [k4:said].

[k5:According to] [s5:the authority’s own rider survey], [c5:62 percent of Route 9 riders are over 65 and fewer than one in five own a car].

[s6:Tolland] [k6:said] [c6:riders could book the on-demand van, which would come “door to door, which is more than a bus ever did.”]

Riders United Quillon organizer [s7:Tobiah Renshaw] [k7:called] [c7:the van “a phone number and a prayer,”] [k8:noting] [c8:it had a 40 percent no-show rate in its pilot last year].

Board member [s9:Cosima Dellamore] [k9:said] [c9:she would support the cut only if the authority guaranteed van pickups within 30 minutes].

[s10:Tolland] [k10:acknowledged] [c10:the van had suffered “growing pains”] but [k11:said] [c11:average waits had fallen to 22 minutes since a new dispatch contract in August].

“[c12:I’m 81. I don’t have growing pains. I have a heart condition,]” [s12:Nettlefold] [k12:said] when told of his remarks. [q1:[qs1:Mayor Clementine Halvane’s office] [qk1:declined to comment]].
""",
at={
 "n1": "headline reports the proposal", "n2": "describes the route and proposal", "q1": None,
 1: ("i", "Auberon Tolland", "f cost per rider argues for the cut | n | n"),
 2: ("d", "Auberon Tolland", "f money would serve crowded routes better | n | n"),
 3: ("i", "Philomena Nettlefold", "a the bus is her lifeline | n | f she would lose access to care"),
 4: ("d", "Philomena Nettlefold", "a the replacement does not work | a says its van line went unanswered | f the alternative left her stranded"),
 5: ("i", "Brennick Bay Transit Authority", "a its riders are old and carless | n | f most riders are elderly without cars"),
 6: ("m", "Auberon Tolland", "f offers a door-to-door alternative | f promotes the agency's van | a says seniors get better service"),
 7: ("m", "Tobiah Renshaw", "a mocks the replacement | a mocks the agency's van | f implies riders will be stranded"),
 8: ("i", "Tobiah Renshaw", "a the van is unreliable | a cites the agency's no-show rate | f riders were left waiting"),
 9: ("i", "Cosima Dellamore", "n conditional support only | n | n"),
 10: ("m", "Auberon Tolland", "n | a concedes the agency's van had problems | n"),
 11: ("i", "Auberon Tolland", "f says the alternative has improved | f defends the agency's service | a waits are now shorter"),
 12: ("d", "Philomena Nettlefold", "a dismisses his defense of the cut | a mocks the agency's excuse | f her health makes the cut dangerous"),
}))

ARTS.append(dict(
id="c2-15", domain="school board / curriculum",
targets=[("personal finance requirement", ["personal finance", "finance class"]),
         ("dropping the arts requirement will hurt students", ["fine-arts", "arts"]),
         ("Corwin Abernethy-Sule", ["Abernethy-Sule", "superintendent"])],
text="""
[n1:School board swaps arts credit for personal finance in graduation rules]

[by:By Fitzroy Vreeland, Herald-Courier Education Reporter]

[dl:BRENNICK BAY —] [n2:Starting with next fall’s freshmen, Brennick Bay high school students will need a semester of personal finance to graduate and will no longer have to take a fine-arts course, under a change the school board approved 4-3 on Thursday.]

Superintendent [s1:Corwin Abernethy-Sule], who proposed the change, [k1:said] [c1:too many graduates “can draw a still life but can’t read a lease.”] [s2:He] [k2:said] [c2:68 percent of seniors in a district survey could not explain how credit card interest works].

Board member [s3:Lavinia Orsk] [k3:said] [c3:she supported teaching money skills but not “by taking it out of the one class where some kids finally find out they’re good at something.”]

Art teacher [s4:Keziah Bracegirdle] of Sefton High School [k4:said] [c4:ceramics enrollment fell by half within two years after Dunraven County made the same change].

“[c5:Nobody’s saying kids shouldn’t learn about interest rates. We’re saying you don’t fill one hole by digging another,]” [s5:Bracegirdle] [k5:said].

Student representative [s6:Amadou Faraday], a junior, [k6:said] [c6:most of his classmates would “take the finance class and then take art anyway, because we like it.”]

Board President [s7:Imelda Ruskin-Obi] [k7:said] [c7:she had voted yes “with a heavy heart” because the state now tests financial literacy].

[s8:Olwen Ravensworth], whose daughter plays cello in the Sefton orchestra, [k8:accused] [c8:the superintendent of “treating the arts like a hobby for rich kids.”] [x1:[xs1:Abernethy-Sule] [xk1:rejected] that characterization].

“[c9:I played trumpet for eight years. I’d like every kid to have that and also know what an APR is,]” [s9:he] [k9:said].

[s10:Orsk] [k10:asked] [c10:why the district had not simply added a period to the school day]. [s11:Abernethy-Sule] [k11:said] [c11:a longer day would cost $3.8 million a year in teacher pay].

[s12:The Brennick Bay Arts Council] [k12:said in a letter] [c12:the superintendent had “never once” met with arts teachers before drafting the proposal].
""",
at={
 "n1": "headline reports the change", "n2": "describes the new rule and vote",
 1: ("m", "Corwin Abernethy-Sule", "f says graduates lack money skills | a mocks art over practical skill | n"),
 2: ("i", "Corwin Abernethy-Sule", "f survey shows seniors lack finance knowledge | n | n"),
 3: ("m", "Lavinia Orsk", "a backs the topic but opposes the swap | f says art is where some kids shine | n"),
 4: ("i", "Keziah Bracegirdle", "a cites a drop elsewhere | f enrollment collapsed after a similar change | n"),
 5: ("d", "Keziah Bracegirdle", "a concedes the topic, opposes the trade | f says the change digs a new hole | n"),
 6: ("m", "Amadou Faraday", "f says students will still take art | a says students will keep taking art | n"),
 7: ("m", "Imelda Ruskin-Obi", "f voted yes, reluctantly | n | n"),
 8: ("m", "Olwen Ravensworth", "a attacks the change | f says the arts are being belittled | a accuses him of elitism"),
 "x1": ("Corwin Abernethy-Sule", "f defends his proposal | a rejects the charge of belittling arts | n"),
 9: ("d", "Corwin Abernethy-Sule", "f wants students to learn finance | a says students can have both | n"),
 10: ("i", "Lavinia Orsk", "a suggests an alternative to the swap | n | n"),
 11: ("i", "Corwin Abernethy-Sule", "f says the alternative is too costly | n | n"),
 12: ("m", "Brennick Bay Arts Council", "a objects to how it was drafted | n | a says he ignored arts teachers"),
}))

ARTS.append(dict(
id="c2-16", domain="policing / surveillance",
targets=[("police drone program", ["drone", "drones"]),
         ("drones will invade residents' privacy", ["privacy"]),
         ("Faustine Carrington", ["Carrington", "chief"])],
text="""
[n1:Police seek $1.2 million for drones that would fly to 911 calls]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:The Brennick Bay Police Department asked the City Council on Tuesday for $1.2 million to launch a program that would send camera-equipped drones to some 911 calls before officers arrive, a plan that has already drawn privacy objections.]

Chief [s1:Faustine Carrington] [k1:said] [c1:a drone could reach most addresses in the city in under two minutes, compared with an average police response of 11 minutes for priority calls].

“[c2:A drone can tell an officer whether that’s a man with a gun or a man with an umbrella before anyone gets hurt,]” [s2:Carrington] [k2:said].

[s3:Evander Lorne-Mbatha], chair of the Civilian Police Review Board, [k3:said] [c3:the proposal set no limits on how long footage would be kept or who could see it]. “[c4:A camera that flies over every yard on the way to a call is not a first responder. It’s a survey,]” [s4:he] [k4:said].

[s5:Carrington] [k5:said] [c5:the drones would fly only to calls, would keep the camera pointed forward in transit and would hold footage no more than 30 days unless it became evidence].

Councilmember [s6:Ottavia Aukett] [k6:asked] [c6:whether the department would accept an ordinance writing those limits into law]. [s7:Carrington] [k7:said] [c7:it would].

[s8:Juniper Ashwell], a Galloway Flats resident, [k8:said] [c8:she had “no reason to believe the promises” of a department that ignored 17 records requests from the review board last year].

Councilman [x1:[xs1:Benedikt Arroway] [xk1:praised] the chief’s openness] but [k9:said] [c9:the council should fund a one-year trial in two districts rather than the full program].

[k10:According to] [s10:the department’s proposal], [c10:a similar program in Halcyon County cut the number of officers sent to non-emergency calls by a quarter].

[s11:Open Records Quillon], a transparency group, [k11:warned] [c11:footage of protests could end up with federal agencies].

“[c12:Ask me in a year. If it doesn’t work, I’ll be the first one to ground it,]” [s12:Carrington] [k12:said].
""",
at={
 "n1": "headline reports the request", "n2": "describes the proposal",
 1: ("i", "Faustine Carrington", "f drones arrive faster than officers | n | n"),
 2: ("d", "Faustine Carrington", "f says drones prevent harm | n | n"),
 3: ("i", "Evander Lorne-Mbatha", "a faults missing limits | f footage rules are absent | n"),
 4: ("d", "Evander Lorne-Mbatha", "a calls it surveillance | f says it surveys every yard | n"),
 5: ("i", "Faustine Carrington", "f describes safeguards | a says cameras and retention are limited | n"),
 6: ("i", "Ottavia Aukett", "n question without a position | n | n"),
 7: ("i", "Faustine Carrington", "f accepts legal limits | a agrees to binding safeguards | n"),
 8: ("m", "Juniper Ashwell", "a distrusts the program's promises | f doubts the safeguards | a doubts the chief's department"),
 "x1": ("Benedikt Arroway", "n | n | f praised her openness"),
 9: ("i", "Benedikt Arroway", "n wants a smaller trial, no clear side | n | n"),
 10: ("i", "Brennick Bay Police Department", "f cites results elsewhere | n | n"),
 11: ("i", "Open Records Quillon", "a warns of misuse | f footage may reach federal agencies | n"),
 12: ("d", "Faustine Carrington", "f asks for a trial, confident | n | n"),
}))

ARTS.append(dict(
id="c2-17", domain="arena subsidy / referendum",
targets=[("Tidewater Arena subsidy", ["borrowing", "Tidewater Arena"]),
         ("Cassius Aldermoor-Vey", ["Aldermoor-Vey", "owner"]),
         ("the Gulls will leave without the arena", ["move", "relocated"])],
text="""
[n1:Gulls owner hints at a move as arena referendum nears]

[by:By Odell Finchley, Herald-Courier Business Reporter]

[dl:BRENNICK BAY —] [n2:Quillon County voters will decide in two weeks whether to borrow $310 million for Tidewater Arena.] Gulls owner [s1:Cassius Aldermoor-Vey] [k1:said] Wednesday [c1:he had “taken calls” from two other cities].

“[c2:I’m not threatening anybody. I’m telling you what my phone does,]” [s2:he] [k2:said] at a Chamber of Commerce lunch.

[s3:Osgood Sarrazine] of the Quillon Taxpayers League [k3:called] [c3:the remark “the oldest play in the owner’s handbook.”] “[c4:If he could get a better deal somewhere else, he’d already be packing,]” [s4:Sarrazine] [k4:said].

Economist [s5:Oriel Vanstraaten] [k5:said] [c5:only three teams in the league had relocated in 30 years, and all three had lost money in their new homes].

Commissioner [s6:Lysander Barrowmere], the deal’s main backer on the commission, [k6:said] [c6:voters should not “bet the franchise on the hope that he’s bluffing.”] “[c7:Ask Port Sullivan how calling a bluff worked out for them,]” [s7:he] [k7:said], referring to a city that lost its basketball team in 2011.

[s8:A Herald-Courier poll] [k8:found] [c8:49 percent of likely voters opposed the borrowing and 44 percent supported it].

[s9:Tiberius Lavelle], who runs the team’s largest fan club, [k9:said] [c9:members had knocked on 11,000 doors for the yes campaign]. “[c10:I’ve had season tickets since I was nine. I’m not watching them play in somebody else’s town on television,]” [s10:Lavelle] [k10:said].

Councilmember [s11:Ravenna Okonjo] [k11:said] [c11:the county could spend the same money replacing every lead pipe in Brennick Bay “and have change left over for the libraries.”] [x1:[xs1:Aldermoor-Vey] [xk1:laughed off] the comparison].

[s12:Chamber of Commerce president Branwen Delacourt] [k12:said] [c12:downtown restaurants take in about $40 million a year on game nights]. “[c13:Those nights are why half of them can afford to open on Mondays,]” [s13:she] [k13:said].

[q1:[qs1:Aldermoor-Vey] [qk1:would not name] the two cities].
""",
at={
 "n1": "headline reports the hint and vote", "n2": "states the referendum", "q1": "Cassius Aldermoor-Vey",
 1: ("m", "Cassius Aldermoor-Vey", "f pressures voters to approve | n | f hints other cities want the team"),
 2: ("d", "Cassius Aldermoor-Vey", "f keeps the pressure on voters | n | f implies the offers are real"),
 3: ("m", "Osgood Sarrazine", "a dismisses the pressure tactic | a mocks the owner's ploy | a calls the threat an old play"),
 4: ("d", "Osgood Sarrazine", "a says the threat is empty | a mocks his bluff | a says he would have gone already"),
 5: ("i", "Oriel Vanstraaten", "a undercuts the threat used to sell it | n | a moves are rare and costly"),
 6: ("m", "Lysander Barrowmere", "f urges voters not to risk it | n | f treats the threat as serious"),
 7: ("d", "Lysander Barrowmere", "f warns of losing the team | n | f cites a city that lost a team"),
 8: ("i", "Herald-Courier", "n poll numbers, no side | n | n"),
 9: ("i", "Tiberius Lavelle", "f fans campaigned for it | n | n"),
 10: ("d", "Tiberius Lavelle", "f fears losing the team | n | f fears they will play elsewhere"),
 11: ("m", "Ravenna Okonjo", "a says the money has better uses | n | n"),
 12: ("i", "Branwen Delacourt", "f game-night spending supports the arena | n | n"),
 13: ("d", "Branwen Delacourt", "f restaurants depend on game nights | n | n"),
 "x1": ("Cassius Aldermoor-Vey", "f dismisses the criticism of the deal | n | n"),
}))
