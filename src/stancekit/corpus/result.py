"""``Corpus``: the output folder of ``analyze_corpus``, read lazily from Parquet."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from stancekit.aggregate import (
    DEFAULT_RELEVANCE,
    DEFAULT_THRESHOLD,
    Relevance,
    aggregate_frame,
)
from stancekit.errors import DataNotFoundError, expected_got
from stancekit.records import Pair, Segment, Span, StanceScore
from stancekit.results import SPEAKER_COLUMNS

__all__ = ["Corpus"]

_PAIR_COLUMNS = [
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
_SEG_COLUMNS = [
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
]


def _opt(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else value


class Corpus:
    """The output of :func:`stancekit.analyze_corpus`; nothing is read until asked for.

    Args:
        path: The output folder (it holds ``manifest.json``).

    Raises:
        DataNotFoundError: No ``manifest.json`` in ``path``.

    Examples:
        >>> corpus = stancekit.Corpus("out/")  # doctest: +SKIP
        >>> corpus.pairs(columns=["article", "target", "p_favor"])  # doctest: +SKIP
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not (self.path / "manifest.json").is_file():
            raise DataNotFoundError(
                expected_got(
                    "path",
                    "an analyze_corpus output folder with manifest.json",
                    str(path),
                    "Run stancekit analyze-corpus ... --output DIR first.",
                )
            )

    def __repr__(self) -> str:
        counts = self.manifest.get("counts") or {}
        state = "complete" if self.manifest.get("complete") else "incomplete"
        return f"Corpus({str(self.path)!r}, {state}, {counts})"

    @property
    def manifest(self) -> dict[str, Any]:
        """The run's settings, inputs and counts (``manifest.json``)."""
        data = json.loads((self.path / "manifest.json").read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}

    @property
    def targets(self) -> list[str]:
        """The target names, in the order given."""
        return [t["name"] for t in self.manifest["settings"]["targets"]]

    def _read(self, name: str, columns: Sequence[str] | None, filters: Any) -> pd.DataFrame:
        import pyarrow.dataset as pads

        from stancekit.corpus.shards import schemas

        folder = self.path / name
        schema = schemas()[name]
        if not folder.is_dir():
            empty: pd.DataFrame = schema.empty_table().to_pandas()
            return empty[list(columns or schema.names)]
        dataset = pads.dataset(folder, format="parquet", schema=schema)
        table = dataset.to_table(columns=list(columns) if columns else None, filter=filters)
        frame: pd.DataFrame = table.to_pandas()
        return frame

    def segments(self, columns: Sequence[str] | None = None, filters: Any = None) -> pd.DataFrame:
        """The ``segments`` table (one row per segment, with ``article`` and ``row``).

        Args:
            columns: Read only these columns.
            filters: A ``pyarrow.compute`` expression, e.g. ``pc.field("kind") == "direct"``.
        """
        return self._read("segments", columns, filters)

    def pairs(self, columns: Sequence[str] | None = None, filters: Any = None) -> pd.DataFrame:
        """The ``pairs`` table: ``Analysis.to_frame()`` columns plus ``article``."""
        return self._read("pairs", columns, filters)

    def to_frame(self) -> pd.DataFrame:
        """The whole ``pairs`` table (as ``AnalysisSet.to_frame``)."""
        return self.pairs()

    def errors(self) -> pd.DataFrame:
        """The articles that could not be analysed: ``article``, ``row``, ``error``, ``message``."""
        return self._read("errors", None, None)

    def _scores(self) -> tuple[list[StanceScore], dict[int, list[Segment]], list[str]]:
        """Scores of the relevant pairs and every article's segments, keyed by row order."""
        import pyarrow.compute as pc

        segs = self.segments(columns=_SEG_COLUMNS)
        ids = list(dict.fromkeys(segs["article"]))
        index = {a: k for k, a in enumerate(ids)}
        by_article: dict[int, list[Segment]] = {k: [] for k in range(len(ids))}
        seg_rows: Any = segs.itertuples(index=False)
        for r in seg_rows:
            by_article[index[r.article]].append(
                Segment(
                    "",
                    int(r.start),
                    int(r.end),
                    r.kind,
                    speaker=_opt(r.speaker),
                    paragraph=int(r.paragraph),
                    confidence=float(r.confidence),
                    attribution=None if pd.isna(r.attribution) else int(r.attribution),
                    attitude=bool(r.attitude),
                    hedged=bool(r.hedged),
                    excluded=bool(r.excluded),
                )
            )
        pairs = self.pairs(columns=_PAIR_COLUMNS, filters=pc.field("relevant"))
        senti = pairs[["p_negative", "p_neutral", "p_positive"]].to_numpy()
        stance = pairs[["p_against", "p_none", "p_favor"]].to_numpy()
        scores = []
        pair_rows: Any = pairs.itertuples(index=False)
        for i, r in enumerate(pair_rows):
            if np.isnan(stance[i, 0]):
                continue
            mentions = (Span(0, 0),) if r.mentioned else ()
            pair = Pair(int(r.segment), r.target, "", mentions, index[r.article])
            se = None if np.isnan(senti[i, 0]) else tuple(float(x) for x in senti[i])
            scores.append(StanceScore(pair, tuple(float(x) for x in stance[i]), se))  # type: ignore[arg-type]
        return scores, by_article, ids

    def by_speaker(
        self,
        *,
        per_article: bool = False,
        relevance: Relevance = DEFAULT_RELEVANCE,
        threshold: float = DEFAULT_THRESHOLD,
        include_unknown: bool = True,
        n_boot: int = 1000,
        seed: int = 0,
    ) -> pd.DataFrame:
        """Per-speaker stances pooled over the corpus (or per article).

        The same table as :meth:`stancekit.AnalysisSet.by_speaker` for the same
        articles, with ``evidence`` as ``(article id, segment)`` pairs. Only the
        relevant pairs and the segment metadata are read (not the texts).

        Examples:
            >>> stancekit.Corpus("out/").by_speaker(per_article=True)  # doctest: +SKIP
        """
        scores, by_article, ids = self._scores()
        options = {
            "relevance": relevance,
            "threshold": threshold,
            "include_unknown": include_unknown,
            "n_boot": n_boot,
            "seed": seed,
            "target_order": self.targets,
        }
        columns = [*SPEAKER_COLUMNS[:-1], "n_articles", "evidence"]
        if not per_article:
            frame = aggregate_frame(scores, by_article, **options)  # type: ignore[arg-type]
        else:
            own: dict[int, list[StanceScore]] = {k: [] for k in by_article}
            for sc in scores:
                own[sc.pair.article].append(sc)
            parts = [
                aggregate_frame(own[k], {k: by_article[k]}, per_article=True, **options)  # type: ignore[arg-type]
                for k in sorted(by_article)
            ]
            frame = pd.concat(parts, ignore_index=True) if parts else aggregate_frame([], {})
        frame["evidence"] = pd.Series(
            [[(ids[a], s) for a, s in ev] for ev in frame["evidence"]],
            index=frame.index,
            dtype=object,
        )
        if per_article:
            frame["article"] = [ids[a] for a in frame["article"]]
            return frame[["article", *columns]].reset_index(drop=True)
        return frame[columns].reset_index(drop=True)
