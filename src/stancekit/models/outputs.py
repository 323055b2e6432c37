"""Check what a model's ``predict_proba`` returned before anything is built on it.

Any model can be passed to :func:`stancekit.analyze` (custom ones too), and a broken one
(a corrupted weight, a temperature of 0) returns NaN or out-of-range numbers that would
otherwise become labels (``argmax`` of NaN is the first class) and NaN scores. Every
output is checked here: shape ``(n, 3)``, finite, each value in [0, 1] and each row
summing to 1 (tolerance :data:`ROW_SUM_TOLERANCE`); anything else is a
:class:`~stancekit.errors.ModelOutputError` naming the model, the row and the values.
Values within rounding of the bounds are clipped and rows renormalised.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from stancekit.errors import ModelOutputError, expected_got

__all__ = ["ROW_SUM_TOLERANCE", "check_probabilities", "describe_model"]

#: How far a row's sum may be from 1 (float32 models round to about 1e-7 per value).
ROW_SUM_TOLERANCE = 1e-4


def describe_model(model: object) -> str:
    """A short name of a model for messages: its class and where it was loaded from.

    Examples:
        >>> describe_model(object())
        'object'
    """
    name = type(model).__name__
    source = getattr(model, "source_", None)
    return f"{name} loaded from {source}" if source else name


def check_probabilities(proba: Any, n_rows: int, model: object, task: str) -> NDArray[np.float64]:
    """Return ``proba`` as a float array of shape (n_rows, 3) after checking it.

    Args:
        proba: What ``model.predict_proba`` returned.
        n_rows: The number of pairs it was given.
        model: The model (named in the message).
        task: ``"stance"`` or ``"sentiment"``.

    Returns:
        The probabilities, clipped to [0, 1] and renormalised within rounding.

    Raises:
        ModelOutputError: Wrong shape, non-numeric, NaN/inf, values outside [0, 1] or rows
            not summing to 1.

    Examples:
        >>> check_probabilities([[0.2, 0.3, 0.5]], 1, object(), "stance").tolist()
        [[0.2, 0.3, 0.5]]
    """
    what = f"predict_proba of the {task} model ({describe_model(model)})"
    try:
        arr = np.asarray(proba, dtype=np.float64)
    except (TypeError, ValueError):
        raise ModelOutputError(expected_got(what, "an array of numbers", proba)) from None
    if arr.shape != (n_rows, 3):
        raise ModelOutputError(expected_got(what, f"shape ({n_rows}, 3)", arr.shape))
    if arr.size == 0:
        return arr
    bad = ~np.isfinite(arr).all(axis=1)
    reason = "finite values"
    if not bad.any():
        bad = ((arr < -1e-6) | (arr > 1 + 1e-6)).any(axis=1)
        reason = "values in [0, 1]"
    if not bad.any():
        bad = np.abs(arr.sum(axis=1) - 1.0) > ROW_SUM_TOLERANCE
        reason = f"rows summing to 1 (within {ROW_SUM_TOLERANCE})"
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise ModelOutputError(
            expected_got(
                what,
                reason,
                arr[row].tolist(),
                f"Row {row} of {n_rows} ({int(bad.sum())} bad rows). The model is broken "
                "(corrupted weights, a temperature of 0 or below, or a custom model that "
                "returns scores, not probabilities); fix or replace it.",
            )
        )
    arr = np.clip(arr, 0.0, 1.0)
    return arr / arr.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]
