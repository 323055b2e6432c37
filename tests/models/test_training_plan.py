"""The step plan of ``epochs="auto"``: steps suited to the data size, logged."""

from __future__ import annotations

import pytest

pytest.importorskip("torch")

from stancekit.models.training import AUTO_MIN_STEPS, plan_steps


@pytest.mark.parametrize(
    ("n", "epochs", "steps"),
    [(200, 20.0, 260), (2_000, 8.0, 1_000), (2_800, 6.0, 1_050), (20_000, 2.0, 2_500)],
)
def test_plan_steps_auto_trains_longer_on_small_data(n: int, epochs: float, steps: int) -> None:
    plan = plan_steps(n, 16)
    assert (plan.epochs, plan.total_steps) == (epochs, steps)
    assert plan.patience == 3 and "auto" in plan.describe()


def test_plan_steps_auto_reaches_the_minimum_steps_when_epochs_allow() -> None:
    plan = plan_steps(5_000, 16)
    assert plan.total_steps >= AUTO_MIN_STEPS and plan.epochs == 4.0


def test_plan_steps_explicit_epochs_max_steps_and_evaluation() -> None:
    plan = plan_steps(2_000, 16, epochs=6, max_steps=300, eval_steps=50, patience=None)
    assert plan.total_steps == 300 and plan.epochs == 2.4 and plan.eval_steps == 50
    assert plan.patience is None and "capped by max_steps=300" in plan.describe()
    short = plan_steps(20_000, 16)
    assert short.eval_steps == 417  # about 6 evaluations in a 2-epoch run
    assert plan_steps(2_000, 16, has_eval=False).patience is None


def test_plan_steps_counts_gradient_accumulation() -> None:
    assert plan_steps(2_000, 16, gradient_accumulation_steps=2).steps_per_epoch == 63
