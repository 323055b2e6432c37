r"""``stancekit train``: fit a baseline or transformer model and save it.

On your own file (CSV, TSV, JSON lines or Parquet with ``text``, ``target``, ``label``)::

    stancekit train --train tweets.csv --output runs/tweets      # --model auto
    stancekit train --train tweets.csv --model transformer --output runs/tf-tweets
    stancekit train --train train.csv --dev dev.csv --model baseline --output runs/bl \
        --text-column sentence --label-column stance --task stance

Without ``--dev``, 10 % of the training file (``--dev-fraction``), stratified by target
and label with ``--seed``, is held out: the transformer early-stops on it, both models
are scored on it, and the held-out rows are listed in ``OUTPUT/training.json``. The
task is inferred from the labels unless ``--task`` is given. ``--model auto`` (the
default with ``--train``) fits the baseline and the transformer and keeps the one with the
better dev score; ``OUTPUT/training.json`` and ``OUTPUT/MODEL_CARD.md`` say which and why.
The transformer trains for a
number of optimiser steps suited to the data size (``--epochs auto``) and logs the plan.

On a benchmark::

    stancekit train --dataset newsmtsc --model baseline --output runs/baseline-newsmtsc \
        --data-dir ../shared/data --C 2
    stancekit train --dataset vast --model transformer --output runs/tf-vast --seed 1

fits on ``--train-split`` (default ``train``; PerSenT: ``dev``) and reports on the set's
dev split (``--dev-split``), saved as ``OUTPUT/eval-<dataset>-<dev split>.json``.

Hyperparameters are options (below); any other constructor keyword can be set with
``--param key=value`` (values read as JSON when they parse: ``2``, ``true``, ``null``).
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Any

from stancekit.commands.common import add_column_options, add_limit_option
from stancekit.commands.options import add_hyperparameter_options, collect
from stancekit.commands.outputs import check_output_dir, save_model
from stancekit.errors import InvalidInputError, expected_got

__all__ = ["add_parser", "model_params", "parse_params", "run"]

logger = logging.getLogger(__name__)

_TRAIN_SPLIT = {"persent": "dev"}
_DEV_SPLIT = {
    "newsmtsc": "dev_rw",
    "vast": "dev",
    "pstance": "validation",
    "mtsd": "validation",
    "persent": None,
}


def add_parser(subparsers: Any) -> None:
    """Register the ``train`` subcommand."""
    p = subparsers.add_parser(
        "train",
        help="train a baseline or transformer model on your file or a benchmark, and save it",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    data = p.add_argument_group("data (one of --train FILE or --dataset NAME)")
    source = data.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--train", type=Path, metavar="FILE", help="your training file (.csv/.tsv/.jsonl/.parquet)"
    )
    source.add_argument("--dataset", choices=tuple(_DEV_SPLIT), help="a built-in benchmark")
    data.add_argument(
        "--dev", type=Path, metavar="FILE", help="your dev file (default: held out from --train)"
    )
    data.add_argument(
        "--dev-fraction",
        type=float,
        default=0.1,
        metavar="F",
        help="share of --train held out as dev when --dev is not given (0.1; 0: none)",
    )
    data.add_argument(
        "--task",
        choices=("stance", "sentiment"),
        default=None,
        help="label scheme of the file (default: inferred from the labels)",
    )
    add_column_options(data)
    data.add_argument(
        "--data-dir", default="../shared/data", type=Path, help="folder with the benchmarks"
    )
    data.add_argument("--train-split", default=None, help="benchmark split to fit on (train)")
    data.add_argument(
        "--dev-split", default=None, help="benchmark split to report on ('none' to skip)"
    )
    add_limit_option(data, "use the first N rows of each split")
    p.add_argument(
        "--model",
        choices=("auto", "baseline", "transformer"),
        default=None,
        help="auto (the default with --train FILE): fit the baseline and the transformer, "
        "keep the one with the better dev score (costs both trainings; the transformer's "
        "is most of it). With --dataset: baseline or transformer, required",
    )
    p.add_argument("--output", required=True, type=Path, help="folder to save the model in")
    p.add_argument(
        "--metric",
        default=None,
        choices=("f1_macro", "f_avg", "f_macro", "accuracy"),
        help="primary metric of the dev report on your file (default f1_macro; f_avg and "
        "f_macro are stance only)",
    )
    p.add_argument(
        "--seed", type=int, default=0, help="seeds the split, the model and batching (0)"
    )
    p.add_argument(
        "--search",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="the baseline (--model baseline or auto) on your file with dev data: choose "
        "use_cross and tweet_normalize on dev (4 fits; default on; settings you pass are kept)",
    )
    add_hyperparameter_options(p)
    p.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="any other constructor keyword, repeatable (e.g. --param window=8)",
    )


def parse_params(items: list[str]) -> dict[str, Any]:
    """Parse ``key=value`` strings; values are JSON where they parse, else strings.

    Raises:
        InvalidInputError: For an item without ``=``.

    Examples:
        >>> parse_params(["C=2", "class_weight=balanced", "use_char=false"])
        {'C': 2, 'class_weight': 'balanced', 'use_char': False}
    """
    out: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInputError(expected_got("--param", "KEY=VALUE", item))
        try:
            out[key.strip()] = json.loads(raw)
        except ValueError:
            out[key.strip()] = raw
    return out


def _xy(ds: Any) -> tuple[list[tuple[str, str, list[list[int]]]], list[str]]:
    return list(zip(ds["text"], ds["target"], ds["mentions"], strict=True)), list(ds["label"])


def _accepted(model: str) -> set[str]:
    if model == "baseline":
        from stancekit.models.baseline import BaselineStanceClassifier

        return set(BaselineStanceClassifier._get_param_names())
    from stancekit.models.transformer import TransformerStanceClassifier

    return set(TransformerStanceClassifier._get_param_names())


def model_params(args: argparse.Namespace, model: str | None = None) -> dict[str, Any]:
    """Constructor keywords from the hyperparameter options and ``--param``.

    Args:
        args: The parsed options.
        model: The model to collect for; default ``args.model``. With ``--model auto``
            each candidate takes the options of its own group, and a ``--param`` goes to
            every candidate that has that keyword.

    Raises:
        InvalidInputError: An option of the other model, or one set twice.
    """
    auto = args.model == "auto"
    model = model or args.model
    params = collect(args, model, other_ok=auto)
    extra = parse_params(args.param)
    if auto:
        extra = {k: v for k, v in extra.items() if k in _accepted(model)}
    twice = sorted(set(params) & set(extra))
    if twice:
        raise InvalidInputError(
            expected_got("--param", "keywords not also set by an option", twice)
        )
    params.update(extra)
    if model == "baseline":
        params.setdefault("random_state", args.seed)
    else:
        params.setdefault("seed", args.seed)
    return params


def _auto_params(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """Keywords of both candidates of ``--model auto``; a ``--param`` neither takes is refused."""
    unknown = sorted(
        set(parse_params(args.param)) - _accepted("baseline") - _accepted("transformer")
    )
    if unknown:
        raise InvalidInputError(
            expected_got(
                "--param",
                "keywords of BaselineStanceClassifier or TransformerStanceClassifier",
                unknown,
            )
        )
    return {m: model_params(args, m) for m in ("baseline", "transformer")}


def run(args: argparse.Namespace) -> int:
    """Run ``stancekit train`` and return the exit status."""
    check_output_dir(args.output, "--output")
    if args.train is not None:
        from stancekit.commands.train_file import run_file

        if args.model in (None, "auto"):
            args.model = "auto"
            return run_file(args, _auto_params(args))
        return run_file(args, {args.model: model_params(args)})
    if args.model in (None, "auto"):
        raise InvalidInputError(
            expected_got(
                "--model",
                "baseline or transformer with --dataset",
                args.model,
                "--model auto works on your own file (--train FILE); name the model here.",
            )
        )
    if args.dev is not None:
        raise InvalidInputError(
            expected_got("--dev", "no dev file with --dataset (use --dev-split)", str(args.dev))
        )
    return _run_benchmark(args)


def _run_benchmark(args: argparse.Namespace) -> int:
    from stancekit.data import TASKS_OF, load
    from stancekit.evaluate import evaluate_predictions, format_report
    from stancekit.seeding import set_seed

    task = TASKS_OF[args.dataset]
    train_split = args.train_split or _TRAIN_SPLIT.get(args.dataset, "train")
    dev_split = args.dev_split if args.dev_split is not None else _DEV_SPLIT[args.dataset]
    if dev_split in ("none", ""):
        dev_split = None
    params = model_params(args)
    set_seed(args.seed)
    train = load(args.dataset, args.data_dir, split=train_split, limit=args.limit)
    dev = (
        load(args.dataset, args.data_dir, split=dev_split, limit=args.limit) if dev_split else None
    )
    X, y = _xy(train)
    if args.model == "baseline":
        from stancekit.models.baseline import BaselineStanceClassifier

        model: Any = BaselineStanceClassifier(task=task, **params)
        model.fit(X, y)
    else:
        from stancekit.models.transformer import TransformerStanceClassifier

        model = TransformerStanceClassifier(task=task, **params)
        if dev is not None:
            model.fit(X, y, eval_set=_xy(dev))
        else:
            model.fit(X, y)
    save_model(model, args.output)
    print(
        f"{args.model} model ({task}) trained on {args.dataset}/{train_split} "
        f"({len(y)} rows), saved to {args.output}"
    )
    if dev is not None:
        X_dev, _ = _xy(dev)
        report = evaluate_predictions(
            args.dataset, dev, model.predict_proba(X_dev), list(model.classes_), split=dev_split
        )
        report["model"] = type(model).__name__
        report["model_path"] = str(args.output)
        print(format_report(report))
        path = Path(args.output) / f"eval-{args.dataset}-{dev_split}.json"
        path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0
