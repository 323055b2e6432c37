"""Headline and label-line attributions (A12 without marks, transcripts).

Headlines drop quote marks and verbs' tense and put the speaker first:

* ``NAME: CONTENT`` (``Steve Bannon: Firing Comey the worst mistake``);
* ``CONTENT: NAME`` (``Trump still has 'full confidence' in Kelly: Kellyanne Conway``);
* ``NAME Says|Claims|Warns ... CONTENT`` (a capitalised cue verb, ``Warren Says ...``).

A paragraph is read as a headline only when it is one sentence with no final
``.``/``!``/``?`` and most of its longer words are capitalised (title case). A
transcript label line (``WILTON MCKENZIE: I'm doing great.``: an upper-case name and a
colon) is read the same way in any paragraph. The speaker part must look like a name: 1
to 4 capitalised words, not a section label (``UPDATE:``, ``SEE ALSO:``, ``Editorial:``).
"""

from __future__ import annotations

from stancekit.segmentation.cues import SPEECH_FORMS
from stancekit.segmentation.drafts import Reported
from stancekit.segmentation.text import Tok, words

__all__ = ["headline_attributions", "is_headline"]

_LABELS = frozenset(
    words(
        """update updated editorial opinion analysis watch video photos photo exclusive
        breaking live see also read more related story listen review explainer factbox
        timeline poll report editor note correction clarification source sources image
        caption credit getty reuters ap afp transcript"""
    )
)
_MAX_NAME = 4


def is_headline(toks: list[Tok], text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` (one whole paragraph) reads as a title-case headline."""
    if e <= s or text[e - 1] in ".!?" or len(toks) > 40:
        return False
    long = [t for t in toks if t.kind == "w" and len(t.text) >= 4]
    if len(long) < 3:
        return False
    caps = sum(t.text[0].isupper() for t in long)
    return caps >= 0.6 * len(long)


def _name_run(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` is 1-4 capitalised words (a speaker, not a label)."""
    if not 0 < b - a <= _MAX_NAME + 2:
        return False
    ws = [t for t in toks[a:b] if t.kind == "w"]
    if not ws or len(ws) > _MAX_NAME or any(t.low in _LABELS for t in ws):
        return False
    return all(t.text[0].isupper() for t in ws) and all(
        t.kind == "w" or t.text in ".’'" for t in toks[a:b]
    )


def headline_attributions(
    toks: list[Tok], text: str, s: int, e: int, headline: bool
) -> list[Reported]:
    """Attributions of a headline (``headline``) or of a transcript label line.

    Args:
        toks: The paragraph's tokens (quotations masked).
        text: The article.
        s: Paragraph start.
        e: Paragraph end.
        headline: :func:`is_headline` holds for the paragraph.

    Returns:
        Zero or one match.

    Examples:
        >>> from stancekit.segmentation.text import tokenize
        >>> t = "Elizabeth Warren Says 2016 Nomination Rigged For Clinton"
        >>> r = headline_attributions(tokenize(t, 0, len(t)), t, 0, len(t), True)
        >>> t[r[0].content[0][0] : r[0].content[0][1]]
        '2016 Nomination Rigged For Clinton'
    """
    n = len(toks)
    colon = next((k for k in range(n) if toks[k].text == ":"), -1)
    if colon > 0 and colon + 2 < n:
        upper = all(t.text.isupper() for t in toks[:colon] if t.kind == "w")
        if (headline or (upper and colon >= 2)) and _name_run(toks, 0, colon):
            return [Reported((0, colon), (0, 0), [(toks[colon + 1].start, e)])]
    if not headline:
        return []
    if colon > 1 and colon + 1 < n and _name_run(toks, colon + 1, n):
        return [Reported((colon + 1, n), (0, 0), [(toks[0].start, toks[colon - 1].end)])]
    for k in range(1, min(n - 2, _MAX_NAME + 1)):
        t = toks[k]
        if (
            t.kind == "w"
            and t.text[0].isupper()
            and t.low in SPEECH_FORMS
            and _name_run(toks, 0, k)
        ):
            if toks[k].low.endswith("ing"):
                break
            return [Reported((0, k), (t.start, t.end), [(toks[k + 1].start, e)])]
    return []
