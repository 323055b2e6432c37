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
from stancekit.pipeline import Classifier, _score, _select, reads_context
from stancekit.records import Pair, Segment, Target
from stancekit.results import SEGMENT_COLUMNS, Analysis
from stancekit.targets import make_pairs

__all__ = ["TABLES", "ShardResult", "analyze_articles", "is_done", "schemas", "write_shard"]

logger = logging.getLogger(__name__)

#: The Parquet datasets of an output folder.
TABLES = ("segments", "pairs", "errors")
MARKERS = "_shards"

SEGMENT_TABLE_COLUMNS = [
    "article",
    "row",
    "segment",
    "start",
    "end",
    "kind",
    "speaker",
    "source_start",
    "source_end",
    "cue_start",
    "cue_end",
    "paragraph",
    "confidence",
    "attribution",
    "attitude",
    "hedged",
    "excluded",
    "text",
]
ERROR_COLUMNS = ["article", "row", "error", "message"]


def schemas() -> dict[str, Any]:
    """The fixed Arrow schema of each table (every shard file has exactly this schema)."""
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    seg_types = [s, i, i, i, i, s, s, i, i, i, i, i, f, i, b, b, b, s]
    pair_types = [s, i, i, i, s, s, s, b, b, s, f, f, f, s, f, f, f, s]
    return {
        "segments": pa.schema(list(zip(SEGMENT_TABLE_COLUMNS, seg_types, strict=True))),
        "pairs": pa.schema(list(zip(["article", *SEGMENT_COLUMNS], pair_types, strict=True))),
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


def _segment_rows(article: Article, segments: Sequence[Segment]) -> list[dict[str, Any]]:
    return [
        {
            "article": article.id,
            "row": article.row,
            "segment": i,
            "start": seg.start,
            "end": seg.end,
            "kind": seg.kind,
            "speaker": seg.speaker,
            "source_start": None if seg.source is None else seg.source.start,
            "source_end": None if seg.source is None else seg.source.end,
            "cue_start": None if seg.cue is None else seg.cue.start,
            "cue_end": None if seg.cue is None else seg.cue.end,
            "paragraph": seg.paragraph,
            "confidence": seg.confidence,
            "attribution": seg.attribution,
            "attitude": seg.attitude,
            "hedged": seg.hedged,
            "excluded": seg.excluded,
            "text": seg.text,
        }
        for i, seg in enumerate(segments)
    ]


def _error(article: Article, exc: BaseException | str) -> dict[str, Any]:
    if isinstance(exc, str):
        return {
            "article": article.id,
            "row": article.row,
            "error": "InvalidInputError",
            "message": exc,
        }
    return {
        "article": article.id,
        "row": article.row,
        "error": type(exc).__name__,
        "message": str(exc),
    }


def _segment_one(article: Article) -> list[Segment]:
    from stancekit.segmentation import segment

    if article.problem is not None or article.text is None:
        raise InvalidInputError(article.problem or "the row has no text")
    return segment(article.text)


def _frames(
    done: list[tuple[Article, list[Segment]]],
    targets: tuple[Target, ...],
    stance: Classifier,
    sentiment: Classifier | None,
    score: str,
    batch_size: int,
) -> pd.DataFrame:
    """Score the pairs of all ``done`` articles together and build the pairs table."""
    pairs: list[Pair] = []
    context = reads_context(stance)
    for k, (article, segs) in enumerate(done):
        text = article.text if context else None
        pairs.extend(make_pairs(segs, targets, article=k, text=text))
    to_score, unscored = _select(pairs, {k: segs for k, (_, segs) in enumerate(done)}, score)
    scores = _score(to_score, stance, sentiment, batch_size=batch_size)
    by_article: dict[int, tuple[list[Any], list[Pair]]] = {k: ([], []) for k in range(len(done))}
    for sc in scores:
        by_article[sc.pair.article][0].append(sc)
    for p in unscored:
        by_article[p.article][1].append(p)
    frames = []
    for k, (article, segs) in enumerate(done):
        analysis = Analysis(
            str(article.text),
            targets,
            tuple(segs),
            tuple(by_article[k][0]),
            tuple(by_article[k][1]),
        )
        frame = analysis.to_frame()
        frame.insert(0, "article", [article.id] * len(frame))
        frames.append(frame)
    columns = ["article", *SEGMENT_COLUMNS]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


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

    The pairs of all articles are scored together (deduplicated and length-sorted by
    :func:`stancekit.pipeline._score`). If scoring the shard fails, each article is
    scored alone so that only the article at fault is recorded as an error.
    """
    errors: list[dict[str, Any]] = []
    done: list[tuple[Article, list[Segment]]] = []
    for article in articles:
        try:
            done.append((article, _segment_one(article)))
        except Exception as exc:
            errors.append(_error(article, exc))
    try:
        pairs = _frames(done, targets, stance, sentiment, score, batch_size)
    except Exception as exc:
        logger.warning("scoring a shard failed (%s); scoring its articles one by one", exc)
        parts, kept = [], []
        for item in done:
            try:
                parts.append(_frames([item], targets, stance, sentiment, score, batch_size))
                kept.append(item)
            except Exception as exc_one:
                errors.append(_error(item[0], exc_one))
        done = kept
        parts = [p for p in parts if len(p)]
        pairs = (
            pd.concat(parts, ignore_index=True)
            if parts
            else _frames([], targets, stance, sentiment, score, batch_size)
        )
    seg_rows = [row for article, segs in done for row in _segment_rows(article, segs)]
    errors.sort(key=lambda e: e["row"])
    return ShardResult(
        pd.DataFrame(seg_rows, columns=SEGMENT_TABLE_COLUMNS),
        pairs,
        pd.DataFrame(errors, columns=ERROR_COLUMNS),
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
