"""Nothing lost, nothing mixed: ids, manifest fingerprints, shard checksums, encodings."""

from __future__ import annotations

import json
import logging
import os
import random
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from stancekit.cli import main
from stancekit.corpus import Corpus, analyze_corpus
from stancekit.corpus.lock import temp_name
from stancekit.errors import (
    CorruptOutputError,
    DuplicateIdError,
    IncompleteCorpusWarning,
    InputChangedError,
    InvalidInputError,
    RunMismatchError,
)

from .conftest import TARGETS, make_articles, write_jsonl


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _kw(models: dict[str, str], **kw: Any) -> dict[str, Any]:
    kw.setdefault("shard_size", 4)
    kw.setdefault("show_progress_bar", False)
    return {"model": models["stance"], "sentiment_model": models["sentiment"], **kw}


def _cli(models: dict[str, str], *args: str) -> list[str]:
    return [
        "analyze-corpus",
        *args,
        "--target",
        "bridge",
        "--model",
        models["stance"],
        "--sentiment-model",
        models["sentiment"],
        "--shard-size",
        "4",
        "-q",
    ]


# ---------------------------------------------------------------------------- 1. ids
def test_corpus_duplicate_ids_are_refused_with_their_rows(
    tmp_path: Path, two_speaker_article: str, tiny_models: dict[str, str], capsys: Any
) -> None:
    rows = make_articles(two_speaker_article, 6)
    rows[4]["id"] = "a01"
    rows[5].pop("id")  # row 5 has no id: its row number "5" ...
    rows[2]["id"] = "5"  # ... is also row 2's id
    src = write_jsonl(tmp_path / "news.jsonl", rows)
    with pytest.raises(DuplicateIdError) as info:
        analyze_corpus(src, TARGETS, tmp_path / "out", **_kw(tiny_models))
    assert info.value.duplicates == {"a01": [1, 4], "5": [2, 5]}
    assert "--duplicate-ids rename" in str(info.value)
    assert not (tmp_path / "out").exists()  # refused before anything was written

    assert main([*_cli(tiny_models, str(src)), "-o", str(tmp_path / "cli")]) == 2
    err = capsys.readouterr().err
    assert "'a01' at rows 1, 4" in err and "'5' at rows 2, 5" in err
    assert "Traceback" not in err


def test_corpus_duplicate_ids_renamed_on_request_keep_every_article_apart(
    tmp_path: Path, two_speaker_article: str, tiny_models: dict[str, str]
) -> None:
    rows = make_articles(two_speaker_article, 6)
    rows[4]["id"] = "a01"
    src = write_jsonl(tmp_path / "news.jsonl", rows)
    corpus = analyze_corpus(
        src, TARGETS, tmp_path / "out", duplicate_ids="rename", **_kw(tiny_models)
    )
    ids = list(dict.fromkeys(corpus.segments()["article"]))
    assert ids == ["a00", "a01", "a02", "a03", "a01#4", "a05"]
    per = corpus.by_speaker(per_article=True)
    assert set(per["article"]) == set(ids)
    assert corpus.manifest["settings"]["duplicate_ids"] == "rename"


def test_corpus_same_input_given_twice_is_read_once(
    tmp_path: Path, corpus_jsonl: Path, tiny_models: dict[str, str], caplog: Any
) -> None:
    link = tmp_path / "link.jsonl"
    link.symlink_to(corpus_jsonl)
    hard = tmp_path / "hard.jsonl"
    os.link(corpus_jsonl, hard)
    same = [corpus_jsonl, str(corpus_jsonl), link, hard, tmp_path / "." / corpus_jsonl.name]
    with caplog.at_level(logging.WARNING, logger="stancekit.corpus"):
        corpus = analyze_corpus(same, TARGETS, tmp_path / "out", **_kw(tiny_models))
    assert corpus.manifest["articles"] == 11 and len(corpus.manifest["inputs"]) == 1
    assert "read once" in caplog.text
    folder = tmp_path / "dir"
    folder.mkdir()
    shutil.copy(corpus_jsonl, folder / "news.jsonl")
    again = analyze_corpus(
        [folder, folder / "news.jsonl"], TARGETS, tmp_path / "out2", **_kw(tiny_models)
    )
    assert again.manifest["articles"] == 11


def test_corpus_misspelt_id_column_is_refused(
    tmp_path: Path, corpus_jsonl: Path, corpus_rows: list[dict[str, Any]]
) -> None:
    with pytest.raises(InvalidInputError, match="'ID' field"):
        analyze_corpus(corpus_jsonl, TARGETS, tmp_path / "a", id_column="ID")
    pq = tmp_path / "news.parquet"
    pd.DataFrame([r for r in corpus_rows if isinstance(r["text"], str)]).to_parquet(pq)
    with pytest.raises(InvalidInputError, match="'ID' column"):
        analyze_corpus(pq, TARGETS, tmp_path / "b", id_column="ID")


# ---------------------------------------------------------------------------- 2. models
def test_corpus_resume_with_a_retrained_model_is_refused_naming_it(
    tmp_path: Path, corpus_jsonl: Path, tiny_models: dict[str, str], capsys: Any
) -> None:
    model = tmp_path / "mA"
    shutil.copytree(tiny_models["stance"], model)
    models = {**tiny_models, "stance": str(model)}
    out = tmp_path / "out"
    analyze_corpus(corpus_jsonl, TARGETS, out, **_kw(models))
    (out / "manifest.json").write_text(  # as if killed before the end
        (out / "manifest.json").read_text().replace('"complete": true', '"complete": false')
    )
    config = json.loads((model / "stancekit.json").read_text())
    config["seed"] = 1  # a retrained model: another stancekit.json
    (model / "stancekit.json").write_text(json.dumps(config))
    with pytest.raises(RunMismatchError) as info:
        analyze_corpus(corpus_jsonl, TARGETS, out, **_kw(models))
    assert any(d.startswith("models.stance.sha256") for d in info.value.differences)
    assert "retrained or replaced" in str(info.value)
    corpus = analyze_corpus(corpus_jsonl, TARGETS, out, restart=True, **_kw(models))
    assert corpus.manifest["complete"]
    assert corpus.manifest["models"]["stance"]["path"] == str(model.resolve())


def test_corpus_changed_setting_is_named_in_the_refusal(
    tmp_path: Path, corpus_jsonl: Path, tiny_models: dict[str, str]
) -> None:
    analyze_corpus(corpus_jsonl, TARGETS, tmp_path / "out", **_kw(tiny_models))
    with pytest.raises(RunMismatchError, match=r"settings\.batch_size: 1024 -> 64"):
        analyze_corpus(corpus_jsonl, TARGETS, tmp_path / "out", batch_size=64, **_kw(tiny_models))


def test_corpus_same_size_edit_with_restored_time_is_noticed(
    tmp_path: Path, corpus_jsonl: Path, tiny_models: dict[str, str]
) -> None:
    analyze_corpus(corpus_jsonl, TARGETS, tmp_path / "out", **_kw(tiny_models))
    st = corpus_jsonl.stat()
    data = corpus_jsonl.read_bytes()
    corpus_jsonl.write_bytes(data.replace(b"bridge", b"BRIDGE", 1))
    os.utime(corpus_jsonl, ns=(st.st_atime_ns, st.st_mtime_ns))
    with pytest.raises(RunMismatchError, match=r"inputs\[.*\]\.sha256.*edited"):
        analyze_corpus(corpus_jsonl, TARGETS, tmp_path / "out", **_kw(tiny_models))


def test_corpus_input_edited_during_the_run_stops_with_a_typed_error(
    tmp_path: Path, corpus_jsonl: Path
) -> None:
    from stancekit.corpus.sources import find_sources, plan_shards, read_shard

    sources = find_sources([corpus_jsonl], text_column="text", shard_size=4)
    shard = plan_shards(sources, 4)[1]
    with corpus_jsonl.open("ab") as fh:
        fh.write(b'{"id": "late", "text": "added while running"}\n')
    with pytest.raises(InputChangedError, match="changed"):
        read_shard(shard, shard_size=4, text_column="text", id_column="id")


# ---------------------------------------------------------------------------- 3. shards
@pytest.mark.parametrize(
    ("table", "damage"), [("pairs", "truncate"), ("segments", "empty"), ("errors", "flip")]
)
def test_corpus_damaged_shard_is_refused_by_corpus_and_redone_on_resume(
    table: str,
    damage: str,
    tmp_path: Path,
    corpus_jsonl: Path,
    tiny_models: dict[str, str],
    caplog: Any,
) -> None:
    analyze_corpus(corpus_jsonl, TARGETS, tmp_path / "ref", **_kw(tiny_models, shard_size=2))
    out = tmp_path / "out"
    shutil.copytree(tmp_path / "ref", out)
    path = out / table / "part-000003.parquet"
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[:100])
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # same size, one byte changed
        path.write_bytes(data[:50] + bytes([data[50] ^ 1]) + data[51:])
    with pytest.raises(CorruptOutputError, match="part-000003"):
        Corpus(out).by_speaker()
    with caplog.at_level(logging.WARNING, logger="stancekit.corpus"):
        analyze_corpus(corpus_jsonl, TARGETS, out, **_kw(tiny_models, shard_size=2))
    assert "shard part-000003 is damaged" in caplog.text and "redone" in caplog.text
    assert _files(out) == _files(tmp_path / "ref")


def test_corpus_damaged_marker_or_manifest(
    tmp_path: Path, corpus_jsonl: Path, tiny_models: dict[str, str], capsys: Any
) -> None:
    out = tmp_path / "out"
    args = [*_cli(tiny_models, str(corpus_jsonl)), "-o", str(out)]
    assert main(args) == 3
    reference = _files(out)
    (out / "_shards" / "part-000001.json").write_text('{"shard": 1')
    assert main(args) == 3  # the shard is redone
    assert _files(out) == reference
    (out / "manifest.json").write_text('{"format": 2, "sett')
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "manifest.json" in err and "--restart" in err and "Traceback" not in err
    assert main([*args, "--restart"]) == 3
    assert _files(out) == reference


def test_corpus_of_an_unfinished_run_warns_and_reads_finished_shards(
    tmp_path: Path, corpus_jsonl: Path, tiny_models: dict[str, str]
) -> None:
    out = tmp_path / "out"
    analyze_corpus(corpus_jsonl, TARGETS, out, **_kw(tiny_models))
    (out / "_shards" / "part-000002.json").unlink()  # as if killed before the last marker
    manifest = json.loads((out / "manifest.json").read_text())
    (out / "manifest.json").write_text(json.dumps({**manifest, "complete": False}))
    with pytest.warns(IncompleteCorpusWarning, match="2 of 3 shards"):
        corpus = Corpus(out)
    assert len(corpus.errors()) == 2  # rows 3 and 7: shards 0 and 1
    assert corpus.segments()["row"].max() < 8


# ---------------------------------------------------------------------------- 4. encodings
def test_corpus_bad_bytes_in_one_row_go_to_errors_and_encoding_decodes(
    tmp_path: Path, two_speaker_article: str, tiny_models: dict[str, str]
) -> None:
    rows = make_articles(two_speaker_article, 4)
    frame = pd.DataFrame(rows)
    csv = tmp_path / "news.csv"
    frame.to_csv(csv, index=False)
    data = csv.read_bytes()
    bad = data.replace(b"The council met 2 times", b"The council met 2 \xe9times", 1)
    csv.write_bytes(bad)
    corpus = analyze_corpus(csv, TARGETS, tmp_path / "utf8", **_kw(tiny_models))
    errors = corpus.errors()
    assert errors["article"].tolist() == ["a02"]
    assert "b'\\xe9tim'" in errors["message"].iloc[0] and "--encoding" in errors["message"].iloc[0]
    assert set(corpus.segments()["article"]) == {"a00", "a01", "a03"}

    latin = analyze_corpus(csv, TARGETS, tmp_path / "cp", encoding="cp1252", **_kw(tiny_models))
    assert latin.errors().empty
    assert "\u00e9times" in " ".join(latin.segments()["text"])

    lines = tmp_path / "news.jsonl"
    write_jsonl(lines, rows)
    raw = lines.read_bytes().replace(b"met 1 times", b"met 1 \xff times", 1)
    lines.write_bytes(b"\xef\xbb\xbf" + raw)  # a UTF-8 byte-order mark is accepted
    corpus = analyze_corpus(lines, TARGETS, tmp_path / "jl", **_kw(tiny_models))
    assert corpus.errors()["article"].tolist() == ["1"]  # undecodable: its row number
    assert "not utf-8" in corpus.errors()["message"].iloc[0]
    with pytest.raises(InvalidInputError, match="ASCII-compatible"):
        analyze_corpus(lines, TARGETS, tmp_path / "x", encoding="utf-16")


def test_corpus_empty_texts_are_recorded_as_errors(
    tmp_path: Path, two_speaker_article: str, tiny_models: dict[str, str]
) -> None:
    rows = make_articles(two_speaker_article, 3)
    rows[1]["text"] = "  \n "
    corpus = analyze_corpus(
        write_jsonl(tmp_path / "n.jsonl", rows), TARGETS, tmp_path / "o", **_kw(tiny_models)
    )
    assert corpus.errors()["article"].tolist() == ["a01"]
    assert "empty" in corpus.errors()["message"].iloc[0]


# ---------------------------------------------------------------------------- 5. CLI
def test_corpus_cli_output_problems_exit_2_without_traceback(
    tmp_path: Path, corpus_jsonl: Path, tiny_models: dict[str, str], capsys: Any, monkeypatch: Any
) -> None:
    base = _cli(tiny_models, str(corpus_jsonl))
    afile = tmp_path / "afile"
    afile.write_text("x")
    for output, words in ((afile, "is a file"), (afile / "sub", "lies under the file")):
        assert main([*base, "-o", str(output)]) == 2
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err

    def refuse(self: Path, *a: Any, **k: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "write_text", refuse)  # a read-only folder (tests run as root)
    assert main([*base, "-o", str(tmp_path / "ro")]) == 2
    err = capsys.readouterr().err
    assert "Permission denied" in err and "writable" in err and "Traceback" not in err
    monkeypatch.undo()
    assert main(["analyze-corpus", str(corpus_jsonl), "-t", "x", "-o", "o", "--workers", "0"]) == 2
    assert "positive int" in capsys.readouterr().err


def test_cli_ctrl_c_is_one_line_and_exit_130(
    tmp_path: Path, corpus_jsonl: Path, monkeypatch: Any, capsys: Any
) -> None:
    import stancekit.corpus

    def interrupted(*a: Any, **k: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(stancekit.corpus, "analyze_corpus", interrupted)
    code = main(["analyze-corpus", str(corpus_jsonl), "-t", "x", "-o", str(tmp_path / "o")])
    assert code == 130
    err = capsys.readouterr().err
    assert (
        err.strip() == "stancekit analyze-corpus: interrupted; run the same command again to resume"
    )


def test_cli_unexpected_error_is_one_line_unless_vv(monkeypatch: Any, capsys: Any) -> None:
    import stancekit.commands.corpus as command

    def broken(args: Any) -> int:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(command, "run", broken)
    argv = ["analyze-corpus", "x.jsonl", "-t", "x", "-o", "o"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "unexpected ZeroDivisionError: boom" in err and "-vv" in err
    with pytest.raises(ZeroDivisionError):
        main([*argv, "-vv"])


def test_cli_ray_without_a_cluster_is_a_typed_error(
    tmp_path: Path, corpus_jsonl: Path, tiny_models: dict[str, str], capsys: Any
) -> None:
    ray = pytest.importorskip("ray")
    if ray.is_initialized():
        pytest.skip("a Ray session is running in this process")
    base = [*_cli(tiny_models, str(corpus_jsonl)), "--engine", "ray"]
    env_address = os.environ.pop("RAY_ADDRESS", None)
    try:
        assert main([*base, "-o", str(tmp_path / "a"), "--address", "auto"]) == 2
        err = capsys.readouterr().err
        assert "expected a running Ray cluster" in err and "Traceback" not in err
        try:
            import grpc  # noqa: F401
        except ImportError:
            assert main([*base, "-o", str(tmp_path / "b"), "--address", "ray://127.0.0.1:1"]) == 2
            assert 'pip install "ray[client]"' in capsys.readouterr().err
    finally:
        if env_address is not None:
            os.environ["RAY_ADDRESS"] = env_address


# ---------------------------------------------------------------------------- 6. lock
def test_corpus_second_run_is_refused_with_the_holders_pid(
    tmp_path: Path, corpus_jsonl: Path, tiny_models: dict[str, str], capsys: Any
) -> None:
    from stancekit.corpus.lock import locked

    out = tmp_path / "out"
    out.mkdir()
    with locked(out):
        assert main([*_cli(tiny_models, str(corpus_jsonl)), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"pid {os.getpid()}" in err and "started 20" in err
    assert main([*_cli(tiny_models, str(corpus_jsonl)), "-o", str(out)]) == 3  # released


def test_corpus_lock_of_a_killed_process_is_taken_and_only_dead_temp_files_go(
    tmp_path: Path, corpus_jsonl: Path, tiny_models: dict[str, str]
) -> None:
    out = tmp_path / "out"
    analyze_corpus(corpus_jsonl, TARGETS, out, **_kw(tiny_models))
    (out / "_shards" / "part-000000.json").unlink()  # as if killed before this marker
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, pathlib; from stancekit.corpus.lock import locked\n"
            "with locked(pathlib.Path(sys.argv[1])):\n"
            "    print('held', flush=True); time.sleep(600)",
            str(out),
        ],
        stdout=subprocess.PIPE,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
    with pytest.raises(OSError, match=f"pid {holder.pid}"):
        analyze_corpus(corpus_jsonl, TARGETS, out, **_kw(tiny_models))
    dead_tmp = (
        out
        / "pairs"
        / temp_name(Path("part-000000.parquet")).name.replace(f"-{os.getpid()}", f"-{holder.pid}")
    )
    dead_tmp.write_bytes(b"partial")
    live_tmp = temp_name(out / "pairs" / "part-000009.parquet")  # ours: alive
    live_tmp.write_bytes(b"being written")
    holder.kill()
    holder.wait()
    holder.stdout.close()
    corpus = analyze_corpus(corpus_jsonl, TARGETS, out, **_kw(tiny_models))
    assert corpus.manifest["complete"]
    assert not dead_tmp.exists() and live_tmp.exists()


# ---------------------------------------------------------------------------- 7. faults
class _Killed(BaseException):
    """Stands for SIGKILL at a file operation (raised past every ``except Exception``)."""


def test_corpus_random_kills_and_a_corrupted_shard_resume_to_identical_bytes(
    tmp_path: Path, two_speaker_article: str, tiny_models: dict[str, str], monkeypatch: Any
) -> None:
    rows: list[dict[str, Any]] = make_articles(two_speaker_article, 24)
    rows[5]["text"] = None
    src = write_jsonl(tmp_path / "news.jsonl", rows)
    kw = _kw(tiny_models, shard_size=2)
    analyze_corpus(src, TARGETS, tmp_path / "ref", **kw)
    reference = _files(tmp_path / "ref")

    rng = random.Random(18)
    real_replace = os.replace
    state = {"calls": 0, "kill_at": 0}

    def flaky_replace(a: Any, b: Any) -> None:
        state["calls"] += 1
        if state["calls"] == state["kill_at"]:
            if rng.random() < 0.5:  # killed just after the rename instead of before it
                real_replace(a, b)
            raise _Killed
        real_replace(a, b)

    monkeypatch.setattr(os, "replace", flaky_replace)
    out = tmp_path / "out"
    kills = 0
    for _ in range(15):
        state["calls"], state["kill_at"] = 0, rng.randint(1, 25)
        try:
            analyze_corpus(src, TARGETS, out, **kw)
        except _Killed:
            kills += 1
        parts = sorted((out / "pairs").glob("part-*.parquet")) if (out / "pairs").is_dir() else []
        if parts and rng.random() < 0.3:  # and now and then a damaged file
            victim = rng.choice(parts)
            victim.write_bytes(victim.read_bytes()[: rng.randint(0, 200)])
    assert kills >= 5
    state["kill_at"] = 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        analyze_corpus(src, TARGETS, out, **kw)
    victim = rng.choice(sorted((out / "segments").glob("part-*.parquet")))
    victim.write_bytes(victim.read_bytes()[:-10])
    analyze_corpus(src, TARGETS, out, **kw)
    assert _files(out) == reference


def test_corpus_unreadable_input_file_is_a_typed_error(tmp_path: Path, capsys: Any) -> None:
    from stancekit.errors import InputFileError

    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"not a parquet file")
    with pytest.raises(InputFileError, match="damaged or not parquet"):
        analyze_corpus(bad, TARGETS, tmp_path / "out")
    csv = tmp_path / "bad.csv"
    csv.write_bytes(b'text,id\n"an unclosed quote,1\n')
    assert main(["analyze-corpus", str(csv), "-t", "x", "-o", str(tmp_path / "o2")]) == 2
    err = capsys.readouterr().err
    assert "bad.csv" in err and "Traceback" not in err
