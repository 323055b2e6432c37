"""Attribution scores on the real-news dev set (annotations in benchmarks/realnews_attr/).

Usage:
    .venv/bin/python benchmarks/eval_realnews_attr.py --data-dir ../shared/data [--json OUT]
        [--backend rules|tagger|both] [--tagger DIR]

The annotation files hold document ids and character offsets only; the sentences are
read from the shared data folder (NewsMTSC ``train.jsonl``) and checked by length and
hash. This is a *development* set: the segmentation rules were written while looking at
it, so its numbers are not a held-out estimate. See benchmarks/realnews_attr/README.md.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

from stancekit.errors import UnbalancedQuoteWarning
from stancekit.evaluate.attribution import (
    format_attribution_report,
    load_realnews_attr,
    predict_attributions,
    score_attributions,
)

ROOT = Path(__file__).resolve().parent
DEFAULT = ROOT / "realnews_attr" / "newsmtsc_train_330.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    ap.add_argument("--annotations", type=Path, default=DEFAULT)
    ap.add_argument("--json", type=Path, default=None, help="write the full report here")
    ap.add_argument("--show-errors", action="store_true", help="print misses and false hits")
    ap.add_argument("--backend", choices=("rules", "tagger", "both"), default="rules")
    ap.add_argument("--tagger", type=Path, default=None, help="a span-tagger folder")
    args = ap.parse_args()
    tagger = None
    if args.tagger is not None:
        from stancekit.segmentation.tagger import SpanTagger

        tagger = SpanTagger.from_pretrained(args.tagger)
    docs = load_realnews_attr(args.annotations, args.data_dir)
    t0 = time.perf_counter()
    preds = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnbalancedQuoteWarning)
        for d in docs:
            preds[d["id"]] = predict_attributions(d["text"], backend=args.backend, tagger=tagger)
    seconds = time.perf_counter() - t0
    report = {
        "dataset": f"realnews-attr ({args.annotations.name})",
        "split": "dev",
        "backend": args.backend,
        "n_documents": len(docs),
        "overall": score_attributions(docs, preds),
        "seconds": seconds,
        "chars_per_second": sum(len(d["text"]) for d in docs) / max(seconds, 1e-9),
    }
    print(format_attribution_report(report))
    if args.show_errors:
        _show(docs, preds)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def _show(docs: list[dict], preds: dict[str, list[dict]]) -> None:
    for n, d in enumerate(docs):
        t = d["text"]
        g = {(s, e) for a in d["attributions"] for s, e in a["content"]}
        p = {(s, e) for a in preds[d["id"]] for s, e in a["content"]}
        if g == p:
            continue
        print(f"--- [{n}] {t}")
        for a in d["attributions"]:
            print("  GOLD", a["kind"], [t[s:e] for s, e in a["content"]], _span(t, a["source"]))
        for a in preds[d["id"]]:
            print("  PRED", a["kind"], [t[s:e] for s, e in a["content"]], _span(t, a["source"]))


def _span(t: str, sp: list[int] | None) -> str | None:
    return t[sp[0] : sp[1]] if sp else None


if __name__ == "__main__":
    main()
