"""The real-news attribution dev set: loader checks, scorer additions and the floors."""

from __future__ import annotations

import hashlib
import json
import warnings
from pathlib import Path
from typing import Any

import pytest

from stancekit.errors import DataNotFoundError, InvalidInputError, UnbalancedQuoteWarning
from stancekit.evaluate.attribution import (
    load_realnews_attr,
    predict_attributions,
    score_attributions,
)

ROOT = Path(__file__).parents[2]
DATA = ROOT.parent / "shared" / "data"
ANNOTATIONS = ROOT / "benchmarks" / "realnews_attr" / "newsmtsc_train_330.jsonl"
needs_newsmtsc = pytest.mark.skipif(
    not (DATA / "newsmtsc" / "official" / "train.jsonl").exists(), reason="NewsMTSC not present"
)


def _article(text: str, **extra: Any) -> dict[str, Any]:
    return {"id": "a", "text": text, "attributions": [], "other_cases": [], **extra}


def test_score_credits_speech_act_on_d7_span() -> None:
    text = "The union praised the decision. Prices rose."
    art = _article(
        text,
        other_cases=[{"span": [17, 30], "label": "speech_no_content", "cases": ["D7"]}],
    )
    preds = predict_attributions(text)
    assert [text[s:e] for p in preds for s, e in p["content"]] == ["the decision"]
    report = score_attributions([art], {"a": preds})
    assert report["n_pred"] == 0  # set aside: neither a hit nor a false positive
    assert report["speech_acts"] == {"n": 1, "found": 1}
    assert report["negatives"]["speech_no_content"]["false_positives"] == 0


def test_score_recall_by_quote_marks() -> None:
    text = '"We will win," Ana Ruiz said. Tom Hale said the plan was flawed.'
    art = _article(
        text,
        attributions=[
            {
                "kind": "direct",
                "content": [[1, 13]],
                "source": None,
                "cue": None,
                "speaker": "Ana Ruiz",
            },
            {
                "kind": "indirect",
                "content": [[45, 64]],
                "source": None,
                "cue": None,
                "speaker": "Tom Hale",
            },
        ],
    )
    by = score_attributions([art], {"a": predict_attributions(text)})["recall_by_marks"]
    assert by["quoted"]["n"] == by["unquoted"]["n"] == 1
    assert by["quoted"]["recall"] == by["unquoted"]["recall"] == 1.0
    by = score_attributions([art], {"a": []})["recall_by_marks"]
    assert by["quoted"]["recall"] == by["unquoted"]["recall"] == 0.0


def _write_source(tmp_path: Path, text: str) -> Path:
    (tmp_path / "src").mkdir()
    row = {"primary_gid": "g1", "sentence_normalized": text}
    (tmp_path / "src" / "rows.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    ann = {
        "id": "g1",
        "file": "src/rows.jsonl",
        "id_field": "primary_gid",
        "text_field": "sentence_normalized",
        "sha1": hashlib.sha1(text.encode()).hexdigest()[:12],
        "length": len(text),
        "attributions": [
            {
                "kind": "indirect",
                "content": [[9, 21]],
                "source": [0, 3],
                "cue": [4, 8],
                "speaker": "Ana",
            }
        ],
        "other_cases": [],
    }
    path = tmp_path / "ann.jsonl"
    path.write_text(json.dumps(ann) + "\n", encoding="utf-8")
    return path


def test_load_realnews_attr_reads_text_and_checks_it(tmp_path: Path) -> None:
    path = _write_source(tmp_path, "Ana said it was late.")
    (doc,) = load_realnews_attr(path, tmp_path)
    assert doc["text"][9:21] == "it was late."[:12]
    changed = {"primary_gid": "g1", "sentence_normalized": "Ana said it was early."}
    (tmp_path / "src" / "rows.jsonl").write_text(json.dumps(changed) + "\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="sha1"):
        load_realnews_attr(path, tmp_path)
    with pytest.raises(DataNotFoundError):
        load_realnews_attr(path, tmp_path / "nowhere")
    with pytest.raises(DataNotFoundError):
        load_realnews_attr(tmp_path / "missing.jsonl", tmp_path)


def test_annotation_file_holds_offsets_only() -> None:
    rows = [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 300
    for row in rows:
        assert set(row) == {
            "id",
            "file",
            "id_field",
            "text_field",
            "sha1",
            "length",
            "attributions",
            "other_cases",
        }  # no text field: the news text stays in ../shared/data
        for att in row["attributions"]:
            assert all(isinstance(x, int) for sp in att["content"] for x in sp)


@needs_newsmtsc
@pytest.mark.slow
def test_realnews_dev_set_floors() -> None:
    docs = load_realnews_attr(ANNOTATIONS, DATA)
    assert len(docs) == 330
    for d in docs:  # every offset lands on non-blank text inside the sentence
        for att in d["attributions"]:
            for s, e in att["content"]:
                assert d["text"][s:e].strip() == d["text"][s:e]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnbalancedQuoteWarning)  # scraped sentences
        preds = {d["id"]: predict_attributions(d["text"]) for d in docs}
    o = score_attributions(docs, preds)
    assert o["overlap_P"] >= 0.88
    # from 0.56 (overlap) / 0.39 (exact) before the issue-9 rules
    assert o["recall_by_marks"]["unquoted"]["recall"] >= 0.80
    assert o["recall_by_marks"]["unquoted"]["exact_recall"] >= 0.70
