"""What the results of a corpus run depend on, and how two runs differ.

The manifest of an output folder records, besides the settings: the content hash of
every input (sha256 of the bytes; of every file of a saved ``datasets`` folder), the
content hash of each model (the sha256 of its ``stancekit.json``, which itself lists the
sha256 of every model file and is checked file by file when the model loads, so the
weights are not hashed again here), and the versions of the packages that make the
bytes (stancekit, torch, transformers, pyarrow, numpy; onnxruntime for ONNX back-ends).
A resume whose record differs is refused with one line per difference.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import metadata
from typing import Any

from stancekit.data.corpus_inputs import content_sha256

__all__ = ["content_sha256", "differences", "versions"]

_PACKAGES = ("stancekit", "torch", "transformers", "peft", "pyarrow", "numpy")


def versions(backend: str | None) -> dict[str, str | None]:
    """Versions of the packages whose code makes the output bytes (``None``: absent)."""
    names = [*_PACKAGES, "onnxruntime"] if backend and backend.startswith("onnx") else _PACKAGES
    out: dict[str, str | None] = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def _short(value: Any) -> str:
    text = repr(value)
    if isinstance(value, str) and len(value) == 64:  # a sha256
        text = repr(value[:12] + "...")
    return text if len(text) <= 70 else text[:67] + "..."


def _walk(old: Any, new: Any, where: str, out: list[str]) -> None:
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        for key in list(dict.fromkeys([*old, *new])):
            _walk(old.get(key), new.get(key), f"{where}.{key}" if where else str(key), out)
        return
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            _walk(a, b, f"{where}[{i}]", out)
        return
    if old != new:
        out.append(f"{where}: {_short(old)} -> {_short(new)}")


_HINTS = {
    "models": "the model folder was retrained or replaced",
    "inputs": "an input file was added, removed or edited",
    "versions": "another version of a package that computes the results",
    "settings": "another option",
    "format": "the folder was written by another stancekit version",
}


def differences(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """One line per value that differs between two manifests (ignoring progress keys).

    Examples:
        >>> differences({"settings": {"batch_size": 1024}}, {"settings": {"batch_size": 64}})
        ['settings.batch_size: 1024 -> 64 (another option)']
    """
    out: list[str] = []
    for key in new:
        before = len(out)
        if key in ("inputs",) and isinstance(old.get(key), list):
            olds = {i.get("path"): i for i in old[key] if isinstance(i, Mapping)}
            news = {i.get("path"): i for i in new[key] if isinstance(i, Mapping)}
            for path in dict.fromkeys([*olds, *news]):
                if path not in news:
                    out.append(f"inputs: {path} is no longer given")
                elif path not in olds:
                    out.append(f"inputs: {path} is new")
                else:
                    _walk(olds[path], news[path], f"inputs[{path}]", out)
        else:
            _walk(old.get(key), new[key], key, out)
        hint = _HINTS.get(key)
        if hint:
            out[before:] = [f"{line} ({hint})" for line in out[before:]]
    return out
