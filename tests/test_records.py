from __future__ import annotations

import dataclasses

import pytest

from stancekit import Segment, Span, Target
from stancekit.errors import InvalidInputError, expected_got


def test_span_slices_and_overlaps() -> None:
    text = "The minister said"
    assert Span(4, 12).slice(text) == "minister"
    assert len(Span(4, 12)) == 8
    assert Span(0, 5).overlaps(Span(4, 6))
    assert not Span(0, 4).overlaps(Span(4, 6))


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 2), (0.5, 2)])
def test_span_rejects_bad_offsets(start: object, end: object) -> None:
    with pytest.raises(InvalidInputError):
        Span(start, end)  # type: ignore[arg-type]


def test_segment_is_frozen() -> None:
    seg = Segment(text="Hi", start=0, end=2, kind="direct")
    with pytest.raises(dataclasses.FrozenInstanceError):
        seg.text = "x"  # type: ignore[misc]
    assert seg.span == Span(0, 2)
    assert seg.is_attributed


def test_target_forms_and_validation() -> None:
    t = Target("United States", aliases=("USA", "US", "USA"))
    assert t.forms == ("United States", "USA", "US")
    with pytest.raises(InvalidInputError, match="trailing comma"):
        Target("NATO", aliases="Alliance")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="non-empty str"):
        Target("  ")


def test_expected_got_shortens_long_values() -> None:
    msg = expected_got("text", "a str", "x" * 200, "Pass a string.")
    assert msg.startswith("text: expected a str, got 'xxx")
    assert "... (str). Pass a string." in msg
