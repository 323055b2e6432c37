# c2 batch 1: Brennick Bay / Quillon County
ARTS = []

ARTS.append(dict(
id="c2-01", domain="zoning / local planning",
targets=[("Wexcombe Street tower", ["tower", "Wexcombe Street", "31-storey"]),
         ("Pellucid Harbor Partners", ["Pellucid"]),
         ("the tower will push up rents nearby", ["rents", "price out"]),
         ("Ravenna Okonjo", ["Okonjo"])],
text="""
[n1:Council clears 31-storey Wexcombe Street tower after six-hour hearing]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:The Brennick Bay City Council voted 6-3 early Wednesday to rezone a former tire depot on Wexcombe Street for a 31-storey residential tower, the tallest building ever approved east of the Sorrel River.]

Councilmember [s1:Ravenna Okonjo], whose district includes the site, [k1:said] [c1:the project would add 412 homes "in a neighborhood that has added roughly none in a decade."]

"[c2:We can keep arguing about the shadow it casts, or we can let 412 families move in,]" [s2:Okonjo] [k2:said].

[k3:According to] [s3:a planning staff report], [c3:the building would generate about $2.8 million a year in property taxes and include 62 units priced for households earning below 60 percent of the area median].

Critics packed the chamber. [s4:Lowell Threlfall], who chairs the Kittering Heights Neighborhood Council, [k4:argued] [c4:the tower would "price out the very people it claims to house" by dragging luxury rents up and down the block].

"[c5:Pellucid has bought eleven buildings within four blocks of this site since 2021,]" [s5:Threlfall] [k5:said]. "[c6:You don't have to be a genius to see what comes next.]"

The developer's managing director, [s7:Honoria Vantreight], [k7:called] [c7:that theory "a conspiracy with a spreadsheet."] [s8:She] [k8:said] [c8:the firm had renovated all eleven buildings without raising rents beyond the limits set by the county].

[n3:Three council members voted no.] Councilman [s9:Benedikt Arroway] [k9:said] [c9:he supported more housing "in principle" but could not back a building "that blots out the afternoon for half of Tanager Park."]

[s10:Arroway] also [k10:asked] [c10:whether Okonjo had met privately with Pellucid executives before the vote]. [x1:[xs1:Okonjo] [xk1:brushed off] the insinuation]. "[c11:I meet with everyone. I met with Lowell twice, and he's welcome back,]" [s11:she] [k11:said].

Construction could begin next spring, pending a state environmental review. [q1:[qs1:The neighborhood council] [qk1:would not say] whether it plans to appeal].
""",
at={
 "n1": "headline reports the vote", "n2": "reports the rezoning vote", "n3": "vote count", "q1": "Kittering Heights Neighborhood Council",
 1: ("m", "Ravenna Okonjo", "f praises the homes the project adds | n | a implies new supply, not displacement | n her own argument"),
 2: ("d", "Ravenna Okonjo", "f frames the choice as housing for 412 families | n | n | n"),
 3: ("i", None, "f revenue and affordable-unit figures support the project | n | a affordable units cut against the displacement fear | n"),
 4: ("m", "Lowell Threlfall", "a argues it will price out residents | n | f says luxury rents will spread along the block | n"),
 5: ("d", "Lowell Threlfall", "a sets up the displacement argument against the project | a implies the developer is assembling land | f point, made next sentence, is rents will climb | n"),
 6: ("d", "Lowell Threlfall", "a implies the project's real aim is rent hikes | a insinuates a plan by the buyer of those buildings | f hints rents will rise | n"),
 7: ("m", "Honoria Vantreight", "f dismisses objections to her project | f defends her firm against the theory | a mocks the displacement fear | n"),
 8: ("i", "Honoria Vantreight", "n defends the firm's record, not the building | f says the firm kept rents within limits | a says rents were not pushed up | n"),
 9: ("m", "Benedikt Arroway", "a concedes housing need but rejects the building | n | n | n"),
 10: ("i", "Benedikt Arroway", "n | a insinuates improper access | n | a insinuates improper private meetings by her"),
 "x1": ("Ravenna Okonjo", "n | n | n | f rejects the insinuation about herself"),
 11: ("d", "Ravenna Okonjo", "n | n | n | f defends her openness to all sides"),
}))

ARTS.append(dict(
id="c2-02", domain="transit fares",
targets=[("transit fare increase", ["fare", "fares", "increase"]),
         ("Brennick Bay Transit Authority", ["transit authority", "the authority"]),
         ("the authority has run out of options", ["out of options"]),
         ("Niamh Garroway", ["Garroway", "general manager"])],
text="""
[n1:Brennick Bay bus fares to rise 75 cents in January despite rider protests]

[by:By Odell Finchley, Herald-Courier Transportation Reporter]

[dl:BRENNICK BAY —] [n2:The board of the Brennick Bay Transit Authority voted 5-2 on Thursday to raise the base fare from $2.00 to $2.75, the first increase since 2014.]

General manager [s1:Niamh Garroway] [k1:told] the board [c1:the agency faced a $19 million gap now that federal relief money had run out, and that without new revenue it would have to cut 14 routes by summer].

“[c2:Nobody in this building wanted to vote for this. But we are out of options, and a bus you can’t catch is worth nothing at any price,]” [s2:she] [k2:said].

Board member [s3:Cosima Dellamore], one of the two no votes, [k3:said] [c3:the authority had “never seriously looked” at trimming its administrative payroll, which has grown 22 percent since 2019].

“[c4:We found $6 million for a new headquarters lobby three years ago. Funny how the cupboard is always bare when it’s the riders’ turn,]” [s4:Dellamore] [k4:said].

[s5:Riders United Quillon], which gathered 3,800 signatures against the increase, [k5:said in a statement] [c5:the change would fall hardest on night-shift workers and students, who make up more than half of weekday riders].

The group’s organizer, [s6:Tobiah Renshaw], [k6:asked] [c6:why anyone should pay more for buses that, by the authority’s own figures, ran late 31 percent of the time last year].

“[c7:Ms. Garroway keeps asking us to be patient. We have been patient since 2014,]” [s7:he] [k7:said].

[s8:Garroway] [k8:acknowledged] [c8:on-time performance was “not where it needs to be”] but [k9:said] [c9:every cent of the new fare would go to drivers and service hours, not to buildings].

[n3:Riders enrolled in the county’s low-income Q-Pass program will continue to pay $1.00.] Board chair [s10:Ambrose Moss] [k10:noted] [c10:the board would revisit the fare in 18 months if weekday ridership fell by more than 5 percent].

[x1:[xs1:Mayor Clementine Halvane] [xk1:welcomed] the vote] in a two-line statement. [x2:[xs2:Renshaw] [xk2:denounced] the outcome] outside the meeting room.

“[c11:They’ll see us again in March,]” [s11:he] [k11:said].
""",
at={
 "n1": "headline reports the increase and protests", "n2": "reports the board vote", "n3": "fact about reduced fares",
 1: ("i", "Niamh Garroway", "f presents it as the alternative to cutting 14 routes | n | f says only new revenue avoids cuts | n"),
 2: ("d", "Niamh Garroway", "f argues service matters more than price | n | f frames the vote as unwanted but unavoidable | n"),
 3: ("m", "Cosima Dellamore", "a argues cheaper cuts were never tried | a faults the agency's growing payroll | a says other options were never examined | n"),
 4: ("d", "Cosima Dellamore", "a sarcasm: money found for a lobby, not riders | a mocks the agency's spending choices | a implies money exists elsewhere | n"),
 5: ("i", "Riders United Quillon", "a says the burden falls on the poorest riders | n | n | n"),
 6: ("i", "Tobiah Renshaw", "a argues riders should not pay more for late buses | a cites the agency's poor punctuality | n | n"),
 7: ("d", "Tobiah Renshaw", "a implies riders have waited too long already | n | n | a mocks her appeals for patience"),
 8: ("m", "Niamh Garroway", "n | a concedes the agency's punctuality is poor | n | n"),
 9: ("i", "Niamh Garroway", "f assures riders the money buys service | f defends how the agency will spend it | n | n"),
 10: ("i", "Ambrose Moss", "n procedural review condition | n | n | n"),
 "x1": ("Clementine Halvane", "f welcomed the vote | n | n | n"),
 "x2": ("Tobiah Renshaw", "a denounced the outcome | a denounces the board's decision | n | n"),
 11: ("d", "Tobiah Renshaw", "a vows continued opposition | n | n | n"),
}))

ARTS.append(dict(
id="c2-03", domain="rent and housing",
targets=[("rent stabilization ordinance", ["rent stabilization", "ordinance", "cap"]),
         ("Quillon Tenants Union", ["tenants union"]),
         ("rent caps will reduce new construction", ["new construction", "fewer apartments"]),
         ("Brennick Bay Property Owners Council", ["Property Owners Council", "owners council"])],
text="""
[n1:Brennick Bay caps yearly rent increases at 4 percent]

[by:By Maribel Stroud, Herald-Courier Housing Reporter]

[dl:BRENNICK BAY —] [n2:Landlords in Brennick Bay will be barred from raising rents by more than 4 percent a year on most apartments built before 2005 under a rent stabilization ordinance the City Council passed 5-4 on Tuesday.] The measure takes effect in March.

"[c1:For the first time, a family renting in this city can plan a year ahead,]" [k1:said] [s1:Dasha Mirkovic], lead organizer of the Quillon Tenants Union, which spent two years campaigning for the cap.

[s2:Mirkovic] [k2:said] [c2:median rents in the city had climbed 38 percent in five years while wages rose 11 percent].

[s3:The Brennick Bay Property Owners Council], which represents about 600 landlords, [k3:warned] [c3:the cap would "freeze the city in amber" and drive investors to neighboring towns].

Its executive director, [s4:Garrick Hollenbeck], [k4:put it more bluntly]: "[c4:Nobody pours a foundation to earn 4 percent when a bond pays five.]"

[s5:Councilmember Ilario Brancombe], who voted no, [k5:said] [c5:he sympathized with renters but had read "every study there is," and they pointed the same way: fewer apartments get built].

Supporters dispute that reading. [s6:Fenella Oyelowo-Birch], an economist at Quillon State College, [k6:noted] [c6:the ordinance exempts every building less than 20 years old, precisely to protect new construction].

"[c7:The developers are arguing against a law that doesn't apply to them,]" [s7:she] [k7:said].

[s8:Hollenbeck] [k8:countered] that [c8:exemptions "have a way of shrinking"] once a cap is on the books.

[n3:The union has drawn criticism of its own.] [s9:Brancombe] [k9:accused] [c9:the Quillon Tenants Union of packing committee hearings with paid canvassers], a charge [x1:[xs1:Mirkovic] [xk1:flatly denied]].

"[c10:Our canvassers are tenants. Some of them are paid. All of them pay rent,]" [s10:she] [k10:said].

[s11:Mayor Clementine Halvane] [k11:said] [c11:she would sign the ordinance, though she would ask the council to review its effect on building permits after two years].
""",
at={
 "n1": "headline states the new cap", "n2": "reports what the ordinance does", "n3": "author frames a criticism neutrally",
 1: ("d", "Dasha Mirkovic", "f praises predictability for renting families | n | n | n"),
 2: ("i", "Dasha Mirkovic", "f rent-versus-wage figures argue for the cap | n | n | n"),
 3: ("m", "Brennick Bay Property Owners Council", "a warns the cap will freeze the city | n | f says investors will leave | n"),
 4: ("d", "Garrick Hollenbeck", "a says the capped return is too low | n | f implies no one will build | n"),
 5: ("m", "Ilario Brancombe", "a concedes sympathy but opposes the cap | n | f says studies show fewer apartments built | n"),
 6: ("i", "Fenella Oyelowo-Birch", "f defends the ordinance's design | n | a says exemptions protect construction | n"),
 7: ("d", "Fenella Oyelowo-Birch", "f dismisses the objection as irrelevant | n | a says the law does not touch new buildings | a implies the landlords' argument is misplaced"),
 8: ("m", "Garrick Hollenbeck", "a warns exemptions will erode | n | f implies construction will be hit later | n"),
 9: ("i", "Ilario Brancombe", "n | a accuses the union of packing hearings | n | n"),
 "x1": ("Dasha Mirkovic", "n | f denies the charge against her union | n | n"),
 10: ("d", "Dasha Mirkovic", "n | f defends the union's canvassers | n | n"),
 11: ("i", "Clementine Halvane", "f will sign the ordinance, with a review | n | n | n"),
}))

ARTS.append(dict(
id="c2-04", domain="school board / school closures",
targets=[("closing Larkspur Hill Elementary", ["Larkspur Hill", "close", "closing"]),
         ("Corwin Abernethy-Sule", ["Abernethy-Sule", "superintendent"]),
         ("the closures will save money", ["savings", "1.4 million"]),
         ("the district's facilities study", ["facilities study", "study", "spreadsheet"])],
text="""
[n1:Parents fight plan to close Larkspur Hill Elementary]

[by:By Fitzroy Vreeland, Herald-Courier Education Reporter]

[dl:BRENNICK BAY —] [n2:More than 200 parents crowded into the Brennick Bay Unified School District board room on Monday night to oppose a proposal to close Larkspur Hill Elementary and send its 260 students to two schools across Route 40.]

Superintendent [s1:Corwin Abernethy-Sule] [k1:said] [c1:the district was heating and staffing buildings designed for 11,000 students while enrolling fewer than 8,400].

"[c2:Every empty classroom costs us a teacher somewhere else,]" [s2:he] [k2:said]. "[c3:I would rather pay for a reading specialist than a boiler.]"

[k4:According to] [s4:the district's facilities study], [c4:closing Larkspur Hill would cut about $1.4 million a year, most of it in maintenance and administration].

Parents questioned the savings. [s5:Yevgenia Castellow], whose twins are in second grade, [k5:said] [c5:the study left out the cost of three extra bus routes, which she put at $400,000 a year].

"[c6:So we're talking a million dollars, maybe, and the price is my kids crossing a four-lane highway,]" [s6:Castellow] [k6:said].

[s7:Board member Lavinia Orsk] [k7:said] [c7:she had toured the school twice and found "a school that works, in a building that's paid for."] [x1:[xs1:She] [xk1:praised] the superintendent's candor], however.

[s8:Abernethy-Sule] [k8:conceded] [c8:the transportation figures had not been included] and [k9:promised] [c9:to publish a revised estimate before the board votes on Dec. 14].

"[c10:If the number changes, I'll say so. I'm not attached to a building; I'm attached to a budget that adds up,]" [s10:he] [k10:said].

"[c11:Ask any kid here where they'd rather be. Then go ask Dr. Abernethy-Sule's spreadsheet,]" [k11:said] [s11:Ignatz Mbowe-Hart], who teaches fourth grade at Larkspur Hill.

[n3:The district closed two other elementary schools in 2019.] [s12:A district review released last year] [k12:found] [c12:reading scores at the receiving schools were flat in the first year after those closures].

[x2:[xs2:The Larkspur Hill PTA] [xk2:has called for] an independent audit of the study]. Board President [s13:Imelda Ruskin-Obi] [k13:said] [c13:the board would take public comment again on Dec. 7].
""",
at={
 "n1": "headline reports parents' opposition", "n2": "reports the meeting and proposal", "n3": "background fact",
 1: ("i", "Corwin Abernethy-Sule", "f argues the district pays for empty buildings | n | f implies money is wasted on space | n"),
 2: ("d", "Corwin Abernethy-Sule", "f says empty rooms cost teachers | n | f implies fewer buildings free money | n"),
 3: ("d", "Corwin Abernethy-Sule", "f prefers specialists to heating half-empty schools | n | f money saved would buy teaching | n"),
 4: ("i", "Brennick Bay Unified School District", "f savings estimate supports the plan | n | f estimates $1.4 million a year | n"),
 5: ("i", "Yevgenia Castellow", "a disputes the case for the plan | n | a says busing eats into the money | a says the study omitted busing"),
 6: ("d", "Yevgenia Castellow", "a weighs modest money against child safety | n | a doubts the figure | n"),
 7: ("m", "Lavinia Orsk", "a describes a school that works | n | n | n"),
 "x1": ("Lavinia Orsk", "n | f praised his candor | n | n"),
 8: ("i", "Corwin Abernethy-Sule", "n | n | n | a concedes the study omitted transport costs"),
 9: ("i", "Corwin Abernethy-Sule", "n procedural promise | n | n | n"),
 10: ("d", "Corwin Abernethy-Sule", "f frames the plan as budget discipline | n | n | n"),
 11: ("d", "Ignatz Mbowe-Hart", "a says children want to stay | a mocks his reliance on numbers | n | a mocks the spreadsheet"),
 12: ("i", "Brennick Bay Unified School District", "n flat scores, no clear side | n | n | n"),
 "x2": ("Larkspur Hill PTA", "n | n | n | a demands an audit, doubting the study"),
 13: ("i", "Imelda Ruskin-Obi", "n procedure | n | n | n"),
}))

ARTS.append(dict(
id="c2-05", domain="policing / civilian oversight",
targets=[("subpoena power for the review board", ["subpoena power", "subpoena"]),
         ("Brennick Bay Police Department", ["police department", "the department"]),
         ("the review board is toothless", ["hands tied"]),
         ("Faustine Carrington", ["Carrington", "chief"])],
text="""
[n1:Police review board asks council for subpoena power]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:Brennick Bay's Civilian Police Review Board asked the City Council on Monday for the power to subpoena records, after a year in which, it says, the police department ignored 17 of its 23 requests.]

"[c1:We are asked to review cases with our hands tied and our eyes closed,]" [k1:said] [s1:Evander Lorne-Mbatha], the board's chair. "[c2:Seventeen requests. Seventeen silences.]"

[s3:Lorne-Mbatha] [k3:said] [c3:the board had closed 31 complaints last year as "unable to determine" because officers declined interviews and footage never arrived].

Police Chief [s4:Faustine Carrington] [k4:said] [c4:her department had shared "everything the law allows," and that several requests involved open criminal investigations].

"[c5:I support oversight. I've supported it since I was a sergeant. What I can't support is handing a volunteer panel the keys to active cases,]" [s5:Carrington] [k5:said].

[s6:The Brennick Bay Police Officers Guild] [k6:said in a statement] [c6:the change would turn the board into "a prosecutor without the training or the accountability."]

[s7:Councilmember Ottavia Aukett], who drafted the proposal, [k7:called] [c7:the guild's warning "the same speech they gave about body cameras in 2016."] [n3:Body cameras were adopted citywide in 2017.]

[s8:Critics of the department] [k8:point out] [c8:the city paid $4.6 million in misconduct settlements over the past three years, more than the review board has spent since its founding].

[s9:Aukett] [k9:said] [c9:her ordinance would let the board compel records only after a 30-day request went unanswered, and never testimony in an open case].

"[c10:Chief Carrington has been straight with us. The problem is the law, not her,]" [s10:Aukett] [k10:said].

"[c11:Is a board that can only ask nicely really a board?]" [k11:asked] [s11:Juniper Ashwell], whose 2022 complaint against two officers was closed without a finding. [x1:[xs1:Carrington] [xk1:took issue with] that description] after the meeting.

Council President [s12:Emmerich Dunsby] [k12:said] [c12:the measure would go to the public safety committee first, with a hearing in January].
""",
at={
 "n1": "headline reports the request", "n2": "reports the request and the board's figures", "n3": "background fact",
 1: ("d", "Evander Lorne-Mbatha", "f says the board works blind without it | n | f describes the board's hands as tied | n"),
 2: ("d", "Evander Lorne-Mbatha", "f stresses ignored requests | a implies the department stonewalled | f requests went unanswered | n"),
 3: ("m", "Evander Lorne-Mbatha", "f shows cases closed for lack of evidence | a says officers and footage were withheld | f complaints ended unresolved | n"),
 4: ("m", "Faustine Carrington", "n | f defends her department's disclosures | a says the board got all it may legally have | n"),
 5: ("d", "Faustine Carrington", "a opposes giving the panel access to active cases | n | n | n"),
 6: ("m", "Brennick Bay Police Officers Guild", "a warns of an untrained prosecutor | n | n | n"),
 7: ("m", "Ottavia Aukett", "f dismisses the guild's warning as recycled | n | n | n"),
 8: ("i", None, "f settlement figures make the case for scrutiny | a cites costly misconduct settlements | n | n"),
 9: ("i", "Ottavia Aukett", "f describes safeguards in her proposal | n | n | n"),
 10: ("d", "Ottavia Aukett", "f says the law must change | n | f blames the law's limits | f vouches for the chief's honesty"),
 11: ("d", "Juniper Ashwell", "f rhetorical question backs stronger powers | n | f implies the board is powerless | n"),
 "x1": ("Faustine Carrington", "n | n | a disputes the description of the board | n"),
 12: ("i", "Emmerich Dunsby", "n procedure | n | n | n"),
}))

ARTS.append(dict(
id="c2-06", domain="arena subsidy",
targets=[("Tidewater Arena subsidy", ["subsidy", "borrowing", "public money"]),
         ("Brennick Bay Gulls", ["Gulls", "the team"]),
         ("the arena will revive the waterfront", ["waterfront"]),
         ("Cassius Aldermoor-Vey", ["Aldermoor-Vey"])],
text="""
[n1:Commissioners weigh $310 million in public money for new Gulls arena]

[by:By Odell Finchley, Herald-Courier Staff]

[dl:QUILLON COUNTY —] [n2:Quillon County commissioners heard five hours of testimony Tuesday on a proposal to borrow $310 million toward Tidewater Arena, a 17,000-seat home for the Brennick Bay Gulls on the old ferry terminal site.]

Team owner [s1:Cassius Aldermoor-Vey] [k1:told] commissioners [c1:the Gulls would sign a 30-year lease and cover any construction overruns].

“[c2:Thirty years, signed. Page four of the term sheet. Read it,]” [s2:he] [k2:said] when a commissioner raised the lease.

The county’s consultant, [s3:Pelham Strickwood Advisory], [k3:estimated] [c3:the arena would draw 1.9 million visitors a year and support 1,100 jobs].

Economist [s4:Oriel Vanstraaten] of Quillon State College [k4:said] [c4:such projections “almost never survive contact with reality”] and [k5:noted] [c5:the county’s last stadium, a minor-league ballpark opened in 1998, still owes $41 million].

Commissioner [s6:Lysander Barrowmere] [k6:said] [c6:the waterfront had sat empty for 20 years and “a parking lot never filled a restaurant.”]

“[c7:I’m not in love with the price. I’m in love with the idea of people down there on a Tuesday night,]” [s7:Barrowmere] [k7:said].

[s8:Commissioner Gretchen Varnham] [k8:asked] [c8:what would happen if the team were sold]. [s9:Aldermoor-Vey] [k9:replied] [c9:the lease would bind any future owner].

[s10:The Quillon Taxpayers League] [k10:urged] commissioners [c10:to put the borrowing to a countywide vote]. Its president, [s11:Osgood Sarrazine], [k11:was less diplomatic]: “[c11:If this arena is such a sure thing, Mr. Aldermoor-Vey’s bankers can pay for it.]”

[s12:Nadira Felsworth], who runs a bait shop two blocks from the terminal, [k12:said] [c12:she had heard big promises for the site before]. “[c13:In 2009 it was a convention center. In 2015 it was a casino. I’m still the only business on the block,]” [s13:she] [k13:said].

[n3:Commissioners are expected to vote on the subsidy Feb. 3.] [q1:[qs1:Varnham] [qk1:would not say] how she plans to vote].
""",
at={
 "n1": "headline reports the hearing", "n2": "reports testimony and the proposal", "n3": "schedule", "q1": "Gretchen Varnham",
 1: ("i", "Cassius Aldermoor-Vey", "f offers lease and overrun guarantees | f commits the team long-term | n | n"),
 2: ("d", "Cassius Aldermoor-Vey", "f points to the 30-year term as a guarantee | f team's commitment is in writing | n | n"),
 3: ("i", "Pelham Strickwood Advisory", "f visitor and job estimates support the deal | n | f projects crowds for the site | n"),
 4: ("m", "Oriel Vanstraaten", "a doubts the consultant's projections | n | a says such promises fail | n"),
 5: ("i", "Oriel Vanstraaten", "a cites unpaid debt from the last stadium | n | a the last venue did not pay off | n"),
 6: ("m", "Lysander Barrowmere", "f argues the empty site needs it | n | f says the land needs crowds | n"),
 7: ("d", "Lysander Barrowmere", "f concedes the price but backs the deal | n | f imagines crowds downtown | n"),
 8: ("i", "Gretchen Varnham", "n question without a position | n | n | n"),
 9: ("i", "Cassius Aldermoor-Vey", "f reassures that the lease protects the county | n | n | n"),
 10: ("i", "Quillon Taxpayers League", "a wants voters to decide, signalling doubt | n | n | n"),
 12: ("i", "Nadira Felsworth", "a skeptical of promises for the site | n | a doubts the site will revive | n"),
 13: ("d", "Nadira Felsworth", "a past promises never delivered | n | a earlier revival plans failed | n"),
 11: ("d", "Osgood Sarrazine", "a says private money should pay | n | a mocks the idea it is a sure thing | a mocks the owner's ask"),
}))
