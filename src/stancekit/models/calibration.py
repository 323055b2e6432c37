"""Temperature scaling: one scalar that makes softmax probabilities honest.

Guo et al. (2017), "On Calibration of Modern Neural Networks": divide the logits by a
temperature ``T`` fitted to minimise the negative log-likelihood on held-out data. The
predicted class never changes; only the confidence does. NumPy and SciPy only.
"""

from __future__ import annotations

import logging
import math

import numpy as np
from numpy.typing import NDArray

from stancekit.errors import InvalidInputError, expected_got

__all__ = ["check_temperature", "fit_temperature", "nll", "softmax"]

logger = logging.getLogger(__name__)

_LOG_T_BOUNDS = (math.log(0.05), math.log(20.0))


def softmax(logits: NDArray[np.floating], temperature: float = 1.0) -> NDArray[np.float64]:
    """Row-wise softmax of ``logits / temperature``.

    Args:
        logits: Shape (n, k).
        temperature: A positive scalar.

    Returns:
        Probabilities of shape (n, k); each row sums to 1.

    Examples:
        >>> softmax(np.array([[0.0, 0.0]])).tolist()
        [[0.5, 0.5]]
    """
    check_temperature(temperature)
    z = np.asarray(logits, dtype=np.float64) / float(temperature)
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def check_temperature(temperature: object, what: str = "temperature_") -> float:
    """Return ``temperature`` as a float if it is finite and > 0, else raise.

    A temperature of 0 or NaN gives NaN probabilities and a negative one flips every
    prediction, so neither is ever applied.

    Raises:
        InvalidInputError: Not a finite number > 0.

    Examples:
        >>> check_temperature(1.5)
        1.5
    """
    ok = isinstance(temperature, int | float | np.floating) and not isinstance(temperature, bool)
    if not ok or not math.isfinite(float(temperature)) or float(temperature) <= 0:  # type: ignore[arg-type]
        raise InvalidInputError(
            expected_got(
                what,
                "a finite number > 0",
                temperature,
                "Refit the model or load it again with from_pretrained.",
            )
        )
    return float(temperature)  # type: ignore[arg-type]


def nll(logits: NDArray[np.floating], y: NDArray[np.integer], temperature: float = 1.0) -> float:
    """Mean negative log-likelihood of integer labels ``y`` under ``softmax(logits / T)``.

    Examples:
        >>> round(nll(np.array([[0.0, 0.0]]), np.array([1])), 4)
        0.6931
    """
    z = np.asarray(logits, dtype=np.float64) / float(temperature)
    z = z - z.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-log_p[np.arange(len(y)), y].mean())


def fit_temperature(logits: NDArray[np.floating], y: NDArray[np.integer]) -> float:
    """Fit the temperature that minimises the NLL of ``y`` (bounded to 0.05-20).

    Args:
        logits: Held-out logits, shape (n, k).
        y: Integer labels in ``0..k-1``, shape (n,).

    Returns:
        The temperature (1.0 means the model was already calibrated).

    Raises:
        InvalidInputError: On empty input or mismatched shapes.

    Examples:
        >>> z = np.array([[4.0, 0.0], [4.0, 0.0], [0.0, 4.0], [4.0, 0.0]])
        >>> fit_temperature(z, np.array([0, 1, 1, 0])) > 1.0
        True
    """
    from scipy.optimize import minimize_scalar

    z = np.asarray(logits, dtype=np.float64)
    labels = np.asarray(y, dtype=np.int64)
    if z.ndim != 2 or len(z) == 0 or len(z) != len(labels):
        raise InvalidInputError(
            expected_got("logits, y", "shapes (n, k) and (n,) with n > 0", (z.shape, labels.shape))
        )
    res = minimize_scalar(
        lambda log_t: nll(z, labels, math.exp(log_t)), bounds=_LOG_T_BOUNDS, method="bounded"
    )
    temperature = float(math.exp(res.x))
    logger.info(
        "temperature %.3f (NLL %.4f -> %.4f on %d examples)",
        temperature,
        nll(z, labels),
        nll(z, labels, temperature),
        len(labels),
    )
    return temperature
