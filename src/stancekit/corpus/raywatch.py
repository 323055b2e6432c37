"""``python -m stancekit.corpus.raywatch PID``: stop a killed driver's local Ray.

Started by the Ray engine when it starts a local Ray (not on a cluster): every half
second it notes the driver's descendant processes (Ray's GCS, raylet, agents and
workers); when the driver is gone without having stopped it (killed with SIGKILL), it
sends SIGTERM to the processes it noted, then SIGKILL to those still running after 5 s.
``psutil`` compares each process's start time, so a reused pid is never signalled. A
driver that ends normally stops Ray itself and then this watchdog.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Sequence
from typing import Any

__all__ = ["main"]


def _alive(proc: Any) -> bool:
    import psutil  # type: ignore[import-untyped,unused-ignore]

    try:
        return bool(proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE)
    except psutil.Error:
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Watch the driver ``argv[0]`` (a pid); returns 0 once its processes are stopped."""
    import psutil  # type: ignore[import-untyped,unused-ignore]

    args = list(sys.argv[1:] if argv is None else argv)
    try:
        driver = psutil.Process(int(args[0]))
    except (IndexError, ValueError, psutil.Error):
        return 2
    me = psutil.Process()
    noted: dict[int, psutil.Process] = {}
    ready = False
    while _alive(driver):
        with contextlib.suppress(psutil.Error):
            for child in driver.children(recursive=True):
                if child.pid != me.pid:
                    noted.setdefault(child.pid, child)
        if not ready:  # one line once the first look is done (tests wait for it)
            print("watching", flush=True)
            ready = True
        time.sleep(0.5)
    alive = []
    for proc in noted.values():
        with contextlib.suppress(psutil.Error):
            proc.terminate()
            alive.append(proc)
    _, left = psutil.wait_procs(alive, timeout=5)
    for proc in left:
        with contextlib.suppress(psutil.Error):
            proc.kill()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
