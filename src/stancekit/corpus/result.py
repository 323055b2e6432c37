"""``Corpus``: the output folder of ``analyze_corpus``, read lazily from Parquet.

Only the files of finished shards are read (those with a marker in ``_shards/``), each
checked first against the size and sha256 its marker records; a damaged one is a
:class:`~stancekit.errors.CorruptOutputError` naming it (running the same
``analyze-corpus`` command again redoes it). A folder whose run has not finished gives an
:class:`~stancekit.errors.IncompleteCorpusWarning` and the finished shards' rows.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from stancekit.corpus.checksums import check_shard, marker_names, read_manifest, read_marker
from stancekit.errors import (
    CorruptOutputError,
    DataNotFoundError,
    IncompleteCorpusWarning,
    expected_got,
)
from stancekit.records import Pair, Segment, Span, StanceScore, Target
from stancekit.tables import (
    DEFAULT_RELEVANCE,
    DEFAULT_THRESHOLD,
    PAIR_READ_COLUMNS,
    SEGMENT_READ_COLUMNS,
    Relevance,
    scores_from_pair_rows,
    segment_from_row,
    segments_from_rows,
    speaker_table,
)

if TYPE_CHECKING:
    from stancekit.results import Analysis

__all__ = ["Corpus"]


def _mentioned(flag: Any) -> tuple[Span, ...]:
    # the tables keep whether a pair mentions its target, not where: an empty span says so
    return (Span(0, 0),) if bool(flag) else ()


def _rebuild_text(segments: Sequence[Segment]) -> str:
    """The article from its segments; gaps are whitespace (a newline between paragraphs)."""
    parts: list[str] = []
    pos = 0
    paragraph = 0
    for seg in sorted(segments, key=lambda s: s.start):
        gap = seg.start - pos
        if gap > 0:
            newline = seg.paragraph != paragraph and pos > 0
            parts.append(("\n" + " " * (gap - 1)) if newline else " " * gap)
        parts.append(seg.text)
        pos, paragraph = seg.end, seg.paragraph
    return "".join(parts)


class Corpus:
    """The output of :func:`stancekit.analyze_corpus`; nothing is read until asked for.

    Args:
        path: The output folder (it holds ``manifest.json``).
        verify: Check each shard file against the sha256 in its marker before a table
            is first read (once per table); sizes are always checked.

    Raises:
        DataNotFoundError: No ``manifest.json`` in ``path``.
        CorruptOutputError: ``manifest.json`` or a shard is damaged (when read).

    Warns:
        IncompleteCorpusWarning: The run has not finished; tables hold the finished
            shards only.

    Examples:
        >>> corpus = stancekit.Corpus("out/")  # doctest: +SKIP
        >>> corpus.pairs(columns=["article", "target", "p_favor"])  # doctest: +SKIP
    """

    def __init__(self, path: str | Path, *, verify: bool = True) -> None:
        self.path = Path(path)
        self.verify = verify
        self._checked: dict[str, list[Path]] = {}
        if not (self.path / "manifest.json").is_file():
            raise DataNotFoundError(
                expected_got(
                    "path",
                    "an analyze_corpus output folder with manifest.json",
                    str(path),
                    "Run stancekit analyze-corpus ... --output DIR first.",
                )
            )
        manifest = self.manifest
        if not manifest.get("complete"):
            warnings.warn(
                f"{self.path}: the analyze-corpus run has not finished "
                f"({len(marker_names(self.path))} of {manifest.get('shards', '?')} shards "
                "written); the tables hold the finished shards only. Run the same command "
                "again to finish it.",
                IncompleteCorpusWarning,
                stacklevel=2,
            )

    def __repr__(self) -> str:
        counts = self.manifest.get("counts") or {}
        state = "complete" if self.manifest.get("complete") else "incomplete"
        return f"Corpus({str(self.path)!r}, {state}, {counts})"

    @property
    def manifest(self) -> dict[str, Any]:
        """The run's settings, inputs, models, versions and counts (``manifest.json``).

        Raises:
            CorruptOutputError: The file is not a JSON object.
        """
        return read_manifest(
            self.path / "manifest.json",
            "run the analyze-corpus command again with --restart to rebuild the folder.",
        )

    def _files(self, name: str) -> list[Path]:
        """The verified files of table ``name``: one per finished shard, in shard order."""
        if name in self._checked:
            return self._checked[name]
        files, damaged = [], []
        for shard in marker_names(self.path):
            marker, problem = read_marker(self.path, shard)
            if marker is not None:
                problem = check_shard(self.path, shard, marker, full=self.verify)
            if problem is not None:
                damaged.append(f"{shard}: {problem}")
            else:
                files.append(self.path / name / f"{shard}.parquet")
        if damaged:
            raise CorruptOutputError(
                f"{self.path}: expected shard files that match the checksums in their "
                f"markers, found {len(damaged)} damaged: {'; '.join(damaged[:3])}"
                f"{' ...' if len(damaged) > 3 else ''}. Run the same analyze-corpus command "
                "again: it redoes damaged shards."
            )
        self._checked[name] = files
        return files

    @property
    def targets(self) -> list[str]:
        """The target names, in the order given."""
        return [t["name"] for t in self.manifest["settings"]["targets"]]

    def _read(self, name: str, columns: Sequence[str] | None, filters: Any) -> pd.DataFrame:
        import pyarrow.dataset as pads

        from stancekit.corpus.shards import schemas

        schema = schemas()[name]
        files = self._files(name)
        if not files:
            empty: pd.DataFrame = schema.empty_table().to_pandas()
            return empty[list(columns or schema.names)]
        dataset = pads.dataset([str(f) for f in files], format="parquet", schema=schema)
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

    def ids(self) -> list[str]:
        """The ids of the analysed articles (the ``article`` column), in input order."""
        column = self.segments(columns=["article"])["article"]
        return [str(a) for a in dict.fromkeys(column)]

    def analysis(self, article: str) -> Analysis:
        """One article of the corpus as an :class:`~stancekit.Analysis`, from the tables.

        Everything ``analyze()`` would give (segments with their speakers, sources and
        cues, every stored pair's probabilities), so its ``by_speaker()``,
        ``to_frame()`` and ``to_html()`` work as on a fresh analysis. The article text is
        rebuilt from the segments, which cover every non-whitespace character: the
        whitespace between them is a line break between paragraphs and spaces otherwise,
        so offsets are exact but runs of blank lines and indentation are not kept.

        Args:
            article: The article id (``article`` column; see :meth:`ids`).

        Raises:
            DataNotFoundError: No segment of that article in the output (not analysed,
                or in ``errors``).

        Examples:
            >>> corpus = stancekit.Corpus("out/")  # doctest: +SKIP
            >>> corpus.analysis(corpus.ids()[0]).to_html("first.html")  # doctest: +SKIP
        """
        import pyarrow.compute as pc

        from stancekit.results import Analysis

        key = str(article)
        segs = self.segments(filters=pc.field("article") == key).sort_values("segment")
        if segs.empty:
            raise DataNotFoundError(
                expected_got(
                    "article",
                    f"the id of an analysed article in {self.path}",
                    article,
                    "See Corpus.ids() for the ids, Corpus.errors() for the articles that failed.",
                )
            )
        rows: Any = segs.itertuples(index=False)
        segments = [segment_from_row(r) for r in rows]
        text = _rebuild_text(segments)
        pairs = self.pairs(filters=pc.field("article") == key)
        names = self.targets
        scores: list[StanceScore] = []
        unscored: list[Pair] = []
        pair_rows: Any = pairs.itertuples(index=False)
        for r in pair_rows:
            seg = segments[int(r.segment)]
            pair = Pair(int(r.segment), str(r.target), seg.text, _mentioned(r.mentioned))
            if r.p_against is None or np.isnan(r.p_against):
                unscored.append(pair)
                continue
            senti = None
            if r.p_negative is not None and not np.isnan(r.p_negative):
                senti = (float(r.p_negative), float(r.p_neutral), float(r.p_positive))
            stance = (float(r.p_against), float(r.p_none), float(r.p_favor))
            scores.append(StanceScore(pair, stance, senti))

        def order(p: Pair) -> tuple[int, int]:
            return p.segment, names.index(p.target)

        targets = tuple(
            Target(t["name"], tuple(t.get("aliases") or ()))
            for t in self.manifest["settings"]["targets"]
        )
        return Analysis(
            text=text,
            targets=targets,
            segments=tuple(segments),
            scores=tuple(sorted(scores, key=lambda sc: order(sc.pair))),
            unscored=tuple(sorted(unscored, key=order)),
        )

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
