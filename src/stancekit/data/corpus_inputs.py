"""Corpus inputs: find the files, count their rows, cut them into deterministic shards.

An input is a JSONL, Parquet or CSV file, a folder of them (searched recursively, files
in sorted order), or a folder written by ``datasets.Dataset.save_to_disk``. Rows are
numbered in that order (``row``, 0-based over all inputs); shard ``k`` holds rows
``[k * shard_size, (k + 1) * shard_size)`` of one file (a shard never spans two files), so
the same inputs and shard size always give the same shards.

A file given twice (by another path, a symlink, a hard link or inside a folder also given)
is read once. JSONL and CSV bytes are decoded row by row (``encoding``, UTF-8 by default):
a row that cannot be decoded becomes an ``errors`` row and the rest of the file runs.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from stancekit.errors import (
    DataNotFoundError,
    InputChangedError,
    InputFileError,
    InvalidInputError,
    expected_got,
)

__all__ = [
    "Article",
    "Shard",
    "Source",
    "article_id",
    "check_encoding",
    "check_unchanged",
    "content_sha256",
    "find_sources",
    "plan_shards",
    "read_shard",
]

logger = logging.getLogger("stancekit.corpus")

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
        fingerprint: Size and modification time, to notice an input changed during a run.
        sha256: The content hash (all files of a saved ``datasets`` folder), recorded in
            the manifest to notice a changed input on resume.
    """

    path: str
    kind: Kind
    n_rows: int
    offsets: tuple[int, ...] = ()
    fingerprint: str = ""
    sha256: str = ""


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
    """A streaming CSV reader of ``columns`` as raw bytes (decoded per value, per row)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    try:
        return pacsv.open_csv(
            path,
            read_options=pacsv.ReadOptions(block_size=1 << 22),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types={c: pa.binary() for c in columns},
                include_columns=list(columns),
                include_missing_columns=True,
                strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        raise InputFileError(
            f"{path}: expected a CSV file with a header row of UTF-8 column names, found an "
            f"error: {exc}. Fix the file (or convert it to UTF-8, e.g. with iconv)."
        ) from None


def _csv_batches(path: Path, columns: Sequence[str]) -> Iterator[Any]:
    """The record batches of a CSV file; a malformed file is an :class:`InputFileError`."""
    import pyarrow as pa

    reader = _csv_reader(path, columns)
    while True:
        try:
            batch = reader.read_next_batch()
        except StopIteration:
            return
        except pa.ArrowInvalid as exc:
            raise InputFileError(
                f"{path}: expected a well-formed CSV file, found an error: {exc}. Fix the "
                "line it names (quotes that do not close, a row with more fields than the "
                "header) and run the command again."
            ) from None
        yield batch


def check_encoding(encoding: object) -> str:
    """Validate the encoding of JSONL and CSV inputs; returns its canonical name.

    Only encodings that write newlines, quotes, commas and braces as single ASCII bytes are
    accepted (UTF-8, Latin-1, cp1252, ...), as rows are split on those bytes.

    Examples:
        >>> check_encoding("CP1252")
        'cp1252'
    """
    if not isinstance(encoding, str) or not encoding:
        raise InvalidInputError(expected_got("encoding", "a codec name such as 'utf-8'", encoding))
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InvalidInputError(
            expected_got("encoding", "a codec Python knows ('utf-8', 'cp1252', ...)", encoding)
        ) from None
    probe = '\n\r{}[]":,'
    try:
        ascii_safe = probe.encode(name) == probe.encode("ascii")
    except (UnicodeError, LookupError):
        ascii_safe = False
    if not ascii_safe:
        raise InvalidInputError(
            expected_got(
                "encoding",
                "an ASCII-compatible encoding (utf-8, latin-1, cp1252, ...)",
                encoding,
                "Rows are split on newline bytes; convert the file first, e.g. "
                f"iconv -f {encoding} -t utf-8 IN > OUT.",
            )
        )
    return name


def _decode(data: bytes, encoding: str, what: str) -> tuple[str | None, str | None]:
    """``(text, None)``, or ``(None, problem)`` when ``data`` is not valid ``encoding``."""
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 4]
        return None, (
            f"{what}: expected {encoding} text, found the bytes {bad!r} that are not "
            f"{encoding} at byte {exc.start} of the value. Fix the row, or name the file's "
            "encoding with --encoding / encoding=; the run went on."
        )


def _columns(path: Path, kind: Kind) -> list[str] | None:
    if kind == "parquet":
        import pyarrow.parquet as pq

        return list(pq.ParquetFile(path).schema_arrow.names)
    if kind == "csv":
        import pyarrow as pa
        import pyarrow.csv as pacsv

        try:  # the header only; values are neither converted nor checked here
            reader = pacsv.open_csv(
                path,
                read_options=pacsv.ReadOptions(block_size=1 << 16),
                parse_options=pacsv.ParseOptions(newlines_in_values=True),
                convert_options=pacsv.ConvertOptions(check_utf8=False),
            )
        except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
            raise InputFileError(
                f"{path}: expected a CSV file with a header row of UTF-8 column names, found "
                f"an error: {exc}. Fix the file (or convert it to UTF-8, e.g. with iconv)."
            ) from None
        return list(reader.schema.names)
    if kind == "hf":
        info = json.loads((path / "dataset_info.json").read_text(encoding="utf-8"))
        features = info.get("features") if isinstance(info, dict) else None
        return list(features) if isinstance(features, dict) else None
    return None  # JSONL: checked per row


def _count(
    path: Path, kind: Kind, shard_size: int, text_column: str
) -> tuple[int, tuple[int, ...]]:
    if kind == "jsonl":
        return _count_jsonl(path, shard_size)
    if kind == "parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows), ()
    if kind == "csv":
        return sum(batch.num_rows for batch in _csv_batches(path, [text_column])), ()
    from datasets import load_from_disk

    return len(load_from_disk(str(path))), ()


def _unique(pairs: Sequence[tuple[Path, Kind]]) -> list[tuple[Path, Kind]]:
    """Drop a file met again (same device and inode: a symlink, a hard link, a path twice)."""
    seen: dict[tuple[int, int], Path] = {}
    out = []
    for path, kind in pairs:
        st = path.stat()
        key = (st.st_dev, st.st_ino)
        if key in seen:
            logger.warning("input %s is %s given again: it is read once", path, seen[key])
            continue
        seen[key] = path
        out.append((path, kind))
    return out


def _stat_key(path: str | Path) -> str:
    st = Path(path).stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def find_sources(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    text_column: str,
    shard_size: int,
    id_column: str | None = None,
) -> list[Source]:
    """Resolve inputs into sources with row counts and content hashes.

    Each file is read once however often it is given. The text column must exist; so must
    ``id_column`` in Parquet, CSV and saved datasets when it is given (``None``: the
    ``id`` column when there is one, else row numbers).

    Raises:
        DataNotFoundError: An input does not exist.
        InvalidInputError: An unsupported file, no inputs, or a missing column.
        InputFileError: A file that cannot be read or parsed (a malformed CSV).
    """
    if isinstance(inputs, str | os.PathLike) or not inputs:
        raise InvalidInputError(expected_got("source", "a non-empty list of paths", inputs))
    pairs = _unique([pair for item in inputs for pair in _expand(item)])
    if not pairs:
        raise InvalidInputError(
            expected_got("source", "at least one .jsonl/.parquet/.csv file", list(inputs))
        )
    sources = []
    for path, kind in pairs:
        sources.append(_source(path, kind, text_column, shard_size, id_column))
    return sources


_HASH_CHUNK = 1 << 20


def _hash_file(path: Path, hasher: Any) -> None:
    with path.open("rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            hasher.update(chunk)


def content_sha256(path: str | Path, kind: str) -> str:
    """The sha256 of a file's bytes, or of a saved ``datasets`` folder's files and names.

    Examples:
        >>> import tempfile, pathlib
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
        >>> _ = f.write_bytes(b"abc")
        >>> content_sha256(f, "jsonl")[:12]
        'ba7816bf8f01'
    """
    src = Path(path)
    hasher = hashlib.sha256()
    if kind != "hf":
        _hash_file(src, hasher)
        return hasher.hexdigest()
    for file in sorted(p for p in src.rglob("*") if p.is_file()):
        name = file.relative_to(src).as_posix()
        hasher.update(f"{len(name)}:{name}".encode())
        _hash_file(file, hasher)
    return hasher.hexdigest()


def _source(
    path: Path, kind: Kind, text_column: str, shard_size: int, id_column: str | None
) -> Source:
    """Scan one input; a file that cannot be read or parsed is an :class:`InputFileError`."""
    try:
        columns = _columns(path, kind)
    except OSError as exc:
        raise InputFileError(f"{path}: cannot be read ({exc}). Check its permissions.") from None
    except InvalidInputError:
        raise
    except Exception as exc:  # pyarrow / datasets: not a file of its kind
        raise InputFileError(
            f"{path}: expected a readable {kind} file, found an error: {type(exc).__name__}: "
            f"{exc}. The file is damaged or not {kind}; fix or remove it."
        ) from None
    for name, option in ((text_column, "--text-column / text_column="), (id_column, None)):
        if columns is None or name is None or name in columns:
            continue
        raise InvalidInputError(
            expected_got(
                f"the columns of {path}",
                f"a {name!r} column",
                columns,
                f"Name the {'text' if option else 'id'} column with "
                f"{option or '--id-column / id_column= (or leave it out for row numbers)'}.",
            )
        )
    try:
        stat_before = _stat_key(path)
        n, offsets = _count(path, kind, shard_size, text_column)
        digest = content_sha256(path, kind)
    except OSError as exc:
        raise InputFileError(f"{path}: cannot be read ({exc}). Check its permissions.") from None
    if _stat_key(path) != stat_before:
        raise InputChangedError(_changed(str(path)))
    return Source(str(path), kind, n, offsets, stat_before, digest)


def _changed(path: str) -> str:
    return (
        f"input {path}: expected the file as it was when the run started, found it changed "
        "(size or modification time) while it was being read. Do not edit the inputs "
        "during a run: wait for the file to be complete, then run the command again."
    )


def check_unchanged(source: Source) -> None:
    """Refuse to go on reading a source that changed since it was scanned.

    Raises:
        InputChangedError: Its size or modification time differ from the scan's.
    """
    try:
        now = _stat_key(source.path)
    except OSError:
        now = "gone"
    if source.fingerprint and now != source.fingerprint:
        raise InputChangedError(_changed(source.path))


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


def article_id(raw: Any, row: int) -> str:
    """The id of the article at global ``row`` whose id column holds ``raw``.

    Examples:
        >>> article_id(None, 7), article_id(12, 7), article_id("a1", 7)
        ('7', '12', 'a1')
    """
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="backslashreplace")
    return str(row) if raw is None else str(raw)


def _article(record: Any, row: int, text_column: str, id_column: str) -> Article:
    if not isinstance(record, dict):
        return Article(str(row), row, None, f"row is not a JSON object: {record!r:.60}")
    art_id = article_id(record.get(id_column), row)
    if text_column not in record:
        return Article(art_id, row, None, f"no {text_column!r} field in the row")
    text = record[text_column]
    if not isinstance(text, str):
        problem = expected_got(
            text_column, "the article as a str", text, "Fix or drop the row; the run went on."
        )
        return Article(art_id, row, None, problem)
    return Article(art_id, row, text)


def _read_jsonl(
    shard: Shard, shard_size: int, text_column: str, id_column: str, encoding: str
) -> list[Article]:
    out: list[Article] = []
    offset = shard.source.offsets[shard.start // shard_size]
    row = shard.first_row
    with open(shard.source.path, "rb") as fh:
        fh.seek(offset)
        for line in fh:
            if not line.strip():
                continue
            text, problem = _decode(line, encoding, "the line")
            if text is None:
                out.append(Article(str(row), row, None, problem))
            else:
                try:
                    record = json.loads(text.lstrip("\ufeff"))
                except json.JSONDecodeError as exc:
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


def _read_csv(shard: Shard, columns: list[str], encoding: str) -> Iterator[dict[str, Any]]:
    """Rows of the CSV shard; a value that is not ``encoding`` text is left as bytes."""
    first = 0
    for batch in _csv_batches(Path(shard.source.path), columns):
        n = batch.num_rows
        lo, hi = max(shard.start, first), min(shard.stop, first + n)
        if lo < hi:
            for rec in batch.slice(lo - first, hi - lo).to_pylist():
                yield {k: csv_value(v, encoding) for k, v in rec.items() if v is not None}
        first += n
        if first >= shard.stop:
            break


def csv_value(value: bytes, encoding: str) -> str | bytes:
    """A CSV value decoded with ``encoding``; left as bytes when it is not valid text."""
    text, _ = _decode(value, encoding, "")
    return value if text is None else text


def _csv_article(
    rec: dict[str, Any], row: int, text_column: str, id_column: str, enc: str
) -> Article:
    value = rec.get(text_column)
    if isinstance(value, bytes):
        _, problem = _decode(value, enc, f"the {text_column!r} value")
        return Article(article_id(rec.get(id_column), row), row, None, problem)
    return _article(rec, row, text_column, id_column)


def _read_hf(shard: Shard, columns: list[str]) -> Iterator[dict[str, Any]]:
    from datasets import load_from_disk

    ds = load_from_disk(shard.source.path)
    names = [c for c in columns if c in ds.column_names]
    part = ds.select_columns(names)[shard.start : shard.stop]
    for i in range(shard.stop - shard.start):
        yield {c: part[c][i] for c in names}


def read_shard(
    shard: Shard,
    *,
    shard_size: int,
    text_column: str,
    id_column: str,
    encoding: str = "utf-8",
) -> list[Article]:
    """Read the articles of one shard (memory: one shard, or one Parquet row group).

    Rows that cannot be read as an article (invalid JSON, bytes that are not
    ``encoding``, no text field) come back with ``problem`` set, so that they are
    recorded as errors instead of stopping the run.

    Raises:
        InputChangedError: The file changed since it was scanned.
    """
    check_unchanged(shard.source)
    kind = shard.source.kind
    if kind == "jsonl":
        out = _read_jsonl(shard, shard_size, text_column, id_column, encoding)
    elif kind == "csv":
        records = _read_csv(shard, [text_column, id_column], encoding)
        out = [
            _csv_article(rec, shard.first_row + i, text_column, id_column, encoding)
            for i, rec in enumerate(records)
        ]
    else:
        reader = {"parquet": _read_parquet, "hf": _read_hf}[kind]
        out = _rows(reader(shard, [text_column, id_column]), shard, text_column, id_column)
    check_unchanged(shard.source)
    return out
