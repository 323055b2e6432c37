"""One shard of articles -> three tables (segments, pairs, errors), written atomically.

Both engines call :func:`analyze_articles` and :func:`write_shard`, so they write the same
bytes. A shard is finished when its marker ``_shards/part-NNNNNN.json`` exists; the marker
is written last, after the three Parquet files have been renamed into place, so a run
killed at any moment leaves either a finished shard or one that is redone.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from stancekit.corpus.checksums import (
    MARKERS,
    TABLES,
    check_shard,
    entry,
    parquet_bytes,
    read_marker,
    write_atomic,
)
from stancekit.data.corpus_inputs import Article, Shard
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


def schemas() -> dict[str, Any]:
    """The fixed Arrow schema of each table (every shard file has exactly this schema)."""
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    seg_types = [s, i, i, i, i, s, s, i, i, i, i, i, f, i, b, b, b, s, s]
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
    if not article.text.strip():
        raise InvalidInputError(
            "the text is empty (or only white space): there is nothing to analyse. Fix or "
            "drop the row; the run went on."
        )
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


def _write_bytes(data: bytes, path: Path) -> None:
    path.write_bytes(data)


def write_shard(output: Path, shard: Shard, result: ShardResult) -> dict[str, Any]:
    """Write the shard's three Parquet files, then its marker with their checksums."""
    import pyarrow as pa

    tables = schemas()
    files = {}
    for name in TABLES:
        frame = getattr(result, name)
        table = pa.Table.from_pandas(frame, schema=tables[name], preserve_index=False)
        data = parquet_bytes(table)
        files[name] = entry(data)
        folder = output / name
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / f"{shard.name}.parquet", functools.partial(_write_bytes, data))
    marker = {
        "shard": shard.index,
        "source": shard.source.path,
        "rows": [shard.first_row, shard.first_row + shard.stop - shard.start],
        "articles": shard.stop - shard.start,
        **result.counts,
        "files": files,
    }
    (output / MARKERS).mkdir(parents=True, exist_ok=True)
    text = json.dumps(marker, indent=1, sort_keys=True) + "\n"
    write_atomic(output / MARKERS / f"{shard.name}.json", lambda p: p.write_text(text, "utf-8"))
    return marker


def is_done(output: Path, shard: Shard, *, full: bool = True) -> dict[str, Any] | None:
    """The marker of a finished shard whose files match its checksums, else ``None``.

    A shard with a marker that cannot be used (unreadable, files missing, truncated or
    changed) is logged as a warning and counts as not finished, so it is redone.
    """
    marker, problem = read_marker(output, shard.name)
    if marker is not None:
        problem = check_shard(output, shard.name, marker, full=full)
        if problem is None and marker["articles"] != shard.stop - shard.start:
            problem = f"its marker counts {marker['articles']} articles, the shard has others"
    if problem is not None:
        logger.warning("shard %s is damaged (%s): it is redone", shard.name, problem)
        return None
    return marker
