# c2 batch 2
ARTS = []

ARTS.append(dict(
id="c2-07", domain="library cuts",
targets=[("library branch closures", ["library", "branches", "branch", "close"]),
         ("Clementine Halvane", ["Halvane", "mayor"]),
         ("closing the branches will hurt children", ["children", "kids"]),
         ("Friends of the Brennick Bay Library", ["Friends of the Brennick Bay Library"])],
text="""
[n1:Halvane budget would shut three library branches and end Sunday hours]

[by:By Maribel Stroud, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:Mayor Clementine Halvane’s proposed budget, released Friday, would close three of the Brennick Bay Public Library’s nine branches and end Sunday service systemwide, a cut of about $3.1 million.]

[s1:Halvane] [k1:said] [c1:the city faced a $22 million shortfall and that “every department is giving something up, not just the libraries.”]

“[c2:I love libraries. I also love having police officers answer 911 calls,]” [s2:she] [k2:said].

Library director [s3:Honora Szabelski] [k3:said] [c3:the three branches on the list, in Eastwharf, Galloway Flats and Pickerel Row, lend more children’s books per resident than any others in the system].

“[c4:I was asked to find the savings. I found them. I was not asked whether I agreed,]” [s4:Szabelski] [k4:said].

[s5:The Friends of the Brennick Bay Library], a volunteer group that raises about $400,000 a year for the system, [k5:called] [c5:the plan “a decision to make the poorest neighborhoods pay for everyone else’s budget.”] Its president, [s6:Bartolo Venning], [k6:said] [c6:the group would not “backfill the city’s choices” with donations].

“[c7:Where do they think these kids go after school? The mall is two buses away,]” [k7:said] [s7:Drusilla Hollingdrake], who brings her three children to the Eastwharf branch most afternoons.

Councilmember [s8:Ilario Brancombe], who usually backs the mayor on spending, [k8:said] [c8:he would not vote for any budget that closed a library “in a neighborhood without a bookstore or a bank.”]

Budget director [s9:Wystan Harcourt] [k9:said] [c9:keeping all nine branches open would mean cutting 40 jobs elsewhere, most of them in parks and sanitation].

[s10:Halvane] [k10:said] [c10:she was open to sparing one branch if the council found the money]. [x1:[xs1:Szabelski] [xk1:welcomed] the offer], and [x2:[xs2:Venning] [xk2:called] it a start].

[n3:The council must adopt a budget by June 30.]
""",
at={
 "n1": "headline describes the proposal", "n2": "describes the proposed budget", "n3": "deadline fact",
 1: ("m", "Clementine Halvane", "f presents the closures as a shared sacrifice | n | n | n"),
 2: ("d", "Clementine Halvane", "f weighs libraries against emergency services | n | n | n"),
 3: ("i", "Honora Szabelski", "a the branches on the list serve the most young readers | n | f these branches lend the most children's books | n"),
 4: ("d", "Honora Szabelski", "a distances herself from the cuts she drafted | a implies she was not consulted | n | n"),
 5: ("m", "Friends of the Brennick Bay Library", "a says the poorest areas pay | a attacks the mayor's plan | n | n"),
 6: ("m", "Bartolo Venning", "a refuses to cover for the city's choices | a blames the city's choices | n | n"),
 7: ("d", "Drusilla Hollingdrake", "a asks where children will go | n | f says kids lose their after-school place | n"),
 8: ("m", "Ilario Brancombe", "a vows to oppose closing any such branch | a breaks with her budget | n | n"),
 9: ("i", "Wystan Harcourt", "f says sparing branches costs 40 jobs | f defends the mayor's budget | n | n"),
 10: ("i", "Clementine Halvane", "n softens but keeps the plan | n | n | n"),
 "x1": ("Honora Szabelski", "a welcomes sparing a branch | f welcomes the mayor's offer | n | n"),
 "x2": ("Bartolo Venning", "a wants more spared | n | n | n"),
}))

ARTS.append(dict(
id="c2-08", domain="property tax",
targets=[("property tax increase", ["property tax", "tax rate", "increase"]),
         ("Rosamund Thackery", ["Thackery", "county executive"]),
         ("the increase is fair to homeowners", ["fair"]),
         ("Quillon Taxpayers League", ["Taxpayers League", "the League"])],
text="""
[n1:Quillon County proposes first property tax increase in nine years]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:QUILLON COUNTY —] [n2:Quillon County Executive Rosamund Thackery on Wednesday proposed raising the county’s property tax rate by 6.5 percent, which would add about $184 a year to the bill on a median-priced home.]

[s1:Thackery] [k1:said] [c1:the county had drained its reserve fund covering jail medical costs and state mandates, and “the honest thing is to say so.”]

“[c2:For nine years we told people we could do more with less. We ran out of less,]” [s2:she] [k2:said].

[s3:The Quillon Taxpayers League] [k3:said] [c3:the proposal ignored $11 million budgeted every year for positions that sit empty]. League president [s4:Osgood Sarrazine] [k4:said] [c4:homeowners on fixed incomes “are not a reserve fund.”]

“[c5:She found $184 in my pocket before she found $11 million in her own spreadsheet,]” [s5:Sarrazine] [k5:said].

[s6:The county budget office] [k6:said] [c6:the vacancies were mostly corrections officers the county had been unable to hire despite signing bonuses].

Commissioner [s7:Gretchen Varnham] [k7:called] [c7:the increase “painful but defensible”] but [k8:argued] [c8:it should come with a larger exemption for seniors].

[s9:Renfrew Maddox], a retired machinist in Copperline, [k9:said] [c9:his assessment had gone up 31 percent in two years]. “[c10:Now they want a higher rate on top of a higher value? That’s two bites of the same sandwich,]” [s10:he] [k10:said].

“[c12:Is it fair? It’s fairer than closing the jail clinic,]” [s12:Thackery] [k12:said] when asked about seniors. [s13:The League] [k13:has threatened] [c13:to run candidates against any commissioner who votes yes].

[s11:Thackery] [k11:said] [c11:homes in Copperline and Eastwharf would still pay less per dollar of value than they did in 2015]. [x1:[xs1:Sarrazine] [xk1:scoffed at] the comparison].

[n3:The county commission will hold two public hearings before a vote in March.]
""",
at={
 "n1": "headline states the proposal", "n2": "describes the proposal and its cost", "n3": "schedule",
 1: ("m", "Rosamund Thackery", "f says the reserves are gone | n | n | n"),
 2: ("d", "Rosamund Thackery", "f says savings are exhausted | n | n | n"),
 3: ("i", "Quillon Taxpayers League", "a says money sits in empty positions | a faults the county's own budgeting | n | n"),
 4: ("m", "Osgood Sarrazine", "a says fixed-income owners cannot fund it | n | a homeowners should not bear it | n"),
 5: ("d", "Osgood Sarrazine", "a mocks taking money from homeowners first | a mocks her priorities | a implies homeowners are squeezed unfairly | n"),
 6: ("i", None, "f explains the vacancies | f backs the executive's budget | n | a rebuts the group's charge"),
 7: ("m", "Gretchen Varnham", "f painful but defensible | n | f calls it defensible | n"),
 8: ("i", "Gretchen Varnham", "n wants it changed, not dropped | n | a implies seniors are treated unfairly | n"),
 9: ("i", "Renfrew Maddox", "a sets up his complaint about the rate | n | a his bill already rose sharply | n"),
 10: ("d", "Renfrew Maddox", "a calls it a second bite | n | a says owners are charged twice | n"),
 12: ("d", "Rosamund Thackery", "f defends it against the alternative | n | f says it is fairer than cuts | n"),
 13: ("i", "Quillon Taxpayers League", "a threatens those who vote for it | n | n | n"),
 11: ("i", "Rosamund Thackery", "f says bills stay lower than in 2015 | n | f argues the burden stays modest | n"),
 "x1": ("Osgood Sarrazine", "a scoffed at her defense | a scoffs at her comparison | a rejects her argument that bills stay modest | n"),
}))

ARTS.append(dict(
id="c2-09", domain="bike lanes",
targets=[("Corbett Avenue bike lanes", ["bike lanes", "lanes", "Corbett Avenue"]),
         ("the lanes will hurt local businesses", ["shops", "sales"]),
         ("Corbett Avenue Merchants Association", ["Merchants Association", "merchants"]),
         ("Ottavia Aukett", ["Aukett"])],
text="""
[n1:Corbett Avenue bike lanes approved over merchants' objections]

[by:By Fitzroy Vreeland, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:The City Council voted 7-2 Tuesday to build protected bike lanes along 1.8 miles of Corbett Avenue, removing 140 of the street's 310 parking spaces.]

The vote followed the deaths of two cyclists on the avenue in 14 months. "[c1:We put down painted lines on this street and we buried two people. Paint doesn't stop a truck,]" [k1:said] [s1:Councilmember Ottavia Aukett], who sponsored the measure.

[s2:The Corbett Avenue Merchants Association], which represents 86 shops and restaurants, [k2:said] [c2:losing the parking would cost its members "somewhere between a bad year and the end."]

[s3:Ottoline Barassi], who has run a shoe repair shop on the avenue for 27 years, [k3:said] [c3:most of her customers are over 60 and arrive by car]. "[c4:Are they supposed to pedal over here with a pair of boots under one arm?]" [s4:she] [k4:asked].

[k5:According to] [s5:a city survey taken in September], [c5:61 percent of shoppers on the avenue arrived on foot, by bike or by bus].

Association president [s6:Bellamy Strome] [k6:dismissed] [c6:the survey as "a snapshot taken during the sunniest week of the year."]

[s7:Aukett] [k7:said] [c7:cities that built similar lanes had seen retail sales hold steady or rise within two years], and [k8:noted] [c8:sales tax receipts on Quenby Street climbed 9 percent after its lanes opened in 2021].

"[c9:The merchants aren't wrong that construction will hurt. It will, for about four months,]" [s9:she] [k9:added].

[s10:Imre Sokolov-Reade], director of the Bay Cyclists Alliance, [k10:called] [c10:the vote "eight years late and two funerals too many."]

Councilman [s11:Benedikt Arroway], one of two no votes, [k11:said] [c11:he backed safer streets but wanted the city to try a loading-zone compromise the merchants had offered]. [x1:[xs1:Aukett] [xk1:had rejected] that compromise] in committee, [k12:saying] [c12:loading zones inside a bike lane "are how people get killed."]

[n3:Construction is scheduled to begin in April.]
""",
at={
 "n1": "headline reports approval and objections", "n2": "reports the vote and parking loss", "n3": "schedule",
 1: ("d", "Ottavia Aukett", "f says paint failed to protect cyclists | n | n | n"),
 2: ("m", "Corbett Avenue Merchants Association", "a warns parking loss could ruin members | f predicts a bad year or closure | n | n"),
 3: ("i", "Ottoline Barassi", "a her car-driving customers lose parking | f implies her trade will suffer | n | n"),
 4: ("d", "Ottoline Barassi", "a mocks the idea customers will cycle | f implies customers will stop coming | n | n"),
 5: ("i", None, "f most shoppers do not drive | a few shoppers rely on parking | n | n"),
 6: ("m", "Bellamy Strome", "a dismisses evidence for the lanes | f rejects the survey that eased the worry | n | n"),
 7: ("i", "Ottavia Aukett", "f says similar lanes did not hurt sales | a says sales held or rose | n | n"),
 8: ("i", "Ottavia Aukett", "f cites a sales rise after lanes elsewhere | a sales climbed after lanes opened | n | n"),
 9: ("d", "Ottavia Aukett", "a concedes construction will hurt | f concedes temporary harm to trade | f says the merchants aren't wrong | n"),
 10: ("m", "Imre Sokolov-Reade", "f says the lanes are overdue | n | n | n"),
 11: ("i", "Benedikt Arroway", "a prefers the merchants' compromise | n | f backs the merchants' offer | n"),
 "x1": ("Ottavia Aukett", "f rejected the alternative to her lanes | n | a rejected the merchants' compromise | n"),
 12: ("m", "Ottavia Aukett", "f says loading zones in lanes kill | n | a calls their compromise deadly | n"),
}))

ARTS.append(dict(
id="c2-10", domain="homeless shelter",
targets=[("Galloway Flats shelter", ["shelter", "Seabreeze Motel", "motel"]),
         ("Open Door Quillon", ["Open Door"]),
         ("the shelter will make the neighborhood less safe", ["safety"]),
         ("Clementine Halvane", ["Halvane", "mayor"])],
text="""
[n1:Neighbors pack hearing on plan to turn Galloway Flats motel into shelter]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:The city’s plan to buy the shuttered Seabreeze Motel on Orcutt Road and convert it into a 120-bed shelter drew more than 300 people to a planning commission hearing Thursday, most of them opposed and many citing safety.]

[s1:Mayor Clementine Halvane] [k1:said] [c1:Brennick Bay had 640 people sleeping outside on the night of the last count and 212 shelter beds]. “[c2:Those numbers don’t shrink because we decide not to look at them,]” [s2:she] [k2:said].

[s3:Open Door Quillon], the nonprofit that would run the building, [k3:said] [c3:it would staff it around the clock and hire four security guards].

Galloway Flats resident [s4:Sabine Imbrey] [k4:said] [c4:the motel sits 300 yards from Tansley Elementary]. “[c5:I’m not against shelters. I’m against this one, across the street from where my son eats lunch,]” [s5:Imbrey] [k5:said].

[s6:A petition signed by 2,100 residents] [k6:urged] the city [c6:to find a site “that isn’t next to a school and a bus depot.”]

Open Door’s executive director, [s7:Evariste Aranda-Finch], [k7:said] [c7:calls for police service near the group’s Dock Street shelter fell 12 percent in the year after it opened].

“[c8:People imagine the worst about the folks we serve. Then they meet them,]” [s8:Aranda-Finch] [k8:said].

Councilmember [s9:Ravenna Okonjo] [k9:accused] [c9:the mayor of choosing the site “because the land was cheap, not because it made sense.”] [x1:[xs1:Halvane] [xk1:disputed] that account], [k10:saying] [c10:staff had reviewed 19 properties and the motel was the only one large enough whose owner would sell].

Planning commission chair [s11:Hestia Lachlan-Rowe] [k11:reminded] the crowd [c11:the commission would decide only whether the building met zoning rules, not whether the city should run a shelter].

[n3:A vote is expected in two weeks.]
""",
at={
 "n1": "headline reports the hearing", "n2": "describes the plan and turnout", "n3": "schedule",
 1: ("i", "Clementine Halvane", "f the bed shortage makes the case | n | n | n"),
 2: ("d", "Clementine Halvane", "f says the city cannot ignore the need | n | n | n"),
 3: ("i", "Open Door Quillon", "f describes staffing and guards | n | a promises round-the-clock security | n"),
 4: ("i", "Sabine Imbrey", "a point, made next sentence, is the school nearby | n | f implies danger near a school | n"),
 5: ("d", "Sabine Imbrey", "a opposes this site | n | f fears for her son nearby | n"),
 6: ("m", None, "a asks for another site | n | f worries about the school and depot | n"),
 7: ("i", "Evariste Aranda-Finch", "f police calls fell near their other shelter | f defends the group's record | a calls for service dropped | n"),
 8: ("d", "Evariste Aranda-Finch", "f says fears fade once neighbors meet residents | n | a says fears are imagined | n"),
 9: ("m", "Ravenna Okonjo", "a says the site makes no sense | n | n | a accuses the mayor of choosing cheap land"),
 "x1": ("Clementine Halvane", "f defends the site choice | n | n | f rejects the charge against her"),
 10: ("i", "Clementine Halvane", "f says the motel was the only workable site | n | n | f defends her staff's search"),
 11: ("i", "Hestia Lachlan-Rowe", "n procedure | n | n | n"),
}))

ARTS.append(dict(
id="c2-11", domain="water main crisis",
targets=[("Quillon Water Authority", ["water authority", "the authority"]),
         ("the break was preventable", ["preventable"]),
         ("Barnaby Krieger-Oyen", ["Krieger-Oyen"]),
         ("pipe replacement bond", ["bond"])],
text="""
[n1:Boil-water notice lifted, but questions mount over whether Quarrington Street break was preventable]

[by:By Odell Finchley, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:The Quillon Water Authority lifted a three-day boil-water notice for about 90,000 Brennick Bay residents on Sunday, after crews replaced a ruptured 48-inch main under Quarrington Street that flooded six blocks.]

Authority director [s1:Barnaby Krieger-Oyen] [k1:said] [c1:the pipe had been laid in 1931 and failed at a joint that “gave no warning we could have seen.”]

[s2:A 2019 consultant’s report], obtained by the Herald-Courier, [k2:warned] [c2:the Quarrington Street main was among the 20 most likely to fail in the system].

[s3:Krieger-Oyen] [k3:said] [c3:the authority had replaced nine of those 20 pipes since then and that Quarrington Street was next in line for 2027].

“[c4:Next in line. Tell that to the people bailing out their basements,]” [k4:said] [s4:Councilmember Ravenna Okonjo], whose district includes the street. [x1:[xs1:Okonjo] [xk1:called for] an independent review of the authority’s maintenance schedule].

Restaurant owner [s5:Fidelma Corcoran] [k5:said] [c5:she threw out $7,000 in food and closed for three days]. “[c6:Nobody from the water authority has called me. I found out from a neighbor’s post,]” [s6:she] [k6:said].

[s7:Krieger-Oyen] [k7:said] [c7:the authority would ask the county in January to approve a $260 million bond to double the pace of pipe replacement].

[s8:The Quillon Taxpayers League] [k8:said] [c8:it would fight the borrowing unless the authority first cut what it called “a management layer nobody can explain.”]

County Commissioner [s9:Lysander Barrowmere] [k9:called] [c9:the break “the bill for forty years of deferred maintenance arriving all at once”] and [k10:said] [c10:he would back the bond]. [s11:He] [k11:added] [c11:Krieger-Oyen, who took over in 2022, had “inherited this problem, not created it.”]

[n3:Crews expect to finish repaving the street by the end of the month.]
""",
at={
 "n1": "headline reports the notice and questions", "n2": "reports the break and notice", "n3": "repair schedule",
 1: ("m", "Barnaby Krieger-Oyen", "f defends the agency's response | a says the failure gave no warning | n | n"),
 2: ("i", None, "a the agency had been warned | f the pipe was flagged in 2019 | n | n"),
 3: ("i", "Barnaby Krieger-Oyen", "f says the agency was working through the list | a implies the pipe's turn was coming | n | n"),
 4: ("d", "Ravenna Okonjo", "a mocks the agency's schedule | f implies replacing it sooner would have helped | a mocks his excuse | n"),
 "x1": ("Ravenna Okonjo", "a demands a review of the agency | n | n | n"),
 5: ("i", "Fidelma Corcoran", "a describes her losses from the failure | n | n | n"),
 6: ("d", "Fidelma Corcoran", "a faults the agency's silence | n | n | n"),
 7: ("i", "Barnaby Krieger-Oyen", "n | n | n | f proposes the borrowing"),
 8: ("m", "Quillon Taxpayers League", "a mocks the agency's management | n | n | a vows to fight the borrowing"),
 9: ("m", "Lysander Barrowmere", "n blames decades, not the agency | f calls it deferred maintenance | n | f implies the bill must be paid"),
 10: ("i", "Lysander Barrowmere", "n | n | n | f will back it"),
 11: ("m", "Lysander Barrowmere", "n | n | f defends him as not responsible | n"),
}))

ARTS.append(dict(
id="c2-12", domain="zoning / warehouse",
targets=[("Copperline warehouse rezoning", ["warehouse", "rezoning"]),
         ("Halyard Freight", ["Halyard"]),
         ("the warehouse will bring good jobs", ["jobs", "careers"]),
         ("Quillon Clean Air Coalition", ["Clean Air Coalition", "coalition"])],
text="""
[n1:Planners back 900,000-square-foot warehouse on Copperline farmland]

[by:By Fitzroy Vreeland, Herald-Courier Staff]

[dl:QUILLON COUNTY —] [n2:The Quillon County Planning Commission voted 4-1 on Wednesday to recommend rezoning 140 acres of farmland in Copperline for a distribution warehouse that Halyard Freight says would employ 1,200 people.]

The company’s regional vice president, [s1:Perrin Galbraith], [k1:said] [c1:starting pay would be $21.50 an hour, with health insurance from the first day]. “[c2:These are careers, not gigs,]” [s2:he] [k2:said].

[s3:The Quillon Clean Air Coalition] [k3:said] [c3:the site would send about 2,300 truck trips a day onto Route 40, past two schools and a senior housing complex].

“[c4:The jobs are real. So is the asthma,]” [k4:said] [s4:Itziar Etxeberria], the coalition’s organizer. [s5:She] [k5:noted] [c5:Halyard’s warehouse in neighboring Dunlow County had cut 400 positions after installing automated sorting in 2023].

[s6:Galbraith] [k6:said] [c6:those workers had been offered transfers] and [k7:insisted] [c7:the Copperline site was designed “for people, not robots.”] [x1:[xs1:He] [xk1:brushed aside] the coalition’s traffic figures].

Commissioner [s8:Araminta Vosk], who cast the lone no vote, [k8:said] [c8:the county was “trading its last farmland for a parking lot with a roof.”]

[k9:According to] [s9:a county economic analysis], [c9:the warehouse would generate $4.2 million a year in property taxes once its tax breaks expire in 2034].

[s10:Ezekiel Vandermolen], whose family has farmed next to the site since 1952, [k10:said] [c10:he had turned down Halyard’s offers for his land twice]. “[c11:I’ll sell the day somebody shows me that road can take those trucks,]” [s11:he] [k11:said].

[s12:Dunlow County Commissioner Lorcan Pescatore] [k12:said] [c12:the Halyard site in his county had been “a good neighbor, honestly, once we fixed the interchange.”]

“[c13:Ask the 400 people who lost their jobs there how good a neighbor it was,]” [s13:Etxeberria] [k13:said].

[n3:The County Commission will take up the rezoning in February.]
""",
at={
 "n1": "headline reports the recommendation", "n2": "reports the vote and the company's claim", "n3": "schedule",
 1: ("i", "Perrin Galbraith", "f touts pay and benefits | n | f describes well-paid positions | n"),
 2: ("d", "Perrin Galbraith", "f calls the positions careers | n | f says they are lasting careers | n"),
 3: ("i", "Quillon Clean Air Coalition", "a warns of truck traffic past schools | n | n | n"),
 4: ("d", "Itziar Etxeberria", "a sets the health cost against the project | n | f concedes the jobs are real | n"),
 5: ("i", "Itziar Etxeberria", "a suggests the positions may vanish | a cites the firm's layoffs | a automation cut 400 positions | n"),
 6: ("i", "Perrin Galbraith", "n | f defends the company's treatment of workers | f says workers were not abandoned | n"),
 7: ("m", "Perrin Galbraith", "f says the site is built for workers | n | f promises human jobs | n"),
 "x1": ("Perrin Galbraith", "f defends the project | n | n | a dismisses the group's figures"),
 8: ("m", "Araminta Vosk", "a says it wastes the last farmland | n | n | n"),
 9: ("i", "Quillon County", "f tax revenue supports the project | n | n | n"),
 10: ("i", "Ezekiel Vandermolen", "a his refusal to sell signals opposition | n | n | n"),
 12: ("m", "Lorcan Pescatore", "f vouches for a similar site | f calls the firm a good neighbor | n | n"),
 13: ("d", "Itziar Etxeberria", "a rebuts praise of the firm's record | a cites the firm's layoffs | a says the jobs were lost | n"),
 11: ("d", "Ezekiel Vandermolen", "a doubts the road can carry the trucks | n | n | n"),
}))
