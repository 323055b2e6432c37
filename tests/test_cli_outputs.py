"""Where commands write: a file in the way, a read-only model folder, stale reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from stancekit.cli import main

FAST_BASELINE = ["--param", "use_char=false", "--param", "calibrate=false", "--param", "min_df=1"]


@pytest.fixture
def train_csv(tmp_path: Path) -> Path:
    rows = [
        {"text": f"{w} {t} {i}", "target": t, "label": label}
        for i in range(4)
        for t in ("tax", "war")
        for label, w in (("favor", "we love"), ("against", "we hate"), ("none", "news on"))
    ]
    path = tmp_path / "train.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def _train(train_csv: Path, output: Path) -> int:
    return main(
        [
            "train",
            "--train",
            str(train_csv),
            "--dev",
            str(train_csv),
            "--model",
            "baseline",
            "--output",
            str(output),
            *FAST_BASELINE,
        ]
    )


def test_train_output_that_is_a_file_exits_2_before_training(
    tmp_path: Path, train_csv: Path, capsys: Any
) -> None:
    afile = tmp_path / "model.txt"
    afile.write_text("x")
    for output, words in ((afile, "is a file"), (afile / "m", "lies under the file")):
        assert _train(train_csv, output) == 2
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err
    assert afile.read_text() == "x"


def test_retraining_into_a_folder_removes_the_old_models_reports(
    tmp_path: Path, train_csv: Path, capsys: Any
) -> None:
    out = tmp_path / "m"
    assert _train(train_csv, out) == 0
    test = tmp_path / "test.csv"
    pd.read_csv(train_csv).to_csv(test, index=False)
    assert main(["evaluate", "--data", str(test), "--model", str(out)]) == 0
    assert (out / "eval-test.json").is_file()
    assert _train(train_csv, out) == 0
    assert not (out / "eval-test.json").exists()
    assert (out / "eval-dev.json").is_file()  # the new model's own report


def test_evaluate_into_a_read_only_model_folder_warns_and_still_reports(
    tmp_path: Path, train_csv: Path, capsys: Any, monkeypatch: Any, caplog: Any
) -> None:
    out = tmp_path / "m"
    assert _train(train_csv, out) == 0
    capsys.readouterr()
    real = Path.write_text

    def read_only(self: Path, *a: Any, **k: Any) -> Any:
        if self.parent == out:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *a, **k)

    monkeypatch.setattr(Path, "write_text", read_only)
    assert main(["evaluate", "--data", str(train_csv), "--model", str(out)]) == 0
    captured = capsys.readouterr()
    assert "f1_macro" in captured.out and "Traceback" not in captured.err
    assert "report was not saved" in caplog.text and "--output FILE" in caplog.text
    chosen = tmp_path / "r.json"
    assert (
        main(["evaluate", "--data", str(train_csv), "--model", str(out), "--output", str(chosen)])
        == 0
    )
    assert json.loads(chosen.read_text())["primary"] == "f1_macro"
    assert (
        main(
            [
                "evaluate",
                "--data",
                str(train_csv),
                "--model",
                str(out),
                "--output",
                str(out / "r.json"),
            ]
        )
        == 2
    )
    assert "Permission denied" in capsys.readouterr().err
