"""stancekit.evaluate.metrics and the per-benchmark report, on hand-computed cases."""

from __future__ import annotations

import json

import numpy as np
import pytest

from stancekit.errors import InvalidInputError
from stancekit.evaluate import (
    accuracy,
    confusion_matrix,
    evaluate_predictions,
    expected_calibration_error,
    f1_per_class,
    f_avg,
    format_report,
    macro_f1,
)

STANCE = ["against", "none", "favor"]


def test_confusion_matrix_rows_gold_columns_predicted() -> None:
    cm = confusion_matrix(["favor", "favor", "none"], ["favor", "against", "favor"], STANCE)
    assert cm.tolist() == [[0, 0, 0], [0, 0, 1], [1, 0, 1]]


def test_f1_per_class_hand_computed() -> None:
    # favor: tp 1, predicted 2, gold 2 -> P = R = F1 = 0.5; against: tp 0 -> 0.
    per = f1_per_class(["favor", "favor", "none"], ["favor", "against", "favor"], STANCE)
    assert per["favor"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2.0}
    assert per["against"]["f1"] == 0.0 and per["none"]["support"] == 1.0


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (["favor", "against"], ["favor", "against"], 1.0),
        # favor F1 = 2/3 (P 1/2, R 1); against F1 = 0; none is not averaged.
        (["favor", "against", "none"], ["favor", "favor", "none"], (2 / 3 + 0) / 2),
        # against: P 1, R 1/2 -> 2/3; favor: P 1/2, R 1 -> 2/3.
        (["against", "against", "favor"], ["against", "favor", "favor"], 2 / 3),
    ],
)
def test_f_avg_hand_computed(gold: list[str], pred: list[str], expected: float) -> None:
    assert f_avg(gold, pred) == pytest.approx(expected)


def test_macro_f1_counts_absent_class_as_zero() -> None:
    assert macro_f1(["favor", "favor"], ["favor", "favor"], STANCE) == pytest.approx(1 / 3)


def test_accuracy_and_length_mismatch() -> None:
    assert accuracy(["a", "b", "c", "d"], ["a", "b", "x", "x"]) == 0.5
    with pytest.raises(InvalidInputError, match="predictions"):
        accuracy(["a"], ["a", "b"])


def test_confusion_matrix_rejects_foreign_label() -> None:
    with pytest.raises(InvalidInputError, match="positive"):
        confusion_matrix(["favor"], ["positive"], STANCE)


def test_ece_hand_computed_and_perfect() -> None:
    # Two bins: conf 0.9 correct (gap 0.1), conf 0.6 wrong (gap 0.6) -> (0.1 + 0.6) / 2.
    assert expected_calibration_error([[0.9, 0.1], [0.6, 0.4]], [0, 1]) == pytest.approx(0.35)
    assert expected_calibration_error(np.eye(3), [0, 1, 2]) == 0.0
    # Same bin: mean confidence 0.7, accuracy 0.5 -> 0.2.
    assert expected_calibration_error([[0.7, 0.3], [0.7, 0.3]], [0, 1]) == pytest.approx(0.2)


def test_ece_rejects_bad_shape() -> None:
    with pytest.raises(InvalidInputError, match="shape"):
        expected_calibration_error([0.5, 0.5], [0])


def _onehot(labels: list[str], order: list[str]) -> np.ndarray:
    return np.eye(len(order))[[order.index(x) for x in labels]]


def test_evaluate_predictions_pstance_f_macro_per_target() -> None:
    rows = {
        "text": ["t"] * 6,
        "target": ["Donald Trump"] * 3 + ["Joe Biden"] * 3,
        "label": ["favor", "against", "against", "favor", "favor", "against"],
    }
    pred = ["favor", "against", "favor", "favor", "favor", "against"]
    # Give "none" the top probability on one row: P-Stance argmaxes over favor/against only.
    proba = _onehot(pred, STANCE) * 0.4 + np.array([0.3, 0.0, 0.3])
    proba[0] = [0.2, 0.5, 0.3]
    report = evaluate_predictions("pstance", rows, proba, STANCE, split="test")
    trump = (2 / 3 + 2 / 3) / 2  # favor P 1/2 R 1; against P 1 R 1/2
    assert report["groups"]["Donald Trump"]["f_avg"] == pytest.approx(trump)
    assert report["groups"]["Joe Biden"]["f_avg"] == pytest.approx(1.0)
    assert report["metrics"]["f_macro"] == pytest.approx((trump + 1.0) / 2)
    assert report["label_space"] == ["against", "favor"]
    assert report["primary"] == "f_macro"
    json.dumps(report)


def test_evaluate_predictions_vast_zero_and_few_shot() -> None:
    rows = {
        "text": ["t"] * 4,
        "target": ["a", "b", "c", "d"],
        "label": ["favor", "none", "against", "favor"],
        "few_shot": [False, False, True, True],
    }
    pred = ["favor", "none", "against", "against"]
    report = evaluate_predictions("vast", rows, _onehot(pred, STANCE), STANCE)
    m = report["metrics"]
    assert m["f1_macro_zero_shot"] == pytest.approx((0 + 1 + 1) / 3)
    assert m["f1_macro_few_shot"] == pytest.approx((2 / 3 + 0 + 0) / 3)
    assert report["groups"]["zero_shot"]["n"] == 2


def test_evaluate_predictions_mtsd_pairs() -> None:
    rows = {
        "text": ["t"] * 4,
        "target": ["Donald Trump", "Hillary Clinton", "Donald Trump", "Ted Cruz"],
        "label": ["favor", "against", "against", "against"],
        "pair": ["trump_hillary", "trump_hillary", "trump_ted", "trump_ted"],
    }
    pred = ["favor", "against", "against", "favor"]
    report = evaluate_predictions("mtsd", rows, _onehot(pred, STANCE), STANCE)
    th = report["groups"]["trump_hillary"]
    assert th["targets"]["Donald Trump"]["f_avg"] == pytest.approx(0.5)  # favor 1, against 0
    assert th["f_avg_mean"] == pytest.approx(0.5)
    tt = report["groups"]["trump_ted"]["targets"]
    assert tt["Ted Cruz"]["f_avg"] == 0.0
    assert report["metrics"]["f_avg_mean"] == pytest.approx((0.5 + (0.5 + 0.0) / 2) / 2)


def test_evaluate_predictions_reorders_model_columns() -> None:
    rows = {"text": ["x", "y"], "target": ["t", "t"], "label": ["positive", "negative"]}
    classes = ["positive", "negative", "neutral"]  # not the scheme's order
    proba = np.array([[0.8, 0.1, 0.1], [0.1, 0.7, 0.2]])
    report = evaluate_predictions("newsmtsc", rows, proba, classes)
    assert report["task"] == "sentiment" and report["metrics"]["accuracy"] == 1.0
    assert report["labels"] == ["negative", "neutral", "positive"]


def test_evaluate_predictions_rejects_mismatch() -> None:
    rows = {"text": ["x"], "target": ["t"], "label": ["favor"]}
    with pytest.raises(InvalidInputError, match="classes_"):
        evaluate_predictions("vast", rows, [[0.5, 0.5]], ["favor", "against", "none"])
    with pytest.raises(InvalidInputError, match="gold labels"):
        evaluate_predictions("x", rows, [[0.2, 0.3, 0.5]], ["negative", "neutral", "positive"])


def test_format_report_marks_official_metric() -> None:
    rows = {"text": ["x", "y"], "target": ["t", "t"], "label": ["favor", "none"]}
    report = evaluate_predictions("vast", rows, _onehot(["favor", "none"], STANCE), STANCE)
    text = format_report(report)
    assert "f1_macro" in text and "<- official" in text and "confusion" in text
