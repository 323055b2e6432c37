"""Save and load a :class:`~stancekit.models.transformer.TransformerStanceClassifier`.

A folder holds ``stancekit.json`` (``model_type: "transformer"``, labels, temperature,
hyperparameters, library versions and the sha256 manifest) and safetensors weights:
with LoRA the adapter, the marker embeddings and the head (``adapter_config.json``,
``adapter_model.safetensors``; the base encoder is re-resolved and sha256-checked on
load), with full fine-tuning the whole model and its tokenizer.

Loading reads every listed file once, checks it against the manifest
(:mod:`stancekit.weights.integrity`), checks each value (:mod:`stancekit.models.validation`,
:mod:`stancekit.models.load_checks`) and builds the model from a private copy of exactly
the verified files; nothing is downloaded and no ``.bin`` file is read.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from stancekit._version import __version__
from stancekit.errors import MissingDependencyError, ModelLoadError, expected_got
from stancekit.labels import check_task, labels_for
from stancekit.models.load_checks import check_files, check_state_dict
from stancekit.models.transformer_build import (
    TARGET_MARKERS,
    load_base,
    load_tokenizer,
    quiet_transformers,
)
from stancekit.models.validation import check_transformer_config
from stancekit.weights.encoder import resolve_base_model, verify_sha256
from stancekit.weights.integrity import (
    CONFIG_NAME,
    MANIFEST_KEY,
    read_config,
    read_files,
    record_files,
    staged,
)

__all__ = ["FORMAT_VERSION", "load_transformer", "save_transformer"]

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
_LORA_FILES = ("adapter_config.json", "adapter_model.safetensors")
_FULL_FILES = ("config.json", "model.safetensors")


def _library_versions() -> dict[str, str]:
    import peft
    import torch
    import transformers

    return {
        "stancekit": __version__,
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "peft": peft.__version__,
        "python": platform.python_version(),
    }


def save_transformer(est: Any, path: str | Path) -> Path:
    """Write the fitted ``est`` to the folder ``path`` (created if needed); returns it."""
    est._check_fitted()
    out = Path(path)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".stancekit-save-", dir=out) as tmp:
        written = Path(tmp)
        with quiet_transformers():
            if est.finetune == "lora":
                peft_config = est.model_.peft_config["default"]
                peft_config.base_model_name_or_path = est.base_model
                est.model_.save_pretrained(written, safe_serialization=True)
                (written / "README.md").unlink(missing_ok=True)
            else:
                est.model_.save_pretrained(written, safe_serialization=True)
                est.tokenizer_.save_pretrained(written)
        names = sorted(f.name for f in written.iterdir() if f.is_file())
        manifest = record_files(written, names)
        for name in names:
            os.replace(written / name, out / name)
    hyper = {k: list(v) if isinstance(v, tuple) else v for k, v in est.get_params().items()}
    config = {
        "model_type": "transformer",
        "format_version": FORMAT_VERSION,
        "task": est.task,
        "labels": list(est.classes_),
        "temperature": est.temperature_,
        "seed": est.seed,
        "finetune": est.finetune,
        "target_markers": list(TARGET_MARKERS) if est.mark_target else None,
        "context": bool(getattr(est, "uses_context_", False)),
        "base_model": est.base_model,
        "base_model_sha256": est.base_model_sha256_,
        "hyperparameters": hyper,
        "eval_score": getattr(est, "eval_score_", None),
        "history": getattr(est, "history_", []),
        "n_train": getattr(est, "n_train_", None),
        "train_plan": getattr(est, "train_plan_", None),
        "train_seconds": getattr(est, "train_seconds_", None),
        "versions": _library_versions(),
        MANIFEST_KEY: manifest,
    }
    (out / CONFIG_NAME).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    logger.info("saved %s model to %s", est.finetune, out)
    return out


def load_transformer(
    cls: Any,
    path: str | Path,
    *,
    device: str,
    backend: str | None,
    quantize: bool | None,
    allow_unhashed: bool,
) -> Any:
    """Build a fitted ``cls`` from the folder ``path`` (see ``from_pretrained``)."""
    folder = Path(path)
    config_file = folder / CONFIG_NAME
    config = read_config(folder)
    if config.get("model_type") != "transformer":
        raise ModelLoadError(
            expected_got(
                f"model_type in {config_file}",
                "'transformer'",
                config.get("model_type"),
                "Load baseline models with BaselineStanceClassifier.from_pretrained.",
            )
        )
    names = cls._get_param_names()
    params = check_transformer_config(config, config_file, names, FORMAT_VERSION)
    if "lora_target_modules" in params:
        params["lora_target_modules"] = tuple(params["lora_target_modules"])
    params["device"] = device
    if backend is not None:
        params["backend"] = backend
    if quantize is not None:
        params["quantize"] = quantize
    est = cls(**params)
    est._check_params()
    task = check_task(est.task)
    required = _LORA_FILES if est.finetune == "lora" else _FULL_FILES
    files = read_files(folder, config, required, allow_unhashed=allow_unhashed)
    shapes = check_files(folder, files, params)
    torch_device = est._torch_device()
    with staged(files) as local:
        model = _load_checked(est, config, local, folder, shapes)
    est.model_ = model.to(torch_device).eval()
    est._runner_cache = None
    est.classes_ = np.array(labels_for(task))
    est.temperature_ = float(config["temperature"])
    est.uses_context_ = bool(config.get("context", False)) and bool(est.use_context)
    est.history_ = list(config.get("history", []))
    est.eval_score_ = config.get("eval_score")
    if config.get("n_train") is not None:
        est.n_train_ = int(config["n_train"])
    est.source_ = str(folder)
    return est


def _load_checked(
    est: Any,
    config: dict[str, Any],
    local: Path,
    folder: Path,
    shapes: dict[str, dict[str, tuple[int, ...]]],
) -> Any:
    """Build the model from the verified copy ``local``; library errors become ModelLoadError."""
    from peft import PeftModel, get_peft_model_state_dict

    task = check_task(est.task)
    weights = "adapter_model.safetensors" if est.finetune == "lora" else "model.safetensors"
    if est.finetune == "lora":
        est.base_model_path_ = resolve_base_model(est.base_model)
        expected = config.get("base_model_sha256")
        if expected and Path(est.base_model_path_).is_dir():
            verify_sha256(Path(est.base_model_path_) / "model.safetensors", expected)
        est.base_model_sha256_ = expected
        try:
            est.tokenizer_ = load_tokenizer(
                est.base_model_path_, mark_target=est.mark_target, local_only=True
            )
            base = load_base(est.base_model_path_, task, est.tokenizer_, local_only=True)
        except Exception as exc:  # any library error, typed with its cause
            raise ModelLoadError(
                expected_got(
                    f"base_model in {folder / CONFIG_NAME}",
                    "an encoder available locally with safetensors weights",
                    est.base_model,
                    f"Loading it failed ({type(exc).__name__}: {exc}). Nothing is "
                    "downloaded when a saved model is loaded: install or copy the base "
                    "model first.",
                )
            ) from exc
    try:
        if est.finetune == "lora":
            with quiet_transformers():
                model = PeftModel.from_pretrained(base, str(local), use_safetensors=True)
                state = get_peft_model_state_dict(model)
        else:
            est.base_model_path_ = str(folder)
            est.base_model_sha256_ = config.get("base_model_sha256")
            est.tokenizer_ = load_tokenizer(
                str(local), mark_target=est.mark_target, local_only=True
            )
            model = load_base(str(local), task, est.tokenizer_, local_only=True)
            state = model.state_dict()
    except (ModelLoadError, MissingDependencyError):
        raise
    except Exception as exc:  # a library's own error about a file that passed our checks
        raise ModelLoadError(
            f"{folder / weights}: expected weights that fit the model in {CONFIG_NAME}, "
            f"found an error while loading ({type(exc).__name__}: {exc}); a tensor is "
            "missing or has the wrong shape, or the files belong to another model. "
            "Re-save the model with save_pretrained."
        ) from exc
    check_state_dict(folder / weights, shapes[weights], state)
    return model
