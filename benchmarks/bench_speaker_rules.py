"""Which speaker rule agrees with readers? by_speaker() rules against gold speaker rows.

    python benchmarks/bench_speaker_rules.py --model runs/f-ctx/stance-fast \
        --set newsstance-train-calibration --data-dir data

For every article of the set, ``analyze(score="all")`` scores every (segment, target) pair
once; then each rule turns the scores into one label per (speaker, target) and is compared
with the gold speaker rows (newsstance-dev's rule: the side with more statements; ``none``
when none takes a side). Rules:

- ``interval/<relevance>/<threshold>``: today's ``by_speaker()`` (weighted mean of
  P(favor) - P(against) over the relevant segments; a side when ``|score| >= threshold`` and
  the bootstrap interval excludes 0);
- ``majority/<relevance>``: each relevant segment votes with its argmax; the side with more
  votes wins (``none`` on a tie or with no side), the gold rule applied to predictions.

Relevance ``topic`` / ``attribution`` / ``mention`` as in :mod:`stancekit.aggregate`;
``all``: every attributed segment of the speaker counts (the model judges relevance itself
by saying ``none``). The rule is chosen on the calibration slice of newsstance-train, then
reported on newsstance-dev (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from stancekit import analyze
from stancekit.aggregate import relevant_mask, speaker_of
from stancekit.evaluate.metrics import accuracy, macro_f1
from stancekit.evaluate.newsstance import _jsonl, _speaker_files
from stancekit.models.loading import load_model_dir
from stancekit.records import Target

LABELS = ["against", "none", "favor"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True, help="a saved model folder, or 'default'")
    ap.add_argument("--set", default="newsstance-train-calibration")
    ap.add_argument("--data-dir", type=Path, default=Path("data"))
    ap.add_argument("--output", type=Path, default=None)
    args = ap.parse_args()
    model: Any = args.model if args.model == "default" else load_model_dir(args.model)
    arts_f, tgts_f, spk_f, keep = _speaker_files(args.data_dir, args.set)
    articles = {a["id"]: a["text"] for a in _jsonl(arts_f)}
    targets = {
        t["article"]: [Target(x["name"], aliases=tuple(x["aliases"])) for x in t["targets"]]
        for t in _jsonl(tgts_f)
    }
    gold_rows = [g for g in _jsonl(spk_f) if keep is None or g["article"] in keep]
    preds: dict[str, dict[tuple[str, str, str], str]] = {}
    for article in sorted({g["article"] for g in gold_rows}):
        result = analyze(
            articles[article], targets[article], model=model, sentiment=False, score="all"
        )
        for relevance in ("topic", "attribution"):
            for threshold in (0.05, 0.1, 0.2):
                frame = result.by_speaker(relevance=relevance, threshold=threshold)  # type: ignore[arg-type]
                rule = f"interval/{relevance}/{threshold}"
                for sp, tg, st in zip(frame.speaker, frame.target, frame.stance, strict=True):
                    preds.setdefault(rule, {})[(article, str(sp).casefold(), tg)] = st
        segs = result.segments
        by_target: dict[str, dict[int, Any]] = {}
        for sc in result.scores:
            by_target.setdefault(sc.pair.target, {})[sc.pair.segment] = sc
        for target, seg_scores in by_target.items():
            mentioned = [i in seg_scores and seg_scores[i].pair.mentioned for i in range(len(segs))]
            masks = {
                "topic": relevant_mask(segs, mentioned, relevance="topic"),
                "all": [s.is_attributed and not s.excluded for s in segs],
            }
            for relevance, mask in masks.items():
                votes: dict[str, Counter[str]] = {}
                for i, sc in seg_scores.items():
                    if not mask[i] or not segs[i].is_attributed:
                        continue
                    label = LABELS[max(range(3), key=lambda k: sc.stance[k])]
                    votes.setdefault(speaker_of(segs[i]), Counter())[label] += 1
                for speaker, c in votes.items():
                    side = (
                        "favor"
                        if c["favor"] > c["against"]
                        else "against"
                        if c["against"] > c["favor"]
                        else "none"
                    )
                    rule = f"majority/{relevance}"
                    preds.setdefault(rule, {})[(article, speaker.casefold(), target)] = side
    report = {}
    for rule, pred in sorted(preds.items()):
        gold = [g["label"] for g in gold_rows]
        got = [
            pred.get((g["article"], str(g["speaker"]).casefold(), g["target"]), "none")
            for g in gold_rows
        ]
        report[rule] = {
            "n": len(gold),
            "accuracy": round(accuracy(gold, got), 3),
            "f1_macro": round(macro_f1(gold, got, LABELS), 3),
        }
    text = json.dumps({"model": args.model, "set": args.set, "rules": report}, indent=1)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
