"""Complement rules of reporting verbs: where the reported content starts.

Used by :mod:`~stancekit.segmentation.indirect` after a cue is found: time words and
prepositional phrases before ``that`` are skipped, an addressee is stepped over for
``tell``/``urge`` verbs (B10), object verbs need their complement (``accused X of``,
``called for``), and contents too short to be a clause (``said yes``) are refused.
"""

from __future__ import annotations

from stancekit.segmentation.cues import (
    ADDRESSEE_VERBS,
    AUXILIARIES,
    DETERMINERS,
    INFINITIVE_VERBS,
    OBJECT_VERBS,
)
from stancekit.segmentation.names import NOT_NAME, SUBJECT_PRONOUNS
from stancekit.segmentation.nominal import NOUN_CUES
from stancekit.segmentation.parenthetical import PREP, TIME, WH, cue_word, word_count
from stancekit.segmentation.sources import CLAUSE_WORDS
from stancekit.segmentation.text import Tok, is_cap, words

__all__ = ["DOCUMENT_NOUNS", "content_start", "required", "skip_adverbials", "too_short"]

_OBJ_PRONOUNS = frozenset(["me", "him", "her", "us", "them", "you"])
#: Words that end a two-word object rather than a clause (``posted it online``).
_NOT_VERB = frozenset(words("again too also twice once online here there home instead first"))
_BAD_START = frozenset(
    words("""since about of for nothing with into by from in on at after during up down out off""")
)
DOCUMENT_NOUNS = frozenset(
    words(
        """report reports filing filings results poll polls survey surveys study studies
        data records documents responses figures analysis audit review chart charts memo
        records footage video numbers statistics tally tallies estimates projections
        models census returns ratings count counts"""
    )
)
_NOMINAL = frozenset(
    ["words", "view", "opinion", "estimation", "telling", "account", "reading", "count"]
)


def too_short(toks: list[Tok], start: int, hi: int) -> bool:
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


def skip_adverbials(toks: list[Tok], k: int, hi: int) -> int:
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


def _that_ahead(toks: list[Tok], k: int, hi: int) -> int:
    """Index of a ``that`` within eight words after the cue (words only), else ``k``.

    ``said multiple times that C``, ``said Thursday before a meeting with X that C``.
    """
    for m in range(k, min(hi - 3, k + 9)):
        t = toks[m]
        if t.kind != "w" and t.text != ".":
            return k
        if t.low == "that" and m > k:
            nxt = toks[m + 1]
            if nxt.kind == "w" and nxt.low not in AUXILIARIES and not nxt.low.endswith("ed"):
                return m
            return k
        if (cue_word(t) is not None and t.low not in NOUN_CUES) or t.low in CLAUSE_WORDS:
            return k  # a verb or a clause first; a noun cue may come before "that"
    return k


def content_start(toks: list[Tok], k: int, hi: int, lemma: str) -> int | None:
    """Token index where the reported content starts after the cue, or ``None``."""
    k = skip_adverbials(toks, k, hi)
    if lemma not in ADDRESSEE_VERBS and lemma not in OBJECT_VERBS:
        k = _that_ahead(toks, k, hi)
    if k < hi and toks[k].text == ",":
        return None
    if lemma in ADDRESSEE_VERBS and k < hi:
        if toks[k].low in _OBJ_PRONOUNS:
            k += 1
        else:
            found = False
            commas = 0
            for m in range(k, min(hi, k + 10)):
                t = toks[m]
                if t.text == "," and commas < 2 and m > k:
                    commas += 1  # an addressee in apposition: "warned Syria's president, X, not to"
                    continue
                if t.kind != "w":
                    break
                if t.low == "that" or t.low in WH or (t.low == "to" and lemma in INFINITIVE_VERBS):
                    k = m - 1 if m > k and toks[m - 1].low in ("not", "never") else m
                    found = True
                    break
            if (
                not found
                and lemma in ("tell", "assure", "inform", "remind")
                and toks[k].kind == "w"
                and toks[k].low != "that"
                and (lemma == "tell" or is_cap(toks[k]))
            ):
                k += 2 if toks[k].low in ("the", "a", "an") else 1  # "told reporters C"
        k = skip_adverbials(toks, k, hi)
    if k < hi and toks[k].low == "that":
        if not (k + 1 < hi and toks[k + 1].low in AUXILIARIES and toks[k + 1].low != "also"):
            k += 1  # "said that was more about X": here "that" is the subject
    elif k < hi and toks[k].low in _BAD_START:
        return None
    if k < hi and toks[k].low in ("and", "but"):
        k += 1
    return k if k < hi else None


def required(toks: list[Tok], k: int, hi: int, lemma: str, document: bool = False) -> int | None:
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
        return k  # call X Y without marks: checked by the caller
    if lemma in ("point", "refer", "vote"):
        # "pointed out that C", "pointed to X", "referred to X", "voted against X"
        return k + 1 if k < hi and toks[k].low in need else None
    if lemma in ("find", "show", "rule", "state", "project"):
        if k < hi and toks[k].low == "that":
            return k
        if lemma == "rule" and k < hi and toks[k].low in SUBJECT_PRONOUNS:
            return k  # "it ruled he should be allowed to remain"
        return k if document and lemma in ("find", "show") else None
    window = toks[k : min(hi, k + 10)]
    return k if any(t.low in need for t in window) else None
