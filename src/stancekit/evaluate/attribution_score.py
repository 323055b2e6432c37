"""The attribution metric (newsattr-dev's, see ``shared/data/newsattr-dev/README.md``).

Gold and predicted attributions are paired one-to-one, greedily by shared content
characters; content-overlap P/R/F1 is computed on characters, exact P/R/F1 on
normalised span lists, source accuracy (lenient: overlap, strict: identical) and speaker
accuracy on matched pairs. Breakdowns: by kind, without attitude attributions, recall
per case id, recall of contents that open with a quotation mark and of those that do
not, and false positives on negative spans (``not_speech`` and ``other_cases``).

Speech acts with a noun-phrase object (``praised the decision``; newsattr's
``other_cases`` label ``speech_no_content``, case D7) are stance-bearing, and the
segmenter makes them attributed segments: a prediction on such a span is counted as
correct, not as a false positive (see :func:`_credit_speech_acts`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from stancekit.data.attribution import QUOTES
from stancekit.evaluate.attribution_shapes import CUE_TYPES, SHAPES, content_shape, cue_type

__all__ = ["Attribution", "score_attributions"]

_HONORIFIC = re.compile(r"^(mr|ms|mrs|dr|sen|gov|rev|lt|cllr)\.?\s+")
Attribution = dict[str, Any]


def _chars(spans: Iterable[Sequence[int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def _norm_span(text: str, spans: Iterable[Sequence[int]]) -> tuple[str, ...]:
    out = []
    for s, e in spans:
        t = text[s:e].strip().strip(QUOTES).rstrip(",.;:").strip(QUOTES).strip()
        out.append(t)
    return tuple(out)


def _clean(name: str) -> str:
    return _HONORIFIC.sub("", name.strip().casefold())


def _norm_speaker(x: str | Sequence[str] | None) -> frozenset[str] | None:
    if x is None:
        return None
    names = [x] if isinstance(x, str) else list(x)
    return frozenset(_clean(n) for n in names)


def _speaker_ok(gold: Attribution, pred: Attribution) -> bool:
    p = _norm_speaker(pred.get("speaker"))
    if p == _norm_speaker(gold["speaker"]):
        return True
    aliases = gold.get("speaker_aliases")
    if not aliases or p is None or len(p) != 1:
        return False
    return p <= {_clean(a) for a in aliases}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf(hit: float, n_pred: float, n_gold: float) -> dict[str, float]:
    p, r = hit / max(n_pred, 1), hit / max(n_gold, 1)
    return {"P": p, "R": r, "F1": _f1(p, r)}


def score_attributions(
    gold_articles: Sequence[Mapping[str, Any]],
    predictions: Mapping[str, Sequence[Attribution]],
    include_attitude: bool = True,
) -> dict[str, Any]:
    """Score predicted attributions against gold ones (the newsattr metric).

    Args:
        gold_articles: Articles with ``id``, ``text``, ``attributions`` and optionally
            ``not_speech`` / ``other_cases``.
        predictions: Article id -> predicted attributions (``kind``, ``content``,
            ``source``, ``cue``, ``speaker``).
        include_attitude: Keep gold attitude attributions (B7).

    Returns:
        A JSON-serialisable dict: the README's totals (``overlap_*``, ``exact_*``,
        ``source_overlap_acc``, ``source_exact_acc``, ``speaker_acc``, ``n_gold``,
        ``n_pred``), plus ``by_kind`` (overlap and exact P/R/F1 per kind: recall over
        gold of that kind, precision over predictions of that kind), ``case_recall``
        (matched share of gold attributions per case id), ``kind_accuracy`` on matched
        pairs, ``negatives`` (false positives per negative label), and recall split by
        the content's shape and by the cue's type (``recall_by_shape``,
        ``recall_by_cue``; see :mod:`stancekit.evaluate.attribution_shapes`).

    Examples:
        >>> from stancekit.evaluate.attribution import predict_attributions
        >>> art = {"id": "a", "text": "Ana said it works.", "attributions": [
        ...     {"kind": "indirect", "content": [[9, 17]], "source": [0, 3], "cue": [4, 8],
        ...      "speaker": "Ana", "cases": ["D2"]}]}
        >>> score_attributions([art], {"a": predict_attributions(art["text"])})["overlap_F1"]
        1.0
    """
    tp_exact = n_gold = n_pred = 0
    ov_gold = ov_pred = ov_hit = 0
    src_n = src_overlap = src_exact = spk_n = spk_ok = kind_ok = n_matched = 0
    kinds: dict[str, Counter[str]] = {}
    cases: dict[str, Counter[str]] = {}
    negatives: dict[str, Counter[str]] = {}
    marks: dict[str, Counter[str]] = {"quoted": Counter(), "unquoted": Counter()}
    shapes: dict[str, Counter[str]] = {}
    cue_types: dict[str, Counter[str]] = {}
    acts: Counter[str] = Counter()
    for art in gold_articles:
        text = art["text"]
        gold = [g for g in art["attributions"] if include_attitude or not g.get("attitude")]
        gch = [_chars(g["content"]) for g in gold]
        gold_all = set().union(*gch) if gch else set()
        pred, acts_found = _credit_speech_acts(art, predictions.get(art["id"], []), gold_all)
        acts["n"] += sum(o["label"] == "speech_no_content" for o in art.get("other_cases", []))
        acts["found"] += acts_found
        n_gold += len(gold)
        n_pred += len(pred)
        pch = [_chars(p["content"]) for p in pred]
        ov_gold += sum(map(len, gch))
        ov_pred += sum(map(len, pch))
        for g, c in zip(gold, gch, strict=True):
            kinds.setdefault(g["kind"], Counter())["gold_chars"] += len(c)
            kinds[g["kind"]]["gold"] += 1
            for case in g.get("cases", []):
                cases.setdefault(case, Counter())["n"] += 1
        for p, pc in zip(pred, pch, strict=True):
            kinds.setdefault(p["kind"], Counter())["pred_chars"] += len(pc)
            kinds[p["kind"]]["pred"] += 1
        index: dict[int, list[int]] = {}
        for j, c in enumerate(pch):
            for ch in c:
                index.setdefault(ch, []).append(j)
        pairs: list[tuple[int, int, int]] = []
        for i, g in enumerate(gch):
            shared: Counter[int] = Counter(j for ch in g for j in index.get(ch, ()))
            pairs.extend((ov, i, j) for j, ov in shared.items())
        pairs.sort(reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        exact_g: set[int] = set()
        for ov, i, j in pairs:
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            ov_hit += ov
            g, p = gold[i], pred[j]
            n_matched += 1
            kind_ok += g["kind"] == p["kind"]
            exact = _norm_span(text, g["content"]) == _norm_span(text, p["content"])
            if exact:
                exact_g.add(i)
            tp_exact += exact
            kinds[g["kind"]]["gold_hit"] += ov
            kinds[g["kind"]]["gold_exact"] += exact
            kinds[p["kind"]]["pred_hit"] += ov
            kinds[p["kind"]]["pred_exact"] += exact
            for case in g.get("cases", []):
                cases[case]["matched"] += 1
                cases[case]["exact"] += exact
            if g.get("source") is not None:
                src_n += 1
                ps = p.get("source")
                if ps and ps[0] < g["source"][1] and g["source"][0] < ps[1]:
                    src_overlap += 1
                    src_exact += list(ps) == list(g["source"])
            if g.get("speaker") is not None:
                spk_n += 1
                spk_ok += _speaker_ok(g, p)
        for i, g in enumerate(gold):
            bucket = marks["quoted" if _opens_with_mark(text, g["content"]) else "unquoted"]
            for b in (
                bucket,
                shapes.setdefault(content_shape(text, g["content"]), Counter()),
                cue_types.setdefault(cue_type(text, g.get("cue")), Counter()),
            ):
                b["n"] += 1
                b["matched"] += i in used_g
                b["exact"] += i in exact_g
        pred_all = set().union(*pch) if pch else set()
        negs = [("not_speech", sp) for sp in art.get("not_speech", [])]
        negs += [(o["label"], o["span"]) for o in art.get("other_cases", [])]
        for label, (s, e) in negs:
            span = set(range(s, e))
            if not span or span & gold_all:
                continue
            negatives.setdefault(label, Counter())["n"] += 1
            if len(span & pred_all) * 2 >= len(span):
                negatives[label]["false_positive"] += 1
    ep, er = tp_exact / max(n_pred, 1), tp_exact / max(n_gold, 1)
    op, orr = ov_hit / max(ov_pred, 1), ov_hit / max(ov_gold, 1)
    by_kind: dict[str, Any] = {}
    for k, kc in sorted(kinds.items()):
        by_kind[k] = {
            "n_gold": kc["gold"],
            "n_pred": kc["pred"],
            "overlap": _f1_dict(
                kc["pred_hit"] / max(kc["pred_chars"], 1),
                kc["gold_hit"] / max(kc["gold_chars"], 1),
            ),
            "exact": _f1_dict(
                kc["pred_exact"] / max(kc["pred"], 1), kc["gold_exact"] / max(kc["gold"], 1)
            ),
        }
    return {
        "exact_P": ep,
        "exact_R": er,
        "exact_F1": _f1(ep, er),
        "overlap_P": op,
        "overlap_R": orr,
        "overlap_F1": _f1(op, orr),
        "source_overlap_acc": src_overlap / max(src_n, 1),
        "source_exact_acc": src_exact / max(src_n, 1),
        "speaker_acc": spk_ok / max(spk_n, 1),
        "kind_accuracy": kind_ok / max(n_matched, 1),
        "n_gold": n_gold,
        "n_pred": n_pred,
        "n_matched": n_matched,
        "by_kind": by_kind,
        "case_recall": {
            k: {"n": c["n"], "recall": c["matched"] / c["n"], "exact_recall": c["exact"] / c["n"]}
            for k, c in sorted(cases.items())
        },
        "negatives": {
            k: {"n": c["n"], "false_positives": c["false_positive"]}
            for k, c in sorted(negatives.items())
        },
        "recall_by_marks": {
            k: {
                "n": c["n"],
                "recall": c["matched"] / max(c["n"], 1),
                "exact_recall": c["exact"] / max(c["n"], 1),
            }
            for k, c in marks.items()
        },
        "recall_by_shape": _recall_table(shapes, SHAPES),
        "recall_by_cue": _recall_table(cue_types, CUE_TYPES),
        "speech_acts": {"n": acts["n"], "found": acts["found"]},
    }


def _recall_table(
    counts: Mapping[str, Counter[str]], order: Sequence[str]
) -> dict[str, dict[str, float]]:
    """``{bucket: {n, recall, exact_recall}}`` in ``order``, empty buckets left out."""
    return {
        k: {
            "n": counts[k]["n"],
            "recall": counts[k]["matched"] / max(counts[k]["n"], 1),
            "exact_recall": counts[k]["exact"] / max(counts[k]["n"], 1),
        }
        for k in order
        if k in counts
    }


def _opens_with_mark(text: str, spans: Sequence[Sequence[int]]) -> bool:
    """Whether the first content span starts at (or right after) a quotation mark."""
    s = spans[0][0]
    return text[s] in QUOTES or (s > 0 and text[s - 1] in QUOTES)


def _credit_speech_acts(
    art: Mapping[str, Any], pred: Sequence[Attribution], gold_all: set[int]
) -> tuple[list[Attribution], int]:
    """Set aside predictions that land on a ``speech_no_content`` (D7) span.

    A speech act with a noun-phrase object (``praised the decision``, ``denied the
    allegations``) carries the speaker's stance, so stancekit makes it an attributed
    segment, while newsattr-dev lists its span under ``other_cases`` rather than as an
    attribution. Such a prediction (one that shares characters with a D7 span and with
    no gold content) is counted as correct: it leaves the precision denominator instead
    of counting as a false positive, and the D7 spans it covers are reported as
    ``speech_acts.found`` out of ``speech_acts.n``.

    Returns:
        The remaining predictions, and how many D7 spans were covered.
    """
    acts = [
        set(range(o["span"][0], o["span"][1]))
        for o in art.get("other_cases", [])
        if o["label"] == "speech_no_content"
    ]
    if not acts:
        return list(pred), 0
    kept: list[Attribution] = []
    hit: set[int] = set()
    for p in pred:
        chars = _chars(p["content"])
        on = [k for k, span in enumerate(acts) if span & chars]
        if on and not chars & gold_all:
            hit.update(on)
        else:
            kept.append(p)
    return kept, len(hit)


def _f1_dict(p: float, r: float) -> dict[str, float]:
    return {"P": p, "R": r, "F1": _f1(p, r)}
