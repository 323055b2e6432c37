"""``stancekit evaluate --data FILE``: score a model on a user's file, write predictions.

Called by :mod:`stancekit.commands.evaluate`; see its help for the options.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from stancekit.commands.outputs import write_report
from stancekit.errors import InvalidInputError, expected_got
from stancekit.labels import labels_for

__all__ = ["run_file"]

logger = logging.getLogger(__name__)


def _label_space(raw: str | None, task: str) -> list[str] | None:
    if raw is None:
        return None
    space = [s.strip().lower() for s in raw.split(",") if s.strip()]
    scheme = labels_for(task)
    bad = [s for s in space if s not in scheme]
    if len(space) < 2 or bad or len(set(space)) != len(space):
        raise InvalidInputError(
            expected_got(
                "--label-space", f"two or more distinct labels of {scheme}, comma-separated", raw
            )
        )
    return [c for c in scheme if c in space]


def _model_and_task(args: argparse.Namespace) -> tuple[Any, str]:
    from stancekit.models.loading import load_model
    from stancekit.userdata import read_file

    if args.model != "default":
        model = load_model(args.model, args.task or "stance")
        task = str(model.task)
        if args.task is not None and args.task != task:
            raise InvalidInputError(
                expected_got("--task", f"{task!r} (the task of {args.model})", args.task)
            )
        return model, task
    task = args.task
    if task is None:
        # the file's labels say which default model to use
        task = read_file(
            args.data,
            text_column=args.text_column,
            context_column=getattr(args, "context_column", None),
            target_column=args.target_column,
            label_column=args.label_column,
            require_labels=True,
        ).task
    return load_model("default", task), task


def run_file(args: argparse.Namespace) -> int:
    """Score ``args.model`` on ``args.data``; print and save the report; write predictions."""
    from stancekit.evaluate.benchmarks import format_report
    from stancekit.evaluate.userfile import METRICS, evaluate_rows, predicted_labels
    from stancekit.userdata import read_file, write_predictions

    if args.kind == "attribution":
        raise InvalidInputError(
            expected_got("--data with 'evaluate attribution'", "--dataset newsattr|litbank", None)
        )
    for flag, value in (("--split", args.split), ("--limit", args.limit)):
        if value is not None:
            raise InvalidInputError(expected_got(flag, "only with --dataset", value))
    if not args.model:
        raise InvalidInputError(
            expected_got(
                "--model",
                "a model folder or 'default'",
                None,
                "Train one with `stancekit train --train FILE --output DIR`.",
            )
        )
    model, task = _model_and_task(args)
    if args.metric is not None and args.metric not in METRICS[task]:
        raise InvalidInputError(
            expected_got("--metric", f"one of {METRICS[task]} for the {task} task", args.metric)
        )
    space = _label_space(args.label_space, task)
    data = read_file(
        args.data,
        task=task,
        text_column=args.text_column,
        context_column=getattr(args, "context_column", None),
        target_column=args.target_column,
        label_column=args.label_column,
        require_labels=args.predictions is None,
    )
    proba = model.predict_proba(data.model_input)
    classes = [str(c) for c in model.classes_]
    if args.predictions is not None:
        pred = predicted_labels(proba, classes, space)
        path = write_predictions(args.predictions, data, proba, classes, pred)
        print(f"predictions for {len(data)} rows written to {path}")
    if data.labels is None:
        print(f"{data.path} has no {args.label_column!r} column: predictions only, no scores")
        return 0
    report = evaluate_rows(
        list(data.labels),
        data.targets,
        proba,
        classes,
        task,
        name=Path(data.path).name,
        metric=args.metric,
        label_space=space,
    )
    report["model"] = type(model).__name__
    report["model_path"] = args.model
    report["data_file"] = data.path
    print(format_report(report))
    output = args.output
    if output is None and args.model != "default":
        output = Path(args.model) / f"eval-{Path(data.path).stem}.json"
    if output is not None:
        write_report(output, report, chosen=args.output is not None)
    return 0
