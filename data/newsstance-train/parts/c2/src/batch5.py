# c2 batch 5
ARTS = []

ARTS.append(dict(
id="c2-24", domain="water / lead in schools",
targets=[("Brennick Bay Unified School District", ["school district", "the district"]),
         ("the school water is safe to drink", ["safe"]),
         ("Corwin Abernethy-Sule", ["Abernethy-Sule", "superintendent"])],
text="""
[n1:Lead found in fountains at 11 Brennick Bay schools]

[by:By Fitzroy Vreeland, Herald-Courier Education Reporter]

[dl:BRENNICK BAY —] [c1:Tests this fall found lead above the state action level in at least one drinking fountain at 11 of the city's 24 public schools], [k1:according to] [s1:results the Brennick Bay Unified School District posted Friday]. [n2:The district serves about 8,400 students in 24 buildings, half of them built before 1960.]

Superintendent [s2:Corwin Abernethy-Sule] [k2:said] [c2:every affected fountain had been shut off within 48 hours and bottled water stations were in place]. “[c3:No child in this district is drinking from a fountain that failed a test. Not one,]” [s3:he] [k3:said].

[s4:Rohesia Pentreath], whose son attends Kittering Heights Middle School, [k4:said] [c4:she learned of the results from a neighborhood chat group, not from the school].

“[c5:They knew on Oct. 3. We found out on Nov. 14. What were they doing for six weeks?]” [s5:Pentreath] [k5:asked].

[s6:Abernethy-Sule] [k6:acknowledged] [c6:the district “should have told families the day we knew,”] and [k7:said] [c7:a second round of tests was under way].

Pediatrician [s8:Oluwaseun Hartwick] [k8:said] [c8:no level of lead exposure is known to be safe for children] and [k9:urged] parents [c9:to ask their doctors about blood tests].

Board member [s10:Lavinia Orsk] [k10:said] [c10:the district had put off replacing old fixtures for six years to save about $2 million].

Facilities director [s11:Quentin Rusk] [k11:said] [c11:the worst readings came from fountains that sat unused over the summer, and daily flushing had brought most of them below the limit].

Board President [s13:Imelda Ruskin-Obi] [k13:said] [c13:she trusted the superintendent’s account but wanted “every result, every school, every week” posted online].

“[c12:‘Most’ isn’t a word I want to hear about my kid’s water,]” [s12:Pentreath] [k12:said].
""",
at={
 "n1": "headline reports test results", "n2": "background fact",
 1: ("i", "Brennick Bay Unified School District", "n reports its own results | a lead exceeded the action level | n"),
 2: ("i", "Corwin Abernethy-Sule", "f defends the district's response | f says no one drinks from bad fountains | n"),
 3: ("d", "Corwin Abernethy-Sule", "f insists children are protected | f says no child drinks failed water | n"),
 4: ("i", "Rohesia Pentreath", "a the schools failed to tell her | n | n"),
 5: ("d", "Rohesia Pentreath", "a asks why families were kept waiting | n | n"),
 6: ("m", "Corwin Abernethy-Sule", "a concedes the district should have told families | n | a admits his own delay"),
 7: ("i", "Corwin Abernethy-Sule", "n procedural update | n | n"),
 8: ("i", "Oluwaseun Hartwick", "n | a no lead level is safe | n"),
 9: ("i", "Oluwaseun Hartwick", "n | a urges blood tests, implying risk | n"),
 10: ("i", "Lavinia Orsk", "a blames the district for delaying repairs | n | n"),
 11: ("i", "Quentin Rusk", "f explains and minimizes the readings | f flushing fixed most fountains | n"),
 13: ("m", "Imelda Ruskin-Obi", "n | n | f says she trusts his account"),
 12: ("d", "Rohesia Pentreath", "a rejects the district's reassurance | a 'most' is not safe enough | n"),
}))

ARTS.append(dict(
id="c2-25", domain="policing / civilian oversight",
targets=[("Evander Lorne-Mbatha", ["Lorne-Mbatha"]),
         ("Clementine Halvane", ["Halvane", "mayor"]),
         ("the removal was retaliation", ["retaliation"])],
text="""
[n1:Halvane removes police review board chair; critics cry retaliation]

[by:By Saoirse Pennimore, Herald-Courier Staff]

[dl:BRENNICK BAY —] [n2:Mayor Clementine Halvane on Tuesday removed Evander Lorne-Mbatha as chair of the Civilian Police Review Board, two weeks after he publicly opposed the police department’s drone program, which the council takes up next month.]

[s1:Halvane’s letter] [k1:said] [c1:Lorne-Mbatha had missed four of the board’s last nine meetings and “no longer has the time this role requires.”]

[s2:Lorne-Mbatha] [k2:said] [c2:three of those absences were for his mother’s cancer treatment, “which the mayor’s office knew about.”] “[c3:Nobody said a word about my attendance until I said a word about drones,]” [s3:he] [k3:said].

Halvane spokesman [s4:Lucius Oakhurst] [k4:said] [c4:the timing was “a coincidence, and an unfortunate one.”]

Councilmember [s5:Ottavia Aukett] [k5:called] [c5:the removal “the clearest message this city hall has ever sent to anyone thinking about asking hard questions.”] [x1:[xs1:Open Records Quillon] [xk1:condemned] the move] as well.

[s6:Juniper Ashwell], who brought a complaint to the board in 2022, [k6:said] [c6:it had “just lost the only member who ever returned my calls.”]

[s7:The Brennick Bay Police Officers Guild] [k7:said] [c7:it had “no role” in the decision but that the board “deserves a chair who shows up.”]

Board member [s8:Cressida Ombwe] [k8:said] [c8:Lorne-Mbatha had been “late, sometimes unprepared, and still the most principled person at the table, and everybody in that room knows it.”]

[s9:Halvane] [k9:told] reporters [c9:she had “enormous respect” for Lorne-Mbatha and had asked him to stay on as a member].

[s10:Lorne-Mbatha] [k10:said] [c10:he would do so]. “[c11:She can take the title. She can’t take the vote,]” [s11:he] [k11:said].

Council President [s12:Emmerich Dunsby] [k12:said] [c12:the council had no power to reverse the decision but could hold a hearing on it]. [q1:[qs1:Chief Faustine Carrington] [qk1:declined to comment]].
""",
at={
 "n1": "headline reports removal and critics", "n2": "reports removal and its timing", "q1": "Faustine Carrington",
 1: ("m", "Clementine Halvane", "a faults his attendance | n | a gives attendance as the reason"),
 2: ("m", "Evander Lorne-Mbatha", "n | a says the mayor's office knew the reason | f implies attendance is a pretext"),
 3: ("d", "Evander Lorne-Mbatha", "n | a implies she punished his drone stance | f links removal to his drone criticism"),
 4: ("m", None, "n | f defends the mayor's timing | a calls the timing coincidence"),
 5: ("m", "Ottavia Aukett", "f implies he was punished for hard questions | a attacks city hall's message | f calls it a warning to critics"),
 "x1": ("Open Records Quillon", "f implies he was wronged | a condemned her move | n"),
 6: ("m", "Juniper Ashwell", "f praises his responsiveness | n | n"),
 7: ("m", "Brennick Bay Police Officers Guild", "a implies he did not show up | f backs the decision | a endorses the attendance reason"),
 8: ("m", "Cressida Ombwe", "f concedes flaws but praises his principles | n | n"),
 9: ("m", "Clementine Halvane", "f says she respects him | n | a implies no ill will"),
 10: ("i", "Evander Lorne-Mbatha", "n | n | n"),
 11: ("d", "Evander Lorne-Mbatha", "n | a defiant toward the mayor | n"),
 12: ("i", "Emmerich Dunsby", "n procedure | n | n"),
}))

ARTS.append(dict(
id="c2-26", domain="rent and housing / inspections",
targets=[("rental registry", ["registry", "inspected", "inspectors"]),
         ("the fee will be passed on to tenants", ["tenant's rent"]),
         ("Quillon Tenants Union", ["Tenants Union", "the union"])],
text="""
[n1:Council creates rental registry with inspections every three years]

[by:By Maribel Stroud, Herald-Courier Housing Reporter]

[dl:BRENNICK BAY —] [n2:Every rental unit in Brennick Bay will have to be registered with the city and inspected at least once every three years under an ordinance the City Council approved 6-3 on Tuesday. Landlords will pay $75 per unit each year.]

"[c1:Right now the city knows more about your dog than about the apartment you rent,]" [k1:said] [s1:Councilmember Ilario Brancombe], the sponsor. [s2:He] [k2:said] [c2:the city received 1,900 complaints about mold, heat and pests last year and could send someone to only a fraction of them].

[s3:Garrick Hollenbeck] of the Property Owners Council [k3:said] [c3:the fee would "show up on every tenant's rent, line for line."]

"[c4:Six dollars and twenty-five cents a month,]" [k4:said] [s4:Dasha Mirkovic] of the Quillon Tenants Union, "[c4:is less than most of them charge for one day of late rent.]"

[s5:The union] [k5:has argued] for years [c5:landlords who rent out unsafe units rarely face any consequence]. [s6:Hollenbeck] [k6:accused] [c6:it of "treating every landlord like a slumlord because of a dozen bad ones."]

Councilman [s7:Benedikt Arroway], who voted no, [k7:said] [c7:the city had no plan to hire the 14 inspectors the program would need]. [s8:Brancombe] [k8:said] [c8:the fees would pay for them, and no landlord would be billed until the staff was hired].

Tenant [s9:Yusra Pennock] [k9:said] [c9:her landlord had ignored a broken furnace for three winters]. "[c10:I'll pay the six dollars myself if it gets somebody in here with a clipboard,]" [s10:she] [k10:said].

[k11:According to] [s11:a city staff memo], [c11:rents in two nearby cities with similar registries rose no faster than the regional average after their fees began]. [x1:[xs1:Hollenbeck] [xk1:dismissed] the memo].

[s12:Mirkovic] [k12:said] [c12:the union would train tenants to file complaints the day the registry opens].
""",
at={
 "n1": "headline reports the ordinance", "n2": "describes the ordinance and fee",
 1: ("d", "Ilario Brancombe", "f says the city knows too little about rentals | n | n"),
 2: ("i", "Ilario Brancombe", "f complaints outstrip the city's response | n | n"),
 3: ("m", "Garrick Hollenbeck", "a says renters will bear the cost | f says the fee goes onto rent | n"),
 4: ("d", "Dasha Mirkovic", "f says the fee is trivial | a minimizes any cost to renters | n"),
 5: ("i", "Quillon Tenants Union", "f says bad landlords face no consequence | n | n"),
 6: ("m", "Garrick Hollenbeck", "a objects to treating landlords as suspects | n | a accuses the union of smearing landlords"),
 7: ("i", "Benedikt Arroway", "a says the program is unstaffed | n | n"),
 8: ("i", "Ilario Brancombe", "f says fees fund staff first | n | n"),
 9: ("i", "Yusra Pennock", "f her landlord ignored repairs | n | n"),
 10: ("d", "Yusra Pennock", "f would pay to get inspections | n willing to pay, no prediction | n"),
 11: ("i", None, "f registries did not raise rents elsewhere | a rents did not rise faster | n"),
 "x1": ("Garrick Hollenbeck", "a dismissed the memo's evidence | f rejects evidence that rents held | n"),
 12: ("i", "Dasha Mirkovic", "f will help tenants use it | n | n"),
}))

ARTS.append(dict(
id="c2-27", domain="transit fares / students",
targets=[("free student fares", ["free", "pilot"]),
         ("Brennick Bay Transit Authority", ["transit authority", "the authority"]),
         ("free fares will raise ridership", ["ridership"])],
text="""
[n1:Students could ride Brennick Bay buses free under $2.4 million pilot]

[by:By Odell Finchley, Herald-Courier Transportation Reporter]

[dl:BRENNICK BAY —] [n2:Middle and high school students would ride Brennick Bay buses without paying starting in September under a one-year pilot the Brennick Bay Transit Authority's board will vote on next week.]

Board member [s1:Cosima Dellamore], who proposed the program, [k1:said] [c1:more than 3,000 students already pay full fare to get to school because the district buses only children who live more than two miles away].

"[c2:A kid who can ride the bus to school can ride it to a job, to the library, to a museum,]" [s2:she] [k2:said].

General manager [s3:Niamh Garroway] [k3:said] [c3:the authority supported the goal but would need the school district or the county to cover $2.4 million in lost fares].

[k4:According to] [s4:a study by the authority's planning staff], [c4:youth passes in three comparable cities raised youth ridership by 30 to 60 percent in the first year].

Riders United Quillon organizer [s5:Tobiah Renshaw] [k5:said] [c5:it was "hard to cheer" a gift from an authority that raised everyone else's fare by 75 cents last spring]. "[c6:Free is great. Free and on time would be better. Free, on time and with a shelter that has a roof would be a miracle,]" [s6:he] [k6:said].

Bus operator [s7:Corentin Hesse], a steward for the drivers' union, [k7:warned] [c7:after-school buses were already the most crowded runs of the day] and [k8:asked] [c8:who would pay for extra buses].

School board member [s9:Lavinia Orsk] [k9:said] [c9:the district could contribute $600,000 from its transportation budget].

Councilman [s10:Benedikt Arroway] [k10:said] [c10:he doubted the pilot would change much], [k11:arguing] [c11:students "already ride for free, they just don't tell anybody."]

"[c12:That's exactly the point. Let's stop pretending and start counting them,]" [s12:Dellamore] [k12:said].
""",
at={
 "n1": "headline describes the pilot", "n2": "describes the proposal",
 1: ("i", "Cosima Dellamore", "f students already pay to reach school | n | n"),
 2: ("d", "Cosima Dellamore", "f says free rides open the city to students | n | f implies students will ride more"),
 3: ("i", "Niamh Garroway", "n supports the goal, conditions on funding | n | n"),
 4: ("i", "Brennick Bay Transit Authority", "f cites gains elsewhere | n | f youth riding rose 30 to 60 percent"),
 5: ("m", "Tobiah Renshaw", "n | a recalls the agency's fare increase | n"),
 6: ("d", "Tobiah Renshaw", "f calls free great | a says service is late | n"),
 7: ("i", "Corentin Hesse", "a warns of crowding | n | n"),
 8: ("i", "Corentin Hesse", "n question about cost | n | n"),
 9: ("i", "Lavinia Orsk", "f offers district money | n | n"),
 10: ("i", "Benedikt Arroway", "a doubts it matters | n | a doubts it will change much"),
 11: ("m", "Benedikt Arroway", "a says students dodge fares already | a implies the agency cannot collect | a implies no new riders"),
 12: ("d", "Cosima Dellamore", "f says the pilot makes riders visible | n | n"),
}))

ARTS.append(dict(
id="c2-28", domain="school board / policing",
targets=[("removing school resource officers", ["resource officers", "officers"]),
         ("Brennick Bay Police Department", ["police department"]),
         ("police in schools are making students safer", ["safer"])],
text="""
[n1:School board votes to pull police officers from high schools]

[by:By Fitzroy Vreeland, Herald-Courier Education Reporter]

[dl:BRENNICK BAY —] [n2:The Brennick Bay school board voted 4-3 on Thursday to end its $1.6 million contract with the police department for school resource officers stationed at the city's five high schools, and to spend the money on counselors and campus monitors instead.]

Board member [s1:Lavinia Orsk], who wrote the resolution, [k1:said] [c1:officers had made 212 arrests on campuses last year, most for fights and disorderly conduct "that used to mean a detention."]

"[c2:We were sending 15-year-olds to juvenile court for what my generation got a week of lunch duty for,]" [s2:Orsk] [k2:said].

Chief [s3:Faustine Carrington] [k3:said] [c3:her officers had "stopped more than one thing you'll never read about"] and [k4:warned] [c4:schools would now wait an average of nine minutes for a patrol car in an emergency].

Student representative [s5:Amadou Faraday] [k5:said] [c5:Black students at Sefton High were "three times as likely to be cuffed for the same thing."] [k6:According to] [s6:district data], [c6:Black students made up 22 percent of enrollment and 61 percent of campus arrests last year].

Parent [s7:Rohesia Pentreath] [k7:said] [c7:her son was safer with an officer in the building, "especially after what happened at Dunraven High two years ago."]

Board President [s8:Imelda Ruskin-Obi], who voted no, [k8:said] [c8:she agreed the arrest numbers were "indefensible"] but [k9:said] [c9:the answer was better training, not an empty office].

"[c10:When something goes wrong, and someday it will, I want someone there who can run toward it,]" [s10:Ruskin-Obi] [k10:said].

Teachers' union president [s11:Eglantine Moorcroft] [k11:said] [c11:the money would pay for 14 counselors, "which is 14 more adults who actually know the kids' names."] [x1:[xs1:The Brennick Bay Police Officers Guild] [xk1:condemned] the vote].
""",
at={
 "n1": "headline reports the vote", "n2": "describes the decision",
 1: ("m", "Lavinia Orsk", "f officers criminalize minor misbehavior | a faults police arrests | a arrests, not safety"),
 2: ("d", "Lavinia Orsk", "f says students were over-punished | n | a says police presence harmed students"),
 3: ("m", "Faustine Carrington", "a says officers prevented harm | f defends her officers | f says officers stopped incidents"),
 4: ("i", "Faustine Carrington", "a warns of slower emergency response | n | f schools lose fast protection"),
 5: ("m", "Amadou Faraday", "f cites racial disparity | a accuses police of bias | a implies police harmed some students"),
 6: ("i", None, "f arrest disparity supports removal | a arrest figures reflect on police | n"),
 7: ("m", "Rohesia Pentreath", "a wants officers to stay | n | f says her son is safer with an officer"),
 8: ("m", "Imelda Ruskin-Obi", "n | a concedes arrest numbers are indefensible | n"),
 9: ("i", "Imelda Ruskin-Obi", "a prefers training over removal | n | n"),
 10: ("d", "Imelda Ruskin-Obi", "a wants an officer there | n | f wants someone to respond to danger"),
 11: ("m", "Eglantine Moorcroft", "f says counselors know students | n | n"),
 "x1": ("Brennick Bay Police Officers Guild", "a condemned the vote | n | n"),
}))

ARTS.append(dict(
id="c2-29", domain="arena subsidy / cost overrun",
targets=[("county paying the arena overrun", ["overrun", "cover"]),
         ("Cassius Aldermoor-Vey", ["Aldermoor-Vey", "owner"]),
         ("the team has broken its promise", ["promise", "signed"])],
text="""
[n1:Gulls ask county to cover $45 million arena overrun]

[by:By Odell Finchley, Herald-Courier Staff]

[dl:QUILLON COUNTY —] [n2:Eight months after voters approved $310 million in public borrowing for Tidewater Arena, the Brennick Bay Gulls have asked Quillon County to cover $45 million of a $72 million construction overrun, a request that stunned several commissioners.]

Team owner [s1:Cassius Aldermoor-Vey] [k1:said] [c1:the extra cost came from steel prices and a flooded foundation "that nobody on either side of the table saw coming."]

Commissioner [s2:Gretchen Varnham] [k2:read aloud] from the term sheet: "[c2:The Team shall bear all construction cost overruns.]" "[c3:I don't see an asterisk,]" [s3:she] [k3:said].

[s4:Aldermoor-Vey] [k4:said] [c4:the team would still cover $27 million itself] and [k5:argued] [c5:the clause "was written for ordinary overruns, not acts of God and Washington."]

[s6:Osgood Sarrazine] [k6:said] [c6:the Taxpayers League had predicted this "the day the ink dried."] "[c7:They signed it. Now they want a do-over,]" [s7:he] [k7:said].

Commissioner [s8:Lysander Barrowmere], the deal's chief backer, [k8:said] [c8:he was "disappointed" by the request] but [k9:said] [c9:the county should negotiate rather than let construction stall].

County attorney [s10:Zsolt Szarvas] [k10:said] [c10:the county was not legally required to cover any part of the bill].

[s12:Aldermoor-Vey] [k12:said] [c12:he had kept every promise he made during the referendum campaign, “and I intend to keep the biggest one: the doors open on time.”]

[s14:Varnham] [k14:said] [c14:if the county paid this time, “we will be paying for the next surprise, and the one after that.”] [k13:According to] [s13:the county’s project monitor], [c13:construction is about 40 percent complete].

[s11:Tiberius Lavelle] of the fan club [k11:said] [c11:fans "don't care who pays for the steel as long as the doors open in 2028."] [x1:[xs1:Varnham] [xk1:rejected] the request outright].
""",
at={
 "n1": "headline reports the request", "n2": "reports the request and background",
 1: ("m", "Cassius Aldermoor-Vey", "f blames unforeseeable costs | n | a says nobody foresaw it"),
 2: ("d", "Gretchen Varnham", "a the contract puts the cost on the team | n | f quotes the promise in writing"),
 3: ("d", "Gretchen Varnham", "a no exception in the contract | a mocks his reading | f says the promise had no exception"),
 4: ("i", "Cassius Aldermoor-Vey", "f offers a partial share | n | a says the team is still paying"),
 5: ("m", "Cassius Aldermoor-Vey", "f says the clause doesn't cover this | n | a argues the promise doesn't apply"),
 6: ("m", "Osgood Sarrazine", "a saw it coming | a implies the owner planned this | f implies a broken pledge"),
 7: ("d", "Osgood Sarrazine", "a rejects a do-over | a mocks the owner | f they signed and now renege"),
 8: ("m", "Lysander Barrowmere", "a disappointed by the request | a disappointed in the owner | n"),
 9: ("i", "Lysander Barrowmere", "f open to negotiating | n | n"),
 10: ("i", "Zsolt Szarvas", "a no legal duty to pay | n | n"),
 12: ("m", "Cassius Aldermoor-Vey", "n | n | a insists he keeps his promises"),
 13: ("i", None, "n progress report | n | n"),
 14: ("m", "Gretchen Varnham", "a warns of endless future bills | n | n"),
 11: ("m", "Tiberius Lavelle", "n indifferent to who pays | n | n"),
 "x1": ("Gretchen Varnham", "a rejected the request | n | n"),
}))
