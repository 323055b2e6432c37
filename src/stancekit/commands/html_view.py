"""``stancekit html``: the HTML view of articles in an ``analyze-corpus`` output folder.

Examples:
    stancekit html out/ --article a17 --output a17.html
    stancekit html out/ --article a17 --article a18 -o two.html
    stancekit html out/ --first 20 -o first20.html
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from stancekit.commands.common import add_speaker_options
from stancekit.errors import InvalidInputError, expected_got

__all__ = ["add_parser", "run"]

logger = logging.getLogger(__name__)


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``html`` on the ``stancekit`` parser's subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "html",
        help="HTML view of articles of an analyze-corpus output (one self-contained file)",
        description=(
            "Write one self-contained HTML page showing the chosen articles of an "
            "analyze-corpus output folder: each article marked up by speaker and stance, "
            "with its speaker x target table (as stancekit analyze --html does)."
        ),
    )
    parser.add_argument("folder", metavar="OUTPUT", help="an analyze-corpus output folder")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--article", action="append", metavar="ID", help="an article id (repeatable)"
    )
    which.add_argument("--first", type=int, metavar="N", help="the first N articles")
    parser.add_argument("-o", "--output", required=True, type=Path, help="the HTML file")
    add_speaker_options(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    """Write the page; 2 (with a message) for an unknown article id."""
    from stancekit.corpus import Corpus
    from stancekit.display import page, render

    corpus = Corpus(args.folder)
    if args.first is not None:
        if args.first < 1:
            raise InvalidInputError(expected_got("--first", "a positive number", args.first))
        ids = corpus.ids()[: args.first]
    else:
        ids = list(dict.fromkeys(args.article))
    fragments = [
        render(
            corpus.analysis(article),
            relevance=args.relevance,
            threshold=args.threshold,
            title=f"article {article}",
        )
        for article in ids
    ]
    args.output.write_text(page(fragments, title=f"stancekit: {args.folder}"), encoding="utf-8")
    logger.warning("wrote %s (%d article%s)", args.output, len(ids), "" if len(ids) == 1 else "s")
    return 0
