"""Proper names inside noun phrases: titles, possessives, nicknames, organisations."""

from __future__ import annotations

from stancekit.segmentation.cues import DETERMINERS, TITLES
from stancekit.segmentation.text import Tok, is_cap, words

__all__ = ["NOT_NAME", "ORG_WORDS", "PREPOSITIONS", "SUBJECT_PRONOUNS", "name_in"]

PREPOSITIONS = frozenset(
    words(
        """in on at after during before since by for with under from of to into over about
        despite amid following outside inside near"""
    )
)
SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "it", "i", "we"])
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
_PARTICLES = frozenset(
    ["de", "van", "von", "da", "di", "la", "le", "bin", "al", "du", "del", "der", "den", "ter"]
)
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
        if t.kind == "w" and t.low in PREPOSITIONS and t.text.islower():
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
    if len(best) == 1 and best[0].low in DETERMINERS | SUBJECT_PRONOUNS | {"his", "her", "their"}:
        return None
    final = _strip_possessive(best[-1])
    words = [t.text for t in best[:-1]] + [final.text]
    name = " ".join(words).replace(" .", ".")
    return toks.index(best[0]), toks.index(best[-1]), best[-1].end - final.end, name, had_title
