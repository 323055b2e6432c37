"""Reported speech without (or with partial) quotation marks (B1-B13, D1-D3, D8).

Patterns, on the tokens of one sentence (quotations masked), tried in this order:

1. ``According to NP, C`` / ``C, according to NP`` / ``In NP's words, C`` / ``Per NP, C``;
2. a parenthetical cue in the middle or at the end: ``C1, NP CUE, C2`` / ``C, NP CUE.``;
3. ``NP CUE [adverbials] [addressee] [that] C``, with the verb's complement rules
   (``accused X of``, ``called for``, ``sees X as``, ``told reporters``), and a second
   coordinated cue (``... but insisted C2``) split off as its own attribution.

Non-speech uses (B14: ``That said,``, ``said nothing about``, ``Told to leave``),
negated or declined speech (B15) and cues with no clause after them (D7) give nothing.
"""

from __future__ import annotations

from stancekit.segmentation.complements import (
    DOCUMENT_NOUNS,
    content_start,
    required,
    skip_adverbials,
    too_short,
)
from stancekit.segmentation.cues import (
    ATTITUDE_FORMS,
    AUXILIARIES,
    BARE_NOUN_LEMMAS,
    CALL_LEMMAS,
    DETERMINERS,
    INTENTION_LEMMAS,
    NEGATIONS,
    OBJECT_ACT_LEMMAS,
    lemma_of,
    nominal_context,
)
from stancekit.segmentation.drafts import Reported
from stancekit.segmentation.names import NOT_NAME, PREPOSITIONS, name_in
from stancekit.segmentation.nominal import (
    finite,
    noun_cue,
    relative_antecedent,
    relative_end,
)
from stancekit.segmentation.parenthetical import (
    PREP,
    WH,
    according,
    agentless_question,
    clause_subject,
    cue_word,
    parenthetical,
    word_count,
)
from stancekit.segmentation.sources import CLAUSE_WORDS, np_before
from stancekit.segmentation.speech_acts import object_phrase, speech_act
from stancekit.segmentation.text import Tok, is_cap, words

__all__ = ["MAX_SENTENCE_TOKENS", "find_reported", "participle_after"]

#: Sentences longer than this (in tokens) are searched in windows of this size.
MAX_SENTENCE_TOKENS = 300

_BE = frozenset(["is", "was", "are", "were", "be", "been", "being"])
_SAY_LIKE = frozenset(words("say add insist claim argue warn note explain stress"))
_HOPE_LIKE = frozenset(words("hope fear expect believe"))
#: Words before a bare verb form that show it is a verb (``will back``, ``they oppose``).
_VERB_BEFORE = frozenset(
    words(
        """will would could should can may might must did does do to not n't also they we
        i you who still now"""
    )
)
_LEMMA_GET = lemma_of
#: Words that follow a plural noun, never a verb (``attacks are``, ``plans have``).
_AUX_AFTER_NOUN = frozenset(
    words("are were have had is was will would could can may might should must")
)
#: Intention verbs whose content must be an infinitive (``plans to``), not an object.
_TO_ONLY = frozenset(words("plan intend aim wish"))
#: Heads of inanimate subjects that cannot hold an intention (``the bill seeks to``).
_INANIMATE = frozenset(
    words(
        """bill bills law laws measure measures proposal proposals plan plans program
        programme rule rules project projects policy policies order orders ordinance
        amendment legislation budget deal agreement treaty study report"""
    )
)
#: Verbs with a preposition after them that belongs to the cue (``voted against X``).
_PREP_CUES = frozenset(words("refer vote"))


def find_reported(
    toks: list[Tok], end_char: int, subject: tuple[int, int] | None = None
) -> list[Reported]:
    """Find reported speech in one sentence.

    Args:
        toks: The sentence's tokens (quotations masked).
        end_char: The sentence's end offset (content runs to it).
        subject: Token range of the sentence's subject, for participle cues
            (``She declined, saying that ...``).

    Returns:
        Zero, one or two matches (two for coordinated cues).
    """
    if len(toks) > MAX_SENTENCE_TOKENS:
        # No news sentence is this long (run-on text, lists, scraping debris): the
        # rules run on fixed-size windows, so their cost stays linear in the input.
        found_all: list[Reported] = []
        for w in range(0, len(toks), MAX_SENTENCE_TOKENS):
            window = toks[w : w + MAX_SENTENCE_TOKENS]
            stop = end_char if w + MAX_SENTENCE_TOKENS >= len(toks) else window[-1].end
            found_all.extend(find_reported(window, stop, subject if w == 0 else None))
        return found_all
    lo, hi = 0, len(toks)
    if hi >= 2 and toks[0].low == "that" and toks[1].low == "said":
        lo = 3 if hi > 2 and toks[2].text == "," else 2  # B14: "That said, ..."
    if hi - lo < 4:
        return []
    found: list[Reported] = []
    if toks[lo].low in ("asked", "pressed") and toks[lo].text[0].isupper():
        question = agentless_question(toks, lo, hi)
        if question is None:  # "Asked about the delay, NP said ...": skip the intro
            lo = next((k + 1 for k in range(lo, hi) if toks[k].text == ","), hi)
        else:
            found.append(question[0])
            lo = question[1]
        if hi - lo < 4:
            return found
    if toks[lo].low == "told" and toks[lo].text[0].isupper():
        return found  # "Told to leave, he refused." (B14)
    acc = according(toks, lo, hi, end_char)
    if acc is not None:
        return [*found, acc]
    par = parenthetical(toks, lo, hi, end_char)
    if par is not None:
        return [*found, par]
    scanned = _scan(toks, lo, hi, end_char, subject)
    if not scanned:
        scanned = _noun_cued(toks, lo, hi, end_char)
    if not scanned or scanned[0].source is None:
        # issue 19: action, support, citing and intention verbs with an object or an
        # infinitive, where no clause-taking cue attributes the sentence (or only a
        # noun cue without a source: "Residents voiced fears that C")
        ext = _scan(toks, lo, hi, end_char, subject, extended=True)
        if ext and (not scanned or ext[0].content[0][0] == scanned[0].content[0][0]):
            scanned = ext  # the noun cue's own clause, now with its speaker
    return [*found, *scanned]


def participle_after(toks: list[Tok], k: int, src: tuple[int, int]) -> list[Reported]:
    """A second, participial cue after a direct quotation's attribution.

    ``"Q," Simson said, adding that C``: the attribution ends at token ``k``; the same
    source says C.
    """
    hi = len(toks)
    if k + 3 >= hi or toks[k].text != ",":
        return []
    c = k + 1
    if not (toks[c].low.endswith("ing") and cue_word(toks[c])) and not (
        toks[c].low == "making" and toks[c + 1].low == "clear"
    ):
        return []
    got = _match_at(toks, c, c, hi, None, shared=src, extended=True)
    return [] if got is None else _finish(toks, got, hi, 0, None, c)


def _noun_cued(toks: list[Tok], lo: int, hi: int, end_char: int) -> list[Reported]:
    """``the claim that C``, ``a report by NP that C`` (see :mod:`.nominal`)."""
    got = noun_cue(toks, lo, hi)
    if got is None:
        return []
    src, k, start, stop = got
    if stop < hi:
        return [
            Reported(src, (toks[k].start, toks[k].end), [(toks[start].start, toks[stop - 1].end)])
        ]
    stop_char = end_char or toks[hi - 1].end
    for m in range(start + 2, hi - 1):
        if toks[m].text in (",", ";", "—", "–") and toks[m + 1].low in ("the", "a", "an", "which"):
            stop_char = toks[m - 1].end  # an appositive after the content
            break
    return [Reported(src, (toks[k].start, toks[k].end), [(toks[start].start, stop_char)])]


def _match_at(
    toks: list[Tok],
    i: int,
    lo: int,
    hi: int,
    subject: tuple[int, int] | None,
    shared: tuple[int, int] | None = None,
    extended: bool = False,
) -> tuple[tuple[int, int], tuple[int, int], int, int] | None:
    """Try the cue at token ``i``: ``(source, (cue_start_tok, cue_end_char), start, stop)``.

    ``shared`` is the source of a coordinated cue (``... and warned that C``);
    ``extended`` admits the object and intention verbs (``OBJECT_ACT_LEMMAS``).
    """
    lemma = cue_word(toks[i])
    if lemma in OBJECT_ACT_LEMMAS and (not extended or (i + 1 < hi and toks[i + 1].low == "by")):
        return None  # not in this pass, or a passive: "residents backed by the group"
    if lemma is not None and nominal_context(
        toks[i - 1].low if i > 0 else None, toks[i].low, toks[i + 1].low if i + 1 < hi else None
    ):
        return None  # a noun: "the claims", "Trump's states", "press secretary"
    phrasal = (
        toks[i].low in ("made", "makes", "making") and i + 1 < hi and toks[i + 1].low == "clear"
    )
    if phrasal:
        lemma = "make clear"
    if lemma is None:
        return None
    if (
        lemma in BARE_NOUN_LEMMAS
        and toks[i].low == lemma
        and not (i > 0 and toks[i - 1].low in _VERB_BEFORE)
        and not (i > 0 and _plural(toks[i - 1]))
    ):
        return None  # "the back", "support for", "a vote": a noun, not a verb
    if (
        toks[i].low.endswith("s")
        and i + 1 < hi
        and toks[i + 1].low in _AUX_AFTER_NOUN
        and lemma in OBJECT_ACT_LEMMAS
    ):
        return None  # "Russian attacks are now concentrated": a plural noun
    if lemma in INTENTION_LEMMAS and not _intention_ok(toks, i, hi, lemma):
        return None
    if lemma in OBJECT_ACT_LEMMAS and any(
        t.low in NEGATIONS or t.low in ("whether", "if", "unless") for t in toks[lo:i]
    ):
        return None  # "would not say whether he would oppose X", "If he intends to"
    if i + 1 < hi and toks[i + 1].low in ("nothing", "to") and lemma in ("say", "tell"):
        return None  # "said nothing about", "told to"
    if (
        lemma in ("begin", "continue")
        and i + 1 < hi
        and (toks[i + 1].low == "to" or toks[i + 1].low.endswith("ing"))
    ):
        return None  # "began conducting", "continues to try": aspect, not speech
    if shared is not None:
        got: tuple[int, int, int] | None = (shared[0], shared[1], i)
    elif (
        toks[i].low == "saying"
        and i >= 4
        and toks[i - 1].low == "as"
        and toks[i - 2].low == "quoted"
        and toks[i - 3].low in ("is", "was", "were", "are", "been")
    ):  # B12: "NP was quoted as saying C"
        subj = np_before(toks, i - 3)
        got = None if subj is None else (subj[0], subj[1], i - 3)
    else:
        got = np_before(toks, i)
    if got is None and subject is not None and not toks[i].low.endswith("ing"):
        b = i - 1
        while b > lo and toks[b].kind == "w" and toks[b].low in AUXILIARIES:
            b -= 1
        if (
            toks[b].low in ("and", "but")
            and subject[1] <= b
            and (toks[b - 1].kind == "w" or (toks[b - 1].text == "," and subject[0] == lo))
            and not any(toks[x].low in _BE for x in range(b + 1, i))
            and (
                lemma in _SAY_LIKE
                or (i + 1 < hi and toks[i + 1].low in ("that", "if", "whether"))
                or (lemma in _HOPE_LIKE and i + 1 < hi and toks[i + 1].text[0].isupper())
            )
        ):
            got = (subject[0], subject[1], b + 1)  # "X filed for bankruptcy and said C"
    if got is None and toks[i].low.endswith("ing") and subject is not None:
        b = i - 1
        while b > lo and toks[b].kind == "w" and toks[b].low in AUXILIARIES | {"only"}:
            b -= 1
        if toks[b].text == "," and subject[1] <= b:
            near = clause_subject(toks, subject, b)
            got = (near[0], near[1], i)  # "..., saying that C": the clause subject
    relative = False
    if got is None and shared is None and lemma not in OBJECT_ACT_LEMMAS:
        b = i - 1
        while b > lo and toks[b].kind == "w" and toks[b].low in AUXILIARIES:
            b -= 1
        if (
            toks[b].low in ("who", "which")
            and toks[b].text.islower()
            and not any(toks[x].low in _BE for x in range(b + 1, i))  # "which was posted"
            and not (i + 1 < hi and toks[i + 1].low in NEGATIONS)  # "who asked not to be"
        ):
            ant = relative_antecedent(toks, b)
            if ant is not None:
                got = (ant[0], ant[1], b + 1)  # "X, who said C": the antecedent speaks
                relative = True
    if got is None or toks[got[1] - 1].text.endswith(("'s", "’s", "s'", "s’")):
        return None
    if shared is None and (
        got[0] < lo or any(t.kind == "w" and t.low in NEGATIONS for t in toks[got[2] : i])
    ):
        return None
    if shared is None and _noun_reading(toks, got, i, hi, lemma):
        return None
    if lemma in INTENTION_LEMMAS and any(
        t.low in _INANIMATE for t in toks[got[0] : got[1]] if t.kind == "w"
    ):
        return None  # "the bill seeks to ban X": a document has no intention
    k = i + 2 if phrasal else i + 1
    cue_end = toks[k - 1].end
    if lemma in ("say", "tell") and k < hi and toks[k].low == "so":
        return None
    # "Figures released Monday by the elections office show C": any document word
    # heading the subject, not only its last word
    document = any(t.low in DOCUMENT_NOUNS for t in toks[got[0] : got[1]])
    start = required(toks, k, hi, lemma, document)
    cue_span = (toks[got[2] if shared is None else i].start, cue_end)
    if start is None:
        return _act(toks, lemma, (got[0], got[1]), cue_span, k, hi)
    if lemma in CALL_LEMMAS and start == k and not any(t.kind == "q" for t in toks[k : k + 7]):
        called = _called(toks, k, hi)
        if called is None:
            return None
        return (got[0], got[1]), cue_span, called[0], called[1]
    if lemma == "point" or lemma in _PREP_CUES:
        cue_end = toks[start - 1].end
        cue_span = (cue_span[0], cue_end)
        start = content_start(toks, start, hi, lemma) if lemma == "point" else start
    elif lemma == "call" and toks[start - 1].low in ("for", "on"):
        cue_end = toks[start - 1].end if toks[start - 1].low == "for" else cue_end
    elif lemma == "call":
        pass  # called X "Y": the object belongs to the content
    else:
        start = content_start(toks, start, hi, lemma)
    if start is None or start >= hi or too_short(toks, start, hi):
        return _act(toks, lemma, (got[0], got[1]), cue_span, k, hi)
    if toks[start].kind == "w" and toks[start].low in CLAUSE_WORDS - WH - {"that"}:
        return None
    stop = hi
    if (lemma in OBJECT_ACT_LEMMAS or (lemma == "point" and toks[start - 1].low == "to")) and toks[
        start
    ].low not in WH | {"to", "that"}:
        ob = object_phrase(toks, start, hi, keep_as=True)
        if ob is None:
            return None
        stop = ob[1]  # an object: "cited a report by X, which found C" ends at the comma
    if lemma in ("call", "urge", "demand") and toks[start - 1].low in ("for", "on", "to"):
        for m in range(start + 1, hi):
            if toks[m].text in (",", ";", "—", "–"):
                stop = m  # "called for an end to X, which ..."
                break
    if relative:
        stop = min(stop, relative_end(toks, start, hi, True))
        if word_count(toks, start, stop) < 3:
            return None  # "The Courier, which first reported the contracts, reprinted"
    cue_start = got[2] if shared is None else i
    return (got[0], got[1]), (toks[cue_start].start, cue_end), start, stop


#: Cue lemmas whose past tense is the bare form (``the agency forecast that C``).
_SAME_PAST = frozenset(words("forecast broadcast bet"))


def _noun_reading(toks: list[Tok], got: tuple[int, int, int], i: int, hi: int, lemma: str) -> bool:
    """Whether the cue at ``i`` reads as a noun after its would-be subject.

    ``Weather forecast models predict rain``: a bare form directly followed by a plural
    noun and another verb modifies that noun. ``a fraud charge that C``: a bare form
    right after a singular noun phrase (no auxiliary between) cannot be its verb, since
    the verb would be ``charges``.
    """
    t = toks[i]
    if t.low != lemma:
        return False
    if (
        i + 2 < hi
        and toks[i + 1].kind == "w"
        and toks[i + 1].text.islower()
        and toks[i + 1].low.endswith("s")
        and cue_word(toks[i + 2]) is not None
    ):
        return True  # "forecast models show"
    if got[2] != i or lemma in _SAME_PAST:
        return False  # an auxiliary before the cue: "would charge", "did say"
    if got[0] > 0 and toks[got[0] - 1].text == ",":
        return False  # a coordination by comma: "Kestria, Dalmere agree to ..."
    src = toks[got[0] : got[1]]
    head = next((k for k, x in enumerate(src) if x.low in PREPOSITIONS and k > 0), len(src))
    src = src[:head]  # "Leaders of the union say": the head is "Leaders"
    first = next((x for x in src if x.low not in DETERMINERS), src[-1])
    if _plural(first) or _plural(src[-1]):
        return False  # "Figures released Monday by the office show"
    last = src[-1].low
    if any(x.low in ("and", "or") for x in src) or last in ("i", "we", "they", "you"):
        return False
    if src[0].low in ("both", "all", "many", "some", "most", "several", "others"):
        return False
    return last not in ("police", "people", "staff", "media", "press", "two", "three")


def _plural(t: Tok) -> bool:
    """Whether a word token looks like a plural noun (``voters``, not ``press``)."""
    w = t.low
    return (
        t.kind == "w"
        and len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "'s", "’s", "us", "is"))
        and lemma_of(w) is None
    )


def _intention_ok(toks: list[Tok], i: int, hi: int, lemma: str) -> bool:
    """Whether an intention verb at ``i`` has its content: ``plans to V``, ``seeks X``."""
    if i + 2 >= hi:
        return False
    nxt = toks[i + 1]
    if nxt.low == "to":
        after = toks[i + 2]
        return after.kind == "w" and after.text.islower() and after.low not in DETERMINERS
    return lemma not in _TO_ONLY and nxt.kind == "w" and nxt.text.islower()


def _called(toks: list[Tok], k: int, hi: int) -> tuple[int, int] | None:
    """``called the plan a disaster``: an object, then a second noun phrase, unquoted.

    The object phrase (a pronoun allowed) must hold ``a``/``an`` after its first word,
    or ``the`` after a name or pronoun (``called Obama the worst``). ``called a meeting``
    and ``called police`` are actions, not speech.
    """
    if k >= hi or toks[k].kind != "w" or toks[k].low in PREP or toks[k].low in CLAUSE_WORDS:
        return None
    start = k
    if toks[k].low in ("it", "him", "her", "them", "this", "that"):
        k += 1
    ob = object_phrase(toks, k, hi) if k < hi else None
    if ob is None:
        return None
    first = toks[start]
    for m in range(start + 1, ob[1]):
        w = toks[m].low
        if w in ("a", "an") or (w == "the" and (first.text[0].isupper() or start < k)):
            return (start, ob[1]) if ob[1] - m >= 2 else None
    return None


def _act(
    toks: list[Tok],
    lemma: str,
    src: tuple[int, int],
    cue: tuple[int, int],
    k: int,
    hi: int,
) -> tuple[tuple[int, int], tuple[int, int], int, int] | None:
    """A speech act with a noun-phrase object (``condemned the attack``), or ``None``."""
    if not speech_act(lemma):
        return None
    k = skip_adverbials(toks, k, hi)
    ob = object_phrase(toks, k, hi)
    return None if ob is None else (src, cue, ob[0], ob[1])


def _next_clause(
    toks: list[Tok], start: int, hi: int, src: tuple[int, int], subject: tuple[int, int] | None
) -> tuple[int, list[Reported]] | None:
    """Find where a second attribution starts inside content ``toks[start:hi]``.

    ``C1; NP CUE C2``, ``C1, and NP CUE C2``, ``C1 and/but CUE C2`` (same speaker) and
    ``C1, CUE-ing C2`` (same speaker). Returns the separator index and the matches
    that follow it.
    """
    for m in range(start + 2, hi - 2):
        t = toks[m]
        if t.text == ";":
            rest = _scan(toks, m + 1, hi, 0, subject)
            if rest:
                return m, rest
        elif t.low in ("and", "but"):
            c = m + 1
            while c < hi and toks[c].low in AUXILIARIES and toks[c].low not in NEGATIONS:
                c += 1
            if c < hi and cue_word(toks[c]) and not toks[c].low.endswith("ing"):
                got = _match_at(toks, c, m + 1, hi, subject, shared=src)
                if got is not None:
                    return m, _finish(toks, got, hi, 0, subject, c)
            elif toks[m - 1].text == ",":
                rest = _scan(toks, m + 1, hi, 0, subject, first_only=True)
                if rest:
                    return m, rest
        elif t.text == "," and toks[m + 1].low in ("as", "while", "whereas"):
            # "C1, as the union warned that C2": a second speaker's own attribution
            rest = _scan(toks, m + 2, hi, 0, subject, first_only=True)
            if rest and rest[0].source is not None:
                return m, rest
        elif t.text == "," and toks[m + 1].low.endswith("ing") and cue_word(toks[m + 1]):
            got = _match_at(toks, m + 1, m + 1, hi, subject, shared=src)
            if got is not None:
                return m, _finish(toks, got, hi, 0, subject, m + 1)
        elif (
            t.low in ("which", "who", "that")
            and toks[m + 1].low in ("he", "she", "they", "it", "we")
            and cue_word(toks[m + 2])
            and m + 3 < hi
        ):  # a relative-clause attribution: "the rebates, which she said absorb C"
            got = _match_at(toks, m + 2, m + 1, hi, subject, shared=(m + 1, m + 2))
            if got is not None:
                got = (got[0], (toks[m + 1].end + 1, toks[m + 2].end), m + 3, got[3])
                return m, _finish(toks, got, hi, 0, subject, m + 2)
    return None


def _finish(
    toks: list[Tok],
    got: tuple[tuple[int, int], tuple[int, int], int, int],
    hi: int,
    end_char: int,
    subject: tuple[int, int] | None,
    cue_tok: int,
) -> list[Reported]:
    """Build the match (and any further clause after it) from a ``_match_at`` result."""
    src, cue, start, stop = got
    for m in range(start + 2, stop - 2):
        if toks[m].text == "," and (
            (toks[m + 1].low == "even" and toks[m + 2].low in ("though", "if"))
            or (toks[m + 1].low == "compared" and toks[m + 2].low in ("with", "to"))
            or toks[m + 1].low in ("although", "whereas")
        ):
            stop = m  # "C, even though ...": the writer's concession, not the content
            break
    stop_char = toks[stop - 1].end if stop < hi else end_char or toks[hi - 1].end
    attitude = toks[cue_tok].low in ATTITUDE_FORMS
    nxt = _next_clause(toks, start, stop, src, subject)
    if nxt is not None:
        m, rest = nxt
        if toks[m].low in ("which", "who", "that") and m - start <= 6:
            return rest  # "posted a video that he said showed C": the object is no content
        b = m - 1 if toks[m - 1].text == "," else m
        if b > start:
            return [Reported(src, cue, [(toks[start].start, toks[b - 1].end)], attitude), *rest]
    here = Reported(src, cue, [(toks[start].start, stop_char)], attitude)
    inner = _nested(toks, start, stop, stop_char, src)
    if inner:
        return inner
    if stop < hi:
        # a bounded object ("blamed the rebates, which she said absorb C"): what follows
        # the boundary may hold its own attribution
        after = _next_clause(toks, stop - 2, hi, src, subject)
        if after is not None and after[0] >= stop:
            return [here, *after[1]]
    return [here]


def _nested(
    toks: list[Tok], start: int, stop: int, stop_char: int, outer: tuple[int, int] | None
) -> list[Reported]:
    """An attribution opening the content ``toks[start:stop]`` (nested speech).

    ``Baxter said Gomez told him the plant would close``: the content is Gomez's
    ``the plant would close``, reported via Baxter. Returns the inner attributions
    with ``via`` set to the outer source, or ``[]``.
    """
    if stop - start < 5 or not is_cap(toks[start]) or toks[start].low in NOT_NAME:
        return []
    # only a plain "NAME said/told": "the deal would add", "he had told", "it had
    # viewed" are the outer speaker's words about a subject, not nested speech
    k = start
    while k < stop and k - start < 5 and (is_cap(toks[k]) or toks[k].text == "."):
        k += 1
    if k >= stop or toks[k].low not in ("said", "says", "told", "tells"):
        return []
    if name_in(toks[start:k]) is None:
        return []
    lemma = "tell" if toks[k].low in ("told", "tells") else "say"
    c = content_start(toks, k + 1, stop, lemma)
    if c is None or too_short(toks, c, stop):
        return []
    if toks[c].kind == "w" and toks[c].low in CLAUSE_WORDS - WH - {"that"}:
        return []
    if not (toks[c - 1].low == "that" or any(finite(t) for t in toks[c + 1 : c + 5])):
        return []  # "Bush told her a version of the joke": an object, not a clause
    cue = (toks[k].start, toks[c - 1].end if lemma == "tell" and c > k + 1 else toks[k].end)
    if lemma == "tell" and c > k + 1 and toks[c - 1].low == "that":
        cue = (toks[k].start, toks[c - 2].end)
    return [Reported((start, k), cue, [(toks[c].start, stop_char)], via=outer)]


def _scan(
    toks: list[Tok],
    lo: int,
    hi: int,
    end_char: int,
    subject: tuple[int, int] | None,
    first_only: bool = False,
    extended: bool = False,
) -> list[Reported]:
    """Left-to-right search for ``NP CUE C`` in ``toks[lo:hi]``."""
    for i in range(lo + 1, hi - 1):
        if extended and _LEMMA_GET(toks[i].low) not in OBJECT_ACT_LEMMAS:
            continue  # the second pass looks only at its own verbs (one dict lookup)
        got = _match_at(toks, i, lo, hi, subject, extended=extended)
        if got is not None:
            if first_only and got[0][0] != lo:
                return []
            return _finish(toks, got, hi, end_char, subject, i)
    return []
