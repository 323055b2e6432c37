"""Turn attribution drafts into segments; the author's narration fills the rest.

Every non-whitespace character ends up in exactly one segment: attribution pieces
first (a piece that would overlap an earlier one is dropped, so the result is always a
partition), excluded boilerplate next, and narration, split at sentence boundaries,
for whatever is left. Narration with an evidential hedge (``reportedly``, ``is said
to``) is flagged ``hedged=True`` (D5).
"""

from __future__ import annotations

import bisect
import re

from stancekit.records import Kind, Segment, Span
from stancekit.segmentation.cues import HEDGES
from stancekit.segmentation.rules import Analysis

__all__ = ["build_segments"]

_HEDGE = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in HEDGES) + r")\b", re.IGNORECASE)


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def build_segments(text: str, an: Analysis) -> list[Segment]:
    """Build the ordered, non-overlapping segments of an article.

    Args:
        text: The article.
        an: The rules' analysis of it.

    Returns:
        Segments in text order.
    """
    claims: list[tuple[int, int, int, int]] = []  # start, end, draft index (-1 excluded), para
    order = sorted(range(len(an.drafts)), key=lambda i: min(s for s, _ in an.drafts[i].spans))
    for rank, i in enumerate(order):
        d = an.drafts[i]
        for (s, e), p in zip(d.spans, d.paragraphs, strict=True):
            if s < e:
                claims.append((s, e, rank, p))
    para_of: list[tuple[int, int, int]] = [(p.start, p.end, p.index) for p in an.paragraphs]
    for s, e in an.excluded:
        s, e = _trimmed(text, s, e)
        if s < e:
            claims.append((s, e, -1, _para(para_of, s)))
    claims.sort(key=lambda c: (c[0], c[2] < 0))
    kept: list[tuple[int, int, int, int]] = []
    pos = 0
    for c in claims:
        if c[0] >= pos:
            kept.append(c)
            pos = c[1]
    out: list[Segment] = []
    ci = 0
    for para in an.paragraphs:
        sents = an.sentences.get(para.index) or [(para.start, para.end)]
        starts = [a for a, _ in sents]  # sorted sentence starts, made once per paragraph
        cur = para.start
        while ci < len(kept) and kept[ci][0] < para.end:
            s, e, rank, _ = kept[ci]
            _narrate(text, cur, s, starts, para.index, out)
            if rank < 0:
                out.append(
                    Segment(text[s:e], s, e, "narration", paragraph=para.index, excluded=True)
                )
            else:
                d = an.drafts[order[rank]]
                kind: Kind = (
                    "direct"
                    if d.kind == "direct"
                    else ("mixed" if d.kind == "mixed" else "indirect")
                )
                out.append(
                    Segment(
                        text[s:e],
                        s,
                        e,
                        kind,
                        speaker=d.speaker,
                        source=Span(*d.source) if d.source else None,
                        cue=Span(*d.cue) if d.cue else None,
                        paragraph=para.index,
                        confidence=d.confidence,
                        attribution=rank,
                        attitude=d.attitude,
                        via=d.via,
                    )
                )
            cur = max(cur, e)
            ci += 1
        _narrate(text, cur, para.end, starts, para.index, out)
    _renumber(out)
    return out


def _para(para_of: list[tuple[int, int, int]], pos: int) -> int:
    k = bisect.bisect_right(para_of, (pos, len(para_of) + 1 << 62, 0)) - 1
    return para_of[k][2] if k >= 0 else 0


def _narrate(text: str, s: int, e: int, starts: list[int], para: int, out: list[Segment]) -> None:
    """Add narration for ``text[s:e]``, cut at the (sorted) sentence ``starts``."""
    if s >= e:
        return
    lo = bisect.bisect_right(starts, s)
    hi = bisect.bisect_left(starts, e, lo)
    cuts = starts[lo:hi]
    for a, b in zip([s, *cuts], [*cuts, e], strict=True):
        a, b = _trimmed(text, a, b)
        if a < b:
            piece = text[a:b]
            out.append(
                Segment(
                    piece,
                    a,
                    b,
                    "narration",
                    paragraph=para,
                    hedged=_HEDGE.search(piece) is not None,
                )
            )


def _renumber(segs: list[Segment]) -> None:
    """Number attributions 0, 1, 2 ... in order of first appearance (in place)."""
    seen: dict[int, int] = {}
    for i, sg in enumerate(segs):
        if sg.attribution is None:
            continue
        new = seen.setdefault(sg.attribution, len(seen))
        if new != sg.attribution:
            segs[i] = Segment(**{**sg.__dict__, "attribution": new})
