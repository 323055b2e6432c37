"""The shipped default models: files, config, and (slow) accuracy on held-out data."""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import stancekit
from stancekit.errors import InvalidInputError, ModelLoadError
from stancekit.labels import labels_for
from stancekit.models import defaults
from stancekit.weights.encoder import MINILM_SHA256

DATA = Path(__file__).parents[3] / "shared" / "data"
TASKS = ["stance", "sentiment"]


@pytest.mark.parametrize("task", TASKS)
def test_default_model_files_are_small_safetensors_and_json(task: str) -> None:
    folder = defaults.default_model_dir(task)
    files = {p.name: p.stat().st_size for p in folder.iterdir()}
    assert set(files) == {"adapter_config.json", "adapter_model.safetensors", "stancekit.json"}
    assert sum(files.values()) < 2.5 * 1024 * 1024


@pytest.mark.parametrize("task", TASKS)
def test_default_model_config_names_task_labels_and_base_hash(task: str) -> None:
    config = json.loads((defaults.default_model_dir(task) / "stancekit.json").read_text())
    assert config["model_type"] == "transformer"
    assert config["task"] == task
    assert config["labels"] == list(labels_for(task))
    assert config["base_model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert config["base_model_sha256"] == MINILM_SHA256
    assert config["finetune"] == "lora"
    assert 0.05 < config["temperature"] < 20


def test_default_model_card_sits_beside_the_models() -> None:
    card = defaults.default_model_dir("stance").parent / "MODEL_CARD.md"
    text = card.read_text()
    assert "scripts/train_default_models.py" in text
    assert "VAST" in text and "NewsMTSC" in text


def test_load_default_unknown_task_raises() -> None:
    with pytest.raises(InvalidInputError):
        defaults.load_default_model("emotion")


def test_load_default_old_name_warns_and_returns_the_same_model() -> None:
    with pytest.warns(DeprecationWarning, match="load_default_model"):
        old = stancekit.load_default("stance", device="cpu")
    assert old is stancekit.load_default_model("stance", device="cpu")


def test_load_default_missing_files_raise_model_load_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importlib.resources, "files", lambda package: tmp_path)
    with pytest.raises(ModelLoadError, match="train_default_models"):
        defaults.default_model_dir("stance")


# ----------------------------------------------------------------------------- slow
def _newsmtsc_rows(n: int) -> tuple[list[tuple[str, str, list[tuple[int, int]]]], list[str]]:
    polarity = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
    X, y = [], []
    path = DATA / "newsmtsc" / "paper_split" / "newsmtsc-rw" / "test.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for t in doc["targets"]:
            X.append((doc["sentence_normalized"], t["mention"], [(t["from"], t["to"])]))
            y.append(polarity[float(t["polarity"])])
    keep = np.random.default_rng(0).permutation(len(X))[:n]
    return [X[i] for i in keep], [y[i] for i in keep]


def _vast_rows(n: int) -> tuple[list[tuple[str, str]], list[str]]:
    pd = pytest.importorskip("pandas")
    # a seeded sample: the file is ordered, and its first rows are almost never NONE
    df = pd.read_csv(DATA / "vast" / "processed" / "vast_test.csv").sample(n, random_state=0)
    return list(zip(df["Tweet"], df["Target 1"], strict=True)), [s.lower() for s in df["Stance 1"]]


@pytest.mark.slow
@pytest.mark.parametrize(("task", "floor"), [("sentiment", 0.6), ("stance", 0.5)])
def test_default_models_beat_chance_offline(
    task: str, floor: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not DATA.is_dir():
        pytest.skip(f"benchmark data not found at {DATA}")
    from sklearn.metrics import f1_score

    import stancekit

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    clf = stancekit.load_default_model(task, device="cpu")
    X, y = _newsmtsc_rows(400) if task == "sentiment" else _vast_rows(400)
    pred = clf.predict(X)
    proba = clf.predict_proba(X[:5])
    assert np.allclose(proba.sum(axis=1), 1.0)
    score = f1_score(y, pred, average="macro", labels=list(labels_for(task)))
    assert score > floor  # chance is about 0.33 macro-F1


# Short, explicit news-style statements written for this test (not from any data set):
# the default stance model must read their direction, and say `none` when the statement
# is about something else.
CLEAR_STANCES = [
    ("I strongly oppose the new bridge.", "new bridge", "against"),
    ("The new bridge is a waste of money that nobody asked for.", "new bridge", "against"),
    ("Tariffs are long overdue and will bring jobs back.", "tariffs", "favor"),
    ("We fully support the ceasefire and urge both sides to respect it.", "ceasefire", "favor"),
    ("This merger would be a disaster for consumers.", "merger", "against"),
    ("The minister's reform is exactly what our schools need.", "reform", "favor"),
    ("Nuclear power is clean, safe and reliable.", "nuclear power", "favor"),
    ("The sanctions have failed and should be lifted.", "sanctions", "against"),
    ("The train to the airport leaves every fifteen minutes.", "four-day work week", "none"),
    ("The committee will meet again on Thursday.", "carbon tax", "none"),
    ("Rain is expected across the north on Sunday.", "stadium subsidy", "none"),
    ("She was born in Lyon and studied law in Paris.", "minimum wage", "none"),
]


@pytest.mark.slow
def test_default_stance_reads_clear_statements() -> None:
    import stancekit

    clf = stancekit.load_default_model("stance", device="cpu")
    X = [(text, target) for text, target, _ in CLEAR_STANCES]
    pred = list(clf.predict(X))
    wrong = [(x, p) for x, p, (_, _, want) in zip(X, pred, CLEAR_STANCES, strict=True) if p != want]
    assert len(wrong) <= 1, wrong  # at most one miss out of twelve
    proba = clf.predict_proba(X)
    assert np.isfinite(proba).all() and np.allclose(proba.sum(axis=1), 1.0)


@pytest.mark.slow
def test_default_stance_on_newsstance_dev_beats_the_old_default() -> None:
    if not (DATA / "newsstance-dev").is_dir():
        pytest.skip(f"newsstance-dev not found under {DATA}")
    import stancekit
    from stancekit.evaluate.benchmarks import evaluate_model

    report = evaluate_model(
        stancekit.load_default_model("stance", device="cpu"), "newsstance", "dev", DATA
    )
    # the previous default scored 0.303 macro-F1 with none F1 0.418; this one 0.384 / 0.748
    # (docs/benchmarks.md): a guard against falling back, not the goal (0.80)
    assert report["metrics"]["f1_macro"] > 0.35
    assert report["metrics"]["f1_none"] > 0.7


# The sentences of issue 15 ("What was seen") and more written for this test, claims as
# targets among them: agreeing with a claim is favor. Each is read with the context a
# reader has (the frame and the headline), the way analyze() gives it to the model.
NEWS_STATEMENTS = [
    # (statement, target, context, stance)
    (
        "Tariffs are long overdue and will bring jobs back.",
        "tariffs",
        "…, the union leader said. || Union backs new steel tariffs",
        "favor",
    ),
    (
        "This deal will bring thousands of jobs to our region.",
        "trade deal",
        "…, the governor said. || Governor hails trade deal with Pellan",
        "favor",
    ),
    (
        "rising seas will swallow coastal towns within decades",
        "climate change is a serious threat",
        "Scientists warn that …. || Report: sea level rise accelerating",
        "favor",
    ),
    (
        "the warming trend is real and urgent",
        "climate change is a serious threat",
        "The senator said …. || Senate debates climate bill",
        "favor",
    ),
    (
        "The levy will cost a family like mine two hundred a month.",
        "the new levy is unfair",
        "…, said Mara Lind, a nurse and mother of three. || Water levy vote draws angry crowd",
        "favor",
    ),
    (
        "the levy was modest and would pay for the pipes the town badly needs",
        "the new levy is unfair",
        "The mayor said …. || Water levy vote draws angry crowd",
        "against",
    ),
    (
        "every ballot had been counted twice and signed off by observers from all parties",
        "the election was rigged",
        "The commission chair said …. || Opposition cries fraud as result is certified",
        "against",
    ),
    (
        "Ninety-seven percent turnout in a region where half the men work abroad? Who voted?",
        "the election was rigged",
        "…, the opposition leader asked. || Opposition cries fraud as result is certified",
        "favor",
    ),
    (
        "The committee will meet again on Thursday.",
        "the new levy is unfair",
        "…, the clerk said. || Water levy vote draws angry crowd",
        "none",
    ),
]


def _news_frame(rows: list[tuple[str, str, str, str]]) -> Any:
    pd = pytest.importorskip("pandas")
    return pd.DataFrame(
        [(text, target, context) for text, target, context, _ in rows],
        columns=["text", "target", "context"],
    )


# The fast default reads the statement alone and misses these (measured; strict: a better
# default must update the list). The accurate model reads all four of issue 15's sentences.
FAST_MISSES = {0, 1, 2, 4, 7}


@pytest.mark.slow
@pytest.mark.parametrize(
    "i",
    [
        pytest.param(i, marks=pytest.mark.xfail(strict=True, reason="the fast model misreads it"))
        if i in FAST_MISSES
        else i
        for i in range(len(NEWS_STATEMENTS))
    ],
)
def test_default_stance_reads_news_statements_in_context(i: int) -> None:
    clf = stancekit.load_default_model("stance", device="cpu")
    assert clf.predict(_news_frame([NEWS_STATEMENTS[i]]))[0] == NEWS_STATEMENTS[i][3]


@pytest.mark.slow
def test_accurate_stance_reads_news_statements_in_context() -> None:
    from stancekit.errors import MissingDependencyError
    from stancekit.weights.download import installed_mpnet

    try:
        installed_mpnet()
        defaults.default_model_dir("stance", "accurate")
    except MissingDependencyError:
        pytest.skip("the accurate model is not installed (see its MissingDependencyError)")
    clf = stancekit.load_default_model("stance", variant="accurate", device="cpu")
    pred = list(clf.predict(_news_frame(NEWS_STATEMENTS)))
    wrong = [(r[0], r[1], p) for r, p in zip(NEWS_STATEMENTS, pred, strict=True) if p != r[3]]
    assert len(wrong) <= 2, wrong  # 7 of 9 when measured; issue 15's four sentences all right
    assert all(p == r[3] for r, p in zip(NEWS_STATEMENTS[:4], pred[:4], strict=True))


def test_accurate_stance_model_is_installed_outside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stancekit.errors import MissingDependencyError

    package = Path(str(importlib.resources.files("stancekit") / "default_models"))
    assert not (package / "stance-accurate").exists()  # only small adapters ship
    assert all(f.stat().st_size < 2_000_000 for f in package.rglob("*") if f.is_file())
    monkeypatch.setenv("STANCEKIT_HOME", str(tmp_path))
    with pytest.raises(MissingDependencyError, match="--task stance-news --base accurate"):
        defaults.default_model_dir("stance", "accurate")
    (tmp_path / "stance-accurate").mkdir()
    (tmp_path / "stance-accurate" / "stancekit.json").write_text("{}")
    assert defaults.default_model_dir("stance", "accurate") == tmp_path / "stance-accurate"
    with pytest.raises(InvalidInputError, match="variant"):
        defaults.default_model_dir("sentiment", "accurate")


def test_accurate_model_not_installed_names_the_download_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stancekit.errors import MissingDependencyError

    monkeypatch.setenv("STANCEKIT_HOME", str(tmp_path))
    defaults._load.cache_clear()
    with pytest.raises(MissingDependencyError, match="stancekit download accurate"):
        stancekit.analyze('A said: "We back it."', ["it"], model="accurate", sentiment=False)
