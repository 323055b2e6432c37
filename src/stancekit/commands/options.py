"""Hyperparameters of ``stancekit train`` as real command-line options.

Each option maps to one constructor keyword of
:class:`~stancekit.models.transformer.TransformerStanceClassifier` or
:class:`~stancekit.models.baseline.BaselineStanceClassifier`. An option left out keeps the
class's default; an option of the other model is refused, naming it.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

from stancekit.errors import InvalidInputError, expected_got

__all__ = ["HYPERPARAMETERS", "Option", "add_hyperparameter_options", "collect"]


_NONE = "none"


def _auto_or(kind: type, *, none: bool = False) -> Any:
    """An argparse type: ``auto``, ``none`` (when allowed) or a positive ``kind``."""

    def parse(raw: str) -> Any:
        low = raw.strip().lower()
        if low == "auto":
            return "auto"
        if none and low in ("none", "epoch"):
            return _NONE
        try:
            value = kind(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"expected 'auto'{', none' if none else ''} or a positive "
                f"{kind.__name__}, got {raw!r}"
            ) from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"expected a positive number, got {raw!r}")
        return value

    parse.__name__ = f"auto_or_{kind.__name__}"
    return parse


def _positive(kind: type) -> Any:
    def parse(raw: str) -> Any:
        try:
            value = kind(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a {kind.__name__}, got {raw!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"expected a positive number, got {raw!r}")
        return value

    parse.__name__ = f"positive_{kind.__name__}"
    return parse


def _names(raw: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in raw.split(",") if n.strip())
    if not names:
        raise argparse.ArgumentTypeError(f"expected comma-separated names, got {raw!r}")
    return names


@dataclass(frozen=True)
class Option:
    """One command-line hyperparameter: its flag, the model and keyword it sets, help."""

    flag: str
    model: str  # "transformer" or "baseline"
    keyword: str
    help: str
    type: Any = None
    choices: tuple[str, ...] | None = None
    boolean: bool = False
    metavar: str | None = None


HYPERPARAMETERS: tuple[Option, ...] = (
    Option(
        "--epochs",
        "transformer",
        "epochs",
        "passes over the training data, or 'auto' (default): whole epochs giving at least "
        "1,000 optimiser steps, 2-20 epochs (8 on 2,000 rows, 2 on 20,000)",
        _auto_or(float),
        metavar="N|auto",
    ),
    Option(
        "--max-steps",
        "transformer",
        "max_steps",
        "cap on optimiser steps (default: none)",
        _positive(int),
        metavar="N",
    ),
    Option(
        "--learning-rate",
        "transformer",
        "learning_rate",
        "peak learning rate (default 5e-4 with LoRA, 3e-5 for full fine-tuning)",
        _positive(float),
        metavar="LR",
    ),
    Option("--batch-size", "transformer", "batch_size", "training batch size (16)", _positive(int)),
    Option(
        "--max-length",
        "transformer",
        "max_length",
        "maximum tokens per (target, text) pair (128)",
        _positive(int),
    ),
    Option(
        "--finetune",
        "transformer",
        "finetune",
        "'lora' (small adapter, default) or 'full'",
        choices=("lora", "full"),
    ),
    Option("--lora-r", "transformer", "lora_r", "LoRA rank (16)", _positive(int), metavar="R"),
    Option(
        "--lora-alpha",
        "transformer",
        "lora_alpha",
        "LoRA scaling numerator (32)",
        _positive(int),
        metavar="A",
    ),
    Option(
        "--lora-dropout", "transformer", "lora_dropout", "dropout on the LoRA branch (0.1)", float
    ),
    Option(
        "--lora-target-modules",
        "transformer",
        "lora_target_modules",
        "comma-separated layer names that get an adapter (query,value)",
        _names,
        metavar="NAMES",
    ),
    Option(
        "--eval-steps",
        "transformer",
        "eval_steps",
        "evaluate on dev every N optimiser steps; 'epoch': after each epoch; 'auto' "
        "(default): after each epoch from 4 epochs on, else about 6 times per run",
        _auto_or(int, none=True),
        metavar="N|epoch|auto",
    ),
    Option(
        "--patience",
        "transformer",
        "early_stopping_patience",
        "stop after N evaluations without a better dev macro-F1; 'none': never; 'auto' "
        "(default): 3. The best weights on dev are kept either way",
        _auto_or(int, none=True),
        metavar="N|none|auto",
    ),
    Option(
        "--warmup-ratio",
        "transformer",
        "warmup_ratio",
        "share of steps with linear warm-up (0.1)",
        float,
    ),
    Option("--weight-decay", "transformer", "weight_decay", "AdamW weight decay (0.01)", float),
    Option(
        "--base-model",
        "transformer",
        "base_model",
        "encoder to start from: a local folder or a Hugging Face name (default: the "
        "packaged all-MiniLM-L6-v2)",
        metavar="NAME|DIR",
    ),
    Option(
        "--device",
        "transformer",
        "device",
        "auto (default), cpu or cuda",
        choices=("auto", "cpu", "cuda"),
    ),
    Option(
        "--progress",
        "transformer",
        "show_progress_bar",
        "progress bar while training (default: on a terminal; otherwise one log line per epoch)",
        boolean=True,
    ),
    Option(
        "--C",
        "baseline",
        "C",
        "inverse regularisation strength of the logistic regression (1.0)",
        _positive(float),
    ),
    Option(
        "--per-target-min",
        "baseline",
        "per_target_min",
        "targets with at least N training rows get their own copy of the n-gram features "
        "(a per-target model); 0 turns it off (default 100)",
        int,
        metavar="N",
    ),
    Option(
        "--tweet-normalize",
        "baseline",
        "tweet_normalize",
        "URLs -> one token, hashtags split into words (default: off)",
        boolean=True,
    ),
    Option(
        "--class-weight",
        "baseline",
        "class_weight",
        "'balanced' weighs classes by inverse frequency (default: none)",
        choices=("balanced",),
    ),
)
"""Every hyperparameter option of ``stancekit train``."""


def _dest(option: Option) -> str:
    return "hp_" + option.flag.lstrip("-").replace("-", "_")


def add_hyperparameter_options(parser: argparse.ArgumentParser) -> None:
    """Add the two hyperparameter groups (transformer, baseline) to ``parser``."""
    groups = {
        "transformer": parser.add_argument_group(
            "transformer hyperparameters (--model transformer or auto)"
        ),
        "baseline": parser.add_argument_group(
            "baseline hyperparameters (--model baseline or auto)"
        ),
    }
    for opt in HYPERPARAMETERS:
        kwargs: dict[str, Any] = {"dest": _dest(opt), "default": None, "help": opt.help}
        if opt.boolean:
            kwargs["action"] = argparse.BooleanOptionalAction
        else:
            if opt.type is not None:
                kwargs["type"] = opt.type
            if opt.choices is not None:
                kwargs["choices"] = opt.choices
            if opt.choices is None:
                kwargs["metavar"] = opt.metavar or opt.flag.lstrip("-").upper().replace("-", "_")
        groups[opt.model].add_argument(opt.flag, **kwargs)


def collect(args: argparse.Namespace, model: str, *, other_ok: bool = False) -> dict[str, Any]:
    """The constructor keywords set on the command line for ``model``.

    Args:
        args: The parsed options.
        model: ``"transformer"`` or ``"baseline"``.
        other_ok: Skip the other model's options instead of refusing them
            (``--model auto`` fits both).

    Raises:
        InvalidInputError: For an option of the other model (unless ``other_ok``).

    Examples:
        >>> ns = argparse.Namespace(hp_epochs=6.0, hp_C=None)
        >>> collect(ns, "transformer")
        {'epochs': 6.0}
    """
    out: dict[str, Any] = {}
    for opt in HYPERPARAMETERS:
        dest = _dest(opt)
        if not hasattr(args, dest):
            continue
        value = getattr(args, dest)
        if value is None:
            continue
        if opt.model != model:
            if other_ok:
                continue
            raise InvalidInputError(
                expected_got(
                    opt.flag,
                    f"an option of --model {model}",
                    value,
                    f"{opt.flag} sets the {opt.model}; drop it or pass --model {opt.model}.",
                )
            )
        out[opt.keyword] = None if value == _NONE else value
    return out
