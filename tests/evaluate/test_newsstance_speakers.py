"""Speaker-level scoring on newsstance-dev, on a fixture article and a rule-based model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from stancekit.errors import DataNotFoundError
from stancekit.evaluate.newsstance import evaluate_speakers, format_speaker_report

ARTICLE = (
    "Council fights over the bridge plan\n\n"
    '"We love the bridge plan," Mayor Ana Ruiz said on Monday.\n\n'
    '"The bridge plan is a disaster," said Tom Hale, a council member.\n\n'
    '"I have no view on it," said Joe Park, a resident.\n'
)


class KeywordModel:
    """favor on 'love', against on 'disaster', else none."""

    task = "stance"
    classes_ = np.array(["against", "none", "favor"])

    def predict_proba(self, X: Any) -> Any:
        rows = []
        for text in list(X["text"]):
            if "love" in text:
                rows.append([0.0, 0.05, 0.95])
            elif "disaster" in text:
                rows.append([0.95, 0.05, 0.0])
            else:
                rows.append([0.05, 0.9, 0.05])
        return np.array(rows)


@pytest.fixture
def news_dir(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    (root / "newsattr-dev").mkdir(parents=True)
    (root / "newsstance-dev").mkdir()
    (root / "newsattr-dev" / "articles.jsonl").write_text(
        json.dumps(
            {
                "id": "a1",
                "text": ARTICLE,
                "attributions": [
                    {"kind": "direct", "content": [[0, 5]], "source": None, "cue": None}
                ],
                "other_cases": [],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    (root / "newsstance-dev" / "targets.jsonl").write_text(
        json.dumps({"article": "a1", "targets": [{"name": "bridge plan", "aliases": ["bridge"]}]})
        + "\n"
    )
    gold = [
        {"article": "a1", "speaker": "Ana Ruiz", "target": "bridge plan", "label": "favor"},
        {"article": "a1", "speaker": "Tom Hale", "target": "bridge plan", "label": "against"},
        {"article": "a1", "speaker": "Nobody Here", "target": "bridge plan", "label": "none"},
    ]
    (root / "newsstance-dev" / "speakers.jsonl").write_text(
        "\n".join(json.dumps(g) for g in gold) + "\n"
    )
    return root


def test_evaluate_speakers_compares_by_speaker_with_gold(news_dir: Path) -> None:
    report = evaluate_speakers(news_dir, model=KeywordModel())
    by = {r["speaker"]: r for r in report["rows"]}
    assert by["Ana Ruiz"]["predicted"] == "favor"
    assert by["Tom Hale"]["predicted"] == "against"
    # a gold speaker without a predicted row counts as none
    assert by["Nobody Here"]["predicted"] == "none" and by["Nobody Here"]["score"] == 0.0
    assert report["metrics"] == {"accuracy": 1.0, "f1_macro": 1.0}
    text = format_speaker_report(report)
    assert "f1_macro" in text and "n=3" in text


def test_evaluate_speakers_names_missing_files(tmp_path: Path) -> None:
    with pytest.raises(DataNotFoundError, match="newsattr-dev"):
        evaluate_speakers(tmp_path, model=KeywordModel())


@pytest.mark.slow
def test_cli_evaluate_newsstance_prints_segment_and_speaker_levels(
    news_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stancekit.cli import main

    seg = {
        "article": "a1",
        "attribution": 0,
        "other_case": None,
        "narration": False,
        "spans": [[0, 5]],
        "text": "We love the bridge plan",
        "speaker": "Ana Ruiz",
        "target": "bridge plan",
        "label": "favor",
        "why": "x",
    }
    (news_dir / "newsstance-dev" / "segments.jsonl").write_text(json.dumps(seg) + "\n")
    out = tmp_path / "report.json"
    argv = ["evaluate", "--dataset", "newsstance", "--model", "default"]
    status = main([*argv, "--data-dir", str(news_dir), "--output", str(out)])
    assert status == 0
    printed = capsys.readouterr().out
    assert "newsstance / dev" in printed and "newsstance / speakers" in printed
    report = json.loads(out.read_text())
    assert report["n"] == 1 and report["speakers"]["n"] == 3
