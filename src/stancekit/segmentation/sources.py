r"""Speaker mentions: the noun phrase right before or after a cue.

Works on word tokens of the *masked* article (quotation interiors replaced by
``\\x00``), so words inside quotations are never taken for sources or cues.
"""

from __future__ import annotations

from stancekit.segmentation.cues import (
    AUXILIARIES,
    CUE_FORMS,
    DETERMINERS,
    NEGATIONS,
    TITLES,
)
from stancekit.segmentation.names import PREPOSITIONS, SUBJECT_PRONOUNS
from stancekit.segmentation.text import Tok, is_cap, words

__all__ = ["CLAUSE_WORDS", "np_after", "np_before"]


CLAUSE_WORDS = frozenset(
    words(
        """that which who whom whose when while because since although though if after before
        as but so where than whether until unless and or nor yet"""
    )
)
_STOP_AFTER = frozenset(
    words(
        """who which that as on in at after during when while before outside to from whose and
        but during, told"""
    )
)
_TIME_WORDS = frozenset(
    words(
        """monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
        night week weekend month year today yesterday tonight"""
    )
)


_PAST = frozenset(
    words("said told wrote thought felt found saw began swore shot hit spoke went broke")
)


def _nominal(toks: list[Tok], k: int) -> bool:
    """Whether the cue-like word at ``k`` is a noun or modifier, not a verb.

    Only a past-tense form (``said``, ``warned``) inside a noun phrase shows a clause;
    ``the state Department`` and ``newspaper reports`` are nouns.
    """
    t = toks[k].low
    if k > 0 and toks[k - 1].low in DETERMINERS:
        return True
    return not (t.endswith("ed") or t in _PAST)


def _np_ok(toks: list[Tok]) -> bool:
    if not toks or len(toks) > 12:
        return False
    if any(t.kind == "w" and (t.low in AUXILIARIES or t.low in NEGATIONS) for t in toks):
        return False
    if any(
        t.kind == "w" and t.low in CUE_FORMS and t.text.islower() and not _nominal(toks, k)
        for k, t in enumerate(toks)
        if k > 0
    ):
        return False
    first = toks[0]
    if first.kind != "w":
        return False
    if first.low in DETERMINERS or first.text[0].isupper() or first.text[0].isdigit():
        return not (
            len(toks) == 1 and first.low in DETERMINERS and first.low not in _QUANTIFIER_SUBJECTS
        )
    # a bare plural subject: "officials said", "newspaper reports revealed",
    # "right-wing circles in Russia see"
    head = next((k for k, t in enumerate(toks) if t.low in PREPOSITIONS), len(toks)) - 1
    last = toks[max(head, 0)].low
    return last.endswith("s") or last in _COLLECTIVE or first.low in SUBJECT_PRONOUNS


#: Quantifiers that stand alone as a subject: "Many said ...", "Some argued ...".
_QUANTIFIER_SUBJECTS = frozenset(
    ["both", "all", "many", "some", "most", "several", "another", "one", "others", "two", "three"]
)

#: Plural nouns without a final s that are bare subjects of a cue (``police said``).
_COLLECTIVE = frozenset(["police", "people", "staff", "personnel", "media", "press", "clergy"])


def _boundary(toks: list[Tok], i: int) -> bool:
    """Whether a noun phrase may start at token ``i`` (a clause boundary before it)."""
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.kind in "pq" or prev.low in CLAUSE_WORDS or prev.low in PREPOSITIONS


def np_before(toks: list[Tok], i: int) -> tuple[int, int, int] | None:
    """The subject of the cue at token ``i``.

    Skips auxiliaries and adverbs before the cue (``has also argued``), takes a
    pronoun right before it, steps over an appositive or relative clause between
    commas (``Luis Ferrante, who has driven the route, said``), and prefers a name in
    apposition to a role (``the authority's director, Helen Ostrowski, said``).

    Returns:
        ``(np_start_tok, np_end_tok, cue_start_tok)``: the phrase is
        ``toks[np_start_tok:np_end_tok]`` and the cue starts at ``cue_start_tok``
        (auxiliaries included), or ``None``.
    """
    j = i - 1
    cue_start = i
    while (
        j >= 0
        and toks[j].kind == "w"
        and (toks[j].low in AUXILIARIES or (toks[j].low.endswith("ly") and toks[j].text.islower()))
    ):
        if toks[j].low in NEGATIONS:
            return None
        if toks[j].low in ("is", "was", "are", "were", "be", "been", "being") and not (
            toks[i].low.endswith("ing") and toks[j].low != "being"
        ):
            return None  # a passive ("it is believed", "is said to"): no speaker here
        if toks[j].low in (
            "has",
            "have",
            "had",
            "will",
            "would",
            "is",
            "was",
            "are",
            "were",
            "could",
            "may",
            "might",
            "did",
            "does",
            "do",
            "should",
        ):
            cue_start = j
        j -= 1
    if j < 0:
        return None
    if toks[j].kind == "w" and toks[j].low in NEGATIONS:
        return None
    if toks[j].kind == "w" and toks[j].low in SUBJECT_PRONOUNS:
        return j, j + 1, cue_start
    if toks[j].text == ",":
        k = j - 1
        while k >= 0 and toks[k].text != "," and j - k <= 16:
            if toks[k].kind == "p" and toks[k].text not in ".-'’":
                return None
            k -= 1
        if k < 0 or toks[k].text != ",":
            return None
        appos = toks[k + 1 : j]
        before = _np_ending(toks, k - 1)
        if (
            appos
            and all(is_cap(t) or t.text == "." for t in appos)
            and len(appos) <= 5
            and (before is not None or (k > 0 and toks[k - 1].kind == "w"))
        ):
            return k + 1, j, cue_start
        if before is None:
            return None
        return before[0], before[1], cue_start
    got = _np_ending(toks, j)
    if got is None:
        return None
    if toks[got[0]].low in ("neither", "nobody", "none", "no"):
        return None  # "Neither would say whether ..." (B15)
    if got[1] - got[0] > 1 and toks[got[1] - 1].text[0].isdigit():
        return None  # "46 confirmed cases": the cue word is an adjective
    return got[0], got[1], cue_start


def _np_ending(toks: list[Tok], j: int) -> tuple[int, int] | None:
    if j < 0 or toks[j].kind != "w":
        return None
    if toks[j].low in DETERMINERS and toks[j].low not in _QUANTIFIER_SUBJECTS:
        return None  # "the said property"
    if toks[j].low in SUBJECT_PRONOUNS:
        return j, j + 1
    if toks[j].low in PREPOSITIONS or toks[j].low in CLAUSE_WORDS:
        return None
    a = j
    while a > 0 and j - a < 12:
        prev = toks[a - 1]
        if prev.kind != "w" and not (prev.text == "." and a > 1 and toks[a - 2].low in TITLES):
            break
        if prev.low in CLAUSE_WORDS and prev.low != "and":
            break
        if prev.low == "and" and (
            a < 2
            or toks[a - 2].kind != "w"
            or toks[a].low in DETERMINERS
            or toks[a].low in SUBJECT_PRONOUNS
        ):
            break  # "and" starts a clause; it stays inside "Smith and Alvarez"
        if prev.kind == "w" and (prev.low in AUXILIARIES or prev.low in NEGATIONS):
            break
        if (
            prev.kind == "w"
            and prev.low in CUE_FORMS
            and prev.text.islower()
            and not _nominal(toks, a - 1)
        ):
            break
        a -= 1
    # a leading prepositional phrase without a comma: "In March the minister said"
    if toks[a].low in PREPOSITIONS and toks[a].text[0].isupper():
        b = a + 1
        while b <= j and toks[b].low not in DETERMINERS and toks[b].low not in SUBJECT_PRONOUNS:
            b += 1
        if b > j:
            return None
        a = b
    if toks[a].low == "and" or toks[a].low in PREPOSITIONS:
        return None
    end = j + 1
    for k in range(a + 1, j + 1):
        if toks[k].low in ("on", "in", "at", "this", "last") and toks[k].text.islower():
            rest = toks[k + 1 : j + 1]
            if rest and all(t.low in _TIME_WORDS for t in rest):
                end = k
                break
    span = toks[a:end]
    if not span or not _boundary(toks, a) or not _np_ok(span):
        return None
    return a, end


def np_after(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """The subject after an inverted cue at token ``i`` (``said Imani Brooks, who ...``).

    Returns:
        ``(start_tok, end_tok)`` of the phrase, or ``None``.
    """
    a = i + 1
    b = a
    while b < len(toks) and b - a < 10:
        t = toks[b]
        if t.kind != "w" and not (t.text == "." and b > a and toks[b - 1].low in TITLES):
            break
        if b > a and t.low in _STOP_AFTER:
            break
        b += 1
    if b == a:
        return None
    span = toks[a:b]
    if span[-1].kind != "w":
        span = span[:-1]
        b -= 1
    if not span or not _np_ok(span):
        return None
    return a, b
