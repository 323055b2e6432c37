from __future__ import annotations

import numpy as np
import pytest

from stancekit import labels
from stancekit.errors import InvalidInputError, UnknownLabelError


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("stance", ("against", "none", "favor")),
        ("sentiment", ("negative", "neutral", "positive")),
    ],
)
def test_labels_for_returns_ordered_scheme(task: str, expected: tuple[str, ...]) -> None:
    assert labels.labels_for(task) == expected
    assert labels.label2id(task) == {lab: i for i, lab in enumerate(expected)}
    assert labels.id2label(task) == dict(enumerate(expected))


def test_check_task_rejects_unknown_task() -> None:
    with pytest.raises(InvalidInputError, match=r"'stance', 'sentiment'.*'emotion'"):
        labels.check_task("emotion")


def test_validate_labels_accepts_strings_and_ids() -> None:
    assert labels.validate_labels(["favor", 0, np.int64(1)], "stance") == [
        "favor",
        "against",
        "none",
    ]


@pytest.mark.parametrize("bad", ["positive", 3, -1, True, None, 1.0])
def test_validate_labels_names_bad_label_and_allowed_ones(bad: object) -> None:
    with pytest.raises(UnknownLabelError, match=r"position 1.*against.*none.*favor") as info:
        labels.validate_labels(["none", bad], "stance")
    assert isinstance(info.value, ValueError)
