r"""Speaker mentions: the noun phrase next to a cue, and the name inside it.

Works on word tokens of the *masked* article (quotation interiors replaced by
``\\x00``), so words inside quotations are never taken for sources or cues.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from stancekit.segmentation.cues import (
    AUXILIARIES,
    CUE_FORMS,
    DETERMINERS,
    NEGATIONS,
    TITLES,
)
from stancekit.segmentation.text import words

__all__ = [
    "CLAUSE_WORDS",
    "NOT_NAME",
    "ORG_WORDS",
    "Tok",
    "is_cap",
    "name_in",
    "np_after",
    "np_before",
    "tokenize",
]

_TOK = re.compile(r"\w+(?:[-'’.&]\w+)*(?:(?<=s)['’](?=\s))?|\x00+|[^\w\s]")

CLAUSE_WORDS = frozenset(
    words(
        """that which who whom whose when while because since although though if after before
        as but so where than whether until unless and or nor yet"""
    )
)
_PREPOSITIONS = frozenset(
    words(
        """in on at after during before since by for with under from of to into over about
        despite amid following outside inside near"""
    )
)
_STOP_AFTER = frozenset(
    words(
        """who which that as on in at after during when while before outside to from whose and
        but during, told"""
    )
)
ORG_WORDS = frozenset(
    words(
        """authority council department ministry commission party inc corp corporation company
        co ltd university college hospital police court union association board office
        agency bank group committee government press tribune news times post service
        services institute foundation fund federation league club church school schools
        district county city state project center centre network trust coalition alliance
        army navy force forces parliament congress senate assembly administration bureau
        cabinet kremlin pentagon nato un eu organization organisation society council's"""
    )
)
_TIME_WORDS = frozenset(
    words(
        """monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
        night week weekend month year today yesterday tonight"""
    )
)
_PARTICLES = frozenset(
    ["de", "van", "von", "da", "di", "la", "le", "bin", "al", "du", "del", "der", "den", "ter"]
)
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "it", "i", "we"])
#: Capitalised words that start sentences but never start a name.
NOT_NAME = frozenset(
    words(
        """when in the however but if as although while after before on at for with by from
        since because so and yet still now then there this that these those it its his her
        their our we i he she they last next according under despite during meanwhile also
        only even most many some several both all each every other another one two three
        four five six seven eight nine ten a an no not what why how where who which whether
        january february march april may june july august september october november
        december monday tuesday wednesday thursday friday saturday sunday today yesterday
        presumably otherwise although though instead indeed asked told earlier later per
        following amid across over without within"""
    )
)


class Tok(NamedTuple):
    """A token: a word, one punctuation character, or a masked quotation (``kind`` q)."""

    start: int
    end: int
    text: str
    kind: str  # "w" word, "p" punctuation, "q" masked quotation
    low: str  # the casefolded text


def tokenize(masked: str, start: int, end: int) -> list[Tok]:
    """Tokenize ``masked[start:end]`` into words, punctuation and quotation blocks."""
    out: list[Tok] = []
    for m in _TOK.finditer(masked, start, end):
        t = m.group()
        c = t[0]
        kind = "q" if c == "\x00" else ("w" if c.isalnum() or c == "_" else "p")
        out.append(Tok(m.start(), m.end(), t, kind, t.casefold()))
    return out


def is_cap(t: Tok) -> bool:
    """Whether the token is a word starting with an upper-case letter."""
    return t.text[0].isupper() and t.kind == "w"


def _strip_possessive(t: Tok) -> Tok:
    for suf in ("'s", "’s"):
        if t.text.endswith(suf) and len(t.text) > 2:
            return Tok(t.start, t.end - 2, t.text[:-2], t.kind, t.low[:-2])
    if t.text.endswith(("s'", "s’")):
        return Tok(t.start, t.end - 1, t.text[:-1], t.kind, t.low[:-1])
    return t


_MISS = (-1, -1, 0, "", False)
#: Memo of :func:`_name_core` by token texts (names repeat within and across articles).
_NAME_CACHE: dict[tuple[str, ...], tuple[int, int, int, str, bool] | None] = {}


def _drop_nicknames(toks: list[Tok]) -> list[Tok]:
    """Remove a quoted nickname between name words (``Marcus "Doc" Ellery``)."""
    out: list[Tok] = []
    j = 0
    n = len(toks)
    while j < n:
        if (
            out
            and is_cap(out[-1])
            and j + 3 < n
            and toks[j].kind == "p"
            and toks[j + 1].kind == "q"
            and toks[j + 2].kind == "p"
            and is_cap(toks[j + 3])
        ):
            j += 3
            continue
        out.append(toks[j])
        j += 1
    return out


def name_in(toks: list[Tok]) -> tuple[int, int, str, bool] | None:
    """Find the proper name heading a noun phrase.

    The phrase is cut at its first lower-case preposition that is not inside a
    capitalised name (``A spokesman for the Transit Authority`` -> ``A spokesman``,
    but ``Department of Health`` stays whole), leading titles are dropped
    (``Ukrainian President Volodymyr Zelenskyy`` -> ``Volodymyr Zelenskyy``) and a
    possessive ``'s`` is removed.

    Returns:
        ``(start, end, name, had_title)`` or ``None`` when the phrase has no name.
    """
    toks = _drop_nicknames(toks)
    key = tuple(t.text for t in toks)
    hit = _NAME_CACHE.get(key, _MISS)
    if hit is _MISS:
        hit = _name_core(toks)
        if len(_NAME_CACHE) > 100_000:
            _NAME_CACHE.clear()
        _NAME_CACHE[key] = hit
    if hit is None:
        return None
    i0, i1, trim, name, had_title = hit
    return toks[i0].start, toks[i1].end - trim, name, had_title


def _name_core(toks: list[Tok]) -> tuple[int, int, int, str, bool] | None:
    """:func:`name_in` on token texts: token indices, end trim, name, title flag."""
    cut = len(toks)
    for i, t in enumerate(toks):
        if t.kind == "w" and t.low in _PREPOSITIONS and t.text.islower():
            inside = 0 < i < len(toks) - 1 and is_cap(toks[i - 1]) and is_cap(toks[i + 1])
            if not (inside and t.low == "of"):
                cut = i
                break
        if t.kind == "p" and t.text not in ".-":
            cut = i
            break
    run: list[Tok] = []
    best: list[Tok] = []
    for t in toks[:cut]:
        if (
            is_cap(t)
            or (run and t.kind == "w" and t.low in _PARTICLES)
            or (run and t.text == "." and run[-1].low in TITLES)
            or (run and t.low == "of" and t.kind == "w")
        ):
            run.append(t)
        else:
            if run:
                best = run
            run = []
    if run:
        best = run
    while best and (best[-1].kind != "w" or best[-1].low in _PARTICLES or best[-1].low == "of"):
        best.pop()
    if not best:
        return None
    while best and (
        best[0].low in NOT_NAME
        or (len(best) > 1 and best[0].low.endswith(("ly", "ed")) and best[0].low not in TITLES)
        or (len(best[0].text) > 5 and best[0].low.endswith("ing"))
    ):
        best = best[1:]
    if len(best) > 2:
        # "Emergency Management Director Raymond Cole" -> the words after the last title
        last = max((k for k, t in enumerate(best[:-1]) if t.low in TITLES), default=-1)
        if last >= 0 and not any(t.low in ORG_WORDS or t.low == "of" for t in best[last + 1 :]):
            best = best[last + 1 :]
            if best and best[0].text == ".":
                best = best[1:]
    if not best:
        return None
    if not best:
        return None
    had_title = False
    is_org = any(t.low in ORG_WORDS for t in best)
    while (
        len(best) > 1
        and not (is_org and best[0].low not in ("the", "a", "an"))
        and (
            best[0].low in TITLES
            or best[0].low in ("the", "a", "an")
            or best[0].text == "."
            or (best[0].kind == "w" and best[1].low in TITLES and best[0].low not in ORG_WORDS)
        )
    ):
        if best[0].low in TITLES:
            had_title = True
        best = best[1:]
    if best and best[0].low in ("the", "a", "an", "this", "that"):
        return None
    if len(best) == 1 and best[0].low in TITLES:
        return None
    if len(best) == 1 and best[0].low in DETERMINERS | _SUBJECT_PRONOUNS | {"his", "her", "their"}:
        return None
    final = _strip_possessive(best[-1])
    words = [t.text for t in best[:-1]] + [final.text]
    name = " ".join(words).replace(" .", ".")
    return toks.index(best[0]), toks.index(best[-1]), best[-1].end - final.end, name, had_title


def _nominal(toks: list[Tok], k: int) -> bool:
    """Whether the cue-like word at ``k`` is a noun or modifier (``the state Department``)."""
    return k > 0 and toks[k - 1].low in DETERMINERS


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
            len(toks) == 1 and first.low in DETERMINERS and first.low not in ("both", "all")
        )
    # a bare plural or mass subject: "officials said", "newspaper reports revealed"
    return toks[-1].low.endswith("s") or first.low in _SUBJECT_PRONOUNS


def _boundary(toks: list[Tok], i: int) -> bool:
    """Whether a noun phrase may start at token ``i`` (a clause boundary before it)."""
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.kind in "pq" or prev.low in CLAUSE_WORDS or prev.low in _PREPOSITIONS


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
        if toks[j].low in ("is", "was", "are", "were", "be", "been", "being"):
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
    if toks[j].kind == "w" and toks[j].low in _SUBJECT_PRONOUNS:
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
    if toks[j].low in DETERMINERS and toks[j].low not in ("both", "all"):
        return None  # "the said property"
    if toks[j].low in _SUBJECT_PRONOUNS:
        return j, j + 1
    if toks[j].low in _PREPOSITIONS or toks[j].low in CLAUSE_WORDS:
        return None
    a = j
    while a > 0 and j - a < 12:
        prev = toks[a - 1]
        if prev.kind != "w" and not (prev.text == "." and a > 1 and toks[a - 2].low in TITLES):
            break
        if prev.low in CLAUSE_WORDS and prev.low != "and":
            break
        if prev.low == "and" and not (is_cap(toks[a]) and a > 1 and is_cap(toks[a - 2])):
            break  # "and" coordinates names ("Smith and Alvarez") or starts a clause
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
    if toks[a].low in _PREPOSITIONS and toks[a].text[0].isupper():
        b = a + 1
        while b <= j and toks[b].low not in DETERMINERS and toks[b].low not in _SUBJECT_PRONOUNS:
            b += 1
        if b > j:
            return None
        a = b
    if toks[a].low == "and" or toks[a].low in _PREPOSITIONS:
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
