"""The one owner of a saved model folder: which class reads it, cached loading, re-saving.

A folder written by ``save_pretrained`` holds ``stancekit.json`` (:data:`CONFIG_NAME`),
whose ``model_type`` names the class that reads it (:data:`MODEL_TYPES`). Everything that
opens a folder without knowing its class goes through here:

- :func:`model_class`: ``model_type`` -> the classifier class (the one dispatch);
- :func:`load_model_dir`: load a folder, cached per process by the folder and the size,
  mtime, ctime and inode of every file in it, so replacing or editing any file (weights,
  configs) loads the model again;
- :func:`load_model`: a folder or ``"default"`` (the packaged model for a task);
- :func:`resave`: add the sha256 manifest to a trusted folder saved by an older stancekit
  (the ``stancekit resave-model`` command).

Each class's ``from_pretrained`` verifies every file (see
:mod:`stancekit.weights.integrity`).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stancekit.errors import ModelLoadError, UnverifiedModelWarning, expected_got
from stancekit.weights.integrity import CONFIG_NAME, folder_fingerprint, read_config

if TYPE_CHECKING:
    from stancekit.models.baseline import BaselineStanceClassifier
    from stancekit.models.transformer import TransformerStanceClassifier

__all__ = [
    "CONFIG_NAME",
    "MODEL_TYPES",
    "load_model",
    "load_model_dir",
    "model_class",
    "model_digest",
    "resave",
]

logger = logging.getLogger(__name__)

#: The ``model_type`` values of ``stancekit.json`` and the class that reads each.
MODEL_TYPES = ("baseline", "transformer")


def model_class(
    model_type: object, folder: str | Path
) -> type[BaselineStanceClassifier] | type[TransformerStanceClassifier]:
    """Return the classifier class that reads a folder of ``model_type``.

    Args:
        model_type: ``model_type`` from the folder's ``stancekit.json``.
        folder: The folder (for the message).

    Raises:
        ModelLoadError: ``model_type`` is not one of :data:`MODEL_TYPES`.

    Examples:
        >>> model_class("baseline", "runs/b").__name__
        'BaselineStanceClassifier'
        >>> model_class("svm", "runs/b")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        stancekit.errors.ModelLoadError: model_type in runs/b/stancekit.json: expected ...
    """
    if model_type == "baseline":
        from stancekit.models.baseline import BaselineStanceClassifier

        return BaselineStanceClassifier
    if model_type == "transformer":
        from stancekit.models.transformer import TransformerStanceClassifier

        return TransformerStanceClassifier
    raise ModelLoadError(
        expected_got(
            f"model_type in {Path(folder) / CONFIG_NAME}",
            "'baseline' or 'transformer'",
            model_type,
            "The directory was not written by stancekit's save_pretrained().",
        )
    )


@functools.lru_cache(maxsize=8)
def _load(folder: str, fingerprint: tuple[Any, ...]) -> Any:
    return model_class(read_config(folder).get("model_type"), folder).from_pretrained(folder)


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


def load_model(spec: str | Path, task: str) -> Any:
    """Load a saved model folder (cached, see :func:`load_model_dir`) or a shipped model.

    Args:
        spec: A folder written by ``save_pretrained``, or ``"default"`` / ``"fast"`` for
            the packaged model of ``task``, or ``"accurate"`` for the accurate stance model
            (its base installed by ``stancekit download accurate``).
        task: The task the default model must do (``"stance"`` or ``"sentiment"``).

    Returns:
        The fitted model; treat it as read-only (it is shared by later calls).

    Raises:
        ModelLoadError: Not a stancekit model folder, an unknown ``model_type``, or a
            corrupt folder.

    Examples:
        >>> load_model("runs/baseline-vast", "stance")  # doctest: +SKIP
    """
    if str(spec) in ("default", "fast", "accurate"):
        from stancekit.models.defaults import load_default_model

        variant = "accurate" if str(spec) == "accurate" else "fast"
        return load_default_model(task, variant=variant)
    return load_model_dir(spec)


def resave(folder: str | Path) -> Path:
    """Load a trusted model folder without a manifest and save it again, adding one.

    The weights and settings are kept; ``versions`` in ``stancekit.json`` becomes the
    current environment's.

    Returns:
        The folder.

    Raises:
        ModelLoadError: Not a stancekit model folder, or a file is corrupt.

    Examples:
        >>> resave("src/stancekit/default_models/stance")  # doctest: +SKIP
    """
    src = Path(folder)
    config = read_config(src)
    kind = config.get("model_type")
    cls: Any = model_class(kind, src)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnverifiedModelWarning)
        if kind != "transformer":
            return Path(cls.from_pretrained(src, allow_unhashed=True).save_pretrained(src))
        hyper = config.get("hyperparameters")
        device = hyper.get("device", "auto") if isinstance(hyper, dict) else "auto"
        model = cls.from_pretrained(src, device="cpu", allow_unhashed=True)
        model.device = device if device in ("auto", "cpu", "cuda") else "auto"
        return Path(model.save_pretrained(src))


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
