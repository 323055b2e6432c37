# c2 batch 7
ARTS = []

ARTS.append(dict(
id="c2-36", domain="rent and housing / mobile homes",
targets=[("Bayview Pines lot rent increase", ["lot rent", "lot rents", "increase"]),
         ("Tollgate Residential", ["Tollgate"]),
         ("the county should cap lot rents", ["caps", "limiting"])],
text="""
[n1:Mobile home residents face 40 percent lot rent increase from new owner]

[by:By Maribel Stroud, Herald-Courier Housing Reporter]

[dl:QUILLON COUNTY —] [n2:Residents of Bayview Pines, a 212-home mobile home park outside Brennick Bay, will see monthly lot rents rise from $610 to $855 in March, six months after the park was sold to Tollgate Residential, an out-of-state investment firm.]

[s1:Tollgate Residential] [k1:said in a letter to residents] [c1:the increase reflected “years of deferred investment” and would pay for new water lines and paved roads].

[s2:Bronwyn Stackpole], 72, who has lived in the park since 1994, [k2:said] [c2:she owned her home but could not afford to move it, which would cost about $15,000]. “[c3:They know we can’t leave. That’s the whole business model,]” [s3:she] [k3:said].

[s4:Dasha Mirkovic] of the Quillon Tenants Union [k4:said] [c4:at least four parks in the county had been bought by investors since 2022 and every one had raised lot rents by a third or more].

Commissioner [s5:Gretchen Varnham] [k5:said] [c5:she would propose an ordinance limiting lot rent increases to 5 percent a year].

The firm’s vice president for acquisitions, [s6:Crispin Ackroyd], [k6:said] [c6:the park’s rents had been “frozen since 2009” and would still sit below the regional average after the increase]. “[c7:We’re not the villains here. We’re the first owners in fifteen years to fix a pipe,]” [s7:he] [k7:said].

Commissioner [s8:Lysander Barrowmere] [k8:said] [c8:rent caps “sound kind and work badly,”] and [k9:warned] [c9:owners might close parks and sell the land to developers].

[s10:Stackpole] [k10:acknowledged] [c10:the water lines had been patched “with duct tape and prayer” for years]. “[c11:Fix the pipes. Then send me a bill I can pay,]” [s11:she] [k11:said].

[k12:According to] [s12:the county’s housing office], [c12:the median household income in the park is about $29,000 a year].
""",
at={
 "n1": "headline reports the increase", "n2": "describes the increase and sale",
 1: ("m", "Tollgate Residential", "f justifies the increase with repairs | n | n"),
 2: ("i", "Bronwyn Stackpole", "a she cannot leave or absorb it | n | f shows residents are trapped"),
 3: ("d", "Bronwyn Stackpole", "a says the owner exploits captive residents | a accuses the owner of exploiting them | f residents need protection"),
 4: ("i", "Dasha Mirkovic", "a investor buyers hike rents everywhere | a puts the buyer in a pattern of hikes | f cites a pattern needing limits"),
 5: ("i", "Gretchen Varnham", "a seeks to limit such increases | n | f proposes a 5 percent limit"),
 6: ("m", "Crispin Ackroyd", "f says rents were long frozen and stay below average | n | a implies limits are unneeded"),
 7: ("d", "Crispin Ackroyd", "f says the firm is fixing the park | f defends his firm | n"),
 8: ("m", "Lysander Barrowmere", "n | n | a says caps work badly"),
 9: ("i", "Lysander Barrowmere", "n | n | a warns caps could close parks"),
 10: ("m", "Bronwyn Stackpole", "n concedes the pipes needed work | n | n"),
 11: ("d", "Bronwyn Stackpole", "a the bill is unaffordable | n | f wants a bill she can pay"),
 12: ("i", None, "a low incomes make it unaffordable | n | n"),
}))

ARTS.append(dict(
id="c2-37", domain="transit / rapid bus",
targets=[("Larkin Boulevard rapid bus line", ["rapid bus", "bus lane"]),
         ("Niamh Garroway", ["Garroway", "general manager"]),
         ("the bus lanes will worsen traffic", ["traffic", "parking lot"])],
text="""
[n1:Transit authority unveils $88 million rapid bus line for Larkin Boulevard]

[by:By Odell Finchley, Herald-Courier Transportation Reporter]

[dl:BRENNICK BAY —] [n2:Buses would get their own lanes along 4.6 miles of Larkin Boulevard under an $88 million plan the Brennick Bay Transit Authority released Tuesday, with stations every half mile and a bus every six minutes at rush hour.]

General manager [s1:Niamh Garroway] [k1:said] [c1:the service would cut the trip from Eastwharf to the hospital district from 41 minutes to 24]. “[c2:This is the first time in my career I get to tell Eastwharf riders their bus is going to be faster, not slower,]” [s2:she] [k2:said].

[k3:According to] [s3:the authority’s own traffic study], [c3:car travel times on the boulevard would rise by two to four minutes at rush hour].

[s4:Tancredi Fiorentino], who owns two car dealerships on the boulevard, [k4:said] [c4:the plan would turn Larkin into “a parking lot with a bus lane down the middle.”] “[c5:Two minutes, they say. I’ll believe two minutes when I see it,]” [s5:he] [k5:said].

Riders United Quillon organizer [s6:Tobiah Renshaw], usually one of the authority’s sharpest critics, [k6:called] [c6:the plan “the best thing they’ve done in ten years.”] “[c7:I’ve spent a decade yelling at Ms. Garroway. Today I’m going to say thank you,]” [s7:he] [k7:said].

Councilman [s8:Benedikt Arroway] [k8:said] [c8:the authority “has never finished a project on time or on budget”] and [k9:asked] [c9:why voters should believe this one would be different].

[s10:Garroway] [k10:said] [c10:the last two projects, a bus depot and a new fare system, had both come in under budget].

[s11:Quillon Regional Medical Center] [k11:said in a statement] [c11:a third of its 3,400 employees commute by bus, many of them on night shifts].

[s12:Fiorentino] [k12:said] [c12:he liked Garroway personally but would sue if the lanes took away his customers’ left turns].
""",
at={
 "n1": "headline reports the plan", "n2": "describes the plan",
 1: ("i", "Niamh Garroway", "f promises a much faster trip | n | n"),
 2: ("d", "Niamh Garroway", "f celebrates faster service | n | n"),
 3: ("i", "Brennick Bay Transit Authority", "n | n | f car trips get slower"),
 4: ("m", "Tancredi Fiorentino", "a predicts gridlock | n | f calls it a parking lot"),
 5: ("d", "Tancredi Fiorentino", "a doubts the study | n | f expects worse delays than promised"),
 6: ("m", "Tobiah Renshaw", "f praises the plan | n | n"),
 7: ("d", "Tobiah Renshaw", "f thanks the agency for it | f thanks her after years of criticism | n"),
 8: ("m", "Benedikt Arroway", "a doubts the agency can deliver | a disparages the agency she runs | n"),
 9: ("i", "Benedikt Arroway", "a rhetorical doubt about the project | n | n"),
 10: ("i", "Niamh Garroway", "f says the agency delivers on budget | n | n"),
 11: ("i", "Quillon Regional Medical Center", "f many staff depend on buses | n | n"),
 12: ("i", "Tancredi Fiorentino", "a threatens to sue | n likes her, opposes the plan | n"),
}))

ARTS.append(dict(
id="c2-38", domain="school board / school merger",
targets=[("merging Sefton and Westmarch high schools", ["merged", "combine", "combined"]),
         ("the merger will expand course offerings", ["Advanced Placement", "calculus"]),
         ("Corwin Abernethy-Sule", ["Abernethy-Sule", "superintendent"])],
text="""
[n1:Board weighs merging two half-empty high schools]

[by:By Fitzroy Vreeland, Herald-Courier Education Reporter]

[dl:BRENNICK BAY —] [n2:Sefton High School and Westmarch High School, which together enroll about 1,500 students in buildings designed for 3,200, would combine on the Sefton campus in 2027 under a proposal presented to the school board Thursday.]

Superintendent [s1:Corwin Abernethy-Sule] [k1:said] [c1:the merged school could offer 11 Advanced Placement courses, compared with four at Westmarch now, and restore the orchestra Westmarch lost in 2021]. “[c2:Right now a kid’s zip code decides whether she can take calculus,]” [s2:he] [k2:said].

Westmarch principal [s3:Winslow Adebanjo] [k3:said] [c3:he supported “the goal, if not the timeline,”] and [k4:warned] [c4:combining two rival schools in a single year could lead to fights in the hallways].

Westmarch senior [s5:Zinnia Halloway] [k5:said] [c5:students had been told for years that theirs was “the school they’d fix next.”] “[c6:Now we’re the one they close. You can see why we’re not excited,]” [s6:she] [k6:said].

[k7:According to] [s7:the Brennick Bay Unified School District’s proposal], [c7:the change would save $3.2 million a year, most of which would go to hiring 18 teachers].

Board member [s8:Lavinia Orsk], who opposed closing Larkspur Hill Elementary, [k8:said] [c8:this case was different because “nobody’s crossing a highway, and everybody’s getting more.”] [x1:[xs1:Board President Imelda Ruskin-Obi] [xk1:praised] the superintendent’s outreach to families].

Parent [s9:Rohesia Pentreath] [k9:accused] [c9:the superintendent of “closing schools in one part of town and calling it opportunity.”]

Westmarch alumni association president [s12:Anselmo Ruane] [k12:said] [c12:more than 600 graduates had signed a letter asking the board to keep both schools open and share teachers between them instead]. “[c13:Share the calculus teacher. Don’t shut the building,]” [s13:he] [k13:said].

[s10:Abernethy-Sule] [k10:said] [c10:he would hold four meetings at Westmarch before the board votes in March] and [k11:promised] [c11:to keep the Westmarch name on the combined school’s athletic teams].
""",
at={
 "n1": "headline reports the proposal", "n2": "describes the proposal",
 1: ("i", "Corwin Abernethy-Sule", "f more courses and orchestra | f promises 11 AP courses | n"),
 2: ("d", "Corwin Abernethy-Sule", "f says students deserve equal access | f implies calculus for all | n"),
 3: ("m", "Winslow Adebanjo", "n backs the goal, questions timing | n | n"),
 4: ("i", "Winslow Adebanjo", "a warns of fights | n | n"),
 5: ("m", "Zinnia Halloway", "a recalls broken promises | n | n"),
 6: ("d", "Zinnia Halloway", "a students aren't excited | n | n"),
 7: ("i", "Brennick Bay Unified School District", "f savings fund teachers | f more teachers | n"),
 8: ("m", "Lavinia Orsk", "f everyone gets more | f students gain offerings | n"),
 "x1": ("Imelda Ruskin-Obi", "n | n | f praised his outreach"),
 9: ("m", "Rohesia Pentreath", "a calls it closure dressed as opportunity | a dismisses the promised opportunity | a accuses him"),
 10: ("i", "Corwin Abernethy-Sule", "n procedural promise | n | n"),
 12: ("i", "Anselmo Ruane", "a alumni want both schools kept | n | n"),
 13: ("d", "Anselmo Ruane", "a proposes sharing teachers instead | n | n"),
 11: ("i", "Corwin Abernethy-Sule", "f eases the transition | n | n"),
}))

ARTS.append(dict(
id="c2-39", domain="policing / surveillance",
targets=[("license plate readers", ["plate readers", "cameras", "camera"]),
         ("the cameras will help recover stolen cars", ["stolen", "thefts"]),
         ("Open Records Quillon", ["Open Records Quillon", "the group"])],
text="""
[n1:Police want 60 license plate cameras; privacy group objects]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:The Brennick Bay Police Department is seeking $540,000 to install 60 automated license plate readers at major intersections. The cameras log every passing car and flag vehicles reported stolen or linked to crimes.]

Chief [s1:Faustine Carrington] [k1:said] [c1:car thefts in the city had nearly doubled in two years, to 1,340 last year, and officers recovered fewer than half of those vehicles]. “[c2:A camera doesn’t get tired at 3 a.m. and it doesn’t miss a plate,]” [s2:she] [k2:said].

[s3:Open Records Quillon], the transparency group that fought the department’s drone program, [k3:said] [c3:the system would build “a diary of every resident’s movements” that could be kept for years].

Its director, [s4:Mercedes Oyarzun], [k4:said] [c4:neighboring Dunlow County’s readers had flagged the wrong car 212 times last year, including one driven by a nurse who was held at gunpoint].

[s5:Carrington] [k5:said] [c5:officers would have to confirm every alert by radio before stopping a car] and [k6:said] [c6:data not tied to an investigation would be deleted after 30 days].

[k7:According to] [s7:the department’s proposal], [c7:cities using similar systems had recovered stolen cars about 40 percent faster].

[s8:Garnet Mulvaney], whose pickup was taken twice last year, [k8:said] [c8:he “couldn’t care less” who logged his commute]. “[c9:Log my drive all you want. Just find my truck,]” [s9:he] [k9:said].

Councilmember [s10:Ottavia Aukett] [k10:said] [c10:she would back the request only with an ordinance barring the data from being shared with immigration authorities].

Councilman [s11:Benedikt Arroway] [k11:accused] [c11:Open Records Quillon of “opposing every tool the police ask for, then complaining about crime.”] [x1:[xs1:Oyarzun] [xk1:laughed off] the charge].

[s12:Oyarzun] [k12:said] [c12:the group had supported body cameras in 2017 “because they watch the police, not the public.”]
""",
at={
 "n1": "headline reports request and objection", "n2": "describes the request",
 1: ("i", "Faustine Carrington", "f thefts are soaring and unsolved | f implies better recovery is needed | n"),
 2: ("d", "Faustine Carrington", "f cameras never miss a plate | f implies cars will be found | n"),
 3: ("m", "Open Records Quillon", "a warns of tracking residents | n | n"),
 4: ("i", "Mercedes Oyarzun", "a cites dangerous false alerts | n | n"),
 5: ("i", "Faustine Carrington", "f describes a safeguard | n | n"),
 6: ("i", "Faustine Carrington", "f limits data retention | n | n"),
 7: ("i", "Brennick Bay Police Department", "f faster recoveries elsewhere | f cars recovered 40 percent faster | n"),
 8: ("m", "Garnet Mulvaney", "f doesn't mind being logged | n | n"),
 9: ("d", "Garnet Mulvaney", "f wants them if they find his truck | f hopes they recover his truck | n"),
 10: ("i", "Ottavia Aukett", "n conditional support | n | n"),
 11: ("m", "Benedikt Arroway", "f defends police tools | n | a accuses the group of obstruction"),
 "x1": ("Mercedes Oyarzun", "n | n | f dismisses the charge against her group"),
 12: ("m", "Mercedes Oyarzun", "a contrasts them with body cameras | n | f defends the group's record"),
}))

ARTS.append(dict(
id="c2-40", domain="arena subsidy / lawsuit",
targets=[("the Taxpayers League lawsuit", ["suit", "sue", "case"]),
         ("the ballot question was misleading", ["ballot question", "ballot language", "wording"]),
         ("Osgood Sarrazine", ["Sarrazine"])],
text="""
[n1:Taxpayers League sues to void arena referendum]

[by:By Odell Finchley, Herald-Courier Staff]

[dl:QUILLON COUNTY —] [n2:The Quillon Taxpayers League filed suit in county court on Monday seeking to overturn the referendum that approved $310 million in borrowing for Tidewater Arena.]

[s1:The complaint] [k1:argues] [c1:the ballot question hid the true cost from voters by leaving out about $190 million in interest].

League president [s2:Osgood Sarrazine] [k2:said] [c2:voters “were told the price of the car and not the price of the loan.”]

County attorney [s3:Zsolt Szarvas] [k3:said] [c3:the ballot language had been approved by the county elections board and followed state law “to the comma.”] “[c4:You can lose an election. You can’t sue your way out of losing it,]” [s4:he] [k4:said].

Commissioner [s5:Lysander Barrowmere] [k5:called] [c5:the case “a tantrum with a filing fee.”]

Law professor [s6:Henrike Vallancey] of Quillon State College [k6:said] [c6:courts almost never overturn a referendum over wording unless it was “actually false, not merely incomplete.”] [s7:She] [k7:added] [c7:the League had “a better argument than most,” because the interest figure appeared nowhere in the voter guide].

Gulls owner [s8:Cassius Aldermoor-Vey] [k8:said] [c8:construction would go on and the team would “not be held hostage by a sore loser.”]

[s9:Sarrazine] [k9:said] [c9:the League had raised $84,000 for the case, most of it in gifts under $50]. “[c10:Sore loser? Sure. Also a taxpayer,]” [s10:he] [k10:said].

[s11:Anwen Pask], a Galloway Flats voter who cast a yes ballot, [k11:said] [c11:she had not known about the interest, “and I’m not sure I’d have voted yes if I had.”]

[s13:Barrowmere] [k13:said] [c13:every week of delay would add about $400,000 to construction costs]. [s14:Sarrazine] [k14:said] [c14:the commissioner should “take that up with whoever wrote the ballot.”]

Court administrator [s12:Rhodri Tressider] [k12:said] [c12:a first hearing had been set for Feb. 9].
""",
at={
 "n1": "headline reports the suit", "n2": "reports the filing",
 1: ("i", "Quillon Taxpayers League", "f states the case's argument | f says voters weren't told the cost | n"),
 2: ("m", "Osgood Sarrazine", "f argues the case | f says voters weren't told the loan's price | n"),
 3: ("m", "Zsolt Szarvas", "a says the language was lawful | a says it followed the law exactly | n"),
 4: ("d", "Zsolt Szarvas", "a calls it sour grapes | n | a rebukes the League's leader"),
 5: ("m", "Lysander Barrowmere", "a calls it a tantrum | n | a mocks its backers"),
 6: ("m", "Henrike Vallancey", "a such cases rarely win | n | n"),
 7: ("m", "Henrike Vallancey", "f concedes it is stronger than most | f the interest figure was missing | n"),
 8: ("m", "Cassius Aldermoor-Vey", "a dismisses the suit | n | a calls him a sore loser"),
 9: ("i", "Osgood Sarrazine", "f small donors back it | n | n"),
 10: ("d", "Osgood Sarrazine", "f defends bringing it | n | n"),
 11: ("m", "Anwen Pask", "n | f says she wasn't told about the interest | n"),
 12: ("i", "Rhodri Tressider", "n procedure | n | n"),
 13: ("i", "Lysander Barrowmere", "a says delay costs money | n | n"),
 14: ("m", "Osgood Sarrazine", "f rebuffs the complaint about delay | f blames the ballot's author | n"),
}))

ARTS.append(dict(
id="c2-41", domain="library / book challenge",
targets=[("keeping Two Dads and a Dragon on children's shelves", ["Two Dads and a Dragon", "the book", "picture book"]),
         ("the book is inappropriate for young children", ["conversations"]),
         ("Brennick Bay Public Library board", ["library board", "the board"])],
text="""
[n1:Library board keeps challenged picture book on children's shelves]

[by:By Maribel Stroud, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:The Brennick Bay Public Library board voted 6-1 on Wednesday to keep Two Dads and a Dragon, a picture book about a boy with two fathers, in the children's section of all nine branches, rejecting a request from a group of parents to move it to the adult stacks.]

[s1:Hortensia Glaisher], who filed the challenge, [k1:said] [c1:parents "should decide when to have certain conversations, not a librarian."] "[c2:I'm not asking anyone to burn anything. I'm asking for a different shelf,]" [s2:she] [k2:said].

Library director [s3:Honora Szabelski] [k3:said] [c3:the book had been checked out 1,100 times since 2021 and had drawn one other complaint].

Board member [s4:Caspian Trevelyan], the lone vote to move it, [k4:said] [c4:he found nothing "obscene" in it] but [k5:believed] [c5:the library should defer to parents when "this many of them are upset."]

Pastor [s6:Obadiah Strickland] [k6:said] [c6:his congregation had collected 340 signatures] and [k7:called] [c7:the book "a lesson plan dressed up as a bedtime story."]

Parent [s8:Clodagh Brannigan] [k8:said] [c8:her youngest had borrowed it three times "because he likes the dragon, which is what it's actually about."] [x1:[xs1:Bartolo Venning] of the Friends of the Brennick Bay Library [xk1:praised] the board].

Board chair [s9:Prosper Adjei] [k9:said] [c9:the board had followed its written policy, which requires a review committee to read the entire book before any vote].

[s10:Glaisher] [k10:said] [c10:her group would take the issue to the City Council] and [k11:accused] [c11:the board of "listening to librarians and ignoring mothers."]

[s12:Szabelski] [k12:said] [c12:every parent already had the power the challengers wanted]: "[c13:You can decide what your own child reads. You can't decide for mine.]"
""",
at={
 "n1": "headline reports the decision", "n2": "reports the vote and request",
 1: ("m", "Hortensia Glaisher", "a wants it out of the children's section | f says parents should control such topics | n"),
 2: ("d", "Hortensia Glaisher", "a asks to move it | n | n"),
 3: ("i", "Honora Szabelski", "f popular with few complaints | a many borrowers, one complaint | n"),
 4: ("m", "Caspian Trevelyan", "n | a concedes nothing obscene | n"),
 5: ("m", "Caspian Trevelyan", "a would defer to upset parents | n | n", {"attitude": True}),
 6: ("i", "Obadiah Strickland", "a gathered signatures against it | f says many parents object | n"),
 7: ("m", "Obadiah Strickland", "a calls it propaganda | f calls it a disguised lesson plan | n"),
 8: ("m", "Clodagh Brannigan", "f her child loves it | a says it's about a dragon | n"),
 "x1": ("Bartolo Venning", "f backs the decision | n | f praised the board"),
 9: ("i", "Prosper Adjei", "n procedure | n | n"),
 10: ("i", "Hortensia Glaisher", "a will keep fighting | n | n"),
 11: ("m", "Hortensia Glaisher", "a attacks the board's decision | n | a accuses the board of ignoring mothers"),
 12: ("i", "Honora Szabelski", "f parents can already choose | n | n"),
 13: ("d", "Honora Szabelski", "f no parent may decide for others | a rejects deciding for other children | n"),
}))
