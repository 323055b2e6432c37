"""The shape of an attribution's content and the type of its cue, for recall breakdowns.

The attribution scores are split by what the content looks like (issue 19), so the gap
by shape is visible:

* ``quote``: the content opens with a quotation mark (direct or mixed);
* ``that-clause``: the word before the content is ``that``;
* ``question``: it opens with ``whether``, ``if``, ``why``, ``how``, ``what`` ...;
* ``infinitive``: it opens with ``to``;
* ``clause``: another clause (it holds an auxiliary, copula or ``-ed`` verb in its
  first ten words: ``said prices rose``);
* ``noun-phrase``: anything else (``praised the decision``, ``plans for a strike``).

and by the cue: ``none`` (no cue: headlines, continuations, labels), ``according-to``,
``noun`` (``the claim that``), ``speech-verb`` and ``attitude-verb`` (in the
segmenter's lexicons), ``other-verb`` (a cue the lexicons do not list: the long tail).
The rules are simple word tests, stated here so the numbers can be read; they are an
approximation of the syntax, not a parse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stancekit.segmentation.cues import ATTITUDE_FORMS, lemma_of
from stancekit.segmentation.nominal import FINITE_WORDS, NOUN_CUES

__all__ = ["CUE_TYPES", "SHAPES", "content_shape", "cue_type"]

SHAPES = ("quote", "that-clause", "question", "infinitive", "clause", "noun-phrase")
CUE_TYPES = ("none", "according-to", "noun", "speech-verb", "attitude-verb", "other-verb")

_QUOTES = "\"“”‘’'«»`"
_WORD = re.compile(r"[\w’'-]+")
_DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those"]
)
_WH = frozenset(["whether", "if", "why", "how", "what", "when", "where", "who", "which"])
_FINITE = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "had",
        "have",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "must",
        "did",
        "does",
        "do",
        "won't",
        "can't",
        "isn't",
        "wasn't",
        "don't",
        "didn't",
        "doesn't",
    ]
)


def content_shape(text: str, spans: Sequence[Sequence[int]]) -> str:
    """The shape of the content at ``spans`` of ``text`` (one of :data:`SHAPES`).

    Examples:
        >>> t = "Ana said that prices rose."
        >>> content_shape(t, [[14, 25]])
        'that-clause'
        >>> content_shape("Baxter plans to contest the result.", [[13, 34]])
        'infinitive'
    """
    s = spans[0][0]
    j = s - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if text[s : s + 1] in _QUOTES or (j >= 0 and text[j] in _QUOTES):
        return "quote"
    before = _WORD.findall(text[max(0, s - 20) : s])
    if before and before[-1].casefold() == "that":
        return "that-clause"
    words = [w.casefold() for w in _WORD.findall(text[s : spans[-1][1]])]
    if not words:
        return "noun-phrase"
    if words[0] in _WH:
        return "question"
    if words[0] == "to":
        return "infinitive"
    if any(
        w in _FINITE or w in FINITE_WORDS or (w.endswith("ed") and len(w) > 3) for w in words[1:10]
    ):
        return "clause"
    return "noun-phrase"


def cue_type(text: str, cue: Sequence[int] | None) -> str:
    """The type of the cue at ``cue`` (one of :data:`CUE_TYPES`).

    Examples:
        >>> cue_type("Ana said it works.", [4, 8])
        'speech-verb'
        >>> cue_type("Ana echoed it.", [4, 10])
        'speech-verb'
        >>> cue_type("Ana quipped.", None)
        'none'
    """
    if cue is None:
        return "none"
    words = [w.casefold() for w in _WORD.findall(text[cue[0] : cue[1]])]
    if not words:
        return "none"
    if words[0] == "according" or words[0] == "per":
        return "according-to"
    before = _WORD.findall(text[max(0, cue[0] - 30) : cue[0]])
    prev = before[-1].casefold() if before else ""
    noun_context = prev in _DETERMINERS or prev.endswith(("'s", "’s"))
    if any(w in NOUN_CUES for w in words) and (noun_context or lemma_of(words[0]) is None):
        return "noun"
    for w in reversed(words):
        if lemma_of(w) is not None:
            return "attitude-verb" if w in ATTITUDE_FORMS else "speech-verb"
    return "other-verb"
