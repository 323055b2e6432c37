"""One bad article never costs the others: isolate, record and report failures.

:func:`stancekit.analyze_many` prepares each article (type check, text clean-up,
segmentation, pairs) inside :func:`isolate`; an article that raises is left out of the
result and recorded in ``AnalysisSet.errors``, a frame with the columns of
:data:`ERROR_COLUMNS` (the same as the ``errors`` table of the corpus path):

- ``article``: the article's id (as given in ``ids``, or its position);
- ``row``: its position in the input;
- ``error``: the exception's type name;
- ``message``: the exception's message.

One :class:`~stancekit.errors.ArticleFailedWarning` says how many articles failed and
names the first few. If scoring a batch fails, its articles are scored one by one so the
failure is pinned to its article (:func:`stancekit.pipeline.score_segments`); if every
article fails the same way, the model is at fault and the first error is raised instead.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import pandas as pd

from stancekit.errors import ArticleFailedWarning, InvalidInputError, expected_got

__all__ = [
    "ERROR_COLUMNS",
    "ArticleFailure",
    "check_unique_ids",
    "errors_frame",
    "isolate",
    "warn_failures",
]

T = TypeVar("T")

#: Columns of ``AnalysisSet.errors``.
ERROR_COLUMNS = ["article", "row", "error", "message"]


@dataclass(frozen=True)
class ArticleFailure:
    """An article that could not be analysed."""

    row: int
    article: Any
    error: str
    message: str

    @classmethod
    def from_exception(cls, row: int, article: Any, exc: BaseException) -> ArticleFailure:
        """Record ``exc`` raised while analysing the article at ``row``."""
        return cls(row, article, type(exc).__name__, str(exc))


def isolate(
    items: Iterable[tuple[int, T]],
    ids: Sequence[Any],
    work: Callable[[int, T], Any],
) -> tuple[list[tuple[int, Any]], list[ArticleFailure]]:
    """Run ``work(row, item)`` for each item; exceptions become failures, not a crash.

    Returns:
        ``(row, result)`` of the items that succeeded, in order, and the failures.

    Examples:
        >>> ok, bad = isolate(enumerate(["a", 3]), ["x", "y"], lambda i, t: t.upper())
        >>> ok, [(f.article, f.error) for f in bad]
        ([(0, 'A')], [('y', 'AttributeError')])
    """
    done: list[tuple[int, Any]] = []
    failed: list[ArticleFailure] = []
    for row, item in items:
        try:
            done.append((row, work(row, item)))
        except Exception as exc:  # any failure: recorded in errors, with a warning
            failed.append(ArticleFailure.from_exception(row, ids[row], exc))
    return done, failed


def errors_frame(failures: Sequence[ArticleFailure]) -> pd.DataFrame:
    """The failures as a frame with :data:`ERROR_COLUMNS`, sorted by ``row``.

    Examples:
        >>> errors_frame([]).columns.tolist()
        ['article', 'row', 'error', 'message']
    """
    rows = [
        {"article": f.article, "row": f.row, "error": f.error, "message": f.message}
        for f in sorted(failures, key=lambda f: f.row)
    ]
    return pd.DataFrame(rows, columns=ERROR_COLUMNS)


def warn_failures(failures: Sequence[ArticleFailure], total: int, stacklevel: int = 3) -> None:
    """Emit one :class:`ArticleFailedWarning` naming the first failed articles."""
    if not failures:
        return
    shown = "; ".join(
        f"row {f.row} (id {f.article!r}): {f.error}: {f.message[:200]}" for f in failures[:3]
    )
    more = f"; and {len(failures) - 3} more" if len(failures) > 3 else ""
    warnings.warn(
        f"{len(failures)} of {total} articles could not be analysed and are left out of the "
        f"result: {shown}{more}. See the result's .errors frame.",
        ArticleFailedWarning,
        stacklevel=stacklevel,
    )


def check_unique_ids(ids: Sequence[Any]) -> None:
    """Raise :class:`InvalidInputError` if ``ids`` repeats an id or holds an unhashable one.

    Examples:
        >>> check_unique_ids(["a", "b", "a"])
        Traceback (most recent call last):
        ...
        stancekit.errors.InvalidInputError: ids: expected distinct article ids, got ['a'] \
(list). Each id names one article in the result frames; pass ids=range(len(texts)) or \
make them unique.
    """
    seen: set[Hashable] = set()
    repeated: list[Any] = []
    for i, value in enumerate(ids):
        try:
            hash(value)
        except TypeError:
            raise InvalidInputError(
                expected_got(f"ids[{i}]", "a hashable id (str or int)", value)
            ) from None
        if value in seen and value not in repeated:
            repeated.append(value)
        seen.add(value)
    if repeated:
        raise InvalidInputError(
            expected_got(
                "ids",
                "distinct article ids",
                repeated,
                "Each id names one article in the result frames; pass ids=range(len(texts)) "
                "or make them unique.",
            )
        )
