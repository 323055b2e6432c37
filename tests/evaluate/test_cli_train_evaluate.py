"""`stancekit train` and `stancekit evaluate` commands: a baseline round trip on slices."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from stancekit.commands import evaluate as evaluate_cmd
from stancekit.commands import train as train_cmd
from stancekit.errors import InvalidInputError, ModelLoadError

DATA_DIR = Path(__file__).resolve().parents[3] / "shared" / "data"
needs_data = pytest.mark.skipif(not DATA_DIR.is_dir(), reason="shared/data is not present")


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="stancekit")
    sub = parser.add_subparsers(dest="command", required=True)
    evaluate_cmd.add_parser(sub)
    train_cmd.add_parser(sub)
    return parser.parse_args(argv)


def _run(argv: list[str]) -> int:
    args = _parse(argv)
    module = evaluate_cmd if args.command == "evaluate" else train_cmd
    return module.run(args)


FAST = ["--param", "use_char=false", "--param", "calibrate=false", "--param", "min_df=1"]


@needs_data
@pytest.mark.parametrize(
    ("dataset", "split", "official"),
    [
        ("newsmtsc", "test_mt", "f1_macro"),
        ("pstance", "test", "f_macro"),
        ("mtsd", "test", "f_avg_mean"),
    ],
)
def test_cli_train_then_evaluate_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dataset: str, split: str, official: str
) -> None:
    model_dir = tmp_path / "model"
    common = ["--data-dir", str(DATA_DIR), "--limit", "300"]
    assert (
        _run(
            [
                "train",
                "--dataset",
                dataset,
                "--model",
                "baseline",
                "--output",
                str(model_dir),
                *common,
                *FAST,
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "trained on" in out and "<- official" in out
    config = json.loads((model_dir / "stancekit.json").read_text())
    assert config["model_type"] == "baseline" and config["params"]["use_char"] is False
    assert list(model_dir.glob("eval-*.json"))  # the dev report

    assert (
        _run(
            ["evaluate", "--dataset", dataset, "--split", split, "--model", str(model_dir), *common]
        )
        == 0
    )
    table = capsys.readouterr().out
    assert official in table and "confusion" in table
    report = json.loads((model_dir / f"eval-{dataset}-{split}.json").read_text())
    assert report["n"] == 300 and report["split"] == split and report["primary"] == official
    assert 0.0 <= report["metrics"][official] <= 1.0

    target = tmp_path / "reports" / "r.json"
    _run(
        [
            "evaluate",
            "--dataset",
            dataset,
            "--split",
            split,
            "--model",
            str(model_dir),
            *common,
            "--output",
            str(target),
        ]
    )
    assert json.loads(target.read_text())["metrics"] == report["metrics"]


@needs_data
def test_cli_evaluate_rejects_wrong_task(tmp_path: Path) -> None:
    model_dir = tmp_path / "m"
    _run(
        [
            "train",
            "--dataset",
            "pstance",
            "--model",
            "baseline",
            "--output",
            str(model_dir),
            "--data-dir",
            str(DATA_DIR),
            "--limit",
            "100",
            "--dev-split",
            "none",
            *FAST,
        ]
    )
    with pytest.raises(InvalidInputError, match="sentiment"):
        _run(
            [
                "evaluate",
                "--dataset",
                "persent",
                "--model",
                str(model_dir),
                "--data-dir",
                str(DATA_DIR),
                "--limit",
                "10",
            ]
        )


def test_cli_evaluate_errors_for_missing_or_unknown_model(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match=r"stancekit\.json"):
        evaluate_cmd.load_model(str(tmp_path), "stance")
    (tmp_path / "stancekit.json").write_text(json.dumps({"model_type": "svm"}))
    with pytest.raises(ModelLoadError, match="svm"):
        evaluate_cmd.load_model(str(tmp_path), "stance")


def test_cli_evaluate_kind_must_match_dataset() -> None:
    with pytest.raises(InvalidInputError, match="attribution"):
        _run(["evaluate", "attribution", "--dataset", "vast", "--model", "x"])
    with pytest.raises(InvalidInputError, match="--model"):
        _run(["evaluate", "--dataset", "vast"])


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (["C=2", "class_weight=balanced"], {"C": 2, "class_weight": "balanced"}),
        (["use_char=false", "window=8", "x=null"], {"use_char": False, "window": 8, "x": None}),
    ],
)
def test_cli_parse_params(items: list[str], expected: dict[str, object]) -> None:
    assert train_cmd.parse_params(items) == expected


def test_cli_parse_params_rejects_missing_equals() -> None:
    with pytest.raises(InvalidInputError, match="KEY=VALUE"):
        train_cmd.parse_params(["C2"])


@needs_data
@pytest.mark.parametrize("form", [["evaluate"], ["evaluate", "attribution"]])
def test_cli_evaluate_attribution_newsattr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], form: list[str]
) -> None:
    pytest.importorskip("stancekit.evaluate.attribution")
    out = tmp_path / "attr.json"
    code = _run([*form, "--dataset", "newsattr", "--data-dir", str(DATA_DIR), "--output", str(out)])
    assert code == 0
    assert "attribution on newsattr" in capsys.readouterr().out
    report = json.loads(out.read_text())
    assert report["dataset"] == "newsattr" and 0.0 <= report["overall"]["overlap_F1"] <= 1.0


def test_cli_main_reports_errors_with_exit_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stancekit.cli import main

    assert main(["evaluate", "--dataset", "vast", "--model", str(tmp_path)]) == 2
    assert "stancekit.json" in capsys.readouterr().err


@needs_data
@pytest.mark.slow
def test_cli_evaluate_default_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    defaults = pytest.importorskip("stancekit.models.defaults")
    try:
        defaults.default_model_dir("sentiment")
    except ModelLoadError:
        pytest.skip("no embedded default sentiment model")
    out = tmp_path / "r.json"
    argv = ["evaluate", "--dataset", "newsmtsc", "--split", "dev_rw", "--model", "default"]
    assert _run([*argv, "--data-dir", str(DATA_DIR), "--limit", "20", "--output", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["model"] == "TransformerStanceClassifier" and report["n"] == 20
    assert "<- official" in capsys.readouterr().out
