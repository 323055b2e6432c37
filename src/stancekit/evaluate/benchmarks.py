"""Official metrics of each stance / target-sentiment benchmark, and a report table.

=========  ==========================================================================
data set   primary metric (the one papers report)
=========  ==========================================================================
newsmtsc   F1m: macro-F1 over negative/neutral/positive; accuracy beside it
vast       macro-F1 over against/favor/none, for zero-shot rows, few-shot rows and all
pstance    F_avg (mean F1 of favor and against) per target; F_macro = mean over targets
mtsd       F_avg per target within each target pair, the pair's mean, and their mean
persent    macro-F1 and accuracy
newsstance macro-F1 over against/none/favor on gold spans (the dev set for stance on news),
           with F1 of ``none`` and macro-F1 per kind: attribution, speech_act, narration
other      macro-F1 (perspectrum, ibm-argq-30k, ibm-claim-stance: favor/against only)
=========  ==========================================================================

P-Stance has no neutral class: its predictions are the argmax over favor/against only
(``label_space`` in the report), as in the paper's binary setting. Every report also
carries per-class scores, a confusion matrix and the 15-bin expected calibration error
(ECE) computed on the model's full probability rows.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from stancekit.errors import InvalidInputError, expected_got
from stancekit.evaluate.metrics import classification_report, f1_per_class, f_avg, macro_f1
from stancekit.labels import labels_for

__all__ = ["PRIMARY_METRIC", "evaluate_model", "evaluate_predictions", "format_report"]

logger = logging.getLogger(__name__)

PRIMARY_METRIC: dict[str, str] = {
    "newsmtsc": "f1_macro",
    "vast": "f1_macro",
    "pstance": "f_macro",
    "mtsd": "f_avg_mean",
    "persent": "f1_macro",
    "newsstance": "f1_macro",
}
"""The key in ``report["metrics"]`` of each benchmark's official metric."""

_LABEL_SPACE: dict[str, tuple[str, ...]] = {
    "pstance": ("against", "favor"),
    "perspectrum": ("against", "favor"),
    "ibm-argq-30k": ("against", "favor"),
    "ibm-claim-stance": ("against", "favor"),
}


def _aligned_proba(
    proba: Any, classes: Sequence[str], labels: Sequence[str]
) -> NDArray[np.float64]:
    p = np.asarray(proba, dtype=np.float64)
    cls = [str(c) for c in classes]
    if p.ndim != 2 or p.shape[1] != len(cls):
        raise InvalidInputError(
            expected_got(
                "predict_proba output", f"shape (n, {len(cls)}) matching classes_", p.shape
            )
        )
    unknown = [c for c in cls if c not in labels]
    if unknown:
        raise InvalidInputError(
            expected_got("model classes_", f"labels of the scheme {tuple(labels)}", cls)
        )
    out = np.zeros((len(p), len(labels)))
    for j, c in enumerate(cls):
        out[:, labels.index(c)] = p[:, j]
    return out


def _task_of_classes(classes: Sequence[str]) -> str:
    cls = {str(c) for c in classes}
    for task in ("stance", "sentiment"):
        if cls and cls <= set(labels_for(task)):
            return task
    raise InvalidInputError(
        expected_got(
            "model classes_",
            f"labels of one scheme: {labels_for('stance')} or {labels_for('sentiment')}",
            list(classes),
        )
    )


def _group_scores(
    name: str, rows: dict[str, list[Any]], gold: list[str], pred: list[str], labels: list[str]
) -> tuple[dict[str, float], dict[str, Any]]:
    """Return (official metrics, per-group details) for one benchmark."""
    metrics: dict[str, float] = {}
    groups: dict[str, Any] = {}

    def subset(mask: list[bool]) -> tuple[list[str], list[str]]:
        return (
            [g for g, m in zip(gold, mask, strict=True) if m],
            [p for p, m in zip(pred, mask, strict=True) if m],
        )

    if name == "vast" and "few_shot" in rows:
        for key, want in (("zero_shot", False), ("few_shot", True)):
            g, p = subset([bool(v) is want for v in rows["few_shot"]])
            if g:
                metrics[f"f1_macro_{key}"] = macro_f1(g, p, labels)
                groups[key] = {"n": len(g), "f1_macro": metrics[f"f1_macro_{key}"]}
    elif name == "pstance":
        per_target: dict[str, float] = {}
        for target in sorted(set(rows["target"])):
            g, p = subset([t == target for t in rows["target"]])
            per_target[target] = f_avg(g, p)
            groups[target] = {"n": len(g), "f_avg": per_target[target]}
        metrics["f_macro"] = float(np.mean(list(per_target.values())))
        metrics["f_avg_pooled"] = f_avg(gold, pred)
    elif name == "mtsd" and "pair" in rows:
        pair_means: list[float] = []
        for pair in sorted(set(rows["pair"])):
            in_pair = [q == pair for q in rows["pair"]]
            per: dict[str, Any] = {}
            for target in sorted({t for t, m in zip(rows["target"], in_pair, strict=True) if m}):
                g, p = subset(
                    [m and t == target for t, m in zip(rows["target"], in_pair, strict=True)]
                )
                per[target] = {"n": len(g), "f_avg": f_avg(g, p)}
            mean = float(np.mean([v["f_avg"] for v in per.values()]))
            pair_means.append(mean)
            groups[pair] = {"targets": per, "f_avg_mean": mean}
            metrics[f"f_avg_{pair}"] = mean
        metrics["f_avg_mean"] = float(np.mean(pair_means))
    elif name == "newsstance":
        metrics["f1_none"] = f1_per_class(gold, pred, labels)["none"]["f1"]
        if "kind" in rows:
            for kind in ("attribution", "speech_act", "narration"):
                g, p = subset([k == kind for k in rows["kind"]])
                if g:
                    groups[kind] = {"n": len(g), "f1_macro": macro_f1(g, p, labels)}
                    metrics[f"f1_macro_{kind}"] = groups[kind]["f1_macro"]
    return metrics, groups


def evaluate_predictions(
    name: str,
    dataset: Any,
    proba: Any,
    classes: Sequence[str],
    *,
    split: str | None = None,
) -> dict[str, Any]:
    """Score probabilities against a benchmark split with its official metrics.

    Args:
        name: Benchmark name (``newsmtsc``, ``vast``, ``pstance``, ``mtsd``, ``persent``)
            or any other name for a user data set (then only the common metrics).
        dataset: A :class:`datasets.Dataset` (or a dict of columns) with ``label`` and
            ``target`` (and ``few_shot``/``pair`` where the benchmark has them).
        proba: Shape ``(n, len(classes))``.
        classes: The column labels of ``proba`` (a model's ``classes_``).
        split: Recorded in the report.

    Returns:
        A JSON-serialisable report: ``dataset``, ``split``, ``task``, ``n``, ``labels``,
        ``label_space``, ``primary`` (metric name), ``metrics`` (official and common
        numbers), ``groups``, ``per_class``, ``confusion_matrix`` and ``ece``.

    Examples:
        >>> rows = {"text": ["a", "b"], "target": ["t", "t"], "label": ["favor", "none"]}
        >>> rep = evaluate_predictions("mine", rows, [[0, .1, .9], [0, .8, .2]],
        ...                            ["against", "none", "favor"])
        >>> rep["metrics"]["accuracy"]
        1.0
    """
    cols = dataset.column_names if hasattr(dataset, "column_names") else list(dataset)
    rows = {
        c: list(dataset[c])
        for c in cols
        if c in ("label", "target", "few_shot", "pair", "kind", "mentions")
    }
    gold = [str(v) for v in rows["label"]]
    task = _task_of_classes(classes)
    labels = list(labels_for(task))
    unknown = sorted(set(gold) - set(labels))
    if unknown:
        raise InvalidInputError(
            expected_got("gold labels", f"labels of the {task} scheme {tuple(labels)}", unknown)
        )
    p = _aligned_proba(proba, classes, labels)
    if len(p) != len(gold):
        raise InvalidInputError(expected_got("proba rows", f"{len(gold)} rows", len(p)))
    space = list(_LABEL_SPACE.get(name, labels))
    idx = [labels.index(s) for s in space]
    pred = [space[i] for i in p[:, idx].argmax(axis=1)]
    common = classification_report(gold, pred, labels, p)
    official, groups = _group_scores(name, rows, gold, pred, labels)
    metrics = {"accuracy": common["accuracy"], "f1_macro": common["f1_macro"], **official}
    if task == "stance" and "mentions" in rows and name.startswith("newsstance"):
        metrics.update(direction_accuracy(gold, p, [bool(m) for m in rows["mentions"]]))
    return {
        "dataset": name,
        "split": split,
        "task": task,
        "n": len(gold),
        "labels": labels,
        "label_space": space,
        "primary": PRIMARY_METRIC.get(name, "f1_macro"),
        "metrics": metrics,
        "groups": groups,
        "per_class": common["per_class"],
        "confusion_matrix": common["confusion_matrix"],
        "ece": common["ece"],
    }


def direction_accuracy(gold: Sequence[str], proba: Any, named: Sequence[bool]) -> dict[str, float]:
    """How often P(favor) vs P(against) points the gold way, on gold favor/against rows.

    Split by whether the statement names the target (``named``): on newsstance-dev most
    favor/against rows do not, and their stance shows only through the article.

    Args:
        gold: Gold labels.
        proba: Shape (n, 3), columns against / none / favor.
        named: Per row, whether the statement mentions the target.

    Returns:
        ``direction_named`` and ``direction_unnamed`` (NaN where there is no such row).

    Examples:
        >>> direction_accuracy(["favor", "against"], [[0.1, 0.5, 0.4], [0.3, 0.1, 0.6]], [1, 0])
        {'direction_named': 1.0, 'direction_unnamed': 0.0}
    """
    p = np.asarray(proba, dtype=float)
    out: dict[str, float] = {}
    for key, want in (("direction_named", True), ("direction_unnamed", False)):
        rows = [
            i
            for i, (g, n) in enumerate(zip(gold, named, strict=True))
            if g in ("favor", "against") and bool(n) == want
        ]
        right = [("favor" if p[i, 2] > p[i, 0] else "against") == gold[i] for i in rows]
        out[key] = float(np.mean(right)) if rows else float("nan")
    return out


def evaluate_model(
    model: Any,
    dataset_name: str,
    split: str,
    data_dir: str | Path,
    *,
    limit: int | None = None,
) -> dict[str, Any]:
    """Evaluate any model with ``predict_proba``, ``classes_`` and ``task`` on a benchmark.

    Args:
        model: A fitted :class:`~stancekit.BaselineStanceClassifier`,
            :class:`~stancekit.TransformerStanceClassifier` or any object with the same
            interface.
        dataset_name: ``newsmtsc``, ``vast``, ``pstance``, ``mtsd`` or ``persent``.
        split: A split of that set (see :data:`stancekit.data.SPLITS`).
        data_dir: The folder holding the benchmarks (``shared/data``).
        limit: Evaluate on the first ``limit`` rows only.

    Returns:
        The report of :func:`evaluate_predictions`.

    Raises:
        InvalidInputError: When the model's task is not the data set's task.

    Examples:
        >>> report = evaluate_model(model, "newsmtsc", "test_rw", "data")  # doctest: +SKIP
        >>> report["metrics"]["f1_macro"]  # doctest: +SKIP
        0.69
    """
    from stancekit.data import TASKS_OF, load

    ds = load(dataset_name, data_dir, split=split, limit=limit)
    task = getattr(model, "task", None)
    if task != TASKS_OF[dataset_name]:
        raise InvalidInputError(
            expected_got(
                "model task",
                f"{TASKS_OF[dataset_name]!r} (the task of {dataset_name})",
                task,
                f"Train a {TASKS_OF[dataset_name]} model for this data set.",
            )
        )
    X = list(zip(ds["text"], ds["target"], ds["mentions"], strict=True))
    proba = model.predict_proba(X)
    report = evaluate_predictions(dataset_name, ds, proba, list(model.classes_), split=split)
    report["model"] = type(model).__name__
    logger.info("%s/%s: %s", dataset_name, split, report["metrics"])
    return report


def _fmt(value: Any) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def format_report(report: dict[str, Any]) -> str:
    """Render a report from :func:`evaluate_predictions` as a plain-text table.

    Examples:
        >>> rows = {"text": ["a"], "target": ["t"], "label": ["favor"]}
        >>> rep = evaluate_predictions("mine", rows, [[0, 0, 1]], ["against", "none", "favor"])
        >>> print(format_report(rep).splitlines()[0])
        mine  (stance, n=1, model: -)
    """
    lines = [
        f"{report['dataset']}{'' if report['split'] is None else ' / ' + str(report['split'])}  "
        f"({report['task']}, n={report['n']}, model: {report.get('model', '-')})",
        "",
        f"{'metric':<28}{'value':>10}",
    ]
    primary = report["primary"]
    tag = "  <- official" if report["dataset"] in PRIMARY_METRIC else "  <- primary"
    metrics = report["metrics"]
    for key in [primary, *(k for k in metrics if k != primary)]:  # the primary one first
        lines.append(f"{key:<28}{_fmt(metrics[key]):>10}{tag if key == primary else ''}")
    lines.append(f"{'ece (15 bins)':<28}{_fmt(report['ece']):>10}")
    space = list(report.get("label_space") or report["labels"])
    if space != list(report["labels"]):
        dropped = [c for c in report["labels"] if c not in space]
        lines.append(
            f"label space: argmax over {'/'.join(space)} only; "
            f"{'/'.join(dropped)} is never predicted"
        )
        outside = report.get("gold_outside_label_space") or {}
        if outside:
            counts = ", ".join(f"{n} gold '{c}'" for c, n in outside.items())
            lines.append(f"  ({counts} rows count as errors)")
    lines += class_table_lines(report["per_class"], report["confusion_matrix"])
    return "\n".join(lines)


def class_table_lines(per_class: dict[str, Any], confusion: dict[str, Any]) -> list[str]:
    """The per-class table and the confusion matrix of a report, as text lines.

    Args:
        per_class: ``{label: {"precision", "recall", "f1", "support"}}``.
        confusion: ``{"labels": [...], "rows_gold_columns_predicted": [[...], ...]}``.

    Examples:
        >>> per = {"favor": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1.0}}
        >>> cm = {"labels": ["favor"], "rows_gold_columns_predicted": [[1]]}
        >>> class_table_lines(per, cm)[2]
        'favor           1.0000    1.0000    1.0000         1'
    """
    lines = ["", f"{'class':<12}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}"]
    for label, s in per_class.items():
        lines.append(
            f"{label:<12}{s['precision']:>10.4f}{s['recall']:>10.4f}{s['f1']:>10.4f}"
            f"{int(s['support']):>10d}"
        )
    lines += ["", "confusion (rows gold, columns predicted)"]
    lines.append(" " * 12 + "".join(f"{c:>10}" for c in confusion["labels"]))
    for label, row in zip(
        confusion["labels"], confusion["rows_gold_columns_predicted"], strict=True
    ):
        lines.append(f"{label:<12}" + "".join(f"{v:>10d}" for v in row))
    return lines
