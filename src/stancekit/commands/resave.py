"""``stancekit resave-model DIR...``: add the sha256 manifest to trusted model folders.

A folder saved by an older stancekit has no ``"files"`` manifest in ``stancekit.json``
and is refused on load. If you trust it, this command loads it once without the check
and saves it again, which records the size and sha256 of every file (see
:mod:`stancekit.weights.integrity`).

Examples:
    stancekit resave-model runs/old-baseline runs/old-transformer
"""

from __future__ import annotations

import argparse
from typing import Any

from stancekit.models.loading import resave

__all__ = ["add_parser", "run"]


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``resave-model`` on the ``stancekit`` parser's subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "resave-model",
        help="re-save trusted model folders so stancekit.json records every file's sha256",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("folders", nargs="+", metavar="DIR", help="saved model folders")
    return parser


def run(args: argparse.Namespace) -> int:
    """Re-save each folder in turn; stops at the first that fails (a ``ModelLoadError``)."""
    for folder in args.folders:
        resave(folder)
        print(f"re-saved {folder} with a sha256 manifest")
    return 0
