"""A target-aware scikit-learn baseline for stance and target-directed sentiment.

:class:`BaselineStanceClassifier` is a real scikit-learn estimator (``clone``,
``GridSearchCV`` and ``CalibratedClassifierCV`` work on it). It turns each
(text, target, mentions) pair into sparse features and fits a multinomial logistic
regression whose logits are temperature-scaled on out-of-fold predictions.

Feature blocks (each TF-IDF weighted and L2-normalised, then stacked):

- ``text_word``: word 1-2 grams of the text, the target's mentions replaced by a
  placeholder token (``mark_target``) so that "TGT slammed" generalises across names;
- ``text_char``: character 2-5 grams of the text (``use_char``);
- ``window``: word 1-``window_ngrams`` grams of the ``window`` tokens left and right of
  each mention, tagged by side, with sentiment-lexicon and negation cue tokens;
- ``target``: the target's words;
- ``cross``: target x context-word tokens (``use_cross``): stance words mean different
  things for different targets (P-Stance, MTSD);
- ``cues``: dense counts: mentions found, lexicon positive/negative mass in the window
  and text (negation-aware), where the first mention sits, the share of the target's
  content words (5-letter prefixes) found in the text;
- target copies (``per_target_min``): each frequent target gets its own copy of the two
  text blocks, zero on other targets' rows, so the model is per-target where data allows
  and shared elsewhere.

Where a pair has no mentions, its target's content words are searched instead.

The lexicon is VADER's (``vaderSentiment``, MIT licence), read from the installed package;
nothing is downloaded. Models save to a folder without pickle: ``stancekit.json``
(config, labels, hyperparameters, library versions), ``vocabulary.json`` and
``arrays.npz`` (idf weights, coefficients).
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import json
import logging
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import NotFittedError as SklearnNotFittedError

from stancekit.errors import InvalidInputError, ModelLoadError, NotFittedError, expected_got
from stancekit.labels import check_task, labels_for, validate_labels
from stancekit.models.calibration import check_temperature
from stancekit.models.inputs import PairInput, as_pairs, find_mentions
from stancekit.models.integrity import (
    MANIFEST_KEY,
    json_object,
    read_config,
    read_files,
    record_files,
)
from stancekit.models.validation import (
    check_baseline_config,
    check_vocabulary,
    read_baseline_arrays,
)

__all__ = ["CONFIG_NAME", "BaselineNotFittedError", "BaselineStanceClassifier"]

logger = logging.getLogger(__name__)

CONFIG_NAME = "stancekit.json"
_VOCAB_NAME = "vocabulary.json"
_ARRAYS_NAME = "arrays.npz"
_FORMAT_VERSION = 1

_TOKEN = re.compile(r"[#@]?\w+(?:'\w+)?|[!?]")
_NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "without",
        "cannot",
        "cant",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "wont",
        "wouldnt",
        "shouldnt",
        "couldnt",
        "hardly",
        "barely",
        "n't",
    ]
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "for",
        "at",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "the's",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "president",
    ]
)
_PLACEHOLDER = "tgtmention"
_URL = re.compile(r"https?://\S+|www\.\S+")
_URL_TOKEN = "httpurl"
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_N_DENSE = 9


class BaselineNotFittedError(NotFittedError, SklearnNotFittedError):  # type: ignore[misc]
    """:class:`stancekit.errors.NotFittedError` that scikit-learn also recognises."""


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    """VADER's word valences (-4..4), read from the installed ``vaderSentiment`` package."""
    try:
        ref = importlib.resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
        raw = ref.read_text(encoding="utf-8")
    except ModuleNotFoundError:
        from stancekit.errors import missing_dependency

        raise missing_dependency("vaderSentiment") from None
    out: dict[str, float] = {}
    for line in raw.splitlines():
        parts = line.strip().split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _content_words(target: str) -> list[str]:
    words = [w for w, _, _ in _tokens(target)]
    return [w for w in words if len(w) > 2 and w not in _STOP]


def _tag_parts(tag: str) -> list[str]:
    """Words of a hashtag or handle body split at case changes: ``PutinOwnsTrump`` -> 3 words.

    Returns an empty list when the body is a single word (``#maga``): the tag token itself
    already carries it.
    """
    parts = [p.lower() for p in _CAMEL.findall(tag)]
    return parts if len(parts) > 1 else []


def _tweet_words(
    text: str, toks: list[tuple[str, int, int]], words: list[str], stems: set[str]
) -> tuple[list[str], list[str]]:
    """Tweet normalisation of the text-block words and of the plain context words.

    URLs become one ``httpurl`` token; each ``#hashtag`` / ``@handle`` is kept and followed
    by its camel-case words. In the text-block words a split word whose 5-letter prefix is
    one of the target's ``stems`` becomes the target placeholder, like the mention it is.
    """
    urls = [m.span() for m in _URL.finditer(text)]
    out: list[str] = []
    plain: list[str] = []
    in_url = -1
    for (w, s, e), word in zip(toks, words, strict=True):
        hit = next((k for k, (a, b) in enumerate(urls) if a <= s < b), -1)
        if hit >= 0:
            if hit != in_url:
                out.append(_URL_TOKEN)
                plain.append(_URL_TOKEN)
            in_url = hit
            continue
        in_url = -1
        out.append(word)
        plain.append(w)
        if w[0] in "#@":
            parts = _tag_parts(text[s + 1 : e])
            plain += parts
            out += [_PLACEHOLDER if p[:5] in stems else p for p in parts]
    return out, plain


def _mentions(pair: PairInput) -> tuple[tuple[int, int], ...]:
    if pair.mentions:
        return pair.mentions
    return find_mentions(pair.text, _content_words(pair.target))


def _lex_tokens(words: list[str]) -> tuple[list[str], float, float]:
    """Return lexicon cue tokens and the positive / negative valence mass (negation-aware)."""
    lex = _lexicon()
    cues: list[str] = []
    pos = neg = 0.0
    for i, w in enumerate(words):
        v = lex.get(w.lstrip("#"))
        if v is None:
            continue
        if any(p in _NEGATIONS for p in words[max(0, i - 3) : i]):
            v = -0.5 * v
            cues.append("lex:negated")
        if v > 0:
            pos += v
            cues.append("lex:pos")
        elif v < 0:
            neg -= v
            cues.append("lex:neg")
    return cues, pos, neg


class _Views:
    """The string views and dense cues of a batch of pairs (one entry per pair)."""

    def __init__(
        self,
        pairs: list[PairInput],
        window: int,
        mark_target: bool,
        cross_scope: str,
        tweet_normalize: bool = False,
    ) -> None:
        self.text: list[str] = []
        self.window: list[str] = []
        self.target: list[str] = []
        self.cross: list[str] = []
        self.tkey: list[str] = []
        dense: list[list[float]] = []
        for pair in pairs:
            spans = _mentions(pair)
            toks = _tokens(pair.text)
            inside = [any(s < e2 and s2 < e for s2, e2 in spans) for _, s, e in toks]
            words = [
                _PLACEHOLDER if (mark_target and hit) else w
                for (w, _, _), hit in zip(toks, inside, strict=True)
            ]
            plain = [w for w, _, _ in toks]
            if tweet_normalize:
                stems = {w[:5] for w in _content_words(pair.target)} if mark_target else set()
                words, plain = _tweet_words(pair.text, toks, words, stems)
            self.text.append(" ".join(words))
            win: list[str] = []
            idx: list[list[int]] = []  # runs of consecutive mention tokens: [first, last]
            for i, hit in enumerate(inside):
                if hit and idx and idx[-1][1] == i - 1:
                    idx[-1][1] = i
                elif hit:
                    idx.append([i, i])
            for a, b in idx:
                left = [f"l:{w}" for w, _, _ in toks[max(0, a - window) : a]]
                right = [f"r:{w}" for w, _, _ in toks[b + 1 : b + 1 + window]]
                win += [*left, "<T>", *right, "|"]
            ctx = [w.split(":", 1)[1] for w in win if w[:2] in ("l:", "r:")]
            if not idx:
                win = ["<none>"]
            cues, wpos, wneg = _lex_tokens(ctx)
            _, tpos, tneg = _lex_tokens(plain)
            self.window.append(" ".join(win + cues))
            tname = "_".join(w for w, _, _ in _tokens(pair.target)) or "_"
            self.tkey.append(tname)
            twords = [f"t:{w}" for w, _, _ in _tokens(pair.target)]
            self.target.append(" ".join([f"t:{tname}", *twords]))
            context = ctx if (idx and cross_scope == "window") else plain
            self.cross.append(" ".join(f"{tname}|{w}" for w in dict.fromkeys(context + cues)))
            n = max(len(toks), 1)
            first = idx[0][0] / n if idx else 1.0
            stems = {w[:5] for w, _, _ in toks}
            content = _content_words(pair.target)
            overlap = sum(w[:5] in stems for w in content) / len(content) if content else 0.0
            dense.append(
                [
                    float(bool(idx)),
                    math.log1p(len(idx)),
                    math.log1p(wpos),
                    math.log1p(wneg),
                    math.log1p(tpos),
                    math.log1p(tneg),
                    first,
                    float(any(w in _NEGATIONS for w in ctx)),
                    overlap,
                ]
            )
        self.dense = np.asarray(dense, dtype=np.float64).reshape(len(pairs), _N_DENSE)


class BaselineStanceClassifier(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """Target-aware TF-IDF + logistic regression for stance or target sentiment.

    Args:
        task: ``"stance"`` (against/none/favor) or ``"sentiment"``
            (negative/neutral/positive).
        C: Inverse L2 regularisation strength of the logistic regression.
        window: Tokens taken left and right of each target mention.
        window_ngrams: Longest word n-gram of the window block.
        mark_target: Replace the target's mentions by a placeholder in the text block.
        use_char: Add character 2-``char_ngrams`` gram features of the text.
        char_ngrams: Longest character n-gram of the char block (at least 2).
        use_cross: Add target x context-word features.
        cross_scope: Context words for ``use_cross``: ``"text"`` (every word) or
            ``"window"`` (the mention windows; the whole text when there is no mention).
        per_target_min: Targets with at least this many training pairs get their own copy
            of the text features (a per-target n-gram model that shares the common
            features; P-Stance, MTSD); 0 turns it off. The default rule, 100 rows, makes
            the model per-target wherever a target has enough rows for its own n-gram
            weights (dev F_macro on MTSD 2,000 rows: 0.468 without, 0.493 with; see
            docs/benchmarks.md "Your own data").
        tweet_normalize: Tweet normalisation of the text features, the text-scope cross
            features and the text lexicon cues: URLs become one ``httpurl`` token, each
            ``#hashtag`` / ``@handle`` is kept and followed by its camel-case words
            (``#PutinOwnsTrump`` -> ``putin owns trump``).
        min_df: Minimum document frequency of n-grams (all sparse blocks).
        class_weight: ``None`` or ``"balanced"``.
        calibrate: Fit a softmax temperature on out-of-fold logits (``cv`` folds).
        cv: Number of folds for the temperature.
        max_iter: Maximum solver iterations.
        random_state: Seed of the fold split.

    Attributes:
        classes_: The task's full label scheme, in column order of ``predict_proba``. A
            class absent from the training labels keeps its column with probability 0
            (``CalibratedClassifierCV`` therefore needs every class in ``y``; P-Stance,
            which has no neutral class, uses the built-in temperature instead).
        temperature_: The fitted softmax temperature (1.0 without calibration).

    Examples:
        >>> clf = BaselineStanceClassifier(task="stance", calibrate=False, min_df=1)
        >>> X = [("I love NATO", "NATO"), ("NATO is awful", "NATO"), ("NATO met", "NATO")]
        >>> _ = clf.fit(X, ["favor", "against", "none"])
        >>> clf.predict_proba(X).shape
        (3, 3)
    """

    def __init__(
        self,
        task: str = "stance",
        *,
        C: float = 1.0,
        window: int = 6,
        window_ngrams: int = 2,
        mark_target: bool = True,
        use_char: bool = True,
        char_ngrams: int = 5,
        use_cross: bool = True,
        cross_scope: str = "window",
        per_target_min: int = 100,
        tweet_normalize: bool = False,
        min_df: int = 2,
        class_weight: str | None = None,
        calibrate: bool = True,
        cv: int = 3,
        max_iter: int = 2000,
        random_state: int = 0,
    ) -> None:
        self.task = task
        self.C = C
        self.window = window
        self.window_ngrams = window_ngrams
        self.mark_target = mark_target
        self.use_char = use_char
        self.char_ngrams = char_ngrams
        self.use_cross = use_cross
        self.cross_scope = cross_scope
        self.per_target_min = per_target_min
        self.tweet_normalize = tweet_normalize
        self.min_df = min_df
        self.class_weight = class_weight
        self.calibrate = calibrate
        self.cv = cv
        self.max_iter = max_iter
        self.random_state = random_state

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.non_deterministic = False
        tags.classifier_tags.poor_score = True
        return tags

    # ------------------------------------------------------------------ features
    def _block_specs(self) -> dict[str, dict[str, Any]]:
        common: dict[str, Any] = {"sublinear_tf": True, "dtype": np.float64}
        min_df = self.min_df
        specs: dict[str, dict[str, Any]] = {
            "text_word": {
                **common,
                "token_pattern": r"\S+",
                "lowercase": False,
                "ngram_range": (1, 2),
                "min_df": min_df,
            },
            "window": {
                **common,
                "token_pattern": r"\S+",
                "lowercase": False,
                "ngram_range": (1, self.window_ngrams),
                "min_df": min_df,
            },
            "target": {**common, "token_pattern": r"\S+", "lowercase": False, "min_df": 1},
        }
        if self.use_char:
            specs["text_char"] = {
                **common,
                "analyzer": "char_wb",
                "ngram_range": (2, self.char_ngrams),
                "min_df": min_df,
                "max_features": 300_000,
            }
        if self.use_cross:
            specs["cross"] = {
                **common,
                "token_pattern": r"\S+",
                "lowercase": False,
                "min_df": min_df,
            }
        return specs

    @staticmethod
    def _view(views: _Views, block: str) -> list[str]:
        return views.text if block in ("text_word", "text_char") else getattr(views, block)

    def _transform(self, views: _Views) -> Any:
        from scipy import sparse

        mats = [self.vectorizers_[b].transform(self._view(views, b)) for b in self.vectorizers_]
        dense = (views.dense - self.dense_mean_) / self.dense_scale_
        mats.append(sparse.csr_matrix(dense))
        if self.target_copies_:
            # One copy of the text blocks per frequent target, zero on other targets' rows:
            # a per-target model sharing the common features (Daume III, 2007).
            text = [
                m for b, m in zip(self.vectorizers_, mats, strict=False) if b.startswith("text")
            ]
            shared = sparse.hstack(text, format="coo")
            slot = {k: i for i, k in enumerate(self.target_copies_)}
            row_slot = np.asarray([slot.get(k, -1) for k in views.tkey], dtype=np.int64)
            keep = row_slot[shared.row] >= 0
            width = shared.shape[1]
            copies = sparse.csr_matrix(
                (
                    shared.data[keep],
                    (shared.row[keep], shared.col[keep] + width * row_slot[shared.row[keep]]),
                ),
                shape=(shared.shape[0], width * len(slot)),
            )
            mats.append(copies)
        return sparse.hstack(mats, format="csr")

    def _check_params(self) -> None:
        check_task(self.task)
        if not isinstance(self.per_target_min, int) or self.per_target_min < 0:
            raise InvalidInputError(
                expected_got("per_target_min", "an int >= 0", self.per_target_min)
            )
        if not isinstance(self.char_ngrams, int | np.integer) or not self.char_ngrams >= 2:
            raise InvalidInputError(expected_got("char_ngrams", "an int >= 2", self.char_ngrams))
        for name in ("window", "window_ngrams", "min_df", "cv", "max_iter"):
            value = getattr(self, name)
            if not isinstance(value, int | np.integer) or isinstance(value, bool) or value < 1:
                raise InvalidInputError(expected_got(name, "a positive int", value))
        if not isinstance(self.C, int | float) or not self.C > 0:
            raise InvalidInputError(expected_got("C", "a positive number", self.C))
        if not isinstance(self.tweet_normalize, bool | np.bool_):
            raise InvalidInputError(
                expected_got("tweet_normalize", "True or False", self.tweet_normalize)
            )
        if self.cross_scope not in ("text", "window"):
            raise InvalidInputError(
                expected_got("cross_scope", "'text' or 'window'", self.cross_scope)
            )
        if self.class_weight not in (None, "balanced"):
            raise InvalidInputError(
                expected_got("class_weight", "None or 'balanced'", self.class_weight)
            )

    # ------------------------------------------------------------------ fit
    def fit(self, X: Any, y: Sequence[Any]) -> BaselineStanceClassifier:
        """Fit the features, the logistic regression and the temperature.

        Args:
            X: A DataFrame / ``datasets.Dataset`` with ``text`` and ``target`` (and
                optionally ``mentions``) or a list of ``(text, target[, mentions])``.
            y: Label strings of the task's scheme or their integer ids, one per row.

        Returns:
            ``self``.

        Raises:
            InvalidInputError: On bad hyperparameters, malformed ``X`` or length mismatch.
            UnknownLabelError: On a label outside the task's scheme.

        Examples:
            >>> clf = BaselineStanceClassifier("sentiment", calibrate=False, min_df=1)
            >>> clf.fit([("Good Bob", "Bob"), ("Bad Bob", "Bob")], [2, 0]).classes_.tolist()
            ['negative', 'neutral', 'positive']
        """
        self._check_params()
        pairs = as_pairs(X)
        labels = validate_labels(list(y), self.task)
        with _one_thread():
            return self._fit(pairs, labels)

    def _fit(self, pairs: list[PairInput], labels: list[str]) -> BaselineStanceClassifier:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        if len(labels) != len(pairs):
            raise InvalidInputError(
                expected_got("y", f"{len(pairs)} labels (one per row of X)", len(labels))
            )
        scheme = labels_for(self.task)
        present = sorted({scheme.index(label) for label in labels})
        if len(present) < 2:
            raise InvalidInputError(
                expected_got("y", "at least two different labels", sorted(set(labels)))
            )
        y_ids = np.asarray([scheme.index(label) for label in labels], dtype=np.int64)
        views = _Views(
            pairs, self.window, self.mark_target, self.cross_scope, bool(self.tweet_normalize)
        )
        self.vectorizers_: dict[str, Any] = {}
        for block, spec in self._block_specs().items():
            docs = self._view(views, block)
            vec = TfidfVectorizer(**spec)
            try:
                vec.fit(docs)
            except ValueError:  # empty vocabulary at this min_df: retry keeping everything
                vec = TfidfVectorizer(**{**spec, "min_df": 1}).fit(docs)
            self.vectorizers_[block] = vec
        self.dense_mean_ = views.dense.mean(axis=0)
        scale = views.dense.std(axis=0)
        self.dense_scale_ = np.where(scale > 0, scale, 1.0)
        counts: dict[str, int] = {}
        for key in views.tkey:
            counts[key] = counts.get(key, 0) + 1
        self.target_copies_ = sorted(
            k for k, c in counts.items() if self.per_target_min and c >= self.per_target_min
        )
        features = self._transform(views)

        def make_lr() -> LogisticRegression:
            return LogisticRegression(
                C=float(self.C), max_iter=self.max_iter, class_weight=self.class_weight
            )

        lr = make_lr().fit(features, y_ids)
        self.present_ = np.asarray(present, dtype=np.int64)
        self.coef_ = np.asarray(lr.coef_, dtype=np.float64)
        self.intercept_ = np.asarray(lr.intercept_, dtype=np.float64)
        if len(present) == 2:  # binary LR stores one row: expand to two logits
            self.coef_ = np.vstack([np.zeros_like(self.coef_), self.coef_])
            self.intercept_ = np.concatenate([[0.0], self.intercept_])
        self.classes_ = np.asarray(scheme, dtype=object)
        self.temperature_ = 1.0
        if self.calibrate:
            self.temperature_ = self._fit_temperature(features, y_ids, make_lr)
        self.n_train_ = len(pairs)
        return self

    def _fit_temperature(self, features: Any, y_ids: NDArray[np.int64], make_lr: Any) -> float:
        from sklearn.model_selection import StratifiedKFold

        from stancekit.models.calibration import fit_temperature

        counts = np.bincount(y_ids)
        folds = min(self.cv, int(counts[counts > 0].min()))
        if folds < 2:
            logger.warning("too few examples per class for calibration; temperature 1.0")
            return 1.0
        logits = np.zeros((len(y_ids), len(self.present_)))
        split = StratifiedKFold(folds, shuffle=True, random_state=self.random_state)
        for train, held in split.split(np.zeros(len(y_ids)), y_ids):
            lr = make_lr().fit(features[train], y_ids[train])
            scores = lr.decision_function(features[held])
            if scores.ndim == 1:
                scores = np.stack([np.zeros_like(scores), scores], axis=1)
            full = np.full((len(held), len(self.present_)), -1e9)
            for j, c in enumerate(lr.classes_):
                full[:, int(np.searchsorted(self.present_, c))] = scores[:, j]
            logits[held] = full
        y_local = np.searchsorted(self.present_, y_ids)
        return float(fit_temperature(logits, y_local))

    # ------------------------------------------------------------------ predict
    def _check_fitted(self) -> None:
        if not hasattr(self, "coef_"):
            raise BaselineNotFittedError(
                f"This {type(self).__name__} is not fitted yet. Call fit(X, y) or load one "
                "with BaselineStanceClassifier.from_pretrained(dir) before predicting."
            )

    def predict_proba(self, X: Any) -> NDArray[np.float64]:
        """Probabilities of each label, shape ``(n, 3)``, columns in ``classes_`` order.

        Examples:
            >>> clf = BaselineStanceClassifier(calibrate=False, min_df=1)
            >>> _ = clf.fit([("love it", "it"), ("hate it", "it")], ["favor", "against"])
            >>> clf.predict_proba([("love it", "it")]).sum().round(6)
            np.float64(1.0)
        """
        self._check_fitted()
        pairs = as_pairs(X)
        if not pairs:
            return np.zeros((0, len(self.classes_)))
        with _one_thread():
            views = _Views(
                pairs, self.window, self.mark_target, self.cross_scope, bool(self.tweet_normalize)
            )
            features = self._transform(views)
            z = np.asarray(features @ self.coef_.T, dtype=np.float64) + self.intercept_
        z = z / check_temperature(self.temperature_)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out = np.zeros((len(pairs), len(self.classes_)))
        out[:, self.present_] = e / e.sum(axis=1, keepdims=True)
        return out

    def predict(self, X: Any) -> NDArray[Any]:
        """The most probable label of each row, as strings of the task's scheme.

        Examples:
            >>> clf = BaselineStanceClassifier(calibrate=False, min_df=1)
            >>> _ = clf.fit([("love it", "it"), ("hate it", "it")], ["favor", "against"])
            >>> clf.predict([("love it", "it")]).tolist()
            ['favor']
        """
        proba = self.predict_proba(X)
        return np.asarray(self.classes_[proba.argmax(axis=1)], dtype=object)

    # ------------------------------------------------------------------ save / load
    def save_pretrained(self, directory: str | Path) -> Path:
        """Write the model to ``directory`` without pickle.

        Files: ``stancekit.json`` (``model_type: "baseline"``, task, labels,
        hyperparameters, temperature, library versions), ``vocabulary.json`` (the terms of
        each feature block in column order) and ``arrays.npz`` (idf weights,
        coefficients, intercepts, dense-cue scaling).

        Returns:
            The directory.

        Examples:
            >>> clf.save_pretrained("runs/baseline")  # doctest: +SKIP
        """
        self._check_fitted()
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        vocab: dict[str, list[str]] = {}
        arrays: dict[str, NDArray[Any]] = {
            "coef": self.coef_,
            "intercept": self.intercept_,
            "present": self.present_,
            "dense_mean": self.dense_mean_,
            "dense_scale": self.dense_scale_,
        }
        for block, vec in self.vectorizers_.items():
            terms = [""] * len(vec.vocabulary_)
            for term, i in vec.vocabulary_.items():
                terms[i] = term
            vocab[block] = terms
            arrays[f"idf__{block}"] = vec.idf_
        params = {k: list(v) if isinstance(v, tuple) else v for k, v in self.get_params().items()}
        config = {
            "model_type": "baseline",
            "format_version": _FORMAT_VERSION,
            "task": self.task,
            "labels": [str(c) for c in self.classes_],
            "params": params,
            "blocks": list(self.vectorizers_),
            "temperature": self.temperature_,
            "n_train": self.n_train_,
            "target_copies": self.target_copies_,
            "versions": {
                pkg: _version(pkg)
                for pkg in ("stancekit", "scikit-learn", "numpy", "scipy", "vaderSentiment")
            },
        }
        (out / _VOCAB_NAME).write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(out / _ARRAYS_NAME, **arrays)  # type: ignore[arg-type]
        config[MANIFEST_KEY] = record_files(out, [_VOCAB_NAME, _ARRAYS_NAME])
        (out / CONFIG_NAME).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        logger.info("saved baseline to %s", out)
        return out

    @classmethod
    def from_pretrained(
        cls, directory: str | Path, *, allow_unhashed: bool = False
    ) -> BaselineStanceClassifier:
        """Load a model written by :meth:`save_pretrained`; probabilities are identical.

        Every file is checked against the sha256 manifest in ``stancekit.json`` and every
        value for type and shape (see :mod:`stancekit.models.integrity` and
        :mod:`stancekit.models.validation`); nothing is unpickled.

        Args:
            directory: The folder.
            allow_unhashed: Load a folder saved by an older stancekit, without a manifest
                (with a warning); re-save it to add one.

        Raises:
            ModelLoadError: A file is missing, is not a baseline model, or holds a value of
                the wrong type, range or shape.
            ModelIntegrityError: A file differs from the one saved (sha256).

        Examples:
            >>> clf = BaselineStanceClassifier.from_pretrained("runs/baseline")  # doctest: +SKIP
        """
        from sklearn.feature_extraction.text import TfidfVectorizer

        src = Path(directory)
        config = read_config(src)
        if config.get("model_type") != "baseline":
            raise ModelLoadError(
                expected_got(
                    f"model_type in {src / CONFIG_NAME}", "'baseline'", config.get("model_type")
                )
            )
        params = check_baseline_config(
            config, src / CONFIG_NAME, cls._get_param_names(), _FORMAT_VERSION
        )
        files = read_files(src, config, [_VOCAB_NAME, _ARRAYS_NAME], allow_unhashed=allow_unhashed)
        vocab = json_object(files[_VOCAB_NAME], src / _VOCAB_NAME)
        model = cls(**params)
        specs = model._block_specs()
        if config["blocks"] != list(specs):
            raise ModelLoadError(
                expected_got(
                    f"blocks in {src / CONFIG_NAME}",
                    f"{list(specs)} (the feature blocks of these params)",
                    config["blocks"],
                )
            )
        check_vocabulary(vocab, src / _VOCAB_NAME, config["blocks"])
        arrays = read_baseline_arrays(
            files[_ARRAYS_NAME], src / _ARRAYS_NAME, vocab, config, _N_DENSE
        )
        model.vectorizers_ = {}
        for block in config["blocks"]:
            terms = vocab[block]
            vec = TfidfVectorizer(
                **{**specs[block], "vocabulary": {t: i for i, t in enumerate(terms)}}
            )
            vec.idf_ = arrays[f"idf__{block}"]
            model.vectorizers_[block] = vec
        model.coef_ = arrays["coef"].astype(np.float64)
        model.intercept_ = arrays["intercept"].astype(np.float64)
        model.present_ = arrays["present"].astype(np.int64)
        model.dense_mean_ = arrays["dense_mean"].astype(np.float64)
        model.dense_scale_ = arrays["dense_scale"].astype(np.float64)
        model.classes_ = np.asarray(labels_for(model.task), dtype=object)
        model.temperature_ = float(config["temperature"])
        model.n_train_ = int(config["n_train"])
        model.target_copies_ = [str(k) for k in config["target_copies"]]
        model.source_ = str(src)
        return model


def _one_thread() -> Any:
    """Limit BLAS/OpenMP to one thread: on a busy machine spinning threads cost 10x time."""
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    return threadpool_limits(limits=1)


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None
