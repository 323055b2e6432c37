"""Wire the stages: text -> segments -> pairs -> scores -> stance per speaker.

:func:`analyze` reads one article, :func:`analyze_many` a corpus. Both score every
(segment, target) pair with one stance model and, optionally, one target-directed
sentiment model, and keep everything needed to trace a result back to the text.
The result objects (:class:`Analysis`, :class:`AnalysisSet`) live in
:mod:`stancekit.results` and are re-exported here.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np
import pandas as pd

from stancekit.aggregate import relevant_mask
from stancekit.errors import InvalidInputError, ModelLoadError, expected_got
from stancekit.failures import (
    ArticleFailure,
    check_unique_ids,
    errors_frame,
    isolate,
    warn_failures,
)
from stancekit.labels import labels_for
from stancekit.models.loading import CONFIG_NAME, load_model_dir
from stancekit.models.outputs import check_probabilities
from stancekit.records import Pair, Segment, StanceScore, Target
from stancekit.results import SEGMENT_COLUMNS, SPEAKER_COLUMNS, Analysis, AnalysisSet
from stancekit.targets import as_targets, make_pairs
from stancekit.textclean import clean_text, replace_unencodable

__all__ = [
    "SEGMENT_COLUMNS",
    "SPEAKER_COLUMNS",
    "Analysis",
    "AnalysisSet",
    "OnFailure",
    "analyze",
    "analyze_many",
    "prepare_article",
    "reads_context",
    "resolve_model",
    "score_segments",
    "select_pairs",
]

logger = logging.getLogger(__name__)

#: Pairs per ``predict_proba`` call in :func:`analyze` (bounds memory on huge articles).
_ANALYZE_BATCH = 2048


class Classifier(Protocol):
    """What :func:`analyze` needs from a model (both stancekit classifiers qualify)."""

    task: str

    def predict_proba(self, X: Any) -> Any:
        """Probabilities of shape (n, 3), columns in ``classes_`` order."""


# ---------------------------------------------------------------------------- models
@functools.cache
def _default_model(task: str, variant: str = "fast") -> Classifier:
    try:
        from stancekit.models.defaults import load_default_model  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:  # the defaults module ships with the package
        raise ModelLoadError(
            f"The default {task} model is not available in this installation ({exc}). "
            "Pass model=<a fitted classifier or a directory saved with save_pretrained>."
        ) from None
    model: Classifier = load_default_model(task, variant=variant)  # type: ignore[arg-type]
    logger.info("loaded the %s %s model", variant, task)
    return model


def resolve_model(model: object, task: str) -> Classifier:
    """Turn what users pass as a model into a fitted classifier for ``task``.

    Args:
        model: ``None`` or ``"default"`` (the packaged default, loaded once per process),
            ``"fast"`` (the same: MiniLM) or ``"accurate"`` (stance only: all-mpnet-base-v2
            reading context; ``stancekit download accurate`` installs its base), a directory
            written by ``save_pretrained`` (its ``stancekit.json`` names the
            model type), or a fitted ``BaselineStanceClassifier`` /
            ``TransformerStanceClassifier`` (or any object with ``task``, ``classes_`` and
            ``predict_proba``).
        task: ``"stance"`` or ``"sentiment"``.

    Returns:
        The classifier.

    Raises:
        ModelLoadError: A path that is not a saved stancekit model, or missing defaults.
        InvalidInputError: A model of the wrong type or for the other task.

    Examples:
        >>> resolve_model("no/such/dir", "stance")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        stancekit.errors.ModelLoadError: model: expected a directory containing ...
    """
    labels = labels_for(task)
    if model is None or (isinstance(model, str) and model in ("default", "fast")):
        clf = _default_model(task)
    elif isinstance(model, str) and model == "accurate":
        clf = _default_model(task, "accurate")
    elif isinstance(model, str | os.PathLike):
        folder = Path(model)
        config_file = folder / CONFIG_NAME
        if not config_file.is_file():
            raise ModelLoadError(
                expected_got(
                    "model",
                    f"a directory containing {CONFIG_NAME} (written by save_pretrained) "
                    "or 'default'",
                    str(model),
                    "Check the path, or leave model=None for the default model.",
                )
            )
        clf = load_model_dir(folder)  # cached until any file in the folder changes
    elif hasattr(model, "predict_proba") and hasattr(model, "task"):
        clf = model  # type: ignore[assignment]
    else:
        raise InvalidInputError(
            expected_got(
                "model",
                "None, 'default', a saved model directory or a fitted stancekit classifier",
                model,
            )
        )
    if clf.task != task:
        raise InvalidInputError(
            expected_got(
                f"the {task} model's task",
                repr(task),
                clf.task,
                "Pass the stance model as model= and the sentiment model as sentiment_model=.",
            )
        )
    classes = getattr(clf, "classes_", None)
    if classes is not None and tuple(str(c) for c in classes) != labels:
        raise InvalidInputError(
            expected_got(f"the {task} model's classes_", str(labels), tuple(classes))
        )
    return clf


def reads_context(model: object) -> bool:
    """Whether a model reads the ``context`` of a pair (it was trained with context)."""
    return bool(getattr(model, "uses_context_", False))


def _predict(model: Classifier, pairs: Sequence[Pair], task: str) -> np.ndarray:
    columns: dict[str, list[Any]] = {
        "text": [p.text for p in pairs],
        "target": [p.target for p in pairs],
        "mentions": [[(m.start, m.end) for m in p.mentions] for p in pairs],
    }
    if reads_context(model):
        columns["context"] = [p.context for p in pairs]
    X = pd.DataFrame(columns)
    return check_probabilities(model.predict_proba(X), len(pairs), model, task)


def _show_bar(show_progress_bar: bool | None) -> bool:
    if show_progress_bar is None:
        return logger.getEffectiveLevel() <= logging.INFO
    return bool(show_progress_bar)


def _score(
    pairs: Sequence[Pair],
    model: Classifier,
    sentiment_model: Classifier | None,
    *,
    batch_size: int | None = None,
    show_progress_bar: bool | None = False,
) -> list[StanceScore]:
    """Score pairs; each distinct (text, target, mentions, context) is scored once.

    The distinct pairs are sorted by text length (so that batches hold texts of similar
    length, across articles) and sent in chunks of ``batch_size`` (all at once when
    ``None``), one ``predict_proba`` call per model and chunk. Scores come back in the
    order of ``pairs``.
    """
    if not pairs:
        return []
    index: dict[tuple[str, str, tuple[Any, ...], str], int] = {}
    slot = [index.setdefault((p.text, p.target, p.mentions, p.context), len(index)) for p in pairs]
    first: dict[int, Pair] = {}
    for p, u in zip(pairs, slot, strict=True):
        first.setdefault(u, p)
    unique = [first[u] for u in range(len(index))]
    order = sorted(range(len(unique)), key=lambda u: len(unique[u].text))
    size = len(order) if batch_size is None else batch_size
    chunks = [order[i : i + size] for i in range(0, len(order), size)]
    if len(chunks) > 1 and _show_bar(show_progress_bar):
        from tqdm.auto import tqdm

        chunks = list(tqdm(chunks, desc="scoring pairs", unit="batch"))
    stance = np.zeros((len(unique), 3))
    senti = None if sentiment_model is None else np.zeros((len(unique), 3))
    for chunk in chunks:
        batch = [unique[u] for u in chunk]
        stance[chunk] = _predict(model, batch, "stance")
        if sentiment_model is not None and senti is not None:
            senti[chunk] = _predict(sentiment_model, batch, "sentiment")
    if len(unique) < len(pairs):
        logger.info("scored %d distinct pairs for %d pairs", len(unique), len(pairs))
    return [
        StanceScore(
            pair,
            (float(stance[u, 0]), float(stance[u, 1]), float(stance[u, 2])),
            None if senti is None else (float(senti[u, 0]), float(senti[u, 1]), float(senti[u, 2])),
        )
        for pair, u in zip(pairs, slot, strict=True)
    ]


# ---------------------------------------------------------------------------- inputs
def _check_text(text: object, what: str = "text") -> str:
    if not isinstance(text, str):
        raise InvalidInputError(
            expected_got(
                what,
                "the article as a str",
                text,
                "Read the file first, e.g. Path(p).read_text(encoding='utf-8').",
            )
        )
    return clean_text(text, what, stacklevel=3)


def _check_segments(segments: object, text: str) -> list[Segment]:
    if isinstance(segments, str | bytes) or not isinstance(segments, Sequence):
        raise InvalidInputError(expected_got("segments", "a list of stancekit.Segment", segments))
    out = list(segments)
    for i, seg in enumerate(out):
        if not isinstance(seg, Segment):
            raise InvalidInputError(expected_got(f"segments[{i}]", "a stancekit.Segment", seg))
        if text[seg.start : seg.end] != replace_unencodable(seg.text):
            raise InvalidInputError(
                expected_got(
                    f"segments[{i}]",
                    "text equal to the article's text[start:end]",
                    seg,
                    "Pass the segments of this article (stancekit.segment(text)).",
                )
            )
        if seg.text != text[seg.start : seg.end]:  # lone surrogates, already reported
            out[i] = replace(seg, text=text[seg.start : seg.end])
    return out


def _segment(text: str) -> list[Segment]:
    from stancekit.segmentation import segment

    return segment(text)


def prepare_article(
    text: object, segments: Sequence[Segment] | None = None, *, what: str = "text"
) -> tuple[str, list[Segment]]:
    """Check one article and segment it: what every entry point does before scoring.

    Args:
        text: The article; anything else than a str is refused.
        segments: Its segments when computed elsewhere (checked against the text);
            ``None`` segments it with :func:`stancekit.segment`.
        what: How messages and warnings name the article (``"texts[3]"``).

    Returns:
        The text (lone surrogates replaced, see :mod:`stancekit.textclean`) and its
        segments, ready for :func:`score_segments`.

    Raises:
        InvalidInputError: ``text`` is not a str, or ``segments`` do not fit it.

    Warns:
        UnencodableTextWarning: ``text`` held lone surrogates, replaced by U+FFFD.

    Examples:
        >>> text, segs = prepare_article('"We will win," the mayor said.')
        >>> segs[0].kind, text[segs[0].source.start : segs[0].source.end]
        ('direct', 'the mayor')
    """
    clean = _check_text(text, what)
    return clean, _segment(clean) if segments is None else _check_segments(segments, clean)


# ---------------------------------------------------------------------------- entry points
def _check_score(score: object) -> None:
    if score not in ("all", "relevant"):
        raise InvalidInputError(expected_got("score", "'all' or 'relevant'", score))


def select_pairs(
    pairs: list[Pair], segments_by_article: Mapping[int, Sequence[Segment]], score: str
) -> tuple[list[Pair], list[Pair]]:
    """Split pairs into those to score and those to leave unscored.

    With ``score="relevant"`` only the pairs that can count in ``by_speaker`` under any
    relevance rule (the ``"topic"`` rule's, a superset of the others) are scored; with
    ``"all"`` every pair.

    Args:
        pairs: Pairs of one or more articles (``pair.article`` keys them).
        segments_by_article: Each article's segments, keyed like ``pair.article``.
        score: ``"relevant"`` or ``"all"``.

    Returns:
        The pairs to score and the pairs left, each in input order.
    """
    if score == "all":
        return pairs, []
    flags: dict[tuple[int, str], list[bool]] = {}
    for p in pairs:
        key = (p.article, p.target)
        if key not in flags:  # not setdefault: building the list per pair is quadratic
            flags[key] = [False] * len(segments_by_article[p.article])
        flags[key][p.segment] = p.mentioned
    masks = {
        key: relevant_mask(segments_by_article[key[0]], mentioned, relevance="topic")
        for key, mentioned in flags.items()
    }
    keep = [masks[(p.article, p.target)][p.segment] for p in pairs]
    return (
        [p for p, k in zip(pairs, keep, strict=True) if k],
        [p for p, k in zip(pairs, keep, strict=True) if not k],
    )


#: What :func:`score_segments` does when scoring a batch of articles raises: ``"raise"``
#: lets the error through; ``"isolate"`` scores each article alone, leaves out the ones
#: that fail, and raises the first error if every article fails (then the model is at
#: fault); ``"record"`` does the same but never raises.
OnFailure = Literal["raise", "isolate", "record"]


def score_segments(
    articles: Sequence[tuple[str, Sequence[Segment]]],
    targets: Sequence[Target],
    model: Classifier,
    sentiment_model: Classifier | None = None,
    *,
    score: str = "relevant",
    batch_size: int | None = 1024,
    show_progress_bar: bool | None = False,
    on_failure: OnFailure = "isolate",
) -> tuple[list[tuple[int, Analysis]], list[tuple[int, Exception]]]:
    """Score segmented articles: the one core of every entry point.

    :func:`analyze`, :func:`analyze_many` and ``analyze_corpus`` all call it. Every
    non-excluded segment of every article is paired with every target (with the context
    of each pair when ``model`` reads context), the pairs to score are chosen
    (:func:`select_pairs`), and the pairs of all articles are scored together: each
    distinct pair once, length-sorted, ``batch_size`` pairs per ``predict_proba`` call.

    Args:
        articles: ``(text, segments)`` of each article; the texts already cleaned.
        targets: The targets, normalised (:func:`stancekit.targets.as_targets`).
        model: The stance model (from :func:`resolve_model`).
        sentiment_model: The sentiment model, or ``None`` for no sentiment.
        score: ``"relevant"`` or ``"all"`` (see :func:`analyze`).
        batch_size: Pairs per model call; ``None`` scores all pairs in one call.
        show_progress_bar: A bar over the batches; ``None`` shows it at INFO logging.
        on_failure: When scoring the batch raises: see :data:`OnFailure`.

    Returns:
        ``(position, analysis)`` of each article analysed, in input order (its pairs'
        ``article`` is its index in this list), and ``(position, error)`` of each
        article whose pairs could not be scored.

    Raises:
        InvalidInputError: ``score`` is not ``"all"`` or ``"relevant"``.
        Exception: The model's error, with ``on_failure="raise"``, or when every
            article fails with ``"isolate"``.

    Examples:
        >>> from stancekit.segmentation import segment
        >>> text = '"NATO must go," Ann Lee said.'
        >>> class Even:
        ...     task, classes_ = "stance", ("against", "none", "favor")
        ...     def predict_proba(self, X):
        ...         return np.full((len(X), 3), 1 / 3)
        >>> done, failed = score_segments([(text, segment(text))], [Target("NATO")], Even())
        >>> [(k, len(a.scores)) for k, a in done], failed
        ([(0, 1)], [])
    """
    _check_score(score)
    context = reads_context(model)
    pairs = [
        p
        for k, (text, segs) in enumerate(articles)
        for p in make_pairs(segs, targets, article=k, text=text if context else None)
    ]
    pairs, unscored = select_pairs(pairs, {k: s for k, (_, s) in enumerate(articles)}, score)
    failed: list[tuple[int, Exception]] = []
    try:
        scores = _score(
            pairs,
            model,
            sentiment_model,
            batch_size=batch_size,
            show_progress_bar=show_progress_bar,
        )
    except Exception as exc:  # pin the failure to its article
        if on_failure == "raise":
            raise
        logger.warning("scoring a batch failed (%s); scoring its articles one by one", exc)
        groups: dict[int, list[Pair]] = {}
        for p in pairs:
            groups.setdefault(p.article, []).append(p)
        scores = []
        for k, group in groups.items():
            try:
                scores.extend(_score(group, model, sentiment_model, batch_size=batch_size))
            except Exception as exc_one:  # recorded; the caller reports it
                failed.append((k, exc_one))
        if on_failure == "isolate" and failed and len(failed) == len(groups):
            raise failed[0][1] from exc
    lost = {k for k, _ in failed}
    kept = [k for k in range(len(articles)) if k not in lost]
    new = {k: n for n, k in enumerate(kept)}
    per_article: dict[int, list[StanceScore]] = {k: [] for k in kept}
    for sc in scores:
        per_article[sc.pair.article].append(
            sc if new[sc.pair.article] == sc.pair.article else _moved(sc, new[sc.pair.article])
        )
    left: dict[int, list[Pair]] = {k: [] for k in kept}
    for p in unscored:
        if p.article in new:
            left[p.article].append(
                p if new[p.article] == p.article else replace(p, article=new[p.article])
            )
    target_tuple = tuple(targets)
    done = [
        (
            k,
            Analysis(
                articles[k][0],
                target_tuple,
                tuple(articles[k][1]),
                tuple(per_article[k]),
                tuple(left[k]),
            ),
        )
        for k in kept
    ]
    return done, failed


def _moved(sc: StanceScore, article: int) -> StanceScore:
    return replace(sc, pair=replace(sc.pair, article=article))


def analyze(
    text: str,
    targets: str | Target | Sequence[str | Target],
    *,
    model: object = None,
    sentiment: bool = True,
    sentiment_model: object = None,
    segments: Sequence[Segment] | None = None,
    score: Literal["all", "relevant"] = "relevant",
) -> Analysis:
    """Analyse one article: who says what, and where each speaker stands on each target.

    Every non-excluded segment is paired with every target, and all pairs are scored in
    one ``predict_proba`` call per model.

    Args:
        text: The article (headline, byline and body as plain text).
        targets: A target name, a :class:`~stancekit.records.Target` with aliases, or a
            list of them.
        model: The stance model: ``None``/``"default"`` for the packaged default (loaded
            once per process), a directory written by ``save_pretrained``, or a fitted
            ``BaselineStanceClassifier``/``TransformerStanceClassifier`` with
            ``task="stance"``.
        sentiment: Also score target-directed sentiment.
        sentiment_model: Like ``model``, for ``task="sentiment"``.
        segments: Precomputed segments of ``text`` (from ``stancekit.segment`` or your own
            segmenter); segmented with ``stancekit.segment`` when ``None``.
        score: ``"all"`` scores every pair; ``"relevant"`` scores only the pairs that
            can count in :meth:`Analysis.by_speaker` under any relevance rule (the
            ``"topic"`` rule's pairs, a superset of the others) - the same per-speaker
            results, several times faster; the other rows of ``to_frame`` are NaN.

    Returns:
        The :class:`Analysis`; see its ``to_frame``, ``by_speaker`` and ``plot``.

    Raises:
        InvalidInputError: ``text`` not a str, empty or malformed ``targets``, a model
            for the wrong task.
        ModelLoadError: ``model`` is a path without a saved stancekit model, or a folder
            whose files fail their sha256 or value checks.
        ModelOutputError: A model returned probabilities that are not finite, outside
            [0, 1] or not summing to 1 per row.

    Warns:
        UnencodableTextWarning: ``text`` held lone surrogates, replaced by U+FFFD.

    Examples:
        >>> import stancekit
        >>> result = stancekit.analyze(text, ["NATO", "war"])  # doctest: +SKIP
        >>> result.by_speaker()  # doctest: +SKIP
    """
    text = _check_text(text)
    target_list = as_targets(targets)
    stance_clf = resolve_model(model, "stance")
    senti_clf = resolve_model(sentiment_model, "sentiment") if sentiment else None
    _check_score(score)
    segs = _segment(text) if segments is None else _check_segments(segments, text)
    done, _ = score_segments(
        [(text, segs)],
        target_list,
        stance_clf,
        senti_clf,
        score=score,
        batch_size=_ANALYZE_BATCH,
        on_failure="raise",
    )
    analysis = done[0][1]
    logger.info(
        "scored %d pairs (%d segments x %d targets)",
        len(analysis.scores),
        len(segs),
        len(target_list),
    )
    return analysis


def _texts_and_ids(texts: object, ids: Sequence[Any] | None) -> tuple[list[str], list[Any]]:
    columns = getattr(texts, "column_names", None)
    if columns is not None:  # a datasets.Dataset
        if "text" not in columns:
            raise InvalidInputError(
                expected_got("texts", "a Dataset with a 'text' column", f"columns {columns}")
            )
        items = list(texts["text"])  # type: ignore[index]
        if ids is None and "id" in columns:
            ids = list(texts["id"])  # type: ignore[index]
    elif isinstance(texts, pd.Series):
        items = texts.tolist()
        if ids is None:
            ids = texts.index.tolist()
    elif isinstance(texts, str | bytes) or not isinstance(texts, Sequence):
        raise InvalidInputError(
            expected_got(
                "texts",
                "a list of article strings or a datasets.Dataset with a 'text' column",
                texts,
                "For one article use stancekit.analyze(text, targets).",
            )
        )
    else:
        items = list(texts)
    out_ids = list(range(len(items))) if ids is None else list(ids)
    if len(out_ids) != len(items):
        raise InvalidInputError(expected_got("ids", f"{len(items)} identifiers", out_ids))
    check_unique_ids(out_ids)
    return items, out_ids


def analyze_many(
    texts: Sequence[str] | Any,
    targets: str | Target | Sequence[str | Target],
    *,
    model: object = None,
    sentiment: bool = True,
    sentiment_model: object = None,
    ids: Sequence[Any] | None = None,
    segments: Sequence[Sequence[Segment]] | None = None,
    batch_size: int = 1024,
    show_progress_bar: bool | None = None,
    score: Literal["all", "relevant"] = "relevant",
) -> AnalysisSet:
    """Analyse a corpus; pairs from all articles are scored together in batches.

    Args:
        texts: Article strings, a pandas Series (its index gives the ids) or a
            ``datasets.Dataset`` with a ``text`` column (and an optional ``id`` column).
        targets: As in :func:`analyze`; the same targets for every article.
        model: As in :func:`analyze`.
        sentiment: Also score target-directed sentiment.
        sentiment_model: As in :func:`analyze`.
        ids: Article identifiers for the ``article`` columns; default 0, 1, ...
        segments: Precomputed segments, one list per article.
        batch_size: Pairs per ``predict_proba`` call (the model batches further inside).
        show_progress_bar: Show progress over articles and batches; ``None`` shows it
            when logging is at INFO or finer.
        score: As in :func:`analyze`.

    Returns:
        An :class:`AnalysisSet`: a sequence of :class:`Analysis` with corpus-level
        ``to_frame()``, ``by_speaker()`` and ``plot()``. Articles that could not be
        analysed (not a str, a segmentation or model failure on their pairs) are left
        out and listed in its ``errors`` frame (see :mod:`stancekit.failures`).

    Raises:
        InvalidInputError: Bad texts container, targets, ids (repeated ones too) or
            models (see :func:`analyze`).

    Warns:
        ArticleFailedWarning: Some articles were left out (named in the message).

    Examples:
        >>> corpus = stancekit.analyze_many(articles, ["NATO"])  # doctest: +SKIP
        >>> corpus.by_speaker(per_article=True)  # doctest: +SKIP
    """
    items, out_ids = _texts_and_ids(texts, ids)
    _check_score(score)
    target_list = as_targets(targets)
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise InvalidInputError(expected_got("batch_size", "a positive int", batch_size))
    stance_clf = resolve_model(model, "stance")
    senti_clf = resolve_model(sentiment_model, "sentiment") if sentiment else None
    if segments is not None and len(segments) != len(items):
        raise InvalidInputError(
            expected_got("segments", f"{len(items)} segment lists", f"{len(segments)} lists")
        )
    iterator: Any = enumerate(items)
    if _show_bar(show_progress_bar) and len(items) > 1:
        from tqdm.auto import tqdm

        iterator = tqdm(iterator, total=len(items), desc="segmenting", unit="article")

    def prepare(a: int, item: object) -> tuple[str, list[Segment]]:
        return prepare_article(item, None if segments is None else segments[a], what=f"texts[{a}]")

    done, failures = isolate(iterator, out_ids, prepare)  # a bad article costs only itself
    rows = [a for a, _ in done]
    scored, failed = score_segments(
        [prepared for _, prepared in done],
        target_list,
        stance_clf,
        senti_clf,
        score=score,
        batch_size=batch_size,
        show_progress_bar=show_progress_bar,
        on_failure="isolate",
    )
    failures += [ArticleFailure.from_exception(rows[k], out_ids[rows[k]], exc) for k, exc in failed]
    warn_failures(failures, len(out_ids))
    return AnalysisSet(
        tuple(analysis for _, analysis in scored),
        tuple(out_ids[rows[k]] for k, _ in scored),
        errors_frame(failures),
    )
