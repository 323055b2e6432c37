"""The segmenter's contract: types, errors, offsets and coverage, on any input."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit.errors import InvalidInputError, UnbalancedQuoteWarning
from stancekit.records import Segment
from stancekit.segmentation import segment

sys.path.insert(0, str(Path(__file__).parent))
from fixtures import BOILERPLATE, DEPOT, LUKASHENKO_ROLE, MULTI_PARAGRAPH

SEED = Path(__file__).parents[2] / "seeds" / "lukashenko_interview.txt"


def check_partition(text: str, segs: list[Segment]) -> None:
    """Ordered, non-overlapping, trimmed, exact slices, covering all non-whitespace."""
    pos = 0
    covered = [False] * len(text)
    for sg in segs:
        assert 0 <= sg.start < sg.end <= len(text)
        assert sg.start >= pos, "segments overlap or are out of order"
        assert text[sg.start : sg.end] == sg.text
        assert sg.text == sg.text.strip()
        for i in range(sg.start, sg.end):
            covered[i] = True
        pos = sg.end
    missing = [i for i, c in enumerate(text) if not c.isspace() and not covered[i]]
    assert not missing, f"uncovered characters at {missing[:5]}"
    groups: dict[int, Segment] = {}
    for sg in segs:
        if sg.kind == "narration":
            assert sg.attribution is None and sg.speaker is None
            continue
        assert sg.attribution is not None
        first = groups.setdefault(sg.attribution, sg)
        assert (first.speaker, first.source, first.cue) == (sg.speaker, sg.source, sg.cue)


def test_segment_exported_from_package() -> None:
    assert stancekit.segment is segment


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["a list"]])
def test_segment_rejects_non_str(bad: object) -> None:
    with pytest.raises(InvalidInputError, match=type(bad).__name__):
        segment(bad)  # type: ignore[arg-type]


def test_segment_rejects_unknown_backend() -> None:
    with pytest.raises(InvalidInputError, match="backend"):
        segment("He said it works.", backend="spacy-large")


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n"])
def test_segment_empty_gives_no_segments(text: str) -> None:
    assert segment(text) == []


@pytest.mark.parametrize("text", [DEPOT, MULTI_PARAGRAPH, LUKASHENKO_ROLE, BOILERPLATE])
def test_segment_fixtures_are_partitions(text: str) -> None:
    check_partition(text, segment(text))


def test_segment_seed_article_is_partition() -> None:
    text = SEED.read_text(encoding="utf-8")
    check_partition(text, segment(text))


def test_segment_paragraph_indices_follow_lines() -> None:
    segs = segment(DEPOT)
    assert segs[0].paragraph == 0
    assert [s.paragraph for s in segs] == sorted(s.paragraph for s in segs)
    assert segs[-1].paragraph == 4  # headline, byline, two body paragraphs, sources


_NEWSY = st.sampled_from(
    [
        "said",
        "told",
        "according to",
        "he",
        "she",
        "The minister",
        "Ana Ruiz",
        "Mr.",
        '"',
        "“",
        "”",
        "'",
        "‘",
        "’",
        ",",
        ".",
        ":",
        ";",
        "—",
        "\n",
        "\n\n",
        "that",
        "warned",
        "Q:",
        "A:",
        "By",
        "Sources:",
        "» Read more:",
        "<p>",
        "</p>",
        "reportedly",
        "believes",
        "the",
        "bridge",
        "was",
        "unsafe",
        "called for",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_segment_any_text_is_partition(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnbalancedQuoteWarning)
        segs = segment(text)
    check_partition(text, segs)


@settings(max_examples=150, deadline=None)
@given(st.lists(_NEWSY, max_size=60).map(" ".join))
def test_segment_newsy_token_soup_is_partition(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnbalancedQuoteWarning)
        segs = segment(text)
    check_partition(text, segs)


def test_segment_long_input_restores_garbage_collector() -> None:
    import gc

    text = "\n\n".join([DEPOT] * 4000)  # about 1.2 MB
    assert len(text) > 1_000_000
    assert gc.isenabled()
    segs = segment(text)
    assert gc.isenabled()
    assert sum(s.kind == "direct" for s in segs) == 3 * 4000
