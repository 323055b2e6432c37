"""Turn what users pass as ``X`` into (text, target, mentions) pairs.

Every model accepts the same ``X``:

- a pandas DataFrame with columns ``text`` and ``target`` and, optionally, ``mentions``
  (a list of ``(start, end)`` character offsets of the target's mentions in ``text``) and
  ``context`` (what a reader has around the statement: the attribution frame, the
  headline, the text before; see :mod:`stancekit.segmentation.context`);
- a ``datasets.Dataset`` with the same columns;
- a sequence of ``(text, target)`` or ``(text, target, mentions)`` tuples.

Where ``mentions`` is not given, the target's mentions are found by a case-insensitive,
word-bounded search for the target string (see :func:`stancekit.targets.find_mentions`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from stancekit.errors import InvalidInputError, expected_got
from stancekit.targets import find_mentions
from stancekit.textclean import clean_text

__all__ = ["CONTEXT_SEPARATOR", "PairInput", "as_pairs", "find_mentions"]

#: Written between a statement and its context in the text a model reads.
CONTEXT_SEPARATOR = " || "


@dataclass(frozen=True)
class PairInput:
    """One model input: the text, the target, the target's mentions, the text's context."""

    text: str
    target: str
    mentions: tuple[tuple[int, int], ...]
    context: str = ""


def _check_mentions(value: Any, text: str, row: int) -> tuple[tuple[int, int], ...]:
    if value is None:
        return ()
    try:
        spans = tuple((int(s), int(e)) for s, e in value)
    except (TypeError, ValueError):
        raise InvalidInputError(
            expected_got(f"mentions of row {row}", "a list of (start, end) offsets", value)
        ) from None
    for s, e in spans:
        if not 0 <= s < e <= len(text):
            raise InvalidInputError(
                expected_got(
                    f"mentions of row {row}",
                    f"offsets with 0 <= start < end <= len(text) = {len(text)}",
                    (s, e),
                )
            )
    return spans


def _context(value: Any, row: int) -> str:
    if value is None or (isinstance(value, float) and value != value):  # None or NaN
        return ""
    if not isinstance(value, str):
        raise InvalidInputError(expected_got(f"context of row {row}", "a str or None", value))
    return clean_text(value, f"context of row {row}", stacklevel=5)


def _make(
    text: Any, target: Any, mentions: Any, row: int, given: bool, context: Any = None
) -> PairInput:
    if not isinstance(text, str):
        raise InvalidInputError(expected_got(f"text of row {row}", "a str", text))
    if not isinstance(target, str) or not target.strip():
        raise InvalidInputError(expected_got(f"target of row {row}", "a non-empty str", target))
    text = clean_text(text, f"text of row {row}", stacklevel=4)
    target = clean_text(target, f"target of row {row}", stacklevel=4)
    spans = _check_mentions(mentions, text, row) if given else find_mentions(text, [target])
    return PairInput(text, target, spans, _context(context, row))


def as_pairs(X: Any) -> list[PairInput]:
    """Validate ``X`` and return one :class:`PairInput` per row, in input order.

    Args:
        X: A DataFrame or ``datasets.Dataset`` with ``text`` and ``target`` columns (and
            optionally ``mentions`` and ``context``), or a sequence of ``(text, target)`` /
            ``(text, target, mentions)`` tuples.

    Returns:
        The pairs.

    Raises:
        InvalidInputError: When columns are missing or a row is malformed.

    Examples:
        >>> as_pairs([("NATO must go", "NATO")])[0].mentions
        ((0, 4),)
    """
    columns = getattr(X, "columns", None)
    if columns is None:  # a pandas Index has no truth value, so no `or` here
        columns = getattr(X, "column_names", None)
    if columns is not None:
        cols = list(columns)
        missing = [c for c in ("text", "target") if c not in cols]
        if missing:
            raise InvalidInputError(
                expected_got(
                    "X",
                    "a table with columns 'text' and 'target'",
                    f"columns {cols}",
                    f"Missing: {missing}. Rename your columns, e.g. df.rename(columns=...).",
                )
            )
        texts = list(X["text"])
        targets = list(X["target"])
        has_m = "mentions" in cols
        mentions = list(X["mentions"]) if has_m else [None] * len(texts)
        contexts = list(X["context"]) if "context" in cols else [None] * len(texts)
        rows = zip(texts, targets, mentions, contexts, strict=True)
        return [_make(t, g, m, i, has_m, c) for i, (t, g, m, c) in enumerate(rows)]
    if isinstance(X, str | bytes) or not isinstance(X, Sequence | Iterable):
        raise InvalidInputError(
            expected_got("X", "a DataFrame with 'text' and 'target' or a list of pairs", X)
        )
    out: list[PairInput] = []
    for i, row in enumerate(X):
        if not isinstance(row, tuple | list) or len(row) not in (2, 3):
            raise InvalidInputError(
                expected_got(f"X[{i}]", "a (text, target) or (text, target, mentions) tuple", row)
            )
        out.append(_make(row[0], row[1], row[2] if len(row) == 3 else None, i, len(row) == 3))
    return out
