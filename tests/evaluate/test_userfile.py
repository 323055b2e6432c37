"""Scores on a user's file: primary metric first, label space printed, none never dropped."""

from __future__ import annotations

import pytest

from stancekit.errors import InvalidInputError
from stancekit.evaluate.benchmarks import evaluate_predictions, format_report
from stancekit.evaluate.userfile import evaluate_rows, predicted_labels

CLASSES = ["against", "none", "favor"]
GOLD = ["favor", "none", "against", "none"]
TARGETS = ["a", "a", "b", "b"]
PROBA = [[0.1, 0.3, 0.6], [0.2, 0.5, 0.3], [0.7, 0.2, 0.1], [0.45, 0.5, 0.05]]


def test_evaluate_rows_uses_every_class_by_default() -> None:
    rep = evaluate_rows(GOLD, TARGETS, PROBA, CLASSES, "stance", name="mine.csv")
    assert rep["label_space"] == CLASSES and rep["metrics"]["accuracy"] == 1.0
    assert rep["per_class"]["none"]["support"] == 2.0
    assert next(iter(rep["metrics"])) == "f1_macro" == rep["primary"]
    assert rep["metrics"]["f_avg"] == 1.0 and set(rep["groups"]) == {"a", "b"}
    assert rep["metrics"]["f_macro"] == 0.5  # target "a" has no against: its F1 counts 0


def test_evaluate_rows_label_space_is_recorded_and_printed() -> None:
    rep = evaluate_rows(
        GOLD, TARGETS, PROBA, CLASSES, "stance", name="mine.csv", label_space=["against", "favor"]
    )
    assert rep["gold_outside_label_space"] == {"none": 2}
    assert rep["metrics"]["accuracy"] == 0.5
    table = format_report(rep)
    assert "label space: argmax over against/favor only; none is never predicted" in table
    assert "2 gold 'none' rows count as errors" in table


@pytest.mark.parametrize("metric", ["f_avg", "f_macro", "accuracy", "f1_macro"])
def test_evaluate_rows_primary_metric_is_printed_first(metric: str) -> None:
    rep = evaluate_rows(GOLD, TARGETS, PROBA, CLASSES, "stance", name="m", metric=metric)
    lines = format_report(rep).splitlines()
    first = lines[lines.index(next(x for x in lines if x.startswith("metric"))) + 1]
    assert first.startswith(metric) and first.endswith("<- primary")


def test_evaluate_rows_refuses_stance_metric_for_sentiment() -> None:
    with pytest.raises(InvalidInputError, match="f_avg"):
        evaluate_rows(
            ["positive"],
            ["x"],
            [[0, 0, 1]],
            ["negative", "neutral", "positive"],
            "sentiment",
            name="m",
            metric="f_avg",
        )


def test_f1_macro_counts_only_labels_seen() -> None:
    rep = evaluate_rows(
        ["favor", "against"], ["t", "t"], [[0, 0, 1], [1, 0, 0]], CLASSES, "stance", name="m"
    )
    assert rep["metrics"]["f1_macro"] == 1.0  # no 0 for the absent 'none'


def test_predicted_labels_rejects_unknown_label_space() -> None:
    with pytest.raises(InvalidInputError):
        predicted_labels(PROBA, CLASSES, ["pro", "con"])


def test_benchmark_report_prints_official_metric_first_and_pstance_label_space() -> None:
    rows = {"text": ["x", "y"], "target": ["t", "t"], "label": ["favor", "against"]}
    rep = evaluate_predictions("pstance", rows, [[0.1, 0.8, 0.1], [0.6, 0.3, 0.1]], CLASSES)
    lines = format_report(rep).splitlines()
    assert lines[3].startswith("f_macro") and lines[3].endswith("<- official")
    assert any(x.startswith("label space: argmax over against/favor only") for x in lines)
