"""Load any saved stancekit model folder, cached by the content of all its files.

:func:`load_model_dir` reads ``stancekit.json``, picks the class from ``model_type`` and
calls its ``from_pretrained`` (which verifies every file; see
:mod:`stancekit.models.integrity`). Loaded models are cached per process by the folder
and the size, mtime, ctime and inode of every file in it, so replacing or editing any
file (weights, configs) loads the model again.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

from stancekit.errors import ModelLoadError, expected_got
from stancekit.models.integrity import CONFIG_NAME, folder_fingerprint, read_config

__all__ = ["load_model_dir"]

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
