"""Article identity in a corpus: every article's id is read before the run, repeats refused.

The ``article`` column joins the ``segments`` and ``pairs`` tables, so two articles with
one id would be merged. Before any work the ids of every input are read (only the id
column of Parquet, CSV and saved datasets; each JSONL line is parsed) exactly as the
shards will read them; a repeated id is a :class:`~stancekit.errors.DuplicateIdError`
listing them, unless ``duplicate_ids="rename"``: then the first article keeps its id and
every repeat becomes ``"<id>#<row>"`` (``row``: its global row number).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from stancekit.corpus.sources import (
    Article,
    Source,
    _csv_batches,
    _decode,
    article_id,
    csv_value,
)
from stancekit.errors import DuplicateIdError, InvalidInputError, expected_got

__all__ = ["DUPLICATE_IDS", "apply_ids", "check_ids", "read_ids"]

#: What to do with repeated article ids.
DUPLICATE_IDS = ("error", "rename")
_SHOWN = 10


def _jsonl_ids(path: Path, id_column: str, first: int, encoding: str) -> Iterator[tuple[str, bool]]:
    row = first
    with path.open("rb") as fh:
        for line in fh:
            if not line.strip():
                continue
            text, _ = _decode(line, encoding, "")
            record: Any = None
            if text is not None:
                try:
                    record = json.loads(text.lstrip("\ufeff"))
                except json.JSONDecodeError:
                    record = None
            if isinstance(record, dict):
                yield article_id(record.get(id_column), row), id_column in record
            else:
                yield str(row), False
            row += 1


def _column_ids(source: Source, id_column: str, first: int, encoding: str) -> Iterator[str]:
    path = Path(source.path)
    values: Iterator[Any]
    if source.kind == "parquet":
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
        if id_column not in pf.schema_arrow.names:
            values = iter([None] * source.n_rows)
        else:
            values = (
                v for b in pf.iter_batches(columns=[id_column]) for v in b.column(0).to_pylist()
            )
    elif source.kind == "csv":
        values = (
            None if v is None else csv_value(v, encoding)
            for b in _csv_batches(path, [id_column])
            for v in b.column(0).to_pylist()
        )
    else:
        from datasets import load_from_disk

        ds = load_from_disk(str(path))
        values = iter(ds[id_column] if id_column in ds.column_names else [None] * len(ds))
    for i, value in enumerate(values):
        yield article_id(value, first + i)


def read_ids(
    sources: Sequence[Source], *, id_column: str, required: bool, encoding: str
) -> list[str]:
    """Every article's id, in row order, as the shards read them.

    Raises:
        InvalidInputError: ``required`` and no row of a JSONL file has ``id_column``.
    """
    ids: list[str] = []
    for source in sources:
        first = len(ids)
        if source.kind == "jsonl":
            found = False
            for art_id, present in _jsonl_ids(Path(source.path), id_column, first, encoding):
                ids.append(art_id)
                found = found or present
            if required and not found and source.n_rows:
                raise InvalidInputError(
                    expected_got(
                        f"the fields of {source.path}",
                        f"an {id_column!r} field in the rows",
                        "none in any row",
                        "Check the spelling of --id-column / id_column= (or leave it out "
                        "to use row numbers).",
                    )
                )
        else:
            ids.extend(_column_ids(source, id_column, first, encoding))
    return ids


def _duplicates(ids: Sequence[str]) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for row, art_id in enumerate(ids):
        rows.setdefault(art_id, []).append(row)
    return {k: v for k, v in rows.items() if len(v) > 1}


def check_ids(ids: Sequence[str], *, duplicate_ids: str, id_column: str) -> dict[int, str]:
    """Refuse repeated ids, or return the new id of every repeat (global row -> id).

    Raises:
        DuplicateIdError: Some ids repeat and ``duplicate_ids="error"``, or renaming
            could not make them unique.

    Examples:
        >>> check_ids(["a", "b", "a"], duplicate_ids="rename", id_column="id")
        {2: 'a#2'}
    """
    dups = _duplicates(ids)
    if not dups:
        return {}
    if duplicate_ids == "rename":
        renames = {row: f"{art_id}#{row}" for art_id, rows in dups.items() for row in rows[1:]}
        final = [renames.get(row, art_id) for row, art_id in enumerate(ids)]
        still = _duplicates(final)
        if not still:
            return renames
        dups = still
    shown = "; ".join(
        f"{art_id!r} at rows {', '.join(map(str, rows[:5]))}{' ...' if len(rows) > 5 else ''}"
        for art_id, rows in list(dups.items())[:_SHOWN]
    )
    more = f" (and {len(dups) - _SHOWN} more)" if len(dups) > _SHOWN else ""
    raise DuplicateIdError(
        f"articles: expected one id per article (column {id_column!r}; the row number "
        f"where a row has none), found {len(dups)} ids used more than once: {shown}{more}. "
        "Rows count from 0 over all inputs in order; a file given twice is read once, so "
        "these are different rows. Fix the ids, name a unique column with --id-column, or "
        "pass --duplicate-ids rename (duplicate_ids='rename') to keep the first and call "
        "each repeat '<id>#<row>'.",
        duplicates={k: v[:5] for k, v in dups.items()},
    )


def apply_ids(articles: list[Article], renames: dict[int, str]) -> list[Article]:
    """The articles with the new ids of :func:`check_ids` (unchanged when none)."""
    if not renames:
        return articles
    return [
        Article(renames[a.row], a.row, a.text, a.problem) if a.row in renames else a
        for a in articles
    ]
