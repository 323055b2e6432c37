"""The learned span tagger: a token-classification MiniLM that tags content, source and cue.

It is the trainable attribution backend beside the rules (``segment(text,
backend="tagger"|"both")``): it reads an article a paragraph at a time (windows of at most
``max_length`` tokens, overlapping by ``stride``), tags every word-piece ``O`` or
``B-``/``I-`` of a content, source or cue span (:data:`~stancekit.segmentation.tagger_data.LABELS`),
and returns the spans with a score. It never resolves speakers: the rules' resolver turns
a tagged source (``he``, ``the minister``) into a name
(:mod:`stancekit.segmentation.proposals`).

The encoder is all-MiniLM-L6-v2 from its PyPI package (sha256-checked, never downloaded)
with LoRA adapters and a full token-classification head, so a trained tagger is a folder of
about 1.4 MB (``adapter_model.safetensors``, ``adapter_config.json``, ``stancekit.json``
with the sha256 of every file). torch, transformers and peft are imported only when a
tagger is fitted or loaded.

Examples:
    >>> SpanTagger(epochs=2).get_params()["epochs"]
    2
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
import logging
import math
import random
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator

from stancekit.errors import (
    InvalidInputError,
    MissingDependencyError,
    NotFittedError,
    expected_got,
)
from stancekit.segmentation.proposals import TaggedSpan
from stancekit.segmentation.tagger_data import (
    LABELS,
    Window,
    decode_spans,
    paragraph_windows,
    token_labels,
)
from stancekit.segmentation.tagger_io import encoder_with_head, load_tagger, save_tagger
from stancekit.segmentation.text import paragraphs
from stancekit.weights.encoder import (
    DEFAULT_BASE_MODEL,
    quiet_transformers,
    resolve_base_model,
    weights_sha256,
)
from stancekit.weights.integrity import CONFIG_NAME

__all__ = ["SpanTagger", "TaggedSpan", "decode_spans", "default_tagger_dir", "load_default_tagger"]

logger = logging.getLogger(__name__)


class SpanTagger(BaseEstimator):  # type: ignore[misc]
    """Tag attribution content, source and cue spans with a fine-tuned MiniLM.

    Args:
        base_model: The encoder (``"sentence-transformers/all-MiniLM-L6-v2"`` comes from
            its PyPI package; a local folder works for tests).
        max_length: Tokens per window (a paragraph longer than this is read in
            overlapping windows).
        stride: Tokens shared by two consecutive windows of a long paragraph.
        epochs: Passes over the training paragraphs; with ``eval_docs`` the best epoch
            (token-level F1 of the span tags) is kept.
        batch_size: Windows per step.
        learning_rate: AdamW learning rate (linear decay after 10% warm-up).
        lora_r: LoRA rank (the head is trained in full).
        lora_alpha: LoRA scaling.
        seed: Seeds Python, NumPy and torch.
        device: ``"cpu"`` or a torch device.

    Attributes:
        model_: The fine-tuned peft model (after ``fit`` or ``from_pretrained``).
        tokenizer_: Its tokenizer.
        history_: Per epoch: mean loss and, with ``eval_docs``, token F1.
        best_epoch_: The epoch kept (1-based).
    """

    def __init__(
        self,
        base_model: str = DEFAULT_BASE_MODEL,
        *,
        max_length: int = 256,
        stride: int = 48,
        epochs: int = 4,
        batch_size: int = 16,
        learning_rate: float = 8e-4,
        lora_r: int = 8,
        lora_alpha: int = 16,
        seed: int = 0,
        device: str = "cpu",
    ) -> None:
        self.base_model = base_model
        self.max_length = max_length
        self.stride = stride
        self.epochs = epochs
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.lora_r = lora_r
        self.lora_alpha = lora_alpha
        self.seed = seed
        self.device = device

    # ------------------------------------------------------------------ checks
    def _check_params(self) -> None:
        ints = {
            "max_length": (self.max_length, 16),
            "stride": (self.stride, 0),
            "epochs": (self.epochs, 1),
            "batch_size": (self.batch_size, 1),
            "lora_r": (self.lora_r, 1),
            "lora_alpha": (self.lora_alpha, 1),
        }
        for name, (value, low) in ints.items():
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise InvalidInputError(
                    expected_got(name, f"an int >= {low}", value, "See SpanTagger's docstring.")
                )
        if self.stride >= self.max_length // 2:
            raise InvalidInputError(
                expected_got(
                    "stride",
                    f"fewer than half of max_length ({self.max_length // 2})",
                    self.stride,
                    "Windows must advance by more than they share.",
                )
            )
        lr = self.learning_rate
        if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not 0 < lr < 1:
            raise InvalidInputError(
                expected_got("learning_rate", "a float in (0, 1)", lr, "Try 8e-4 for LoRA.")
            )

    def _check_fitted(self) -> None:
        if getattr(self, "model_", None) is None:
            raise NotFittedError(
                "This SpanTagger is not fitted yet: call fit(docs) or "
                "SpanTagger.from_pretrained(folder) first."
            )

    # ------------------------------------------------------------------ encoding
    def _encode(self, texts: list[str]) -> Any:
        return self.tokenizer_(
            texts,
            truncation=True,
            max_length=self.max_length,
            stride=self.stride,
            return_overflowing_tokens=True,
            return_offsets_mapping=True,
            padding=False,
        )

    def _batches(
        self, lengths: Sequence[int], shuffle: bool, rng: random.Random
    ) -> list[list[int]]:
        order = sorted(range(len(lengths)), key=lambda i: lengths[i])
        chunks = [order[i : i + self.batch_size] for i in range(0, len(order), self.batch_size)]
        if shuffle:
            rng.shuffle(chunks)
        return chunks

    def _collate(self, ids: list[list[int]], labels: list[list[int]] | None = None) -> Any:
        import torch

        width = max(len(x) for x in ids)
        pad = int(self.tokenizer_.pad_token_id or 0)
        inp = torch.full((len(ids), width), pad, dtype=torch.long)
        mask = torch.zeros((len(ids), width), dtype=torch.long)
        lab = torch.full((len(ids), width), -100, dtype=torch.long)
        for r, row in enumerate(ids):
            inp[r, : len(row)] = torch.tensor(row)
            mask[r, : len(row)] = 1
            if labels is not None:
                lab[r, : len(row)] = torch.tensor(labels[r])
        batch = {"input_ids": inp.to(self.device), "attention_mask": mask.to(self.device)}
        if labels is not None:
            batch["labels"] = lab.to(self.device)
        return batch

    def _labelled(self, windows: list[Window]) -> tuple[list[list[int]], list[list[int]]]:
        enc = self._encode([w.text for w in windows])
        ids: list[list[int]] = []
        labels: list[list[int]] = []
        for i, row in enumerate(enc["input_ids"]):
            w = windows[enc["overflow_to_sample_mapping"][i]]
            ids.append(list(row))
            labels.append(token_labels(enc["offset_mapping"][i], w.spans))
        return ids, labels

    # ------------------------------------------------------------------ building
    def _build(self) -> Any:
        from peft import LoraConfig, TaskType, get_peft_model

        self.base_model_path_ = resolve_base_model(self.base_model)
        self.base_model_sha256_ = weights_sha256(self.base_model_path_)
        self.tokenizer_, base = encoder_with_head(self.base_model_path_)
        with quiet_transformers():
            config = LoraConfig(
                task_type=TaskType.TOKEN_CLS,
                r=self.lora_r,
                lora_alpha=self.lora_alpha,
                lora_dropout=0.1,
                target_modules=["query", "key", "value", "dense"],
                modules_to_save=["classifier"],
            )
            return get_peft_model(base, config)

    # ------------------------------------------------------------------ fitting
    def fit(
        self,
        docs: Iterable[Mapping[str, Any]],
        *,
        eval_docs: Iterable[Mapping[str, Any]] | None = None,
    ) -> SpanTagger:
        """Fine-tune on annotated articles (newsattr format).

        Args:
            docs: Training articles: ``text`` and ``attributions`` with ``content``,
                ``source`` and ``cue`` spans. Never a dev or test set.
            eval_docs: Held-out articles to choose the epoch on (token F1).

        Returns:
            self.

        Raises:
            InvalidInputError: A parameter or an article is malformed, or there is
                nothing to learn from (no paragraph with a span).
        """
        import torch
        from transformers import get_linear_schedule_with_warmup

        self._check_params()
        windows = paragraph_windows(docs)
        if not any(w.spans for w in windows):
            raise InvalidInputError(
                expected_got(
                    "docs",
                    "articles with at least one attribution span",
                    f"{len(windows)} paragraphs, none with a span",
                    "Pass annotated articles (newsattr format).",
                )
            )
        held = paragraph_windows(eval_docs) if eval_docs is not None else []
        rng = random.Random(self.seed)
        np.random.seed(self.seed)
        torch.manual_seed(self.seed)
        self.model_ = self._build().to(self.device)
        ids, labels = self._labelled(windows)
        plan = [self._batches([len(x) for x in ids], True, rng) for _ in range(self.epochs)]
        steps = sum(len(p) for p in plan)
        params = [p for p in self.model_.parameters() if p.requires_grad]
        opt = torch.optim.AdamW(params, lr=self.learning_rate, weight_decay=0.01)
        sched = get_linear_schedule_with_warmup(opt, math.ceil(0.1 * steps), steps)  # type: ignore[no-untyped-call]
        self.history_: list[dict[str, float]] = []
        best: tuple[float, int, dict[str, Any]] | None = None
        for epoch, batches in enumerate(plan, start=1):
            self.model_.train()
            t0, losses = time.perf_counter(), []
            for chunk in batches:
                batch = self._collate([ids[i] for i in chunk], [labels[i] for i in chunk])
                loss = self.model_(**batch).loss
                loss.backward()
                torch.nn.utils.clip_grad_norm_(params, 1.0)
                opt.step()
                sched.step()
                opt.zero_grad()
                losses.append(float(loss.detach()))
            row = {
                "epoch": epoch,
                "loss": float(np.mean(losses)),
                "seconds": time.perf_counter() - t0,
            }
            if held:
                row["eval_token_f1"] = self.token_f1(held)
                score = row["eval_token_f1"]
                if best is None or score > best[0]:
                    state = {k: v.detach().clone() for k, v in self.model_.state_dict().items()}
                    best = (score, epoch, state)
            logger.info("span tagger epoch %s", row)
            self.history_.append(row)
        if best is not None:
            self.model_.load_state_dict(best[2])
            self.best_epoch_ = best[1]
        else:
            self.best_epoch_ = self.epochs
        self.model_.eval()
        self._merged = None
        self.n_train_windows_ = len(ids)
        return self

    # ------------------------------------------------------------------ predicting
    def _inference_model(self) -> Any:
        merged = getattr(self, "_merged", None)
        if merged is None:
            merged = copy.deepcopy(self.model_).merge_and_unload()
            merged.eval()
            self._merged = merged
        return merged

    def _window_probs(self, texts: list[str]) -> tuple[Any, list[np.ndarray]]:
        import torch

        enc = self._encode(texts)
        model = self._inference_model()
        rows: list[np.ndarray] = [np.empty(0)] * len(enc["input_ids"])
        lengths = [len(x) for x in enc["input_ids"]]
        with torch.inference_mode():
            for chunk in self._batches(lengths, False, random.Random(0)):
                batch = self._collate([list(enc["input_ids"][i]) for i in chunk])
                logits = model(**batch).logits.float()
                probs = torch.softmax(logits, dim=-1).cpu().numpy()
                for r, i in enumerate(chunk):
                    rows[i] = probs[r, : lengths[i]]
        return enc, rows

    def tag(self, text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[TaggedSpan]:
        """Tag the paragraphs of one article.

        Args:
            text: The article.
            spans: The ``(start, end)`` ranges to read (default: every paragraph).

        Returns:
            Content, source and cue spans with scores, in article offsets and text order.

        Raises:
            NotFittedError: The tagger is neither fitted nor loaded.
            InvalidInputError: ``text`` is not a str.
        """
        self._check_fitted()
        if not isinstance(text, str):
            raise InvalidInputError(expected_got("text", "a str", text, "Pass the article."))
        ranges = [(p.start, p.end) for p in paragraphs(text)] if spans is None else list(spans)
        ranges = [(s, e) for s, e in ranges if text[s:e].strip()]
        if not ranges:
            return []
        enc, rows = self._window_probs([text[s:e] for s, e in ranges])
        # tokens shared by two windows of a long paragraph: average their probabilities
        merged: dict[int, dict[tuple[int, int], list[Any]]] = {}
        for i, probs in enumerate(rows):
            k = enc["overflow_to_sample_mapping"][i]
            acc = merged.setdefault(k, {})
            for (a, b), row in zip(enc["offset_mapping"][i], probs, strict=True):
                if a == b:
                    continue
                if (a, b) in acc:
                    acc[(a, b)][0] = acc[(a, b)][0] + row
                    acc[(a, b)][1] += 1
                else:
                    acc[(a, b)] = [row.copy(), 1]
        out: list[TaggedSpan] = []
        for k, (s, e) in enumerate(ranges):
            acc = merged.get(k, {})
            offs = sorted(acc)
            probs = np.array([acc[o][0] / acc[o][1] for o in offs]).reshape(len(offs), len(LABELS))
            out.extend(decode_spans(text[s:e], offs, probs, base=s))
        return out

    def token_f1(self, windows: list[Window]) -> float:
        """Micro F1 of the non-``O`` tags over ``windows`` (the epoch-selection score)."""
        self._check_fitted()
        import torch

        ids, labels = self._labelled(windows)
        was_training = self.model_.training
        self.model_.eval()
        tp = fp = fn = 0
        with torch.inference_mode():
            for chunk in self._batches([len(x) for x in ids], False, random.Random(0)):
                batch = self._collate([ids[i] for i in chunk])
                pred = self.model_(**batch).logits.argmax(-1).cpu().numpy()
                for r, i in enumerate(chunk):
                    gold = np.array(labels[i])
                    p = pred[r, : len(gold)]
                    keep = gold != -100
                    g, p = gold[keep], p[keep]
                    tp += int(((p == g) & (g != 0)).sum())
                    fp += int(((p != g) & (p != 0)).sum())
                    fn += int(((p != g) & (g != 0)).sum())
        if was_training:
            self.model_.train()
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    # ------------------------------------------------------------------ saving
    def save_pretrained(
        self, directory: str | Path, *, notes: Mapping[str, Any] | None = None
    ) -> Path:
        """Write the adapter, its config and ``stancekit.json`` (with sha256 of each file).

        Args:
            directory: Created if missing.
            notes: Extra JSON-serialisable facts for the config (training data, scores).

        Returns:
            The folder.
        """
        return save_tagger(self, directory, notes)

    @classmethod
    def from_pretrained(cls, directory: str | Path, *, device: str = "cpu") -> SpanTagger:
        """Load a tagger saved by :meth:`save_pretrained`, verifying every file's sha256.

        Raises:
            ModelLoadError: Not a span-tagger folder, a file missing, or weights that do
                not fit.
            ModelIntegrityError: A file changed since it was saved, or the base encoder is not
            the one the tagger was trained on.
            MissingDependencyError: The base encoder's package is not installed.
        """
        tagger: SpanTagger = load_tagger(cls, directory, device)
        return tagger


def default_tagger_dir() -> Path:
    """The packaged tagger's folder (``stancekit/default_models/tagger``)."""
    return Path(str(importlib.resources.files("stancekit") / "default_models" / "tagger"))


@functools.lru_cache(maxsize=1)
def load_default_tagger() -> SpanTagger:
    """Load the packaged span tagger once per process.

    Raises:
        MissingDependencyError: The package holds no tagger (see ``docs/benchmarks.md``)
            or the base encoder is not installed.
    """
    folder = default_tagger_dir()
    if not (folder / CONFIG_NAME).is_file():
        raise MissingDependencyError(
            f"No span tagger is packaged at {folder}. Train one with "
            "`python scripts/train_span_tagger.py --output DIR` and pass it as "
            "segment(text, backend='both', tagger=SpanTagger.from_pretrained(DIR))."
        )
    return SpanTagger.from_pretrained(folder)
