"""Scores of a model on a user's own labelled file (``stancekit evaluate --data FILE``).

The report has the keys of :func:`stancekit.evaluate.benchmarks.evaluate_predictions`, so
:func:`~stancekit.evaluate.benchmarks.format_report` prints it. Metrics:

- ``f1_macro``: macro-F1 over the labels that occur in the gold labels or the
  predictions (scikit-learn's default), so a scheme label absent from both does not
  count as a 0; the default primary metric;
- ``accuracy``;
- stance only: ``f_avg``, the mean F1 of favor and against over all rows (SemEval-2016's
  F_avg; a ``none`` prediction counts as an error), and ``f_macro``, the mean over targets
  of each target's F_avg (P-Stance's F_macro).

Predictions are the argmax over every class of the model unless a ``label_space`` is
given; a restriction is recorded in the report and printed in the table, and gold rows
outside it are counted there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from stancekit.errors import InvalidInputError, expected_got
from stancekit.evaluate.metrics import classification_report, f_avg, macro_f1
from stancekit.labels import labels_for

__all__ = ["METRICS", "evaluate_rows", "predicted_labels"]

METRICS: dict[str, tuple[str, ...]] = {
    "stance": ("f1_macro", "f_avg", "f_macro", "accuracy"),
    "sentiment": ("f1_macro", "accuracy"),
}
"""The metrics a user file can be scored with, per task (the first is the default)."""


def predicted_labels(
    proba: Any, classes: Sequence[str], label_space: Sequence[str] | None = None
) -> list[str]:
    """Argmax of each row over ``label_space`` (every class when None).

    Examples:
        >>> predicted_labels([[0.2, 0.5, 0.3]], ["against", "none", "favor"])
        ['none']
        >>> predicted_labels([[0.2, 0.5, 0.3]], ["against", "none", "favor"], ["against", "favor"])
        ['favor']
    """
    cls = [str(c) for c in classes]
    space = list(label_space) if label_space else cls
    bad = [s for s in space if s not in cls]
    if bad:
        raise InvalidInputError(expected_got("label space", f"labels among {cls}", bad))
    cols = [cls.index(s) for s in space]
    p = np.asarray(proba, dtype=np.float64)[:, cols]
    return [space[j] for j in p.argmax(axis=1)]


def evaluate_rows(
    gold: Sequence[str],
    targets: Sequence[str],
    proba: Any,
    classes: Sequence[str],
    task: str,
    *,
    name: str,
    metric: str | None = None,
    label_space: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Score probabilities against gold labels of a user's file.

    Args:
        gold: Gold labels of the task's scheme.
        targets: The target of each row (for ``f_macro``).
        proba: Shape ``(n, len(classes))``.
        classes: The model's ``classes_``.
        task: ``"stance"`` or ``"sentiment"``.
        name: Shown as the data set (the file name).
        metric: The primary metric, one of :data:`METRICS` for the task; the first
            when None.
        label_space: Restrict the argmax to these labels (recorded and printed).

    Returns:
        A JSON-serialisable report (see :func:`stancekit.evaluate.evaluate_predictions`);
        ``metrics`` starts with the primary metric.

    Raises:
        InvalidInputError: Unknown metric, length mismatch or a bad label space.

    Examples:
        >>> rep = evaluate_rows(["favor", "none"], ["t", "t"], [[0, .1, .9], [0, .8, .2]],
        ...                     ["against", "none", "favor"], "stance", name="mine.csv")
        >>> rep["primary"], rep["metrics"]["f1_macro"]
        ('f1_macro', 1.0)
    """
    allowed = METRICS[task]
    primary = metric or allowed[0]
    if primary not in allowed:
        raise InvalidInputError(
            expected_got("metric", f"one of {allowed} for the {task} task", primary)
        )
    labels = list(labels_for(task))
    if len(gold) != len(np.asarray(proba)):
        raise InvalidInputError(expected_got("proba rows", f"{len(gold)} rows", len(proba)))
    space = list(label_space) if label_space else labels
    pred = predicted_labels(proba, classes, space)
    full = np.zeros((len(gold), len(labels)))
    for j, c in enumerate(classes):
        full[:, labels.index(str(c))] = np.asarray(proba, dtype=np.float64)[:, j]
    common = classification_report(list(gold), pred, labels, full)
    seen = [c for c in labels if c in set(gold) | set(pred)]
    metrics: dict[str, float] = {
        "f1_macro": macro_f1(list(gold), pred, seen),
        "accuracy": common["accuracy"],
    }
    groups: dict[str, Any] = {}
    if task == "stance":
        metrics["f_avg"] = f_avg(list(gold), pred)
        per: list[float] = []
        for target in sorted(set(targets)):
            idx = [i for i, t in enumerate(targets) if t == target]
            score = f_avg([gold[i] for i in idx], [pred[i] for i in idx])
            groups[target] = {"n": len(idx), "f_avg": score}
            per.append(score)
        metrics["f_macro"] = float(np.mean(per))
    ordered = {primary: metrics[primary], **{k: v for k, v in metrics.items() if k != primary}}
    outside = {c: int(sum(g == c for g in gold)) for c in labels if c not in space}
    return {
        "dataset": name,
        "split": None,
        "task": task,
        "n": len(gold),
        "labels": labels,
        "label_space": space,
        "gold_outside_label_space": {c: n for c, n in outside.items() if n},
        "primary": primary,
        "metrics": ordered,
        "groups": groups,
        "per_class": common["per_class"],
        "confusion_matrix": common["confusion_matrix"],
        "ece": common["ece"],
    }
