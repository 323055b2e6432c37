"""Classification metrics used by the benchmarks, in plain NumPy.

All functions take label sequences (strings) and an explicit ``labels`` order, so that
absent classes still get a row, a column and an F1 of 0 rather than disappearing.
F1 of a class with no gold and no predicted items is defined as 0 (as in scikit-learn's
``zero_division=0``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from stancekit.errors import InvalidInputError, expected_got

__all__ = [
    "accuracy",
    "classification_report",
    "confusion_matrix",
    "expected_calibration_error",
    "f1_per_class",
    "f_avg",
    "macro_f1",
]


def _check_lengths(y_true: Sequence[Any], y_pred: Sequence[Any]) -> None:
    if len(y_true) != len(y_pred):
        raise InvalidInputError(
            expected_got("y_pred", f"{len(y_true)} predictions (one per gold label)", len(y_pred))
        )
    if len(y_true) == 0:
        raise InvalidInputError(expected_got("y_true", "at least one label", list(y_true)))


def confusion_matrix(
    y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str]
) -> NDArray[np.int64]:
    """Count gold (rows) against predicted (columns) labels.

    Args:
        y_true: Gold labels.
        y_pred: Predicted labels, same length.
        labels: The label order of rows and columns; other labels raise.

    Returns:
        An int array of shape ``(len(labels), len(labels))``.

    Raises:
        InvalidInputError: On length mismatch or a label outside ``labels``.

    Examples:
        >>> confusion_matrix(["a", "b"], ["a", "a"], ["a", "b"]).tolist()
        [[1, 0], [1, 0]]
    """
    _check_lengths(y_true, y_pred)
    index = {label: i for i, label in enumerate(labels)}
    cm = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for t, p in zip(y_true, y_pred, strict=True):
        if t not in index or p not in index:
            bad = t if t not in index else p
            raise InvalidInputError(expected_got("label", f"one of {tuple(labels)}", bad))
        cm[index[t], index[p]] += 1
    return cm


def f1_per_class(
    y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str]
) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support of each label.

    Examples:
        >>> f1_per_class(["a", "a", "b"], ["a", "b", "b"], ["a", "b"])["a"]["f1"]
        0.6666666666666666
    """
    cm = confusion_matrix(y_true, y_pred, labels)
    out: dict[str, dict[str, float]] = {}
    for i, label in enumerate(labels):
        tp = float(cm[i, i])
        pred = float(cm[:, i].sum())
        gold = float(cm[i, :].sum())
        precision = tp / pred if pred else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {"precision": precision, "recall": recall, "f1": f1, "support": gold}
    return out


def macro_f1(y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str]) -> float:
    """Unweighted mean of the per-class F1 over ``labels`` (NewsMTSC's F1m, VAST's F1).

    Examples:
        >>> macro_f1(["a", "b"], ["a", "a"], ["a", "b"])
        0.3333333333333333
    """
    per = f1_per_class(y_true, y_pred, labels)
    return float(np.mean([per[label]["f1"] for label in labels]))


def f_avg(
    y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str] = ("favor", "against")
) -> float:
    """Mean F1 of FAVOR and AGAINST (SemEval-2016 / P-Stance ``F_avg``).

    Predictions of other labels (``none``) count as errors for the two classes but the
    ``none`` class's own F1 is not averaged in.

    Examples:
        >>> f_avg(["favor", "against", "none"], ["favor", "none", "none"])
        0.5
    """
    all_labels = sorted(set(labels) | set(y_true) | set(y_pred))
    per = f1_per_class(y_true, y_pred, all_labels)
    return float(np.mean([per[label]["f1"] for label in labels]))


def accuracy(y_true: Sequence[str], y_pred: Sequence[str]) -> float:
    """Share of exact matches.

    Examples:
        >>> accuracy(["a", "b"], ["a", "a"])
        0.5
    """
    _check_lengths(y_true, y_pred)
    return float(np.mean([t == p for t, p in zip(y_true, y_pred, strict=True)]))


def expected_calibration_error(proba: ArrayLike, y_true: ArrayLike, n_bins: int = 15) -> float:
    """Top-label expected calibration error with equal-width confidence bins.

    ``ECE = sum_b (n_b / n) * |accuracy_b - confidence_b|`` over ``n_bins`` bins of the
    maximum probability (Guo et al., 2017).

    Args:
        proba: Shape ``(n, k)``, rows summing to 1.
        y_true: Shape ``(n,)``: the gold column index of each row.
        n_bins: Number of bins on ``[0, 1]``.

    Returns:
        The ECE in ``[0, 1]``.

    Examples:
        >>> expected_calibration_error([[0.9, 0.1], [0.6, 0.4]], [0, 1])
        0.35
    """
    p = np.asarray(proba, dtype=np.float64)
    y = np.asarray(y_true, dtype=np.int64)
    if p.ndim != 2 or len(p) != len(y) or len(y) == 0:
        raise InvalidInputError(
            expected_got("proba", f"shape (n, k) with n = len(y_true) = {len(y)}", p.shape)
        )
    conf = p.max(axis=1)
    correct = (p.argmax(axis=1) == y).astype(np.float64)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    bins = np.clip(np.searchsorted(edges, conf, side="left") - 1, 0, n_bins - 1)
    ece = 0.0
    for b in range(n_bins):
        mask = bins == b
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - conf[mask].mean())
    return round(float(ece), 12)


def classification_report(
    y_true: Sequence[str],
    y_pred: Sequence[str],
    labels: Sequence[str],
    proba: ArrayLike | None = None,
) -> dict[str, Any]:
    """Accuracy, macro-F1, per-class scores, confusion matrix and (with ``proba``) ECE.

    Args:
        y_true: Gold labels.
        y_pred: Predicted labels.
        labels: Label order; also the column order of ``proba``.
        proba: Optional ``(n, len(labels))`` probabilities for the ECE.

    Returns:
        A JSON-serialisable dict.

    Examples:
        >>> classification_report(["a", "b"], ["a", "b"], ["a", "b"])["f1_macro"]
        1.0
    """
    out: dict[str, Any] = {
        "n": len(y_true),
        "accuracy": accuracy(y_true, y_pred),
        "f1_macro": macro_f1(y_true, y_pred, labels),
        "per_class": f1_per_class(y_true, y_pred, labels),
        "confusion_matrix": {
            "labels": list(labels),
            "rows_gold_columns_predicted": confusion_matrix(y_true, y_pred, labels).tolist(),
        },
    }
    if proba is not None:
        index = {label: i for i, label in enumerate(labels)}
        out["ece"] = expected_calibration_error(proba, [index[t] for t in y_true])
    return out
