"""Reported speech framed by a set-off cue phrase (B11, D3, D8).

* ``According to NP, C`` / ``C, according to NP[, C2]`` / ``In NP's words, C`` / ``Per NP, C``;
* a parenthetical cue in the middle or at the end: ``C1, NP CUE, C2`` / ``C, NP CUE.``;
* an agentless question: ``Asked [by NP] whether C, ...``.
"""

from __future__ import annotations

from stancekit.segmentation.cues import OBJECT_ACT_LEMMAS, OBJECT_VERBS, TITLES, lemma_of
from stancekit.segmentation.drafts import Reported
from stancekit.segmentation.sources import np_after, np_before
from stancekit.segmentation.text import Tok, words

__all__ = [
    "according",
    "agentless_question",
    "clause_subject",
    "cue_word",
    "parenthetical",
    "word_count",
]

TIME = frozenset(
    words(
        """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
        earlier later again also recently repeatedly privately publicly separately last
        week month year morning afternoon evening night weekend"""
    )
)
PREP = frozenset(words("in on at after during to via through before by over with from outside"))
WH = frozenset(["whether", "if", "why", "how", "what", "when", "where", "who", "which"])
_NOMINAL = frozenset(words("words view opinion estimation telling account reading count"))
_RELATIVE = frozenset(words("who whom whose which that"))
#: Openers of a short adverbial that a later cue splits off (``In closing``, ``By then``).
_FRAGMENT_OPENERS = frozenset(words("then still meanwhile instead also now so yet first"))


def cue_word(t: Tok) -> str | None:
    """The lemma of a lower-case cue verb token, or ``None``."""
    if t.kind != "w" or not t.text.islower():
        return None
    return lemma_of(t.text)


def word_count(toks: list[Tok], a: int, b: int) -> int:
    """Words in ``toks[a:b]``; a quotation counts as three."""
    return sum(1 if t.kind == "w" else 3 if t.kind == "q" else 0 for t in toks[a:b])


def clause_subject(toks: list[Tok], subject: tuple[int, int], b: int) -> tuple[int, int]:
    """The subject of the clause just before token ``b`` (``but Kestria refused``)."""
    for k in range(b - 1, subject[1], -1):
        if toks[k].low in ("but", "and", "while", "whereas") and k + 1 < b:
            a = k + 1
            e = a
            while e < b and toks[e].kind == "w" and toks[e].text[0].isupper():
                e += 1
            if e > a and toks[a].low not in ("the", "a", "an"):
                return a, e
            if toks[a].low in ("he", "she", "it", "they"):
                return a, a + 1
            break
    return subject


def according(toks: list[Tok], lo: int, hi: int, end_char: int) -> Reported | None:
    """``According to NP, C`` and its variants (B11); ``None`` if absent."""
    t0 = toks[lo]
    # sentence-initial: According to NP, C  /  In NP's words, C  /  Per NP, C
    head = None
    if t0.low == "according" and lo + 1 < hi and toks[lo + 1].low == "to":
        head = (lo, lo + 2, lo + 2)
    elif t0.low == "per" and t0.text[0].isupper():
        head = (lo, lo + 1, lo + 1)
    elif t0.low == "in" and lo + 2 < hi:
        for m in range(lo + 1, min(hi, lo + 8)):
            if toks[m].low in _NOMINAL and toks[m - 1].text.endswith(("'s", "’s")):
                head = (lo, m + 1, lo + 1)
                break
    if head is not None:
        for c in range(head[1], min(hi, head[1] + 12)):
            if toks[c].text == ",":
                if c > head[2] and c + 1 < hi and word_count(toks, c + 1, hi) >= 3:
                    src_end = c if head[1] == head[2] else head[1] - 1
                    return Reported(
                        (head[2], src_end),
                        (toks[head[0]].start, toks[head[1] - 1].end),
                        [(toks[c + 1].start, end_char)],
                    )
                break
        return None
    # C, according to NP[, C2]
    for c in range(lo + 2, hi - 2):
        if toks[c].text == "," and toks[c + 1].low == "according" and toks[c + 2].low == "to":
            e = c + 3
            while e < hi and toks[e].kind == "w" and not (e > c + 3 and toks[e].low in _RELATIVE):
                e += 1  # "according to an official who spoke on condition of anonymity"
            if e == c + 3:
                return None
            spans = [(toks[lo].start, toks[c - 1].end)]
            if e < hi - 1 and toks[e].text == "," and word_count(toks, e + 1, hi) >= 2:
                spans.append((toks[e + 1].start, end_char))
            return Reported((c + 3, e), (toks[c + 1].start, toks[c + 2].end), spans)
    return None


def parenthetical(toks: list[Tok], lo: int, hi: int, end_char: int) -> Reported | None:
    """``C, NP CUE.`` or ``C1, NP CUE, C2`` (D3)."""
    commas = [c for c in range(lo + 1, hi) if toks[c].text == ","]
    for c in commas:
        k = c + 1
        if k >= hi:
            break
        match = None
        lemma = cue_word(toks[k])
        if lemma is not None and toks[k].low in ("said", "says", "added", "noted", "wrote"):
            got = np_after(toks, k)
            if got is not None and toks[got[0]].low not in (
                "his",
                "her",
                "their",
                "its",
                "my",
                "our",
            ):
                match = (got, (toks[k].start, toks[k].end), got[1])
        else:
            for m in range(k + 1, min(hi, k + 9)):
                if toks[m].text == "." and toks[m - 1].low in TITLES:
                    continue  # "..., Rep. Tom Baxter said."
                if toks[m].kind != "w":
                    break
                lemma = cue_word(toks[m])
                if lemma is not None and lemma in OBJECT_ACT_LEMMAS:
                    break  # "residents backed by the group": not a parenthetical cue
                if lemma is not None and lemma not in OBJECT_VERBS:
                    sub_np = np_before(toks, m)
                    if sub_np is not None and sub_np[0] == k:
                        match = (
                            (sub_np[0], sub_np[1]),
                            (toks[sub_np[2]].start, toks[m].end),
                            m + 1,
                        )
                    break
        if match is None:
            continue
        (s0, s1), cue, after = match
        if word_count(toks, lo, c) < 1:
            continue
        a = lo + 1 if toks[lo].low in ("but", "and") else lo
        spans = [(toks[a].start, toks[c - 1].end)]
        fragment = word_count(toks, a, c) <= 3 and (
            toks[a].low in PREP or toks[a].low in _FRAGMENT_OPENERS
        )  # "By then, Gomez said, C": the opening adverbial is no content of its own
        # trailing adverbials ("officials said Tuesday"), then a comma and more content
        e = after
        if lemma == "tell" and e < hi and toks[e].kind == "w" and toks[e].low not in PREP:
            x = e  # "..., Sheriff Jim Thornton told reporters." : skip the addressee
            while x < hi and x - e < 4 and toks[x].kind == "w":
                x += 1
            if x >= hi - 1 or toks[x].text == ",":
                e = x
        if e < hi and toks[e].kind == "w" and (toks[e].low in TIME or toks[e].low in PREP):
            e += 1  # "officials said Tuesday", "the ministry said in a statement"
            while e < hi and e - after < 6 and toks[e].kind == "w":
                e += 1
        if e < hi and toks[e].text == "," and word_count(toks, e + 1, hi) >= 2:
            spans.append((toks[e + 1].start, end_char))
            if fragment:
                spans = spans[1:]
        elif (e < hi and not (e >= hi - 2 and toks[e].text in ".!?\"”’'")) or fragment:
            continue
        return Reported((s0, s1), cue, spans)
    return None


def agentless_question(toks: list[Tok], lo: int, hi: int) -> tuple[Reported, int] | None:
    """``Asked [by NP] whether C, ...`` (D8): the question, and where the clause goes on."""
    wh = next((k for k in range(lo + 1, min(hi, lo + 12)) if toks[k].low in WH), None)
    if wh is None or any(toks[k].kind != "w" and toks[k].text != "." for k in range(lo, wh)):
        return None
    comma = next((k for k in range(wh + 1, hi) if toks[k].text == ","), None)
    if comma is None or comma - wh < 2:
        return None
    source = None
    if toks[lo + 1].low == "by" and wh > lo + 2:
        source = (lo + 2, wh)
    cue = (toks[lo].start, toks[lo].end)
    return Reported(source, cue, [(toks[wh].start, toks[comma - 1].end)]), comma + 1
