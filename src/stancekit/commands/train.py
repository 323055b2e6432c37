r"""``stancekit train``: fit a baseline or transformer model on a benchmark and save it.

Examples::

    stancekit train --dataset newsmtsc --model baseline --output runs/baseline-newsmtsc \
        --data-dir ../shared/data --param C=2 --param window=8
    stancekit train --dataset vast --model transformer --output runs/tf-vast --seed 1

The model is fitted on ``--train-split`` (default ``train``; PerSenT has no train split,
so its default is ``dev``). With a dev split (default: the set's dev/validation split) the
command prints and saves the dev report as ``OUTPUT/eval-<dataset>-<dev split>.json``;
the transformer also receives it as ``eval_set`` for early stopping. ``--param key=value``
sets a constructor keyword; values are read as JSON when they parse (``2``, ``true``,
``null``, ``[1, 2]``) and as strings otherwise.
"""

from __future__ import annotations

import argparse
import inspect
import json
import logging
from pathlib import Path
from typing import Any

from stancekit.errors import InvalidInputError, expected_got

__all__ = ["add_parser", "parse_params", "run"]

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
        help="train a baseline or transformer model on a benchmark and save it",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--dataset", required=True, choices=tuple(_DEV_SPLIT), help="benchmark")
    p.add_argument("--model", required=True, choices=("baseline", "transformer"))
    p.add_argument("--output", required=True, type=Path, help="folder to save the model in")
    p.add_argument(
        "--data-dir", default="../shared/data", type=Path, help="folder with the benchmarks"
    )
    p.add_argument("--train-split", default=None, help="split to fit on (default: train)")
    p.add_argument(
        "--dev-split", default=None, help="split to report on / early-stop on ('none' to skip)"
    )
    p.add_argument("--seed", type=int, default=0, help="random seed")
    p.add_argument("--limit", type=int, default=None, help="use the first N rows of each split")
    p.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="constructor keyword, repeatable (e.g. --param C=2)",
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


def run(args: argparse.Namespace) -> int:
    """Run ``stancekit train`` and return the exit status."""
    from stancekit.data import TASKS_OF, load
    from stancekit.evaluate import evaluate_predictions, format_report
    from stancekit.seeding import set_seed

    task = TASKS_OF[args.dataset]
    train_split = args.train_split or _TRAIN_SPLIT.get(args.dataset, "train")
    dev_split = args.dev_split if args.dev_split is not None else _DEV_SPLIT[args.dataset]
    if dev_split in ("none", ""):
        dev_split = None
    params = parse_params(args.param)
    set_seed(args.seed)
    train = load(args.dataset, args.data_dir, split=train_split, limit=args.limit)
    dev = (
        load(args.dataset, args.data_dir, split=dev_split, limit=args.limit) if dev_split else None
    )
    X, y = _xy(train)
    if args.model == "baseline":
        from stancekit.models.baseline import BaselineStanceClassifier

        params.setdefault("random_state", args.seed)
        model: Any = BaselineStanceClassifier(task=task, **params)
        model.fit(X, y)
    else:
        from stancekit.models.transformer import TransformerStanceClassifier

        if "seed" in inspect.signature(TransformerStanceClassifier).parameters:
            params.setdefault("seed", args.seed)
        model = TransformerStanceClassifier(task=task, **params)
        if dev is not None:
            model.fit(X, y, eval_set=_xy(dev))
        else:
            model.fit(X, y)
    model.save_pretrained(args.output)
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
