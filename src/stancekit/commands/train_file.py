"""``stancekit train --train FILE``: fit on a user's file, report on dev, save.

Called by :mod:`stancekit.commands.train`; see its help for the options.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path
from typing import Any

from stancekit.errors import InvalidInputError, expected_got
from stancekit.userdata import UserData, read_file, stratified_split

__all__ = ["SEARCH", "build_model", "run_file", "select_baseline"]

logger = logging.getLogger(__name__)


def build_model(kind: str, task: str, params: dict[str, Any]) -> Any:
    """An unfitted ``BaselineStanceClassifier`` or ``TransformerStanceClassifier``.

    Raises:
        InvalidInputError: A keyword the class does not take.
    """
    if kind == "baseline":
        from stancekit.models.baseline import BaselineStanceClassifier

        cls: Any = BaselineStanceClassifier
    else:
        from stancekit.models.transformer import TransformerStanceClassifier

        cls = TransformerStanceClassifier
    names = set(cls._get_param_names())
    unknown = sorted(set(params) - names)
    if unknown:
        raise InvalidInputError(
            expected_got(
                "--param", f"keywords of {cls.__name__}", unknown, f"Known: {sorted(names)}."
            )
        )
    return cls(task=task, **params)


SEARCH: dict[str, tuple[Any, ...]] = {"use_cross": (True, False), "tweet_normalize": (False, True)}
"""The baseline settings ``--search`` chooses on dev (each one the user did not set)."""


def select_baseline(
    train: UserData, dev: UserData, params: dict[str, Any], metric: str | None
) -> dict[str, Any]:
    """Choose the :data:`SEARCH` settings of the baseline by the dev metric.

    Each candidate is fitted without calibration (the chosen one is then refitted as
    asked); ties keep the earlier candidate, i.e. the class defaults. Returns the params
    with the chosen settings added.
    """
    import itertools

    from stancekit.evaluate.userfile import evaluate_rows

    free = {k: v for k, v in SEARCH.items() if k not in params}
    if not free:
        return params
    best: tuple[float, dict[str, Any]] | None = None
    for values in itertools.product(*free.values()):
        trial = {**params, **dict(zip(free, values, strict=True)), "calibrate": False}
        model = build_model("baseline", train.task, trial).fit(
            train.model_input, list(train.labels or ())
        )
        report = evaluate_rows(
            list(dev.labels or ()),
            dev.targets,
            model.predict_proba(dev.model_input),
            list(model.classes_),
            train.task,
            name="dev",
            metric=metric,
        )
        score = float(report["metrics"][report["primary"]])
        chosen = dict(zip(free, values, strict=True))
        logger.info("baseline search: %s -> dev %s %.4f", chosen, report["primary"], score)
        if best is None or score > best[0]:
            best = (score, chosen)
    assert best is not None
    print(f"baseline settings chosen on dev: {best[1]} (dev {best[0]:.4f})")
    return {**params, **best[1]}


def _read(args: argparse.Namespace, path: Path, task: str | None) -> UserData:
    return read_file(
        path,
        task=task,
        text_column=args.text_column,
        context_column=getattr(args, "context_column", None),
        target_column=args.target_column,
        label_column=args.label_column,
    )


def _split(args: argparse.Namespace, data: UserData) -> tuple[UserData, UserData | None, Any]:
    """Return (train, dev, description of where dev came from)."""
    if args.dev is not None:
        dev = _read(args, args.dev, data.task)
        return data, dev, {"dev_file": str(args.dev), "dev_rows": len(dev)}
    if args.dev_fraction == 0:
        print("no dev data (--dev-fraction 0): no early stopping and no dev report")
        return data, None, {"dev_file": None}
    train_idx, dev_idx = stratified_split(data, args.dev_fraction, args.seed)
    print(
        f"held out {len(dev_idx)} of {len(data)} rows of {data.path} as dev "
        f"({args.dev_fraction:.0%} of each target x label group, seed {args.seed}); "
        f"training on {len(train_idx)}"
    )
    info = {
        "dev_file": None,
        "dev_fraction": args.dev_fraction,
        "dev_rows_held_out": [int(i) for i in dev_idx],
    }
    return data.subset(train_idx), data.subset(dev_idx), info


def run_file(args: argparse.Namespace, params: dict[str, Any]) -> int:
    """Train on ``args.train`` (and ``args.dev`` or a held-out split) and save the model."""
    from stancekit.evaluate.benchmarks import format_report
    from stancekit.evaluate.userfile import METRICS, evaluate_rows
    from stancekit.seeding import set_seed

    for flag, value in (("--train-split", args.train_split), ("--dev-split", args.dev_split)):
        if value is not None:
            raise InvalidInputError(
                expected_got(flag, "only with --dataset", value, "Use --dev FILE with --train.")
            )
    data = _read(args, args.train, args.task)
    task = data.task
    if args.metric is not None and args.metric not in METRICS[task]:
        raise InvalidInputError(
            expected_got("--metric", f"one of {METRICS[task]} for the {task} task", args.metric)
        )
    if args.limit is not None:
        data = data.subset(range(min(args.limit, len(data))))
    train, dev, dev_info = _split(args, data)
    set_seed(args.seed)
    started = time.perf_counter()
    if args.model == "baseline" and dev is not None and args.search:
        params = select_baseline(train, dev, params, args.metric)
    model = build_model(args.model, task, params)
    labels = list(train.labels or ())
    counts = {c: labels.count(c) for c in sorted(set(labels))}
    print(f"training {args.model} ({task}) on {len(train)} rows {counts} ...", flush=True)
    if args.model == "transformer" and dev is not None:
        model.fit(
            train.model_input,
            list(train.labels or ()),
            eval_set=(dev.model_input, list(dev.labels or ())),
        )
    else:
        model.fit(train.model_input, list(train.labels or ()))
    seconds = time.perf_counter() - started
    out = Path(args.output)
    model.save_pretrained(out)
    plan = getattr(model, "train_plan_", None)
    summary: dict[str, Any] = {
        "train_file": str(args.train),
        "task": task,
        "model": args.model,
        "columns": dict(zip(("text", "target", "label"), data.columns, strict=True)),
        "seed": args.seed,
        "train_rows": len(train),
        "train_seconds": round(seconds, 1),
        "train_plan": plan,
        **dev_info,
    }
    print(f"trained in {seconds:.0f} s; saved to {out}")
    if dev is not None:
        proba = model.predict_proba(dev.model_input)
        report = evaluate_rows(
            list(dev.labels or ()),
            dev.targets,
            proba,
            list(model.classes_),
            task,
            name=f"{Path(dev.path).name} (dev)",
            metric=args.metric,
        )
        report["model"] = type(model).__name__
        report["model_path"] = str(out)
        print(format_report(report))
        if args.model == "transformer" or args.search:
            print(
                "(dev chose the weights/settings, so these scores are optimistic: score a "
                "separate test file with `stancekit evaluate --data FILE`)"
            )
        (out / "eval-dev.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        summary["dev_metrics"] = report["metrics"]
    (out / "training.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0
