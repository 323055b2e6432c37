"""One shard of articles -> three tables (segments, pairs, errors), written atomically.

Both engines call :func:`analyze_articles` and :func:`write_shard`, so they write the same
bytes. A shard is finished when its marker ``_shards/part-NNNNNN.json`` exists; the marker
is written last, after the three Parquet files have been renamed into place, so a run
killed at any moment leaves either a finished shard or one that is redone.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from stancekit.corpus.sources import Article, Shard
from stancekit.errors import InvalidInputError
from stancekit.failures import ArticleFailure, errors_frame, isolate
from stancekit.pipeline import Classifier, prepare_article, score_segments
from stancekit.records import Segment, Target
from stancekit.tables import (
    ERROR_COLUMNS,
    PAIR_COLUMNS,
    SEGMENT_TABLE_COLUMNS,
    segment_rows,
    stack_pair_frames,
)

__all__ = ["TABLES", "ShardResult", "analyze_articles", "is_done", "schemas", "write_shard"]

logger = logging.getLogger(__name__)

#: The Parquet datasets of an output folder.
TABLES = ("segments", "pairs", "errors")
MARKERS = "_shards"


def schemas() -> dict[str, Any]:
    """The fixed Arrow schema of each table (every shard file has exactly this schema)."""
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    seg_types = [s, i, i, i, i, s, s, i, i, i, i, i, f, i, b, b, b, s]
    pair_types = [s, i, i, i, s, s, s, b, b, s, f, f, f, s, f, f, f, s]
    return {
        "segments": pa.schema(list(zip(SEGMENT_TABLE_COLUMNS, seg_types, strict=True))),
        "pairs": pa.schema(list(zip(["article", *PAIR_COLUMNS], pair_types, strict=True))),
        "errors": pa.schema(list(zip(ERROR_COLUMNS, [s, i, s, s], strict=True))),
    }


@dataclass(frozen=True)
class ShardResult:
    """The three tables of one shard, as pandas frames with the columns of :func:`schemas`."""

    segments: pd.DataFrame
    pairs: pd.DataFrame
    errors: pd.DataFrame

    @property
    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {name: len(getattr(self, name)) for name in TABLES}


def _prepare(_: int, article: Article) -> tuple[str, list[Segment]]:
    if article.problem is not None or article.text is None:
        raise InvalidInputError(article.problem or "the row has no text")
    return prepare_article(article.text, what=f"article {article.id!r}")


def analyze_articles(
    articles: Sequence[Article],
    targets: tuple[Target, ...],
    stance: Classifier,
    sentiment: Classifier | None,
    *,
    score: str = "relevant",
    batch_size: int = 1024,
) -> ShardResult:
    """Segment and score a shard's articles; a bad article becomes an ``errors`` row.

    The pairs of all articles are scored together by the pipeline's core
    (:func:`stancekit.pipeline.score_segments`, deduplicated and length-sorted). If
    scoring the shard fails, each article is scored alone so that only the article at
    fault is recorded as an error (``on_failure="record"``: never raised, so a broken
    model fills ``errors`` instead of stopping the run).
    """
    prepared, bad = isolate(enumerate(articles), [a.id for a in articles], _prepare)
    # isolate numbers rows by position in this shard; the tables use the input row
    errors = [ArticleFailure(articles[f.row].row, f.article, f.error, f.message) for f in bad]
    done = [articles[k] for k, _ in prepared]
    scored, failed = score_segments(
        [text_and_segments for _, text_and_segments in prepared],
        targets,
        stance,
        sentiment,
        score=score,
        batch_size=batch_size,
        on_failure="record",
    )
    for k, exc in failed:
        errors.append(ArticleFailure.from_exception(done[k].row, done[k].id, exc))
    seg_rows = [
        row
        for k, analysis in scored
        for row in segment_rows(done[k].id, done[k].row, analysis.segments)
    ]
    return ShardResult(
        pd.DataFrame(seg_rows, columns=SEGMENT_TABLE_COLUMNS),
        stack_pair_frames(
            [done[k].id for k, _ in scored], [a.to_frame() for _, a in scored], drop_empty=True
        ),
        errors_frame(errors),
    )


def _write_atomic(path: Path, write: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_shard(output: Path, shard: Shard, result: ShardResult) -> dict[str, Any]:
    """Write the shard's three Parquet files, then its marker; returns the marker."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = schemas()
    for name in TABLES:
        frame = getattr(result, name)
        table = pa.Table.from_pandas(frame, schema=tables[name], preserve_index=False)
        folder = output / name
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(folder / f"{shard.name}.parquet", lambda p, t=table: pq.write_table(t, p))
    marker = {
        "shard": shard.index,
        "source": shard.source.path,
        "rows": [shard.first_row, shard.first_row + shard.stop - shard.start],
        "articles": shard.stop - shard.start,
        **result.counts,
    }
    (output / MARKERS).mkdir(parents=True, exist_ok=True)
    text = json.dumps(marker, indent=1, sort_keys=True) + "\n"
    _write_atomic(output / MARKERS / f"{shard.name}.json", lambda p: p.write_text(text, "utf-8"))
    return marker


def is_done(output: Path, shard: Shard) -> dict[str, Any] | None:
    """The marker of a finished shard (all three files present), else ``None``."""
    marker = output / MARKERS / f"{shard.name}.json"
    if not marker.is_file():
        return None
    if not all((output / name / f"{shard.name}.parquet").is_file() for name in TABLES):
        return None
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None
