"""``Corpus``: the output folder of ``analyze_corpus``, read lazily from Parquet."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from stancekit.errors import DataNotFoundError, expected_got
from stancekit.records import Segment, StanceScore
from stancekit.tables import (
    DEFAULT_RELEVANCE,
    DEFAULT_THRESHOLD,
    PAIR_READ_COLUMNS,
    SEGMENT_READ_COLUMNS,
    Relevance,
    scores_from_pair_rows,
    segments_from_rows,
    speaker_table,
)

__all__ = ["Corpus"]


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

        by_article, ids = segments_from_rows(self.segments(columns=SEGMENT_READ_COLUMNS))
        pairs = self.pairs(columns=PAIR_READ_COLUMNS, filters=pc.field("relevant"))
        scores = scores_from_pair_rows(pairs, {a: k for k, a in enumerate(ids)})
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
        return speaker_table(
            scores,
            by_article,
            self.targets,
            ids=ids,
            per_article=per_article,
            each_article_alone=True,
            relevance=relevance,
            threshold=threshold,
            include_unknown=include_unknown,
            n_boot=n_boot,
            seed=seed,
        )
