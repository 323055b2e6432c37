# c1 batch 5: c1-25 .. c1-30 (Vandria)
ARTICLES = []

ARTICLES.append(dict(
id="c1-25", domain="press freedom / criminal defamation",
targets=[("criminal defamation law", ["defamation law", "criminal defamation", "defamation"]),
         ("Arne Brattli", ["Brattli", "the reporter", "reporter"]),
         ("journalists should face jail for defamation", ["jail", "prison", "jailed"])],
text="""
⟦n0|Reporter given suspended sentence for defaming minister⟧

⟦d|HARNESK, Vandria (Arlen Wire) —⟧ ⟦n1|A Harnesk court on Monday gave the investigative reporter Arne Brattli a six-month suspended prison sentence for criminally defaming Defence Minister Osvald Krantz⟧, in the first such conviction of a Vandrian journalist in more than a decade.

⟦n2|Brattli, who writes for the news site Northvane, reported in March that Krantz had stayed at a hunting lodge owned by an arms supplier weeks before the army bought its rifles⟧. ⟦s1|The court⟧ ⟦k1|found⟧ ⟦c1|the stay had been paid for by Krantz himself and that Brattli had failed to ask him before publishing⟧.

“⟦c2|I made a mistake. I should have called him, and I have said so in print,⟧” ⟦s2|Brattli⟧ ⟦k2|said⟧ outside the courthouse. “⟦c3|But if every mistake in a newspaper is a crime, then every newsroom in this country is a criminal gang.⟧”

⟦s4|Krantz's lawyer, Olav Nordvik⟧, ⟦k4|said⟧ ⟦c4|the minister had asked only for a correction and had gone to court after Northvane refused⟧. “⟦c5|My client has a family that reads the news. A lie about him does not stop being a lie because it was typed by a journalist,⟧” ⟦s5|he⟧ ⟦k5|said⟧.

⟦s6|Lenita Haug⟧ of the Vandrian Union of Journalists ⟦k6|said⟧ ⟦c6|the case showed why defamation should be a matter for civil courts only⟧. “⟦c7|A correction, an apology, damages if you like. Not a criminal record,⟧” ⟦s7|she⟧ ⟦k7|said⟧.

⟦s8|Justice Minister Kiril Dovan⟧ ⟦k8|said⟧ in January ⟦c8|the government had "no plans" to change the law, which allows prison terms of up to two years⟧. ⟦s9|Concord lawmaker Trygve Sandvik⟧ ⟦k9|defended⟧ ⟦c9|the law as "the only thing that makes some websites check anything at all."⟧

⟦s10|Siri Elverum⟧, a media law lecturer at the University of Harnesk, ⟦k10|said⟧ ⟦c10|the suspended sentence was "lenient on paper and chilling in practice,"⟧ because ⟦s11|editors⟧ now ⟦k11|fear⟧ ⟦c11|a second conviction would mean real prison⟧.

⟦o1|⟦so1|The Media Freedom Council⟧ ⟦ko1|condemned⟧ the verdict⟧. ⟦o2|⟦so2|Krantz⟧ ⟦ko2|declined to comment⟧⟧.

⟦s12|Brattli⟧ ⟦k12|said⟧ ⟦c12|he would appeal⟧. ⟦n3|Northvane has published a correction⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the sentence neutrally
n2 | background of the story
c1 - | n court's finding, not about the law | a finds he failed to check | n no view on jail
c2 Arne Brattli | n no view on the law yet | a concedes his own mistake | n no view on jail
c3 Arne Brattli | a mistakes should not be crimes | f defends himself and newsrooms | a newsrooms would be criminal gangs
c4 Olav Nordvik | n law not argued | a reporter refused to correct | n no view on jail
c5 Olav Nordvik | f a lie stays a lie, even by a journalist | a calls his story a lie | n no jail argument
c6 Lenita Haug | a defamation should be civil only | n reporter not addressed | a civil courts only
c7 Lenita Haug | a no criminal record | n reporter not addressed | a not a criminal record
c8 Kiril Dovan | f no plans to change the law | n reporter not addressed | n keeps law, no argument about jailing
c9 Trygve Sandvik | f defends the law | n reporter not addressed | f law makes sites check facts
c10 Siri Elverum | a chilling in practice | n reporter not judged | a sentence chills journalism
c11 - | a editors fear prison | n reporter not addressed | n fear, no argument
o1 speech_no_content Media Freedom Council | a condemned the verdict | f sides with the reporter | a condemned jail sentence for a reporter
o2 declined Osvald Krantz
c12 Arne Brattli | n appeal, no argument | f he will fight the conviction | n no view on jail
n3 | correction fact
"""))

ARTICLES.append(dict(
id="c1-26", domain="courts and judicial appointments / constitutional ruling on protest zone",
targets=[("protest buffer zone", ["buffer zone", "protest-free zone", "zone"]),
         ("Constitutional Court", ["Constitutional Court", "the court", "judges"]),
         ("Oddvar Lenk", ["Lenk", "interior minister"]),
         ("judges are overstepping their role", ["overstepping", "judicial activism"])],
text="""
⟦n0|Constitutional Court strikes down protest-free zone around parliament⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Vandria's Constitutional Court on Thursday struck down a ministerial decree banning demonstrations within 300 metres of parliament⟧, ⟦k0|ruling⟧ by seven votes to four that ⟦c0|such a restriction could be imposed only by a law passed by lawmakers⟧.

⟦s1|The majority opinion⟧ ⟦k1|said⟧ ⟦c1|the right of assembly was "not a privilege granted by ministers, and not one they may withdraw by letter."⟧ ⟦o2|⟦so2|It⟧ ⟦ko2|did not decide⟧ whether a zone approved by parliament would be lawful⟧.

⟦s3|Interior Minister Oddvar Lenk⟧ ⟦k3|said⟧ ⟦c3|he would "respect the judgment and fix the paperwork,"⟧ and ⟦k4|announced⟧ ⟦c4|a bill to put the zone into law within a month⟧. "⟦c5|The court has told us how to do it, not that we cannot,⟧" ⟦s5|he⟧ ⟦k5|said⟧.

⟦s6|Student union president Astrid Nyqvist⟧, whose detention in January led to the case, ⟦k6|called⟧ ⟦c6|the ruling "a good day for everyone who has ever shouted at a building."⟧ ⟦s7|She⟧ ⟦k7|said⟧ ⟦c7|the 38 students arrested should have their fines cancelled⟧.

In a dissent, ⟦s8|Judge Bertil Koivu⟧, the court's chief justice, ⟦k8|wrote⟧ ⟦c8|the majority had "substituted its own view of good policy for the plain words of the Public Order Act."⟧

⟦s9|Concord lawmaker Signe Rosk⟧, who had criticised the decree, ⟦k9|said⟧ ⟦c9|the ruling was correct⟧ but ⟦k10|warned⟧ ⟦c10|a law would be "the same hammer with a parliamentary stamp on it."⟧

Jakob Ferro, another Concord lawmaker, was angrier. "⟦c11|Seven unelected lawyers have decided where the people's representatives may safely walk. Who elected them?⟧" ⟦s11|he⟧ ⟦k11|said⟧.

⟦s12|Elias Grell⟧, the former judge who had predicted the outcome, ⟦k12|said⟧ ⟦c12|the court had done "the most ordinary thing a constitutional court can do, which is read the constitution."⟧

⟦o1|⟦so1|The Vandrian Bar Association⟧ ⟦ko1|welcomed⟧ the ruling⟧. ⟦n2|Lenk's bill would need a simple majority⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the ruling neutrally
c0 Constitutional Court | a only a law can impose it | n speaker is the court | n Lenk not named | n states the ruling, no view on its role
c1 Constitutional Court | a ministers cannot withdraw assembly rights | n speaker is the court | n speaker is the court | a court states the constitutional rule
o2 declined Constitutional Court
c3 Oddvar Lenk | n will fix the paperwork, no defence | f respects the judgment | n speaker is Lenk | n accepts the court's power
c4 Oddvar Lenk | f will put the zone into law | n court not judged | n speaker is Lenk | n no view on the court's role
c5 Oddvar Lenk | f zone can still be done | n reads the ruling narrowly, no judgment | n speaker is Lenk | a court only ruled on how
c6 Astrid Nyqvist | a celebrates the ruling against the zone | f praises the ruling | n Lenk not named | a welcomes the court's decision
c7 Astrid Nyqvist | a fines should be cancelled | n court not addressed | n Lenk not named | n no view on the court's role
c8 Bertil Koivu | f law permitted the zone | a majority substituted its own view | n Lenk not addressed | f majority overstepped
c9 Signe Rosk | a says the ruling was correct | f ruling was correct | n Lenk not named | a ruling was correct
c10 Signe Rosk | a law would be the same hammer | n court not addressed | a criticises his planned law | n no view on the court's role
c11 Jakob Ferro | f people's representatives deserve safety | a attacks unelected lawyers | n Lenk not addressed | f rhetorical question: who elected them
c12 Elias Grell | a court rightly struck it down | f court did the ordinary thing | n Lenk not named | a court simply read the constitution
o1 speech_no_content Vandrian Bar Association | a welcomed the ruling against the zone | f welcomed the ruling | n Lenk not addressed | a welcomed the court's decision
n2 | procedural fact
"""))

ARTICLES.append(dict(
id="c1-27", domain="parliament budget fight / hospital closure",
targets=[("closing Brenstad's maternity ward", ["maternity ward", "maternity unit", "closure", "closing"]),
         ("Health Minister Tollef Aasen", ["Aasen", "health minister"]),
         ("the closure will put mothers at risk", ["at risk", "risk", "lives"])],
text="""
⟦n0|Brenstad maternity ward closure sparks budget revolt⟧

⟦d|BRENSTAD, Vandria (Arlen Wire) —⟧ ⟦n1|Plans to close the maternity ward at Brenstad regional hospital have become the biggest obstacle to the government's health budget⟧, with ⟦s0|five lawmakers from the region⟧ ⟦k0|saying⟧ ⟦c0|they will vote against it unless the ward is saved⟧.

⟦s1|Health Minister Tollef Aasen⟧ ⟦k1|said⟧ ⟦c1|the ward delivered 290 babies last year, fewer than one a day, and could not keep enough midwives and anaesthetists on call to be safe⟧. "⟦c2|A small unit is not a safe unit just because it is close,⟧" ⟦s2|he⟧ ⟦k2|said⟧.

⟦s3|The ministry⟧ ⟦k3|says⟧ ⟦c3|the closure would save 21 million crowns a year, to be spent on a new neonatal unit in Selmont⟧.

⟦s4|Mothers in Brenstad⟧ ⟦k4|point out⟧ ⟦c4|the nearest alternative is 94 kilometres away, over a mountain road that is often closed by snow⟧. "⟦c5|He says close is not safe. Tell that to a woman in labour on the Kestrup pass in February,⟧" ⟦s5|said Gudrun Sivertsen⟧, a midwife who has worked at the ward for 22 years.

⟦s6|Local Concord lawmaker Torgeir Wenstad⟧ ⟦k6|said⟧ ⟦c6|he would "not be the man who voted to make Brenstad's children be born in ambulances."⟧

⟦s7|Borghild Asbjornsen⟧, an obstetrician who advised the ministry, ⟦k7|said⟧ ⟦c7|research showed better outcomes in larger units for complicated births⟧, though ⟦s8|she⟧ ⟦k8|conceded⟧ ⟦c8|distance "is a risk factor in its own right, and not a small one."⟧

⟦s9|Asked⟧ ⟦c9|whether the ministry had modelled journey times in winter⟧, ⟦s10|Aasen⟧ ⟦k10|said⟧ ⟦c10|an ambulance helicopter would be stationed at Brenstad from October⟧.

⟦o1|⟦so1|Opposition leader Ilka Sorvane⟧, who visited the ward on Friday, ⟦ko1|praised⟧ its staff⟧ and ⟦k11|promised⟧ ⟦c11|to keep it open if she won the election⟧.

⟦n2|The health budget is due for a vote on March 12⟧. ⟦n3|The coalition's majority is nine seats⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the revolt neutrally
c0 - | a will vote against unless saved | n minister not named | n no risk claim
c1 Tollef Aasen | f ward too small to be safe | n speaker is Aasen | a says the ward itself is unsafe
c2 Tollef Aasen | f small is not safe | n speaker is Aasen | a closeness does not mean safety
c3 Vandria | f savings go to a neonatal unit | n figures, no self-defence | n savings figure, no risk point
c4 - | a nearest unit far away | n minister not named | f long snowy road to the next unit
c5 Gudrun Sivertsen | a mocks the safety argument | a sarcasm aimed at the minister | f labour on a mountain pass
c6 Torgeir Wenstad | a will vote against it | n minister not named | f births in ambulances
c7 Borghild Asbjornsen | f larger units do better | n minister not addressed | a larger units safer for complicated births
c8 Borghild Asbjornsen | a concedes distance is a risk | n minister not addressed | f distance is a real risk
c9 - | n question without position | n question | n question without position
c10 Tollef Aasen | f helicopter answers the concern | n speaker is Aasen | a helicopter will cover transfers
o1 speech_no_content Ilka Sorvane | f praised the ward's staff | n minister not addressed | n praise, no risk claim
c11 Ilka Sorvane | a promises to keep it open | n minister not named | n promise, no risk claim
n2 | scheduling fact
n3 | background fact
"""))

ARTICLES.append(dict(
id="c1-28", domain="protest policing / facial recognition",
targets=[("facial recognition at protests", ["facial recognition", "face-scanning", "cameras"]),
         ("Selmont police", ["police", "officers"]),
         ("the cameras will deter violence", ["deter", "deterrent"])],
text="""
⟦n0|Selmont police to scan faces at demonstrations, prompting privacy outcry⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦c0|Selmont police will begin using live facial recognition cameras at large demonstrations from next month⟧, ⟦s0|the force⟧ ⟦k0|confirmed⟧ on Monday, making Vandria the first country in the region to do so.

⟦s1|Police commissioner Vemund Hovland⟧ ⟦k1|said⟧ ⟦c1|the cameras would compare faces only against a list of about 1,100 people wanted for violent offences, and that images of everyone else would be deleted within 24 hours⟧. "⟦c2|If you are not on the list, the camera forgets you before you have finished your coffee,⟧" ⟦s2|he⟧ ⟦k2|said⟧.

⟦s3|Hovland⟧ ⟦k3|said⟧ ⟦c3|a trial at two football matches last season had led to 17 arrests and a 40 percent fall in violent incidents at the stadium⟧.

⟦s4|Dagny Aune of the civil liberties group Open Square⟧ ⟦k4|said⟧ ⟦c4|a football crowd and a political demonstration were "not the same thing, legally or morally."⟧ "⟦c5|People will think twice before marching against the government if the government is counting their faces. That is the point, isn't it?⟧" ⟦s5|she⟧ ⟦k5|said⟧.

⟦s6|Lisbeth Tveit⟧, a computer scientist at Selmont University, ⟦k6|said⟧ ⟦c6|independent tests of the software had found error rates "several times higher" for people with darker skin⟧. ⟦s7|The supplier, Kvamsoft⟧, ⟦k7|said⟧ ⟦c7|its latest version had closed the gap⟧.

⟦o1|⟦so1|Interior Minister Oddvar Lenk⟧ ⟦ko1|backed⟧ the plan⟧. ⟦n2|The force does not need parliamentary approval to use the cameras⟧.

⟦s9|Eilif Moen⟧, whose shop window was smashed during the farmers' protest last year, ⟦k9|said⟧ ⟦c9|he would "happily be filmed every day if it means the people who did it are found."⟧

⟦s10|Forward lawmaker Oskari Viljo⟧ ⟦k10|asked⟧ ⟦c10|why the force had announced the plan a week after students began marching against the protest-free zone⟧. ⟦s11|A police spokeswoman⟧ ⟦k11|said⟧ ⟦c11|the timing was a coincidence⟧.

⟦s12|Aune⟧ ⟦k12|said⟧ ⟦c12|Open Square would seek an injunction⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
c0 Selmont police | n confirms the plan, no argument | n confirmation only | n no violence claim
c1 Vemund Hovland | f narrow watch list, quick deletion | f speaker is the police chief | n no violence claim
c2 Vemund Hovland | f camera forgets innocents | n reassurance, not self-praise | n no violence claim
c3 Vemund Hovland | f trial results support it | n results, not self-praise | f violence fell 40 percent
c4 Dagny Aune | a protests differ from football | n police not criticised directly | a football results do not transfer
c5 Dagny Aune | a cameras chill protest | a implies intimidation is intended | n chilling, not violence
c6 Lisbeth Tveit | a higher error rates | n police not addressed | n accuracy, not deterrence
c7 Kvamsoft | f says the gap is closed | n police not addressed | n accuracy, not deterrence
o1 speech_no_content Oddvar Lenk | f backed the plan | n police not addressed separately | n no violence claim
n2 | legal fact
c9 Eilif Moen | f happy to be filmed | f wants the police to find vandals | n finding culprits, not deterrence
c10 Oskari Viljo | a timing question implies a motive | a suggests the force targets protesters | n no violence claim
c11 - @aff=Selmont_police | n timing denial | f denies a motive | n no violence claim
c12 Dagny Aune | a will seek an injunction | n police not judged | n no violence claim
"""))

ARTICLES.append(dict(
id="c1-29", domain="elections and campaigns / results and coalition talks",
targets=[("Ilka Sorvane", ["Sorvane", "opposition leader", "Forward leader"]),
         ("a Forward-Green Hearth coalition", ["coalition", "Green Hearth", "red-green"]),
         ("the result is a mandate for change", ["mandate", "change"]),
         ("Kaisa Rentoul", ["Rentoul", "prime minister"])],
text="""
⟦n0|Forward tops Vandria's election but falls short of majority⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦c0|People's Forward became the largest party in Vandria's parliament for the first time in 16 years on Sunday, winning 98 of 260 seats, against 91 for National Concord⟧, ⟦k0|according to⟧ ⟦s0|preliminary results from the Electoral Oversight Board⟧.

⟦n2|Neither bloc has a majority⟧. ⟦s1|Forward leader Ilka Sorvane⟧ ⟦k1|said⟧ ⟦c1|she would open talks on Monday with Green Hearth, which won 19 seats, and with two smaller parties⟧.

“⟦c2|Vandrians asked for a different country tonight. They did not ask us to be timid about it,⟧” ⟦s2|Sorvane⟧ ⟦k2|told⟧ supporters at a riverside hall in Selmont.

⟦s3|Prime Minister Kaisa Rentoul⟧ ⟦k3|conceded⟧ ⟦c3|Concord had lost "the argument about rents"⟧ but ⟦k4|said⟧ ⟦c4|Forward had won just 35 percent of the vote⟧. “⟦c5|Sixty-five percent of this country voted for someone else. That is not a mandate. That is a plurality,⟧” ⟦s5|she⟧ ⟦k5|said⟧.

⟦s6|Green Hearth leader Rasmus Odell⟧, who served in Rentoul's coalition until the spring, ⟦k6|said⟧ ⟦c6|his party would talk to "anyone who brings a serious forestry law to the table"⟧. ⟦o2|⟦so2|He⟧ ⟦ko2|refused to say⟧ which side he preferred⟧.

⟦s8|Henrika Moll⟧, who lost the Forward leadership contest to Sorvane two years ago, ⟦k8|said⟧ ⟦c8|the result vindicated the leader she had challenged⟧. “⟦c9|I said she could not win. I was wrong, and I am delighted to be wrong,⟧” ⟦s9|Moll⟧ ⟦k9|said⟧.

⟦s10|Yrsa Tamm of Demoskop Vandria⟧ ⟦k10|said⟧ ⟦c10|Forward had won among every age group under 50 and lost heavily in rural districts⟧. ⟦n3|Turnout was 71 percent, the highest since 2006⟧.

⟦o1|⟦so1|The Orsk Federation's foreign ministry⟧ ⟦ko1|congratulated⟧ Sorvane⟧ within an hour of the first results, a gesture ⟦s11|Concord's Osvald Krantz⟧ ⟦k11|described⟧ ⟦c11|as "the least helpful endorsement a Vandrian politician can receive."⟧
""",
spec="""
n0 | headline in the author's words, no side taken
c0 Electoral Oversight Board | n official results | n results only | n results only | n results only
n2 | fact about the numbers
c1 Ilka Sorvane | n procedural announcement | f will open talks with Green Hearth | n procedural | n Rentoul not addressed
c2 Ilka Sorvane | n speaker is Sorvane | n no coalition point | f voters asked for a different country | n Rentoul not named
c3 Kaisa Rentoul | n concession, not about Sorvane | n no coalition point | f concedes voters rejected Concord on rents | a concedes her party lost the argument
c4 Kaisa Rentoul | a stresses her low vote share | n no coalition point | a only 35 percent | n not self-assessment
c5 Kaisa Rentoul | a denies Sorvane a mandate | n no coalition point | a not a mandate, a plurality | n not self-assessment
c6 Rasmus Odell | n no view on Sorvane | n open to anyone | n no mandate claim | n no view on Rentoul
o2 declined Rasmus Odell
c8 Henrika Moll | f result vindicates Sorvane | n no coalition point | n no mandate claim | n Rentoul not addressed
c9 Henrika Moll | f delighted to be wrong about her | n no coalition point | n no mandate claim | n Rentoul not addressed
c10 Demoskop Vandria | n poll analysis | n poll analysis | n poll analysis | n poll analysis
n3 | turnout figure
o1 speech_no_content Orsk Federation | f congratulated Sorvane | n no coalition point | n no mandate claim | n Rentoul not addressed
c11 Osvald Krantz | a Orsk praise taints Sorvane | n no coalition point | n no mandate claim | n Rentoul not addressed
"""))

ARTICLES.append(dict(
id="c1-30", domain="constitutional referendum / citizens' initiative on pipeline",
targets=[("Northway pipeline agreement", ["Northway", "pipeline", "gas deal"]),
         ("Orsk Federation", ["Orsk"]),
         ("the pipeline will lower energy bills", ["energy bills", "bills", "cheaper"])],
text="""
⟦n0|Signatures force Vandria's first citizens' referendum, on Orsk gas pipeline⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Vandria will hold its first referendum triggered by a citizens' petition⟧ after ⟦s0|the Electoral Oversight Board⟧ ⟦k0|confirmed⟧ on Tuesday that ⟦c0|512,000 valid signatures had been collected against the Northway gas pipeline agreement with the Orsk Federation⟧.

⟦n2|Under the 2019 constitutional amendment that created the procedure, a petition with 500,000 signatures forces a binding vote within 120 days⟧.

⟦s1|The petition's organiser, Ingeborg Solvang⟧, ⟦k1|said⟧ ⟦c1|the 25-year deal would leave Vandria "heating its homes at the pleasure of a government that jails its own journalists."⟧ “⟦c2|Cheap gas is only cheap until the day the tap is turned off,⟧” ⟦s2|she⟧ ⟦k2|said⟧.

⟦s3|Energy Minister Ottar Halden⟧ ⟦k3|said⟧ ⟦c3|the agreement fixed prices 30 percent below the current market for the first decade and would cut a typical household's heating bill by about 800 crowns a year⟧. “⟦c4|I understand the fear. But fear does not heat a flat in January,⟧” ⟦s4|he⟧ ⟦k4|said⟧.

⟦s5|The Orsk energy ministry⟧ ⟦k5|said⟧ in a statement ⟦c5|Orsk had "never once in forty years" interrupted supplies to a customer that paid its bills⟧. ⟦s6|Einar Dahle⟧, an energy analyst at Fjellbank, ⟦k6|said⟧ ⟦c6|the claim was true "in the narrow sense"⟧ but ⟦k7|noted⟧ ⟦c7|Orsk had cut volumes to two neighbours during price disputes in 2014 and 2021⟧.

⟦s8|Dahle⟧ ⟦k8|estimated⟧ ⟦c8|the savings at closer to 500 crowns a year per household once pipeline fees were included⟧. “⟦c9|It is a real saving. It is just not the saving on the posters,⟧” ⟦s9|he⟧ ⟦k9|said⟧.

⟦o1|⟦so1|The Vandrian Industrial Federation⟧ ⟦ko1|endorsed⟧ the deal⟧, while ⟦o2|⟦so2|Green Hearth⟧ ⟦ko2|came out against⟧ it⟧ on climate grounds. ⟦s10|Forward leader Ilka Sorvane⟧ ⟦k10|said⟧ ⟦c10|her party would campaign for neither side⟧.

⟦s11|Rakel Nesse⟧, a retired teacher who collected 3,000 signatures in Harnesk, ⟦k11|said⟧ ⟦c11|most people she met "did not care about Orsk one way or the other, they cared about being asked."⟧
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the referendum neutrally
c0 Electoral Oversight Board | n signature count | n count only | n count only
n2 | procedural background
c1 Ingeborg Solvang | a deal leaves Vandria at Orsk's mercy | a Orsk jails journalists | n no bills claim
c2 Ingeborg Solvang | a cheap gas can be cut off | a implies Orsk may turn off the tap | f concedes gas is cheap, for now
c3 Ottar Halden | f prices fixed below market | n Orsk not judged | f cuts heating bills by 800 crowns
c4 Ottar Halden | f fear does not heat a flat | n Orsk not judged | f concedes fear, stresses bills
c5 Orsk Federation | f supplies never interrupted | f defends Orsk's record | n no bills claim
c6 Einar Dahle | n true only narrowly | a Orsk's claim only narrowly true | n no bills claim
c7 Einar Dahle | a past cuts show risk | a Orsk cut volumes before | n no bills claim
c8 Einar Dahle | n smaller saving, no verdict on the deal | n Orsk not addressed | f still a saving, though smaller
c9 Einar Dahle | n real but overstated saving | n Orsk not addressed | f real saving, not the posters' figure
o1 speech_no_content Vandrian Industrial Federation | f endorsed the deal | n Orsk not addressed | n no bills claim
o2 speech_no_content Green Hearth | a against the deal | n Orsk not addressed | n climate, no bills claim
c10 Ilka Sorvane | n neutral | n neutral | n neutral
c11 Rakel Nesse | n about being asked | n people indifferent to Orsk | n no bills claim
"""))
