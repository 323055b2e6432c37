"""Inference back-ends for a fine-tuned classifier: torch, int8 torch, ONNX Runtime.

- ``torch``: the model as trained, with any LoRA adapter merged into a copy.
- ``torch`` + ``quantize``: adapters merged, the query/key/value and feed-forward input
  ``nn.Linear`` layers replaced by dynamic int8 ones with per-channel weight scales
  (``torch.ao.quantization.quantize_dynamic``).
- ``onnx``: adapters merged, exported with ``torch.onnx.export(dynamo=True)`` (needs the
  ``onnx`` and ``onnxscript`` packages) and run by ONNX Runtime; with ``quantize`` the
  graph's weights are int8 (``onnxruntime.quantization.quantize_dynamic``).

Each runner maps a padded batch (``input_ids``, ``attention_mask`` and maybe
``token_type_ids`` as torch tensors) to float logits as a NumPy array. Only
:mod:`stancekit.models.transformer` imports this module.
"""

from __future__ import annotations

import contextlib
import copy
import io
import logging
import tempfile
import warnings
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import torch
from numpy.typing import NDArray

from stancekit.errors import InvalidInputError, expected_got, missing_dependency

__all__ = ["BACKENDS", "OnnxRunner", "Runner", "TorchRunner", "build_runner"]

logger = logging.getLogger(__name__)

BACKENDS = ("torch", "onnx")


class Runner(Protocol):
    """Maps one padded batch to logits of shape (batch, n_labels)."""

    def __call__(self, inputs: dict[str, torch.Tensor]) -> NDArray[np.float32]:
        """Return the logits of one padded batch."""
        ...


class TorchRunner:
    """Runs a torch module under ``torch.inference_mode()``."""

    def __init__(self, module: torch.nn.Module) -> None:
        self.module = module

    def __call__(self, inputs: dict[str, torch.Tensor]) -> NDArray[np.float32]:
        """Return the logits of one padded batch."""
        device = next(self.module.parameters(), torch.empty(0)).device
        with torch.inference_mode():
            logits = self.module(**{k: v.to(device) for k, v in inputs.items()}).logits
        return logits.float().cpu().numpy()  # type: ignore[no-any-return]


class OnnxRunner:
    """Runs an exported graph with ONNX Runtime on the CPU."""

    def __init__(self, model_bytes: bytes, input_names: list[str]) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = torch.get_num_threads()
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            model_bytes, sess_options=options, providers=["CPUExecutionProvider"]
        )
        self.input_names = input_names

    def __call__(self, inputs: dict[str, torch.Tensor]) -> NDArray[np.float32]:
        """Return the logits of one padded batch."""
        feed = {name: inputs[name].cpu().numpy() for name in self.input_names}
        return np.asarray(self.session.run(["logits"], feed)[0], dtype=np.float32)


class _LogitsOnly(torch.nn.Module):
    def __init__(self, model: torch.nn.Module, names: list[str]) -> None:
        super().__init__()
        self.model = model
        self.names = names

    def forward(self, *args: torch.Tensor) -> torch.Tensor:
        return self.model(**dict(zip(self.names, args, strict=True))).logits  # type: ignore[no-any-return]


def merged_copy(model: torch.nn.Module, device: str | None = "cpu") -> torch.nn.Module:
    """A copy of ``model`` (on ``device``; None keeps it) with any LoRA adapter merged."""
    clone: Any = copy.deepcopy(model).eval()
    if device is not None:
        clone = clone.to(device)
    if hasattr(clone, "merge_and_unload"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            clone = clone.merge_and_unload()
    return clone  # type: ignore[no-any-return]


# Linear layers kept in float32 when quantising: the head, the pooler and the output
# projections (``*.output.dense``), whose inputs (attention mix, post-GELU activations)
# have outliers that int8 handles badly. Measured on NewsMTSC dev-rw with the default
# sentiment model: quantising every linear layer cost 2-3 macro-F1 points, this set ~1.
_KEEP_FLOAT = ("classifier", "pooler", "output.dense")


def _quantize_torch(model: torch.nn.Module) -> torch.nn.Module:
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    spec = {
        name: per_channel_dynamic_qconfig
        for name, module in model.named_modules()
        if isinstance(module, torch.nn.Linear) and not any(k in name for k in _KEEP_FLOAT)
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao quantization is deprecated, still works
        return quantize_dynamic(model, spec, dtype=torch.qint8)  # type: ignore[no-any-return,no-untyped-call]


def _export_onnx(model: torch.nn.Module, names: list[str], quantize: bool) -> OnnxRunner:
    for package in ("onnx", "onnxscript", "onnxruntime"):
        try:
            __import__(package)
        except ImportError:
            raise missing_dependency(package, "onnx") from None
    wrapper = _LogitsOnly(model, names).eval()
    example = tuple(torch.ones((2, 8), dtype=torch.long) for _ in names)
    batch, seq = torch.export.Dim("batch"), torch.export.Dim("seq")
    dynamic = (tuple({0: batch, 1: seq} for _ in names),)  # one entry: the *args tuple
    with (
        tempfile.TemporaryDirectory(prefix="stancekit-onnx-") as tmp,
        warnings.catch_warnings(),
        contextlib.redirect_stdout(io.StringIO()),
    ):
        warnings.simplefilter("ignore")
        path = Path(tmp) / "model.onnx"
        torch.onnx.export(
            wrapper,
            example,
            str(path),
            input_names=names,
            output_names=["logits"],
            dynamic_shapes=dynamic,
            dynamo=True,
            external_data=False,
            verbose=False,
        )
        if quantize:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            quantized = Path(tmp) / "model.int8.onnx"
            quantize_dynamic(
                str(path), str(quantized), weight_type=QuantType.QInt8, per_channel=True
            )
            path = quantized
        data = path.read_bytes()
    logger.info("exported the model to ONNX (%.1f MB, int8=%s)", len(data) / 1e6, quantize)
    return OnnxRunner(data, names)


def build_runner(
    model: torch.nn.Module, backend: str, quantize: bool, input_names: list[str]
) -> Runner:
    """Build the inference runner for ``backend`` (``"torch"`` or ``"onnx"``).

    Args:
        model: The fine-tuned model (plain or peft-wrapped), in eval mode.
        backend: ``"torch"`` or ``"onnx"``.
        quantize: Use int8 weights for the linear layers.
        input_names: The model inputs every batch carries, in order.

    Returns:
        A callable from a padded batch to logits.

    Raises:
        InvalidInputError: Unknown backend.
        MissingDependencyError: ``onnx``/``onnxscript``/``onnxruntime`` missing for ONNX.

    Examples:
        >>> lin = torch.nn.Linear(2, 3)
        >>> build_runner(lin, "torch", False, ["x"]).module is lin
        True
    """
    if backend not in BACKENDS:
        raise InvalidInputError(expected_got("backend", "'torch' or 'onnx'", backend))
    if backend == "torch" and not quantize:
        # Merging the adapter into a copy doubles CPU throughput (measured 68 -> 152
        # pairs/s); the outputs are the same up to float rounding.
        if hasattr(model, "merge_and_unload"):
            return TorchRunner(merged_copy(model, device=None))
        return TorchRunner(model)
    merged = merged_copy(model)
    if backend == "torch":
        return TorchRunner(_quantize_torch(merged))
    return _export_onnx(merged, input_names, quantize)
