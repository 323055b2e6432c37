# c1 batch 1: c1-01 .. c1-06 (Vandria)
ARTICLES = []

ARTICLES.append(dict(
id="c1-01", domain="elections and campaigns / campaign finance",
targets=[("Electoral Oversight Board", ["oversight board", "the board", "election watchdog", "watchdog"]),
         ("National Concord", ["Concord", "governing party"]),
         ("the fine is politically motivated", ["politically motivated", "partisan"]),
         ("the spending cap should be raised", ["spending cap", "the cap"])],
text="""
⟦n0|Vandria's election watchdog fines governing party over campaign spending⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Vandria's Electoral Oversight Board on Tuesday fined the governing National Concord party 410,000 crowns for breaching the spending cap in last spring's regional elections, the largest penalty in the board's fourteen-year history⟧.

⟦s1|Board chair Hedda Vornaby⟧ ⟦k1|said⟧ ⟦c1|the party had spent "far beyond any honest reading of the rules" on online advertising in the final ten days of the campaign⟧. "⟦c2|We gave them three chances to explain the invoices,⟧" ⟦s2|Vornaby⟧ ⟦k2|said⟧. "⟦c3|We are still waiting.⟧"

Concord's general secretary, ⟦s4|Imre Sallo⟧, ⟦k4|called⟧ ⟦c4|the ruling "a political hit job dressed up as accounting."⟧ ⟦s5|He⟧ ⟦k5|said⟧ ⟦c5|the party would appeal, and that two of the board's five members had been appointed by opposition parties⟧.

Prime Minister Aurel Vantine, who leads Concord, was more measured. "⟦c6|Mistakes were made by people who should have known better, and they will be dealt with,⟧" ⟦s6|he⟧ ⟦k6|told⟧ reporters in Selmont. "⟦c7|But nobody bought an election with a few banner ads.⟧" ⟦s8|Vantine⟧ also ⟦k8|said⟧ ⟦c8|his government would propose raising the cap before the next general election⟧.

⟦s9|Opposition leader Ilka Sorvane⟧ of the People's Forward party ⟦k9|said⟧ ⟦c9|the fine was "pocket change" for a party that had raised more than 9 million crowns last year⟧. "⟦c10|If the penalty is smaller than the profit, it is not a penalty. It is a fee,⟧" ⟦s10|she⟧ ⟦k10|said⟧. Raising the cap now, ⟦s11|she⟧ ⟦k11|added⟧, ⟦c11|would amount to "legalising the offence after the fact."⟧

⟦n2|Independent analysts offered a more mixed picture⟧. ⟦s12|Pavlo Renk⟧, a political scientist at Selmont University who studies party finance, ⟦k12|said⟧ ⟦c12|the board had followed its procedure "to the letter"⟧. But ⟦s13|he⟧ ⟦k13|argued⟧ ⟦c13|the limit, unchanged since 2011, was "absurdly low" for an era of online campaigning⟧.

⟦o1|⟦so1|Ferenc Lukacz⟧, a Concord lawmaker who chairs parliament's standards committee, ⟦ko1|defended⟧ the board's independence⟧ in a radio interview on Wednesday, a rare break with his party's leadership. ⟦o2|A Concord spokeswoman did not respond to questions about which staff had been disciplined⟧.

⟦n3|Concord has 30 days to lodge an appeal with the Administrative Court⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the fine neutrally
c1 Hedda Vornaby | f chair justifies the board's ruling | a says the party broke the rules | a grounds the fine in the rules, not politics | n cap level not discussed
c2 Hedda Vornaby | f presents the board as patient and fair | a party failed to explain itself | a three chances rebuts any bias charge | n not about the cap
c3 Hedda Vornaby | n a remark on timing | a implies the party is stonewalling | n no point about motive | n not about the cap
c4 Imre Sallo | a calls the board's ruling a hit job | f defends his party | f calls it political | n cap not mentioned
c5 Imre Sallo | a suggests opposition-appointed members are biased | f party will fight the ruling | f hints the opposition drove it | n cap not mentioned
c6 Aurel Vantine | n does not judge the board | a concedes the party made mistakes | a admits real mistakes were made | n cap not mentioned
c7 Aurel Vantine | n does not judge the board | f minimises the party's offence | n downplays, but does not allege bias | n cap not mentioned
c8 Aurel Vantine | n board not addressed | n policy pledge, not about the party's conduct | n no point about motive | f proposes raising the cap
c9 Ilka Sorvane | n board not judged; she attacks the size | a paints the party as rich and barely punished | n no point about motive | n cap not addressed
c10 Ilka Sorvane | n board not judged | a says the party profits from breaking rules | n no point about motive | n cap not addressed
c11 Ilka Sorvane | n board not addressed | a casts Concord's plan as self-serving | n no point about motive | a rejects raising the cap now
n2 | author frames the analysts neutrally
c12 Pavlo Renk | f says the board followed procedure | n party not judged | a procedure followed, not politics | n cap not addressed
c13 Pavlo Renk | n board not addressed | n party not judged | n no point about motive | f calls the limit absurdly low
o1 speech_no_content Ferenc Lukacz | f defends the board | n party's conduct not judged | a defending independence rebuts the bias charge | n cap not addressed
o2 declined -
n3 | procedural fact about the appeal
"""))

ARTICLES.append(dict(
id="c1-02", domain="constitutional referendum",
targets=[("abolishing the Senate", ["Senate abolition", "abolition", "abolish the Senate", "abolishing", "one chamber", "single chamber"]),
         ("the Senate", ["Senate", "upper chamber"]),
         ("Aurel Vantine", ["Vantine", "prime minister"]),
         ("a single chamber will make government more efficient", ["efficient", "efficiency"])],
text="""
⟦n0|Vandrians to vote in June on abolishing the Senate⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Vandria will hold a referendum on June 14 on whether to abolish the Senate, the 60-seat upper chamber that has met in Selmont's Old Mint building since 1921, after the lower house approved the question by 141 votes to 88 on Thursday⟧.

⟦s1|Prime Minister Aurel Vantine⟧, who has campaigned for a single chamber since his first term, ⟦k1|said⟧ ⟦c1|the Senate had become "a waiting room for retired party officials" that delayed ordinary laws by an average of seven months⟧.

“⟦c2|Every other modern republic in our region manages with one chamber,⟧” ⟦s2|he⟧ ⟦k2|said⟧. “⟦c3|Are we really so different?⟧”

⟦s4|The finance ministry⟧ ⟦k4|estimates⟧ ⟦c4|the change would save 38 million crowns a year in salaries, staff and upkeep⟧.

⟦s5|Senate President Margit Olander⟧ ⟦k5|called⟧ ⟦c5|the plan “constitutional vandalism.”⟧ ⟦c6|The upper chamber⟧, ⟦s6|she⟧ ⟦k6|said⟧, ⟦c6|had sent back 23 bills in the past decade, “and in nineteen of those cases the government quietly fixed its own mistakes.”⟧

⟦s7|Opposition leader Ilka Sorvane⟧ ⟦k7|said⟧ ⟦c7|her People's Forward party would not take a formal position and would let its members campaign as they chose⟧. ⟦n2|Several Forward lawmakers have already joined the No campaign, which is led by former justice minister Lauri Elvring⟧.

“⟦c8|A single chamber is efficient, yes. So is a dictatorship,⟧” ⟦s8|Elvring⟧ ⟦k8|said⟧ at the campaign's launch in Harnesk. “⟦c9|The prime minister wants fewer people checking his homework, and I understand why.⟧”

⟦s10|A survey by the Selmont Gazette⟧ last month ⟦k10|found⟧ ⟦c10|52 percent of voters in favour of abolition and 39 percent opposed⟧.

⟦s11|Dora Pellinen⟧, a constitutional scholar at the University of Harnesk, ⟦k11|said⟧ ⟦c11|the wording on the ballot was “clear and fair,”⟧ but ⟦k12|warned⟧ ⟦c12|the amendment left open who would confirm judges once the upper house was gone⟧.

“⟦c13|Who confirms a judge when there is no second chamber? The text does not say,⟧” ⟦s13|Pellinen⟧ ⟦k13|said⟧.

⟦s14|Vantine's spokesman, Jonas Treml⟧, ⟦k14|replied⟧ ⟦c14|a joint committee of the lower house would take over confirmations, as it already does for ambassadors⟧. ⟦o1|⟦so1|Olander⟧ ⟦ko1|dismissed⟧ that answer⟧ on Friday, and ⟦s15|her office⟧ ⟦k15|said⟧ ⟦c15|it would publish its own costing of the amendment before the vote⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the vote date neutrally
c1 Aurel Vantine | f argues the chamber is useless and slow | a calls it a waiting room | n speaker is Vantine himself | n delay point, not stated as efficiency
c2 Aurel Vantine | f others manage with one chamber | n Senate not judged directly | n speaker is Vantine himself | f implies one chamber works fine
c3 Aurel Vantine | f rhetorical question backs abolition | n no direct judgment of the Senate | n speaker is Vantine himself | n no efficiency point
c4 Vandria | f savings figure supports the change | n cost figure only | n Vantine not assessed | f savings figure backs efficiency
c5 Margit Olander | a calls the plan vandalism | f defends the chamber | n attacks the plan, not Vantine personally | n no efficiency point
c6 Margit Olander | a the chamber catches real mistakes | f credits the Senate with fixing bills | a says the government made mistakes | n no efficiency point
c7 Ilka Sorvane | n party takes no position | n no position | n no position | n no position
n2 | author reports who leads the No side
c8 Lauri Elvring | a compares abolition to dictatorship | n chamber not praised directly | n mocks the plan, not the man | f concedes one chamber is efficient
c9 Lauri Elvring | a plan is about avoiding scrutiny | f second chamber checks the government | a accuses Vantine of dodging scrutiny | n no efficiency point
c10 Selmont Gazette | n poll figures, no position | n poll figures | n poll figures | n poll figures
c11 Dora Pellinen | n judges only the ballot wording | n no view on the chamber | n Vantine not assessed | n no efficiency point
c12 Dora Pellinen | a points to a gap in the amendment | n chamber not praised | n Vantine not assessed | n no efficiency point
c13 Dora Pellinen | a the text leaves confirmations unresolved | n chamber not praised | n Vantine not assessed | n no efficiency point
c14 Jonas Treml | f answers the confirmation objection | n Senate's role not judged | n procedure, not a defence of Vantine | n no efficiency point
o1 speech_no_content Margit Olander | a rejects the government's answer | n no direct praise of the Senate | n Vantine not named | n no efficiency point
c15 - @aff=Senate | n a costing, no verdict yet | n no judgment | n Vantine not named | n no efficiency claim yet
"""))

ARTICLES.append(dict(
id="c1-03", domain="courts and judicial appointments",
targets=[("Bertil Koivu", ["Koivu", "the nominee", "nominee"]),
         ("Judicial Appointments Council", ["Appointments Council", "the council", "council"]),
         ("the nomination harms judicial independence", ["judicial independence", "independence"])],
text="""
⟦n0|Chief justice pick splits Vandria's legal establishment⟧

⟦b|By Mirela Stanko⟧

⟦d|SELMONT, Vandria —⟧ ⟦n1|The government's choice to lead Vandria's Constitutional Court, appeals judge Bertil Koivu, faced nearly six hours of questions from the lower house justice committee on Monday⟧, as bar associations, former judges and the opposition lined up on either side of the nomination.

⟦s1|Koivu⟧, 58, ⟦k1|told⟧ the committee ⟦c1|he had never been a member of any political party⟧. "⟦c2|My loyalty is to the text of the constitution, and nobody who has read my judgments could say otherwise,⟧" ⟦s2|he⟧ ⟦k2|said⟧.

⟦s3|Critics⟧ ⟦k3|point out⟧ ⟦c3|he served for four years as legal adviser to Prime Minister Aurel Vantine's office before his appointment to the bench⟧. ⟦s4|Opposition justice spokesman Villem Dobrin⟧ ⟦k4|said⟧ ⟦c4|the government was "installing its own lawyer as referee."⟧

"⟦c5|Nobody is saying Judge Koivu is dishonest,⟧" ⟦s5|Dobrin⟧ ⟦k5|said⟧. "⟦c6|We are saying that the chief justice will rule on this government's laws for the next twelve years. Would you accept your opponent's lawyer as the umpire?⟧"

⟦n2|The Judicial Appointments Council, which vets candidates before they go to parliament, ranked Koivu first of five applicants in December⟧. ⟦s7|Its report⟧ ⟦k7|described⟧ ⟦c7|his record as "unusually careful."⟧

⟦s8|The Vandrian Bar Association⟧ ⟦k8|said⟧ in a letter to the committee ⟦c8|the council's process had been "rushed and opaque," with interviews held behind closed doors and no published scoring⟧. ⟦s9|Council chair Liesel Wendel⟧ ⟦k9|rejected⟧ ⟦c9|the criticism as "a misunderstanding of how confidential references work,"⟧ and ⟦k10|said⟧ ⟦c10|the scores would be released once the vote was over⟧.

⟦o1|⟦so1|Three former Constitutional Court judges⟧ ⟦ko1|endorsed⟧ Koivu⟧ in an open letter on Sunday. ⟦s11|One of them, Cato Marren⟧, ⟦k11|said⟧ ⟦c11|the adviser years were "a line on a CV, not a brand on the forehead."⟧

⟦k12|Asked⟧ ⟦c12|whether he would step aside from cases involving laws he had drafted⟧, ⟦s13|Koivu⟧ ⟦k13|said⟧: "⟦c13|Of course. Any judge who would not should not be a judge.⟧"

⟦s14|Committee chair Petra Lovisa Sandoz⟧ ⟦k14|said⟧ ⟦c14|the committee would vote on Thursday and the full house early next week⟧. ⟦n3|The governing coalition holds 151 of the 260 seats⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the hearing neutrally
c1 Bertil Koivu | f presents himself as non-partisan | n council not addressed | a denies party ties
c2 Bertil Koivu | f defends his own record | n council not addressed | a says he is loyal only to the constitution
c3 - | a stresses his ties to Vantine | n council not addressed | f frames him as the government's man
c4 Villem Dobrin | a casts Koivu as the government's lawyer | n council not addressed | f referee is the government's lawyer
c5 Villem Dobrin | n concedes honesty, point comes next | n council not addressed | n concession only; argument follows
c6 Villem Dobrin | a opponent's lawyer as umpire | n council not addressed | f rhetorical question says the umpire is partisan
n2 | author reports the ranking neutrally
c7 Judicial Appointments Council | f praises his record | n report describes the nominee, not the process | a careful record, no sign of bias
c8 Vandrian Bar Association | n process criticised, not the nominee | a calls the process rushed and opaque | n process, not independence of the court
c9 Liesel Wendel | n defends process, not nominee | f rejects the criticism of the council | n no view on independence
c10 Liesel Wendel | n procedural promise | f promises transparency after the vote | n procedural
o1 speech_no_content - | f endorse Koivu | n council not addressed | a former judges vouch for him
c11 Cato Marren | f dismisses the adviser objection | n council not addressed | a past job is no brand
c12 - | n question without position | n question | n question without position
c13 Bertil Koivu | f commits to recusal | n council not addressed | a recusal answers the independence worry
c14 Petra Lovisa Sandoz | n procedure only | n procedure only | n procedure only
n3 | seat count, neutral
"""))

ARTICLES.append(dict(
id="c1-04", domain="press freedom / broadcaster law",
targets=[("broadcasting bill", ["broadcasting bill", "the bill", "broadcaster law", "new law"]),
         ("Vandrian Broadcasting Corporation", ["VBC", "public broadcaster", "broadcaster"]),
         ("Culture Minister Sigrid Ekvall", ["Ekvall", "culture minister", "the minister"]),
         ("the bill will protect editorial independence", ["editorial independence", "independence"])],
text="""
⟦n0|Broadcaster bill clears first vote as journalists walk out⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|A bill that would let the government appoint five of the seven board members of the Vandrian Broadcasting Corporation passed its first reading on Wednesday by 139 votes to 97⟧, while about 200 of the VBC's journalists stopped work for an hour in protest.

⟦s1|Culture Minister Sigrid Ekvall⟧ ⟦k1|said⟧ ⟦c1|the current board, chosen by a panel of university rectors, answered "to no one at all"⟧ and ⟦k2|argued⟧ ⟦c2|the bill would for the first time write the broadcaster's editorial independence into law⟧.

"⟦c3|Read the bill. Clause 4 forbids any board member from instructing a journalist, on pain of dismissal,⟧" ⟦s3|Ekvall⟧ ⟦k3|told⟧ the chamber. "⟦c4|That is more protection than they have today.⟧"

⟦s5|The VBC's own news editors⟧ ⟦k5|say⟧ ⟦c5|the clause protects nothing that matters⟧. In an open letter signed by 31 of them, ⟦s6|they⟧ ⟦k6|warned⟧ ⟦c6|a board appointed by ministers would control budgets, promotions and the choice of director-general, "which is all the instruction anyone needs."⟧

"⟦c7|Clause 4 is a lock on the front door. The government is taking the keys to the back,⟧" ⟦s7|said Brita Solander⟧, who presents the VBC's evening news programme. ⟦n2|Solander took part in Wednesday's walkout⟧.

⟦s8|Opposition leader Ilka Sorvane⟧ ⟦k8|accused⟧ ⟦c8|Ekvall of "borrowing the Orsk playbook one clause at a time,"⟧ a reference to the neighbouring Orsk Federation, where state media answer directly to the presidency.

⟦s9|The minister⟧ ⟦k9|called⟧ ⟦c9|the comparison "cheap and frankly insulting to people who have been jailed in Orsk for their journalism."⟧

⟦s10|The Media Freedom Council, a Selmont-based monitoring group,⟧ ⟦k10|said⟧ ⟦c10|the VBC's coverage had been rated among the most balanced in the region for six straight years⟧. "⟦c11|If it isn't broken, why hand the toolbox to one side?⟧" ⟦s11|its director, Elmo Hartvik⟧, ⟦k11|said⟧.

⟦o1|⟦so1|Several Concord backbenchers⟧ privately ⟦ko1|voiced unease about⟧ the appointment clause⟧, and two abstained. ⟦o2|Ekvall's office did not say whether amendments would be accepted⟧.

⟦n3|The bill returns to the culture committee next month before a second reading⟧. ⟦s12|Union representative Tove Brandel⟧ ⟦k12|said⟧ ⟦c12|staff would strike for a full day if it passed unchanged⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the vote and walkout neutrally
c1 Sigrid Ekvall | f current board is unaccountable, bill fixes it | a says the broadcaster answers to no one | n attacks the old board, says nothing of herself | n no point on independence yet
c2 Sigrid Ekvall | f argues the bill protects the broadcaster | n no view on the broadcaster itself | n states her argument, not about herself | f says the bill protects independence
c3 Sigrid Ekvall | f points to the clause protecting journalists | n broadcaster not judged | n not about herself | f clause forbids instructing journalists
c4 Sigrid Ekvall | f more protection than today | n broadcaster not judged | n not about herself | f claims more protection
c5 - | a the clause protects nothing | n no judgment of the broadcaster | n minister not named | a denies the clause protects anything
c6 - | a ministers' board would control everything | f defend the broadcaster's autonomy | n attacks the bill, not her personally | a control of budgets is instruction enough
c7 Brita Solander | a the government takes the back keys | n no judgment of the broadcaster | n government, not the minister by name | a protection clause is hollow
n2 | author notes her participation
c8 Ilka Sorvane | a likens the bill to the Orsk playbook | n broadcaster not judged | a accuses the minister of authoritarian tactics | a the bill copies state-media control
c9 Sigrid Ekvall | f rejects the comparison | n broadcaster not addressed | f defends herself | n no point on independence
c10 Media Freedom Council | a broadcaster works already, no need | f praises its balanced coverage | n no view on the minister | n coverage ratings only
c11 Elmo Hartvik | a rhetorical question opposes the change | f says it is not broken | n minister not named | a handing control to one side
o1 speech_no_content - | a unease about the appointment clause | n broadcaster not judged | n minister not criticised directly | n unease, no claim about independence
o2 declined -
n3 | procedural fact
c12 Tove Brandel | a threatens strike against the bill | n broadcaster's staff, no judgment | n minister not named | n strike threat, no claim about independence
"""))

ARTICLES.append(dict(
id="c1-05", domain="corruption trial",
targets=[("Gustav Tellmann", ["Tellmann", "former transport minister", "the former minister"]),
         ("Korhaven Construction", ["Korhaven", "the firm", "construction firm"]),
         ("Tellmann is guilty of bribery", ["bribes", "bribe", "kickbacks", "bribery"])],
text="""
⟦c0|Former transport minister “sold the motorway,”⟧ ⟦s0|prosecutor⟧ ⟦k0|tells⟧ court

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|The corruption trial of Gustav Tellmann, Vandria's transport minister from 2016 to 2021, opened at the Selmont District Court on Monday⟧, with ⟦s13|prosecutors⟧ ⟦k13|accusing⟧ ⟦c13|him of taking 2.7 million crowns from a construction firm in return for a motorway contract⟧.

⟦s1|Chief prosecutor Annika Strandvik⟧ ⟦k1|told⟧ the three-judge panel ⟦c1|the money had passed through a consultancy registered to Tellmann's brother-in-law and had been paid in eleven instalments, “each one within a week of a decision by the ministry.”⟧

“⟦c2|Eleven payments, eleven decisions. At some point a coincidence becomes a calendar,⟧” ⟦s2|Strandvik⟧ ⟦k2|said⟧.

⟦o3|⟦so3|Tellmann⟧, 61, ⟦ko3|denies⟧ all charges⟧. ⟦s4|His lawyer, Kristo Malmberg⟧, ⟦k4|said⟧ ⟦c4|the consultancy had done real engineering work, that its invoices were public, and that the contract had gone to the lowest of four bidders⟧.

“⟦c5|If my client sold this motorway, he sold it very cheaply to the taxpayer,⟧” ⟦s5|Malmberg⟧ ⟦k5|said⟧. “⟦c6|The prosecution has a timeline. It does not have a witness.⟧”

⟦n2|That may change⟧. ⟦s7|Prosecutors⟧ ⟦k7|said⟧ ⟦c7|a former finance director of Korhaven Construction, the firm that won the contract, would testify next week under a cooperation agreement⟧. ⟦s8|Korhaven⟧ ⟦k8|said⟧ in a statement ⟦c8|its current management had "no knowledge of any improper payment" and was cooperating fully⟧.

⟦s9|Ulla Brenning of the anti-corruption group Ledgerwatch⟧ ⟦k9|said⟧ ⟦c9|the case was "a test of whether anyone above the rank of clerk ever goes to prison in this country."⟧ ⟦s10|She⟧ ⟦k10|noted⟧ ⟦c10|no former minister had been convicted of bribery since 1994⟧.

⟦o1|⟦so1|Tellmann's former party, National Concord,⟧ ⟦ko1|distanced itself from⟧ him⟧ in 2022. But ⟦s11|Ferenc Lukacz⟧, a Concord lawmaker who sat in cabinet with him, ⟦k11|said⟧ outside the courtroom ⟦c11|he still considered Tellmann "an honest man who trusted the wrong people."⟧

⟦s12|Presiding judge Edvin Sorsa⟧ ⟦k12|said⟧ ⟦c12|the court expected to hear 40 witnesses and to deliver a verdict before the summer recess⟧. ⟦n3|Tellmann faces up to ten years in prison if convicted⟧.
""",
spec="""
c0 Annika Strandvik | a says he sold the motorway | n firm not named | f headline charge of a sale
n1 | author reports the trial opening neutrally
c13 - | a accuses him of taking money | a firm paid for a contract | f charge of bribery
c1 Annika Strandvik | a accuses him of hidden payments | a firm's money routed to his relative | f payments timed to ministry decisions
c2 Annika Strandvik | a payments track his decisions | n firm not singled out | f coincidence is really a calendar
o3 speech_no_content Gustav Tellmann | f denies the charges | n firm not addressed | a denies all charges
c4 Kristo Malmberg | f defends his client | f defends the contract as fair | a offers innocent explanations
c5 Kristo Malmberg | f mocks the charge | n firm not addressed | a a cheap sale undercuts the bribe story
c6 Kristo Malmberg | f prosecution lacks evidence | n firm not addressed | a no witness to prove it
n2 | author sets up the next point
c7 - | n procedural announcement | a its own finance director will testify | n a witness is announced, no claim stated
c8 Korhaven Construction | n Tellmann not addressed | f defends current management | n denies knowledge, not the charge
c9 Ulla Brenning | n frames a test, no view on guilt | n firm not addressed | n no view on his guilt
c10 Ulla Brenning | n historical figure | n firm not addressed | n historical figure only
o1 speech_no_content National Concord | a party distanced itself from him | n firm not addressed | n distancing, not an accusation
c11 Ferenc Lukacz | f calls him honest | n firm not named | a honest man, trusted the wrong people
c12 Edvin Sorsa | n procedure | n procedure | n procedure
n3 | sentencing fact
"""))

ARTICLES.append(dict(
id="c1-06", domain="parliament budget fight",
targets=[("defence spending increase", ["defence spending", "defence budget", "military spending"]),
         ("Finance Minister Kaisa Rentoul", ["Rentoul", "finance minister"]),
         ("the budget is unfair to pensioners", ["pensioners", "pensions", "pension"]),
         ("Orsk Federation", ["Orsk"])],
text="""
⟦n0|Pensions or tanks? Budget fight stalls in Vandria's parliament⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Vandria's lower house failed for a second day on Tuesday to pass the government's 2027 budget⟧, as ⟦s15|opposition parties and a group of Concord rebels⟧ ⟦k15|demanded⟧ that ⟦c15|part of a planned 22 percent rise in defence spending be moved to pensions⟧.

⟦s1|Finance Minister Kaisa Rentoul⟧ ⟦k1|said⟧ ⟦c1|the increase was "not a wish list but a bill for the neighbourhood we live in,"⟧ pointing to the Orsk Federation's military exercises near the eastern border last autumn.

“⟦c2|Nobody in this building wanted to spend another 1.9 billion on armour,⟧” ⟦s2|Rentoul⟧ ⟦k2|said⟧. “⟦c3|But I would rather explain that to pensioners than explain the alternative to their grandchildren.⟧”

⟦s4|Pensioners' Union president Arvid Tolmar⟧ ⟦k4|said⟧ ⟦c4|the state pension would rise by 1.2 percent next year while prices were forecast to rise by 3.8 percent⟧. "⟦c5|That is a cut. Call it what it is,⟧" ⟦s5|he⟧ ⟦k5|said⟧.

⟦s6|Concord backbencher Janka Riel⟧, one of nine rebels, ⟦k6|said⟧ ⟦c6|she supported a stronger army⟧ but ⟦k7|argued⟧ ⟦c7|a 22 percent rise in a single year could not be spent wisely⟧. "⟦c8|Ask the ministry where the last increase went. I did. I am still waiting for the spreadsheet,⟧" ⟦s8|she⟧ ⟦k8|said⟧.

⟦s9|Ilka Sorvane⟧, the opposition leader, ⟦k9|called⟧ ⟦c9|the budget "a tank on every corner and a food bank beside it."⟧

⟦s10|The Orsk embassy in Selmont⟧ ⟦k10|said⟧ in a statement ⟦c10|its exercises were routine and "threatened no one,"⟧ and ⟦k11|described⟧ ⟦c11|Vandria's spending plans as "a provocation dressed as prudence."⟧

⟦s12|Defence analyst Mikkel Dobrik⟧ of the Baltis Institute ⟦k12|said⟧ ⟦c12|most of the new money would go to air defence systems that took three years to deliver⟧, "⟦c13|so the question is not whether you need them but whether you order them now or in a panic later.⟧"

⟦o1|⟦so1|Rentoul⟧ ⟦ko1|thanked⟧ the rebels for "a serious conversation"⟧ after a two-hour meeting on Tuesday evening, and ⟦s14|aides⟧ ⟦k14|said⟧ ⟦c14|a compromise raising pensions by an extra half point was possible⟧. ⟦n2|A third vote is scheduled for Thursday⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the failed vote neutrally
c15 - | a want defence money moved | n minister not named | f want more for pensions | n Orsk not addressed
c1 Kaisa Rentoul | f rise is a necessary bill | f speaker defends her own budget | n pensions not addressed | a points to Orsk's exercises as a threat
c2 Kaisa Rentoul | n concedes reluctance, point follows | n reluctance, not self-defence | n pensioners not addressed | n no view on Orsk
c3 Kaisa Rentoul | f spending now protects the next generation | n no self-assessment | a defends the trade-off against pensioners | a implies a threat from the east
c4 Arvid Tolmar | n defence not mentioned | n minister not named | f figures show pensions falling behind prices | n Orsk not addressed
c5 Arvid Tolmar | n defence not mentioned | a blames the budget's authors | f calls the rise a cut | n Orsk not addressed
c6 Janka Riel | f supports a stronger army | n minister not judged | n pensions not addressed | n no view on Orsk
c7 Janka Riel | a rise too fast to spend wisely | n minister not judged | n pensions not addressed | n no view on Orsk
c8 Janka Riel | a past increase unaccounted for | a ministry stonewalled her | n pensions not addressed | n no view on Orsk
c9 Ilka Sorvane | a mocks the tanks | a attacks the budget's author | f food banks beside tanks | n Orsk not addressed
c10 Orsk Federation | a exercises threatened no one | n minister not named | n pensions not addressed | f defends Orsk's exercises
c11 Orsk Federation | a calls the plans a provocation | a attacks the minister's plan | n pensions not addressed | f casts Orsk as the provoked party
c12 Mikkel Dobrik | n delivery-time fact | n minister not judged | n pensions not addressed | n no view on Orsk
c13 Mikkel Dobrik | f order now rather than in panic | n minister not judged | n pensions not addressed | n no view on Orsk
o1 speech_no_content Kaisa Rentoul | n thanks, no defence position | n thanks the rebels | n no view on pensions | n Orsk not addressed
c14 - | n compromise possibility | n not about her | a a pension top-up concedes a shortfall | n Orsk not addressed
n2 | scheduling fact
"""))
