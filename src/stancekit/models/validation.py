"""Check every value of a saved model folder before it reaches a model.

A folder that passed its sha256 check (:mod:`stancekit.weights.integrity`) can still hold
values no model should run with: a folder saved by hand or by a buggy script, or one
whose manifest was rewritten together with its files. Every value read at load time is
checked here for type and range, and every failure is a
:class:`~stancekit.errors.ModelLoadError` naming the file, the key, what was expected
and what was found:

- ``stancekit.json``: format version, task and labels, ``temperature`` (a finite number
  > 0: ``0``, ``"NaN"``, ``null``, ``"hot"`` or a negative value would give NaN or
  flipped probabilities), every hyperparameter (types and ranges, e.g. ``epochs`` a
  positive number, not ``"2"``);
- ``adapter_config.json`` (LoRA): ``r``, ``lora_alpha``, ``lora_dropout``, target modules,
  agreeing with the hyperparameters;
- the baseline's ``vocabulary.json``: a list of distinct terms per feature block.

The weight files themselves (``*.safetensors``, ``arrays.npz``) are parsed and checked in
:mod:`stancekit.models.weight_files`. Standard library only.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from stancekit.errors import ModelLoadError, expected_got
from stancekit.labels import TASKS, labels_for

__all__ = [
    "BASELINE_PARAMS",
    "TRANSFORMER_HYPERPARAMETERS",
    "check_adapter_config",
    "check_baseline_config",
    "check_fields",
    "check_transformer_config",
    "check_vocabulary",
]

logger = logging.getLogger(__name__)

Rule = tuple[str, Callable[[Any], bool]]

_FIX = "Re-save the model with save_pretrained, or correct the value by hand."


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _optional(rule: Rule) -> Rule:
    return (f"None or {rule[0]}", lambda v: v is None or rule[1](v))


def _choice(*options: Any) -> Rule:
    return (" or ".join(repr(o) for o in options), lambda v: v in options and type(v) is str)


def _auto_or(rule: Rule) -> Rule:
    return (f"'auto' or {rule[0]}", lambda v: v == "auto" or rule[1](v))


POS_INT: Rule = ("a positive int", lambda v: _is_int(v) and v >= 1)
NONNEG_INT: Rule = ("an int >= 0", lambda v: _is_int(v) and v >= 0)
INT: Rule = ("an int", _is_int)
POS_NUM: Rule = ("a finite number > 0", lambda v: _is_num(v) and v > 0)
NONNEG_NUM: Rule = ("a finite number >= 0", lambda v: _is_num(v) and v >= 0)
UNIT: Rule = ("a number in [0, 1]", lambda v: _is_num(v) and 0 <= v <= 1)
DROPOUT: Rule = ("a number in [0, 1)", lambda v: _is_num(v) and 0 <= v < 1)
BOOL: Rule = ("true or false", lambda v: isinstance(v, bool))
NONEMPTY_STR: Rule = ("a non-empty str", lambda v: isinstance(v, str) and bool(v.strip()))
STR_LIST: Rule = (
    "a non-empty list of non-empty str",
    lambda v: isinstance(v, list) and bool(v) and all(isinstance(s, str) and s for s in v),
)
SHA256: Rule = (
    "None or 64 hex digits",
    lambda v: (
        v is None
        or (isinstance(v, str) and len(v) == 64 and all(c in "0123456789abcdef" for c in v))
    ),
)

#: Type and range of every hyperparameter of ``TransformerStanceClassifier``.
TRANSFORMER_HYPERPARAMETERS: dict[str, Rule] = {
    "task": _choice(*TASKS),
    "base_model": NONEMPTY_STR,
    "finetune": _choice("lora", "full"),
    "lora_r": POS_INT,
    "lora_alpha": POS_NUM,
    "lora_dropout": DROPOUT,
    "lora_target_modules": STR_LIST,
    "mark_target": BOOL,
    "use_context": BOOL,
    "max_length": ("an int >= 16", lambda v: _is_int(v) and v >= 16),
    "epochs": ("a finite number > 0 or 'auto'", lambda v: v == "auto" or POS_NUM[1](v)),
    "max_steps": _optional(POS_INT),
    "batch_size": POS_INT,
    "predict_batch_size": POS_INT,
    "learning_rate": _optional(POS_NUM),
    "weight_decay": NONNEG_NUM,
    "warmup_ratio": UNIT,
    "gradient_accumulation_steps": POS_INT,
    "eval_steps": _optional(_auto_or(POS_INT)),
    "early_stopping_patience": _optional(_auto_or(POS_INT)),
    "calibrate": BOOL,
    "seed": INT,
    "device": _choice("auto", "cpu", "cuda"),
    "show_progress_bar": ("None, true or false", lambda v: v is None or isinstance(v, bool)),
    "backend": _choice("torch", "onnx"),
    "quantize": BOOL,
}

#: Type and range of every hyperparameter of ``BaselineStanceClassifier``.
BASELINE_PARAMS: dict[str, Rule] = {
    "task": _choice(*TASKS),
    "C": POS_NUM,
    "window": POS_INT,
    "window_ngrams": POS_INT,
    "mark_target": BOOL,
    "use_char": BOOL,
    "char_ngrams": ("an int >= 2", lambda v: _is_int(v) and v >= 2),
    "use_cross": BOOL,
    "cross_scope": _choice("text", "window"),
    "per_target_min": NONNEG_INT,
    "tweet_normalize": BOOL,
    "min_df": POS_INT,
    "class_weight": ("None or 'balanced'", lambda v: v is None or v == "balanced"),
    "calibrate": BOOL,
    "cv": POS_INT,
    "max_iter": POS_INT,
    "random_state": _optional(INT),
}


def _fail(where: str, expected: str, got: Any, fix: str = _FIX) -> ModelLoadError:
    return ModelLoadError(expected_got(where, expected, got, fix))


def check_fields(
    values: Mapping[str, Any],
    rules: Mapping[str, Rule],
    path: Path,
    *,
    prefix: str = "",
    required: Sequence[str] = (),
) -> None:
    """Check each value of ``values`` that has a rule; ``required`` keys must be present.

    Raises:
        ModelLoadError: Naming ``path``, the key, the expectation and the value found.

    Examples:
        >>> check_fields({"lora_r": "eight"}, TRANSFORMER_HYPERPARAMETERS, Path("m.json"))
        Traceback (most recent call last):
        ...
        stancekit.errors.ModelLoadError: lora_r in m.json: expected a positive int, \
got 'eight' (str). Re-save the model with save_pretrained, or correct the value by hand.
    """
    for key in required:
        if key not in values:
            raise _fail(f"{prefix}{key} in {path}", rules[key][0], "nothing (key missing)")
    for key, value in values.items():
        rule = rules.get(key)
        if rule is not None and not rule[1](value):
            raise _fail(f"{prefix}{key} in {path}", rule[0], value)


def _check_common(config: Mapping[str, Any], path: Path, format_version: int) -> str:
    version: Any = config.get("format_version")
    if not _is_int(version) or not 1 <= version <= format_version:
        raise _fail(
            f"format_version in {path}",
            f"an int from 1 to {format_version}",
            version,
            "A newer stancekit saved this model: upgrade stancekit."
            if _is_int(version) and version > format_version
            else _FIX,
        )
    check_fields(config, {"task": _choice(*TASKS)}, path, required=["task"])
    task: str = config["task"]
    if config.get("labels") != list(labels_for(task)):
        raise _fail(f"labels in {path}", str(list(labels_for(task))), config.get("labels"))
    check_fields(config, {"temperature": POS_NUM}, path, required=["temperature"])
    return task


def check_transformer_config(
    config: Mapping[str, Any], path: Path, param_names: Sequence[str], format_version: int
) -> dict[str, Any]:
    """Check a transformer's ``stancekit.json``; return its known hyperparameters.

    Args:
        config: The parsed file.
        path: The file (for messages).
        param_names: The estimator's parameter names; others are logged and ignored.
        format_version: The newest format this stancekit reads.

    Returns:
        The hyperparameters to pass to the constructor.

    Raises:
        ModelLoadError: A value of the wrong type or out of range.
    """
    task = _check_common(config, path, format_version)
    hyper = config.get("hyperparameters")
    if not isinstance(hyper, dict):
        raise _fail(f"hyperparameters in {path}", "an object", hyper)
    check_fields(hyper, TRANSFORMER_HYPERPARAMETERS, path, prefix="hyperparameters.")
    unknown = sorted(set(hyper) - set(param_names))
    if unknown:
        logger.warning("%s: ignoring unknown hyperparameters %s", path, unknown)
    for key in ("task", "finetune"):
        if key in hyper and key in config and hyper[key] != config[key]:
            raise _fail(f"hyperparameters.{key} in {path}", repr(config[key]), hyper[key])
    if hyper.get("task", task) != task:
        raise _fail(f"hyperparameters.task in {path}", repr(task), hyper.get("task"))
    extra: dict[str, Rule] = {
        "base_model_sha256": SHA256,
        "eval_score": _optional(("a finite number", _is_num)),
        "n_train": _optional(NONNEG_INT),
        "context": _optional(BOOL),
        "history": ("a list", lambda v: isinstance(v, list)),
    }
    check_fields(config, extra, path)
    return {k: v for k, v in hyper.items() if k in param_names}


def check_adapter_config(data: Mapping[str, Any], path: Path, hyper: Mapping[str, Any]) -> None:
    """Check peft's ``adapter_config.json`` and that it agrees with the hyperparameters.

    Raises:
        ModelLoadError: A wrong type or range, or a value that disagrees with
            ``stancekit.json``.
    """
    rules: dict[str, Rule] = {
        "peft_type": _choice("LORA"),
        "r": POS_INT,
        "lora_alpha": POS_NUM,
        "lora_dropout": DROPOUT,
        "target_modules": (
            "a non-empty list of str or a str",
            lambda v: (isinstance(v, str) and bool(v)) or STR_LIST[1](v),
        ),
    }
    check_fields(data, rules, path, required=["peft_type", "r", "lora_alpha", "target_modules"])
    for ours, theirs in (("lora_r", "r"), ("lora_alpha", "lora_alpha")):
        if ours in hyper and hyper[ours] != data[theirs]:
            raise _fail(
                f"{theirs} in {path}",
                f"{hyper[ours]!r} (hyperparameters.{ours} in stancekit.json)",
                data[theirs],
            )


def check_baseline_config(
    config: Mapping[str, Any], path: Path, param_names: Sequence[str], format_version: int
) -> dict[str, Any]:
    """Check a baseline's ``stancekit.json``; return its hyperparameters.

    Raises:
        ModelLoadError: A missing key, a wrong type or a value out of range.
    """
    _check_common(config, path, format_version)
    params = config.get("params")
    if not isinstance(params, dict):
        raise _fail(f"params in {path}", "an object", params)
    unknown = sorted(set(params) - set(param_names))
    if unknown:
        raise _fail(f"params in {path}", f"only keys of {sorted(param_names)}", unknown)
    check_fields(params, BASELINE_PARAMS, path, prefix="params.")
    if params.get("task", config["task"]) != config["task"]:
        raise _fail(f"params.task in {path}", repr(config["task"]), params.get("task"))
    rules: dict[str, Rule] = {
        "blocks": (
            "a list of str",
            lambda v: isinstance(v, list) and all(isinstance(b, str) for b in v),
        ),
        "n_train": NONNEG_INT,
        "target_copies": (
            "a list of distinct str",
            lambda v: (
                isinstance(v, list) and all(isinstance(b, str) for b in v) and len(set(v)) == len(v)
            ),
        ),
    }
    check_fields(config, rules, path, required=list(rules))
    return params


def check_vocabulary(vocab: Mapping[str, Any], path: Path, blocks: Sequence[str]) -> None:
    """Check that ``vocabulary.json`` holds one list of distinct terms per block.

    Raises:
        ModelLoadError: A block missing, or terms that are not distinct strings.
    """
    for block in blocks:
        terms = vocab.get(block)
        ok = isinstance(terms, list) and all(isinstance(t, str) for t in terms)
        if not ok or len(set(terms)) != len(terms):  # type: ignore[arg-type]
            raise _fail(
                f"{block!r} in {path}",
                "a list of distinct str terms",
                "nothing (key missing)" if terms is None else terms,
            )
