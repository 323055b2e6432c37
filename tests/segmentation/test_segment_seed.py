"""The seed article: who said what in the Lukashenko interview report."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancekit.records import Segment
from stancekit.segmentation import segment

SEED = Path(__file__).parents[2] / "seeds" / "lukashenko_interview.txt"
LUKASHENKO = "Alexander Lukashenko"


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Segment]]:
    text = SEED.read_text(encoding="utf-8")
    return text, segment(text)


def containing(segs: list[Segment], words: str) -> Segment:
    (hit,) = [s for s in segs if words in s.text]
    return hit


def test_seed_every_direct_quote_is_lukashenkos(seed: tuple[str, list[Segment]]) -> None:
    _, segs = seed
    direct = [s for s in segs if s.kind == "direct"]
    assert len(direct) >= 7
    assert {s.speaker for s in direct} == {LUKASHENKO}
    for words in (
        "To be honest",
        "We categorically",
        "Thanks to yours truly",
        "Why is Ukraine",
        "The use of nuclear weapons",
        "everything could stop",
        "Putin almost certainly",
    ):
        assert containing(segs, words).kind == "direct"


@pytest.mark.parametrize(
    "words",
    [
        "Ukraine wanted to attack Belarus",
        "Zelenskyy is a recipient of orders from the United States",
    ],
)
def test_seed_reported_claims_are_indirect_lukashenko(
    seed: tuple[str, list[Segment]], words: str
) -> None:
    _, segs = seed
    hit = containing(segs, words)
    assert (hit.kind, hit.speaker) == ("indirect", LUKASHENKO)


def test_seed_no_evidence_sentence_is_narration(seed: tuple[str, list[Segment]]) -> None:
    _, segs = seed
    hit = containing(segs, "He did not present any evidence of this.")
    assert hit.text == "He did not present any evidence of this."
    assert hit.kind == "narration"


@pytest.mark.parametrize(
    "words", ["“war.”", "“special operation,”", "“last dictatorship in Europe”"]
)
def test_seed_scare_quotes_are_not_quotes(seed: tuple[str, list[Segment]], words: str) -> None:
    _, segs = seed
    assert containing(segs, words).kind == "narration"


def test_seed_sources_and_bio_excluded(seed: tuple[str, list[Segment]]) -> None:
    _, segs = seed
    for words in ("Sources: AP, DPA, AFP", "Source: Stern", "David William is a talented author"):
        assert containing(segs, words).excluded


def test_seed_pronoun_sources_resolve(seed: tuple[str, list[Segment]]) -> None:
    text, segs = seed
    pronoun = [
        s for s in segs if s.source is not None and text[s.source.start : s.source.end] == "he"
    ]
    assert pronoun and {s.speaker for s in pronoun} == {LUKASHENKO}
