"""`stancekit train --train FILE` and `stancekit evaluate --data FILE` on tiny models."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pandas as pd
import pytest

from stancekit.cli import build_parser, main

WORDS = {
    "favor": ["we love {t}", "voters praise {t}", "great {t} plan", "we back {t}", "welcome {t}"],
    "against": [
        "we hate {t}",
        "critics slam {t}",
        "terrible {t} plan",
        "they oppose {t}",
        "reject {t}",
    ],
    "none": [
        "{t} met on monday",
        "the {t} said it would vote",
        "{t} is on the plan",
        "a {t} vote",
        "{t} next week",
    ],
}
FAST_BASELINE = ["--param", "use_char=false", "--param", "calibrate=false", "--param", "min_df=1"]


def _frame(repeat: int = 2) -> pd.DataFrame:
    rows = [
        {
            "text": w.format(t=t),
            "target": t,
            "label": label.upper(),
            "row_id": f"{t}-{label}-{i}-{r}",
        }
        for r in range(repeat)
        for t in ("tax", "war")
        for label, ws in WORDS.items()
        for i, w in enumerate(ws)
    ]
    return pd.DataFrame(rows)


@pytest.fixture
def train_csv(tmp_path: Path) -> Path:
    path = tmp_path / "train.csv"
    _frame().to_csv(path, index=False)
    return path


def _train_baseline(train_csv: Path, out_dir: Path, *extra: str) -> None:
    """Train the fast baseline from the CLI into ``out_dir`` (the arrange step of many tests)."""
    argv = ["train", "--train", str(train_csv), *extra, "--model", "baseline"]
    assert main([*argv, "--output", str(out_dir), *FAST_BASELINE]) == 0


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_train_baseline_on_a_file_holds_out_a_stratified_dev_split(
    tmp_path: Path, train_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "bl"
    code, out, _ = _run(
        [
            "train",
            "--train",
            str(train_csv),
            "--model",
            "baseline",
            "--output",
            str(out_dir),
            "--dev-fraction",
            "0.2",
            "--C",
            "2",
            "--per-target-min",
            "5",
            *FAST_BASELINE,
        ],
        capsys,
    )
    assert code == 0
    assert "held out 12 of 60 rows" in out and "training on 48" in out
    assert "f1_macro" in out and "<- primary" in out and "confusion" in out
    summary = json.loads((out_dir / "training.json").read_text())
    assert summary["task"] == "stance" and len(summary["dev_rows_held_out"]) == 12
    assert summary["train_rows"] == 48
    config = json.loads((out_dir / "stancekit.json").read_text())
    assert config["params"]["C"] == 2 and config["params"]["per_target_min"] == 5
    assert (out_dir / "eval-dev.json").is_file()


def test_train_then_evaluate_writes_predictions_one_row_per_input(
    tmp_path: Path, train_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "bl"
    _train_baseline(train_csv, out_dir, "--dev", str(train_csv))
    capsys.readouterr()
    test = tmp_path / "test.jsonl"
    _frame(1).to_json(test, orient="records", lines=True)
    pred = tmp_path / "pred" / "p.csv"
    code, out, _ = _run(
        [
            "evaluate",
            "--data",
            str(test),
            "--model",
            str(out_dir),
            "--predictions",
            str(pred),
            "--metric",
            "f_avg",
        ],
        capsys,
    )
    assert code == 0
    table = out.splitlines()
    first = next(i for i, x in enumerate(table) if x.startswith("metric"))
    assert table[first + 1].startswith("f_avg") and "label space" not in out
    back = pd.read_csv(pred, keep_default_na=False)
    assert len(back) == 30 and back["row_id"].tolist() == _frame(1)["row_id"].tolist()
    assert list(back.columns)[-4:] == ["predicted", "proba_against", "proba_none", "proba_favor"]
    report = json.loads((out_dir / "eval-test.json").read_text())
    assert report["primary"] == "f_avg" and report["label_space"] == ["against", "none", "favor"]


def test_evaluate_label_space_is_printed_and_none_rows_counted(
    tmp_path: Path, train_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "bl"
    _train_baseline(train_csv, out_dir, "--dev-fraction", "0")
    capsys.readouterr()
    code, out, _ = _run(
        [
            "evaluate",
            "--data",
            str(train_csv),
            "--model",
            str(out_dir),
            "--label-space",
            "favor,against",
        ],
        capsys,
    )
    assert code == 0
    assert "label space: argmax over against/favor only; none is never predicted" in out
    assert "20 gold 'none' rows count as errors" in out


def test_evaluate_unlabelled_file_only_predicts(
    tmp_path: Path, train_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "bl"
    _train_baseline(train_csv, out_dir, "--dev-fraction", "0")
    bare = tmp_path / "bare.parquet"
    _frame(1).drop(columns=["label"]).to_parquet(bare)
    pred = tmp_path / "p.parquet"
    code, out, _ = _run(
        ["evaluate", "--data", str(bare), "--model", str(out_dir), "--predictions", str(pred)],
        capsys,
    )
    assert code == 0 and "predictions only" in out
    assert len(pd.read_parquet(pred)) == 30
    code, _, err = _run(["evaluate", "--data", str(bare), "--model", str(out_dir)], capsys)
    assert code == 2 and "column 'label'" in err


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda df: df.drop(columns=["target"]), "column 'target' (the target column) not found"),
        (lambda df: df.assign(label=["pro"] * len(df)), "labels outside the stance scheme"),
        (lambda df: df.iloc[:0], "no rows"),
    ],
    ids=["missing-column", "unknown-label", "empty"],
)
def test_cli_errors_name_the_file_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: object, expected: str
) -> None:
    path = tmp_path / "bad.csv"
    edit(_frame()).to_csv(path, index=False)  # type: ignore[operator]
    for argv in (
        ["train", "--train", str(path), "--model", "baseline", "--output", str(tmp_path / "m")],
        ["evaluate", "--data", str(path), "--model", "default", "--task", "stance"],
    ):
        code, _, err = _run(argv, capsys)
        assert code == 2
        assert str(path) in err and expected in err


def test_cli_refuses_an_option_of_the_other_model(
    tmp_path: Path, train_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        [
            "train",
            "--train",
            str(train_csv),
            "--model",
            "baseline",
            "--output",
            str(tmp_path / "m"),
            "--lora-r",
            "4",
        ],
        capsys,
    )
    assert code == 2 and "--lora-r sets the transformer" in err


def test_train_help_lists_hyperparameters() -> None:
    text = build_parser()._subparsers._group_actions[0].choices["train"].format_help()  # type: ignore[union-attr]
    for flag in (
        "--learning-rate",
        "--epochs",
        "--max-steps",
        "--batch-size",
        "--lora-r",
        "--max-length",
        "--seed",
        "--patience",
        "--progress",
        "--per-target-min",
        "--dev-fraction",
        "--text-column",
    ):
        assert flag in text


@pytest.mark.parametrize("argv_v", [["-v", "train"], ["train", "-v"]], ids=["before", "after"])
def test_verbose_flag_is_accepted_before_or_after_the_command(
    tmp_path: Path, train_csv: Path, argv_v: list[str]
) -> None:
    args = build_parser().parse_args(
        [*argv_v, "--train", str(train_csv), "--model", "baseline", "--output", str(tmp_path)]
    )
    assert args.verbose + args.verbose_after == 1


def test_train_transformer_every_option_logs_plan_and_epochs(
    tmp_path: Path,
    train_csv: Path,
    tiny_model_dir: str,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    out_dir = tmp_path / "tf"
    caplog.set_level(logging.INFO, logger="stancekit")
    code, out, _ = _run(
        [
            "train",
            "--train",
            str(train_csv),
            "--model",
            "transformer",
            "--output",
            str(out_dir),
            "--base-model",
            tiny_model_dir,
            "--epochs",
            "2",
            "--max-steps",
            "6",
            "--learning-rate",
            "1e-3",
            "--batch-size",
            "8",
            "--max-length",
            "32",
            "--lora-r",
            "4",
            "--lora-alpha",
            "8",
            "--lora-dropout",
            "0.0",
            "--lora-target-modules",
            "query,value",
            "--eval-steps",
            "3",
            "--patience",
            "none",
            "--warmup-ratio",
            "0.0",
            "--weight-decay",
            "0.0",
            "--device",
            "cpu",
            "--no-progress",
            "--seed",
            "3",
            "--finetune",
            "lora",
            "--metric",
            "f_macro",
        ],
        capsys,
    )
    assert code == 0, out
    config = json.loads((out_dir / "stancekit.json").read_text())
    hp = config["hyperparameters"]
    assert (hp["epochs"], hp["max_steps"], hp["learning_rate"], hp["batch_size"]) == (
        2.0,
        6,
        1e-3,
        8,
    )
    assert (hp["max_length"], hp["lora_r"], hp["lora_alpha"], hp["seed"]) == (32, 4, 8, 3)
    assert hp["early_stopping_patience"] is None and hp["eval_steps"] == 3
    assert hp["show_progress_bar"] is False and hp["lora_target_modules"] == ["query", "value"]
    assert config["train_plan"]["total_steps"] == 6
    messages = [r.getMessage() for r in caplog.records]
    assert any(
        m.startswith("training plan: 54 training rows") and "capped by max_steps=6" in m
        for m in messages
    )
    assert [m for m in messages if m.startswith("epoch 1/")]  # one line per epoch without a bar
    assert "f_macro" in out and "<- primary" in out


def test_train_transformer_auto_plan_is_the_default(
    tmp_path: Path,
    train_csv: Path,
    tiny_model_dir: str,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="stancekit")
    code, _, _ = _run(
        [
            "train",
            "--train",
            str(train_csv),
            "--model",
            "transformer",
            "--output",
            str(tmp_path / "tf"),
            "--base-model",
            tiny_model_dir,
            "--max-length",
            "32",
            "--max-steps",
            "4",
        ],
        capsys,
    )
    assert code == 0
    plan = [r.getMessage() for r in caplog.records if r.getMessage().startswith("training plan")]
    assert plan and "auto: whole epochs giving >= 1000 steps" in plan[0]
    assert "early stopping after 3 evaluations" in plan[0]


def test_train_baseline_search_chooses_on_dev_and_keeps_given_settings(
    tmp_path: Path, train_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "bl"
    base = ["train", "--train", str(train_csv), "--model", "baseline", "--output", str(out_dir)]
    code, out, _ = _run([*base, "--tweet-normalize", *FAST_BASELINE], capsys)
    assert code == 0
    assert "baseline settings chosen on dev: {'use_cross':" in out and "tweet_normalize'" not in out
    assert "scores are optimistic" in out
    params = json.loads((out_dir / "stancekit.json").read_text())["params"]
    assert params["tweet_normalize"] is True and params["calibrate"] is False
    code, out, _ = _run([*base, "--no-search", *FAST_BASELINE], capsys)
    assert code == 0 and "chosen on dev" not in out
    params = json.loads((out_dir / "stancekit.json").read_text())["params"]
    assert params["use_cross"] is True and params["tweet_normalize"] is False


def test_train_and_evaluate_with_renamed_columns_task_and_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    frame = _frame().rename(columns={"text": "tweet", "target": "topic", "label": "stance"})
    train = tmp_path / "train.tsv"
    frame.to_csv(train, sep="\t", index=False)
    cols = ["--text-column", "tweet", "--target-column", "topic", "--label-column", "stance"]
    out_dir = tmp_path / "bl"
    code, out, _ = _run(
        [
            "train",
            "--train",
            str(train),
            "--model",
            "baseline",
            "--output",
            str(out_dir),
            "--task",
            "stance",
            "--limit",
            "50",
            "--class-weight",
            "balanced",
            "--no-search",
            *cols,
            *FAST_BASELINE,
        ],
        capsys,
    )
    assert code == 0 and "of 50 rows" in out
    summary = json.loads((out_dir / "training.json").read_text())
    assert summary["columns"] == {"text": "tweet", "target": "topic", "label": "stance"}
    params = json.loads((out_dir / "stancekit.json").read_text())["params"]
    assert params["class_weight"] == "balanced"
    code, out, _ = _run(
        ["evaluate", "--data", str(train), "--model", str(out_dir), "--task", "stance", *cols],
        capsys,
    )
    assert code == 0 and "train.tsv  (stance, n=60" in out
    code, _, err = _run(
        ["evaluate", "--data", str(train), "--model", str(out_dir), "--task", "sentiment", *cols],
        capsys,
    )
    assert code == 2 and "--task" in err


def test_train_auto_keeps_the_better_on_dev_and_records_why(
    tmp_path: Path,
    train_csv: Path,
    tiny_model_dir: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from stancekit.data.userfiles import read_file
    from stancekit.models.loading import load_model_dir

    dev_csv = tmp_path / "dev.csv"
    _frame(repeat=1).to_csv(dev_csv, index=False)
    out_dir = tmp_path / "auto"
    tiny = ["--base-model", tiny_model_dir, "--max-length", "32", "--max-steps", "4"]
    code, out, _ = _run(
        [
            "train",
            "--train",
            str(train_csv),
            "--dev",
            str(dev_csv),
            "--output",
            str(out_dir),
            "--metric",
            "f_macro",
            "--C",
            "2",
            *tiny,
            *FAST_BASELINE,
        ],
        capsys,
    )
    assert code == 0, out
    summary = json.loads((out_dir / "training.json").read_text())
    auto = summary["auto"]
    scores = {k: c["dev"]["f_macro"] for k, c in auto["candidates"].items()}
    assert set(scores) == {"baseline", "transformer"}
    # never worse than the better of the two on dev, by construction
    assert scores[auto["kept"]] == max(scores.values())
    assert summary["model"] == auto["kept"] and summary["model_requested"] == "auto"
    assert f"baseline: dev f_macro {scores['baseline']:.4f}" in out
    assert f"transformer: dev f_macro {scores['transformer']:.4f}" in out
    assert f"--model auto kept the {auto['kept']}" in out
    assert auto["total_train_seconds"] >= auto["candidates"]["transformer"]["train_seconds"]
    card = (out_dir / "MODEL_CARD.md").read_text()
    assert "chosen by --model auto" in card and auto["reason"] in card
    # each candidate got its own options; the saved one scores what was recorded
    config = json.loads((out_dir / "stancekit.json").read_text())
    if auto["kept"] == "baseline":
        assert config["params"]["C"] == 2
    else:
        assert config["hyperparameters"]["max_steps"] == 4
    saved = json.loads((out_dir / "eval-dev.json").read_text())
    assert saved["metrics"]["f_macro"] == scores[auto["kept"]]
    model = load_model_dir(out_dir)
    dev = read_file(dev_csv)
    proba = model.predict_proba(dev.pairs)
    assert proba.shape == (len(dev), 3)


@pytest.mark.parametrize(
    ("scores", "kept"),
    [
        ({"baseline": 0.4, "transformer": 0.6}, "transformer"),
        ({"baseline": 0.6, "transformer": 0.4}, "baseline"),
        ({"baseline": 0.5, "transformer": 0.5}, "baseline"),
    ],
)
def test_auto_choice_is_the_max_and_a_tie_keeps_the_baseline(
    scores: dict[str, float], kept: str
) -> None:
    from stancekit.commands.train_file import choose

    assert choose(scores) == kept
    assert scores[choose(scores)] == max(scores.values())


def test_train_auto_refuses_no_dev_data_and_unknown_params(
    tmp_path: Path, train_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["train", "--train", str(train_csv), "--output", str(tmp_path / "m")]
    code, _, err = _run([*base, "--dev-fraction", "0"], capsys)
    assert code == 2 and "--model auto" in err and "--dev FILE" in err
    code, _, err = _run([*base, "--param", "no_such_keyword=1"], capsys)
    assert code == 2 and "no_such_keyword" in err
    code, _, err = _run(["train", "--dataset", "mtsd", "--output", str(tmp_path / "d")], capsys)
    assert code == 2 and "baseline or transformer with --dataset" in err
