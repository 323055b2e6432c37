# c1 batch 7: c1-37 .. c1-41 (Vandria)
ARTICLES = []

ARTICLES.append(dict(
id="c1-37", domain="constitutional referendum / citizens' initiative result",
targets=[("Northway pipeline agreement", ["Northway", "pipeline", "gas deal"]),
         ("citizens' referendums should be harder to trigger", ["harder to trigger", "threshold", "signatures"]),
         ("Kaisa Rentoul", ["Rentoul", "prime minister"])],
text="""
⟦n0|Vandrians narrowly reject Orsk pipeline deal in first citizens' vote⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Vandrian voters on Sunday rejected the Northway gas pipeline agreement with the Orsk Federation by 51.8 percent to 48.2 percent⟧, in the country's first referendum called by a citizens' petition. ⟦n2|Turnout was 49 percent⟧.

⟦s1|Prime Minister Kaisa Rentoul⟧ ⟦k1|said⟧ ⟦c1|the government would respect the binding result and withdraw from the deal⟧, but ⟦k2|warned⟧ ⟦c2|households would "feel this decision every January for years."⟧

“⟦c3|I think the country has made an expensive choice. It is the country's choice to make,⟧” ⟦s3|Rentoul⟧ ⟦k3|said⟧.

⟦s4|Ingeborg Solvang⟧, who organised the petition, ⟦k4|told⟧ supporters in Harnesk ⟦c4|the vote showed that "energy is not just a price, it is a question of who can switch off your lights."⟧

⟦s5|Concord lawmaker Jakob Ferro⟧ ⟦k5|said⟧ ⟦c5|a decision worth billions had been taken by "one in four adults, on a wet Sunday"⟧ and ⟦k6|called for⟧ ⟦c6|the number of signatures needed to force a vote to be doubled⟧. “⟦c7|We made it too easy. Half a million signatures in a country of eight million is a rounding error,⟧” ⟦s7|he⟧ ⟦k7|said⟧.

⟦s8|Solvang⟧ ⟦k8|called⟧ ⟦c8|Ferro's proposal "the sound of a sore loser moving the goalposts."⟧ ⟦s9|Constitutional scholar Dora Pellinen⟧ ⟦k9|said⟧ ⟦c9|Vandria's threshold was already higher, relative to population, than in most countries with similar procedures⟧.

⟦s10|The Orsk energy ministry⟧ ⟦k10|said⟧ ⟦c10|it "regretted the decision of a misinformed minority"⟧ and ⟦k11|said⟧ ⟦c11|supplies under existing short-term contracts would continue⟧.

⟦s12|Forward leader Ilka Sorvane⟧, whose party stayed neutral, ⟦k12|said⟧ ⟦c12|the result was "a lesson to every government that signs twenty-five-year deals without asking anybody."⟧ ⟦o1|⟦so1|Rentoul's spokesman⟧ ⟦ko1|declined to respond⟧ to Sorvane⟧.

⟦n3|Under the constitution, the government must formally notify Orsk within 60 days⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the result neutrally
n2 | turnout figure
c1 Kaisa Rentoul | n will withdraw, no verdict | n respects the result | n speaker is Rentoul
c2 Kaisa Rentoul | f rejecting it will cost households | n no threshold point | n speaker is Rentoul
c3 Kaisa Rentoul | f calls rejection an expensive choice | a accepts the country's right to choose | n speaker is Rentoul
c4 Ingeborg Solvang | a who can switch off your lights | n no threshold point | n Rentoul not addressed
c5 Jakob Ferro | f laments a low-turnout rejection | f decision by one in four adults | n Rentoul not addressed
c6 Jakob Ferro | n no view on the deal here | f double the signatures | n Rentoul not addressed
c7 Jakob Ferro | n no view on the deal | f made it too easy | n Rentoul not addressed
c8 Ingeborg Solvang | n deal not argued | a mocks the proposal | n Rentoul not addressed
c9 Dora Pellinen | n no view on the deal | a threshold already high | n Rentoul not addressed
c10 Orsk Federation | f regrets the rejection | n no threshold point | n Rentoul not addressed
c11 Orsk Federation | n supplies continue, no view | n no threshold point | n Rentoul not addressed
c12 Ilka Sorvane | a long deals without asking | n no threshold point | a lesson for the government that signed
o1 declined -
n3 | procedural fact
"""))

ARTICLES.append(dict(
id="c1-38", domain="parliament budget fight / wealth tax",
targets=[("wealth tax", ["wealth tax", "the levy"]),
         ("the wealth tax will drive investors abroad", ["abroad", "leave the country", "capital flight"]),
         ("Finance Minister Lise Aaberg", ["Aaberg", "finance minister"])],
text="""
⟦n0|Wealth tax clears parliament after all-night session⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|Vandria's parliament approved a 1 percent annual tax on net wealth above 20 million crowns early on Wednesday, after a 14-hour debate⟧, the centrepiece of Prime Minister Ilka Sorvane's first budget.

⟦s1|Finance Minister Lise Aaberg⟧ ⟦k1|said⟧ ⟦c1|the tax would fall on about 9,000 households and raise 2.6 billion crowns a year, enough to pay for the promised rent freeze and to hire 4,000 nurses⟧. “⟦c2|Nine thousand families will pay a little more so that two million renters can breathe,⟧” ⟦s2|she⟧ ⟦k2|said⟧.

⟦s3|Concord's finance spokesman, Viljar Hegg⟧, ⟦k3|said⟧ ⟦c3|at least three of Vandria's twenty largest family-owned firms had already moved holding companies abroad since the election⟧. “⟦c4|You can tax the wealth that stays. You cannot tax the wealth that leaves,⟧” ⟦s4|he⟧ ⟦k4|said⟧.

⟦s5|Aaberg⟧ ⟦k5|dismissed⟧ ⟦c5|the claim as "a rumour with a letterhead,"⟧ and ⟦k6|said⟧ ⟦c6|the tax included an exit charge on anyone who moved assets abroad within five years⟧.

⟦s7|Silje Kvist⟧, an economist at the Fiscal Council, ⟦k7|said⟧ ⟦c7|studies of similar taxes elsewhere found "some movement of capital, but far less than opponents predict and more than supporters admit."⟧ ⟦s8|The council⟧ ⟦k8|estimated⟧ ⟦c8|actual revenue at 1.9 billion crowns in the first year⟧.

⟦s9|Jostein Rud⟧, who owns a furniture maker with 600 employees in Brenstad, ⟦k9|said⟧ ⟦c9|he would pay the tax but would postpone a new factory⟧. “⟦c10|Most of my wealth is machines, not money. The tax office does not accept a lathe,⟧” ⟦s10|he⟧ ⟦k10|said⟧.

⟦o1|⟦so1|The Vandrian Industrial Federation⟧ ⟦ko1|attacked⟧ the vote⟧, while ⟦o2|⟦so2|the Teachers' Federation and the nurses' union⟧ ⟦ko2|welcomed⟧ it⟧.

⟦s11|Aaberg⟧ ⟦k11|said⟧ ⟦c11|the ministry would publish the list of exemptions for working family businesses next month⟧. ⟦n2|The tax takes effect in January⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the vote neutrally
c1 Lise Aaberg | f revenue funds rents and nurses | n no flight claim | n speaker is Aaberg
c2 Lise Aaberg | f small cost, large benefit | n no flight claim | n speaker is Aaberg
c3 Viljar Hegg | a firms already moving abroad | f firms moved holdings abroad | n Aaberg not named
c4 Viljar Hegg | a wealth will leave | f wealth leaves | n Aaberg not named
c5 Lise Aaberg | f defends the tax | a calls the flight claim a rumour | n speaker is Aaberg
c6 Lise Aaberg | f exit charge protects the tax | a exit charge deters leaving | n speaker is Aaberg
c7 Silje Kvist | n evidence cuts both ways | n less than opponents predict, more than admitted | n Aaberg not addressed
c8 Fiscal Council | a revenue below the ministry's figure | n no flight claim | a lower than her estimate
c9 Jostein Rud | a will postpone a factory | n he stays, but invests less | n Aaberg not named
c10 Jostein Rud | a tax hits machines, not money | n no flight claim | n Aaberg not named
o1 speech_no_content Vandrian Industrial Federation | a attacked the vote | n no flight claim stated | n Aaberg not named
o2 speech_no_content - | f welcomed it | n no flight claim | n Aaberg not named
c11 Lise Aaberg | n procedural promise | n procedural | n speaker is Aaberg
n2 | date of effect
"""))

ARTICLES.append(dict(
id="c1-39", domain="protest policing / officer acquitted",
targets=[("acquittal of Sergeant Haakon Tysse", ["acquittal", "Tysse", "verdict"]),
         ("police officers are above the law", ["above the law", "impunity"]),
         ("Selmont police", ["police", "officers", "the force"])],
text="""
⟦n0|Officer cleared over water-cannon injury; farmers and rights groups protest⟧

⟦d|SELMONT, Vandria (Arlen Wire) —⟧ ⟦n1|A Selmont court on Tuesday acquitted police sergeant Haakon Tysse of causing grievous bodily harm to a 71-year-old farmer, who lost the sight of one eye when she was hit by a water cannon during the fuel-tax protest in Liberty Square two years ago⟧.

⟦s1|Judge Ylva Sten⟧ ⟦k1|said⟧ ⟦c1|Tysse had followed orders and the force's written guidance, and that the prosecution had not proved he could see the woman when he aimed the jet⟧. “⟦c2|This court judges the man at the controls, not the decision to bring the machine,⟧” ⟦s2|she⟧ ⟦k2|said⟧.

⟦s3|The farmer, Tiril Flaten⟧, ⟦k3|said⟧ outside court ⟦c3|she did not blame Tysse personally⟧. “⟦c4|He pressed a button. Someone told him to. Someone wrote the rules. And nobody at all is responsible for my eye?⟧” ⟦s4|she⟧ ⟦k4|said⟧.

⟦s5|Birk Jessen⟧ of the Vandrian Growers' Federation ⟦k5|said⟧ ⟦c5|the verdict proved that "a uniform is a licence."⟧

⟦s6|The Police Officers' Association⟧ ⟦k6|said⟧ ⟦c6|Tysse should never have been charged⟧. “⟦c7|Officers are sent into chaos and then asked to be surgeons,⟧” ⟦s7|its chairman, Gaute Ovre⟧, ⟦k7|said⟧.

⟦s8|Dagny Aune of Open Square⟧ ⟦k8|said⟧ ⟦c8|the ruling exposed a gap: the guidance that cleared Tysse had been written by the force itself and never reviewed by parliament⟧. ⟦s9|She⟧ ⟦k9|said⟧ ⟦c9|her group would press for the commander who authorised the water cannon to be investigated⟧.

⟦s10|A police spokesman⟧ ⟦k10|said⟧ ⟦c10|the force "regrets Mrs Flaten's injury deeply" and had revised its water-cannon guidance last year⟧. ⟦s11|Interior Minister Brynjar Lunde⟧ ⟦k11|said⟧ ⟦c11|the revised guidance would now be put before parliament⟧.

⟦o1|About 300 people ⟦ko1|protested⟧ outside the court⟧ after the verdict. ⟦n2|Prosecutors have 14 days to appeal⟧. ⟦n3|Flaten has also filed a civil claim against the force⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the acquittal neutrally
c1 Ylva Sten | f explains the acquittal | n legal reasoning, no view on impunity | n no view on the force
c2 Ylva Sten | f judges the man only | n narrow remit, no claim | n no view on the force
c3 Tiril Flaten | n does not blame him | n no claim yet | n force not named
c4 Tiril Flaten | a nobody responsible | f nobody is accountable | a blames those who gave orders
c5 Birk Jessen | a verdict shows impunity | f a uniform is a licence | a police licensed to harm
c6 Police Officers' Association | f he should not have been charged | n defends him, no claim about impunity | f defends the officer
c7 Gaute Ovre | f officers in chaos | n hard job, no claim about impunity | f defends officers
c8 Dagny Aune | a ruling exposes a gap | f force wrote its own rules | a force wrote its own guidance
c9 Dagny Aune | n seeks accountability higher up | n pursues accountability | a wants the commander investigated
c10 - @aff=Selmont_police | n regret, no view on the verdict | n no claim | f force regrets and has reformed
c11 Brynjar Lunde | n procedural | n procedural, no impunity claim | n no view on the force
o1 speech_no_content - | a protested the verdict | f protest against impunity | n force not addressed
n2 | procedural fact
n3 | fact about the civil claim
"""))

ARTICLES.append(dict(
id="c1-40", domain="party leadership contest / coalition partner",
targets=[("Rasmus Odell", ["Odell", "Green Hearth leader"]),
         ("Green Hearth should leave the coalition", ["leave the coalition", "quit the coalition", "leave government"]),
         ("Stine Lier", ["Lier", "challenger"])],
text="""
⟦s0|Green Hearth's young challenger⟧ ⟦k0|tells⟧ Odell: ⟦c0|time to walk out⟧

⟦b|By Emil Saga⟧

⟦d|HARNESK, Vandria —⟧ ⟦c14|Stine Lier, a 29-year-old forestry campaigner, will challenge Rasmus Odell for the leadership of Green Hearth, the junior partner in Prime Minister Ilka Sorvane's coalition⟧, ⟦s14|the party⟧ ⟦k14|confirmed⟧ on Saturday. ⟦n9|Green Hearth holds 19 seats in parliament and three cabinet posts⟧.

⟦s1|Lier⟧ ⟦k1|said⟧ ⟦c1|the party had won nothing from a year in government except "a forestry law that protects fewer trees than the one we replaced."⟧ ⟦s2|She⟧ ⟦k2|said⟧ ⟦c2|she would take Green Hearth out of the coalition unless the law was rewritten by the summer⟧.

“⟦c3|We were elected to change things, not to hold the door for the people changing nothing,⟧” ⟦s3|Lier⟧ ⟦k3|told⟧ about 400 members in Harnesk.

⟦s4|Odell⟧, 56, who has led the party for eleven years, ⟦k4|said⟧ ⟦c4|leaving would hand power back to Concord "and to their chainsaws."⟧ “⟦c5|You can be pure in opposition for a very long time. I have tried it. It protected no forests,⟧” ⟦s5|he⟧ ⟦k5|said⟧.

⟦s6|Odell⟧ ⟦k6|conceded⟧ ⟦c6|the forestry law had been "weaker than I promised"⟧ but ⟦k7|pointed to⟧ ⟦c7|a new national park in the north and the end of coal subsidies as victories⟧.

⟦s8|Vebjorn Aas⟧, a party elder who co-founded Green Hearth, ⟦k8|said⟧ ⟦c8|Lier "asks the right question but would give the wrong answer."⟧ ⟦n2|He has not endorsed either candidate⟧. ⟦s12|Lier⟧ ⟦k12|said⟧ ⟦c12|she had voted for Odell in both of his previous contests and "would do it again if he had kept his promises."⟧

⟦s13|Sorvane⟧ ⟦k13|praised⟧ ⟦c13|Odell as "a partner who keeps his word"⟧ in a radio interview, a remark Lier ⟦k9|called⟧ "⟦c9|the most damaging endorsement he could get.⟧"

⟦s10|A survey by Demoskop Vandria⟧ ⟦k10|found⟧ ⟦c10|Green Hearth voters split almost evenly on staying in government⟧.

⟦s11|The party's returning officer, Lene Brandal⟧, ⟦k11|said⟧ ⟦c11|members would vote by post and the result would be announced on June 9⟧.
""",
spec="""
n9 | background fact
c0 Stine Lier | n aimed at the coalition, not Odell | f time to walk out | n speaker is Lier
c14 Green Hearth | n confirmation only | n no position | n confirmation only
c1 Stine Lier | a party won nothing under him | f government has delivered nothing | n speaker is Lier
c2 Stine Lier | n threat aimed at the law, not Odell | f will leave unless the law changes | n speaker is Lier
c3 Stine Lier | a holding the door under his leadership | f elected to change things | n speaker is Lier
c4 Rasmus Odell | n speaker is Odell | a leaving hands power to Concord | a her plan helps Concord
c5 Rasmus Odell | n speaker is Odell | a opposition purity protected nothing | a purity protects no forests
c6 Rasmus Odell | a concedes the law was weak | n concession, not about leaving | n Lier not addressed
c7 Rasmus Odell | f lists his victories | a government brought wins | n Lier not addressed
c8 Vebjorn Aas | n Odell not judged | n right question, wrong answer | a she would give the wrong answer
n2 | author notes his neutrality
c12 Stine Lier | a implies he broke his promises | n no view on leaving here | n speaker is Lier
c13 Ilka Sorvane | f praised Odell | a wants him in government | n Lier not addressed
c9 Stine Lier | a Sorvane's praise hurts him | f mocks the coalition partner's praise | n speaker is Lier
c10 Demoskop Vandria | n poll | n poll split evenly | n poll
c11 Lene Brandal | n procedure | n procedure | n procedure
"""))

ARTICLES.append(dict(
id="c1-41", domain="elections and campaigns / by-election",
targets=[("Gudrun Sivertsen", ["Sivertsen", "the midwife", "independent candidate"]),
         ("People's Forward", ["Forward", "governing party"]),
         ("the result is a protest vote against Selmont", ["protest vote", "against Selmont"])],
text="""
⟦n0|Midwife wins Brenstad by-election as independent, humbling both big parties⟧

⟦d|BRENSTAD, Vandria (Arlen Wire) —⟧ ⟦n1|Gudrun Sivertsen, a midwife who led the campaign to save Brenstad's maternity ward, won Sunday's parliamentary by-election in the district as an independent, with 44 percent of the vote⟧. ⟦n2|Forward's candidate came second with 27 percent and Concord third with 21⟧.

“⟦c1|Nobody in this valley voted for me because of my speeches. They voted because the road to Selmont is 94 kilometres long and it snows,⟧” ⟦s1|Sivertsen⟧ ⟦k1|told⟧ supporters at a school gym.

⟦s2|Sivertsen⟧, 58, ⟦k2|said⟧ ⟦c2|she would support the government on "anything that keeps the ward open" and oppose it on "anything that closes something else."⟧

⟦s3|Forward's general secretary, Kari Bredesen⟧, ⟦k3|said⟧ ⟦c3|the result was "a local vote about a local hospital"⟧ and ⟦k4|noted⟧ ⟦c4|the Sorvane government had already reversed the closure ordered by its predecessor⟧. “⟦c5|We saved the ward. She got the credit. That is democracy, and I congratulate her,⟧” ⟦s5|Bredesen⟧ ⟦k5|said⟧.

⟦s6|Concord's candidate, Arild Nome⟧, ⟦k6|said⟧ ⟦c6|voters in the region felt "governed from a café in the capital, whoever happens to be sitting in it."⟧

⟦s7|Political scientist Carina Torvik⟧ ⟦k7|said⟧ ⟦c7|the swing against both main parties, about 20 points, was the largest in a by-election since 1987⟧. “⟦c8|When the midwife beats both prime ministers' parties, the message is not about midwives,⟧” ⟦s8|she⟧ ⟦k8|said⟧.

⟦s9|Roar Heggem⟧, a retired forestry worker who voted for Forward in the general election, ⟦k9|said⟧ ⟦c9|he had switched because "they saved the ward after she made them, not before."⟧

⟦o1|⟦so1|Prime Minister Ilka Sorvane⟧ ⟦ko1|congratulated⟧ Sivertsen⟧ by telephone on Sunday night. ⟦n3|Turnout was 58 percent, unusually high for a by-election⟧.

⟦s10|Sivertsen⟧ ⟦k10|said⟧ ⟦c10|she would take her seat on Tuesday and would not join any party⟧.
""",
spec="""
n0 | headline in the author's words, no side taken
n1 | author reports the result neutrally
n2 | vote shares
c1 Gudrun Sivertsen | n modest about herself | n Forward not addressed | f road to Selmont decided it
c2 Gudrun Sivertsen | n states her terms | n conditional support | n no protest-vote claim
c3 Kari Bredesen | n result is local, no view of her | f plays down the defeat | a local, not a protest
c4 Kari Bredesen | n no view on her | f government already saved the ward | a government acted for Brenstad
c5 Kari Bredesen | f congratulates her | f we saved the ward | n no protest-vote claim
c6 Arild Nome | n no view on her | a governed from a capital café | f governed from the capital
c7 Carina Torvik | n swing figure | a big swing against both parties | n figure only
c8 Carina Torvik | n message not about her | a message against big parties | f message is not local
c9 Roar Heggem | f credits her | a they acted only under pressure | n no protest-vote claim
o1 speech_no_content Ilka Sorvane | f congratulated her | n no party point | n no protest-vote claim
n3 | turnout figure
c10 Gudrun Sivertsen | n procedural | n will stay independent | n no protest-vote claim
"""))
