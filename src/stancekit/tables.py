"""Records <-> table rows, and every column list of the result tables, in one place.

The frames of :class:`~stancekit.results.Analysis` / ``AnalysisSet`` and the Parquet
tables of ``analyze_corpus`` (read back by :class:`~stancekit.corpus.Corpus`) are built
from the same records by the functions here, so their columns cannot drift apart:

- :data:`PAIR_COLUMNS`: ``Analysis.to_frame()`` and the ``pairs`` table (which adds
  ``article`` first); :func:`pair_rows` builds its rows, :func:`scores_from_pair_rows`
  reads scores back;
- :data:`SEGMENT_TABLE_COLUMNS`: the ``segments`` table; :func:`segment_rows` and
  :func:`segments_from_rows`;
- :data:`ERROR_COLUMNS`: ``AnalysisSet.errors`` and the ``errors`` table
  (:mod:`stancekit.failures`);
- :data:`SPEAKER_COLUMNS` and :func:`speaker_table`: every ``by_speaker`` (one article,
  an ``AnalysisSet``, a ``Corpus``), with the defaults of its options
  (``DEFAULT_RELEVANCE``, ``DEFAULT_THRESHOLD``, re-exported from
  :mod:`stancekit.aggregate`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from stancekit.aggregate import (
    DEFAULT_RELEVANCE,
    DEFAULT_THRESHOLD,
    FRAME_COLUMNS,
    Relevance,
    aggregate_frame,
    speaker_of,
)
from stancekit.failures import ERROR_COLUMNS
from stancekit.labels import labels_for
from stancekit.records import Pair, Segment, Span, StanceScore, Target

__all__ = [
    "DEFAULT_RELEVANCE",
    "DEFAULT_THRESHOLD",
    "ERROR_COLUMNS",
    "PAIR_COLUMNS",
    "PAIR_READ_COLUMNS",
    "SEGMENT_READ_COLUMNS",
    "SEGMENT_TABLE_COLUMNS",
    "SPEAKER_COLUMNS",
    "Relevance",
    "pair_rows",
    "scores_from_pair_rows",
    "segment_from_row",
    "segment_rows",
    "segments_from_rows",
    "speaker_table",
    "stack_pair_frames",
]

#: Columns of ``Analysis.to_frame()``; the ``pairs`` table and ``AnalysisSet.to_frame()``
#: add ``article`` first.
PAIR_COLUMNS = [
    "segment",
    "start",
    "end",
    "kind",
    "speaker",
    "target",
    "mentioned",
    "relevant",
    "stance",
    "p_against",
    "p_none",
    "p_favor",
    "sentiment",
    "p_negative",
    "p_neutral",
    "p_positive",
    "text",
]

#: Columns of the ``segments`` table of ``analyze_corpus``.
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
    "via",
    "text",
]

#: What :func:`segments_from_rows` reads of the ``segments`` table (no texts).
SEGMENT_READ_COLUMNS = [
    "article",
    "row",
    "segment",
    "start",
    "end",
    "kind",
    "speaker",
    "paragraph",
    "confidence",
    "attribution",
    "attitude",
    "hedged",
    "excluded",
    "via",
]

#: What :func:`scores_from_pair_rows` reads of the ``pairs`` table.
PAIR_READ_COLUMNS = [
    "article",
    "segment",
    "target",
    "mentioned",
    "p_against",
    "p_none",
    "p_favor",
    "p_negative",
    "p_neutral",
    "p_positive",
]

#: Columns of ``Analysis.by_speaker()``: the aggregate table without its corpus columns.
SPEAKER_COLUMNS = [c for c in FRAME_COLUMNS if c not in ("article", "n_articles")]


def pair_rows(
    segments: Sequence[Segment],
    targets: Sequence[Target],
    scores: Sequence[StanceScore],
    unscored: Sequence[Pair],
    relevant: Mapping[tuple[int, str], bool],
) -> list[dict[str, Any]]:
    """One row of :data:`PAIR_COLUMNS` per pair, segment-major, targets in given order.

    Unscored pairs have NaN probabilities and no labels; without sentiment the
    sentiment columns are None/NaN.
    """
    names = [t.name for t in targets]
    stance_labels = labels_for("stance")
    senti_labels = labels_for("sentiment")
    blank = StanceScore(Pair(0, "", ""), (np.nan, np.nan, np.nan))
    entries = [(sc.pair, sc) for sc in scores] + [(p, blank) for p in unscored]
    rows = []
    for pair, sc in sorted(entries, key=lambda e: (e[0].segment, names.index(e[0].target))):
        seg = segments[pair.segment]
        st = sc.stance
        se = sc.sentiment
        scored = sc is not blank
        rows.append(
            {
                "segment": pair.segment,
                "start": seg.start,
                "end": seg.end,
                "kind": seg.kind,
                "speaker": speaker_of(seg),
                "target": pair.target,
                "mentioned": pair.mentioned,
                "relevant": relevant[(pair.segment, pair.target)],
                "stance": stance_labels[int(np.argmax(st))] if scored else None,
                "p_against": st[0],
                "p_none": st[1],
                "p_favor": st[2],
                "sentiment": None if se is None else senti_labels[int(np.argmax(se))],
                "p_negative": np.nan if se is None else se[0],
                "p_neutral": np.nan if se is None else se[1],
                "p_positive": np.nan if se is None else se[2],
                "text": seg.text,
            }
        )
    return rows


def stack_pair_frames(
    ids: Sequence[Any], frames: Sequence[pd.DataFrame], *, drop_empty: bool = False
) -> pd.DataFrame:
    """Stack per-article ``Analysis.to_frame()`` frames with an ``article`` column first.

    Args:
        ids: The article id of each frame.
        frames: Frames with :data:`PAIR_COLUMNS`.
        drop_empty: Leave out articles without rows before stacking, so that the
            columns keep their dtypes (the ``pairs`` table of ``analyze_corpus``);
            ``AnalysisSet.to_frame`` keeps them.

    Examples:
        >>> stack_pair_frames([], []).columns[:2].tolist()
        ['article', 'segment']
    """
    out = []
    for article_id, frame in zip(ids, frames, strict=True):
        if drop_empty and not len(frame):
            continue
        frame.insert(0, "article", [article_id] * len(frame))
        out.append(frame)
    if not out:
        return pd.DataFrame(columns=["article", *PAIR_COLUMNS])
    return pd.concat(out, ignore_index=True)


def segment_rows(article: Any, row: int, segments: Sequence[Segment]) -> list[dict[str, Any]]:
    """One row of :data:`SEGMENT_TABLE_COLUMNS` per segment of one article.

    Examples:
        >>> seg = Segment("Rain.", 0, 5, "narration")
        >>> segment_rows("a1", 7, [seg])[0]["kind"]
        'narration'
    """
    return [
        {
            "article": article,
            "row": row,
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
            "via": seg.via,
            "text": seg.text,
        }
        for i, seg in enumerate(segments)
    ]


def _opt(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else value


def _span(start: Any, end: Any) -> Span | None:
    if _opt(start) is None or _opt(end) is None or pd.isna(start) or pd.isna(end):
        return None
    return Span(int(start), int(end))


def segment_from_row(r: Any) -> Segment:
    """A row of the ``segments`` table back as a :class:`Segment`.

    Columns the row lacks (``text``, ``source_start`` ... when only
    :data:`SEGMENT_READ_COLUMNS` were read) come back empty.

    Examples:
        >>> seg = Segment("Rain.", 0, 5, "narration", via="Ann")
        >>> import pandas as pd
        >>> row = next(pd.DataFrame(segment_rows("a1", 0, [seg])).itertuples(index=False))
        >>> segment_from_row(row) == seg
        True
    """
    return Segment(
        str(getattr(r, "text", "")),
        int(r.start),
        int(r.end),
        r.kind,
        speaker=_opt(r.speaker),
        source=_span(getattr(r, "source_start", None), getattr(r, "source_end", None)),
        cue=_span(getattr(r, "cue_start", None), getattr(r, "cue_end", None)),
        paragraph=int(r.paragraph),
        confidence=float(r.confidence),
        attribution=None if pd.isna(r.attribution) else int(r.attribution),
        attitude=bool(r.attitude),
        hedged=bool(r.hedged),
        excluded=bool(r.excluded),
        via=_opt(r.via),
    )


def segments_from_rows(frame: pd.DataFrame) -> tuple[dict[int, list[Segment]], list[Any]]:
    """Rebuild each article's segments (without texts) from :data:`SEGMENT_READ_COLUMNS`.

    Returns:
        Article position -> its segments, and the article ids in order of first row.
    """
    ids = list(dict.fromkeys(frame["article"]))
    index = {a: k for k, a in enumerate(ids)}
    by_article: dict[int, list[Segment]] = {k: [] for k in range(len(ids))}
    seg_rows: Any = frame.itertuples(index=False)
    for r in seg_rows:
        by_article[index[r.article]].append(segment_from_row(r))
    return by_article, ids


def scores_from_pair_rows(frame: pd.DataFrame, index: Mapping[Any, int]) -> list[StanceScore]:
    """Rebuild the scores of the scored rows of :data:`PAIR_READ_COLUMNS`.

    The tables keep whether a pair mentions its target, not where: a mentioned pair gets
    one empty span (``Span(0, 0)``) so that ``Pair.mentioned`` holds, and no text.
    Aggregation reads nothing else of a pair.

    Args:
        frame: Rows of the ``pairs`` table.
        index: Article id -> its position (the keys of :func:`segments_from_rows`).
    """
    senti = frame[["p_negative", "p_neutral", "p_positive"]].to_numpy()
    stance = frame[["p_against", "p_none", "p_favor"]].to_numpy()
    scores = []
    pair_rows_: Any = frame.itertuples(index=False)
    for i, r in enumerate(pair_rows_):
        if np.isnan(stance[i, 0]):
            continue
        mentions = (Span(0, 0),) if r.mentioned else ()
        pair = Pair(int(r.segment), r.target, "", mentions, index[r.article])
        se = None if np.isnan(senti[i, 0]) else tuple(float(x) for x in senti[i])
        scores.append(StanceScore(pair, tuple(float(x) for x in stance[i]), se))  # type: ignore[arg-type]
    return scores


def speaker_table(
    scores: Sequence[StanceScore],
    segments_by_article: Mapping[int, Sequence[Segment]],
    target_order: Sequence[str],
    *,
    ids: Sequence[Any] | None,
    per_article: bool = False,
    each_article_alone: bool = False,
    relevance: Relevance,
    threshold: float,
    include_unknown: bool,
    n_boot: int,
    seed: int,
) -> pd.DataFrame:
    """The table of every ``by_speaker``: aggregate, then name articles by their ids.

    Args:
        scores: Scores keyed to articles by ``pair.article``.
        segments_by_article: Each article's segments, keyed like ``pair.article``.
        target_order: The order of targets within a speaker.
        ids: Article ids by position: ``evidence`` becomes ``(id, segment)`` pairs and
            ``n_articles`` is kept; ``None`` (one article) gives segment indices and
            :data:`SPEAKER_COLUMNS`.
        per_article: One row per (article, speaker, target), ``article`` first.
        each_article_alone: With ``per_article``, aggregate each article's scores on
            their own (``Corpus``: memory and time stay per article).
        relevance: See :meth:`stancekit.results.Analysis.by_speaker`.
        threshold: See :meth:`stancekit.results.Analysis.by_speaker`.
        include_unknown: See :meth:`stancekit.results.Analysis.by_speaker`.
        n_boot: Bootstrap resamples.
        seed: Bootstrap seed.
    """
    options: dict[str, Any] = {
        "relevance": relevance,
        "threshold": threshold,
        "include_unknown": include_unknown,
        "n_boot": n_boot,
        "seed": seed,
        "target_order": target_order,
    }
    if per_article and each_article_alone:
        own: dict[int, list[StanceScore]] = {k: [] for k in segments_by_article}
        for sc in scores:
            own[sc.pair.article].append(sc)
        parts = [
            aggregate_frame(own[k], {k: segments_by_article[k]}, per_article=True, **options)
            for k in sorted(segments_by_article)
        ]
        frame = pd.concat(parts, ignore_index=True) if parts else aggregate_frame([], {})
    else:
        frame = aggregate_frame(scores, segments_by_article, per_article=per_article, **options)
    if ids is None:
        frame["evidence"] = pd.Series(
            [[seg for _, seg in ev] for ev in frame["evidence"]], index=frame.index, dtype=object
        )
        return frame[SPEAKER_COLUMNS].reset_index(drop=True)
    frame["evidence"] = pd.Series(
        [[(ids[a], s) for a, s in ev] for ev in frame["evidence"]],
        index=frame.index,
        dtype=object,
    )
    columns = [*SPEAKER_COLUMNS[:-1], "n_articles", "evidence"]
    if per_article:
        frame["article"] = [ids[a] for a in frame["article"]]
        return frame[["article", *columns]].reset_index(drop=True)
    return frame[columns].reset_index(drop=True)
