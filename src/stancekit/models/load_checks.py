"""The checks a transformer folder's files go through before and after loading.

Before: each JSON file must be a UTF-8 JSON object, each ``*.safetensors`` file must
have a sound header and finite weights, and a LoRA ``adapter_config.json`` must agree
with ``stancekit.json``. After: the tensors in the weight file must be exactly the ones
the built model expects, with the same shapes (a missing or extra tensor would otherwise
be left at random initialisation or ignored, silently).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from stancekit.errors import ModelLoadError, expected_got
from stancekit.models.validation import check_adapter_config
from stancekit.models.weight_files import check_safetensors
from stancekit.weights.integrity import json_object

__all__ = ["check_files", "check_state_dict"]


def check_files(
    folder: Path, files: Mapping[str, bytes], hyper: Mapping[str, Any]
) -> dict[str, dict[str, tuple[int, ...]]]:
    """Check the verified files of a transformer folder.

    Args:
        folder: The folder (for messages).
        files: File name -> bytes (from :func:`stancekit.weights.integrity.read_files`).
        hyper: The checked hyperparameters of ``stancekit.json``.

    Returns:
        For each safetensors file, tensor name -> shape.

    Raises:
        ModelLoadError: Naming the file, what was expected and what was found.
    """
    shapes: dict[str, dict[str, tuple[int, ...]]] = {}
    for name, data in files.items():
        if name.endswith(".json"):
            parsed = json_object(data, folder / name)
            if name == "adapter_config.json":
                check_adapter_config(parsed, folder / name, hyper)
        elif name.endswith(".safetensors"):
            shapes[name] = check_safetensors(data, folder / name)
    return shapes


def check_state_dict(
    path: Path, saved: Mapping[str, tuple[int, ...]], state: Mapping[str, Any]
) -> None:
    """Check that the tensors saved in ``path`` are exactly the model's, shape for shape.

    Args:
        path: The weight file (for messages).
        saved: Tensor name -> shape, from the file's header.
        state: The loaded model's state dict (adapter weights for LoRA).

    Raises:
        ModelLoadError: A tensor missing from the file, an unexpected one, or a shape
            that differs.
    """
    expected = {k: tuple(v.shape) for k, v in state.items()}
    missing = sorted(set(expected) - set(saved))
    extra = sorted(set(saved) - set(expected))
    if missing or extra:
        raise ModelLoadError(
            expected_got(
                f"the tensors in {path}",
                f"the {len(expected)} tensors of the model",
                f"missing {missing[:5]}, unexpected {extra[:5]}",
                "The weights belong to another model or are incomplete; save the model again.",
            )
        )
    wrong = [(k, saved[k], expected[k]) for k in sorted(saved) if saved[k] != expected[k]]
    if wrong:
        name, got, want = wrong[0]
        raise ModelLoadError(
            expected_got(f"the shape of tensor {name!r} in {path}", str(want), got)
        )
