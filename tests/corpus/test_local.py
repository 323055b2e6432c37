"""analyze_corpus with the local engine: tables, errors, formats, progress, CLI."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import stancekit
from stancekit.cli import main
from stancekit.corpus import EXIT_ARTICLE_ERRORS, Corpus, analyze_corpus
from stancekit.errors import DataNotFoundError, InvalidInputError, MissingDependencyError

from .conftest import TARGETS, write_jsonl


def _run(src: Any, out: Path, models: dict[str, str], **kw: Any) -> Corpus:
    kw.setdefault("shard_size", 4)
    kw.setdefault("show_progress_bar", False)
    return analyze_corpus(
        src, TARGETS, out, model=models["stance"], sentiment_model=models["sentiment"], **kw
    )


def test_corpus_local_matches_analyze_many_and_records_bad_articles(
    corpus_jsonl: Path,
    corpus_rows: list[dict[str, Any]],
    tiny_models: dict[str, str],
    tmp_path: Path,
) -> None:
    corpus = _run(corpus_jsonl, tmp_path / "out", tiny_models)
    good = [r for r in corpus_rows if isinstance(r["text"], str)]
    expected = stancekit.analyze_many(
        [r["text"] for r in good],
        TARGETS,
        model=tiny_models["stance"],
        sentiment_model=tiny_models["sentiment"],
        ids=[r["id"] for r in good],
        score="relevant",
        show_progress_bar=False,
    )
    pairs = pd.read_parquet(tmp_path / "out" / "pairs")
    pd.testing.assert_frame_equal(pairs, expected.to_frame(), check_exact=False, atol=1e-6)
    assert pairs["p_favor"].notna().any() and pairs["p_favor"].isna().any()  # relevant only

    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert errors["article"].tolist() == ["bad-null", "bad-number"]
    assert errors["row"].tolist() == [3, 7]
    assert set(errors["error"]) == {"InvalidInputError"}
    assert "got 42 (int)" in errors["message"].iloc[1]

    segments = pd.read_parquet(tmp_path / "out" / "segments")
    assert list(dict.fromkeys(segments["article"])) == [r["id"] for r in good]
    assert len(segments) == sum(len(a.segments) for a in expected)

    manifest = corpus.manifest
    assert manifest["complete"] and manifest["shards"] == 3
    assert manifest["counts"] == {
        "articles": 11,
        "segments": len(segments),
        "pairs": len(pairs),
        "errors": 2,
    }
    assert (tmp_path / "out" / "_shards" / "part-000002.json").is_file()

    want = expected.by_speaker()
    got = Corpus(tmp_path / "out").by_speaker()
    pd.testing.assert_frame_equal(got, want, check_exact=False, atol=1e-9)
    per = Corpus(tmp_path / "out").by_speaker(per_article=True)
    want_per = expected.by_speaker(per_article=True)
    key = ["article", "speaker", "target"]
    pd.testing.assert_frame_equal(
        per.sort_values(key).reset_index(drop=True),
        want_per.sort_values(key).reset_index(drop=True),
        check_exact=False,
        atol=1e-9,
    )


@pytest.mark.parametrize("fmt", ["parquet", "csv", "hf", "folder"])
def test_corpus_reads_parquet_csv_and_saved_datasets_like_jsonl(
    fmt: str, corpus_rows: list[dict[str, Any]], tiny_models: dict[str, str], tmp_path: Path
) -> None:
    good = [r for r in corpus_rows if isinstance(r["text"], str)]
    frame = pd.DataFrame(good)
    if fmt == "parquet":
        src: Any = tmp_path / "news.parquet"
        frame.to_parquet(src, row_group_size=3)
    elif fmt == "csv":
        src = tmp_path / "news.csv"
        frame.to_csv(src, index=False)
    elif fmt == "hf":
        datasets = pytest.importorskip("datasets")
        src = tmp_path / "saved"
        datasets.Dataset.from_pandas(frame).save_to_disk(str(src))
    else:
        src = tmp_path / "parts"
        src.mkdir()
        write_jsonl(src / "b.jsonl", good[5:])
        write_jsonl(src / "a.jsonl", good[:5])
    _run(src, tmp_path / "out", tiny_models)
    _run(write_jsonl(tmp_path / "ref.jsonl", good), tmp_path / "ref", tiny_models)
    for name in ("segments", "pairs"):
        got = pd.read_parquet(tmp_path / "out" / name)
        want = pd.read_parquet(tmp_path / "ref" / name)
        pd.testing.assert_frame_equal(got, want, check_exact=False, atol=1e-6)


def test_corpus_without_id_column_uses_row_numbers_and_keeps_invalid_json(
    tiny_models: dict[str, str], tmp_path: Path, two_speaker_article: str
) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(
        json.dumps({"body": two_speaker_article}) + "\n{not json\n\n" + json.dumps([1]) + "\n",
        encoding="utf-8",
    )
    corpus = _run(path, tmp_path / "out", tiny_models, text_column="body")
    errors = corpus.errors()
    assert errors["article"].tolist() == ["1", "2"]
    assert "invalid JSON" in errors["message"].iloc[0]
    assert set(corpus.pairs()["article"]) == {"0"}


def test_corpus_progress_logs_lines_or_shows_a_bar(
    corpus_jsonl: Path, tiny_models: dict[str, str], tmp_path: Path, caplog: Any, capsys: Any
) -> None:
    with caplog.at_level(logging.INFO, logger="stancekit.corpus"):
        _run(corpus_jsonl, tmp_path / "a", tiny_models)
    lines = [r.getMessage() for r in caplog.records if "shard" in r.getMessage()]
    assert any("shard 3/3 written: 11/11 articles, 2 errors" in line for line in lines)
    _run(corpus_jsonl, tmp_path / "b", tiny_models, show_progress_bar=True)
    err = capsys.readouterr().err
    assert "analyze-corpus" in err and "11/11" in err


def test_corpus_cli_exit_status_says_errors_exist(
    corpus_jsonl: Path,
    corpus_rows: list[dict[str, Any]],
    tiny_models: dict[str, str],
    tmp_path: Path,
    capsys: Any,
) -> None:
    models = ["--model", tiny_models["stance"], "--sentiment-model", tiny_models["sentiment"]]
    args = ["analyze-corpus", "--target", "bridge", "--shard-size", "5", *models]
    assert main([*args, str(corpus_jsonl), "--output", str(tmp_path / "a")]) == EXIT_ARTICLE_ERRORS
    clean = write_jsonl(
        tmp_path / "clean.jsonl", [r for r in corpus_rows if isinstance(r["text"], str)]
    )
    assert main([*args, str(clean), "--output", str(tmp_path / "b")]) == 0
    # the same output folder with other settings is refused (exit 2), not mixed
    assert main([*args, "--no-sentiment", str(clean), "--output", str(tmp_path / "b")]) == 2
    assert "other settings" in capsys.readouterr().err


def test_corpus_bad_options_raise_typed_errors(tiny_models: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(DataNotFoundError):
        _run(tmp_path / "missing.jsonl", tmp_path / "o1", tiny_models)
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="jsonl"):
        _run(tmp_path / "notes.txt", tmp_path / "o2", tiny_models)
    pd.DataFrame({"body": ["x"]}).to_parquet(tmp_path / "p.parquet")
    with pytest.raises(InvalidInputError, match="'text' column"):
        _run(tmp_path / "p.parquet", tmp_path / "o3", tiny_models)
    with pytest.raises(InvalidInputError, match="engine"):
        _run(tmp_path / "p.parquet", tmp_path / "o4", tiny_models, engine="spark")
    with pytest.raises(InvalidInputError, match="save_pretrained"):
        analyze_corpus(tmp_path / "p.parquet", ["x"], tmp_path / "o5", model=object())
    with pytest.raises(DataNotFoundError):
        Corpus(tmp_path / "nothing")


def test_corpus_ray_engine_without_ray_names_the_extra(
    corpus_jsonl: Path, tiny_models: dict[str, str], tmp_path: Path, monkeypatch: Any
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(MissingDependencyError, match=r'pip install "stancekit\[ray\]"'):
        _run(corpus_jsonl, tmp_path / "out", tiny_models, engine="ray")


def test_corpus_analysis_gives_one_article_back_with_its_html(
    corpus_jsonl: Path,
    corpus_rows: list[dict[str, Any]],
    tiny_models: dict[str, str],
    tmp_path: Path,
) -> None:
    _run(corpus_jsonl, tmp_path / "out", tiny_models)
    corpus = Corpus(tmp_path / "out")
    good = [r for r in corpus_rows if isinstance(r["text"], str)]
    assert corpus.ids() == [r["id"] for r in good]
    row = good[4]
    fresh = stancekit.analyze(
        row["text"],
        TARGETS,
        model=tiny_models["stance"],
        sentiment_model=tiny_models["sentiment"],
    )
    back = corpus.analysis(row["id"])
    assert back.segments == fresh.segments
    assert back.text.split() == fresh.text.split() and len(back.text) == len(fresh.text.rstrip())
    for seg in back.segments:
        assert back.text[seg.start : seg.end] == seg.text
    pd.testing.assert_frame_equal(back.by_speaker(), fresh.by_speaker(), atol=1e-9)
    pd.testing.assert_frame_equal(back.to_frame(), fresh.to_frame(), atol=1e-6)
    markup = back.to_html()
    assert markup.count(" data-segment=") == len(fresh.segments)
    with pytest.raises(DataNotFoundError, match="bad-null"):
        corpus.analysis("bad-null")

    out_html = tmp_path / "view.html"
    code = main(["html", str(tmp_path / "out"), "--article", row["id"], "--output", str(out_html)])
    assert code == 0 and out_html.read_text(encoding="utf-8").count('class="stancekit-view"') == 1
    code = main(["html", str(tmp_path / "out"), "--article", "nope", "-o", str(out_html)])
    assert code == 2


def test_corpus_keeps_who_reports_a_nested_attribution(
    tiny_models: dict[str, str], tmp_path: Path
) -> None:
    text = "Mayor Ana Pell said Tom Gomez told her the bridge would close.\n\nThe council met."
    src = write_jsonl(tmp_path / "nested.jsonl", [{"id": "n1", "text": text}])
    corpus = _run(src, tmp_path / "out", tiny_models)
    expected = [s.via for s in stancekit.segment(text)]
    assert "Ana Pell" in expected  # the inner attribution is Gomez's, reported by Pell
    segments = pd.read_parquet(tmp_path / "out" / "segments")
    assert [v if isinstance(v, str) else None for v in segments["via"]] == expected
    assert [s.via for s in corpus.analysis("n1").segments] == expected
    assert corpus.manifest["format"] == 3  # older folders (no via column) are not resumed
