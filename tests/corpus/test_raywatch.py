"""The watchdog that stops a killed driver's local Ray processes."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys

import pytest

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
