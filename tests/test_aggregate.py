from __future__ import annotations

import numpy as np
import pytest

from stancekit.aggregate import (
    UNKNOWN,
    aggregate,
    aggregate_frame,
    relevant_mask,
    speaker_of,
    stance_label,
    weighted_bootstrap,
)
from stancekit.errors import InvalidInputError
from stancekit.records import AUTHOR, Pair, Segment, Span, StanceScore

MARK = Span(0, 1)


def seg(
    kind: str = "direct",
    speaker: str | None = "A",
    *,
    paragraph: int = 0,
    attribution: int | None = None,
    cue: Span | None = MARK,
    source: Span | None = MARK,
    confidence: float = 1.0,
    excluded: bool = False,
) -> Segment:
    return Segment(
        "x",
        0,
        1,
        kind,  # type: ignore[arg-type]
        speaker=speaker if kind != "narration" else None,
        paragraph=paragraph,
        attribution=attribution if kind != "narration" else None,
        cue=cue if kind != "narration" else None,
        source=source if kind != "narration" else None,
        confidence=confidence,
        excluded=excluded,
    )


def follow_on(speaker: str = "A", paragraph: int = 0, attribution: int | None = None) -> Segment:
    return seg(speaker=speaker, paragraph=paragraph, attribution=attribution, cue=None, source=None)


@pytest.mark.parametrize(
    ("segment", "name"),
    [
        (seg("narration"), AUTHOR),
        (seg(speaker=None), UNKNOWN),
        (seg("indirect", speaker="Ann Lee"), "Ann Lee"),
    ],
)
def test_speaker_of_names_author_and_unknown(segment: Segment, name: str) -> None:
    assert speaker_of(segment) == name


@pytest.mark.parametrize(
    ("segments", "mentioned", "expected"),
    [
        # same attribution id as a mentioning segment
        (
            [seg(attribution=0), seg(attribution=0), seg(attribution=1)],
            [True, False, False],
            [True, True, False],
        ),
        # a cue-less follow-on quote of the same speaker in the next paragraph
        (
            [seg(attribution=0), seg("narration"), follow_on(paragraph=1, attribution=1)],
            [True, False, False],
            [True, False, True],
        ),
        # ... whose own attribution group then counts too
        (
            [seg(attribution=0), follow_on(attribution=1), follow_on(attribution=1)],
            [True, False, False],
            [True, True, True],
        ),
        # a follow-on of a follow-on does not chain further
        (
            [seg(attribution=0), follow_on(attribution=1), follow_on(attribution=2)],
            [True, False, False],
            [True, True, False],
        ),
        # another speaker's follow-on, or two paragraphs on, does not count
        (
            [seg(attribution=0), follow_on(speaker="B", attribution=1)],
            [True, False],
            [True, False],
        ),
        (
            [seg(attribution=0), follow_on(paragraph=2, attribution=1)],
            [True, False],
            [True, False],
        ),
        # an attributed segment of somebody else in between breaks the continuation
        (
            [seg(attribution=0), seg(speaker="B", attribution=1), follow_on(attribution=2)],
            [True, False, False],
            [True, False, False],
        ),
        # a follow-on with a cue is a new attribution
        (
            [seg(attribution=0), seg(attribution=1)],
            [True, False],
            [True, False],
        ),
        # narration never inherits relevance; excluded segments never count
        (
            [seg(attribution=0), seg("narration"), seg("narration", excluded=True)],
            [True, False, True],
            [True, False, False],
        ),
    ],
)
def test_relevant_mask_attribution_rule(
    segments: list[Segment], mentioned: list[bool], expected: list[bool]
) -> None:
    assert relevant_mask(segments, mentioned, relevance="attribution") == expected


def test_relevant_mask_mention_only() -> None:
    segments = [seg(attribution=0), seg(attribution=0)]
    assert relevant_mask(segments, [True, False], relevance="mention") == [True, False]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [({"relevance": "all"}, "relevance"), ({"mentioned": [True]}, "one per segment")],
)
def test_relevant_mask_rejects_bad_input(kwargs: dict[str, object], match: str) -> None:
    args: dict[str, object] = {"segments": [seg(), seg()], "mentioned": [True, False]}
    args.update(kwargs)
    with pytest.raises(InvalidInputError, match=match):
        relevant_mask(**args)  # type: ignore[arg-type]


def test_weighted_bootstrap_mean_interval_and_seed() -> None:
    values = np.array([-0.8, -0.6, -0.7, 0.2])
    weights = np.array([1.0, 1.0, 1.0, 0.5])
    mean, low, high = weighted_bootstrap(values, weights, seed=1)
    assert mean == pytest.approx(np.average(values, weights=weights))
    assert -0.8 <= low <= mean <= high <= 0.2
    assert weighted_bootstrap(values, weights, seed=1) == (mean, low, high)
    assert weighted_bootstrap(np.array([0.3]), np.array([0.0])) == (0.3, 0.3, 0.3)
    zero = weighted_bootstrap(values, np.zeros(4))
    assert zero[0] == pytest.approx(values.mean())


@pytest.mark.parametrize(
    ("values", "weights"), [(np.array([]), np.array([])), (np.ones(2), np.ones(3))]
)
def test_weighted_bootstrap_rejects_bad_shapes(values: np.ndarray, weights: np.ndarray) -> None:
    with pytest.raises(InvalidInputError):
        weighted_bootstrap(values, weights)


@pytest.mark.parametrize(
    ("score", "low", "high", "label"),
    [
        (0.5, 0.2, 0.8, "favor"),
        (0.5, -0.1, 0.8, "none"),
        (0.1, 0.05, 0.15, "none"),
        (-0.5, -0.8, -0.1, "against"),
        (-0.5, -0.8, 0.1, "none"),
        (0.2, 0.2, 0.2, "favor"),
    ],
)
def test_stance_label_rule(score: float, low: float, high: float, label: str) -> None:
    assert stance_label(score, low, high) == label


def score(
    i: int,
    target: str,
    stance: tuple[float, float, float],
    *,
    mentioned: bool = True,
    article: int = 0,
    sentiment: tuple[float, float, float] | None = None,
) -> StanceScore:
    mentions = (Span(0, 1),) if mentioned else ()
    return StanceScore(Pair(i, target, "x", mentions, article), stance, sentiment)


SEGMENTS = [
    seg("narration"),
    seg(speaker="B", attribution=0),
    seg(speaker="A", attribution=1, confidence=0.5),
    seg(speaker="A", attribution=1),
    seg(speaker=None, attribution=2),
    seg(speaker="A", attribution=3),
]
AGAINST = (0.9, 0.05, 0.05)
FAVOR = (0.05, 0.05, 0.9)
NONE = (0.1, 0.8, 0.1)


def test_aggregate_groups_scores_and_orders_speakers() -> None:
    scores = [
        score(0, "war", NONE),
        score(1, "war", FAVOR),
        score(2, "war", AGAINST),
        score(3, "war", AGAINST, mentioned=False),
        score(4, "war", AGAINST),
        score(5, "war", NONE, mentioned=False),
    ]
    out = aggregate(scores, SEGMENTS)
    assert [(s.speaker, s.stance) for s in out] == [
        ("A", "against"),
        ("B", "favor"),
        (UNKNOWN, "against"),
        (AUTHOR, "none"),
    ]
    a = out[0]
    assert a.evidence == (2, 3)  # segment 3 shares segment 2's attribution; 5 is unrelated
    assert a.n_segments == 2
    assert a.score == pytest.approx(-0.85)
    assert a.ci_low <= a.score <= a.ci_high
    assert out[1].ci_low == out[1].ci_high == pytest.approx(0.85)
    assert [s.speaker for s in aggregate(scores, SEGMENTS, include_unknown=False)] == [
        "A",
        "B",
        AUTHOR,
    ]


def test_aggregate_weights_by_confidence() -> None:
    scores = [score(2, "war", FAVOR), score(3, "war", AGAINST)]
    (a,) = aggregate(scores, SEGMENTS)
    assert a.score == pytest.approx((0.5 * 0.85 - 1.0 * 0.85) / 1.5)


def test_aggregate_one_row_per_target_in_scoring_order() -> None:
    scores = [score(1, "war", AGAINST), score(1, "NATO", FAVOR), score(2, "NATO", FAVOR)]
    out = aggregate(scores, SEGMENTS)
    assert [(s.speaker, s.target, s.stance) for s in out] == [
        ("A", "NATO", "favor"),
        ("B", "war", "against"),
        ("B", "NATO", "favor"),
    ]


def test_aggregate_skips_targets_nobody_mentions() -> None:
    assert aggregate([score(1, "war", AGAINST, mentioned=False)], SEGMENTS) == []
    assert aggregate([], SEGMENTS) == []


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"threshold": 2.0}, "threshold"),
        ({"n_boot": 0}, "n_boot"),
        ({"relevance": "everything"}, "relevance"),
    ],
)
def test_aggregate_rejects_bad_options(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(InvalidInputError, match=match):
        aggregate([score(1, "war", AGAINST)], SEGMENTS, **kwargs)  # type: ignore[arg-type]


def test_aggregate_rejects_several_articles_and_bad_indices() -> None:
    with pytest.raises(InvalidInputError, match="one article"):
        aggregate([score(1, "w", AGAINST), score(1, "w", AGAINST, article=1)], SEGMENTS)
    with pytest.raises(InvalidInputError, match=r"pair\.segment"):
        aggregate([score(17, "w", AGAINST)], SEGMENTS)


def test_aggregate_frame_pools_articles_or_splits_them() -> None:
    scores = [
        score(1, "war", AGAINST, sentiment=(0.8, 0.1, 0.1)),
        score(0, "war", AGAINST, article=1, sentiment=(0.6, 0.2, 0.2)),
        score(1, "war", FAVOR, article=1, sentiment=(0.1, 0.1, 0.8)),
    ]
    by_article = {0: SEGMENTS, 1: SEGMENTS}
    pooled = aggregate_frame(scores, by_article)
    assert pooled[["article", "speaker", "n_segments", "n_articles"]].values.tolist() == [
        [-1, "B", 2, 2],
        [-1, AUTHOR, 1, 1],
    ]
    b = pooled.iloc[0]
    assert b["score"] == pytest.approx(0.0)
    assert b["stance"] == "none"
    assert b["evidence"] == [(0, 1), (1, 1)]
    assert b["sentiment_score"] == pytest.approx(((0.1 - 0.8) + (0.8 - 0.1)) / 2)
    split = aggregate_frame(scores, by_article, per_article=True)
    assert split[["article", "speaker", "stance"]].values.tolist() == [
        [0, "B", "against"],
        [1, "B", "favor"],
        [1, AUTHOR, "against"],
    ]


def test_aggregate_frame_without_sentiment_is_nan() -> None:
    frame = aggregate_frame([score(1, "war", AGAINST)], {0: SEGMENTS})
    assert np.isnan(frame.loc[0, "sentiment_score"])
    assert list(aggregate_frame([], {0: SEGMENTS}).columns)[:3] == ["article", "speaker", "target"]


def test_relevant_mask_topic_fallback_for_silent_speakers() -> None:
    segments = [
        seg("narration", paragraph=0),  # the headline mentions the target
        seg(speaker="A", attribution=0, paragraph=1),
        seg(speaker="B", attribution=1, paragraph=2),
        seg(speaker="B", attribution=2, paragraph=3),
        seg(speaker=None, attribution=3, paragraph=3),
        seg("narration", paragraph=3),
    ]
    mentioned = [True, True, False, False, False, False]
    assert relevant_mask(segments, mentioned, relevance="attribution") == [
        True,
        True,
        False,
        False,
        False,
        False,
    ]
    # B never mentions the article's topic: all of B's segments count; A keeps its own
    assert relevant_mask(segments, mentioned, relevance="topic") == [
        True,
        True,
        True,
        True,
        False,
        False,
    ]


def test_relevant_mask_topic_needs_headline_or_lede_mention() -> None:
    segments = [
        seg("narration", paragraph=0),
        seg("narration", paragraph=1),
        seg(speaker="B", attribution=1, paragraph=2),
        seg(speaker="A", attribution=0, paragraph=3),
    ]
    mentioned = [False, False, False, True]
    assert relevant_mask(segments, mentioned, relevance="topic") == [False, False, False, True]
    excluded_first = [seg("narration", paragraph=0, excluded=True), *segments]
    assert relevant_mask(excluded_first, [True, *mentioned], relevance="topic") == [
        False,
        False,
        False,
        False,
        True,
    ]


def test_aggregate_target_order() -> None:
    scores = [score(1, "war", AGAINST), score(1, "NATO", FAVOR)]
    out = aggregate(scores, SEGMENTS, target_order=["NATO", "peace", "war"])
    assert [s.target for s in out] == ["NATO", "war"]
    frame = aggregate_frame(scores, {0: SEGMENTS}, target_order=["NATO", "war"])
    assert frame.target.tolist() == ["NATO", "war"]
