"""Parse and check the weight files of a saved model: safetensors and ``arrays.npz``.

A file that passed its sha256 check (:mod:`stancekit.weights.integrity`) is still parsed
defensively here, and every failure is a :class:`~stancekit.errors.ModelLoadError`
naming the file, what was expected and what was found:

- ``*.safetensors``: the header (length, JSON, dtypes, shapes and offsets inside the file)
  and every float tensor finite;
- the baseline's ``arrays.npz``: a readable archive (never with pickle), every array
  present with the dtype and shape the vocabulary implies, finite.

NumPy and the standard library only.
"""

from __future__ import annotations

import io
import json
import math
import struct
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from stancekit.errors import ModelLoadError, expected_got
from stancekit.labels import labels_for

__all__ = ["check_safetensors", "read_baseline_arrays"]

_FIX = "Re-save the model with save_pretrained, or correct the value by hand."


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _fail(where: str, expected: str, got: Any, fix: str = _FIX) -> ModelLoadError:
    return ModelLoadError(expected_got(where, expected, got, fix))


_ST_DTYPES = {
    "F64": "<f8",
    "F32": "<f4",
    "F16": "<f2",
    "BF16": "<u2",
    "I64": "<i8",
    "I32": "<i4",
    "I16": "<i2",
    "I8": "i1",
    "U8": "u1",
    "BOOL": "?",
}


def check_safetensors(data: bytes, path: Path) -> dict[str, tuple[int, ...]]:
    """Check a safetensors file's header and that its float tensors are finite.

    Returns:
        Tensor name -> shape.

    Raises:
        ModelLoadError: Empty or truncated file, a broken header, offsets outside the
            file, an unknown dtype, or a tensor with NaN/inf values.

    Examples:
        >>> check_safetensors(b"", Path("w.safetensors"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        stancekit.errors.ModelLoadError: w.safetensors: expected a safetensors file ...
    """
    where = f"{path}: expected a safetensors file"
    if len(data) < 8:
        raise ModelLoadError(
            f"{where} (an 8-byte header length, a JSON header, the tensors), found "
            f"{len(data)} bytes. The file is empty or truncated; restore it or save again."
        )
    (n,) = struct.unpack("<Q", data[:8])
    if n > len(data) - 8:
        raise ModelLoadError(
            f"{where}, found a header length of {n} bytes in a file of {len(data)} bytes. "
            "The file is truncated or not safetensors; restore it or save again."
        )
    try:
        header = json.loads(data[8 : 8 + n].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelLoadError(f"{where}, found an unreadable header ({exc}).") from None
    if not isinstance(header, dict):
        raise ModelLoadError(f"{where}, found a header that is not a JSON object.")
    body = memoryview(data)[8 + n :]
    shapes: dict[str, tuple[int, ...]] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        ok = (
            isinstance(info, dict)
            and info.get("dtype") in _ST_DTYPES
            and isinstance(info.get("shape"), list)
            and all(_is_int(d) and d >= 0 for d in info["shape"])
            and isinstance(info.get("data_offsets"), list)
            and len(info["data_offsets"]) == 2
            and all(_is_int(o) for o in info["data_offsets"])
        )
        if not ok:
            raise ModelLoadError(f"{where}, found a malformed entry for tensor {name!r}: {info}")
        start, end = info["data_offsets"]
        dtype = np.dtype(_ST_DTYPES[info["dtype"]])
        count = math.prod(info["shape"])
        if not 0 <= start <= end <= len(body) or end - start != count * dtype.itemsize:
            raise ModelLoadError(
                f"{where}, found tensor {name!r} ({info['dtype']} {info['shape']}) at bytes "
                f"{start}-{end} of a {len(body)}-byte data section. The file is truncated "
                "or corrupted; restore it or save again."
            )
        if dtype.kind in "fu" and info["dtype"] in ("F64", "F32", "F16", "BF16"):
            values = np.frombuffer(body, dtype=dtype, count=count, offset=start)
            if info["dtype"] == "BF16":
                values = (values.astype(np.uint32) << 16).view(np.float32)
            bad = int(count - np.isfinite(values).sum())
            if bad:
                raise ModelLoadError(
                    f"{path}: expected finite weights, found {bad} NaN/inf values in tensor "
                    f"{name!r}. The file is corrupted; restore it or re-train."
                )
        shapes[name] = tuple(info["shape"])
    return shapes


def read_baseline_arrays(
    data: bytes,
    path: Path,
    vocab: Mapping[str, list[str]],
    config: Mapping[str, Any],
    n_dense: int,
) -> dict[str, NDArray[Any]]:
    """Read ``arrays.npz`` (never with pickle) and check each array's dtype and shape.

    Args:
        data: The file's bytes.
        path: The file (for messages).
        vocab: The checked vocabulary (sizes give the expected shapes).
        config: The checked ``stancekit.json``.
        n_dense: The number of dense cue features.

    Returns:
        Array name -> array.

    Raises:
        ModelLoadError: Not a readable archive (truncated, corrupted), an array missing,
            of the wrong dtype or shape, or not finite.
    """
    blocks: list[str] = list(config["blocks"])
    arrays: dict[str, NDArray[Any]] = {}
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            for key in npz.files:
                arrays[key] = np.asarray(npz[key])
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, KeyError) as exc:
        raise ModelLoadError(
            f"{path}: expected a NumPy .npz archive of numeric arrays, found an unreadable "
            f"file ({type(exc).__name__}: {exc}). It is truncated or corrupted; restore it "
            "or save the model again."
        ) from None
    sizes = {b: len(vocab[b]) for b in blocks}
    text_width = sum(n for b, n in sizes.items() if b.startswith("text"))
    n_features = sum(sizes.values()) + n_dense + len(config["target_copies"]) * text_width
    present = arrays.get("present")
    n_present = len(present) if isinstance(present, np.ndarray) and present.ndim == 1 else -1
    expected: dict[str, tuple[str, tuple[int, ...]]] = {
        "present": ("iu", (n_present,)),
        "coef": ("f", (n_present, n_features)),
        "intercept": ("f", (n_present,)),
        "dense_mean": ("f", (n_dense,)),
        "dense_scale": ("f", (n_dense,)),
        **{f"idf__{b}": ("f", (sizes[b],)) for b in blocks},
    }
    for key, (kinds, shape) in expected.items():
        arr = arrays.get(key)
        if arr is None:
            raise _fail(
                f"array {key!r} in {path}",
                f"an array of shape {shape}",
                f"only {sorted(arrays)}",
                "The file is incomplete; save the model again.",
            )
        if arr.dtype.kind not in kinds or arr.shape != shape:
            raise _fail(
                f"array {key!r} in {path}",
                f"{'integer' if kinds == 'iu' else 'float'} values of shape {shape}",
                f"{arr.dtype} values of shape {arr.shape}",
                "The file does not match vocabulary.json / stancekit.json; save the model again.",
            )
        if arr.dtype.kind == "f" and not np.isfinite(arr).all():
            raise _fail(f"array {key!r} in {path}", "finite values", "NaN or inf values")
    present = arrays["present"]
    n_labels = len(labels_for(config["task"]))
    if (
        len(present) < 2
        or list(present) != sorted(set(present.tolist()))
        or not (present.min() >= 0 and present.max() < n_labels)
    ):
        raise _fail(
            f"array 'present' in {path}",
            f"at least two distinct sorted class ids in 0..{n_labels - 1}",
            present.tolist(),
        )
    if not (arrays["dense_scale"] > 0).all():
        raise _fail(f"array 'dense_scale' in {path}", "values > 0", arrays["dense_scale"].tolist())
    return arrays
