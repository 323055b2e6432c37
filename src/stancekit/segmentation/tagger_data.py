"""Training windows for the span tagger: attribution spans -> labelled paragraphs.

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

from stancekit.errors import InvalidInputError, expected_got
from stancekit.segmentation.text import paragraphs

__all__ = ["KINDS", "LABELS", "Window", "paragraph_windows", "token_labels"]

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
