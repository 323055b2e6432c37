r"""``stancekit evaluate``: score a model on your file, a benchmark, or the attribution stage.

Your own file (CSV, TSV, JSON lines or Parquet; columns ``text``, ``target``, ``label``)::

    stancekit evaluate --data test.csv --model runs/tf-tweets --predictions runs/pred.csv

prints the table (the ``--metric`` first, default macro-F1; the argmax is over every
class unless ``--label-space`` restricts it, which the table then says) and writes the
JSON report to ``--output`` (default ``MODEL_DIR/eval-<file name>.json``).
``--predictions`` writes one row per input row: the input columns, ``predicted`` and
``proba_<class>`` for each class. A file without the label column is only predicted
(``--predictions`` needed; ``--task`` too with ``--model default``).

Stance / sentiment benchmarks (``newsmtsc``, ``vast``, ``pstance``, ``mtsd``, ``persent``,
``perspectrum``, ``ibm-argq-30k``, ``ibm-claim-stance`` and ``newsstance``, the dev set for
stance on news; for ``newsstance`` the speaker level, ``analyze()`` + ``by_speaker()`` on its
24 articles, is printed after the segment level)::

    stancekit evaluate --dataset vast --split test --model runs/baseline-vast \
        --data-dir ../shared/data --output runs/vast-test.json

prints the report table and writes the JSON report to ``--output`` when given, else to
``MODEL_DIR/eval-<dataset>-<split>.json`` (never the working directory implicitly; with
``--model default`` nothing is written unless ``--output`` is given).

Attribution (``newsattr``, ``litbank``), with or without the ``attribution`` word::

    stancekit evaluate attribution --dataset litbank --data-dir ../shared/data --split dev

The model folder's ``stancekit.json`` says which class loads it (``"model_type":
"baseline"`` or ``"transformer"``); :func:`stancekit.models.loading.load_model` reads it
(re-exported here as ``load_model``).
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from stancekit.commands.common import (
    add_column_options,
    add_limit_option,
    add_segmenter_options,
    segmenter_arguments,
)
from stancekit.commands.outputs import write_report
from stancekit.errors import InvalidInputError, expected_got
from stancekit.models.loading import load_model

__all__ = ["ATTRIBUTION_SETS", "add_parser", "load_model", "run"]

logger = logging.getLogger(__name__)

ATTRIBUTION_SETS = ("newsattr", "litbank")
_STANCE_SETS = (
    "newsmtsc",
    "vast",
    "pstance",
    "mtsd",
    "persent",
    "newsstance",
    "perspectrum",
    "ibm-argq-30k",
    "ibm-claim-stance",
)
_DEFAULT_SPLIT = {
    "newsstance": "dev",
    "perspectrum": "test",
    "ibm-argq-30k": "test",
    "ibm-claim-stance": "test",
    "newsmtsc": "test_rw",
    "vast": "test",
    "pstance": "test",
    "mtsd": "test",
    "persent": "random_test",
}


def add_parser(subparsers: Any) -> None:
    """Register the ``evaluate`` subcommand."""
    p = subparsers.add_parser(
        "evaluate",
        help="score a model on a benchmark split (or the attribution stage)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "kind",
        nargs="?",
        choices=("attribution", "stance"),
        help="optional: 'attribution' or 'stance' (inferred from --dataset)",
    )
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--data", type=Path, metavar="FILE", help="your file (.csv/.tsv/.jsonl/.parquet)"
    )
    source.add_argument(
        "--dataset", choices=(*_STANCE_SETS, *ATTRIBUTION_SETS), help="a built-in benchmark"
    )
    mine = p.add_argument_group("your file (--data)")
    mine.add_argument(
        "--predictions",
        type=Path,
        metavar="FILE",
        help="write predictions here (.csv/.tsv/.jsonl/.parquet by suffix)",
    )
    mine.add_argument(
        "--task",
        choices=("stance", "sentiment"),
        default=None,
        help="with --model default: which default model (default: inferred from the labels)",
    )
    add_column_options(mine)
    mine.add_argument(
        "--metric",
        default=None,
        choices=("f1_macro", "f_avg", "f_macro", "accuracy"),
        help="primary metric, printed first (default f1_macro; f_avg = mean F1 of favor "
        "and against, f_macro = its mean over targets; stance only)",
    )
    mine.add_argument(
        "--label-space",
        default=None,
        metavar="LABELS",
        help="restrict the argmax to these comma-separated labels (e.g. against,favor for "
        "a set without 'none'); printed in the table. Default: every class",
    )
    p.add_argument("--split", default=None, help="split (default: the set's test split)")
    p.add_argument(
        "--model",
        default=None,
        help="a saved model folder (with stancekit.json), or a shipped model: 'default' "
        "(= 'fast') or 'accurate' (stance; `stancekit download accurate` first)",
    )
    p.add_argument(
        "--data-dir", default="../shared/data", type=Path, help="folder with the benchmarks"
    )
    p.add_argument("--output", type=Path, default=None, help="where to write the JSON report")
    add_limit_option(p, "evaluate on the first N rows only")
    add_segmenter_options(p.add_argument_group("attribution (--dataset newsattr/litbank)"))


def _run_attribution(args: argparse.Namespace) -> int:
    from stancekit.evaluate.attribution import evaluate_attribution, format_attribution_report

    report = evaluate_attribution(
        args.dataset, args.data_dir, split=args.split or "dev", **segmenter_arguments(args)
    )
    print(format_attribution_report(report))
    if args.output:
        write_report(args.output, report, chosen=True)
    return 0


def run(args: argparse.Namespace) -> int:
    """Run ``stancekit evaluate`` and return the exit status."""
    if args.data is not None:
        from stancekit.commands.evaluate_file import run_file

        return run_file(args)
    if args.predictions is not None or args.label_space is not None:
        raise InvalidInputError(
            expected_got("--predictions / --label-space", "only with --data FILE", args.predictions)
        )
    attribution = args.dataset in ATTRIBUTION_SETS
    if args.kind == "attribution" and not attribution:
        raise InvalidInputError(
            expected_got(
                "--dataset for 'evaluate attribution'", f"one of {ATTRIBUTION_SETS}", args.dataset
            )
        )
    if args.kind == "stance" and attribution:
        raise InvalidInputError(
            expected_got("--dataset for 'evaluate stance'", f"one of {_STANCE_SETS}", args.dataset)
        )
    if attribution:
        return _run_attribution(args)
    from stancekit.data import TASKS_OF
    from stancekit.evaluate import evaluate_model, format_report

    if not args.model:
        raise InvalidInputError(
            expected_got(
                "--model",
                "a model folder or 'default'",
                None,
                "Train one with `stancekit train --dataset ... --output DIR`.",
            )
        )
    split = args.split or _DEFAULT_SPLIT[args.dataset]
    model = load_model(args.model, TASKS_OF[args.dataset])
    report = evaluate_model(model, args.dataset, split, args.data_dir, limit=args.limit)
    report["model_path"] = args.model
    print(format_report(report))
    if args.dataset == "newsstance":
        from stancekit.evaluate.newsstance import evaluate_speakers, format_speaker_report

        # Speaker level, end to end: analyze() + by_speaker() on the 24 articles.
        speakers = evaluate_speakers(args.data_dir, model=model)
        report["speakers"] = speakers
        print()
        print(format_speaker_report(speakers))
    output = args.output
    if output is None and args.model not in ("default", "fast", "accurate"):
        output = Path(args.model) / f"eval-{args.dataset}-{split}.json"
    if output is not None:
        write_report(output, report, chosen=args.output is not None)
    return 0
