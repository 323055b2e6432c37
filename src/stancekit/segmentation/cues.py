"""Lexicons: reporting verbs, attitude verbs, nominal cues, hedges and pronouns.

Verb lemmas are expanded to their inflected forms once, at import. The lists follow
the attribution checklist (``shared/ATTRIBUTION.md``, cases B1-B16), widened from general
sources rather than from any one data set: the lexical units of FrameNet's Statement,
Communication, Telling, Reporting, Judgment_communication, Request, Commitment,
Questioning, Response and Reasoning frames, the reporting-verb classes of the applied-
linguistics literature (Thompson & Ye 1991, Hyland 2002: argue, assert, claim, contend,
indicate, maintain, note, observe, suggest ...), Levin's (1993) verbs of communication
(say, tell, manner-of-speaking, complain), and the verb lists of open quote extractors.
Verbs that are also common nouns (``states``, ``claims``, ``reports``, ``press``) are
kept apart by their context (:func:`nominal_context`).
"""

from __future__ import annotations

from stancekit.segmentation.text import words

__all__ = [
    "ADDRESSEE_VERBS",
    "ATTITUDE_FORMS",
    "AUXILIARIES",
    "BARE_NOUN_LEMMAS",
    "CALL_LEMMAS",
    "CUE_FORMS",
    "DETERMINERS",
    "HEDGES",
    "INFINITIVE_VERBS",
    "INTENTION_LEMMAS",
    "NEGATIONS",
    "OBJECT_ACT_LEMMAS",
    "OBJECT_VERBS",
    "PARTICLE_CUES",
    "PERSONAL_PRONOUNS",
    "ROLE_NOUNS",
    "SPEECH_ACT_LEMMAS",
    "SPEECH_FORMS",
    "TITLES",
    "lemma_of",
    "nominal_context",
]

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "see": ("see", "sees", "saw", "seeing"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    "begin": ("begin", "begins", "began", "beginning"),
    "view": ("view", "views", "viewed", "viewing"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "foresee": ("foresee", "foresees", "foresaw", "foreseeing"),
}

_DOUBLE_FINAL = {
    "admit",
    "quip",
    "regret",
    "commit",
    "submit",
    "omit",
    "signal",
    "plan",
    "refer",
    "label",
    "dub",
}


def _forms(lemma: str) -> tuple[str, ...]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma in _DOUBLE_FINAL:
        forms: tuple[str, ...] = (
            lemma,
            lemma + "s",
            lemma + lemma[-1] + "ed",
            lemma + lemma[-1] + "ing",
        )
        if lemma.endswith("l"):  # US spelling: signaled, signaling
            forms += (lemma + "ed", lemma + "ing")
        return forms
    if lemma.endswith(("s", "sh", "ch", "x")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


#: Verbs of speech and writing whose complement is the reported content (B1-B6, B8,
#: B9, B16).
SPEECH_LEMMAS = words(
    """say tell add state note explain write comment claim insist argue contend maintain
        admit concede deny warn urge allege complain announce confirm disclose reveal report
        ask wonder question reply respond retort counter promise vow pledge predict forecast
        estimate tweet post testify quip joke shout yell acknowledge demand caution lament
        stress emphasize emphasise suggest recall observe remark declare assert conclude
        propose recommend boast whisper repeat reiterate threaten hint assure inform advise
        concur agree accuse blame criticize criticise praise dismiss reject call describe
        find show rule order swear vow brag scoff muse reason complain grumble charge
        contend counter see view regard point interrupt continue begin snap chant press
        affirm aver avow attest proclaim profess mention detail recount indicate signal
        stipulate specify opine posit speculate theorize theorise predict reckon surmise
        insinuate imply clarify elaborate divulge confess protest gripe fume bemoan
        deplore decry denounce condemn slam blast lambaste assail castigate chide scold
        rebuke berate laud hail commend applaud welcome endorse tout reassure remind notify
        implore beg guarantee inquire query challenge dispute refute rebut
        disavow repudiate answer rejoin blog exclaim gush scream mutter murmur
        sigh groan invoke express thank tease concur encourage project voice echo cite
        highlight reference refer dub label brand term back support oppose attack defend
        offer unveil vote"""
)

#: Speech acts whose object is what they are about (``praised the decision``, ``denied
#: the allegations``, ``called for a ceasefire``): with a noun-phrase object and no
#: clause, the object phrase is the content (D7 made a stance-bearing segment).
SPEECH_ACT_LEMMAS = frozenset(
    words(
        """praise criticize criticise condemn denounce blast slam lambaste assail castigate
        decry deplore bemoan lament welcome applaud laud hail commend endorse reject deny
        dismiss dispute refute rebut disavow repudiate urge demand accuse blame chide scold
        rebuke berate back support oppose attack defend cite echo highlight reference
        offer unveil voice"""
    )
)

#: Lemmas added for issue 19 whose content is often an object or an infinitive rather
#: than a clause (actions, offers, support, citing): they need a plain, affirmative
#: clause around them (no ``not``/``whether`` before the cue).
OBJECT_ACT_LEMMAS = frozenset(
    words(
        """back support oppose attack defend cite echo highlight reference refer offer
        unveil voice vote dub label brand term plan intend seek want aim wish consider
        weigh mull"""
    )
)

#: Verbs that are nouns as often as verbs in their bare form (``the back``, ``support
#: for``, ``a vote``, ``the plan``): the bare form counts as a verb only after a modal,
#: ``to``, a subject pronoun or a plural noun (``will back``, ``voters support``).
BARE_NOUN_LEMMAS = frozenset(
    words(
        """back support attack offer vote plan want aim label brand term reference voice
        project call"""
    )
)

#: Verbs whose content is a verb phrase or name of an action (``called X Y``,
#: ``dubbed X Y``): the object phrase is the content when it holds a second noun phrase.
CALL_LEMMAS = frozenset(words("call dub label brand term"))

#: Words after ``press`` / ``report`` ... that show the noun (``press secretary``).
_NOUN_FOLLOWERS = frozenset(
    words(
        """secretary secretaries release releases conference conferences office officer
        aide aides briefing briefings corps freedom gallery team card cards line lines
        statement statements"""
    )
)

#: Cognition and attitude verbs (B7): attributions, flagged ``attitude=True``.
ATTITUDE_LEMMAS = words("""believe think fear hope expect worry feel doubt suspect foresee""")

#: Desire and intention verbs (``plans to contest``, ``wants X``, ``is considering X``):
#: attributions flagged ``attitude=True`` like B7, whose content is the infinitive or
#: the object (issue 19).
INTENTION_LEMMAS = words("""plan intend seek want aim wish consider weigh mull""")

_LEMMA: dict[str, str] = {}
for _l in SPEECH_LEMMAS + ATTITUDE_LEMMAS + INTENTION_LEMMAS:
    for _f in _forms(_l):
        _LEMMA.setdefault(_f, _l)

SPEECH_FORMS: frozenset[str] = frozenset(f for lem in SPEECH_LEMMAS for f in _forms(lem))
ATTITUDE_FORMS: frozenset[str] = frozenset(
    f for lem in ATTITUDE_LEMMAS + INTENTION_LEMMAS for f in _forms(lem)
)
CUE_FORMS: frozenset[str] = SPEECH_FORMS | ATTITUDE_FORMS

#: Verbs whose reported content needs a particular complement to be speech at all
#: (``accused X of``, ``blamed X for``): lemma -> words that must follow.
OBJECT_VERBS: dict[str, tuple[str, ...]] = {
    "accuse": ("of",),
    "blame": ("for", "on"),
    "criticize": ("for",),
    "criticise": ("for",),
    "praise": ("for",),
    "charge": ("with", "that"),
    "dismiss": ("that", "as"),
    "reject": ("that", "as"),
    "describe": ("as",),
    "see": ("as",),
    "find": ("that",),
    "state": ("that",),
    "view": ("as",),
    "regard": ("as",),
    "show": ("that",),
    "rule": ("that",),
    "project": ("that",),
    "order": ("to",),
    "call": ("for",),
    "point": ("out", "to"),
    "refer": ("to",),
    "vote": ("for", "against", "to"),
    "press": ("to", "whether", "why", "how", "on", "for"),
}

#: Cues that are verbs only with a particle (``shot back``, ``chimed in``).
PARTICLE_CUES: dict[str, str] = {
    f: particle
    for lemma, particle in (
        ("shoot", "back"),
        ("fire", "back"),
        ("hit", "back"),
        ("chime", "in"),
        ("cut", "in"),
        ("break", "in"),
        ("go", "on"),
        ("pipe", "up"),
        ("speak", "up"),
    )
    for f in {
        "shoot": ("shot", "shoots"),
        "fire": ("fired", "fires"),
        "hit": ("hit", "hits"),
        "chime": ("chimed", "chimes"),
        "cut": ("cut", "cuts"),
        "break": ("broke", "breaks"),
        "go": ("went", "goes"),
        "pipe": ("piped", "pipes"),
        "speak": ("spoke", "speaks"),
    }[lemma]
}

#: Verbs whose first object is the addressee, not the content (B10).
ADDRESSEE_VERBS = frozenset(
    words(
        """tell ask urge warn assure inform advise remind promise press implore encourage
        caution order"""
    )
)

#: Verbs whose content may be an infinitive (``vowed to``, ``urged X to``).
INFINITIVE_VERBS = frozenset(
    words(
        """promise vow pledge threaten urge ask demand order agree swear tell warn caution
        advise encourage hope expect press plan intend seek want aim wish vote offer"""
    )
)

AUXILIARIES = frozenset(
    words(
        """has have had will would could may might should shall must is was are were be been
        being do does did also later again repeatedly previously earlier then once often
        publicly privately initially first last recently separately simply flatly firmly
        strongly quickly immediately subsequently still already always never now"""
    )
)

NEGATIONS = frozenset(
    ["not", "n't", "never", "no", "declined", "refused", "cannot", "can't", "won't", "didn't"]
)

DETERMINERS = frozenset(
    words(
        """the a an this that these those its his her their our my your some several many most
        both all two three four five six seven eight nine ten other another one each every
        any few no"""
    )
)

PERSONAL_PRONOUNS: dict[str, str] = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",
    "i": "1",
    "we": "1p",
    "his": "m",
    "her": "f",
    "their": "p",
    "its": "n",
    "my": "1",
    "our": "1p",
}

#: Title words stripped from the front of a name (``Council President Alan Mercer``).
TITLES = frozenset(
    words(
        """manager supervisor ceo cfo coo president-elect executive chief mr mr. mrs mrs. ms
        ms. dr dr. sen sen. senator gov gov. governor rep rep. representative mayor
        president vice prime minister secretary chancellor premier judge justice chief
        executive officer director commissioner superintendent councillor cllr council
        member councilman councilwoman alderman chair chairman chairwoman chairperson gen
        gen. general lt lt. col col. colonel capt capt. captain sgt sgt. sergeant officer
        detective det. rev rev. reverend father sister pastor bishop prof prof. professor
        attorney counsel deputy assistant state federal county city district interim acting
        former speaker leader opposition minority majority king queen prince princess sheikh
        lord lady sir dame ambassador envoy spokesman spokeswoman spokesperson principal
        coach dean provost foreign finance defence defense interior health education justice
        trade labor labour economy energy inspector constable commander admiral marshal
        magistrate sheriff treasurer clerk auditor comptroller trustee regent rabbi imam
        cardinal pope head"""
    )
)

#: Nouns naming a role a person can be tied to (``the minister``, ``the mayor``).
ROLE_NOUNS = frozenset(
    words(
        """president minister mayor governor senator chancellor premier leader head judge
        justice chief director commissioner superintendent chair chairman chairwoman
        secretary ceo executive prosecutor attorney lawyer counsel sheriff coach principal
        ambassador envoy general commander king queen prince pope bishop dean treasurer
        auditor candidate challenger incumbent founder owner manager officer spokesman
        spokeswoman spokesperson councillor deputy inspector"""
    )
)

#: Evidential hedges that keep a sentence as (flagged) narration (D5).
HEDGES = (
    "reportedly",
    "allegedly",
    "it is believed",
    "it is thought",
    "it is understood",
    "it is said",
    "is understood to",
    "is said to",
    "is believed to",
    "is thought to",
    "are said to",
    "are believed to",
    "appears to",
    "appear to",
    "apparently",
    "purportedly",
    "sources say",
    "sources said",
    "rumoured",
    "rumored",
)


def lemma_of(form: str) -> str | None:
    """Return the lemma of a cue verb form (``"told"`` -> ``"tell"``), or ``None``.

    Examples:
        >>> lemma_of("insisted")
        'insist'
    """
    return _LEMMA.get(form.casefold())


def nominal_context(prev: str | None, form: str, nxt: str | None) -> bool:
    """Whether a cue-like word reads as a noun between ``prev`` and ``nxt`` (lower case).

    ``the claims``, ``his states``, ``new reports`` (a determiner or possessive before a
    plural form) and ``press secretary``, ``report card`` (a noun after it) are nouns.

    Examples:
        >>> nominal_context("the", "claims", "that")
        True
        >>> nominal_context("she", "claims", "that")
        False
        >>> nominal_context("house", "press", "secretary")
        True
    """
    if nxt is not None and nxt in _NOUN_FOLLOWERS:
        return True
    if prev is None or not form.endswith("s") or form.endswith("ss"):
        return False
    return prev in DETERMINERS or prev.endswith(("'s", "’s", "s'", "s’"))
