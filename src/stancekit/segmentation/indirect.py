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

from dataclasses import dataclass

from stancekit.segmentation.cues import (
    ADDRESSEE_VERBS,
    ATTITUDE_FORMS,
    AUXILIARIES,
    INFINITIVE_VERBS,
    NEGATIONS,
    OBJECT_VERBS,
    lemma_of,
)
from stancekit.segmentation.sources import CLAUSE_WORDS, np_after, np_before
from stancekit.segmentation.text import Tok, words

__all__ = ["Reported", "find_reported"]

_TIME = frozenset(
    words(
        """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
        earlier later again also recently repeatedly privately publicly separately last week
        month year morning afternoon evening night weekend"""
    )
)
_PREP = frozenset(
    words("""in on at after during to via through before by over with from outside""")
)
_OBJ_PRONOUNS = frozenset(["me", "him", "her", "us", "them", "you"])
_WH = frozenset(["whether", "if", "why", "how", "what", "when", "where", "who", "which"])
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


@dataclass(frozen=True)
class Reported:
    """One reported-speech match.

    Attributes:
        source: Token range of the speaker phrase, or ``None``.
        cue: Character span of the cue.
        content: Character spans of the content, in order.
        attitude: The cue is an attitude verb.
    """

    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: list[tuple[int, int]]
    attitude: bool = False


def _cue_word(t: Tok) -> str | None:
    if t.kind != "w" or not t.text.islower():
        return None
    return lemma_of(t.text)


def _skip_adverbials(toks: list[Tok], k: int, hi: int) -> int:
    """Skip time words and a prepositional phrase that is followed by ``that``."""
    while k < hi and toks[k].kind == "w" and toks[k].low in _TIME:
        k += 1
    if k < hi and toks[k].low in _PREP:
        for m in range(k + 1, min(hi, k + 7)):
            if toks[m].kind != "w":
                break
            if toks[m].low == "that":
                return m
        if k + 1 < hi and toks[k + 1].low in _TIME:
            k += 2
            while k < hi and toks[k].low in _TIME:
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
                if t.low == "that" or t.low in _WH or (t.low == "to" and lemma in INFINITIVE_VERBS):
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


def _words(toks: list[Tok], a: int, b: int) -> int:
    return sum(1 for t in toks[a:b] if t.kind in "wq")


def _clause_subject(toks: list[Tok], subject: tuple[int, int], b: int) -> tuple[int, int]:
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


def _according(toks: list[Tok], lo: int, hi: int, end_char: int) -> Reported | None:
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
                if c > head[2] and c + 1 < hi and _words(toks, c + 1, hi) >= 3:
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
            while e < hi and toks[e].kind == "w":
                e += 1
            if e == c + 3:
                return None
            spans = [(toks[lo].start, toks[c - 1].end)]
            if e < hi - 1 and toks[e].text == "," and _words(toks, e + 1, hi) >= 2:
                spans.append((toks[e + 1].start, end_char))
            return Reported((c + 3, e), (toks[c + 1].start, toks[c + 2].end), spans)
    return None


def _parenthetical(toks: list[Tok], lo: int, hi: int, end_char: int) -> Reported | None:
    """``C, NP CUE.`` or ``C1, NP CUE, C2`` (D3)."""
    commas = [c for c in range(lo + 2, hi) if toks[c].text == ","]
    for c in commas:
        k = c + 1
        if k >= hi:
            break
        match = None
        lemma = _cue_word(toks[k])
        if lemma is not None and toks[k].low in ("said", "says", "added", "noted", "wrote"):
            got = np_after(toks, k)
            if got is not None:
                match = (got, (toks[k].start, toks[k].end), got[1])
        else:
            for m in range(k + 1, min(hi, k + 9)):
                if toks[m].kind != "w":
                    break
                lemma = _cue_word(toks[m])
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
        if _words(toks, lo, c) < 2:
            continue
        a = lo + 1 if toks[lo].low in ("but", "and") else lo
        spans = [(toks[a].start, toks[c - 1].end)]
        # trailing adverbials ("officials said Tuesday"), then a comma and more content
        e = after
        if e < hi and toks[e].kind == "w" and (toks[e].low in _TIME or toks[e].low in _PREP):
            e += 1  # "officials said Tuesday", "the ministry said in a statement"
            while e < hi and e - after < 6 and toks[e].kind == "w":
                e += 1
        if e < hi and toks[e].text == "," and _words(toks, e + 1, hi) >= 2:
            spans.append((toks[e + 1].start, end_char))
        elif e < hi and not (e >= hi - 2 and toks[e].text in ".!?\"”’'"):
            continue
        return Reported((s0, s1), cue, spans)
    return None


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
    lo, hi = 0, len(toks)
    if hi >= 2 and toks[0].low == "that" and toks[1].low == "said":
        lo = 3 if hi > 2 and toks[2].text == "," else 2  # B14: "That said, ..."
    if hi - lo < 4:
        return []
    found: list[Reported] = []
    if toks[lo].low in ("asked", "pressed") and toks[lo].text[0].isupper():
        question = _agentless_question(toks, lo, hi)
        if question is None:
            return []  # "Asked about the delay, ..." has no content of its own
        found.append(question[0])
        lo = question[1]
        if hi - lo < 4:
            return found
    if toks[lo].low == "told" and toks[lo].text[0].isupper():
        return found  # "Told to leave, he refused." (B14)
    acc = _according(toks, lo, hi, end_char)
    if acc is not None:
        return [*found, acc]
    par = _parenthetical(toks, lo, hi, end_char)
    if par is not None:
        return [*found, par]
    return [*found, *_scan(toks, lo, hi, end_char, subject)]


def _agentless_question(toks: list[Tok], lo: int, hi: int) -> tuple[Reported, int] | None:
    """``Asked [by NP] whether C, ...`` (D8): the question, and where the clause goes on."""
    wh = next((k for k in range(lo + 1, min(hi, lo + 12)) if toks[k].low in _WH), None)
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
    lemma = _cue_word(toks[i])
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
    if got is None and toks[i].low.endswith("ing") and subject is not None:
        b = i - 1
        while b > lo and toks[b].kind == "w" and toks[b].low in AUXILIARIES | {"only"}:
            b -= 1
        if toks[b].text == "," and subject[1] <= b:
            near = _clause_subject(toks, subject, b)
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
    else:
        start = _content_start(toks, start, hi, lemma)
    if start is None or start >= hi:
        return None
    need = 2 if toks[start].low == "to" else 3
    if _words(toks, start, hi) < need:
        return None
    if toks[start].kind == "w" and toks[start].low in CLAUSE_WORDS - _WH - {"that"}:
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
            if c < hi and _cue_word(toks[c]) and not toks[c].low.endswith("ing"):
                got = _match_at(toks, c, m + 1, hi, subject, shared=src)
                if got is not None:
                    return m, _finish(toks, got, hi, 0, subject, c)
            elif toks[m - 1].text == ",":
                rest = _scan(toks, m + 1, hi, 0, subject, first_only=True)
                if rest:
                    return m, rest
        elif t.text == "," and toks[m + 1].low.endswith("ing") and _cue_word(toks[m + 1]):
            got = _match_at(toks, m + 1, m + 1, hi, subject, shared=src)
            if got is not None:
                return m, _finish(toks, got, hi, 0, subject, m + 1)
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
