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

This module is the estimator API; its jobs live beside it: the text views and lexicon
in :mod:`stancekit.models.baseline_text`, the feature blocks in
:mod:`stancekit.models.baseline_features`, saving and loading in
:mod:`stancekit.models.baseline_io`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import NotFittedError as SklearnNotFittedError

from stancekit.errors import InvalidInputError, NotFittedError, expected_got
from stancekit.labels import check_task, labels_for, validate_labels
from stancekit.models.baseline_features import Views as _Views
from stancekit.models.baseline_features import block_specs, transform, view
from stancekit.models.baseline_io import load_baseline, save_baseline
from stancekit.models.calibration import check_temperature
from stancekit.models.inputs import PairInput, as_pairs
from stancekit.weights.integrity import CONFIG_NAME

__all__ = ["CONFIG_NAME", "BaselineNotFittedError", "BaselineStanceClassifier"]

logger = logging.getLogger(__name__)


class BaselineNotFittedError(NotFittedError, SklearnNotFittedError):  # type: ignore[misc]
    """:class:`stancekit.errors.NotFittedError` that scikit-learn also recognises."""


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
        return block_specs(
            self.min_df, self.window_ngrams, self.use_char, self.char_ngrams, self.use_cross
        )

    def _transform(self, views: _Views) -> Any:
        return transform(
            self.vectorizers_, views, self.dense_mean_, self.dense_scale_, self.target_copies_
        )

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
            docs = view(views, block)
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
        return save_baseline(self, directory)

    @classmethod
    def from_pretrained(
        cls, directory: str | Path, *, allow_unhashed: bool = False
    ) -> BaselineStanceClassifier:
        """Load a model written by :meth:`save_pretrained`; probabilities are identical.

        Every file is checked against the sha256 manifest in ``stancekit.json`` and every
        value for type and shape (see :mod:`stancekit.weights.integrity` and
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
        model: BaselineStanceClassifier = load_baseline(
            cls, directory, allow_unhashed=allow_unhashed
        )
        return model


def _one_thread() -> Any:
    """Limit BLAS/OpenMP to one thread: on a busy machine spinning threads cost 10x time."""
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    return threadpool_limits(limits=1)
