"""Where commands write: checked before long work, typed errors instead of tracebacks.

Examples:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> check_output_dir(folder / "new-model", "--output")
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from stancekit.errors import OutputError, expected_got, os_error

__all__ = ["check_output_dir", "clear_reports", "save_model", "write_report"]

logger = logging.getLogger("stancekit")

#: Reports ``evaluate`` and ``train`` write into a model folder; they describe its model.
REPORT_GLOB = "eval-*.json"


def check_output_dir(path: str | os.PathLike[str], option: str) -> None:
    """Refuse, before any work, an output folder that is a file, under a file, or read-only.

    Raises:
        OutputError: The folder cannot be created or written.
    """
    out = Path(path).expanduser().absolute()
    for parent in (out, *out.parents):
        if not parent.exists():
            continue
        if not parent.is_dir():
            where = "is a file" if parent == out else f"lies under the file {str(parent)!r}"
            raise OutputError(
                expected_got(option, "a folder to save in", str(path), f"It {where}.")
            )
        if not os.access(parent, os.W_OK | os.X_OK):
            raise OutputError(
                expected_got(
                    option,
                    "a folder this user can write",
                    str(path),
                    f"{str(parent)!r} is read-only; choose another {option}.",
                )
            )
        return


def clear_reports(folder: str | os.PathLike[str]) -> None:
    """Remove the evaluation reports of the model a new one replaces in ``folder``."""
    for path in sorted(Path(folder).glob(REPORT_GLOB)):
        path.unlink()
        logger.info("removed %s: it described the model this one replaces", path)


def save_model(model: Any, folder: str | os.PathLike[str]) -> Path:
    """``model.save_pretrained(folder)`` after removing the old model's reports.

    Raises:
        OutputError: The folder cannot be written.
    """
    try:
        if Path(folder).is_dir():
            clear_reports(folder)
        return Path(model.save_pretrained(folder))
    except OSError as exc:
        raise os_error(
            exc, f"the model folder {str(folder)!r}", "Choose another --output."
        ) from None


def write_report(path: Path, report: Any, *, chosen: bool) -> bool:
    """Write a JSON report; returns whether it was written.

    Args:
        path: Where.
        report: The JSON-serialisable report.
        chosen: The user named ``path`` (``--output``): a failure is an error. Otherwise
            (the default place, inside the model folder) a failure is a warning and the
            report printed above is all there is.

    Raises:
        OutputError: ``chosen`` and the file cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    except OSError as exc:
        if chosen:
            raise os_error(exc, "the report", "Choose another --output.") from None
        logger.warning(
            "the report was not saved: %s cannot be written (%s); pass --output FILE to keep it",
            path,
            exc.strerror or exc,
        )
        return False
    print(f"\nreport written to {path}")
    return True
