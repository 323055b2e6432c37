"""The watchdog that stops a killed driver's local Ray processes."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import make_articles, write_jsonl

psutil = pytest.importorskip("psutil")

DRIVER = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
watch = subprocess.Popen(
    [sys.executable, "-m", "stancekit.corpus.raywatch", str(__import__("os").getpid())],
    start_new_session=True,
    stdout=subprocess.PIPE,
)
assert watch.stdout.readline().strip() == b"watching"
print(child.pid, watch.pid, flush=True)
time.sleep(600)
"""


def test_raywatch_stops_the_children_of_a_killed_driver() -> None:
    driver = subprocess.Popen([sys.executable, "-c", DRIVER], stdout=subprocess.PIPE)
    assert driver.stdout is not None
    child_pid, watch_pid = map(int, driver.stdout.readline().split())
    driver.stdout.close()
    child = psutil.Process(child_pid)
    watch = psutil.Process(watch_pid)
    driver.send_signal(signal.SIGKILL)
    driver.wait()
    try:
        _, alive = psutil.wait_procs([child, watch], timeout=20)
        assert not alive, f"still running: {alive}"
    finally:
        for pid in (child_pid, watch_pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.slow
def test_corpus_killed_ray_driver_leaves_no_ray_process(
    tiny_models: dict[str, str], tmp_path: Path, two_speaker_article: str
) -> None:
    pytest.importorskip("ray")
    src = write_jsonl(tmp_path / "news.jsonl", make_articles(two_speaker_article, 60))
    out = tmp_path / "out"
    driver = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "stancekit",
            "analyze-corpus",
            str(src),
            "--target",
            "bridge",
            "--model",
            tiny_models["stance"],
            "--sentiment-model",
            tiny_models["sentiment"],
            "--engine",
            "ray",
            "--workers",
            "1",
            "--shard-size",
            "1",
            "-q",
            "-o",
            str(out),
        ],
        env={**os.environ, "PYTHONWARNINGS": "ignore", "RAY_ADDRESS": ""},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and driver.poll() is None:
        markers = out / "_shards"
        if markers.is_dir() and len(list(markers.glob("*.json"))) >= 2:
            break
        time.sleep(0.2)
    assert driver.poll() is None, "the run ended before it could be killed"
    started = psutil.Process(driver.pid).children(recursive=True)
    names = " ".join(p.name() for p in started)
    assert "raylet" in names or "gcs_server" in names, names
    driver.send_signal(signal.SIGKILL)
    driver.wait()
    _, alive = psutil.wait_procs(started, timeout=60)
    assert not alive, f"still running after the driver was killed: {alive}"
