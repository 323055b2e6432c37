"""Speech acts with a noun-phrase object (D7 made a segment; B2, B13).

``Okafor praised the decision``, ``the union denied the allegations``, ``she condemned
the attack``: there is no reported clause, but the verb is a stance the speaker takes
toward its object. stancekit is about stance, so such a sentence becomes an attributed
segment whose content is the object phrase (``the decision``), not narration. The verbs
are :data:`~stancekit.segmentation.cues.SPEECH_ACT_LEMMAS` (evaluation, rejection and
demand verbs); verbs that are as often actions as speech (``defend``, ``cite``,
``challenge``) are left out.

The object runs from the word after the verb to the first clause boundary: a comma,
semicolon, colon, dash or bracket, a subordinating word (``when``, ``because``,
``after`` ...), a participle cue (``saying``) or ``and``/``but`` starting a new verb
phrase (``... and said C``).
"""

from __future__ import annotations

from stancekit.segmentation.cues import AUXILIARIES, DETERMINERS, SPEECH_ACT_LEMMAS, lemma_of
from stancekit.segmentation.text import Tok, words

__all__ = ["object_phrase", "speech_act"]

_BOUNDARY_PUNCT = frozenset(",;:—–()[]")
_BOUNDARY_WORDS = frozenset(
    words(
        """when while because after before as since although though if during amid despite
        whereas until unless saying adding calling noting arguing insisting warning which who
        whom where"""
    )
)
#: Objects that carry no content of their own (``denied it``, ``praised them``).
_EMPTY = frozenset(words("""her this these those any"""))
_PRONOUNS = frozenset(
    words("""it them him me us you so nothing not to that everything anything something""")
)


def speech_act(lemma: str | None) -> bool:
    """Whether ``lemma`` is a stance-bearing speech act that may take a plain object.

    Examples:
        >>> speech_act("condemn"), speech_act("say")
        (True, False)
    """
    return lemma is not None and lemma in SPEECH_ACT_LEMMAS


def object_phrase(
    toks: list[Tok], k: int, hi: int, keep_as: bool = False
) -> tuple[int, int] | None:
    """The object noun phrase that starts at token ``k``: ``(start, stop)`` or ``None``.

    With ``keep_as``, ``as`` does not end it (``cited the drought as the reason``).

    Examples:
        >>> from stancekit.segmentation.text import tokenize
        >>> text = "She condemned the attack on the clinic, calling it cowardly."
        >>> toks = tokenize(text, 0, len(text))
        >>> a, b = object_phrase(toks, 2, len(toks))
        >>> text[toks[a].start : toks[b - 1].end]
        'the attack on the clinic'
    """
    if k >= hi or toks[k].kind != "w":
        return None
    first = toks[k]
    if first.low in _PRONOUNS:
        return None  # "denied it again", "praised them"
    if first.low in _EMPTY and (k + 1 >= hi or toks[k + 1].kind != "w"):
        return None
    stop = k
    while stop < hi:
        t = toks[stop]
        if t.kind == "p" and (t.text in _BOUNDARY_PUNCT or (t.text == "." and stop == hi - 1)):
            break
        if t.kind == "w" and stop > k and t.low in _BOUNDARY_WORDS:
            noun = t.low.endswith("ing") and toks[stop - 1].low in DETERMINERS  # "the warning"
            if not (keep_as and t.low == "as") and not noun:  # "cited X as the reason"
                break
        if (
            t.kind == "w"
            and t.low in ("and", "but")
            and stop + 1 < hi
            and toks[stop + 1].kind == "w"
            and (
                lemma_of(toks[stop + 1].text) is not None
                or toks[stop + 1].low in AUXILIARIES
                or toks[stop + 1].low.endswith("ed")
            )
        ):
            break
        stop += 1
    if stop == k:
        return None
    return k, stop
