"""Cues of direct quotations: after, before or around the quote (A1-A3, A10, A11).

Patterns, tried in this order for each quotation that stands as a sentence of its own
(it follows a sentence start, a colon, a comma or a dash, not a word):

1. after: ``"X," NP CUE`` (``he said``), ``"X," CUE NP`` (``said Lukashenko``);
2. before: ``NP CUE: "X"`` / ``NP CUE, "X"``;
3. dash tag: ``"X" — Name, role`` (A11);
4. colon introduction without a verb: ``The minister was blunt: "X"`` (A10).
"""

from __future__ import annotations

from dataclasses import dataclass

from stancekit.segmentation.cues import CUE_FORMS, NEGATIONS, PARTICLE_CUES
from stancekit.segmentation.names import name_in
from stancekit.segmentation.sources import np_after, np_before
from stancekit.segmentation.text import Tok, is_cap, words

__all__ = [
    "QuoteCue",
    "cue_after",
    "cue_before",
    "dash_tag",
    "plain_subject",
    "subject_at_start",
]

_DASHES = frozenset("—–-")
_INTRO = frozenset(
    words(
        """in on at after before during since by for with from over under despite amid however
        meanwhile still but and yet when while although though if as because earlier later
        last this according"""
    )
)


@dataclass(frozen=True)
class QuoteCue:
    """A matched cue for a quotation (token indices into the sentence's tokens).

    Attributes:
        source: ``(start, end)`` token range of the speaker mention, or ``None``.
        cue: ``(start, end)`` token range of the reporting verb group, or ``None``.
        end: Index of the first token after the matched words.
        how: ``"after"``, ``"before"``, ``"dash"`` or ``"colon"``.
    """

    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    end: int
    how: str


def _is_cue(t: Tok) -> bool:
    return t.kind == "w" and t.text.islower() and t.low in CUE_FORMS


def _cue_end(toks: list[Tok], c: int) -> int:
    """End (exclusive) of a cue starting at token ``c``, or ``-1`` if none starts there."""
    t = toks[c]
    if _is_cue(t):
        return c + 1
    if (
        t.kind == "w"
        and t.text.islower()
        and t.low in PARTICLE_CUES
        and c + 1 < len(toks)
        and toks[c + 1].low == PARTICLE_CUES[t.low]
    ):
        return c + 2
    return -1


def cue_after(toks: list[Tok], k: int) -> QuoteCue | None:
    """Match ``, NP CUE`` or ``, CUE NP`` starting at token ``k`` (after the quote)."""
    while k < len(toks) and toks[k].text == ",":
        k += 1
    if k >= len(toks) or toks[k].kind != "w":
        return None
    if _is_cue(toks[k]):
        got = np_after(toks, k)
        if got is None:
            return None
        return QuoteCue(got, (k, k + 1), got[1], "after")
    for c in range(k + 1, min(len(toks), k + 16)):
        t = toks[c]
        if t.kind != "w":
            if t.text == "." and c > 0 and toks[c - 1].text[:1].isupper():
                continue  # "Mr." inside the phrase
            if t.text == ",":
                continue  # an appositive: "Dalmere's prime minister, Ilse Ravn, said"
            break
        if t.low in NEGATIONS:
            return None
        end = _cue_end(toks, c)
        if end > 0:
            subj = np_before(toks, c)
            if subj is not None and subj[0] >= k:
                return QuoteCue((subj[0], subj[1]), (subj[2], end), end, "after")
            return None
    return None


def cue_before(toks: list[Tok], j: int, floor: int) -> QuoteCue | None:
    """Match ``NP CUE:`` or ``NP CUE,`` ending at token ``j`` (just before the quote)."""
    if j < floor:
        return None
    if toks[j].text in (":", ","):
        j -= 1
    if j < floor or not _is_cue(toks[j]):
        return None
    got = np_before(toks, j)
    if got is None and toks[j].low.endswith("ing") and j - 1 > floor and toks[j - 1].text == ",":
        subj = subject_at_start(toks, floor, j - 1) or plain_subject(toks, floor, j - 1)
        if subj is not None:  # "Protesters gathered, chanting "X"": the clause subject
            return QuoteCue(subj, (j, j + 1), j + 1, "before")
    if got is None or got[0] < floor:
        return None
    return QuoteCue((got[0], got[1]), (got[2], j + 1), j + 1, "before")


def plain_subject(toks: list[Tok], lo: int, hi: int) -> tuple[int, int] | None:
    """The words opening a clause up to its first lower-case verb-like word (past tense)."""
    e = lo
    while e < hi and e - lo < 8 and toks[e].kind == "w" and not toks[e].low.endswith("ed"):
        e += 1
    return (lo, e) if lo < e < hi else None


def dash_tag(toks: list[Tok], k: int) -> QuoteCue | None:
    """Match ``— Name`` right after a quotation (A11)."""
    if k >= len(toks) or toks[k].text not in _DASHES:
        return None
    b = k + 1
    while b < len(toks) and b - k <= 6 and (toks[b].kind == "w" or toks[b].text == "."):
        b += 1
    if b == k + 1 or not is_cap(toks[k + 1]) or name_in(toks[k + 1 : b]) is None:
        return None
    return QuoteCue((k + 1, b), None, b, "dash")


def subject_at_start(toks: list[Tok], lo: int, hi: int) -> tuple[int, int] | None:
    """The subject named at the start of ``toks[lo:hi]``: a name run or a pronoun.

    Skips one leading adverbial ended by a comma (``On Tuesday, the mayor ...``).
    """
    i = lo
    if lo < hi and (toks[lo].low in _INTRO or toks[lo].low.endswith("ly")):
        for k in range(lo, min(hi, lo + 6)):
            if toks[k].text == ",":
                i = k + 1
                break
    elif lo < hi and toks[lo].low in ("her", "his", "its", "their", "the", "a", "an"):
        # "Her opponent, former county executive Martin Greaves, defended ..."
        for k in range(lo, min(hi, lo + 6)):
            if toks[k].text == ",":
                e = k + 1
                while e < hi and e - k < 8 and toks[e].kind == "w":
                    e += 1
                if e < hi and toks[e].text == ",":
                    found = name_in(toks[k + 1 : e])
                    if found is not None:
                        a = next(x for x in range(k + 1, e) if toks[x].start >= found[0])
                        return a, e
                break
    if i >= hi:
        return None
    if toks[i].low in ("he", "she", "it", "i"):
        return i, i + 1
    j = i
    while (
        j < hi
        and j - i < 8
        and (is_cap(toks[j]) or toks[j].text == "." or toks[j].low in ("the", "of"))
    ):
        j += 1
    if j == i or name_in(toks[i:j]) is None:
        return None
    return i, j
