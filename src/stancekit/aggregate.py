"""Stage 4: pair scores -> one stance per speaker x target, with evidence and intervals.

Pure numpy/pandas; works from :class:`~stancekit.records.StanceScore` records and the
segments they were built from.

**Who speaks.** Narration is the author's and appears as ``"(author)"``
(:data:`~stancekit.records.AUTHOR`). An attributed segment whose speaker the segmenter
could not name appears as ``"(unknown)"`` (:data:`UNKNOWN`), or is dropped with
``include_unknown=False``. Excluded boilerplate is never scored, so it never counts.

**Which segments count (relevance rule).** With ``relevance="attribution"`` a segment is
relevant to a target when

1. it mentions the target (its name or an alias), or
2. it belongs to the same attribution (same ``Segment.attribution`` id) as a segment
   relevant by 1 - a quote split around its cue, a multi-paragraph quote, or
3. it is a cue-less, source-less direct follow-on quote of the same speaker, in the same
   or the next paragraph, coming right after (no other attributed segment in between) a
   segment relevant by 1 or 2 - and then its own attribution group counts as well.

Narration counts only where it mentions the target. ``relevance="mention"`` keeps rule 1
only. ``relevance="topic"`` adds a fallback for the article's topic:

4. when the target is mentioned in the article's first two (non-boilerplate) paragraphs -
   the headline and the lede - a named speaker none of whose segments is relevant by 1-3
   is taken to speak about it, and all of that speaker's attributed segments count.

``"topic"`` is the default: on the stance layer of newsattr-dev it labels 6 of 13
speaker x target stances right with the default models, against 4 for ``"attribution"``
and ``"mention"`` (speakers in an article about X often argue about X without naming it).
It changes nothing for a speaker who names the target.

**Score and interval.** Each relevant segment contributes ``P(favor) - P(against)``,
weighted by the segment's attribution confidence; the score is the weighted mean, in
``[-1, 1]``. The 95 % interval is a percentile bootstrap over the relevant segments
(``n_boot`` resamples, fixed ``seed``); with one segment it collapses to the score.

**Label rule.** ``"favor"`` when ``score >= threshold`` and the interval lies above 0;
``"against"`` when ``score <= -threshold`` and the interval lies below 0; ``"none"``
otherwise. The default threshold is 0.2.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np
import pandas as pd

from stancekit.errors import InvalidInputError, expected_got
from stancekit.records import AUTHOR, Segment, SpeakerStance, StanceScore

__all__ = [
    "DEFAULT_RELEVANCE",
    "DEFAULT_THRESHOLD",
    "UNKNOWN",
    "Relevance",
    "aggregate",
    "aggregate_frame",
    "relevant_mask",
    "speaker_of",
    "stance_label",
    "weighted_bootstrap",
]

logger = logging.getLogger(__name__)

#: The speaker name for attributed segments whose speaker is not known.
UNKNOWN = "(unknown)"
DEFAULT_THRESHOLD = 0.2

Relevance = Literal["attribution", "mention", "topic"]
DEFAULT_RELEVANCE: Relevance = "topic"

_RELEVANCE = ("attribution", "mention", "topic")

#: Columns of :func:`aggregate_frame`.
FRAME_COLUMNS = [
    "article",
    "speaker",
    "target",
    "stance",
    "score",
    "ci_low",
    "ci_high",
    "n_segments",
    "n_articles",
    "sentiment_score",
    "evidence",
]


def speaker_of(segment: Segment) -> str:
    """The aggregation speaker of a segment: its speaker, ``"(author)"`` or ``"(unknown)"``.

    Examples:
        >>> speaker_of(Segment("Rain fell.", 0, 10, "narration"))
        '(author)'
        >>> speaker_of(Segment("We win", 1, 7, "direct"))
        '(unknown)'
    """
    if not segment.is_attributed:
        return AUTHOR
    return segment.speaker if segment.speaker else UNKNOWN


def _follows(segments: Sequence[Segment], prev: int, j: int) -> bool:
    a, b = segments[prev], segments[j]
    return (
        b.kind == "direct"
        and b.cue is None
        and b.source is None
        and b.speaker is not None
        and b.speaker == a.speaker
        and 0 <= b.paragraph - a.paragraph <= 1
    )


def relevant_mask(
    segments: Sequence[Segment],
    mentioned: Sequence[bool],
    *,
    relevance: Relevance = DEFAULT_RELEVANCE,
) -> list[bool]:
    """Apply the relevance rule (module docstring) for one target in one article.

    Args:
        segments: The article's segments, in text order.
        mentioned: For each segment, whether it mentions the target.
        relevance: ``"attribution"`` (rules 1-3), ``"mention"`` (rule 1 only) or
            ``"topic"`` (rules 1-4).

    Returns:
        For each segment, whether it is relevant to the target.

    Examples:
        >>> a = Segment("War is bad.", 1, 12, "direct", speaker="A", attribution=0)
        >>> b = Segment("Stop it.", 20, 28, "direct", speaker="A", attribution=1)
        >>> relevant_mask([a, b], [True, False])
        [True, True]
        >>> relevant_mask([a, b], [True, False], relevance="mention")
        [True, False]
    """
    if relevance not in _RELEVANCE:
        raise InvalidInputError(expected_got("relevance", f"one of {_RELEVANCE}", relevance))
    if len(mentioned) != len(segments):
        raise InvalidInputError(
            expected_got("mentioned", f"{len(segments)} flags (one per segment)", mentioned)
        )
    relevant = [bool(m) and not s.excluded for m, s in zip(mentioned, segments, strict=True)]
    if relevance == "mention":
        return relevant

    def expand_groups(flags: list[bool]) -> list[bool]:
        groups = {
            s.attribution for s, f in zip(segments, flags, strict=True) if f and s.is_attributed
        }
        groups.discard(None)
        return [
            f or (s.is_attributed and s.attribution is not None and s.attribution in groups)
            for s, f in zip(segments, flags, strict=True)
        ]

    relevant = expand_groups(relevant)
    anchors = list(relevant)
    prev: int | None = None  # the last attributed segment
    for j, seg in enumerate(segments):
        if seg.excluded or not seg.is_attributed:
            continue
        if prev is not None and anchors[prev] and _follows(segments, prev, j):
            relevant[j] = True
        prev = j
    relevant = expand_groups(relevant)
    if relevance == "topic" and _is_topic(segments, mentioned):
        covered = {s.speaker for s, f in zip(segments, relevant, strict=True) if f and s.speaker}
        relevant = [
            f
            or (s.is_attributed and not s.excluded and bool(s.speaker) and s.speaker not in covered)
            for s, f in zip(segments, relevant, strict=True)
        ]
    return relevant


def _is_topic(segments: Sequence[Segment], mentioned: Sequence[bool]) -> bool:
    """Whether the headline or the lede (first two paragraphs with content) mention it."""
    paragraphs = sorted({s.paragraph for s in segments if not s.excluded})[:2]
    return any(
        m and not s.excluded and s.paragraph in paragraphs
        for s, m in zip(segments, mentioned, strict=True)
    )


def weighted_bootstrap(
    values: np.ndarray,
    weights: np.ndarray,
    *,
    n_boot: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> tuple[float, float, float]:
    """Weighted mean of ``values`` and its percentile-bootstrap interval.

    Args:
        values: Shape (n,), n >= 1.
        weights: Shape (n,), non-negative; all-zero weights count as equal weights.
        n_boot: Number of resamples.
        seed: Seed of the resampling generator.
        level: Coverage of the interval.

    Returns:
        ``(mean, low, high)``.

    Examples:
        >>> weighted_bootstrap(np.array([0.5]), np.array([1.0]))
        (0.5, 0.5, 0.5)
    """
    v = np.asarray(values, dtype=float)
    w = np.clip(np.asarray(weights, dtype=float), 0.0, None)
    if v.ndim != 1 or v.size == 0 or w.shape != v.shape:
        raise InvalidInputError(
            expected_got("values/weights", "two 1-d arrays of the same non-zero length", v.shape)
        )
    if not w.sum() > 0:
        w = np.ones_like(v)
    mean = float(np.average(v, weights=w))
    if v.size == 1:
        return mean, mean, mean
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, v.size, size=(n_boot, v.size))
    ws = w[idx]
    totals = ws.sum(axis=1)
    ok = totals > 0
    means = (ws[ok] * v[idx][ok]).sum(axis=1) / totals[ok]
    alpha = (1.0 - level) / 2.0
    low, high = np.quantile(means, [alpha, 1.0 - alpha])
    return mean, float(min(low, mean)), float(max(high, mean))


def stance_label(
    score: float, ci_low: float, ci_high: float, threshold: float = DEFAULT_THRESHOLD
) -> str:
    """Turn a score and its interval into ``"against"``, ``"none"`` or ``"favor"``.

    Examples:
        >>> stance_label(0.5, 0.1, 0.8)
        'favor'
        >>> stance_label(0.5, -0.1, 0.8)
        'none'
    """
    if score >= threshold and ci_low > 0:
        return "favor"
    if score <= -threshold and ci_high < 0:
        return "against"
    return "none"


def _check_options(relevance: object, threshold: object, n_boot: object) -> None:
    if relevance not in _RELEVANCE:
        raise InvalidInputError(expected_got("relevance", f"one of {_RELEVANCE}", relevance))
    if not isinstance(threshold, int | float) or not 0 <= threshold <= 1:
        raise InvalidInputError(expected_got("threshold", "a number in [0, 1]", threshold))
    if not isinstance(n_boot, int) or isinstance(n_boot, bool) or n_boot < 1:
        raise InvalidInputError(expected_got("n_boot", "a positive int", n_boot))


def _groups(
    scores: Sequence[StanceScore],
    segments_by_article: Mapping[int, Sequence[Segment]],
    relevance: Relevance,
    include_unknown: bool,
) -> dict[tuple[str, str], list[int]]:
    """Map (speaker, target) to the indices of the relevant scores, in first-seen order."""
    by_key: dict[tuple[int, str], dict[int, int]] = {}
    for k, sc in enumerate(scores):
        by_key.setdefault((sc.pair.article, sc.pair.target), {})[sc.pair.segment] = k
    groups: dict[tuple[str, str], list[int]] = {}
    for (article, target), seg_to_score in by_key.items():
        segments = segments_by_article[article]  # checked by _prepare
        mentioned = [False] * len(segments)
        for i, k in seg_to_score.items():
            mentioned[i] = scores[k].pair.mentioned
        mask = relevant_mask(segments, mentioned, relevance=relevance)
        for i in sorted(seg_to_score):
            if not mask[i]:
                continue
            speaker = speaker_of(segments[i])
            if speaker == UNKNOWN and not include_unknown:
                continue
            groups.setdefault((speaker, target), []).append(seg_to_score[i])
    return groups


def _order(
    keys: list[tuple[str, str]], counts: Mapping[str, int], targets: list[str]
) -> list[tuple[str, str]]:
    def speaker_rank(s: str) -> tuple[int, int, str]:
        special = 2 if s == AUTHOR else 1 if s == UNKNOWN else 0
        return special, -counts.get(s, 0), s

    return sorted(keys, key=lambda k: (speaker_rank(k[0]), targets.index(k[1])))


def _summarise(
    scores: Sequence[StanceScore],
    idx: list[int],
    weights_of: Sequence[float],
    threshold: float,
    n_boot: int,
    seed: int,
) -> tuple[str, float, float, float, float]:
    probs = np.array([scores[k].stance for k in idx], dtype=float)
    w = np.array([weights_of[k] for k in idx], dtype=float)
    score, lo, hi = weighted_bootstrap(probs[:, 2] - probs[:, 0], w, n_boot=n_boot, seed=seed)
    senti = [scores[k].sentiment for k in idx]
    if all(s is not None for s in senti):
        sp = np.array(senti, dtype=float)
        sentiment = float(np.average(sp[:, 2] - sp[:, 0], weights=w if w.sum() > 0 else None))
    else:
        sentiment = float("nan")
    return stance_label(score, lo, hi, threshold), score, lo, hi, sentiment


def _prepare(
    scores: Sequence[StanceScore],
    segments_by_article: Mapping[int, Sequence[Segment]],
    target_order: Sequence[str] | None,
) -> tuple[list[float], dict[str, int], list[str]]:
    weights = []
    for sc in scores:
        segments = segments_by_article.get(sc.pair.article)
        if segments is None:
            raise InvalidInputError(
                expected_got("segments", f"the segments of article {sc.pair.article}", None)
            )
        if not 0 <= sc.pair.segment < len(segments):
            raise InvalidInputError(
                expected_got("pair.segment", f"an index below {len(segments)}", sc.pair.segment)
            )
        weights.append(float(segments[sc.pair.segment].confidence))
    counts: dict[str, int] = {}
    for segs in segments_by_article.values():
        for seg in segs:
            if seg.is_attributed and not seg.excluded:
                counts[speaker_of(seg)] = counts.get(speaker_of(seg), 0) + 1
    targets = list(dict.fromkeys([*(target_order or ()), *(sc.pair.target for sc in scores)]))
    return weights, counts, targets


def aggregate(
    scores: Sequence[StanceScore],
    segments: Sequence[Segment],
    *,
    relevance: Relevance = DEFAULT_RELEVANCE,
    threshold: float = DEFAULT_THRESHOLD,
    n_boot: int = 1000,
    seed: int = 0,
    include_unknown: bool = True,
    target_order: Sequence[str] | None = None,
) -> list[SpeakerStance]:
    """Aggregate one article's pair scores into a stance per speaker x target.

    Args:
        scores: One score per scored (segment, target) pair of the article.
        segments: The article's segments; ``pair.segment`` indexes into them.
        relevance: Which segments count (module docstring).
        threshold: Minimum ``|score|`` for a ``"favor"``/``"against"`` label.
        n_boot: Bootstrap resamples for the interval.
        seed: Seed of the bootstrap.
        include_unknown: Keep attributed segments with no named speaker as
            ``"(unknown)"``.
        target_order: The order of targets within a speaker (default: first scored).

    Returns:
        One record per (speaker, target) with at least one relevant segment; named
        speakers first (most attributed segments first), then ``"(unknown)"``, then
        ``"(author)"``; targets in ``target_order``, else in the order they were scored.

    Examples:
        >>> from stancekit.records import Pair, Span
        >>> seg = Segment("We reject war.", 1, 15, "direct", speaker="A", attribution=0)
        >>> pair = Pair(0, "war", seg.text, (Span(10, 13),))
        >>> out = aggregate([StanceScore(pair, (0.9, 0.05, 0.05))], [seg])
        >>> (out[0].speaker, out[0].stance, round(out[0].score, 2))
        ('A', 'against', -0.85)
    """
    _check_options(relevance, threshold, n_boot)
    articles = {sc.pair.article for sc in scores}
    if len(articles) > 1:
        raise InvalidInputError(
            expected_got(
                "scores",
                "scores of one article",
                f"articles {sorted(articles)}",
                "Use aggregate_frame() for several articles.",
            )
        )
    by_article = {a: segments for a in articles}
    weights, counts, targets = _prepare(scores, by_article, target_order)
    groups = _groups(scores, by_article, relevance, include_unknown)
    out = []
    for key in _order(list(groups), counts, targets):
        idx = groups[key]
        label, score, lo, hi, _ = _summarise(scores, idx, weights, threshold, n_boot, seed)
        evidence = tuple(sorted({scores[k].pair.segment for k in idx}))
        out.append(SpeakerStance(key[0], key[1], label, score, lo, hi, len(evidence), evidence))
    return out


def aggregate_frame(
    scores: Sequence[StanceScore],
    segments_by_article: Mapping[int, Sequence[Segment]],
    *,
    per_article: bool = False,
    relevance: Relevance = DEFAULT_RELEVANCE,
    threshold: float = DEFAULT_THRESHOLD,
    n_boot: int = 1000,
    seed: int = 0,
    include_unknown: bool = True,
    target_order: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Aggregate the scores of one or many articles into a per-speaker table.

    Args:
        scores: Scores of pairs from any of the articles (``pair.article`` keys them).
        segments_by_article: The segments of every article, keyed like ``pair.article``.
        per_article: One row per (article, speaker, target) instead of pooling a
            speaker's relevant segments over all articles.
        relevance: Which segments count (module docstring).
        threshold: Minimum ``|score|`` for a ``"favor"``/``"against"`` label.
        n_boot: Bootstrap resamples for the interval.
        seed: Seed of the bootstrap.
        include_unknown: Keep attributed segments with no named speaker as
            ``"(unknown)"``.
        target_order: The order of targets within a speaker (default: first scored).

    Returns:
        Columns ``article`` (-1 when pooled), ``speaker``, ``target``, ``stance``,
        ``score``, ``ci_low``, ``ci_high``, ``n_segments``, ``n_articles``,
        ``sentiment_score`` (mean ``P(positive) - P(negative)``, NaN without sentiment)
        and ``evidence`` (a list of ``(article, segment)`` index pairs).

    Examples:
        >>> from stancekit.records import Pair, Span
        >>> seg = Segment("Rain.", 0, 5, "narration")
        >>> sc = StanceScore(Pair(0, "rain", "Rain.", (Span(0, 4),)), (0.1, 0.2, 0.7))
        >>> aggregate_frame([sc], {0: [seg]})[["speaker", "stance"]].values.tolist()
        [['(author)', 'favor']]
    """
    _check_options(relevance, threshold, n_boot)
    weights, counts, targets = _prepare(scores, segments_by_article, target_order)
    if per_article:
        parts = [
            (a, [k for k, sc in enumerate(scores) if sc.pair.article == a])
            for a in sorted(segments_by_article)
        ]
    else:
        parts = [(-1, list(range(len(scores))))]
    rows = []
    for article, ks in parts:
        sub = [scores[k] for k in ks]
        groups = _groups(sub, segments_by_article, relevance, include_unknown)
        sub_w = [weights[k] for k in ks]
        for key in _order(list(groups), counts, targets):
            idx = groups[key]
            label, score, lo, hi, senti = _summarise(sub, idx, sub_w, threshold, n_boot, seed)
            evidence = sorted({(sub[k].pair.article, sub[k].pair.segment) for k in idx})
            rows.append(
                {
                    "article": article,
                    "speaker": key[0],
                    "target": key[1],
                    "stance": label,
                    "score": score,
                    "ci_low": lo,
                    "ci_high": hi,
                    "n_segments": len(evidence),
                    "n_articles": len({a for a, _ in evidence}),
                    "sentiment_score": senti,
                    "evidence": evidence,
                }
            )
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)
