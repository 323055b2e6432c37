"""Evaluation: official benchmark metrics for stance/sentiment models, and attribution.

- :mod:`stancekit.evaluate.metrics`: macro-F1, F_avg, accuracy, confusion matrix, ECE.
- :mod:`stancekit.evaluate.benchmarks`: :func:`evaluate_model` runs a model on a benchmark
  split and returns a JSON-serialisable report; :func:`format_report` prints it.
- :mod:`stancekit.evaluate.attribution`: :func:`evaluate_attribution` scores quote
  attribution (segmentation) on NewsAttr / LitBank; the metric is in
  :mod:`~stancekit.evaluate.attribution_score`, the loaders (also the real-news dev set
  of ``benchmarks/realnews_attr/``) in :mod:`~stancekit.data.attribution`.

Names are served lazily (PEP 562), so importing this package loads nothing heavy.

Examples:
    >>> from stancekit.evaluate import f_avg
    >>> f_avg(["favor", "against"], ["favor", "against"])
    1.0
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stancekit.evaluate.attribution import evaluate_attribution
    from stancekit.evaluate.benchmarks import (
        PRIMARY_METRIC,
        evaluate_model,
        evaluate_predictions,
        format_report,
    )
    from stancekit.evaluate.metrics import (
        accuracy,
        classification_report,
        confusion_matrix,
        expected_calibration_error,
        f1_per_class,
        f_avg,
        macro_f1,
    )

_LAZY: dict[str, str] = {
    "PRIMARY_METRIC": "stancekit.evaluate.benchmarks",
    "accuracy": "stancekit.evaluate.metrics",
    "classification_report": "stancekit.evaluate.metrics",
    "confusion_matrix": "stancekit.evaluate.metrics",
    "evaluate_attribution": "stancekit.evaluate.attribution",
    "evaluate_model": "stancekit.evaluate.benchmarks",
    "evaluate_predictions": "stancekit.evaluate.benchmarks",
    "expected_calibration_error": "stancekit.evaluate.metrics",
    "f1_per_class": "stancekit.evaluate.metrics",
    "f_avg": "stancekit.evaluate.metrics",
    "format_report": "stancekit.evaluate.benchmarks",
    "macro_f1": "stancekit.evaluate.metrics",
}

__all__ = [
    "PRIMARY_METRIC",
    "accuracy",
    "classification_report",
    "confusion_matrix",
    "evaluate_attribution",
    "evaluate_model",
    "evaluate_predictions",
    "expected_calibration_error",
    "f1_per_class",
    "f_avg",
    "format_report",
    "macro_f1",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'stancekit.evaluate' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
