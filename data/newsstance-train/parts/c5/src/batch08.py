# c5 batch 8: chip plant pause, right-to-request bill, youth wage, AI audit law signed, crane near-miss
ARTICLES = []

ARTICLES.append(dict(
id="c5-42", domain="technology / chip plant layoffs",
targets=[("Quorvane plant incentives", ["incentives", "subsidy"]),
         ("Quorvane Semiconductor", ["Quorvane"]),
         ("the chip plant will still be built", [])],
text='''Quorvane pauses Lakemont chip plant and lays off 600

{by:By Tovah Grinstead, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {s1:Quorvane Semiconductor} {q1:said} on Thursday {c1:it would pause construction of its $9 billion chip plant north of Lakemont for at least a year and lay off about 600 engineers and technicians hired to run it}.

Chief executive {s2:Ingvild Thorsby} {q2:said} {c2:the company remained "fully committed to New Tarrow" and the pause was "about timing, not about faith."} "{c11:We have paused plants before. We have never abandoned one,}" {s11:she} {q11:said}.

{s3:Commerce Secretary Laurits Abioye} {q3:said} {c3:the state had paid none of the $1.2 billion in promised incentives, because they were tied to production and production hasn't started}. "{c7:If they walk away, they walk away owing us. That's what the contract is for,}" {s7:he} {q7:said}.

{s4:Assembly minority leader Bettina Crofoot} {q4:said} {c4:the state had already spent $310 million on roads, water mains and a power substation for a factory that may never open}. {x1:{xs1:She} {xq1:demanded} a full accounting of the state's spending on the site}.

"{c5:They moved me from Ardenmoor eight months ago. I've got a mortgage on a house I chose because it was twelve minutes from the site,}" {q5:said} {s5:Ottar Vellacott}, a process engineer who lost his job.

{s6:Henrike Oduwole}, a semiconductor analyst at Ferncastle Securities, {q6:said} {c6:pauses of this kind "become cancellations about half the time."}

{s8:Mayor Corwin Ashlock} of Tollbridge, the town nearest the site, {q8:said} {c8:businesses that opened to serve the plant's workers were already counting tables they can't fill}.

{s9:A Quorvane spokesman} {q9:said} {c9:laid-off staff would get six months' pay and "first call" on jobs when work resumed}. {s10:Loveday Gwynne} of the Tarrow Council of Unions {q10:said} {c10:the state had bought a very expensive promise and forgot to ask for a receipt}.

{n:Construction began in 2024.} {n:About 1,100 construction workers remain on site to secure the buildings.}''',
attr={
1: ("indirect", "Quorvane Semiconductor", "n | n | f frames it as a pause, not a cancellation", {"cases": "C6"}),
2: ("mixed", "Ingvild Thorsby", "n | n | f insists the company remains committed"),
11: ("direct", "Ingvild Thorsby", "n | f defends the company's record | f says it never abandons plants"),
3: ("indirect", "Laurits Abioye", "f defends how the incentives were designed | n | n"),
7: ("direct", "Laurits Abioye", "f says the contract protects the state | a warns the company would owe money | n"),
4: ("indirect", "Bettina Crofoot", "a says money was spent on a factory that may never open | n | a doubts the factory will open"),
5: ("direct", "Ottar Vellacott", "n | a the company uprooted him then let him go | n"),
6: ("mixed", "Henrike Oduwole", "n | n | a pauses often become cancellations"),
8: ("indirect", "Corwin Ashlock", "n | a local businesses left stranded | n"),
9: ("mixed", None, "n | f offers pay and rehiring | f implies work will resume", {"affiliation": "Quorvane Semiconductor"}),
10: ("indirect", "Loveday Gwynne", "a says the state bought an empty promise | a implies the company's promise was hollow | n"),
},
acts={1: ("Bettina Crofoot", "a demands accounting of the spending | n | n")},
))

ARTICLES.append(dict(
id="c5-43", domain="labour / four-day week request bill",
targets=[("right-to-request bill", ["the bill", "right to ask"]),
         ("Employers' Federation of New Tarrow", ["Employers' Federation", "the Federation"]),
         ("shorter weeks will hurt small businesses", ["small firms"])],
text='''Bill would give workers the right to ask for a four-day week

{by:By Elspeth Mawdsley, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:Workers in New Tarrow could formally request a four-day, 32-hour week under a bill that cleared the Assembly labour committee on Wednesday, with employers required to answer within 60 days and give a written reason for any refusal.}

{s1:Assemblywoman Farrah Delisle}, the sponsor, {q1:said} {c1:the bill "doesn't make anyone do anything except answer a letter."} "{c2:If a business can't survive a letter, the letter isn't the problem,}" {s2:she} {q2:said}.

{s3:The Employers' Federation of New Tarrow} {q3:said} {c3:the bill would turn every refusal into the first page of a lawsuit}. {s8:Delisle} {q8:said} {c8:the Federation has opposed every workplace change since the lunch break}.

"{c4:I have nine staff. If two of them go to four days, I'm closing on Fridays, and my customers go to the chain store,}" {q4:said} {s4:Agnieszka Bellamy}, who runs a delicatessen in Coldwater Mills.

{s5:Oona Castlemaine} of Worktime Lab {q5:said} {c5:small firms in last year's trial had done "at least as well as the big ones," including two restaurants and a builder}. {s6:Rutger Albrecht}, the Federation's economist, {q6:said} {c6:the trial firms were volunteers, which is the opposite of a right}. {s9:He} {q9:conceded} {c9:many employers already agreed to shorter weeks informally when it works for the business}.

"{c7:I'm not asking to work less. I'm asking to do it in four days so I can drive my mother to dialysis,}" {q7:said} {s7:Bronwen Tisdall}, a hospital administrator.

{s10:Tobiah Renwick}, a labour economist, {q10:said} {c10:similar laws elsewhere had produced "far fewer requests than either side predicted."}

{x1:{xs1:The Tarrow Council of Unions} {xq1:welcomed} the committee vote}, while {x2:{xs2:the Small Business Federation} {xq2:opposed} the bill}.

{n:The bill now goes to the full Assembly.} {n:It would apply to employers with more than five staff.}''',
attr={
1: ("mixed", "Farrah Delisle", "f says the bill asks only for an answer | n | a says it forces nothing on firms"),
2: ("direct", "Farrah Delisle", "f says a letter cannot sink a business | n | a says firms can survive it"),
3: ("indirect", "Employers' Federation of New Tarrow", "a says refusals will become lawsuits | n | f warns of legal costs for employers", {"cases": "C6"}),
8: ("indirect", "Farrah Delisle", "f dismisses the opposition | a says it opposes every change | n"),
4: ("direct", "Agnieszka Bellamy", "a fears losing Fridays | n | f says her shop would lose customers"),
5: ("mixed", "Oona Castlemaine", "f small firms did well | n | a small firms did at least as well"),
6: ("indirect", "Rutger Albrecht", "a says a right is unlike a trial | n | n"),
9: ("indirect", "Rutger Albrecht", "n | n | a concedes it works for some firms", {"cases": "B13"}),
7: ("direct", "Bronwen Tisdall", "f needs the option for care duties | n | n"),
10: ("mixed", "Tobiah Renwick", "n says both sides overstate | n | n"),
},
acts={1: ("Tarrow Council of Unions", "f welcomes the vote | n | n"),
      2: ("Small Business Federation", "a opposes the bill | n | n")},
))

ARTICLES.append(dict(
id="c5-44", domain="labour / youth minimum wage",
targets=[("youth minimum wage", ["youth rate", "lower rate"]),
         ("Ulric Maddox", ["Maddox"]),
         ("a lower youth wage will help teenagers find jobs", [])],
text='''Maddox proposes lower minimum wage for workers under 20

{by:By Ilario Penhaligon, Tarrow Wire}

{dl:LAKEMONT, New Tarrow (Tarrow Wire) —} {n:Senator Ulric Maddox on Monday proposed letting employers pay workers under 20 about 85 percent of the state minimum wage for their first year in a job, weeks after the new $14 minimum became law.}

{s1:Maddox} {q1:said} {c1:the rate would give a sixteen-year-old with no experience a foot in the door that the $14 rate slams shut}. {n:Unemployment among 16- to 19-year-olds in the state stands at 14 percent, more than three times the overall rate.}

{s3:Loveday Gwynne} of the Tarrow Council of Unions {q3:said} {c3:the proposal would let employers replace a twenty-year-old with a nineteen-year-old every birthday}. {s9:She} {q9:accused} {c9:Maddox of "trying to win back in March what he conceded in January."}

"{c4:I stack the same shelves as the guy next to me. Why is my hour worth less because of my birthday?}" {q4:asked} {s4:Tomasina Whitcroft}, 18.

{s5:Tobiah Renwick}, a labour economist, {q5:said} {c5:evidence from states with youth rates was thin and mixed, with small gains in teenage hiring offset by fewer hours for older workers}.

{s6:Anatole Wickersham} of the Lakemont Restaurant Association {q6:said} {c6:members would hire more kids tomorrow under the rate}.

{s7:Governor Odalys Brenneman} {q7:said} {c7:she would veto any bill "that pays people less for being young."} "{c8:The governor wants every teenager paid $14. I want every teenager paid,}" {s8:Maddox} {q8:said}.

"{c10:Honestly, I'd take eleven-ninety if it meant someone actually called me back,}" {q10:said} {s10:Dylan Okerlund}, 17, who has applied for 30 jobs since the summer.

{x1:{xs1:The New Tarrow Retailers' Association} {xq1:endorsed} the proposal}. {q11:Asked} {c11:whether he had the votes to override a veto}, {s12:Maddox} {q12:said} {c12:he had "more than I had in January, and I had enough then."}

{n:The Senate labour committee has not scheduled a hearing.}''',
attr={
1: ("indirect", "Ulric Maddox", "f says the rate opens doors | n | f says it gives teenagers a foot in the door"),
3: ("indirect", "Loveday Gwynne", "a warns of churning young workers | n | a says employers would swap workers, not add them"),
9: ("mixed", "Loveday Gwynne", "a casts it as a backdoor cut | a accuses him of clawing back his concession | n", {"cases": "B13"}),
4: ("direct", "Tomasina Whitcroft", "a rhetorical question on equal pay | n | n", {"cases": "B4"}),
5: ("indirect", "Tobiah Renwick", "n mixed evidence | n | n gains offset by losses"),
6: ("indirect", "Anatole Wickersham", "f members would hire more | n | f says restaurants would hire more young people"),
7: ("mixed", "Odalys Brenneman", "a vows to veto it | n | n"),
8: ("direct", "Ulric Maddox", "f defends the rate | n | f says jobs matter more than the rate"),
11: ("indirect", None, "n question without a position | n | n", {"cases": "D8"}),
12: ("mixed", "Ulric Maddox", "f claims growing support for the rate | n | n"),
10: ("direct", "Dylan Okerlund", "f would accept less for a job | n | f thinks a lower rate would get him hired"),
},
acts={1: ("New Tarrow Retailers' Association", "f endorses the proposal | f backs his proposal | n")},
))

ARTICLES.append(dict(
id="c5-45", domain="technology / AI hiring audit law",
targets=[("AI audit law", ["audit law", "the law", "bias audit"]),
         ("Cindral Systems", ["Cindral"]),
         ("hiring algorithms are biased against older applicants", ["older applicants"])],
text='''Brenneman signs law requiring bias audits of hiring algorithms

{by:By Tovah Grinstead, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:Governor Odalys Brenneman on Friday signed a law requiring employers and lenders that use artificial intelligence to screen applicants to commission an independent bias audit each year, making New Tarrow one of the first states to do so.}

{s1:Senator Ottavia Renfrew}, who wrote the law, {q1:said} {c1:applicants would finally be able to ask a machine why it said no}. {s2:Brenneman} {q2:said} {c2:the law was not anti-technology, it's anti-guesswork}.

{s3:Idris Montclair}, a 52-year-old former logistics manager who testified for the bill, {q3:said} {c3:he believed the systems that rejected him "read my graduation year and stopped reading."} "{c11:I don't need the machine to like me. I need it to read past 1994,}" {s11:he} {q11:said}.

{s6:A pilot audit of three screening systems by the Tarrow Workforce Institute} {q6:found} {c6:applicants over 50 were about 30 percent less likely than younger applicants with similar CVs to reach an interview}.

{s4:Cindral Systems} {q4:said} {c4:it would comply and its own tests had found "no statistically significant difference" in outcomes by age}. General counsel {s5:Barnaby Okwuosa} {q5:said} {c5:the company had argued against this law and will now help make it work}. {s7:He} {q7:said} {c7:the institute's pilot "did not include our product" and told "you about three systems, not about an industry."}

"{c8:We'll pay for the audit. I'd rather know now than in a courtroom,}" {q8:said} {s8:Henrietta Colquitt}, human resources director at a Lakemont hospital group.

{s9:The Lakemont Technology Council} {q9:said} {c9:the audits would cost small vendors up to $80,000 a year}. {s10:Senator Drusilla Hawke} {q10:said} {c10:the law treats a spreadsheet as a suspect}.

{x1:{xs1:The Tarrow Council of Unions} {xq1:praised} the law}.

{n:The law applies to firms with more than 50 employees.} {n:The first audits are due by the end of next year.}''',
attr={
1: ("indirect", "Ottavia Renfrew", "f says applicants can finally get answers | n | n"),
2: ("indirect", "Odalys Brenneman", "f defends the law as anti-guesswork | n | n"),
3: ("mixed", "Idris Montclair", "f backs audits after his rejections | n | f says systems rejected him for his age"),
11: ("direct", "Idris Montclair", "f wants systems checked | n | f says the machine stops at his birth year"),
6: ("indirect", "Tarrow Workforce Institute", "f evidence of bias supports audits | n | f older applicants far less likely to be interviewed", {"cases": "B16 C6"}),
4: ("mixed", "Cindral Systems", "n will comply | f says its tests show no age gap | a says its outcomes show no age difference", {"cases": "C6"}),
5: ("indirect", "Barnaby Okwuosa", "n grudging compliance, no endorsement | n | n"),
7: ("mixed", "Barnaby Okwuosa", "n | f says the pilot did not test its product | a says three systems prove nothing general"),
8: ("direct", "Henrietta Colquitt", "f would rather audit than be sued | n | n"),
9: ("indirect", "Lakemont Technology Council", "a stresses cost to small vendors | n | n", {"cases": "C6"}),
10: ("indirect", "Drusilla Hawke", "a says the law treats software as a suspect | n | a mocks suspicion of algorithms"),
},
acts={1: ("Tarrow Council of Unions", "f praises the law | n | n")},
))

ARTICLES.append(dict(
id="c5-46", domain="labour / port automation safety",
targets=[("North Quay automation", ["automation", "automated"]),
         ("Greywater Terminals", ["Greywater"]),
         ("the automated cranes are safe", ["safe", "safety"])],
text='''Container drop on North Quay renews fight over automated cranes

{by:By Marisol Quenby, Lakemont Sentinel}

{dl:LAKEMONT, New Tarrow —} {n:A remote-controlled crane being tested on the Port of Lakemont's North Quay dropped a container about four metres from a straddle carrier on Tuesday, the first reported incident since Greywater Terminals began trials of the equipment last month.}

{s1:Greywater} {q1:said} {c1:the container had been lowered "within the machine's operating envelope" and nobody had been in danger}.

"{c2:Four metres. I was in that cab, and I can tell you it didn't feel like an envelope,}" {q2:said} {s2:Connla Treharne}, who was driving the straddle carrier. "{c11:Next time it might be four centimetres.}"

{s3:Tamsen Okoli} of the Lakemont Dockers' Union {q3:said} {c3:the union would ask the state to halt the trials until an independent review was done}. {s4:The State Maritime Inspectorate} {q4:said} {c4:it had opened an inquiry and had not reached any conclusion}.

{s5:Chief executive Lorcan Vesey} {q5:said} {c5:manned cranes at the port had dropped three containers in the last two years, and nobody called for a halt then}. "{c6:Those cranes had a human being who could see the ground. That's the whole point,}" {s6:Okoli} {q6:said}.

{s7:Haldor Ekwueme}, a shipping economist, {q7:said} {c7:incidents were "normal in the first months of any automated terminal" and usually fell sharply once the software was tuned}.

{s8:Mayor Evander Thorogood} {q8:said} {c8:the drop "proves nothing either way, except that we need somebody other than Greywater checking."} {s9:Vesey} {q9:conceded} {c9:the company should have told the union about the drop the same day, not the next morning}.

{s10:The Tarrow Shippers' Council} {q10:urged} the port {c10:not to let one wobble undo a decade of modernisation}. {x1:{xs1:The Tarrow Council of Unions} {xq1:backed} the call for a halt}.

{n:Greywater plans to have 14 automated cranes working by 2029.}''',
attr={
1: ("mixed", "Greywater Terminals", "f defends the trial | f company defends its conduct | f says nobody was in danger", {"cases": "C6"}),
2: ("direct", "Connla Treharne", "a describes the danger | a rebuts the company's account | a says the drop felt dangerous"),
11: ("direct", "Connla Treharne", "a warns of a worse accident | n | a implies the cranes endanger workers", {"cases": "C9"}),
3: ("indirect", "Tamsen Okoli", "a wants the trials halted | n | a implies the cranes need review"),
4: ("indirect", "State Maritime Inspectorate", "n no conclusion yet | n | n", {"cases": "C6"}),
5: ("indirect", "Lorcan Vesey", "f defends the trials | n | f says manned cranes also drop loads"),
6: ("direct", "Tamsen Okoli", "a says humans see what machines miss | n | a says the human eye is the point"),
7: ("mixed", "Haldor Ekwueme", "f treats incidents as teething | n | f says incidents fall once tuned"),
8: ("mixed", "Evander Thorogood", "n | a wants checks beyond the company | n proves nothing either way"),
9: ("indirect", "Lorcan Vesey", "n | a concedes the company was slow to tell | n", {"cases": "B13"}),
10: ("indirect", "Tarrow Shippers' Council", "f urges the port to keep going | n | n"),
},
acts={1: ("Tarrow Council of Unions", "a backs halting the trials | n | a doubts the cranes' safety")},
))
