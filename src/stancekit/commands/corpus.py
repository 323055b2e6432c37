"""``stancekit analyze-corpus``: many articles from files to Parquet tables, resumable.

Examples:
    stancekit analyze-corpus news.jsonl --target NATO --output out/
    stancekit analyze-corpus data/ --target war --output out/ --engine ray --workers 4
    stancekit analyze-corpus saved_dataset/ --target NATO --output out/ --address auto

Exit status: 0 when every article was analysed, 3 when the run finished but some articles
are in ``OUTPUT/errors``, 2 on a usage, input or output error (repeated ids, a folder
holding another run, a locked folder ...), 130 when interrupted (Ctrl-C). Run the same
command again to resume an interrupted run.
"""

from __future__ import annotations

import argparse
import logging
from typing import Any

from stancekit.commands.common import add_model_options, add_target_option, model_arguments
from stancekit.targets import parse_target

__all__ = ["add_parser", "run"]

logger = logging.getLogger("stancekit.corpus")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``analyze-corpus`` on the ``stancekit`` parser's subcommands."""
    from stancekit.corpus.api import BACKENDS

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "analyze-corpus",
        help="analyse many articles (JSONL/Parquet/CSV/saved dataset) into Parquet tables",
        description=(
            "Segment and score every article of the inputs, writing the Parquet datasets "
            "segments/, pairs/ and errors/ and manifest.json to OUTPUT, one shard at a "
            "time. Run the same command again to resume. Exit status 3: finished, but "
            "some articles are in errors/."
        ),
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".jsonl/.parquet/.csv file, a folder of them, or a datasets.save_to_disk folder",
    )
    add_target_option(parser)
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="output folder")
    parser.add_argument("--engine", choices=("local", "ray"), default="local")
    parser.add_argument(
        "--workers", type=int, default=None, help="Ray actors, each with its own models (2)"
    )
    parser.add_argument("--threads-per-worker", type=int, default=1, help="torch threads per actor")
    parser.add_argument(
        "--address", default=None, help="existing Ray cluster (auto, ray://head:10001)"
    )
    parser.add_argument("--text-column", default="text", help="column holding the text")
    parser.add_argument(
        "--id-column",
        default=None,
        help="column holding the article id (default: 'id' when present, else the row number)",
    )
    parser.add_argument(
        "--duplicate-ids",
        choices=("error", "rename"),
        default="error",
        help="ids used by more than one article: refuse (default) or rename repeats <id>#<row>",
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of JSONL and CSV inputs (default utf-8); rows that do not decode "
        "go to errors/",
    )
    parser.add_argument(
        "--restart",
        action="store_true",
        help="discard the results already in OUTPUT and start over (instead of resuming)",
    )
    add_model_options(parser)
    parser.add_argument(
        "--backend", choices=BACKENDS, default=None, help="transformer inference back-end"
    )
    parser.add_argument("--shard-size", type=int, default=200, help="articles per shard")
    parser.add_argument("--batch-size", type=int, default=1024, help="pairs per model call")
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="tqdm bar (default: on a terminal; log lines otherwise)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    return parser


def run(args: argparse.Namespace) -> int:
    """Run ``analyze-corpus``; returns 0, or 3 when some articles are in ``errors``."""
    from stancekit.corpus import EXIT_ARTICLE_ERRORS, analyze_corpus

    if not args.quiet and logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)
    corpus = analyze_corpus(
        args.inputs,
        [parse_target(t) for t in args.target],
        args.output,
        engine=args.engine,
        text_column=args.text_column,
        id_column=args.id_column,
        duplicate_ids=args.duplicate_ids,
        encoding=args.encoding,
        restart=args.restart,
        backend=args.backend,
        shard_size=args.shard_size,
        batch_size=args.batch_size,
        workers=args.workers,
        threads_per_worker=args.threads_per_worker,
        address=args.address,
        show_progress_bar=False if args.quiet else args.progress,
        **model_arguments(args),
    )
    counts = corpus.manifest["counts"]
    logger.info(
        "wrote %s: %d articles, %d segments, %d pairs, %d errors",
        args.output,
        counts["articles"],
        counts["segments"],
        counts["pairs"],
        counts["errors"],
    )
    if counts["errors"]:
        logger.warning(
            "%d articles could not be analysed; see %s/errors", counts["errors"], args.output
        )
        return EXIT_ARTICLE_ERRORS
    return 0
