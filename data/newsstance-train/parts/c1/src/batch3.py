# c1 batch 3: c1-13 .. c1-18 (Vandria)
ARTICLES = []

ARTICLES.append(dict(
id="c1-13", domain="courts and judicial appointments / retirement age",
targets=[("lowering the judges' retirement age", ["retirement age", "retire at 65", "retirement"]),
         ("Justice Minister Kiril Dovan", ["Dovan", "justice minister"]),
         ("the change is a purge of the judiciary", ["purge", "purging"]),
         ("Vandrian Judges' Association", ["Judges' Association", "association"])],
text="""
⟦n0|Forty judges face forced retirement under Vandrian bill⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|The Vandrian government on Tuesday tabled a bill to lower the mandatory retirement age for judges from 70 to 65⟧, a change that would remove about 40 serving judges, including four of the eleven members of the Supreme Court, by the end of next year.

⟦s1|Justice Minister Kiril Dovan⟧ ⟦k1|said⟧ ⟦c1|the bill simply brought judges into line with every other public servant⟧. "⟦c2|A bus driver retires at 65. A judge is not a different species,⟧" ⟦s2|he⟧ ⟦k2|said⟧.

⟦s3|Dovan⟧ ⟦k3|said⟧ ⟦c3|the courts had a backlog of 61,000 cases and that 120 younger lawyers were waiting for judicial posts⟧.

⟦s4|The Vandrian Judges' Association⟧ ⟦k4|called⟧ ⟦c4|the bill "a purge with a pension attached."⟧ ⟦s5|Its president, Judge Ingvar Roos⟧, ⟦k5|noted⟧ that ⟦c5|three of the four Supreme Court judges affected had ruled against the government on the broadcasting law last spring⟧.

"⟦c6|I am sure that is a coincidence. The government is full of coincidences this year,⟧" ⟦s6|Roos⟧ ⟦k6|said⟧.

⟦n3|Not all judges agree with their association⟧. ⟦s8|Malin Sander⟧, a district judge in Brenstad, ⟦k8|wrote⟧ in the Selmont Gazette ⟦c8|the association had "defended seniority harder than it has ever defended litigants,"⟧ and ⟦k9|said⟧ ⟦c9|she would welcome faster promotion for younger colleagues⟧. But ⟦s10|she⟧ too ⟦k10|said⟧ ⟦c10|the change should apply only to judges appointed after the law took effect⟧.

⟦s11|Tekla Hovde⟧, a professor of constitutional law at Selmont University, ⟦k11|said⟧ ⟦c11|similar laws in other countries had been struck down because they applied to sitting judges⟧. "⟦c12|Lowering the age is not the problem. Lowering it overnight is,⟧" ⟦s12|she⟧ ⟦k12|said⟧.

⟦o1|⟦so1|Opposition leader Ilka Sorvane⟧ ⟦ko1|denounced⟧ the bill⟧, and ⟦o2|⟦so2|the European Jurists' Forum⟧ ⟦ko2|expressed "grave concern" about⟧ it⟧.

⟦n2|The bill is expected to reach a first vote in March⟧. ⟦s13|Dovan's ministry⟧ ⟦k13|said⟧ ⟦c13|it was open to "technical amendments" but would not drop the age limit⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the bill neutrally
c1 Kiril Dovan | f bill is simple fairness | f speaker is the minister defending his bill | a presents it as routine equality | n association not addressed
c2 Kiril Dovan | f judges should retire like others | n not about himself | a judges are not special | n association not addressed
c3 Kiril Dovan | f backlog and waiting lawyers justify it | n figures, not self-defence | a gives practical reasons, not a purge | n association not addressed
c4 Vandrian Judges' Association | a calls it a purge | n minister not named | f calls it a purge | n speaker is the association
c5 Ingvar Roos | a affected judges ruled against government | n minister not named | f implies judges targeted for rulings | n not about the association
c6 Ingvar Roos | a sarcasm about coincidence | a mocks the government's motives | f sarcasm implies deliberate targeting | n association not addressed
n3 | author introduces dissent among judges
c8 Malin Sander | n criticises the association, not the bill | n minister not addressed | n no view on purge | a says it defends seniority
c9 Malin Sander | f welcomes younger promotion | n minister not addressed | n no view on purge | n association not addressed
c10 Malin Sander | a opposes applying it to sitting judges | n minister not addressed | n no purge claim | n association not addressed
c11 Tekla Hovde | a applying it to sitting judges is vulnerable | n minister not addressed | n legal point, no motive | n association not addressed
c12 Tekla Hovde | a overnight change is the problem | n minister not addressed | n no view on motive | n association not addressed
o1 speech_no_content Ilka Sorvane | a denounced the bill | n minister not named | n no purge claim stated | n association not addressed
o2 speech_no_content European Jurists' Forum | a grave concern | n minister not named | n concern, no purge claim | n association not addressed
n2 | scheduling fact
c13 Vandria | f will not drop the age limit | n not about himself | n no view on motive | n association not addressed
"""))

ARTICLES.append(dict(
id="c1-14", domain="press freedom / police raid on newspaper",
targets=[("the raid on the Selmont Gazette", ["raid", "search", "the search warrant"]),
         ("Selmont Gazette", ["Gazette", "newspaper", "the paper"]),
         ("the leak has endangered national security", ["national security", "endangered", "security"])],
text="""
⟦n0|Police search Selmont Gazette newsroom over leaked defence memo⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Police officers spent six hours on Thursday searching the newsroom of the Selmont Gazette, Vandria's oldest daily, and took away two laptops belonging to its defence correspondent, Frode Dalby⟧.

⟦n2|The search followed the paper's publication last week of a ministry memo showing that two of the army's new air defence batteries had failed acceptance tests⟧. ⟦s1|Prosecutors⟧ ⟦k1|said⟧ ⟦c1|they were investigating "the unlawful disclosure of classified material" and that no journalist was a suspect⟧.

⟦s2|The defence ministry⟧ ⟦k2|said⟧ ⟦c2|the memo had revealed the locations and weaknesses of units guarding the eastern border⟧. “⟦c3|Somewhere in the Orsk Federation, an officer read that article with great interest,⟧” ⟦s3|Defence Minister Osvald Krantz⟧ ⟦k3|told⟧ parliament.

⟦s4|The Gazette's editor, Hedvig Nordahl⟧, ⟦k4|said⟧ ⟦c4|the paper had removed every detail of location before publication, after consulting the ministry itself⟧. “⟦c5|What the memo revealed was that the equipment did not work. That is embarrassing. It is not secret,⟧” ⟦s5|she⟧ ⟦k5|said⟧.

⟦s6|Nordahl⟧ ⟦k6|called⟧ ⟦c6|the search “a fishing trip in our contacts book”⟧ and ⟦k7|said⟧ ⟦c7|the paper would ask a court to order the laptops returned unopened⟧.

⟦o1|⟦so1|The Vandrian Union of Journalists⟧ ⟦ko1|condemned⟧ the raid⟧. ⟦s8|Its general secretary, Lenita Haug⟧, ⟦k8|asked⟧ ⟦c8|why police had needed six hours “to look for a leak that was already in the newspaper.”⟧

⟦s9|Concord lawmaker Trygve Sandvik⟧, who chairs the defence committee, ⟦k9|said⟧ ⟦c9|he had “no sympathy for people who sell state secrets for a headline,”⟧ but ⟦k10|conceded⟧ ⟦c10|taking a reporter's laptops “looks heavy-handed, and in politics looks matter.”⟧

⟦s11|Aino Kallas⟧, a former head of military intelligence, ⟦k11|said⟧ ⟦c11|the published memo gave a foreign army “nothing it could not have learned from a satellite”⟧.

⟦s12|Asked⟧ ⟦c12|whether he had approved the search⟧, ⟦s13|Krantz⟧ ⟦k13|said⟧ ⟦c13|he did not direct prosecutors⟧. ⟦n3|A hearing on the laptops is set for Monday⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the search neutrally
n2 | author gives background neutrally
c1 - | f prosecutors defend the investigation | n paper not accused | f calls it unlawful disclosure of classified material
c2 Vandria | f ministry justifies the inquiry | a says the paper exposed units | f memo revealed weaknesses on the border
c3 Osvald Krantz | f implies the enemy benefited | a sarcasm at the paper's article | f implies the enemy gained
c4 Hedvig Nordahl | a paper was careful | f defends the paper's care | a details were removed
c5 Hedvig Nordahl | a embarrassing, not secret | f defends the story | a says nothing secret was revealed
c6 Hedvig Nordahl | a calls it a fishing trip | f defends the paper's sources | n no security point
c7 Hedvig Nordahl | a will fight for the laptops | f paper's legal step | n procedural
o1 speech_no_content Vandrian Union of Journalists | a condemned the raid | f sides with the paper | n no security point
c8 Lenita Haug | a mocks the six-hour search | f the paper already published | n rhetorical point on the search, not security
c9 Trygve Sandvik | f no sympathy for leakers | a selling secrets for a headline | f calls it state secrets
c10 Trygve Sandvik | a concedes it looks heavy-handed | n paper not judged | n concession about optics only
c11 Aino Kallas | a undercuts the raid's premise | f defends the publication | a nothing a satellite could not show
c12 - | n question without position | n question | n question
c13 Osvald Krantz | n distances himself | n paper not addressed | n no security point
n3 | scheduling fact
"""))

ARTICLES.append(dict(
id="c1-15", domain="corruption trial / witness testimony",
targets=[("Gustav Tellmann", ["Tellmann", "former transport minister", "the former minister"]),
         ("the star witness is credible", ["credible", "credibility", "star witness"]),
         ("Korhaven Construction", ["Korhaven", "the firm", "construction firm"])],
text="""
⟦s0|Ex-Korhaven finance chief⟧ ⟦k0|says⟧ ⟦c0|he carried cash for minister⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|A former finance director of Korhaven Construction took the stand at the Selmont District Court on Wednesday in the bribery trial of former transport minister Gustav Tellmann⟧.

⟦s1|The witness, Magnus Arnfinn⟧, ⟦k1|said⟧ ⟦c1|he had personally delivered envelopes of cash to an aide of Tellmann's on at least four occasions in 2019⟧, and ⟦k2|described⟧ ⟦c2|the payments as "the price of doing business with that ministry."⟧ "⟦c3|Nobody called them bribes. We called them consulting,⟧" ⟦s3|he⟧ ⟦k3|said⟧.

⟦n2|Arnfinn, 52, is testifying under an agreement with prosecutors that could reduce his own sentence for fraud⟧.

⟦s4|Tellmann's lawyer, Kristo Malmberg⟧, ⟦k4|told⟧ the court ⟦c4|the witness had "every reason in the world to say whatever the prosecution wants."⟧ ⟦s5|Malmberg⟧ ⟦k5|noted⟧ ⟦c5|Arnfinn had given three different dates for the first payment in earlier interviews with investigators⟧.

"⟦c6|Was it March, April or June, Mr Arnfinn? Or does it depend on the day?⟧" ⟦s6|Malmberg⟧ ⟦k6|asked⟧.

⟦s7|Arnfinn⟧ ⟦k7|replied⟧ ⟦c7|he had been "frightened and confused" during the first interview⟧. "⟦c8|I have lost my job, my marriage and my name. What do you think I am gaining here?⟧" ⟦s8|he⟧ ⟦k8|said⟧.

⟦s9|Chief prosecutor Annika Strandvik⟧ ⟦k9|said⟧ outside court ⟦c9|bank records showed cash withdrawals by Korhaven matching each date the witness had given in his final statement⟧.

⟦s10|Korhaven⟧ ⟦k10|said⟧ in a brief statement ⟦c10|Arnfinn had been dismissed in 2021 for "unrelated financial irregularities"⟧. ⟦s11|The company's current chief executive, Bodil Skarre⟧, ⟦k11|has said⟧ ⟦c11|the firm now has "the strictest compliance rules in the industry."⟧

⟦o1|⟦so1|Tellmann⟧, who sat two metres from the witness box, ⟦ko1|disputed⟧ the testimony⟧ in a short note his lawyer handed to reporters. ⟦o2|⟦so2|He⟧ ⟦ko2|did not answer questions⟧ as he left⟧.

⟦s12|Judge Edvin Sorsa⟧ ⟦k12|said⟧ ⟦c12|cross-examination would continue on Thursday⟧.
""",
spec="""
c0 Magnus Arnfinn | a cash carried for the minister | n no credibility point | a firm's cash went to the minister
n1 | author reports the testimony neutrally
c1 Magnus Arnfinn | a says cash went to Tellmann's aide | n no comment on his own credibility | a firm paid cash
c2 Magnus Arnfinn | a payments were the cost of the ministry | n no credibility point | a firm paid to do business
c3 Magnus Arnfinn | a bribes disguised as consulting | n no credibility point | a firm disguised bribes
n2 | author notes the plea deal neutrally
c4 Kristo Malmberg | f attacks the accuser | a witness has motive to lie | n firm not addressed
c5 Kristo Malmberg | f inconsistencies help his client | a three different dates | n firm not addressed
c6 Kristo Malmberg | f mocks the accuser | a sarcastic question about changing dates | n firm not addressed
c7 Magnus Arnfinn | n explains the inconsistency | f defends his own account | n firm not addressed
c8 Magnus Arnfinn | n Tellmann not addressed | f rhetorical question: nothing to gain | n firm not addressed
c9 Annika Strandvik | a bank records back the accusation | f records match his dates | a withdrawals matched
c10 Korhaven Construction | n Tellmann not addressed | a smears the witness | f distances the firm
c11 Bodil Skarre | n Tellmann not addressed | n no credibility point | f praises the firm's compliance
o1 speech_no_content Gustav Tellmann | f disputes the case against him | a rejects the testimony | n firm not addressed
o2 declined Gustav Tellmann
c12 Edvin Sorsa | n procedure | n procedure | n procedure
"""))

ARTICLES.append(dict(
id="c1-16", domain="parliament budget fight / teachers' pay",
targets=[("teachers' pay rise", ["pay rise", "teachers' pay", "teacher pay"]),
         ("Finance Minister Kaisa Rentoul", ["Rentoul", "finance minister"]),
         ("the pay rise is affordable", ["affordable", "afford"]),
         ("Teachers' Federation", ["Teachers' Federation", "federation", "union"])],
text="""
⟦n0|Rebels force Rentoul to find money for teachers⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Vandria's finance ministry agreed on Monday to add 640 million crowns to next year's education budget⟧, enough for a 7 percent pay rise for teachers, after ⟦s0|14 governing-coalition lawmakers⟧ ⟦k0|said⟧ ⟦c0|they would otherwise vote against the budget⟧.

⟦s1|Finance Minister Kaisa Rentoul⟧, who had offered 3 percent, ⟦k1|said⟧ ⟦c1|the money would come from delaying two motorway projects and from a new tax on short-term rental income⟧. "⟦c2|I did not enjoy this week. But I can count votes, and the teachers had a point,⟧" ⟦s2|she⟧ ⟦k2|said⟧.

⟦s3|Green Hearth lawmaker Sakari Rinne⟧, who organised the rebellion, ⟦k3|said⟧ ⟦c3|starting salaries for teachers had fallen 11 percent behind inflation since 2020 and that a quarter of new teachers left within three years⟧. "⟦c4|You cannot run schools on goodwill and photocopies,⟧" ⟦s4|he⟧ ⟦k4|said⟧.

⟦s5|The Teachers' Federation⟧ ⟦k5|called⟧ ⟦c5|the deal "a down payment, not a settlement,"⟧ and ⟦k6|said⟧ ⟦c6|it would suspend planned strikes in the spring while members voted⟧. ⟦s7|Its chair, Johanna Ekholm⟧, ⟦k7|said⟧ ⟦c7|7 percent was "the first honest number this government has put on the table."⟧

⟦s8|The Fiscal Council, the state budget watchdog,⟧ ⟦k8|said⟧ ⟦c8|the plan kept the deficit within the legal limit of 3 percent of output, "but only just, and only if the rental tax raises what the ministry hopes."⟧

⟦s9|Concord lawmaker Leena Heino⟧, a loyalist, ⟦k9|said⟧ ⟦c9|the rebels had "held the whole budget hostage for one group of workers."⟧ "⟦c10|Next month it will be nurses. Then police. Where does it end?⟧" ⟦s10|she⟧ ⟦k10|asked⟧.

⟦o1|⟦so1|Owners of holiday flats⟧ in Selmont's old town ⟦ko1|protested⟧ the rental tax⟧ on Tuesday. ⟦s11|Matti Lumi⟧, who rents three flats, ⟦k11|said⟧ ⟦c11|the tax would be passed straight on to tourists⟧.

⟦o2|⟦so2|Opposition leader Ilka Sorvane⟧ ⟦ko2|mocked⟧ Rentoul's "conversion"⟧ in parliament. ⟦n2|The budget's final vote is scheduled for Friday⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the deal neutrally
c0 - | f threatened the budget to win the rise | n minister not named | n no affordability point | n federation not addressed
c1 Kaisa Rentoul | f says how it will be funded | n explains funding, no self-praise | f funding sources named | n federation not addressed
c2 Kaisa Rentoul | f concedes the teachers had a point | a admits a hard week, conceding she lost | n no affordability point | f teachers had a point
c3 Sakari Rinne | f pay has fallen behind | n minister not named | n no affordability point | n federation not addressed
c4 Sakari Rinne | f schools need pay | n minister not named | n no affordability point | n federation not addressed
c5 Teachers' Federation | f welcomes it as a start | n minister not named | n no affordability point | n speaker is the federation
c6 Teachers' Federation | f suspends strikes | n minister not named | n no affordability point | n speaker is the federation
c7 Johanna Ekholm | f praises 7 percent | a implies earlier numbers were dishonest | n no affordability point | n not about the federation
c8 Fiscal Council | n no view on teachers | n minister not judged | f deficit stays within the limit, narrowly | n federation not addressed
c9 Leena Heino | a deal was extortion | n minister not blamed | n no affordability point | n federation not named
c10 Leena Heino | a rhetorical slippery slope | n minister not blamed | a implies more such deals unaffordable | n federation not named
o1 speech_no_content - | n pay rise not addressed | n minister not named | a oppose the tax that funds it | n federation not addressed
c11 Matti Lumi | n pay rise not addressed | n minister not named | a funding burdens tourists | n federation not addressed
o2 speech_no_content Ilka Sorvane | n pay rise not opposed | a mocks the minister's conversion | n no affordability point | n federation not addressed
n2 | scheduling fact
"""))

ARTICLES.append(dict(
id="c1-17", domain="voting rights / citizens abroad",
targets=[("postal voting for citizens abroad", ["postal voting", "postal vote", "postal ballots", "vote from abroad"]),
         ("citizens abroad should have a vote", ["citizens abroad", "emigrants", "diaspora"]),
         ("National Concord", ["Concord", "governing party"])],
text="""
Vandria's emigrants push for postal votes; ⟦s0|Concord⟧ ⟦k0|says⟧ ⟦c0|not before election⟧

⟦b|By Pekka Vainio⟧

⟦d|SELMONT, Vandria —⟧ ⟦n1|About 420,000 Vandrians living abroad can vote in national elections only by travelling to one of the country's 14 embassies on polling day⟧, and in the last election fewer than 31,000 did so.

⟦s1|A petition signed by 96,000 people⟧ and delivered to parliament on Tuesday ⟦k1|asks⟧ ⟦c1|for postal ballots to be allowed in time for the September election⟧. ⟦s2|Its organiser, Ester Lundgaard⟧, a nurse who moved abroad in 2015, ⟦k2|said⟧ ⟦c2|many emigrants lived a day's journey from the nearest embassy⟧.

"⟦c3|I pay tax in Vandria on my flat in Harnesk. I just cannot vote on how it is spent,⟧" ⟦s3|Lundgaard⟧ ⟦k3|said⟧.

⟦s4|Interior Minister Oddvar Lenk⟧ ⟦k4|said⟧ ⟦c4|he supported postal voting "in principle"⟧ but ⟦k5|argued⟧ ⟦c5|it could not be introduced safely in six months⟧. "⟦c6|Ballots crossing borders by post, with no observers, counted in a hurry? That is how elections end up in court,⟧" ⟦s6|he⟧ ⟦k6|said⟧.

⟦s7|Forward lawmaker Oskari Viljo⟧ ⟦k7|said⟧ ⟦c7|the delay had nothing to do with security⟧. "⟦c8|Emigrants vote against Concord two to one. Do the arithmetic,⟧" ⟦s8|he⟧ ⟦k8|said⟧.

⟦s9|Imre Sallo⟧, general secretary of National Concord, ⟦k9|called⟧ ⟦c9|that claim "a conspiracy theory with a calculator,"⟧ and ⟦k10|pointed out⟧ ⟦c10|Concord had itself proposed embassy voting in 2009⟧.

⟦s11|The Electoral Oversight Board⟧ ⟦k11|said⟧ ⟦c11|it would need at least nine months to print, send and verify postal ballots abroad⟧. ⟦s12|A board official⟧ ⟦k12|said⟧ ⟦c12|the timetable was "tight but not impossible" for a smaller pilot in two or three countries⟧.

⟦n2|Several neighbouring countries, including the Orsk Federation, allow no voting from abroad at all⟧. ⟦o1|⟦so1|Lundgaard⟧ ⟦ko1|thanked⟧ the signatories⟧ in a video message and ⟦k13|said⟧ ⟦c13|the campaign would "keep knocking until someone opens the door."⟧
""",
spec="""
c0 National Concord | a not before the election | n no view on the right itself | n speaker is the party
n1 | author gives the figures neutrally
c1 - | f petition asks for postal ballots | f signatories want emigrants able to vote | n Concord not addressed
c2 Ester Lundgaard | f embassies are too far | f explains why emigrants cannot vote | n Concord not addressed
c3 Ester Lundgaard | f taxed but voiceless | f she pays tax but cannot vote | n Concord not named
c4 Oddvar Lenk | f supports it in principle | f supports the principle | n Concord not addressed
c5 Oddvar Lenk | a not safe in six months | n principle not disputed | n Concord not addressed
c6 Oddvar Lenk | a rhetorical warning about risks | n no view on the right itself | n Concord not addressed
c7 Oskari Viljo | f delay is pretext | n no direct claim on the right | a accuses Concord of bad faith
c8 Oskari Viljo | f implies obstruction is partisan | n right not argued | a accuses Concord of self-interest
c9 Imre Sallo | n no view on postal voting | n right not argued | f defends his party
c10 Imre Sallo | n no view on postal voting | f party backed voting abroad before | f Concord's record on the issue
c11 Electoral Oversight Board | n logistics, no position | n logistics | n Concord not addressed
c12 - | n pilot feasibility, no position | n logistics | n Concord not addressed
n2 | regional comparison, neutral
o1 speech_no_content Ester Lundgaard | n thanks, no argument | n thanks only | n Concord not addressed
c13 Ester Lundgaard | f campaign will continue | f keep pushing for the vote | n Concord not addressed
"""))

ARTICLES.append(dict(
id="c1-18", domain="ombudsman report / benefits algorithm",
targets=[("Social Insurance Agency", ["Insurance Agency", "the agency", "agency"]),
         ("the algorithm is biased", ["biased", "bias", "discrimination"]),
         ("Ombudsman Harald Grimsby", ["Grimsby", "ombudsman"]),
         ("disability benefits", ["disability benefits", "disability benefit", "benefit"])],
text="""
⟦s0|Ombudsman⟧ ⟦k0|says⟧ ⟦c0|benefits algorithm wrongly flagged 9,000 disabled claimants⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦c13|An automated system used by Vandria's Social Insurance Agency to detect benefit fraud wrongly flagged about 9,000 disability claimants over three years, and payments to some of them were stopped for months⟧, ⟦s13|the national ombudsman⟧ ⟦k13|said⟧ on Friday. ⟦n9|The agency introduced the system in 2021 to replace random checks⟧.

⟦s1|Ombudsman Harald Grimsby⟧ ⟦k1|said⟧ ⟦c1|claimants with hearing or speech impairments had been flagged at four times the rate of others, because the system treated missed phone appointments as a warning sign⟧. "⟦c2|The machine punished people for not answering a telephone they cannot use,⟧" ⟦s2|he⟧ ⟦k2|said⟧.

⟦s3|His report⟧ ⟦k3|recommends⟧ that ⟦c3|the agency suspend the system, repay withheld benefits with interest and apologise in writing to each claimant⟧.

⟦s4|The agency's director-general, Reino Kivi⟧, ⟦k4|said⟧ ⟦c4|it had already stopped using phone appointments as a risk factor in January⟧ and ⟦k5|accepted⟧ "⟦c5|a serious failure of design.⟧" But ⟦s6|he⟧ ⟦k6|said⟧ ⟦c6|the system had also uncovered 61 million crowns in genuine fraud, "money that belongs to honest claimants."⟧

⟦s7|Saara Helmi⟧ of the Disability Rights Alliance ⟦k7|said⟧ ⟦c7|the agency had ignored warnings from her group for two years⟧. "⟦c8|A serious failure of design? We told them in 2022. It was a serious failure of listening,⟧" ⟦s8|she⟧ ⟦k8|said⟧.

⟦s9|Taisto Onni⟧, a Concord lawmaker on the social affairs committee, ⟦k9|said⟧ ⟦c9|the ombudsman's figures were "accurate but incomplete," because the report did not weigh the fraud the system had stopped⟧.

⟦s10|Vilho Aarne⟧, whose benefit was stopped for seven months in 2023, ⟦k10|said⟧ ⟦c10|he had been forced to sell his car to pay rent⟧. "⟦c11|Nobody from the agency ever spoke to me. They sent letters. I am deaf, so letters were fine, but the calls I missed were the reason,⟧" ⟦s11|he⟧ ⟦k11|said⟧.

⟦o1|⟦so1|Social Affairs Minister Inkeri Toivo⟧ ⟦ko1|welcomed⟧ the report⟧ and ⟦k12|ordered⟧ ⟦c12|an independent audit of every automated tool the agency uses⟧. ⟦n2|About 240,000 Vandrians receive disability benefits⟧.
""",
spec="""
n9 | background fact
c0 Harald Grimsby | a agency's algorithm erred | f wrongly flagged disabled claimants | n speaker is the ombudsman | n benefit not argued
c13 Harald Grimsby | a agency's system wrongly flagged claimants | n no disparity claim yet | n speaker is the ombudsman | n benefit not argued
c1 Harald Grimsby | a agency's system flagged the disabled | f disparate flag rates show bias | n speaker is the ombudsman | n benefits not argued
c2 Harald Grimsby | a machine punished the disabled | f punished for a disability | n speaker is the ombudsman | n benefit itself not argued
c3 Harald Grimsby | a demands repayment and apology | n remedies, no new bias point | n not self-assessment | f withheld benefits should be repaid
c4 Reino Kivi | f agency already fixed it | n a fix, without admitting bias | n ombudsman not addressed | n benefit not argued
c5 Reino Kivi | a concedes a serious failure | f concedes a design failure | f accepts the ombudsman's finding | n benefit not argued
c6 Reino Kivi | f system caught real fraud | n fraud figure, no bias point | n ombudsman not addressed | f protects money for honest claimants
c7 Saara Helmi | a agency ignored warnings | n warning history, no new bias point | n ombudsman not addressed | n benefit not argued
c8 Saara Helmi | a mocks the agency's excuse | n mocks the excuse, not the system | n ombudsman not addressed | n benefit not argued
c9 Taisto Onni | f fraud stopped offsets the harm | n no view on bias | a calls the report incomplete | n benefit not argued
c10 Vilho Aarne | a stopped payments caused hardship | n no bias point | n ombudsman not addressed | n hardship, no argument on the benefit
c11 Vilho Aarne | a agency never spoke to him | f missed calls he could not hear | n ombudsman not addressed | n benefit not argued
o1 speech_no_content Inkeri Toivo | n agency not criticised directly | n no bias claim | f welcomed the report | n benefit not argued
c12 Inkeri Toivo | a orders audit of the agency | n audit, no bias claim | f acts on the report | n benefit not argued
n2 | figure in narration
"""))
