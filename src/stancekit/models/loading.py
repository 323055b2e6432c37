"""Load any saved stancekit model folder, cached by the content of all its files.

:func:`load_model_dir` reads ``stancekit.json``, picks the class from ``model_type`` and
calls its ``from_pretrained`` (which verifies every file; see
:mod:`stancekit.models.integrity`). Loaded models are cached per process by the folder
and the size, mtime, ctime and inode of every file in it, so replacing or editing any
file (weights, configs) loads the model again.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
from pathlib import Path
from typing import Any

from stancekit.errors import ModelLoadError, expected_got
from stancekit.models.integrity import CONFIG_NAME, folder_fingerprint, read_config

__all__ = ["load_model_dir", "model_digest"]

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=8)
def _load(folder: str, fingerprint: tuple[Any, ...]) -> Any:
    config = read_config(folder)
    model_type = config.get("model_type")
    if model_type == "baseline":
        from stancekit.models.baseline import BaselineStanceClassifier

        return BaselineStanceClassifier.from_pretrained(folder)
    if model_type == "transformer":
        from stancekit.models.transformer import TransformerStanceClassifier

        return TransformerStanceClassifier.from_pretrained(folder)
    raise ModelLoadError(
        expected_got(
            f"model_type in {Path(folder) / CONFIG_NAME}",
            "'baseline' or 'transformer'",
            model_type,
            "The directory was not written by stancekit's save_pretrained().",
        )
    )


def load_model_dir(folder: str | Path) -> Any:
    """Load the model saved in ``folder``, from the cache while no file has changed.

    Returns:
        A fitted ``BaselineStanceClassifier`` or ``TransformerStanceClassifier``; treat it
        as read-only (it is shared by later calls).

    Raises:
        ModelLoadError: Not a stancekit model folder, or a corrupt one.
        ModelIntegrityError: A file differs from the one saved.

    Examples:
        >>> load_model_dir("/no/such/dir")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        stancekit.errors.ModelLoadError: path: expected a directory with stancekit.json...
    """
    resolved = str(Path(folder).resolve())
    return _load(resolved, folder_fingerprint(resolved))


def model_digest(model: str | os.PathLike[str] | None, task: str) -> dict[str, str]:
    """The identity of a saved model: its folder and the sha256 of its ``stancekit.json``.

    ``stancekit.json`` lists the size and sha256 of every model file and loading checks
    each file against it, so this one small hash names the whole content without
    hashing the weights again. ``None`` or ``"default"`` is the packaged default model.

    Raises:
        ModelLoadError: No ``stancekit.json`` in the folder, or it cannot be read.

    Examples:
        >>> model_digest(None, "stance")["path"]
        'default'
    """
    if model is None or model == "default":
        from stancekit.models.defaults import default_model_dir

        folder, name = default_model_dir(task), "default"
    else:
        folder = Path(model).resolve()
        name = str(folder)
    path = folder / CONFIG_NAME
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelLoadError(
            expected_got(
                "model",
                f"a directory containing a readable {CONFIG_NAME} (written by save_pretrained)",
                str(model),
                f"Reading {path} failed: {exc.strerror or exc}.",
            )
        ) from None
    return {"path": name, "sha256": hashlib.sha256(data).hexdigest()}
