from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import stancekit
from stancekit.cli import main
from stancekit.commands.analyze import format_table

TRAIN = [
    ("the new bridge would be finished by spring", "bridge", "favor", "positive"),
    ("We will not wait another decade for this bridge", "bridge", "favor", "positive"),
    ("the bridge was far too expensive", "bridge", "against", "negative"),
    ("This bridge is a waste of money", "bridge", "against", "negative"),
    ("The council will vote on the plan next week.", "council", "none", "neutral"),
    ("Mayor backs new bridge as council balks", "bridge", "none", "neutral"),
]


@pytest.fixture(scope="module")
def model_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    frame = pd.DataFrame(TRAIN, columns=["text", "target", "stance", "sentiment"])
    root = tmp_path_factory.mktemp("cli-models")
    out = {}
    for task in ("stance", "sentiment"):
        clf = stancekit.BaselineStanceClassifier(task=task, calibrate=False, min_df=1)
        clf.fit(frame[["text", "target"]], frame[task])
        out[task] = str(clf.save_pretrained(root / task))
    return out


@pytest.fixture
def article_file(tmp_path: Path, two_speaker_article: str) -> str:
    path = tmp_path / "bridge.txt"
    path.write_text(two_speaker_article, encoding="utf-8")
    return str(path)


def _run(args: list[str], model_dirs: dict[str, str]) -> int:
    return main(
        [
            "analyze",
            *args,
            "--model",
            model_dirs["stance"],
            "--sentiment-model",
            model_dirs["sentiment"],
        ]
    )


def test_cli_analyze_table(article_file: str, model_dirs: dict[str, str], capsys: Any) -> None:
    assert _run([article_file, "--target", "bridge", "-t", "council=councillors"], model_dirs) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert any(line.startswith("Ana Ruiz — ") and "quote" in line for line in lines)
    header = next(line for line in lines if line.startswith("speaker"))
    assert header.split() == ["speaker", "target", "stance", "score", "95%", "interval", "n"]
    body = lines[lines.index(header) + 1 :]
    assert body and all(line.split()[-1].isdigit() for line in body)
    assert any("(author)" in line for line in body)


def test_cli_analyze_csv_and_json_agree(
    article_file: str, model_dirs: dict[str, str], capsys: Any
) -> None:
    assert _run([article_file, "-t", "bridge", "--format", "csv"], model_dirs) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(frame.columns) == [
        "speaker",
        "target",
        "stance",
        "score",
        "ci_low",
        "ci_high",
        "n_segments",
        "sentiment_score",
        "evidence",
    ]
    assert _run([article_file, "-t", "bridge", "--format", "json"], model_dirs) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["speaker"] for r in records] == frame.speaker.tolist()
    assert [r["stance"] for r in records] == frame.stance.tolist()
    assert all(isinstance(r["evidence"], list) for r in records)


def test_cli_analyze_segments_and_stdin(
    two_speaker_article: str, model_dirs: dict[str, str], capsys: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(two_speaker_article))
    assert _run(["-", "-t", "bridge", "--segments", "--no-sentiment"], model_dirs) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:4] == ["#", "kind", "speaker", "mentions"]
    assert "narration" in out and "bridge" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(two_speaker_article))
    assert _run(["-", "-t", "bridge", "--segments", "--format", "csv"], model_dirs) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert {"segment", "kind", "speaker", "p_favor", "p_positive"} <= set(frame.columns)
    assert (frame.target == "bridge").all()


def test_cli_analyze_several_files(
    article_file: str, tmp_path: Path, model_dirs: dict[str, str], capsys: Any
) -> None:
    other = tmp_path / "quiet.txt"
    other.write_text("The council met on Monday.\n\nNobody spoke about the bridge.\n")
    assert _run([article_file, str(other), "-t", "bridge"], model_dirs) == 0
    out = capsys.readouterr().out
    assert f"== {article_file} ==" in out and f"== {other} ==" in out
    assert _run([article_file, str(other), "-t", "bridge", "--format", "csv"], model_dirs) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert frame.columns[0] == "article"
    assert set(frame.article) == {article_file, str(other)}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", "-t", "bridge"], "an existing text file"),
        (["ARTICLE", "-t", "=bridge"], "--target"),
        (["ARTICLE", "-t", "bridge", "--model", "no/such/dir"], "stancekit.json"),
    ],
)
def test_cli_analyze_reports_errors(
    article_file: str, model_dirs: dict[str, str], capsys: Any, args: list[str], message: str
) -> None:
    args = [article_file if a == "ARTICLE" else a for a in args]
    if "--model" in args:
        code = main(["analyze", *args, "--no-sentiment"])
    else:
        code = _run(args, model_dirs)
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("stancekit analyze: error:") and message in err


def test_cli_analyze_requires_a_target(article_file: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["analyze", article_file])
    assert exc.value.code == 2


def test_format_table_without_rows() -> None:
    empty = pd.DataFrame(columns=["speaker", "target", "stance", "score", "ci_low", "ci_high"])
    speakers = pd.DataFrame(
        [["Ann", 1, 0, 1]], columns=["speaker", "quotes", "reported", "n_segments"]
    )
    text = format_table(empty, speakers)
    assert text.splitlines()[0] == "Ann — 1 quote, 0 reported statements"
    assert "No segment mentions any of the targets." in text


def test_cli_analyze_writes_the_html_view(
    article_file: str, tmp_path: Path, model_dirs: dict[str, str], capsys: Any
) -> None:
    page = tmp_path / "view.html"
    assert (
        _run([article_file, "-t", "bridge", "-t", "council", "--html", str(page)], model_dirs) == 0
    )
    table = capsys.readouterr().out
    markup = page.read_text(encoding="utf-8")
    assert markup.startswith("<!DOCTYPE html>") and markup.count('class="stancekit-view"') == 1
    assert "Ana Ruiz" in markup and "Ana Ruiz" in table  # the table still goes to stdout
    second = tmp_path / "second.txt"
    second.write_text("The council met about the bridge.", encoding="utf-8")
    both = tmp_path / "both.html"
    assert _run([article_file, str(second), "-t", "bridge", "--html", str(both)], model_dirs) == 0
    markup = both.read_text(encoding="utf-8")
    assert markup.count('class="stancekit-view"') == 2 and str(second) in markup
    assert _run([article_file, "-t", "bridge", "--html", str(tmp_path)], model_dirs) == 2
    assert "--html" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["analyze", "analyze-corpus"])
def test_cli_score_default_is_the_library_default(command: str) -> None:
    import inspect

    from stancekit.cli import build_parser

    argv = [command, "in.txt", "--target", "NATO"] + (["-o", "out"] if "corpus" in command else [])
    args = build_parser().parse_args(argv)
    library = inspect.signature(stancekit.analyze).parameters["score"].default
    assert args.score == library == "relevant"
