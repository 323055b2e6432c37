"""The span tagger's labels: attribution spans -> labelled paragraphs, and tags -> spans.

The tagger reads one paragraph at a time and tags each token ``O``, or the beginning
(``B-``) or inside (``I-``) of a **content**, **source** or **cue** span. Training data is
any set of articles in the newsattr format (``id``, ``text``, ``attributions`` with
``content`` / ``source`` / ``cue`` character spans), e.g. newsstance-train's attribution
layer and ``data/attribution-train/shapes.jsonl``. Pure Python: no torch here.

Examples:
    >>> doc = {"id": "x", "text": "Baxter said the plant would close.",
    ...        "attributions": [{"content": [[12, 33]], "source": [0, 6], "cue": [7, 11]}]}
    >>> w = paragraph_windows([doc])[0]
    >>> [(w.text[s:e], kind) for s, e, kind in w.spans]
    [('Baxter', 'source'), ('said', 'cue'), ('the plant would close', 'content')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from stancekit.errors import InvalidInputError, expected_got
from stancekit.segmentation.proposals import TaggedSpan
from stancekit.segmentation.text import paragraphs

__all__ = ["KINDS", "LABELS", "Window", "decode_spans", "paragraph_windows", "token_labels"]

#: Span kinds, innermost first: a cue or source inside another attribution's content
#: (nested speech) keeps its own tag.
KINDS: tuple[str, ...] = ("cue", "source", "content")
#: The tag set, in the order of the model's outputs.
LABELS: tuple[str, ...] = (
    "O",
    "B-CONTENT",
    "I-CONTENT",
    "B-SOURCE",
    "I-SOURCE",
    "B-CUE",
    "I-CUE",
)
_KIND_OF = {lab: lab.split("-")[1].lower() for lab in LABELS if lab != "O"}


@dataclass(frozen=True)
class Window:
    """One paragraph with its gold spans.

    Attributes:
        doc: The article's id.
        offset: Where the paragraph starts in the article.
        text: The paragraph.
        spans: ``(start, end, kind)`` relative to ``text``, sorted by start.
    """

    doc: str
    offset: int
    text: str
    spans: tuple[tuple[int, int, str], ...]


def _span(value: Any, doc: str) -> tuple[int, int] | None:
    if value is None:
        return None
    if (
        not isinstance(value, Sequence)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or not 0 <= value[0] <= value[1]
    ):
        raise InvalidInputError(
            expected_got(
                f"a span in article {doc!r}",
                "[start, end] with 0 <= start <= end",
                value,
                "Spans are character offsets into the article's text.",
            )
        )
    return int(value[0]), int(value[1])


def _doc_spans(doc: Mapping[str, Any]) -> tuple[str, str, list[tuple[int, int, str]]]:
    if not isinstance(doc, Mapping) or not isinstance(doc.get("text"), str):
        raise InvalidInputError(
            expected_got(
                "an article",
                "a dict with 'text' (str) and 'attributions' (list)",
                doc,
                "Load articles with stancekit.data.attribution (newsattr format).",
            )
        )
    did = str(doc.get("id", "?"))
    text: str = doc["text"]
    out: list[tuple[int, int, str]] = []
    for att in doc.get("attributions") or []:
        for piece in att.get("content") or []:
            sp = _span(piece, did)
            if sp is not None:
                out.append((*sp, "content"))
        for kind in ("source", "cue"):
            sp = _span(att.get(kind), did)
            if sp is not None:
                out.append((*sp, kind))
    for s, e, _ in out:
        if e > len(text):
            raise InvalidInputError(
                expected_got(
                    f"spans of article {did!r}",
                    f"offsets within its text ({len(text)} characters)",
                    [s, e],
                    "The annotation does not belong to this text.",
                )
            )
    return did, text, out


def paragraph_windows(docs: Iterable[Mapping[str, Any]]) -> list[Window]:
    """Split annotated articles into paragraphs with their spans (clipped to each).

    Args:
        docs: Articles in the newsattr format.

    Returns:
        One window per non-empty paragraph, in article order.

    Raises:
        InvalidInputError: An article is not a dict with a text, or a span is malformed.
    """
    out: list[Window] = []
    for doc in docs:
        did, text, spans = _doc_spans(doc)
        for p in paragraphs(text):
            if not text[p.start : p.end].strip():
                continue
            inside = sorted(
                (max(s, p.start) - p.start, min(e, p.end) - p.start, k)
                for s, e, k in spans
                if s < p.end and e > p.start and min(e, p.end) > max(s, p.start)
            )
            out.append(Window(did, p.start, text[p.start : p.end], tuple(inside)))
    return out


def token_labels(
    offsets: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int, str]]
) -> list[int]:
    """Tag ids for tokens at ``offsets`` given the gold ``spans`` (-100 for specials).

    A token takes the innermost span (cue, then source, then content) holding its first
    character; it is ``B-`` when it is that span's first token.

    Examples:
        >>> token_labels([(0, 0), (0, 6), (7, 11), (12, 15)], [(0, 6, "source"),
        ...     (7, 11, "cue"), (12, 15, "content")])
        [-100, 3, 5, 1]
    """
    ranked = sorted(spans, key=lambda sp: (KINDS.index(sp[2]), sp[0]))
    labels: list[int] = []
    seen: set[tuple[int, int, str]] = set()
    for a, b in offsets:
        if a == b:
            labels.append(-100)
            continue
        hit = next((sp for sp in ranked if sp[0] <= a < sp[1]), None)
        if hit is None:
            labels.append(0)
            continue
        prefix = "I" if hit in seen else "B"
        seen.add(hit)
        labels.append(LABELS.index(f"{prefix}-{hit[2].upper()}"))
    return labels


def decode_spans(
    text: str, offsets: Sequence[tuple[int, int]], probs: np.ndarray, base: int = 0
) -> list[TaggedSpan]:
    """Turn per-token tag probabilities into spans (BIO, whole words).

    A word-piece that continues a word (no gap before it) joins the span its word
    started, whatever its own tag; an ``I-`` tag without a ``B-`` starts a span.

    Args:
        text: The window's text (offsets index into it).
        offsets: ``(start, end)`` of each token, in order; ``(0, 0)`` for specials.
        probs: ``(n_tokens, len(LABELS))`` probabilities.
        base: Added to every offset (the window's place in the article).

    Returns:
        Spans in text order.

    Examples:
        >>> import numpy as np
        >>> p = np.eye(7)[[3, 5, 1, 2, 0]]
        >>> [(s.kind, s.start, s.end) for s in decode_spans("Ann said it rains .",
        ...     [(0, 3), (4, 8), (9, 11), (12, 17), (18, 19)], p)]
        [('source', 0, 3), ('cue', 4, 8), ('content', 9, 17)]
    """
    out: list[TaggedSpan] = []
    cur: list[Any] | None = None  # [kind, start, end, scores]
    prev_end = -1
    for (a, b), row in zip(offsets, probs, strict=True):
        if a == b:
            continue
        k = int(np.argmax(row))
        glued = a == prev_end and a > 0 and text[a - 1].isalnum() and text[a].isalnum()
        prev_end = b
        if glued:
            if cur is not None:
                cur[2] = b
                cur[3].append(float(row[k]))
            continue
        label = LABELS[k]
        if label == "O":
            if cur is not None:
                out.append(TaggedSpan(cur[0], base + cur[1], base + cur[2], float(np.mean(cur[3]))))
            cur = None
            continue
        kind = _KIND_OF[label]
        if cur is not None and cur[0] == kind and label.startswith("I-"):
            cur[2] = b
            cur[3].append(float(row[k]))
            continue
        if cur is not None:
            out.append(TaggedSpan(cur[0], base + cur[1], base + cur[2], float(np.mean(cur[3]))))
        cur = [kind, a, b, [float(row[k])]]
    if cur is not None:
        out.append(TaggedSpan(cur[0], base + cur[1], base + cur[2], float(np.mean(cur[3]))))
    return out
