"""Shard checksums: each marker records the size and sha256 of its shard's three files.

A shard's Parquet files are serialised in memory, hashed, written to a temporary name
and renamed; its marker ``_shards/part-NNNNNN.json`` is written last and lists
``{"files": {"segments": {"size": ..., "sha256": ...}, ...}}``. A resume hashes every
finished shard's files again and redoes a shard whose marker is unreadable or whose
files are missing, truncated or changed; :class:`~stancekit.corpus.Corpus` checks the
same before reading a table.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stancekit.corpus.lock import temp_name

__all__ = [
    "MARKERS",
    "TABLES",
    "check_shard",
    "entry",
    "marker_names",
    "parquet_bytes",
    "read_marker",
    "write_atomic",
]

#: The Parquet datasets of an output folder.
TABLES = ("segments", "pairs", "errors")
MARKERS = "_shards"
_KEYS = ("shard", "articles", *TABLES, "files")


def parquet_bytes(table: Any) -> bytes:
    """Serialise an Arrow table as Parquet in memory (the same bytes as a file write)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue())


def entry(data: bytes) -> dict[str, Any]:
    """The size and sha256 of ``data``.

    Examples:
        >>> entry(b"abc")["sha256"][:12], entry(b"abc")["size"]
        ('ba7816bf8f01', 3)
    """
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def write_atomic(path: Path, write: Callable[[Path], Any]) -> None:
    """Write ``path`` through a temporary name of this process, then rename it into place."""
    tmp = temp_name(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def marker_names(output: Path) -> list[str]:
    """The shard names (``part-NNNNNN``) that have a marker, sorted."""
    folder = output / MARKERS
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("part-*.json"))


def read_marker(output: Path, name: str) -> tuple[dict[str, Any] | None, str | None]:
    """A shard's marker, or ``(None, why it cannot be used)``; ``(None, None)``: none yet."""
    path = output / MARKERS / f"{name}.json"
    if not path.is_file():
        return None, None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, f"its marker {path.name} cannot be read ({exc})"
    files = data.get("files") if isinstance(data, dict) else None
    ok = (
        isinstance(data, dict)
        and all(k in data for k in _KEYS)
        and all(isinstance(data[k], int) and not isinstance(data[k], bool) for k in _KEYS[:-1])
        and isinstance(files, dict)
        and all(
            isinstance(files.get(t), dict)
            and isinstance(files[t].get("size"), int)
            and isinstance(files[t].get("sha256"), str)
            for t in TABLES
        )
    )
    if not ok:
        return None, f"its marker {path.name} is not one this stancekit writes"
    return data, None


def check_shard(output: Path, name: str, marker: dict[str, Any], *, full: bool) -> str | None:
    """Why the files of a finished shard do not match its marker (``None``: they match).

    Args:
        output: The output folder.
        name: The shard name.
        marker: Its marker (from :func:`read_marker`).
        full: Hash the files (else only their sizes are compared).
    """
    for table in TABLES:
        path = output / table / f"{name}.parquet"
        want = marker["files"][table]
        try:
            size = path.stat().st_size
        except OSError:
            return f"{table}/{path.name} is missing"
        if size != want["size"]:
            return f"{table}/{path.name} has {size} bytes, its marker says {want['size']}"
        if full:
            hasher = hashlib.sha256()
            try:
                with path.open("rb") as fh:
                    while chunk := fh.read(1 << 20):
                        hasher.update(chunk)
            except OSError as exc:
                return f"{table}/{path.name} cannot be read ({exc})"
            if hasher.hexdigest() != want["sha256"]:
                return f"{table}/{path.name} does not match the sha256 in its marker"
    return None


def read_manifest(path: Path, fix: str) -> dict[str, Any]:
    """The JSON object in an output folder's ``manifest.json``, or a typed error.

    Args:
        path: The manifest file.
        fix: How to repair, appended to the message.

    Raises:
        CorruptOutputError: Unreadable, not JSON, or not a JSON object.
    """
    from stancekit.errors import CorruptOutputError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        data = exc
    if not isinstance(data, dict):
        found = f"an error: {data}" if isinstance(data, Exception) else repr(data)[:60]
        raise CorruptOutputError(
            f"{path}: expected the JSON manifest written by analyze-corpus, found {found}. "
            f"The file is damaged (a full disk, an interrupted copy); {fix}"
        )
    return data
