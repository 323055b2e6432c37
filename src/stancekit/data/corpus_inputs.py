"""Corpus inputs: find the files, count their rows, cut them into deterministic shards.

An input is a JSONL, Parquet or CSV file, a folder of them (searched recursively, files
in sorted order), or a folder written by ``datasets.Dataset.save_to_disk``. Rows are
numbered in that order (``row``, 0-based over all inputs); shard ``k`` holds rows
``[k * shard_size, (k + 1) * shard_size)`` of one file (a shard never spans two files), so
the same inputs and shard size always give the same shards.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from stancekit.errors import DataNotFoundError, InvalidInputError, expected_got

__all__ = ["Article", "Shard", "Source", "find_sources", "plan_shards", "read_shard"]

Kind = Literal["jsonl", "parquet", "csv", "hf"]

_SUFFIXES: dict[str, Kind] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".csv": "csv",
}


@dataclass(frozen=True)
class Source:
    """One input file (or saved ``datasets`` folder) with its row count.

    Attributes:
        path: Absolute path.
        kind: ``"jsonl"``, ``"parquet"``, ``"csv"`` or ``"hf"``.
        n_rows: Number of articles (non-blank lines for JSONL).
        offsets: For JSONL, the byte offset of every ``shard_size``-th article, so that a
            shard is read without scanning the file from its start.
        fingerprint: Size and modification time, to notice a changed input on resume.
    """

    path: str
    kind: Kind
    n_rows: int
    offsets: tuple[int, ...] = ()
    fingerprint: str = ""


@dataclass(frozen=True)
class Shard:
    """Rows ``[start, stop)`` of one source; ``first_row`` is the global row of ``start``."""

    index: int
    source: Source
    start: int
    stop: int
    first_row: int

    @property
    def name(self) -> str:
        """File stem of the shard's outputs, e.g. ``part-000042``."""
        return f"part-{self.index:06d}"


@dataclass(frozen=True)
class Article:
    """One input row: its identifier, global row number and text.

    ``problem`` says why a row cannot be analysed (no text, a non-text value, invalid
    JSON); its ``text`` is then ``None`` and the row goes to the ``errors`` table.
    """

    id: str
    row: int
    text: str | None
    problem: str | None = None


def _kind_of(path: Path) -> Kind | None:
    if path.is_dir():
        if (path / "dataset_info.json").is_file() and (path / "state.json").is_file():
            return "hf"
        return None
    return _SUFFIXES.get(path.suffix.lower())


def _expand(item: str | os.PathLike[str]) -> list[tuple[Path, Kind]]:
    path = Path(item).expanduser().resolve()
    if not path.exists():
        raise DataNotFoundError(
            expected_got("input", "an existing file or folder", str(item), "Check the path.")
        )
    kind = _kind_of(path)
    if kind is not None:
        return [(path, kind)]
    if path.is_dir():
        if (path / "dataset_dict.json").is_file():
            raise InvalidInputError(
                expected_got(
                    "input",
                    "one saved datasets.Dataset",
                    str(path),
                    "It is a DatasetDict: pass one split's folder, e.g. DIR/train.",
                )
            )
        found: list[tuple[Path, Kind]] = []
        for child in sorted(path.iterdir()):
            if child.name.startswith((".", "_")):
                continue
            if child.is_dir() or _kind_of(child) is not None:
                found.extend(_expand(child) if child.is_dir() else [(child, _kind_of(child))])  # type: ignore[list-item]
        return found
    raise InvalidInputError(
        expected_got(
            "input",
            "a .jsonl, .parquet or .csv file, a folder of them, or a saved datasets folder",
            str(item),
        )
    )


def _count_jsonl(path: Path, shard_size: int) -> tuple[int, tuple[int, ...]]:
    n, offsets, pos = 0, [], 0
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                if n % shard_size == 0:
                    offsets.append(pos)
                n += 1
            pos += len(line)
    return n, tuple(offsets)


def _csv_reader(path: Path, columns: Sequence[str]) -> Any:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    return pacsv.open_csv(
        path,
        read_options=pacsv.ReadOptions(block_size=1 << 22),
        convert_options=pacsv.ConvertOptions(
            column_types={c: pa.string() for c in columns}, strings_can_be_null=False
        ),
    )


def _columns(path: Path, kind: Kind) -> list[str] | None:
    if kind == "parquet":
        import pyarrow.parquet as pq

        return list(pq.ParquetFile(path).schema_arrow.names)
    if kind == "csv":
        return list(_csv_reader(path, []).schema.names)
    if kind == "hf":
        info = json.loads((path / "dataset_info.json").read_text(encoding="utf-8"))
        features = info.get("features") if isinstance(info, dict) else None
        return list(features) if isinstance(features, dict) else None
    return None  # JSONL: checked per row


def _count(path: Path, kind: Kind, shard_size: int) -> tuple[int, tuple[int, ...]]:
    if kind == "jsonl":
        return _count_jsonl(path, shard_size)
    if kind == "parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows), ()
    if kind == "csv":
        return sum(batch.num_rows for batch in _csv_reader(path, [])), ()
    from datasets import load_from_disk

    return len(load_from_disk(str(path))), ()


def find_sources(
    inputs: Sequence[str | os.PathLike[str]], *, text_column: str, shard_size: int
) -> list[Source]:
    """Resolve inputs into sources with row counts, checking the text column exists.

    Raises:
        DataNotFoundError: An input does not exist.
        InvalidInputError: An unsupported file, no inputs, or no ``text_column``.
    """
    if isinstance(inputs, str | os.PathLike) or not inputs:
        raise InvalidInputError(expected_got("source", "a non-empty list of paths", inputs))
    pairs = [pair for item in inputs for pair in _expand(item)]
    if not pairs:
        raise InvalidInputError(
            expected_got("source", "at least one .jsonl/.parquet/.csv file", list(inputs))
        )
    sources = []
    for path, kind in pairs:
        columns = _columns(path, kind)
        if columns is not None and text_column not in columns:
            raise InvalidInputError(
                expected_got(
                    f"the columns of {path}",
                    f"a {text_column!r} column",
                    columns,
                    "Name the text column with --text-column / text_column=.",
                )
            )
        n, offsets = _count(path, kind, shard_size)
        stat = path.stat()
        sources.append(Source(str(path), kind, n, offsets, f"{stat.st_size}:{stat.st_mtime_ns}"))
    return sources


def plan_shards(sources: Sequence[Source], shard_size: int) -> list[Shard]:
    """Cut the sources into shards of at most ``shard_size`` rows, in row order."""
    shards: list[Shard] = []
    row = 0
    for source in sources:
        for start in range(0, source.n_rows, shard_size):
            stop = min(start + shard_size, source.n_rows)
            shards.append(Shard(len(shards), source, start, stop, row + start))
        row += source.n_rows
    return shards


def inputs_digest(sources: Sequence[Source]) -> str:
    """A short hash of the inputs' paths, kinds and row counts."""
    text = json.dumps([[s.path, s.kind, s.n_rows] for s in sources])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _article(record: Any, row: int, text_column: str, id_column: str) -> Article:
    if not isinstance(record, dict):
        return Article(str(row), row, None, f"row is not a JSON object: {record!r:.60}")
    raw_id = record.get(id_column)
    art_id = str(row) if raw_id is None else str(raw_id)
    if text_column not in record:
        return Article(art_id, row, None, f"no {text_column!r} field in the row")
    text = record[text_column]
    if not isinstance(text, str):
        problem = expected_got(
            text_column, "the article as a str", text, "Fix or drop the row; the run went on."
        )
        return Article(art_id, row, None, problem)
    return Article(art_id, row, text)


def _read_jsonl(shard: Shard, shard_size: int, text_column: str, id_column: str) -> list[Article]:
    out: list[Article] = []
    offset = shard.source.offsets[shard.start // shard_size]
    row = shard.first_row
    with open(shard.source.path, "rb") as fh:
        fh.seek(offset)
        for line in fh:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                out.append(Article(str(row), row, None, f"invalid JSON line: {exc}"))
            else:
                out.append(_article(record, row, text_column, id_column))
            row += 1
            if len(out) == shard.stop - shard.start:
                break
    return out


def _rows(
    records: Iterator[dict[str, Any]], shard: Shard, text_column: str, id_column: str
) -> list[Article]:
    return [
        _article(rec, shard.first_row + i, text_column, id_column) for i, rec in enumerate(records)
    ]


def _read_parquet(shard: Shard, columns: list[str]) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(shard.source.path)
    names = [c for c in columns if c in pf.schema_arrow.names]
    first = 0
    for g in range(pf.metadata.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        lo, hi = max(shard.start, first), min(shard.stop, first + n)
        if lo < hi:
            table = pf.read_row_group(g, columns=names).slice(lo - first, hi - lo)
            yield from table.to_pylist()
        first += n
        if first >= shard.stop:
            break


def _read_csv(shard: Shard, columns: list[str]) -> Iterator[dict[str, Any]]:
    reader = _csv_reader(Path(shard.source.path), columns)
    first = 0
    names = [c for c in columns if c in reader.schema.names]
    for batch in reader:
        n = batch.num_rows
        lo, hi = max(shard.start, first), min(shard.stop, first + n)
        if lo < hi:
            yield from batch.select(names).slice(lo - first, hi - lo).to_pylist()
        first += n
        if first >= shard.stop:
            break


def _read_hf(shard: Shard, columns: list[str]) -> Iterator[dict[str, Any]]:
    from datasets import load_from_disk

    ds = load_from_disk(shard.source.path)
    names = [c for c in columns if c in ds.column_names]
    part = ds.select_columns(names)[shard.start : shard.stop]
    for i in range(shard.stop - shard.start):
        yield {c: part[c][i] for c in names}


def read_shard(shard: Shard, *, shard_size: int, text_column: str, id_column: str) -> list[Article]:
    """Read the articles of one shard (memory: one shard, or one Parquet row group).

    Rows that cannot be read as an article (invalid JSON, no text field) come back with
    ``problem`` set, so that they are recorded as errors instead of stopping the run.
    """
    kind = shard.source.kind
    if kind == "jsonl":
        return _read_jsonl(shard, shard_size, text_column, id_column)
    columns = [text_column, id_column]
    reader = {"parquet": _read_parquet, "csv": _read_csv, "hf": _read_hf}[kind]
    return _rows(reader(shard, columns), shard, text_column, id_column)
