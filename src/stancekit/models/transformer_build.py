"""Build the parts of the transformer classifier: tokenizer, encoder with head, LoRA config.

Shared by training (:mod:`stancekit.models.transformer_fit`, from the base encoder) and
loading (:mod:`stancekit.models.transformer_io`, from a verified local copy), so both
build exactly the same model. The target markers (``[unused0] ... [unused1]``, already in
BERT's vocabulary) are added to the tokenizer as special tokens when ``mark_target`` is
on.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from stancekit.labels import id2label, label2id
from stancekit.weights.encoder import quiet_transformers

__all__ = [
    "TARGET_MARKERS",
    "load_base",
    "load_tokenizer",
    "lora_config",
    "mark_mentions",
    "marker_ids",
    "quiet_transformers",
]

logger = logging.getLogger(__name__)

TARGET_MARKERS: tuple[str, str] = ("[unused0]", "[unused1]")


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


def load_tokenizer(source: str, *, mark_target: bool, local_only: bool = False) -> Any:
    """The tokenizer of ``source`` (a name or folder), with the markers when ``mark_target``."""
    from transformers import AutoTokenizer

    with quiet_transformers():
        tok = AutoTokenizer.from_pretrained(source, local_files_only=local_only)
    if mark_target:
        tok.add_tokens(list(TARGET_MARKERS), special_tokens=True)
    return tok


def marker_ids(tokenizer: Any) -> list[int]:
    """The token ids of the opening and closing target markers."""
    return [int(i) for i in tokenizer.convert_tokens_to_ids(list(TARGET_MARKERS))]


def load_base(source: str, task: str, tokenizer: Any, *, local_only: bool = False) -> Any:
    """The encoder of ``source`` with a fresh 3-way classification head for ``task``.

    The embeddings grow only if ``tokenizer`` has more tokens than the encoder (markers
    outside its vocabulary); BERT-style vocabularies already hold them.
    """
    from transformers import AutoModelForSequenceClassification

    with quiet_transformers():
        model = AutoModelForSequenceClassification.from_pretrained(
            source,
            num_labels=3,
            id2label=id2label(task),
            label2id=label2id(task),
            use_safetensors=True,
            local_files_only=local_only,
        )
    if len(tokenizer) > model.get_input_embeddings().num_embeddings:
        logger.warning("resizing the embeddings to %d for the marker tokens", len(tokenizer))
        model.resize_token_embeddings(len(tokenizer))
    return model


def lora_config(
    r: int,
    alpha: int,
    dropout: float,
    target_modules: Sequence[str],
    trainable_tokens: list[int] | None,
) -> Any:
    """The peft ``LoraConfig``: adapters on ``target_modules``, the head trained in full.

    ``trainable_tokens`` (the marker ids) makes just those embedding rows trainable.
    """
    from peft import LoraConfig, TaskType

    extra: dict[str, Any] = {}
    if trainable_tokens is not None:
        extra["trainable_token_indices"] = {"word_embeddings": trainable_tokens}
    return LoraConfig(
        task_type=TaskType.SEQ_CLS,
        r=r,
        lora_alpha=alpha,
        lora_dropout=dropout,
        target_modules=list(target_modules),
        modules_to_save=["classifier"],
        **extra,
    )
