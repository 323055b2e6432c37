"""Relative-clause sources and noun cues (C1/C13 variants, B11).

* **Relative sources**: ``Stephanie Clifford, who alleges she had an affair ..., is
  offering``, ``a manicurist who alleged to The Journal that C``. The source is the
  antecedent of ``who``/``which``; a relative clause set off by a comma ends at the
  comma before the main clause's verb (``..., is offering``).
* **Noun cues**: ``the claim that C``, ``his argument that C``, ``allegations that C``,
  ``a report by The New York Times that C``, ``an explanation of why C``, ``the worry
  among consumer groups is that C``. The source is the possessor (``his``, ``Trump's``),
  the ``by``/``among``/``from`` phrase after the noun, or nobody (``None``). ``that``
  must start a clause, not a relative one (``the claims that were made``).
"""

from __future__ import annotations

from stancekit.segmentation.cues import AUXILIARIES, DETERMINERS, lemma_of
from stancekit.segmentation.text import Tok, words

__all__ = [
    "FINITE_WORDS",
    "NOUN_CUES",
    "finite",
    "noun_cue",
    "relative_antecedent",
    "relative_end",
    "subject_clause_end",
]

#: Nouns of saying, claiming and concluding that take a ``that`` clause.
NOUN_CUES = frozenset(
    words(
        """claim claims allegation allegations accusation accusations assertion assertions
        argument arguments warning warnings announcement suggestion suggestions insistence
        complaint complaints promise promises pledge pledges vow vows contention admission
        denial denials prediction predictions assurance assurances conclusion conclusions
        finding findings report reports statement explanation charge charges testimony
        worry argument insinuation acknowledgment acknowledgement declaration fear fears
        hope hopes belief beliefs concern concerns worries doubt doubts expectation
        expectations suspicion suspicions demand demands"""
    )
)
#: Finite verbs that can end a subject noun cue's clause (``... was illegal drew a
#: rebuke``): auxiliaries, copulas and common irregular pasts; ``-ed`` forms count too.
FINITE_WORDS = frozenset(
    words(
        """is was are were has had have will would could can may might should must did does
        do drew drove made took gave won lost met left led brought caught fell rose stood
        struck sent set put kept held ran came got went became began grew hit cut meant
        seems seemed remains remained spread led sparked drew"""
    )
)


def finite(t: Tok) -> bool:
    """Whether ``t`` looks like a finite verb (``was``, ``drew``, ``argued``)."""
    return t.kind == "w" and t.text.islower() and (t.low in FINITE_WORDS or t.low.endswith("ed"))


def subject_clause_end(toks: list[Tok], start: int, hi: int) -> int | None:
    """Where a that-clause in subject position ends: before the main clause's verb.

    ``Ortiz's claim that the levy was illegal drew a rebuke``: the clause has its own
    finite verb (``was``); the next finite verb group after a word (``drew``) is the
    main clause's. A comma or dash first ends the clause there. ``None`` when no main
    verb is found.
    """
    seen = False
    m = start
    while m < hi:
        t = toks[m]
        if t.kind == "p" and t.text in ",;—–(":
            return m if seen else None
        if finite(t):
            if seen and toks[m - 1].kind == "w" and not finite(toks[m - 1]):
                return m
            seen = True
            while m + 1 < hi and (finite(toks[m + 1]) or toks[m + 1].low in ("not", "been")):
                m += 1  # one verb group: "has been", "would not"
        m += 1
    return None


_POSSESSIVES = frozenset(["his", "her", "their", "its", "my", "our"])
_SOURCE_PREPS = frozenset(["by", "among", "from", "of"])
_STOP = frozenset(words("which who whose"))


def relative_antecedent(toks: list[Tok], w: int) -> tuple[int, int] | None:
    """The noun phrase that ``who``/``which`` at token ``w`` refers to.

    ``Baker Kline, who said`` -> ``Baker Kline``; ``a manicurist who alleged`` ->
    ``a manicurist``. Up to six words back, stopping at punctuation, a preposition,
    a verb or a clause word.
    """
    b = w - 1 if w > 0 and toks[w - 1].text == "," else w
    a = b
    while a > 0 and b - a < 6:
        t = toks[a - 1]
        if t.kind != "w" and t.text != ".":
            break
        if t.kind == "w" and t.text.islower() and t.low not in DETERMINERS:
            if lemma_of(t.text) is not None or t.low in ("from", "of", "by", "to", "and"):
                break
            if b - a >= 1 and toks[a].text[0].isupper():
                break  # "otherwise known as Stormy Daniels": keep the name only
        a -= 1
    if a == b or toks[a].kind != "w":
        return None
    if toks[a].low in ("and", "but", "as"):
        a += 1
    return (a, b) if a < b else None


def relative_end(toks: list[Tok], start: int, hi: int, comma_set: bool) -> int:
    """Where a relative clause's content ends: at ``, VERB`` of the main clause."""
    if not comma_set:
        return hi
    for m in range(start + 1, hi - 1):
        if toks[m].text in (",", "—", "–") and toks[m + 1].kind == "w":
            nxt = toks[m + 1].low
            if nxt in AUXILIARIES or finite(toks[m + 1]) or nxt in ("is", "was", "has", "had"):
                return m  # "..., is offering", "..., left early"
    return hi


def noun_cue(
    toks: list[Tok], lo: int, hi: int
) -> tuple[tuple[int, int] | None, int, int, int] | None:
    """Find ``NOUN that C`` / ``NOUN of why C`` in ``toks[lo:hi]``.

    Returns:
        ``(source token range or None, cue token index, content start index, content
        stop index)``; the stop is ``hi`` unless the noun phrase is the sentence's
        subject (``Ortiz's claim that C drew a rebuke``).
    """
    for k in range(lo, hi - 4):
        t = toks[k]
        if t.kind != "w" or t.low not in NOUN_CUES or not t.text.islower():
            continue
        j = k + 1
        src: tuple[int, int] | None = None
        stop = hi
        if toks[j].low in _SOURCE_PREPS and toks[j].low != "of":
            e = j + 1
            while (
                e < hi and e - j <= 6 and toks[e].kind == "w" and toks[e].low not in ("that", "is")
            ):
                e += 1
            if e < hi and toks[e].low in ("that", "is"):
                src = (j + 1, e)
                j = e
        if toks[j].low == "is" and j + 1 < hi and toks[j + 1].low == "that":
            j += 1
        if toks[j].low == "of" and j + 1 < hi and toks[j + 1].low in ("why", "how"):
            start = j + 1
        elif (
            toks[j].low == "that"
            and j == k + 1
            and k - lo <= 5
            and all(x.kind == "w" and not finite(x) for x in toks[lo:k])
        ):
            # "Ortiz's claim that C drew a rebuke": C ends before the main verb
            end = subject_clause_end(toks, j + 1, hi)
            if end is None or end - (j + 1) < 3:
                continue
            start = j + 1
            stop = end
        elif toks[j].low == "that":
            start = j + 1
        else:
            continue
        if start >= stop or toks[start].kind != "w":
            continue
        first = toks[start].low
        if first in AUXILIARIES or first in _STOP or first.endswith("ed"):
            continue  # "the claims that were made": a relative clause
        if sum(x.kind == "w" for x in toks[start:stop]) < 3:
            continue
        if src is None and k > lo:
            p = toks[k - 1]
            if p.low in _POSSESSIVES:
                src = (k - 1, k)
            elif p.text.endswith(("'s", "’s")) and p.text[0].isupper():
                a = k - 1
                while a > lo and toks[a - 1].kind == "w" and toks[a - 1].text[0].isupper():
                    a -= 1
                src = (a, k)
        return src, k, start, stop
    return None
