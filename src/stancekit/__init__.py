"""stancekit: who says what in the news, and where each speaker stands.

Read an article, split it into speaker-attributed segments, score every
(segment, target) pair for stance and target-directed sentiment, and aggregate the
scores per speaker x target with the supporting segments as evidence.

Examples:
    >>> import stancekit
    >>> segs = stancekit.segment('"We will win," the mayor said.')
    >>> segs[0].kind
    'direct'

Heavy dependencies (torch, transformers, datasets, scikit-learn) are imported only when
a model or a data loader is used.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from stancekit import _moved
from stancekit._version import __version__
from stancekit.errors import (
    InvalidInputError,
    MissingDependencyError,
    NotFittedError,
    StancekitError,
)
from stancekit.labels import SENTIMENT_LABELS, STANCE_LABELS
from stancekit.records import Mention, Pair, Segment, Span, SpeakerStance, StanceScore, Target
from stancekit.segmentation import segment

if TYPE_CHECKING:
    from stancekit.corpus import Corpus, analyze_corpus
    from stancekit.models.baseline import BaselineStanceClassifier
    from stancekit.models.defaults import load_default, load_default_model
    from stancekit.models.transformer import TransformerStanceClassifier
    from stancekit.pipeline import analyze, analyze_many
    from stancekit.results import Analysis, AnalysisSet
    from stancekit.seeding import set_seed
    from stancekit.segmentation.tagger import SpanTagger

logging.getLogger(__name__).addHandler(logging.NullHandler())
_moved.install()  # old module names (stancekit.userdata, ...) for one more release

# Served on first access (PEP 562) so that ``import stancekit`` stays light.
_LAZY: dict[str, str] = {
    "Analysis": "stancekit.results",
    "AnalysisSet": "stancekit.results",
    "BaselineStanceClassifier": "stancekit.models.baseline",
    "Corpus": "stancekit.corpus",
    "SpanTagger": "stancekit.segmentation.tagger",
    "TransformerStanceClassifier": "stancekit.models.transformer",
    "analyze": "stancekit.pipeline",
    "analyze_corpus": "stancekit.corpus",
    "analyze_many": "stancekit.pipeline",
    "load_default": "stancekit.models.defaults",
    "load_default_model": "stancekit.models.defaults",
    "set_seed": "stancekit.seeding",
}

__all__ = [
    "SENTIMENT_LABELS",
    "STANCE_LABELS",
    "Analysis",
    "AnalysisSet",
    "BaselineStanceClassifier",
    "Corpus",
    "InvalidInputError",
    "Mention",
    "MissingDependencyError",
    "NotFittedError",
    "Pair",
    "Segment",
    "Span",
    "SpanTagger",
    "SpeakerStance",
    "StanceScore",
    "StancekitError",
    "Target",
    "TransformerStanceClassifier",
    "__version__",
    "analyze",
    "analyze_corpus",
    "analyze_many",
    "load_default",
    "load_default_model",
    "segment",
    "set_seed",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'stancekit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
