"""Saving and loading a span tagger's folder, and building its encoder.

A folder holds ``adapter_model.safetensors`` and ``adapter_config.json`` (peft's LoRA
adapters and the tag head) and ``stancekit.json`` (``model_type`` ``"span_tagger"``, the
labels, the parameters, the base encoder's sha256, the training history and notes, and the
sha256 of every file). Loading reads only the listed files, checks their hashes
(:mod:`stancekit.weights.integrity`) and never unpickles anything; torch, transformers
and peft are imported only here and only when called.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from stancekit._version import __version__
from stancekit.errors import MissingDependencyError, ModelLoadError, expected_got
from stancekit.segmentation.tagger_data import LABELS
from stancekit.weights.encoder import quiet_transformers, resolve_base_model, verify_sha256
from stancekit.weights.integrity import CONFIG_NAME, read_config, read_files, record_files, staged

__all__ = ["MODEL_TYPE", "encoder_with_head", "load_tagger", "save_tagger"]

MODEL_TYPE = "span_tagger"
_ADAPTER = "adapter_model.safetensors"
_ADAPTER_CONFIG = "adapter_config.json"


def encoder_with_head(path: str) -> tuple[Any, Any]:
    """The tokenizer of the local encoder at ``path``, and the encoder with a fresh tag head."""
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    with quiet_transformers():
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModelForTokenClassification.from_pretrained(
            path,
            num_labels=len(LABELS),
            id2label=dict(enumerate(LABELS)),
            label2id={lab: i for i, lab in enumerate(LABELS)},
            use_safetensors=True,
            local_files_only=True,
        )
    return tokenizer, model


def save_tagger(est: Any, directory: str | Path, notes: Mapping[str, Any] | None = None) -> Path:
    """Write the adapter, its config and ``stancekit.json`` (with sha256 of each file).

    Args:
        est: A fitted :class:`~stancekit.segmentation.tagger.SpanTagger`.
        directory: Created if missing.
        notes: Extra JSON-serialisable facts for the config (training data, scores).

    Returns:
        The folder.
    """
    est._check_fitted()
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    peft_config = est.model_.peft_config["default"]
    peft_config.base_model_name_or_path = est.base_model
    with quiet_transformers():
        est.model_.save_pretrained(str(folder), safe_serialization=True)
    (folder / "README.md").unlink(missing_ok=True)  # peft's empty card template
    params = est.get_params()
    params.pop("device")
    config = {
        "model_type": MODEL_TYPE,
        "stancekit_version": __version__,
        "labels": list(LABELS),
        "params": params,
        "base_model_sha256": getattr(est, "base_model_sha256_", None),
        "history": getattr(est, "history_", []),
        "best_epoch": getattr(est, "best_epoch_", None),
        "notes": dict(notes or {}),
        "files": record_files(folder, [_ADAPTER, _ADAPTER_CONFIG]),
    }
    (folder / CONFIG_NAME).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    return folder


def load_tagger(cls: Any, directory: str | Path, device: str = "cpu") -> Any:
    """Load a tagger of class ``cls`` saved by :func:`save_tagger`, verifying every file's sha256.

    Args:
        cls: The tagger class to build (``SpanTagger``).
        directory: The folder.
        device: Where the model runs.

    Raises:
        ModelLoadError: Not a span-tagger folder, a file missing, or weights that do
            not fit.
        ModelIntegrityError: A file changed since it was saved, or the base encoder is not
            the one the tagger was trained on.
        MissingDependencyError: The base encoder's package is not installed.
    """
    from peft import PeftModel

    folder = Path(directory)
    config = read_config(folder)
    if config.get("model_type") != MODEL_TYPE or config.get("labels") != list(LABELS):
        raise ModelLoadError(
            expected_got(
                f"{folder / CONFIG_NAME}",
                f"a span tagger (model_type {MODEL_TYPE!r}, labels {list(LABELS)})",
                {"model_type": config.get("model_type"), "labels": config.get("labels")},
                "Load stance models with stancekit.load_model; taggers with this method.",
            )
        )
    files = read_files(folder, config, [_ADAPTER, _ADAPTER_CONFIG])
    params = dict(config.get("params") or {})
    try:
        est = cls(**params, device=device)
    except TypeError as exc:
        raise ModelLoadError(f"{folder / CONFIG_NAME}: unknown params ({exc}).") from None
    est._check_params()
    est.base_model_path_ = resolve_base_model(est.base_model)
    expected = config.get("base_model_sha256")
    if expected and Path(est.base_model_path_).is_dir():
        verify_sha256(Path(est.base_model_path_) / "model.safetensors", expected)
    est.base_model_sha256_ = expected
    try:
        est.tokenizer_, base = encoder_with_head(est.base_model_path_)
        with quiet_transformers(), staged(files) as local:
            est.model_ = PeftModel.from_pretrained(base, str(local), use_safetensors=True)
    except (ModelLoadError, MissingDependencyError):
        raise
    except Exception as exc:  # a library error on files that passed the checks
        raise ModelLoadError(
            f"{folder / _ADAPTER}: expected a span tagger's adapter, found an error while "
            f"loading ({type(exc).__name__}: {exc})."
        ) from exc
    est.model_.to(device).eval()
    est._merged = None
    est.history_ = list(config.get("history") or [])
    est.best_epoch_ = int(config.get("best_epoch") or 0)
    return est
