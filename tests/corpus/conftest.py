"""Fixtures of the corpus tests: tiny saved transformer models and a small corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

PAIRS = [
    ("we love the bridge plan", "bridge"),
    ("critics slam the bridge as a waste of money", "bridge"),
    ("the council will vote on the plan next week", "council"),
    ("voters praise the new tax", "tax"),
    ("they oppose the war", "war"),
    ("the minister said the tax is terrible", "tax"),
    ("russia and ukraine talks on peace are planned", "peace"),
    ("we welcome and support nato", "nato"),
]
LABELS = {
    "stance": ["favor", "against", "none", "favor", "against", "against", "none", "favor"],
    "sentiment": [
        "positive",
        "negative",
        "neutral",
        "positive",
        "negative",
        "negative",
        "neutral",
        "positive",
    ],
}
TARGETS = ["bridge", "council=council member"]


def make_articles(base: str, n: int = 9) -> list[dict[str, Any]]:
    """``n`` two-speaker articles that share most sentences (as wire copy does)."""
    out = []
    for i in range(n):
        text = base.replace("Monday", ["Monday", "Tuesday", "Friday"][i % 3])
        text += f"\nThe council met {i} times about the bridge.\n"
        out.append({"id": f"a{i:02d}", "text": text})
    return out


@pytest.fixture(scope="session")
def tiny_models(tiny_model_dir: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Saved tiny transformer models (stance and sentiment), fitted in about a second."""
    pytest.importorskip("peft")
    from stancekit.models.transformer import TransformerStanceClassifier

    root = tmp_path_factory.mktemp("tiny-models")
    out = {}
    for task in ("stance", "sentiment"):
        clf = TransformerStanceClassifier(
            task=task,
            base_model=tiny_model_dir,
            epochs=1,
            batch_size=4,
            max_length=64,
            seed=0,
            device="cpu",
            show_progress_bar=False,
        )
        clf.fit(PAIRS, LABELS[task])
        out[task] = str(clf.save_pretrained(root / task))
    return out


@pytest.fixture
def corpus_rows(two_speaker_article: str) -> list[dict[str, Any]]:
    """Nine good articles and two bad ones (null text, a number) at rows 3 and 7."""
    rows: list[dict[str, Any]] = make_articles(two_speaker_article, 9)
    rows.insert(3, {"id": "bad-null", "text": None})
    rows.insert(7, {"id": "bad-number", "text": 42})
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def corpus_jsonl(tmp_path: Path, corpus_rows: list[dict[str, Any]]) -> Path:
    return write_jsonl(tmp_path / "news.jsonl", corpus_rows)


@pytest.fixture(scope="session")
def ray_local() -> Any:
    """A local Ray with 2 CPUs for the whole session (started once, shut down at the end)."""
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()
