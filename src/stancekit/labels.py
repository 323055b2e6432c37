"""The ordered label schemes and their validation.

Column ``i`` of every probability matrix stancekit returns is the ``i``-th label of the
task's scheme:

- stance: ``("against", "none", "favor")``
- sentiment: ``("negative", "neutral", "positive")``
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from stancekit.errors import InvalidInputError, UnknownLabelError, expected_got

__all__ = [
    "SENTIMENT_LABELS",
    "STANCE_LABELS",
    "TASKS",
    "Task",
    "check_task",
    "id2label",
    "label2id",
    "labels_for",
    "validate_labels",
]

Task = Literal["stance", "sentiment"]
STANCE_LABELS: tuple[str, str, str] = ("against", "none", "favor")
SENTIMENT_LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")
TASKS: tuple[str, str] = ("stance", "sentiment")

_SCHEMES: dict[str, tuple[str, ...]] = {"stance": STANCE_LABELS, "sentiment": SENTIMENT_LABELS}


def check_task(task: object) -> Task:
    """Validate a task name.

    Args:
        task: ``"stance"`` or ``"sentiment"``.

    Returns:
        The task, typed.

    Raises:
        InvalidInputError: For any other value.

    Examples:
        >>> check_task("stance")
        'stance'
    """
    if task not in _SCHEMES:
        raise InvalidInputError(expected_got("task", "one of 'stance', 'sentiment'", task))
    return task  # type: ignore[return-value]


def labels_for(task: str) -> tuple[str, ...]:
    """Return the ordered labels of a task.

    Examples:
        >>> labels_for("sentiment")
        ('negative', 'neutral', 'positive')
    """
    return _SCHEMES[check_task(task)]


def label2id(task: str) -> dict[str, int]:
    """Map each label of ``task`` to its column index.

    Examples:
        >>> label2id("stance")["favor"]
        2
    """
    return {label: i for i, label in enumerate(labels_for(task))}


def id2label(task: str) -> dict[int, str]:
    """Map each column index of ``task`` to its label.

    Examples:
        >>> id2label("stance")[0]
        'against'
    """
    return dict(enumerate(labels_for(task)))


def validate_labels(labels: Iterable[object], task: str) -> list[str]:
    """Check that every label belongs to the task's scheme.

    Args:
        labels: Label strings (``"favor"``) or integer ids in the scheme's order.
        task: ``"stance"`` or ``"sentiment"``.

    Returns:
        The labels as strings.

    Raises:
        UnknownLabelError: Naming the first bad label, its position and the allowed labels.

    Examples:
        >>> validate_labels(["favor", 0], "stance")
        ['favor', 'against']
    """
    scheme = labels_for(task)
    out: list[str] = []
    for i, label in enumerate(labels):
        if isinstance(label, str) and label in scheme:
            out.append(label)
        elif (
            isinstance(label, int | _np_integer())
            and not isinstance(label, bool)
            and 0 <= int(label) < len(scheme)  # type: ignore[call-overload]
        ):
            out.append(scheme[int(label)])  # type: ignore[call-overload]
        else:
            raise UnknownLabelError(
                expected_got(
                    f"label at position {i}",
                    f"one of {scheme} (or an id 0-{len(scheme) - 1}) for task {task!r}",
                    label,
                )
            )
    return out


def _np_integer() -> type:
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy is a hard dependency
        return int
    return np.integer  # type: ignore[no-any-return]


def ensure_nonempty(labels: list[str], what: str = "y") -> None:
    """Raise :class:`InvalidInputError` when ``labels`` is empty."""
    if not labels:
        raise InvalidInputError(expected_got(what, "at least one label", labels))
