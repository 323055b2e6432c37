"""One run per output folder: a lock (``filelock``) with its holder's pid and start time.

The lock is ``OUTPUT/.stancekit.lock``, held with ``flock`` through the maintained
``filelock`` library for the whole run; the operating system releases it when the holder
exits, however it exits (a ``kill -9`` included), so a lock left by a dead process is
simply taken by the next run. Next to it, ``OUTPUT/.stancekit.lock.json`` records who
holds it (pid, host, start time, command) so that a refused run can say so; the holder
removes that file before releasing the lock. The empty lock file itself stays (removing
it would let two runs lock two different files).

Temporary files of a run are named ``.<file>.tmp-<host>-<pid>``: a starting run (holding
the lock) removes those whose owner is a process of this host that no longer exists, and
leaves any other alone (a live process, or a Ray worker on another node).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stancekit.errors import OutputLockedError, os_error

__all__ = [
    "HOLDER_NAME",
    "LOCK_NAME",
    "clean_stale_temp_files",
    "is_temp_file",
    "locked",
    "temp_name",
]

logger = logging.getLogger("stancekit.corpus")

LOCK_NAME = ".stancekit.lock"
HOLDER_NAME = ".stancekit.lock.json"


def _host_tag() -> str:
    """A short, file-name-safe tag of this machine."""
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def temp_name(path: Path) -> Path:
    """The temporary name a file is written under before it is renamed to ``path``.

    Examples:
        >>> temp_name(Path("out/pairs/part-000001.parquet")).name.startswith(
        ...     ".part-000001.parquet.tmp-"
        ... )
        True
    """
    return path.with_name(f".{path.name}.tmp-{_host_tag()}-{os.getpid()}")


def is_temp_file(path: Path) -> bool:
    """Whether ``path`` is a temporary file written by :func:`temp_name`."""
    return path.name.startswith(".") and ".tmp-" in path.name


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def clean_stale_temp_files(output: Path) -> int:
    """Remove the temporary files of dead processes of this host under ``output``.

    Returns:
        How many were removed.
    """
    removed = 0
    host = _host_tag()
    for path in output.glob("**/.*.tmp-*"):
        tag = path.name.rsplit(".tmp-", 1)[1]
        owner_host, _, pid = tag.rpartition("-")
        if owner_host != host or not pid.isdigit() or _pid_alive(int(pid)):
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
    if removed:
        logger.info("removed %d temporary files left by a killed run", removed)
    return removed


def read_holder(output: Path) -> dict[str, Any]:
    """What the current holder of ``output``'s lock recorded (empty when unknown)."""
    try:
        data = json.loads((output / HOLDER_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _refusal(output: Path) -> OutputLockedError:
    holder = read_holder(output)
    if holder:
        who = (
            f"pid {holder.get('pid')} on host {holder.get('host')!r}, "
            f"started {holder.get('started')}"
        )
    else:
        who = "a process that has not recorded itself yet"
    return OutputLockedError(
        f"output: expected a folder no other run is writing to, got {str(output)!r}, which "
        f"is locked by another analyze-corpus run ({who}). Wait for it to finish, stop it "
        "(a stopped or killed run releases the lock at once), or choose another --output.",
        holder=holder,
    )


@contextlib.contextmanager
def locked(output: Path) -> Iterator[None]:
    """Hold the lock of ``output`` inside the block; refuse at once if another run holds it.

    Raises:
        OutputLockedError: Another live process holds the lock.
        OutputError: The lock file cannot be created (a read-only folder).

    Examples:
        >>> import tempfile
        >>> with locked(Path(tempfile.mkdtemp())):
        ...     pass
    """
    from filelock import FileLock, Timeout

    lock = FileLock(output / LOCK_NAME, timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise _refusal(output) from None
    except OSError as exc:
        raise os_error(exc, f"the lock of {str(output)!r}", "Choose a writable --output.") from None
    holder_path = output / HOLDER_NAME
    try:
        holder = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "command": " ".join(sys.argv[:1] + sys.argv[1:])[:500],
        }
        tmp = temp_name(holder_path)
        try:
            tmp.write_text(json.dumps(holder, indent=1) + "\n", encoding="utf-8")
            os.replace(tmp, holder_path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise os_error(
                exc, f"the lock of {str(output)!r}", "Choose a writable --output."
            ) from None
        yield
    finally:
        with contextlib.suppress(OSError):
            holder_path.unlink()
        lock.release()
