"""What :func:`stancekit.analyze` returns: :class:`Analysis`, :class:`AnalysisSet`.

The result objects of the pipeline, with their frames (``to_frame``, ``by_speaker``,
``speakers``) and the speaker x target heatmap (``plot``). They hold the article text,
its segments and the scored pairs, so every number can be traced back to the text.

Excluded boilerplate segments (bylines, datelines, "Read more" lines, author bios;
``Segment.excluded``) stay in ``Analysis.segments`` so that indices match the segmenter's
output, but they are never scored and never appear in the frames.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from stancekit.aggregate import (
    DEFAULT_RELEVANCE,
    DEFAULT_THRESHOLD,
    Relevance,
    aggregate,
    relevant_mask,
    speaker_of,
)
from stancekit.failures import errors_frame
from stancekit.records import Pair, Segment, SpeakerStance, StanceScore, Target
from stancekit.tables import (
    PAIR_COLUMNS,
    SPEAKER_COLUMNS,
    pair_rows,
    speaker_table,
    stack_pair_frames,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["SEGMENT_COLUMNS", "SPEAKER_COLUMNS", "Analysis", "AnalysisSet"]

#: Columns of :meth:`Analysis.to_frame` (``AnalysisSet.to_frame`` adds ``article`` first).
SEGMENT_COLUMNS = PAIR_COLUMNS


@dataclass(frozen=True)
class Analysis:
    """The analysis of one article.

    Attributes:
        text: The article.
        targets: The targets, normalised.
        segments: Every segment of the article, excluded boilerplate included.
        scores: One :class:`~stancekit.records.StanceScore` per scored pair (every
            non-excluded segment x every target, or only the pairs that can count with
            ``score="relevant"``), segment-major.
        unscored: The pairs left unscored with ``score="relevant"`` (none by default).
    """

    text: str
    targets: tuple[Target, ...]
    segments: tuple[Segment, ...]
    scores: tuple[StanceScore, ...] = field(repr=False)
    unscored: tuple[Pair, ...] = field(default=(), repr=False)

    def __repr__(self) -> str:
        return (
            f"Analysis({len(self.text)} chars, {len(self.segments)} segments, "
            f"targets={[t.name for t in self.targets]})"
        )

    @property
    def pairs(self) -> tuple[Pair, ...]:
        """Every (segment, target) pair, scored or not, segment-major."""
        return tuple(sorted((*(s.pair for s in self.scores), *self.unscored), key=self._key))

    def _key(self, pair: Pair) -> tuple[int, int]:
        names = [t.name for t in self.targets]
        return pair.segment, names.index(pair.target)

    def _relevance(self, relevance: Relevance) -> dict[tuple[int, str], bool]:
        out: dict[tuple[int, str], bool] = {}
        for target in self.targets:
            mentioned = [False] * len(self.segments)
            for sc in self.scores:
                if sc.pair.target == target.name:
                    mentioned[sc.pair.segment] = sc.pair.mentioned
            mask = relevant_mask(self.segments, mentioned, relevance=relevance)
            out.update({(i, target.name): flag for i, flag in enumerate(mask)})
        return out

    def to_frame(self, *, relevance: Relevance = DEFAULT_RELEVANCE) -> pd.DataFrame:
        """One row per (segment, target) pair of the non-excluded segments.

        Args:
            relevance: The rule behind the ``relevant`` column (see
                :mod:`stancekit.aggregate`).

        Returns:
            Columns ``segment`` (index into :attr:`segments`), ``start``, ``end``,
            ``kind``, ``speaker`` (``"(author)"`` for narration, ``"(unknown)"`` for
            unnamed speakers), ``target``, ``mentioned``, ``relevant`` (counts in
            :meth:`by_speaker`), ``stance`` (most probable label), ``p_against``,
            ``p_none``, ``p_favor``, ``sentiment``, ``p_negative``, ``p_neutral``,
            ``p_positive`` (None/NaN without sentiment) and ``text``. Pairs left
            unscored (``score="relevant"``) have NaN probabilities and no labels.

        Examples:
            >>> analysis.to_frame().query("mentioned")  # doctest: +SKIP
        """
        rows = pair_rows(
            self.segments, self.targets, self.scores, self.unscored, self._relevance(relevance)
        )
        return pd.DataFrame(rows, columns=SEGMENT_COLUMNS)

    def speaker_stances(
        self,
        *,
        relevance: Relevance = DEFAULT_RELEVANCE,
        threshold: float = DEFAULT_THRESHOLD,
        include_unknown: bool = True,
        n_boot: int = 1000,
        seed: int = 0,
    ) -> list[SpeakerStance]:
        """The per-speaker results as :class:`~stancekit.records.SpeakerStance` records.

        Takes the arguments of :meth:`by_speaker`.

        Examples:
            >>> analysis.speaker_stances()[0].evidence  # doctest: +SKIP
            (3, 4, 7)
        """
        return aggregate(
            self.scores,
            self.segments,
            relevance=relevance,
            threshold=threshold,
            include_unknown=include_unknown,
            n_boot=n_boot,
            seed=seed,
            target_order=[t.name for t in self.targets],
        )

    def by_speaker(
        self,
        *,
        relevance: Relevance = DEFAULT_RELEVANCE,
        threshold: float = DEFAULT_THRESHOLD,
        include_unknown: bool = True,
        n_boot: int = 1000,
        seed: int = 0,
    ) -> pd.DataFrame:
        """One row per (speaker, target) with at least one relevant segment.

        A segment is relevant to a target when it mentions the target, or continues an
        attribution that does (the same attribution id, or a cue-less follow-on quote of
        the same speaker right after it, in the same or the next paragraph); narration
        counts only where it mentions the target. By default (``relevance="topic"``) a
        named speaker who never does so, in an article whose headline or lede mentions
        the target, counts with all their segments. The ``score`` is the mean of
        ``P(favor) - P(against)`` over the relevant segments, weighted by attribution
        confidence; ``ci_low``/``ci_high`` is its 95 % bootstrap interval over segments
        (fixed seed). ``stance`` is ``"favor"`` when ``score >= threshold`` and the
        interval lies above 0, ``"against"`` in the mirror case, else ``"none"``.
        Narration is ``"(author)"``; attributed segments with no named speaker are
        ``"(unknown)"`` (dropped with ``include_unknown=False``).

        Args:
            relevance: ``"topic"`` (the rule above), ``"attribution"`` (without the
                topic fallback) or ``"mention"`` (mentioning segments only).
            threshold: Minimum ``|score|`` for a favor/against label.
            include_unknown: Keep ``"(unknown)"`` rows.
            n_boot: Bootstrap resamples.
            seed: Bootstrap seed.

        Returns:
            Columns ``speaker``, ``target``, ``stance``, ``score``, ``ci_low``,
            ``ci_high``, ``n_segments``, ``sentiment_score`` (mean ``P(positive) -
            P(negative)``; NaN without sentiment) and ``evidence`` (segment indices).
            Named speakers come first (most attributed segments first), then
            ``"(unknown)"`` and ``"(author)"``.

        Examples:
            >>> analysis.by_speaker()[["speaker", "target", "stance"]]  # doctest: +SKIP
        """
        return speaker_table(
            self.scores,
            {0: self.segments} if not self.scores else {self.scores[0].pair.article: self.segments},
            [t.name for t in self.targets],
            ids=None,
            relevance=relevance,
            threshold=threshold,
            include_unknown=include_unknown,
            n_boot=n_boot,
            seed=seed,
        )

    def speakers(self) -> pd.DataFrame:
        """How much each speaker says: one row per speaker with attributed segments.

        Returns:
            Columns ``speaker``, ``quotes`` (direct attributions), ``reported``
            (indirect and mixed attributions) and ``n_segments``, most segments first.
            A quote split around its cue counts once.

        Examples:
            >>> analysis.speakers().iloc[0].tolist()  # doctest: +SKIP
            ['Alexander Lukashenko', 8, 4, 12]
        """
        return _speaker_counts([self.segments])

    def to_html(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        full_page: bool = True,
        title: str | None = None,
        relevance: Relevance = DEFAULT_RELEVANCE,
        threshold: float = DEFAULT_THRESHOLD,
        include_unknown: bool = True,
    ) -> str:
        """The article marked up by speaker and stance, as one self-contained HTML page.

        Above the text, the :meth:`by_speaker` table (a sign and a word for each stance,
        the score, its 95 % interval, n and links to the evidence); then the article, each
        attributed segment in its speaker's colour with the name beside it (quotes
        tinted with a solid line, reported speech dashed, mixed quotes dotted, narration
        plain). A picker chooses the target; every segment that counts for it gets a badge
        (``+ favor``, ``- against``, ``o none`` and its score). Hovering or clicking a
        segment shows its probabilities for every target. No script, no network: every
        text is escaped and a full page forbids scripts (Content-Security-Policy).

        Args:
            path: Also write the HTML there (UTF-8).
            full_page: A whole document; ``False`` gives the ``<div>`` alone (what
                notebooks show through ``_repr_html_``).
            title: The heading; default: the article's first non-empty line.
            relevance: See :meth:`by_speaker`.
            threshold: See :meth:`by_speaker`.
            include_unknown: See :meth:`by_speaker`.

        Returns:
            The HTML.

        Examples:
            >>> analysis.to_html("article.html")  # doctest: +SKIP
        """
        from stancekit.display import default_title, page, render

        fragment = render(
            self,
            relevance=relevance,
            threshold=threshold,
            include_unknown=include_unknown,
            title=title,
        )
        heading = title if title is not None else default_title(self.text)
        out = page([fragment], title=heading) if full_page else fragment
        if path is not None:
            Path(path).write_text(out, encoding="utf-8")
        return out

    def _repr_html_(self) -> str:
        """The HTML view (:meth:`to_html` without the document around it) for notebooks."""
        return self.to_html(full_page=False)

    def plot(self, ax: Axes | None = None, **kwargs: Any) -> Axes:
        """Heatmap of the per-speaker scores: speakers x targets, colour = score.

        Each cell shows the score and its 95 % interval; blank cells have no relevant
        segment.

        Args:
            ax: The axes to draw on; a new figure when ``None``.
            **kwargs: Passed to :meth:`by_speaker` (``relevance``, ``threshold`` ...).

        Returns:
            The axes.

        Examples:
            >>> ax = analysis.plot()  # doctest: +SKIP
            >>> ax.figure.savefig("stances.png")  # doctest: +SKIP
        """
        return _heatmap(self.by_speaker(**kwargs), [t.name for t in self.targets], ax)


def _speaker_counts(segment_lists: Sequence[Sequence[Segment]]) -> pd.DataFrame:
    counts: dict[str, dict[str, int]] = {}
    for segments in segment_lists:
        seen: set[tuple[str, int]] = set()
        for i, seg in enumerate(segments):
            if seg.excluded or not seg.is_attributed:
                continue
            c = counts.setdefault(speaker_of(seg), {"quotes": 0, "reported": 0, "n_segments": 0})
            c["n_segments"] += 1
            key = (speaker_of(seg), seg.attribution if seg.attribution is not None else -1 - i)
            if key in seen:
                continue
            seen.add(key)
            c["quotes" if seg.kind == "direct" else "reported"] += 1
    rows = [{"speaker": s, **c} for s, c in counts.items()]
    frame = pd.DataFrame(rows, columns=["speaker", "quotes", "reported", "n_segments"])
    return frame.sort_values(
        ["n_segments", "speaker"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def _heatmap(frame: pd.DataFrame, targets: list[str], ax: Axes | None) -> Axes:
    import matplotlib.pyplot as plt

    speakers = list(dict.fromkeys(frame["speaker"]))
    grid = np.full((len(speakers), len(targets)), np.nan)
    notes: dict[tuple[int, int], str] = {}
    for row in frame.itertuples(index=False):
        i, j = speakers.index(str(row.speaker)), targets.index(str(row.target))
        grid[i, j] = row.score
        notes[(i, j)] = f"{row.score:+.2f}\n[{row.ci_low:+.2f}, {row.ci_high:+.2f}]"
    if ax is None:
        width = 1.6 + 1.3 * max(len(targets), 1)
        height = 1.2 + 0.6 * max(len(speakers), 1)
        _, ax = plt.subplots(figsize=(width, height))
    image = ax.imshow(np.ma.masked_invalid(grid), cmap="RdBu", vmin=-1.0, vmax=1.0, aspect="auto")
    ax.set_xticks(range(len(targets)), labels=targets, rotation=30, ha="right")
    ax.set_yticks(range(len(speakers)), labels=speakers)
    for (i, j), note in notes.items():
        dark = abs(grid[i, j]) > 0.6
        ax.text(
            j, i, note, ha="center", va="center", fontsize=7, color="white" if dark else "black"
        )
    ax.figure.colorbar(image, ax=ax, label="score = P(favor) - P(against)")
    ax.set_title("Stance by speaker")
    return ax


@dataclass(frozen=True)
class AnalysisSet(Sequence[Analysis]):
    """The analyses of a corpus; a sequence of :class:`Analysis` with corpus-level frames.

    Attributes:
        analyses: One :class:`Analysis` per article, in input order.
        ids: The article identifiers used in the ``article`` column (0, 1, ... unless
            given).
        errors: The articles that could not be analysed and are left out of
            ``analyses``: columns ``article`` (id), ``row`` (input position), ``error``
            (exception type) and ``message`` (see :mod:`stancekit.failures`).
    """

    analyses: tuple[Analysis, ...]
    ids: tuple[Any, ...]
    errors: pd.DataFrame = field(
        default_factory=lambda: errors_frame([]), repr=False, compare=False
    )

    def __len__(self) -> int:
        return len(self.analyses)

    def __getitem__(self, i: int) -> Analysis:  # type: ignore[override]
        return self.analyses[i]

    def __iter__(self) -> Iterator[Analysis]:
        return iter(self.analyses)

    def __repr__(self) -> str:
        failed = f", {len(self.errors)} failed" if len(self.errors) else ""
        return f"AnalysisSet({len(self.analyses)} articles{failed})"

    @property
    def targets(self) -> tuple[Target, ...]:
        """The targets shared by every article."""
        return self.analyses[0].targets if self.analyses else ()

    def to_frame(self, *, relevance: Relevance = DEFAULT_RELEVANCE) -> pd.DataFrame:
        """Every article's :meth:`Analysis.to_frame`, stacked, with an ``article`` column.

        Examples:
            >>> corpus.to_frame().groupby("article").size()  # doctest: +SKIP
        """
        frames = [a.to_frame(relevance=relevance) for a in self.analyses]
        return stack_pair_frames(self.ids, frames)

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
        """Per-speaker stances over the whole corpus (or per article).

        A speaker's relevant segments from every article are pooled (speakers are
        matched by their exact name), so the score, interval and label are corpus-level;
        the rules are those of :meth:`Analysis.by_speaker`.

        Args:
            per_article: One row per (article, speaker, target) instead.
            relevance: See :meth:`Analysis.by_speaker`.
            threshold: See :meth:`Analysis.by_speaker`.
            include_unknown: See :meth:`Analysis.by_speaker`.
            n_boot: Bootstrap resamples.
            seed: Bootstrap seed.

        Returns:
            The columns of :meth:`Analysis.by_speaker` plus ``n_articles``, with
            ``evidence`` as ``(article, segment)`` pairs; with ``per_article`` an
            ``article`` column comes first.

        Examples:
            >>> corpus.by_speaker().query("speaker == 'Joe Biden'")  # doctest: +SKIP
        """
        return speaker_table(
            [sc for a in self.analyses for sc in a.scores],
            {i: a.segments for i, a in enumerate(self.analyses)},
            [t.name for t in self.targets],
            ids=self.ids,
            per_article=per_article,
            relevance=relevance,
            threshold=threshold,
            include_unknown=include_unknown,
            n_boot=n_boot,
            seed=seed,
        )

    def to_html(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        title: str | None = None,
        relevance: Relevance = DEFAULT_RELEVANCE,
        threshold: float = DEFAULT_THRESHOLD,
        include_unknown: bool = True,
    ) -> str:
        """One self-contained HTML page with :meth:`Analysis.to_html`'s view of each article.

        Each article is a section headed by its id (the first line of the text when
        there is a single article).

        Args:
            path: Also write the page there (UTF-8).
            title: The document title; default: the article id, or the number of articles.
            relevance: See :meth:`Analysis.by_speaker`.
            threshold: See :meth:`Analysis.by_speaker`.
            include_unknown: See :meth:`Analysis.by_speaker`.

        Returns:
            The HTML document.

        Examples:
            >>> corpus.to_html("corpus.html")  # doctest: +SKIP
        """
        from stancekit.display import page, render

        single = len(self.analyses) == 1
        fragments = [
            render(
                analysis,
                relevance=relevance,
                threshold=threshold,
                include_unknown=include_unknown,
                title=None if single else str(article_id),
            )
            for article_id, analysis in zip(self.ids, self.analyses, strict=True)
        ]
        if title is None:
            title = str(self.ids[0]) if single else f"stancekit: {len(self.analyses)} articles"
        out = page(fragments, title=title)
        if path is not None:
            Path(path).write_text(out, encoding="utf-8")
        return out

    def speakers(self) -> pd.DataFrame:
        """Quote and reported-statement counts per speaker over the corpus."""
        return _speaker_counts([a.segments for a in self.analyses])

    def plot(self, ax: Axes | None = None, **kwargs: Any) -> Axes:
        """Heatmap of the corpus-level :meth:`by_speaker` scores (speakers x targets)."""
        kwargs.pop("per_article", None)
        return _heatmap(self.by_speaker(**kwargs), [t.name for t in self.targets], ax)
