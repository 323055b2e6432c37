"""Fine-tune a :class:`~stancekit.models.transformer.TransformerStanceClassifier`.

:func:`fit_transformer` checks the data, builds the tokenizer and the model (LoRA or
full; :mod:`stancekit.models.transformer_build`), plans the steps
(:func:`stancekit.models.training.plan_steps`), runs the training loop
(:func:`stancekit.models.training.train_classifier`) and fits the calibration
temperature on the eval set. It sets the estimator's learned state (the attributes
ending in ``_``); the estimator's ``fit`` is a call of it.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from stancekit.errors import InvalidInputError, expected_got
from stancekit.labels import check_task, label2id, labels_for, validate_labels
from stancekit.models.calibration import fit_temperature
from stancekit.models.inputs import PairInput, as_pairs
from stancekit.models.training import (
    TrainConfig,
    plan_steps,
    train_classifier,
    trainable_parameter_count,
)
from stancekit.models.transformer_build import (
    load_base,
    load_tokenizer,
    lora_config,
    marker_ids,
    quiet_transformers,
)
from stancekit.weights.encoder import resolve_base_model, weights_sha256

__all__ = ["fit_transformer"]

logger = logging.getLogger(__name__)


def _soft_labels(y: Any, n_classes: int) -> NDArray[np.float32] | None:
    """``y`` as soft labels when it is an (n, n_classes) array of probability rows, else None."""
    if isinstance(y, str) or not hasattr(y, "__len__") or not len(y):
        return None
    first = y[0] if not hasattr(y, "iloc") else y.iloc[0]
    if isinstance(first, str) or not hasattr(first, "__len__"):
        return None
    arr = np.asarray(y, dtype=np.float64)
    if arr.ndim != 2 or arr.shape[1] != n_classes:
        raise InvalidInputError(
            expected_got("soft labels y", f"an array of shape (n, {n_classes})", arr.shape)
        )
    sums_to_one = np.allclose(arr.sum(axis=1), 1, atol=1e-4)
    if not np.isfinite(arr).all() or (arr < 0).any() or not sums_to_one:
        raise InvalidInputError(
            expected_got(
                "soft labels y", "rows of non-negative probabilities summing to 1", arr[:3]
            )
        )
    return arr.astype(np.float32)


def _checked_rows(X: Any, y: Any, task: str, what: str) -> tuple[list[PairInput], list[str]]:
    pairs = as_pairs(X)
    labels = validate_labels(y, task)
    if not pairs or len(pairs) != len(labels):
        raise InvalidInputError(
            expected_got(
                what,
                "(X, y) with the same non-zero number of rows"
                if what == "eval_set"
                else "the same non-zero number of rows",
                (len(pairs), len(labels)),
            )
        )
    return pairs, labels


def fit_transformer(est: Any, X: Any, y: Any, eval_set: tuple[Any, Any] | None) -> None:
    """Fine-tune ``est`` on labelled pairs (see ``TransformerStanceClassifier.fit``).

    Raises:
        InvalidInputError: Bad hyperparameters, empty data or length mismatch.
        UnknownLabelError: A label outside the task's scheme.
    """
    from peft import get_peft_model
    from sklearn.metrics import f1_score

    from stancekit.seeding import set_seed

    est._check_params()
    task = check_task(est.task)
    soft = _soft_labels(y, len(labels_for(task)))
    if soft is None:
        pairs, labels = _checked_rows(X, y, task, "X, y")
    else:  # distillation: rows of a teacher's probabilities
        pairs, labels = _checked_rows(X, ["none"] * len(soft), task, "X, y")
    eval_pairs: list[PairInput] | None = None
    y_eval: NDArray[np.int64] | None = None
    if eval_set is not None:
        eval_pairs, eval_labels = _checked_rows(eval_set[0], eval_set[1], task, "eval_set")
        y_eval = np.array([label2id(task)[lab] for lab in eval_labels], dtype=np.int64)

    set_seed(est.seed)
    device = est._torch_device()
    est.base_model_path_ = resolve_base_model(est.base_model)
    est.base_model_sha256_ = (
        weights_sha256(est.base_model_path_) if Path(est.base_model_path_).is_dir() else None
    )
    est.tokenizer_ = load_tokenizer(est.base_model_path_, mark_target=est.mark_target)
    model = load_base(est.base_model_path_, task, est.tokenizer_)
    if est.finetune == "lora":
        config = lora_config(
            est.lora_r,
            est.lora_alpha,
            est.lora_dropout,
            est.lora_target_modules,
            marker_ids(est.tokenizer_) if est.mark_target else None,
        )
        with quiet_transformers():
            model = get_peft_model(model, config)
    est.model_ = model.to(device)
    est._runner_cache = None
    est.classes_ = np.array(labels_for(task))
    est.temperature_ = 1.0
    est.uses_context_ = bool(est.use_context) and any(p.context for p in pairs)
    counts = trainable_parameter_count(model)
    logger.info(
        "fine-tuning %s (%s): %d of %d parameters trainable, %d pairs",
        est.base_model,
        est.finetune,
        counts["trainable"],
        counts["total"],
        len(pairs),
    )

    enc = est.preprocess(pairs)
    y_ids: NDArray[Any] = (
        soft
        if soft is not None
        else np.array([label2id(task)[lab] for lab in labels], dtype=np.int64)
    )
    eval_enc = est.preprocess(eval_pairs) if eval_pairs is not None else None

    def evaluate() -> float:
        assert eval_enc is not None and y_eval is not None
        pred = est._logits(eval_enc, exact=True).argmax(axis=1)
        return float(f1_score(y_eval, pred, average="macro", labels=[0, 1, 2], zero_division=0))

    lr = est.learning_rate or (5e-4 if est.finetune == "lora" else 3e-5)
    plan = plan_steps(
        len(pairs),
        est.batch_size,
        est.gradient_accumulation_steps,
        est.epochs,
        est.max_steps,
        est.eval_steps,
        est.early_stopping_patience,
        has_eval=eval_enc is not None,
    )
    est.train_plan_ = asdict(plan)
    logger.info("training plan: %s; learning rate %g", plan.describe(), lr)
    train_config = TrainConfig(
        epochs=plan.epochs,
        batch_size=est.batch_size,
        learning_rate=lr,
        weight_decay=est.weight_decay,
        warmup_ratio=est.warmup_ratio,
        gradient_accumulation_steps=est.gradient_accumulation_steps,
        max_grad_norm=1.0,
        eval_steps=plan.eval_steps,
        early_stopping_patience=plan.patience,
        seed=est.seed,
        show_progress_bar=est.show_progress_bar,
        max_steps=plan.total_steps,
    )
    result = train_classifier(
        est.model_,
        enc,
        y_ids,
        est._pad_id(),
        train_config,
        device,
        evaluate if eval_enc is not None else None,
    )
    est.model_.eval()
    est.history_ = result.history
    est.eval_score_ = result.best_score
    est.train_seconds_ = result.seconds
    est.n_train_ = len(pairs)
    if est.calibrate and eval_enc is not None and y_eval is not None:
        est.temperature_ = fit_temperature(est._logits(eval_enc, exact=True), y_eval)
    elif est.calibrate:
        logger.info("no eval_set: the temperature stays 1.0 (uncalibrated)")
