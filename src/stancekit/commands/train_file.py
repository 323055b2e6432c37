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

from stancekit.commands.outputs import save_model
from stancekit.data.userfiles import UserData, read_file, stratified_split
from stancekit.errors import InvalidInputError, expected_got

__all__ = ["SEARCH", "build_model", "choose", "run_file", "select_baseline"]

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


def _fit(
    kind: str,
    train: UserData,
    dev: UserData | None,
    params: dict[str, Any],
    args: argparse.Namespace,
) -> tuple[Any, float]:
    """Fit one model as ``--model kind`` would; returns it and the seconds it took."""
    from stancekit.seeding import set_seed

    set_seed(args.seed)
    started = time.perf_counter()
    if kind == "baseline" and dev is not None and args.search:
        params = select_baseline(train, dev, params, args.metric)
    model = build_model(kind, train.task, params)
    labels = list(train.labels or ())
    counts = {c: labels.count(c) for c in sorted(set(labels))}
    print(f"training {kind} ({train.task}) on {len(train)} rows {counts} ...", flush=True)
    if kind == "transformer" and dev is not None:
        model.fit(train.model_input, labels, eval_set=(dev.model_input, list(dev.labels or ())))
    else:
        model.fit(train.model_input, labels)
    return model, time.perf_counter() - started


def _dev_report(model: Any, dev: UserData, args: argparse.Namespace) -> dict[str, Any]:
    from stancekit.evaluate.userfile import evaluate_rows

    report = evaluate_rows(
        list(dev.labels or ()),
        dev.targets,
        model.predict_proba(dev.model_input),
        list(model.classes_),
        dev.task,
        name=f"{Path(dev.path).name} (dev)",
        metric=args.metric,
    )
    report["model"] = type(model).__name__
    return report


def choose(scores: dict[str, float]) -> str:
    """The candidate with the highest dev score; a tie keeps the earlier one.

    ``--model auto`` lists the baseline first, so a tie keeps the smaller, faster model.

    Examples:
        >>> choose({"baseline": 0.51, "transformer": 0.55})
        'transformer'
        >>> choose({"baseline": 0.5, "transformer": 0.5})
        'baseline'
    """
    best = next(iter(scores))
    for name, score in scores.items():
        if score > scores[best]:
            best = name
    return best


def _model_card(summary: dict[str, Any]) -> str:
    auto = summary["auto"]
    metric = auto["metric"]
    rows = [
        f"| {name} | {c['dev'][metric]:.4f} | {c['train_seconds']:.0f} s |"
        f" {'**kept**' if name == auto['kept'] else ''} |"
        for name, c in auto["candidates"].items()
    ]
    dev = summary.get("dev_file") or (
        f"{len(summary.get('dev_rows_held_out', []))} rows held out of the training file "
        f"(fraction {summary.get('dev_fraction')}, seed {summary['seed']})"
    )
    return "\n".join(
        [
            f"# stancekit {summary['task']} model: {auto['kept']} (chosen by --model auto)",
            "",
            f"Trained on `{summary['train_file']}` ({summary['train_rows']} rows); dev: {dev}.",
            "",
            "`stancekit train --model auto` fitted both candidates on the training rows "
            f"and kept the one with the higher dev {metric} (a tie keeps the baseline).",
            "",
            f"| candidate | dev {metric} | train time | |",
            "|---|---|---|---|",
            *rows,
            "",
            f"Why: {auto['reason']}",
            "",
            "Both dev scores are optimistic (dev chose the transformer's best weights and "
            "the baseline's settings); score a separate test file with "
            "`stancekit evaluate --data FILE --model THIS_FOLDER`. Details: training.json.",
            "",
        ]
    )


def run_file(args: argparse.Namespace, params: dict[str, dict[str, Any]]) -> int:
    """Train on ``args.train`` (and ``args.dev`` or a held-out split) and save the model.

    Args:
        args: The parsed ``stancekit train`` options.
        params: Constructor keywords per model kind: one entry (``baseline`` or
            ``transformer``), or both for ``--model auto``, which fits each and keeps
            the one with the better dev score.
    """
    from stancekit.evaluate.benchmarks import format_report
    from stancekit.evaluate.userfile import METRICS

    for flag, value in (("--train-split", args.train_split), ("--dev-split", args.dev_split)):
        if value is not None:
            raise InvalidInputError(
                expected_got(flag, "only with --dataset", value, "Use --dev FILE with --train.")
            )
    auto = len(params) > 1
    data = _read(args, args.train, args.task)
    task = data.task
    if args.metric is not None and args.metric not in METRICS[task]:
        raise InvalidInputError(
            expected_got("--metric", f"one of {METRICS[task]} for the {task} task", args.metric)
        )
    if args.limit is not None:
        data = data.subset(range(min(args.limit, len(data))))
    if auto and args.dev is None and args.dev_fraction == 0:
        raise InvalidInputError(
            expected_got(
                "--dev-fraction",
                "> 0 or a --dev FILE with --model auto (it chooses on dev data)",
                args.dev_fraction,
                "Drop --dev-fraction 0, give --dev FILE, or pass --model baseline/transformer.",
            )
        )
    train, dev, dev_info = _split(args, data)
    fitted: dict[str, tuple[Any, float, dict[str, Any] | None]] = {}
    for kind, kind_params in params.items():
        model, seconds = _fit(kind, train, dev, kind_params, args)
        report = _dev_report(model, dev, args) if dev is not None else None
        fitted[kind] = (model, seconds, report)
        if auto and report is not None:
            print(
                f"{kind}: dev {report['primary']} {report['metrics'][report['primary']]:.4f} "
                f"(trained in {seconds:.0f} s)",
                flush=True,
            )
    kept = next(iter(fitted))
    summary: dict[str, Any] = {
        "train_file": str(args.train),
        "task": task,
        "model": kept,
        "columns": dict(zip(("text", "target", "label"), data.columns, strict=True)),
        "seed": args.seed,
        "train_rows": len(train),
        **dev_info,
    }
    if auto:
        reports = {k: r for k, (_, _, r) in fitted.items() if r is not None}
        metric = next(iter(reports.values()))["primary"]
        scores = {k: float(r["metrics"][metric]) for k, r in reports.items()}
        kept = choose(scores)
        other = next(k for k in scores if k != kept)
        if scores[kept] > scores[other]:
            reason = (
                f"{kept} scored {scores[kept]:.4f} dev {metric}, above the {other}'s "
                f"{scores[other]:.4f}"
            )
        else:
            reason = f"both scored {scores[kept]:.4f} dev {metric}; a tie keeps the {kept}"
        print(f"--model auto kept the {kept}: {reason}")
        summary["model"] = kept
        summary["model_requested"] = "auto"
        summary["auto"] = {
            "metric": metric,
            "kept": kept,
            "reason": reason,
            "candidates": {
                k: {
                    "dev": reports[k]["metrics"],
                    "train_seconds": round(sec, 1),
                    "train_plan": getattr(m, "train_plan_", None),
                }
                for k, (m, sec, _) in fitted.items()
            },
            "total_train_seconds": round(sum(sec for _, sec, _ in fitted.values()), 1),
        }
    model, seconds, report = fitted[kept]
    out = Path(args.output)
    save_model(model, out)
    summary["train_seconds"] = round(seconds, 1)
    summary["train_plan"] = getattr(model, "train_plan_", None)
    print(f"trained in {seconds:.0f} s; saved to {out}")
    if report is not None:
        report["model_path"] = str(out)
        print(format_report(report))
        if kept == "transformer" or args.search or auto:
            print(
                "(dev chose the weights/settings, so these scores are optimistic: score a "
                "separate test file with `stancekit evaluate --data FILE`)"
            )
        (out / "eval-dev.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        summary["dev_metrics"] = report["metrics"]
    (out / "training.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    if auto:
        (out / "MODEL_CARD.md").write_text(_model_card(summary), encoding="utf-8")
    return 0
