"""Save and load a :class:`~stancekit.models.baseline.BaselineStanceClassifier` without pickle.

A folder holds ``stancekit.json`` (``model_type: "baseline"``, task, labels,
hyperparameters, temperature, library versions and the sha256 manifest),
``vocabulary.json`` (the terms of each feature block in column order) and ``arrays.npz``
(idf weights, coefficients, intercepts, dense-cue scaling). Loading checks every file
against the manifest (:mod:`stancekit.weights.integrity`) and every value for type and
shape (:mod:`stancekit.models.validation`); nothing is unpickled.
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from stancekit.errors import ModelLoadError, expected_got
from stancekit.labels import labels_for
from stancekit.models.baseline_features import N_DENSE
from stancekit.models.validation import check_baseline_config, check_vocabulary
from stancekit.models.weight_files import read_baseline_arrays
from stancekit.weights.integrity import (
    CONFIG_NAME,
    MANIFEST_KEY,
    json_object,
    read_config,
    read_files,
    record_files,
)

__all__ = ["FORMAT_VERSION", "load_baseline", "save_baseline"]

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
_VOCAB_NAME = "vocabulary.json"
_ARRAYS_NAME = "arrays.npz"


def save_baseline(est: Any, directory: str | Path) -> Path:
    """Write the fitted ``est`` to ``directory`` (created if needed); returns it."""
    est._check_fitted()
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    vocab: dict[str, list[str]] = {}
    arrays: dict[str, NDArray[Any]] = {
        "coef": est.coef_,
        "intercept": est.intercept_,
        "present": est.present_,
        "dense_mean": est.dense_mean_,
        "dense_scale": est.dense_scale_,
    }
    for block, vec in est.vectorizers_.items():
        terms = [""] * len(vec.vocabulary_)
        for term, i in vec.vocabulary_.items():
            terms[i] = term
        vocab[block] = terms
        arrays[f"idf__{block}"] = vec.idf_
    params = {k: list(v) if isinstance(v, tuple) else v for k, v in est.get_params().items()}
    config = {
        "model_type": "baseline",
        "format_version": FORMAT_VERSION,
        "task": est.task,
        "labels": [str(c) for c in est.classes_],
        "params": params,
        "blocks": list(est.vectorizers_),
        "temperature": est.temperature_,
        "n_train": est.n_train_,
        "target_copies": est.target_copies_,
        "versions": {
            pkg: _version(pkg)
            for pkg in ("stancekit", "scikit-learn", "numpy", "scipy", "vaderSentiment")
        },
    }
    (out / _VOCAB_NAME).write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    np.savez_compressed(out / _ARRAYS_NAME, **arrays)  # type: ignore[arg-type]
    config[MANIFEST_KEY] = record_files(out, [_VOCAB_NAME, _ARRAYS_NAME])
    (out / CONFIG_NAME).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    logger.info("saved baseline to %s", out)
    return out


def load_baseline(cls: Any, directory: str | Path, *, allow_unhashed: bool) -> Any:
    """Build a fitted ``cls`` from ``directory`` (see ``from_pretrained``)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    src = Path(directory)
    config = read_config(src)
    if config.get("model_type") != "baseline":
        raise ModelLoadError(
            expected_got(
                f"model_type in {src / CONFIG_NAME}", "'baseline'", config.get("model_type")
            )
        )
    params = check_baseline_config(
        config, src / CONFIG_NAME, cls._get_param_names(), FORMAT_VERSION
    )
    files = read_files(src, config, [_VOCAB_NAME, _ARRAYS_NAME], allow_unhashed=allow_unhashed)
    vocab = json_object(files[_VOCAB_NAME], src / _VOCAB_NAME)
    model = cls(**params)
    specs = model._block_specs()
    if config["blocks"] != list(specs):
        raise ModelLoadError(
            expected_got(
                f"blocks in {src / CONFIG_NAME}",
                f"{list(specs)} (the feature blocks of these params)",
                config["blocks"],
            )
        )
    check_vocabulary(vocab, src / _VOCAB_NAME, config["blocks"])
    arrays = read_baseline_arrays(files[_ARRAYS_NAME], src / _ARRAYS_NAME, vocab, config, N_DENSE)
    model.vectorizers_ = {}
    for block in config["blocks"]:
        terms = vocab[block]
        vec = TfidfVectorizer(**{**specs[block], "vocabulary": {t: i for i, t in enumerate(terms)}})
        vec.idf_ = arrays[f"idf__{block}"]
        model.vectorizers_[block] = vec
    model.coef_ = arrays["coef"].astype(np.float64)
    model.intercept_ = arrays["intercept"].astype(np.float64)
    model.present_ = arrays["present"].astype(np.int64)
    model.dense_mean_ = arrays["dense_mean"].astype(np.float64)
    model.dense_scale_ = arrays["dense_scale"].astype(np.float64)
    model.classes_ = np.asarray(labels_for(model.task), dtype=object)
    model.temperature_ = float(config["temperature"])
    model.n_train_ = int(config["n_train"])
    model.target_copies_ = [str(k) for k in config["target_copies"]]
    model.source_ = str(src)
    return model


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None
