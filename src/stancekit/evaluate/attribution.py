"""Scoring attribution (stage 1) on newsattr-dev, LitBank and the real-news dev set.

Segments are grouped into attribution dicts here (:func:`predict_attributions`); the
metric lives in :mod:`stancekit.evaluate.attribution_score` (including the rule that a
speech act on a newsattr ``speech_no_content`` span counts as correct), the loaders in
:mod:`stancekit.data.attribution`.

Examples:
    >>> preds = predict_attributions('"We will win," the mayor said.')
    >>> preds[0]["kind"], preds[0]["content"]
    ('direct', [[1, 13]])
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stancekit.data.attribution import (
    QUOTES,
    load_litbank,
    load_newsattr,
    load_realnews_attr,
)
from stancekit.errors import InvalidInputError, UnbalancedQuoteWarning, expected_got
from stancekit.evaluate.attribution_score import Attribution, score_attributions
from stancekit.segmentation import segment

if TYPE_CHECKING:
    from stancekit.segmentation.tagger import SpanTagger

__all__ = [
    "evaluate_attribution",
    "format_attribution_report",
    "load_litbank",
    "load_newsattr",
    "load_realnews_attr",
    "predict_attributions",
    "score_attributions",
]

logger = logging.getLogger(__name__)


# --------------------------------------------------------------------------- predicting
def predict_attributions(
    text: str, *, backend: str = "rules", tagger: SpanTagger | None = None
) -> list[Attribution]:
    """Segment ``text`` and group attributed segments into attribution dicts.

    Direct content loses its quote marks; indirect and mixed content loses a
    trailing ``. , ; :`` (the newsattr span conventions).

    Args:
        text: The article.
        backend: The segmentation backend (``"rules"``, ``"tagger"``, ``"both"``).
        tagger: The span tagger for the learned backends (default: the packaged one).

    Returns:
        ``[{"kind", "content": [[s, e], ...], "source", "cue", "speaker",
        "attitude"}]`` in text order.

    Examples:
        >>> predict_attributions("The mayor said the bridge was safe.")[0]["content"]
        [[15, 34]]
    """
    groups: dict[int, Attribution] = {}
    for sg in segment(text, backend=backend, tagger=tagger):
        if sg.attribution is None:
            continue
        s, e = sg.start, sg.end
        if sg.kind == "direct":
            if text[s : s + 2] in ("''", "``"):
                s += 2  # typewriter marks
            elif text[s] in QUOTES:
                s += 1
            if e - 2 > s and text[e - 2 : e] == "''":
                e -= 2
            elif e > s and text[e - 1] in QUOTES:
                e -= 1
        else:
            while e > s and text[e - 1] in ".,;:" and text[e - 1] not in QUOTES:
                e -= 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        speaker: str | list[str] | None = sg.speaker
        if sg.speaker is not None and " and " in sg.speaker:
            speaker = sg.speaker.split(" and ")  # coordinated speakers (C7)
        g = groups.setdefault(
            sg.attribution,
            {
                "kind": sg.kind,
                "content": [],
                "source": [sg.source.start, sg.source.end] if sg.source else None,
                "cue": [sg.cue.start, sg.cue.end] if sg.cue else None,
                "speaker": speaker,
                "attitude": sg.attitude,
            },
        )
        if s < e:
            g["content"].append([s, e])
    return [g for g in groups.values() if g["content"]]


# --------------------------------------------------------------------------- report
def evaluate_attribution(
    dataset: str,
    data_dir: str | Path,
    split: str = "dev",
    seed: int = 0,
    *,
    backend: str = "rules",
    tagger: SpanTagger | None = None,
) -> dict[str, Any]:
    """Segment a data set's documents and score the attributions.

    Args:
        dataset: ``"newsattr"`` (all 24 articles; ``split`` must be ``"dev"`` or
            ``"all"``) or ``"litbank"`` (direct quotes only, fiction).
        data_dir: The shared data folder.
        split: For LitBank: ``"train"``, ``"dev"``, ``"test"`` or ``"all"``.
        seed: LitBank document-shuffle seed.
        backend: The segmentation backend (``"rules"``, ``"tagger"``, ``"both"``).
        tagger: The span tagger for the learned backends (default: the packaged one).

    Returns:
        A JSON-serialisable report: ``dataset``, ``split``, ``backend``, ``n_documents``,
        ``overall`` (see :func:`score_attributions`), ``without_attitude`` (newsattr),
        ``seconds`` and ``chars_per_second``. For LitBank only direct predictions are
        scored.

    Raises:
        InvalidInputError: Unknown data set or split.
        DataNotFoundError: The data is not in ``data_dir``.

    Examples:
        >>> report = evaluate_attribution("newsattr", "../shared/data")  # doctest: +SKIP
        >>> round(report["overall"]["overlap_F1"], 2)  # doctest: +SKIP
        0.9
    """
    if dataset == "newsattr":
        if split not in ("dev", "all"):
            raise InvalidInputError(
                expected_got("split", "'dev' or 'all' for newsattr (one dev set)", split)
            )
        docs = load_newsattr(data_dir)
    elif dataset == "litbank":
        docs = load_litbank(data_dir, split=split, seed=seed)
    else:
        raise InvalidInputError(expected_got("dataset", "'newsattr' or 'litbank'", dataset))
    t0 = time.perf_counter()
    preds: dict[str, list[Attribution]] = {}
    n_warn = 0
    for doc in docs:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UnbalancedQuoteWarning)
            got = predict_attributions(doc["text"], backend=backend, tagger=tagger)
        n_warn += sum(issubclass(w.category, UnbalancedQuoteWarning) for w in caught)
        if dataset == "litbank":
            got = [p for p in got if p["kind"] == "direct"]
        preds[doc["id"]] = got
    seconds = time.perf_counter() - t0
    report: dict[str, Any] = {
        "dataset": dataset,
        "split": split,
        "backend": backend,
        "n_documents": len(docs),
        "overall": score_attributions(docs, preds),
    }
    if dataset == "newsattr":
        report["without_attitude"] = {
            k: v
            for k, v in score_attributions(docs, preds, include_attitude=False).items()
            if not isinstance(v, dict)
        }
    report["unbalanced_quote_warnings"] = n_warn
    report["seconds"] = seconds
    report["chars_per_second"] = sum(len(d["text"]) for d in docs) / max(seconds, 1e-9)
    logger.info("attribution %s/%s: %s", dataset, split, report["overall"]["overlap_F1"])
    return report


def format_attribution_report(report: Mapping[str, Any]) -> str:
    """Render :func:`evaluate_attribution`'s report as a short text table."""
    o = report["overall"]
    lines = [
        f"attribution on {report['dataset']} ({report['split']}, "
        f"{report['n_documents']} documents, backend {report.get('backend', 'rules')})",
        f"  overlap  P {o['overlap_P']:.3f}  R {o['overlap_R']:.3f}  F1 {o['overlap_F1']:.3f}",
        f"  exact    P {o['exact_P']:.3f}  R {o['exact_R']:.3f}  F1 {o['exact_F1']:.3f}",
        f"  source   lenient {o['source_overlap_acc']:.3f}  strict {o['source_exact_acc']:.3f}",
        f"  speaker  {o['speaker_acc']:.3f}   gold {o['n_gold']}  predicted {o['n_pred']}",
        "  by kind (overlap F1 / exact F1):",
    ]
    for k, v in o["by_kind"].items():
        lines.append(
            f"    {k:<9} gold {v['n_gold']:>4} pred {v['n_pred']:>4}  "
            f"{v['overlap']['F1']:.3f} / {v['exact']['F1']:.3f}"
        )
    if "without_attitude" in report:
        w = report["without_attitude"]
        lines.append(
            f"  without attitude: overlap F1 {w['overlap_F1']:.3f}  exact F1 {w['exact_F1']:.3f}"
        )
    rm = o["recall_by_marks"]
    lines.append(
        f"  recall (overlap / exact)  content opening with a quote mark "
        f"{rm['quoted']['recall']:.3f} / {rm['quoted']['exact_recall']:.3f} "
        f"(n={rm['quoted']['n']}), without {rm['unquoted']['recall']:.3f} / "
        f"{rm['unquoted']['exact_recall']:.3f} (n={rm['unquoted']['n']})"
    )
    for key, title in (("recall_by_shape", "content shape"), ("recall_by_cue", "cue type")):
        if o.get(key):
            cells = ", ".join(
                f"{k} {v['recall']:.2f}/{v['exact_recall']:.2f} ({v['n']})"
                for k, v in o[key].items()
            )
            lines.append(f"  recall by {title} (overlap/exact, n): {cells}")
    if o["speech_acts"]["n"]:
        lines.append(
            f"  speech acts without content (D7) found as segments: "
            f"{o['speech_acts']['found']}/{o['speech_acts']['n']} (not false positives)"
        )
    if o["negatives"]:
        fp = ", ".join(f"{k} {v['false_positives']}/{v['n']}" for k, v in o["negatives"].items())
        lines.append(f"  false positives on negatives: {fp}")
    lines.append(f"  {report['chars_per_second'] / 1e6:.2f} MB/s")
    return "\n".join(lines)
