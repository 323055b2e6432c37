"""What a reader has around a statement: the attribution frame, the text before, the headline.

A statement's stance toward a target often shows only through the article: the words
``"Thirty years. It's in the term sheet."`` are favour of a stadium subsidy only for a
reader who knows who says them, how the article introduces them and what came just
before. :func:`statement_context` builds that context as one short string, the same way
for training data (spans from an annotated data set) and for :func:`stancekit.analyze`
(spans from the segmenter), so the model sees at run time what it saw in training.

The context string has three parts, most important first (a model that must cut the
input cuts from the end):

1. the **frame**: the sentence(s) holding the statement, with the statement itself
   replaced by ``"…"`` (``'Ana Ruiz, who leads the tenants' union, warned that … .'``);
   the speaker as the article introduces them and the reporting verb (praised, slammed,
   warned) carry stance. Where the source or the cue lies outside those sentences (a
   colon introduction in the paragraph before), their words are added.
2. the **headline**: the article's first paragraph, when the statement is not in it
   (short, and it names the article's issue);
3. the **text before** the statement's sentence: up to ``before`` characters of the
   same and the previous paragraphs, cut at a word boundary.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from stancekit.segmentation.text import Paragraph, paragraphs, sentence_bounds

__all__ = ["PART_SEPARATOR", "statement_context"]

#: Written between the parts of a context string.
PART_SEPARATOR = " || "
_ELLIPSIS = "…"
_HEADLINE_CHARS = 200


def _trim_left(text: str, limit: int) -> str:
    """The last ``limit`` characters of ``text``, starting at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    space = cut.find(" ")
    return cut[space + 1 :] if 0 <= space < limit // 3 else cut


def _sentence_window(
    text: str,
    paras: Sequence[Paragraph],
    first: int,
    last: int,
    spans: Sequence[tuple[int, int]],
) -> tuple[int, int]:
    """Start of the sentence holding ``first`` and end of the one holding ``last``."""
    start, end = first, last
    k = bisect.bisect_right(paras, first, key=lambda p: p.end)  # first paragraph ending after
    while k < len(paras) and paras[k].start < last:
        p = paras[k]
        k += 1
        if p.end <= first:
            continue
        inside = [(s, e) for s, e in spans if p.start <= s and e <= p.end]
        for s, e in sentence_bounds(text, p.start, p.end, inside):
            if s <= first < e:
                start = min(start, s)
            if s < last <= e:
                end = max(end, e)
    return start, end


def statement_context(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    source: tuple[int, int] | None = None,
    cue: tuple[int, int] | None = None,
    before: int = 300,
    headline: bool = True,
    paras: Sequence[Paragraph] | None = None,
) -> str:
    r"""The context a reader has for the statement at ``spans`` of the article ``text``.

    Args:
        text: The whole article (headline first, paragraphs separated by newlines).
        spans: The statement's content spans, ``(start, end)`` character offsets, in
            text order.
        source: Span of the mention naming the speaker, if any.
        cue: Span of the reporting expression, if any.
        before: How many characters of text before the statement's sentence to keep.
        headline: Whether to add the headline (the first paragraph).
        paras: ``paragraphs(text)``, when the caller has them (many statements of one
            article: the work per statement then stays independent of the article's
            length).

    Returns:
        ``frame || headline || text before`` (empty parts left out), whitespace
        collapsed; an empty string when there is nothing around the statement.

    Examples:
        >>> article = (
        ...     "Council backs depot plan\n\n"
        ...     "The vote was 5-2. Critics of the plan said it would hurt drivers."
        ... )
        >>> s = article.index("it would")
        >>> statement_context(article, [(s, s + len("it would hurt drivers"))])
        'Critics of the plan said …. || Council backs depot plan || The vote was 5-2.'
    """
    if not spans:
        return ""
    spans = sorted((int(s), int(e)) for s, e in spans)
    first, last = spans[0][0], spans[-1][1]
    if paras is None:
        paras = paragraphs(text)
    w_start, w_end = _sentence_window(text, paras, first, last, spans)
    parts: list[str] = []
    pieces: list[str] = []
    pos = w_start
    for s, e in spans:
        if s < pos:
            continue
        pieces.append(text[pos:s])
        pieces.append(_ELLIPSIS)
        pos = e
    pieces.append(text[pos:w_end])
    frame = " ".join("".join(pieces).split())
    extra: list[str] = []
    for span in (source, cue):
        if span is not None and (span[1] <= w_start or span[0] >= w_end):
            extra.append(" ".join(text[span[0] : span[1]].split()))
    if extra:
        frame = " ".join([*extra, frame])
    if frame.strip(" " + _ELLIPSIS + ".,:;\"'“”‘’"):
        parts.append(frame)
    head = paras[0] if paras else None
    if headline and head is not None and head.end <= first:
        parts.append(_trim_left(text[head.start : head.end], _HEADLINE_CHARS))
    floor = head.end if head is not None and head.end <= w_start else 0
    floor = max(floor, w_start - 2 * before)
    prior = _trim_left(text[floor:w_start], before) if before > 0 else ""
    if prior:
        parts.append(prior)
    return PART_SEPARATOR.join(parts)
