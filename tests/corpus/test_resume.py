"""Kill a real analyze-corpus process mid-run, run the command again: identical output."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from stancekit.cli import main

from .conftest import make_articles, write_jsonl


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_corpus_killed_subprocess_resumes_to_identical_output(
    tiny_models: dict[str, str], tmp_path: Path, two_speaker_article: str
) -> None:
    rows: list[dict[str, Any]] = make_articles(two_speaker_article, 150)
    rows[5]["text"] = None
    src = write_jsonl(tmp_path / "news.jsonl", rows)
    args = [
        "analyze-corpus",
        str(src),
        "--target",
        "bridge",
        "--target",
        "council",
        "--model",
        tiny_models["stance"],
        "--sentiment-model",
        tiny_models["sentiment"],
        "--shard-size",
        "1",
        "--quiet",
    ]
    assert main([*args, "--output", str(tmp_path / "ref")]) == 3

    out = tmp_path / "out"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "stancekit", *args, "--output", str(out)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    markers = out / "_shards"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if markers.is_dir() and len(list(markers.glob("*.json"))) >= 5:
            break
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.fail(f"the run ended before it could be killed: {log.read_text()!r}")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    finished = {p.name: p.stat().st_mtime_ns for p in markers.glob("*.json")}
    assert 5 <= len(finished) < 150
    assert '"complete": false' in (out / "manifest.json").read_text(encoding="utf-8")

    assert main([*args, "--output", str(out)]) == 3
    assert _files(out) == _files(tmp_path / "ref")
    again = {p.name: p.stat().st_mtime_ns for p in markers.glob("*.json")}
    assert all(again[name] == mtime for name, mtime in finished.items())  # not redone
