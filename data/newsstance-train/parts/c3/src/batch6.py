# c3 batch 6
ARTICLES = []

ARTICLES.append(dict(
id="c3-30", domain="international affairs / war crimes tribunal vote",
targets=[("special tribunal for the Velka Valley", ["tribunal", "special tribunal", "court"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("the tribunal will only prosecute Doltrians", ["one side", "one-sided"])],
sp=dict(v="Andrej Valtrin", a="Matthias Abelheim", C="Concord of Nations General Assembly", o="Nadja Orloff", h="Teodor Halvask", t="Mireille Tanhaus", s="Margit Sollander", p="Orsolya Vantreck", i="Irma Dolenc"),
text="""[n1:Concord Assembly creates special tribunal for Velka Valley war crimes]

[dl:ISENPORT (Ostwind Press) —] [n2:The Concord of Nations General Assembly voted 96 to 14 on Tuesday, with 45 abstentions, to set up a special tribunal to try war crimes committed in the Velka Valley since April.]

Sarnovia's ambassador, {1:Andrej Valtrin}, <1:said> [1:the vote meant the men who shelled Tarnavel's schools will one day hear their names read aloud].

Doltria's envoy, {2:Matthias Abelheim}, <2:called> [2:the tribunal "a court built to hear one side's witnesses."] "[3:Will it try the Sarnovian officers who shelled the harbour at Selvik? I will wait for the indictment. I will wait a long time,]" {3:he} <3:said>.

[4:The court will have jurisdiction over all parties to the conflict, without exception], <4:according to> {4:the resolution}.

{5:Nadja Orloff} of the Kessvar Rights Bureau <5:said> [5:her group would hand prosecutors files on "both armies, because both armies gave us files to hand over."]

[s1:{s1:President Teodor Halvask} <s1:welcomed> the vote] and <7:said> [7:Sarnovia would "open every barracks door" to investigators].

Estrevia's ambassador, {8:Mireille Tanhaus}, <8:said> [8:her country had abstained because the tribunal's budget depends on donations from the countries most eager to convict].

{9:Margit Sollander}, a former legal adviser to the Concord, <9:said> [9:special tribunals "always start by being accused of bias and end by being judged on their verdicts."] "[10:Indict someone from each side in the first year and the argument ends,]" {10:she} <10:said>.

In Dravenholt, {11:Premier Orsolya Vantreck} <11:said> [11:Doltria would neither recognise nor obey the court].

In Tarnavel, {12:Irma Dolenc}, a pharmacist, <12:said> [12:she did not need judges to tell her "which way the shells came from,"] but <13:said> [13:she wanted a court anyway].

[n3:The tribunal will sit in Isenport and is not expected to hear its first case for at least two years.]
""",
labels="""
1 v | f expects the guilty to be named | a blames those who shelled schools, Doltria's gunners | n does not say only one side
2 a | a calls it a one-witness court | f casts Doltria as unfairly targeted | f says it hears only one side
3 a | a sarcastic doubt it will try Sarnovians | f deflects blame onto Sarnovian gunners | f predicts no Sarnovian indictments
4 C | f sets the court's reach | n Doltria not singled out | a covers all parties without exception
5 o | f will supply evidence to the court | n blames both armies, not Doltria alone | a her files cover both armies
s1 h | f welcomed the vote | n Doltria not addressed | n no claim on who is prosecuted
7 h | f pledges cooperation | n Doltria not addressed | a opens Sarnovian barracks too
8 t | a questions the court's funding | n Doltria not addressed | f donors eager to convict one side
9 s | n neither defends nor attacks the court | n Doltria not addressed | a treats bias charges as routine
10 s | n advice, no verdict on the court | n Doltria not addressed | n says bias can be answered, no prediction
11 p | a refuses to recognise the court | n speaker is Doltria's premier | n no claim on who is prosecuted
12 i | n no view on the court yet | a knows the shells came from Doltria's side | n no claim on prosecution
13 i | f wants a court anyway | n Doltria not addressed | n no claim on prosecution
n1 | n headline reports the vote
n2 | n tally
n3 | n schedule
"""))

ARTICLES.append(dict(
id="c3-31", domain="international affairs / refugee returns",
targets=[("return grants for Tarnavel", ["return grants", "grants", "scheme", "return scheme"]),
         ("Vasil Okrent", ["Okrent", "interior minister"]),
         ("Tarnavel is safe enough for families to return", ["safe"])],
sp=dict(o="Vasil Okrent", l="Radka Lisk", e="Edvard Lunnick", d="Danuta Vrabel", g="Lotte Varnhal", v="Vitus Olbrecht", t="Rurik Tassel", U="Tarnavel teachers' union"),
text="""[n1:Sarnovia offers cash to families who return to Tarnavel; aid groups call it premature]

[dl:TARNAVEL, Sarnovia (Ostwind Press) —] [n2:Sarnovia will pay families 4,000 crowns each to move back to Tarnavel and eleven nearby villages, under a scheme approved by the cabinet on Thursday.]

{1:Interior Minister Vasil Okrent} <1:said> [1:the grants would bring the town back to life before anyone in Dravenholt can call it empty]. “[2:The shelling has stopped for seventy days. The bakeries have reopened. The school opens in January,]” {2:he} <2:said>.

{3:Radka Lisk} of the Ilven League Refugee Agency <3:said> [3:the agency would not “pay anyone to walk back into artillery range.”] {4:She} <4:noted> that [4:the strike on the town’s hospital in November had come after sixty-one quiet days].

Tarnavel’s mayor, {5:Edvard Lunnick}, <5:said> [5:a town cannot wait for a peace treaty to start living]. “[6:Half my council has already come back. Nobody paid them,]” {6:he} <6:said>. [s1:{s1:The town’s teachers’ union} <s1:backed> the scheme] on Friday.

{7:Danuta Vrabel}, who moved back to her flat on Mill Street in November, <7:said> [7:she still slept in the hallway “because it is the only room with no windows.”]

In Kessvar, {8:Lotte Varnhal} of the Greens <8:accused> [8:Okrent of paying people to stand on a map so the map looks full].

{9:Major Vitus Olbrecht}, an army spokesman, <9:said> [9:the military considered the town “safe for daily life, but not for complacency.”]

{10:Rurik Tassel}, Doltria’s foreign ministry spokesman, <10:said> [10:Doltria had no interest in Tarnavel’s bakeries]. “[11:If Sarnovia wants to fill a town on our border with families, that is its choice and its responsibility,]” {11:he} <11:said>.

[n3:Before the war Tarnavel had about 31,000 residents; local officials estimate that fewer than 12,000 live there now.]
""",
labels="""
1 o | f the grants revive the town | n speaker is Okrent himself | n no safety claim yet
2 o | f points to signs of normal life | n speaker is Okrent himself | f seventy quiet days and open bakeries
3 l | a refuses to fund returns | n Okrent not named | a the town is within artillery range
4 l | a the quiet may not last | n Okrent not named | a the hospital was hit after a quiet spell
5 e | f the town should not wait to live | n no view on Okrent | n no safety claim
6 e | n nobody needed the grants | n no view on Okrent | f his council has come back
s1 U | f backed the scheme | n Okrent not named | n no safety claim
7 d | n no view on the grants | n Okrent not named | a she still sleeps away from windows
8 g | a mocks the grants as filling a map | a accuses Okrent of using people | a implies families are put at risk
9 v | n no view on the grants | n Okrent not named | f safe for daily life, with a caveat
10 t | n no view on the grants | n Okrent not named | f says Doltria has no interest in the town
11 t | n no view on the grants | n Okrent not named | a veiled warning that the risk is Sarnovia's
n1 | n headline reports the offer and objection
n2 | n describes the scheme
n3 | n population figures
"""))

ARTICLES.append(dict(
id="c3-32", domain="international affairs / military training mission",
targets=[("League training mission", ["training mission", "training", "instructors", "course"]),
         ("Estrevia", ["Estrevia", "Estrevian"]),
         ("Sarnovian troops trained abroad are more effective", ["more effective"])],
sp=dict(b="Hedda Brannvik", d="Aurel Denkov", w="Carl Weissdorn", r="Teo Raskin", m="Mirela Sandevik", s="Signe Ravelle", t="Rurik Tassel", e="Elof Tarrance", h="Teodor Halvask"),
text="""[n1:First Sarnovian brigade finishes League training in Estrevia as doubts linger]

[dl:LODMERE, Estrevia (Ostwind Press) —] [n2:About 2,000 Sarnovian soldiers finished a ten-week course at a League training ground outside Lodmere on Friday, the first full brigade to be trained abroad since the war began.]

{1:League Defence Commissioner Hedda Brannvik} <1:said> [1:the brigade had learned in ten weeks what used to take a year]. {4:She} <4:said> [4:the course would add "live-fire drills against real drone threats" from January].

The brigade's commander, {2:Colonel Aurel Denkov}, <2:said> [2:his soldiers had practised river crossings a hundred times, on a lake, with nobody shooting]. "[3:The lake does not shoot back. The Velka does,]" {3:he} <3:said>.

{5:Estrevian Defence Minister Carl Weissdorn} <5:said> [5:his country was "proud to host the training, though not to send the soldiers."]

{6:Corporal Teo Raskin}, 24, <6:said> [6:his instructors were good at everything except knowing what the front looks like]. "[7:Still, I know things now that I did not know in September,]" {7:he} <7:said>.

In Kessvar, {8:Foreign Minister Mirela Sandevik} <8:said> [8:Estrevia "trains our soldiers on Mondays and argues against arming them on Tuesdays."] [s1:{s1:President Teodor Halvask} <s1:thanked> the Estrevian instructors] in a message read to the brigade.

{9:Signe Ravelle}, a defence analyst at the Carrowgate Security Forum, <9:said> [9:brigades trained abroad had lost "about a third fewer soldiers" in their first month at the front than those trained at home].

{10:Rurik Tassel}, Doltria's foreign ministry spokesman, <10:said> [10:the League was "training our enemies on its own soil, which tells us everything about its neutrality."]

{11:Elof Tarrance}, a lawyer for the Estrevian peace group Neutral Path, <11:said> [11:hosting the course "breaks the spirit of our neutrality law, if not the letter."]
""",
labels="""
1 b | f praises the brigade's progress | n Estrevia not addressed | f a year's learning in ten weeks
4 b | f adds realistic drills | n Estrevia not addressed | n plan, no claim on effect
2 d | a practice without fire, as his next line shows | n Estrevia not addressed | a practice lacked real danger
3 d | a the lake is not the front | n Estrevia not addressed | a training conditions are unlike the river
5 w | f proud to host the course | f presents Estrevia's role with pride | n no claim on effect
6 r | a instructors do not know the front | n Estrevia not addressed | a doubts the training fits the front
7 r | f concedes he learned a lot | n Estrevia not addressed | f knows more than before
8 m | n no view on the course itself | a accuses Estrevia of double-dealing | n no claim on effect
s1 h | f thanked the instructors | f thanked the Estrevian instructors | n no claim on effect
9 s | f figure supports the course | n Estrevia not addressed | f trained brigades lose fewer soldiers
10 t | a calls the course hostile | a hosting the course shows bias | n no claim on effect
11 e | a hosting breaks the spirit of neutrality | a his government breaks the spirit of the law | n no claim on effect
n1 | n headline reports completion and doubts
n2 | n describes the course
"""))

ARTICLES.append(dict(
id="c3-33", domain="international affairs / sanctions and sport",
targets=[("ban on Doltrian athletes", ["ban", "athletes ban", "exclusion"]),
         ("Ilven Games Committee", ["Games Committee", "committee", "organisers"]),
         ("sport should stay out of politics", ["politics"])],
sp=dict(h="Hermine Stalbeck", l="Lenya Vashti", w="Stanis Wrobel", m="Mila Orsek", f="Oriane Falkmoor", r="Paulo Ressendt", F="Sarnovian Athletics Federation", n="Fenna Holloway"),
text="""[n1:Ilven Games bar Doltrian athletes; swimmers and sprinters caught in the middle]

[dl:CARROWGATE (Ostwind Press) —] [n2:Doltrian athletes will not be allowed to compete at next summer’s Ilven Games in Carrowgate, even under a neutral flag, after a vote of the Games Committee on Saturday.]

The committee’s chair, {1:Hermine Stalbeck}, <1:said> [1:organisers could not hang medals on athletes whose federations are run by the defence ministry]. “[2:We did not bring politics into this stadium. Dravenholt drove it in,]” {2:she} <2:said>.

{3:Lenya Vashti}, a Doltrian swimmer who holds the League record in the 200 metres backstroke, <3:said> [3:she had “never fired anything but a starting pistol.”] “[4:Punish the generals. I am twenty years old and I train in a pool with no heating,]” {4:she} <4:said>. {12:She} <12:said> [12:the committee had “never once asked to meet us before voting.”] [n3:Doltria won 14 medals at the last Games, eleven of them in the pool.]

Doltria’s sports minister, {5:Stanis Wrobel}, <5:called> [5:the ban apartheid in tracksuits].

{6:Mila Orsek}, a Sarnovian sprinter whose training track in Tarnavel was shelled in May, <6:said> [6:she would “not share a start line with people who salute the army that did that.”] “[7:Sport and politics? Tell that to my track,]” {7:she} <7:said>. [s1:{s1:The Sarnovian Athletics Federation} <s1:applauded> the vote].

{8:League Secretary-General Oriane Falkmoor} <8:said> [8:the decision was for the Games Committee alone].

Estrevia’s foreign minister, {9:Paulo Ressendt}, <9:said> [9:his government had argued for a neutral-flag option and “regretted” the committee’s choice].

{10:Fenna Holloway}, a sports lawyer in Carrowgate, <10:said> [10:the ban was likely to be challenged at the League’s sports court and likely to survive the challenge].

{11:A spokesman for North Stand}, a Carrowgate supporters’ group, <11:said> [11:fans “came to watch swimming, not a trial.”]
""",
labels="""
1 h | f federations are run by the military | n speaker chairs the committee | a justifies excluding them on political grounds
2 h | f blames Dravenholt for the politics | n speaker chairs the committee | a says politics was forced in by Doltria
3 l | a she is no soldier | n committee not named | f separates athletes from the war
4 l | a punish generals, not swimmers | n committee not named | f athletes should not pay for politics
12 l | a excluded without a hearing | a accuses the committee of never meeting athletes | n no view on politics
5 w | a calls the ban apartheid | a attacks the committee's decision | f treats the ban as political abuse of sport
6 m | f will not race those who salute the army | n committee not addressed | a her track was shelled
7 m | f defends excluding them | n committee not addressed | a sarcasm against keeping sport apart
s1 F | f applauded the vote | f applauded the committee | n no claim stated
8 f | n leaves it to the committee | n neutral | n neutral
9 r | a preferred a neutral flag | a regrets the committee's choice | f wanted athletes kept apart from the conflict
10 n | n legal forecast, no side | f expects the decision to hold up | n no view on politics
11 -@North Stand | a fans do not want a trial | n committee not named | f fans came for sport, not politics
n1 | n headline reports the ban
n2 | n describes the decision
n3 | n medal record
"""))

ARTICLES.append(dict(
id="c3-34", domain="international affairs / trade deal",
targets=[("Sarnovia-Quessany trade deal", ["trade deal", "deal", "agreement", "pact"]),
         ("Lenka Harbisch", ["Harbisch", "trade minister", "minister"]),
         ("Quessany is helping Doltria's war effort", ["war effort"])],
sp=dict(h="Lenka Harbisch", s="Dragan Solwen", v="Vilem Strakosch", q="Tariq Almeon", b="Marit Brenholt", k="Ruta Kellenbach", r="Benedikt Sarrow", a="Piotr Azelmann"),
text="""[n1:Sarnovia signs trade pact with Quessany despite its ties to Doltria]

[dl:KESSVAR (Ostwind Press) —] [n2:Sarnovia and Quessany on Monday signed a trade agreement that halves tariffs over three years on Quessanian cotton, rice and machine parts and on Sarnovian timber and grain.]

{1:Trade Minister Lenka Harbisch} <1:said> [1:the deal opened a market of 40 million people that does not run through Dravenholt]. "[2:We do not choose our customers by their friends. We choose them by their payments,]" {2:she} <2:said>.

Opposition leader {3:Dragan Solwen} <3:said> [3:the government had "signed a trade deal with Doltria's best customer."] The nationalist {4:Vilem Strakosch} <4:went further>: "[4:Quessanian trucks carry Doltrian drone parts by day and our grain by night.]"

Quessany's ambassador in Kessvar, {5:Tariq Almeon}, <5:said> [5:his country sells to everyone and arms no one].

{6:Marit Brenholt} of the Tidewatch Project, a group of investigative reporters, <6:said> [6:it had traced "at least nine cargoes" of machine parts labelled as Quessanian to Doltrian drone factories since June].

{7:Harbisch} <7:said> [7:the agreement contained an end-use clause that would switch off the tariff cuts for any firm caught re-exporting goods to Doltria].

{8:Ruta Kellenbach}, an economist at Kessvar State University, <8:estimated> that [8:the pact would add 0.4 percent to Sarnovian exports in its first year]. "[9:It is small money. But it is money that does not need Doltrian permission,]" {9:she} <9:said>.

In Carrowgate, {10:League Trade Commissioner Benedikt Sarrow} <10:said> [10:the League would watch the end-use clause "with both eyes."]

[s1:{s1:Piotr Azelmann} of the Grain Growers' Union <s1:praised> the deal], an unusual moment of agreement with the ministry. "[12:For once the minister remembered that farmers sell things too,]" {12:he} <12:said>.

[n3:Quessany bought about a fifth of Doltria's exports last year, more than any other country.]
""",
labels="""
1 h | f opens a market outside Doltria's reach | n speaker is Harbisch herself | n no claim about Quessany's role
2 h | f trade by payment, not politics | n speaker is Harbisch herself | n sidesteps Quessany's ties
3 s | a a deal with Doltria's best customer | a blames the government that signed | f implies Quessany props up Doltria
4 v | a the deal feeds a Doltrian supply line | n Harbisch not named | f says Quessanian trucks carry drone parts
5 q | f defends his country as a partner | n no view on Harbisch | a says Quessany arms no one
6 b | n no view on the deal itself | n Harbisch not addressed | f parts traced to drone factories
7 h | f the clause guards the deal | n speaker is Harbisch herself | n neither admits nor denies the link
8 k | f figure shows some gain | n no view on Harbisch | n no claim about Quessany's role
9 k | f small but independent money | n no view on Harbisch | n no claim about Quessany's role
10 r | n watches, no side on the deal | n no view on Harbisch | n vigilance, no finding
s1 a | f praised the deal | n praise aimed at the deal | n no claim about Quessany's role
12 a | f farmers gain from the deal | f backhanded credit to the minister | n no claim about Quessany's role
n1 | n headline reports the signing
n2 | n describes the deal
n3 | n trade figure
"""))

ARTICLES.append(dict(
id="c3-35", domain="international affairs / demining after the border war",
targets=[("League demining programme", ["demining", "mine clearance", "deminers", "teams"]),
         ("Doltria", ["Doltria", "Doltrian", "Dravenholt"]),
         ("the valley's fields will be safe to farm next spring", ["safe to farm"])],
sp=dict(b="Brigit Soltau", u="Milan Hudec", y="Bogdan Yarrel", t="Rurik Tassel", w="Carl Weissdorn", l="Lothar Brink", h="Teodor Halvask", j="Jadwiga Hellic"),
text="""[n1:League deminers race to clear Velka Valley fields before spring sowing]

[dl:OSTER DELL, Sarnovia (Ostwind Press) —] [n2:Teams from the Ilven League’s demining programme have cleared about 1,400 hectares of farmland in the Velka Valley since October, out of an estimated 9,000 that were mined during the fighting.]

{1:Brigit Soltau}, who runs the programme, <1:said> [1:her teams could clear perhaps half of the fields before April]. “[2:Half is not nothing. Half is also not a harvest,]” {2:she} <2:said>.

{3:Milan Hudec}, a farmer outside Oster Dell, <3:said> [3:he had lost a tractor and “very nearly a son” to a mine in his barley field in October]. “[4:They come with their flags and their dogs, clear one corner, and drive away for a week,]” {4:he} <4:said>.

{5:Sarnovian Defence Minister Bogdan Yarrel} <5:said> [5:Doltrian units had laid mines in school yards and vegetable gardens, places no soldier ever needed to defend].

In Dravenholt, {6:Rurik Tassel} <6:said> [6:Sarnovian forces had laid “at least as many” mines and refused to share their maps]. {7:Soltau} <7:said> [7:her teams had received minefield maps from neither army].

{9:Estrevian Defence Minister Carl Weissdorn} <9:said> [9:his country would pay for two more teams because clearing a field is the least political thing a soldier can do]. [s1:{s1:President Teodor Halvask} <s1:praised> the deminers] during a visit on Friday.

{10:Lothar Brink}, an analyst at the Carrowgate Security Forum, <10:said> [10:at the current pace the valley “will be fully clear in about eleven years.”]

In Oster Dell, {11:Jadwiga Hellic} <11:said> [11:she planned to sow the cleared strip behind her bakery and pray about the rest].

[n3:Two deminers have been killed and five injured since the programme began, all of them in the northern fields near the Gorse Pass road.]
""",
labels="""
1 b | n states capacity, no side | n Doltria not addressed | a only half will be cleared
2 b | f defends the progress made | n Doltria not addressed | a half is not a harvest
3 u | n about his loss, not the teams | n no one blamed by name | a his field was mined in October
4 u | a complains the teams leave after a corner | n Doltria not addressed | a the work is too slow
5 y | n about who laid mines | a accuses Doltrian units of mining gardens | n no timing claim
6 t | n no view on the teams | f blames Sarnovian forces as well | n no timing claim
7 b | n fact about maps | a faults Doltria, like Sarnovia, for withholding maps | n no timing claim
9 w | f funds more teams | n Doltria not addressed | n no timing claim
s1 h | f praised the deminers | n Doltria not addressed | n no timing claim
10 l | n pace estimate, no view on the teams | n Doltria not addressed | a clear only in eleven years
11 j | f will sow what the teams cleared | n Doltria not addressed | a prays about the uncleared rest
n1 | n headline reports the race
n2 | n progress figures
n3 | n casualty figures
"""))
