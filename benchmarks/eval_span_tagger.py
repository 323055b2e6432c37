"""Attribution by segmentation backend (rules / both / tagger) on the attribution sets.

Usage:
    .venv/bin/python benchmarks/eval_span_tagger.py --tagger DIR
        [--sets calibration,realnews,newsattr] [--backends rules,both,tagger] [--json OUT]

Sets: ``calibration`` (newsstance-train's calibration slice, 28 invented articles the
tagger never trained on), ``realnews`` (realnews-attr, 330 real sentences, a dev set) and
``newsattr`` (newsattr-dev, 24 articles, a dev set). Scores use
:func:`stancekit.evaluate.attribution.score_attributions`; speed is characters per
second of ``predict_attributions`` over the set (the tagger's time included).
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

from stancekit.data.statements import calibration_article
from stancekit.errors import UnbalancedQuoteWarning
from stancekit.evaluate.attribution import (
    load_newsattr,
    load_realnews_attr,
    predict_attributions,
    score_attributions,
)
from stancekit.segmentation.tagger import SpanTagger

ROOT = Path(__file__).resolve().parents[1]


def _sets(names: list[str], data_dir: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for name in names:
        if name == "calibration":
            path = ROOT / "data/newsstance-train/articles.jsonl"
            arts = [json.loads(line) for line in path.open(encoding="utf-8")]
            out[name] = [a for a in arts if calibration_article(a["id"])]
        elif name == "realnews":
            ann = ROOT / "benchmarks/realnews_attr/newsmtsc_train_330.jsonl"
            out[name] = load_realnews_attr(ann, data_dir)
        elif name == "newsattr":
            out[name] = load_newsattr(data_dir)
        else:
            raise SystemExit(f"unknown set {name!r}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tagger", type=Path, required=True)
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    ap.add_argument("--sets", default="calibration,realnews,newsattr")
    ap.add_argument("--backends", default="rules,both,tagger")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    tagger = SpanTagger.from_pretrained(args.tagger)
    report: dict[str, dict[str, dict]] = {}
    for name, docs in _sets(args.sets.split(","), args.data_dir).items():
        chars = sum(len(d["text"]) for d in docs)
        for backend in args.backends.split(","):
            t0 = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UnbalancedQuoteWarning)
                preds = {
                    d["id"]: predict_attributions(d["text"], backend=backend, tagger=tagger)
                    for d in docs
                }
            seconds = time.perf_counter() - t0
            o = score_attributions(docs, preds)
            row = {
                k: o[k]
                for k in (
                    "overlap_P",
                    "overlap_R",
                    "overlap_F1",
                    "exact_F1",
                    "speaker_acc",
                    "n_gold",
                    "n_pred",
                )
            }
            row["recall_by_shape"] = {
                k: round(v["recall"], 3) for k, v in (o.get("recall_by_shape") or {}).items()
            }
            row["chars_per_second"] = chars / max(seconds, 1e-9)
            report.setdefault(name, {})[backend] = row
            print(
                f"{name:<12} {backend:<7} P {row['overlap_P']:.3f} R {row['overlap_R']:.3f} "
                f"F1 {row['overlap_F1']:.3f}  exact F1 {row['exact_F1']:.3f}  speaker "
                f"{row['speaker_acc']:.3f}  gold {row['n_gold']} pred {row['n_pred']}  "
                f"{row['chars_per_second'] / 1e3:.1f} KB/s  shapes {row['recall_by_shape']}",
                flush=True,
            )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
