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

from stancekit.segmentation.cues import (
    ADDRESSEE_VERBS,
    ATTITUDE_FORMS,
    AUXILIARIES,
    DETERMINERS,
    INFINITIVE_VERBS,
    NEGATIONS,
    OBJECT_VERBS,
)
from stancekit.segmentation.drafts import Reported
from stancekit.segmentation.names import NOT_NAME, SUBJECT_PRONOUNS
from stancekit.segmentation.parenthetical import (
    PREP,
    TIME,
    WH,
    according,
    agentless_question,
    clause_subject,
    cue_word,
    parenthetical,
    word_count,
)
from stancekit.segmentation.sources import CLAUSE_WORDS, np_before
from stancekit.segmentation.text import Tok, is_cap, words

__all__ = ["MAX_SENTENCE_TOKENS", "find_reported"]

#: Sentences longer than this (in tokens) are searched in windows of this size.
MAX_SENTENCE_TOKENS = 300

_BE = frozenset(["is", "was", "are", "were", "be", "been", "being"])
_SAY_LIKE = frozenset(words("say add insist claim argue warn note explain stress"))
_OBJ_PRONOUNS = frozenset(["me", "him", "her", "us", "them", "you"])
#: Words that end a two-word object rather than a clause (``posted it online``).
_NOT_VERB = frozenset(words("again too also twice once online here there home instead first"))
_BAD_START = frozenset(
    words("""since about of for nothing with into by from in on at after during up down out off""")
)
_DOCUMENT_NOUNS = frozenset(
    words(
        """report reports filing filings results poll polls survey surveys study studies
        data records documents responses figures analysis audit review chart charts memo
        records footage video"""
    )
)
_NOMINAL = frozenset(
    ["words", "view", "opinion", "estimation", "telling", "account", "reading", "count"]
)


def _too_short(toks: list[Tok], start: int, hi: int) -> bool:
    """Whether the content ``toks[start:hi]`` is too short to be a reported clause.

    An infinitive needs two words (``to resign``), a clause three, or two when they
    read as subject and verb (``said it works``, ``said that prices rose``): the first
    a subject pronoun, a name, or any word after ``that``; the second not an object
    pronoun or adverb. Single words (``said yes``) and two-word objects (``said a
    prayer``, ``said thank you``, ``denied it again``) stay out.
    """
    n = word_count(toks, start, hi)
    if toks[start].low == "to":
        return n < 2
    if n != 2:
        return n < 3
    first, second = (t for t in toks[start:hi] if t.kind == "w")
    subject = (
        first.low in SUBJECT_PRONOUNS
        or (is_cap(first) and first.low not in NOT_NAME)
        or (start > 0 and toks[start - 1].low == "that" and first.low not in DETERMINERS)
    )
    verb = not (
        second.low in _OBJ_PRONOUNS
        or second.low in _NOT_VERB
        or second.low in TIME
        or second.low.endswith(("ly", "self", "selves"))
    )
    return not (subject and verb)


def _skip_adverbials(toks: list[Tok], k: int, hi: int) -> int:
    """Skip time words and a prepositional phrase that is followed by ``that``."""
    while k < hi and toks[k].kind == "w" and toks[k].low in TIME:
        k += 1
    if k < hi and toks[k].low in PREP:
        for m in range(k + 1, min(hi, k + 7)):
            if toks[m].kind != "w":
                break
            if toks[m].low == "that":
                return m
        if k + 1 < hi and toks[k + 1].low in TIME:
            k += 2
            while k < hi and toks[k].low in TIME:
                k += 1
    return k


def _content_start(toks: list[Tok], k: int, hi: int, lemma: str) -> int | None:
    """Token index where the reported content starts after the cue, or ``None``."""
    k = _skip_adverbials(toks, k, hi)
    if k < hi and toks[k].text == ",":
        return None
    if lemma in ADDRESSEE_VERBS and k < hi:
        if toks[k].low in _OBJ_PRONOUNS:
            k += 1
        else:
            found = False
            for m in range(k, min(hi, k + 7)):
                t = toks[m]
                if t.kind != "w":
                    break
                if t.low == "that" or t.low in WH or (t.low == "to" and lemma in INFINITIVE_VERBS):
                    k = m
                    found = True
                    break
            if not found and lemma == "tell" and toks[k].kind == "w" and toks[k].low != "that":
                k += 2 if toks[k].low in ("the", "a", "an") else 1  # "told reporters C"
        k = _skip_adverbials(toks, k, hi)
    if k < hi and toks[k].low == "that":
        k += 1
    elif k < hi and toks[k].low in _BAD_START:
        return None
    if k < hi and toks[k].low in ("and", "but"):
        k += 1
    return k if k < hi else None


def _required(toks: list[Tok], k: int, hi: int, lemma: str, document: bool = False) -> int | None:
    """Apply the complement rules of object verbs; return the content start."""
    need = OBJECT_VERBS.get(lemma)
    if need is None:
        return k
    if lemma == "call":
        if k < hi and toks[k].low == "for":
            return k + 1
        if k < hi and toks[k].low == "on":
            for m in range(k + 1, min(hi, k + 8)):
                if toks[m].low == "to":
                    return m
            return None
        # call X "Y": an object with a real word, then a quotation
        for m in range(k, min(hi, k + 7)):
            if toks[m].kind == "q":
                words = [t for t in toks[k : m - 1] if t.kind == "w"]
                if any(t.low not in ("a", "an", "the", "it") for t in words):
                    return k
                return None
        return None
    if lemma == "point":
        return k + 1 if k < hi and toks[k].low == "out" else None
    if lemma in ("find", "show", "rule", "state"):
        if k < hi and toks[k].low == "that":
            return k
        return k if document and lemma in ("find", "show") else None
    window = toks[k : min(hi, k + 10)]
    return k if any(t.low in need for t in window) else None


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
    return [*found, *_scan(toks, lo, hi, end_char, subject)]


def _match_at(
    toks: list[Tok],
    i: int,
    lo: int,
    hi: int,
    subject: tuple[int, int] | None,
    shared: tuple[int, int] | None = None,
) -> tuple[tuple[int, int], tuple[int, int], int, int] | None:
    """Try the cue at token ``i``: ``(source, (cue_start_tok, cue_end_char), start, stop)``.

    ``shared`` is the source of a coordinated cue (``... and warned that C``).
    """
    lemma = cue_word(toks[i])
    phrasal = (
        toks[i].low in ("made", "makes", "making") and i + 1 < hi and toks[i + 1].low == "clear"
    )
    if phrasal:
        lemma = "make clear"
    if lemma is None:
        return None
    if i + 1 < hi and toks[i + 1].low in ("nothing", "to") and lemma in ("say", "tell"):
        return None  # "said nothing about", "told to"
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
            and toks[b - 1].kind == "w"
            and not any(toks[x].low in _BE for x in range(b + 1, i))
            and (lemma in _SAY_LIKE or (i + 1 < hi and toks[i + 1].low == "that"))
        ):
            got = (subject[0], subject[1], b + 1)  # "X filed for bankruptcy and said C"
    if got is None and toks[i].low.endswith("ing") and subject is not None:
        b = i - 1
        while b > lo and toks[b].kind == "w" and toks[b].low in AUXILIARIES | {"only"}:
            b -= 1
        if toks[b].text == "," and subject[1] <= b:
            near = clause_subject(toks, subject, b)
            got = (near[0], near[1], i)  # "..., saying that C": the clause subject
    if got is None or toks[got[1] - 1].text.endswith(("'s", "’s", "s'", "s’")):
        return None
    if shared is None and (
        got[0] < lo or any(t.kind == "w" and t.low in NEGATIONS for t in toks[got[2] : i])
    ):
        return None
    k = i + 2 if phrasal else i + 1
    cue_end = toks[k - 1].end
    if lemma in ("say", "tell") and k < hi and toks[k].low == "so":
        return None
    document = toks[got[1] - 1].low in _DOCUMENT_NOUNS
    start = _required(toks, k, hi, lemma, document)
    if start is None:
        return None
    if lemma == "point":
        cue_end = toks[start - 1].end
        start = _content_start(toks, start, hi, lemma)
    elif lemma == "call" and toks[start - 1].low in ("for", "on"):
        cue_end = toks[start - 1].end if toks[start - 1].low == "for" else cue_end
    elif lemma == "call":
        pass  # called X "Y": the object belongs to the content
    else:
        start = _content_start(toks, start, hi, lemma)
    if start is None or start >= hi:
        return None
    if _too_short(toks, start, hi):
        return None
    if toks[start].kind == "w" and toks[start].low in CLAUSE_WORDS - WH - {"that"}:
        return None
    stop = hi
    if lemma in ("call", "urge", "demand") and toks[start - 1].low in ("for", "on", "to"):
        for m in range(start + 1, hi):
            if toks[m].text in (",", ";", "—", "–"):
                stop = m  # "called for an end to X, which ..."
                break
    cue_start = got[2] if shared is None else i
    return (got[0], got[1]), (toks[cue_start].start, cue_end), start, stop


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
    return [Reported(src, cue, [(toks[start].start, stop_char)], attitude)]


def _scan(
    toks: list[Tok],
    lo: int,
    hi: int,
    end_char: int,
    subject: tuple[int, int] | None,
    first_only: bool = False,
) -> list[Reported]:
    """Left-to-right search for ``NP CUE C`` in ``toks[lo:hi]``."""
    for i in range(lo + 1, hi - 1):
        got = _match_at(toks, i, lo, hi, subject)
        if got is not None:
            if first_only and got[0][0] != lo:
                return []
            return _finish(toks, got, hi, end_char, subject, i)
    return []
