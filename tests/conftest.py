"""Shared fixtures: a short two-speaker article, targets, and gold labels."""

from __future__ import annotations

import pytest

TWO_SPEAKER_ARTICLE = (
    "Mayor backs new bridge as council balks\n"
    "\n"
    "By Jane Roe, Staff Writer\n"
    "\n"
    "Mayor Ana Ruiz said on Monday that the new bridge would be finished by spring. "
    '"We will not wait another decade for this bridge," Ruiz said. "The river does not wait."\n'
    "\n"
    "Council member Tom Hale disagreed. He told reporters the bridge was far too expensive. "
    '"This bridge is a waste of money," he said.\n'
    "\n"
    "The council will vote on the plan next week.\n"
)


@pytest.fixture
def two_speaker_article() -> str:
    return TWO_SPEAKER_ARTICLE


@pytest.fixture
def bridge_targets() -> list[str]:
    return ["bridge", "council"]


# A tiny BERT (hidden 32, 2 layers) with a word-level vocabulary written from this text,
# built offline once per session. TransformerStanceClassifier(base_model=tiny_model_dir)
# fine-tunes it in about a second.
TINY_MODEL_TEXT = (
    TWO_SPEAKER_ARTICLE
    + " we love support praise hate oppose condemn reject back welcome attack slam great"
    " terrible good bad fine neutral policy plan tax war peace nato russia ukraine smith"
    " critics voters government minister president said says would could not a an of to in"
    " and or is are be it its they them their for on with as at by from"
)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Directory of a randomly initialised tiny BERT encoder and its tokenizer."""
    import re

    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")

    words = sorted(set(re.findall(r"\w+|[^\w\s]", TINY_MODEL_TEXT.lower())))
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[unused0]", "[unused1]"]
    vocab = {token: i for i, token in enumerate(specials + words)}
    folder = tmp_path_factory.mktemp("tiny-bert")
    tokenizer = transformers.BertTokenizer(vocab=vocab)
    tokenizer.save_pretrained(folder)
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=4,
        intermediate_size=37,
        max_position_embeddings=256,
    )
    torch.manual_seed(0)
    transformers.utils.logging.disable_progress_bar()
    transformers.BertModel(config).save_pretrained(folder)
    transformers.utils.logging.enable_progress_bar()
    return str(folder)
