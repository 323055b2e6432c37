"""The packaged span tagger (real MiniLM weights): slow, run in CI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancekit.segmentation import segment

pytestmark = pytest.mark.slow

SEED = Path(__file__).parents[2] / "seeds" / "lukashenko_interview.txt"


@pytest.fixture(scope="module")
def tagger() -> object:
    pytest.importorskip("peft")
    from stancekit.segmentation.tagger import load_default_tagger

    return load_default_tagger()


def test_packaged_tagger_says_what_it_was_trained_on() -> None:
    from stancekit.segmentation.tagger import default_tagger_dir

    config = json.loads((default_tagger_dir() / "stancekit.json").read_text())
    assert config["model_type"] == "span_tagger"
    trained_on = config["notes"]["trained_on"]
    assert "newsstance-train" in trained_on and "newsmtsc_train_600" in trained_on
    assert "newsattr" not in trained_on and "_330" not in trained_on  # never a dev set
    assert set(config["files"]) == {"adapter_model.safetensors", "adapter_config.json"}


def test_both_keeps_every_attribution_of_the_rules_on_the_seed(tagger: object) -> None:
    text = SEED.read_text(encoding="utf-8")

    def attributed(segs: list) -> set[tuple[int, int, str, str | None]]:
        return {(s.start, s.end, s.kind, s.speaker) for s in segs if s.attribution is not None}

    rules = attributed(segment(text))
    both = attributed(segment(text, backend="both", tagger=tagger))  # type: ignore[arg-type]
    assert len(rules) >= 15
    assert rules <= both


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # verbs and adjectives no lexicon of the rules lists
        (
            "Senator Ruth Okafor floated the idea that the toll should be scrapped.",
            "the idea that the toll should be scrapped.",
            "Ruth Okafor",
        ),
        ("Rep. Ana Cruz was adamant the vote was rigged.", "the vote was rigged.", "Ana Cruz"),
    ],
)
def test_both_finds_what_the_rules_miss(
    tagger: object, sentence: str, content: str, speaker: str
) -> None:
    assert all(s.attribution is None for s in segment(sentence))
    segs = segment(sentence, backend="both", tagger=tagger)  # type: ignore[arg-type]
    assert [(s.text, s.speaker) for s in segs if s.attribution is not None] == [(content, speaker)]
