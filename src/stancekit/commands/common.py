"""Options that several ``stancekit`` commands share, each declared once.

- :func:`add_target_option`: ``-t/--target NAME[=ALIAS,...]`` (``analyze``,
  ``analyze-corpus``);
- :func:`add_model_options`: ``--model``, ``--sentiment-model``, ``--no-sentiment`` and
  ``--score``, whose default is the library's (``"relevant"``, as in
  :func:`stancekit.analyze`); :func:`model_arguments` turns them into the keywords of
  ``analyze_many`` / ``analyze_corpus``;
- :func:`add_column_options`: ``--text-column``, ``--target-column``, ``--label-column``
  (``train``, ``evaluate``);
- :func:`add_limit_option`: ``--limit N`` (``train``, ``evaluate``);
- :func:`add_speaker_options`: ``--relevance`` and ``--threshold`` of ``by_speaker()``
  (``analyze``, ``html``);
- :func:`add_segmenter_options`: ``--segmenter rules|tagger|both`` and ``--tagger DIR``
  (``analyze``, ``evaluate attribution``); :func:`segmenter_arguments` turns them into
  the keywords of :func:`stancekit.segment`.

The training hyperparameters are in :mod:`stancekit.commands.options`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from stancekit.aggregate import DEFAULT_RELEVANCE, DEFAULT_THRESHOLD
from stancekit.errors import InvalidInputError, expected_got

__all__ = [
    "DEFAULT_SCORE",
    "add_column_options",
    "add_limit_option",
    "add_model_options",
    "add_segmenter_options",
    "add_target_option",
    "model_arguments",
    "segmenter_arguments",
]


#: ``--score`` default: what :func:`stancekit.analyze` does when not told (a test holds
#: the two equal; the command line does not import the pipeline to build its parser).
DEFAULT_SCORE = "relevant"


def add_target_option(parser: Any) -> None:
    """Add the repeatable, required ``-t/--target NAME[=ALIAS,...]``."""
    parser.add_argument(
        "-t",
        "--target",
        action="append",
        required=True,
        metavar="NAME[=ALIAS,...]",
        help='a target and its aliases, e.g. "United States=USA,US,Washington" (repeatable)',
    )


def add_model_options(parser: Any) -> None:
    """Add ``--model``, ``--sentiment-model``, ``--no-sentiment`` and ``--score``."""
    parser.add_argument(
        "--model",
        default="default",
        metavar="DIR|default|fast|accurate",
        help="stance model: a saved model directory, or a shipped model (default = fast; "
        "accurate reads context, needs `stancekit download accurate`)",
    )
    parser.add_argument(
        "--sentiment-model",
        default="default",
        metavar="DIR|default",
        help="target-sentiment model directory",
    )
    parser.add_argument(
        "--no-sentiment", action="store_true", help="skip target-directed sentiment"
    )
    parser.add_argument(
        "--score",
        choices=("relevant", "all"),
        default=DEFAULT_SCORE,
        help=f"score only the segment x target pairs that can count (relevant, faster) or "
        f"every pair (all); default {DEFAULT_SCORE}, as in stancekit.analyze()",
    )


def model_arguments(args: argparse.Namespace) -> dict[str, Any]:
    """The keywords ``model``, ``sentiment``, ``sentiment_model`` and ``score`` of ``args``.

    Examples:
        >>> ns = argparse.Namespace(
        ...     model="default", sentiment_model="runs/s", no_sentiment=False, score="all"
        ... )
        >>> model_arguments(ns)["sentiment_model"]
        'runs/s'
    """
    return {
        "model": None if args.model == "default" else args.model,
        "sentiment": not args.no_sentiment,
        "sentiment_model": None if args.sentiment_model == "default" else args.sentiment_model,
        "score": args.score,
    }


def add_column_options(parser: Any) -> None:
    """Add ``--text-column``, ``--target-column``, ``--label-column``, ``--context-column``."""
    parser.add_argument("--text-column", default="text", help="column with the text (text)")
    parser.add_argument("--target-column", default="target", help="column with the target (target)")
    parser.add_argument("--label-column", default="label", help="column with the label (label)")
    parser.add_argument(
        "--context-column",
        default=None,
        help="column with each statement's context (headline, attribution frame, text "
        "before), read by models trained with context (default: none)",
    )


def add_limit_option(parser: Any, help: str) -> None:
    """Add ``--limit N`` (first N rows), with the command's own ``help``."""
    parser.add_argument("--limit", type=int, default=None, help=help)


def add_speaker_options(parser: Any) -> None:
    """Add ``--relevance`` and ``--threshold``, the options of ``by_speaker()``."""
    parser.add_argument(
        "--relevance",
        choices=("attribution", "mention", "topic"),
        default=DEFAULT_RELEVANCE,
        help="which segments count for a speaker's stance (see stancekit.aggregate)",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help="minimum |score| for a favor/against label",
    )


def add_segmenter_options(parser: Any) -> None:
    """Add ``--segmenter`` (the backend of ``stancekit.segment``) and ``--tagger DIR``."""
    parser.add_argument(
        "--segmenter",
        choices=("rules", "tagger", "both"),
        default="rules",
        help="attribution backend: the rules (default, fast), the learned span tagger, or "
        "both (the tagger fills sentences the rules leave unattributed; needs torch)",
    )
    parser.add_argument(
        "--tagger",
        type=Path,
        default=None,
        metavar="DIR",
        help="a span-tagger folder for --segmenter tagger/both (default: the packaged one)",
    )


def segmenter_arguments(args: argparse.Namespace) -> dict[str, Any]:
    """``backend`` and ``tagger`` for :func:`stancekit.segment` from the parsed options.

    Raises:
        InvalidInputError: ``--tagger`` without a learned ``--segmenter``.
    """
    if args.tagger is not None and args.segmenter == "rules":
        raise InvalidInputError(
            expected_got("--tagger", "only with --segmenter tagger or both", str(args.tagger))
        )
    tagger = None
    if args.tagger is not None:
        from stancekit.segmentation.tagger import SpanTagger

        tagger = SpanTagger.from_pretrained(args.tagger)
    return {"backend": args.segmenter, "tagger": tagger}
