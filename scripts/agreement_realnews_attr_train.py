"""Agreement of the blind second annotation of realnews-attr-train (120 sentences).

    python scripts/agreement_realnews_attr_train.py [--data-dir ../shared/data]

Scores the second annotator's attributions (``data/realnews-attr-train/agreement/
second_120.jsonl``, offsets only) against the first annotation of the same sentences with
the newsattr metric (:func:`stancekit.evaluate.attribution.score_attributions`): overlap
and exact F1 treat the first annotation as gold, so F1 is symmetric agreement and P / R
say who marked more.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from stancekit.evaluate.attribution import load_realnews_attr, score_attributions

ROOT = Path(__file__).resolve().parents[1]
FIRST = ROOT / "data/realnews-attr-train/newsmtsc_train_600.jsonl"
SECOND = ROOT / "data/realnews-attr-train/agreement/second_120.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    second = load_realnews_attr(SECOND, args.data_dir)
    ids = {d["id"] for d in second}
    first = [d for d in load_realnews_attr(FIRST, args.data_dir) if d["id"] in ids]
    preds = {
        d["id"]: [{**a, "attitude": bool(a.get("attitude"))} for a in d["attributions"]]
        for d in second
    }
    o = score_attributions(first, preds)
    keys = ("overlap_P", "overlap_R", "overlap_F1", "exact_F1", "speaker_acc", "n_gold", "n_pred")
    print(json.dumps({"sentences": len(first), **{k: o[k] for k in keys}}, indent=2))


if __name__ == "__main__":
    main()
