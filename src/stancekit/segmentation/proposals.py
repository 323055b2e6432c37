"""From the tagger's spans to attributions: pair each content with its cue and source.

The tagger (:mod:`stancekit.segmentation.tagger`) tags spans; it does not say which source
goes with which content. Within one sentence, each content takes the nearest cue, and the
cue takes the nearest source outside the content; contents that share a cue are one
attribution (``"Q1," she said, "Q2."``). The sentence pass then resolves the source with
the rules' resolver, so ``he`` and ``the minister`` become names as they do for the rules.

Pure Python.

Examples:
    >>> T = TaggedSpan
    >>> props = pair_spans([T("source", 0, 6, .9), T("cue", 7, 11, .9),
    ...                     T("content", 12, 33, .9)])
    >>> props[0].content, props[0].source, props[0].cue
    ([(12, 33)], (0, 6), (7, 11))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = [
    "MAX_GAP_CHARS",
    "MIN_CONTENT_SCORE",
    "MIN_CONTENT_WORDS",
    "Proposal",
    "TaggedSpan",
    "pair_spans",
]

#: A tagged content is kept when the mean probability of its tags reaches this (fixed
#: before any evaluation: the tags' own decision, with ties to ``O`` dropped).
MIN_CONTENT_SCORE = 0.5
#: Reported content that is not a quotation has at least this many words (a lone
#: ``report`` or ``would`` is a fragment, not what someone said).
MIN_CONTENT_WORDS = 3
#: A content starts or ends within this many characters of its cue or source
#: (``said on Tuesday that C``, ``C, the mayor said``); farther away it is not theirs.
MAX_GAP_CHARS = 40


@dataclass(frozen=True)
class TaggedSpan:
    """A span the tagger found.

    Attributes:
        kind: ``"content"``, ``"source"`` or ``"cue"``.
        start: First character (article offsets).
        end: One past the last character.
        score: Mean probability of the span's tags, in ``[0, 1]``.
    """

    kind: str
    start: int
    end: int
    score: float


@dataclass
class Proposal:
    """One attribution proposed by the tagger (character offsets).

    Attributes:
        content: Content spans, in order.
        source: The source span, if the tagger found one.
        cue: The cue span, if any.
        score: The lowest score of the content spans.
    """

    content: list[tuple[int, int]] = field(default_factory=list)
    source: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    score: float = 0.0


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def pair_spans(spans: Sequence[TaggedSpan], *, need_cue: bool = False) -> list[Proposal]:
    """Group one sentence's tagged spans into attributions.

    Args:
        spans: The tagged spans that start in the sentence.
        need_cue: Drop contents with no cue in the sentence (the ``"both"`` backend's
            precision guard; the ``"tagger"`` backend keeps them as continuations).

    Returns:
        Proposals in text order of their first content.
    """
    contents = sorted(
        (s for s in spans if s.kind == "content" and s.score >= MIN_CONTENT_SCORE),
        key=lambda s: s.start,
    )
    cues = [(s.start, s.end) for s in spans if s.kind == "cue"]
    sources = [(s.start, s.end) for s in spans if s.kind == "source"]
    by_cue: dict[tuple[int, int] | None, Proposal] = {}
    order: list[Proposal] = []
    for c in contents:
        span = (c.start, c.end)
        outside = [q for q in cues if not (span[0] <= q[0] and q[1] <= span[1])]
        cue = min(outside, key=lambda q: (_gap(q, span), q[0]), default=None)
        if cue is None and need_cue:
            continue
        free = [s for s in sources if not (span[0] <= s[0] and s[1] <= span[1])]
        near = [x for x in ([cue] if cue else []) + free if _gap(x, span) <= MAX_GAP_CHARS]
        if (cue is not None or free) and not near:
            continue  # the nearest cue or source is in another clause
        prop = by_cue.get(cue) if cue is not None else None
        if prop is None:
            anchor = cue or span
            src = min(free, key=lambda s: (_gap(s, anchor), s[0]), default=None)
            prop = Proposal(source=src, cue=cue, score=c.score)
            order.append(prop)
            if cue is not None:
                by_cue[cue] = prop
        prop.content.append(span)
        prop.score = min(prop.score, c.score)
    return order
