"""Train the span tagger (``segment(text, backend="tagger"|"both")``) on in-domain data.

Training data written for the project: newsstance-train's attribution layer
(``data/newsstance-train/articles.jsonl``, CC0) without its calibration slice, the invented
shape sentences (``data/attribution-train/shapes.jsonl``, repeated ``--shapes-repeat``
times) and, with ``--realnews``, real NewsMTSC train sentences annotated for the project
(offsets only; ``data/realnews-attr-train/``). The epoch is chosen on the calibration slice
(28 articles, chosen by CRC-32 of the id, never trained on) plus the CRC-32 tenth of the
real-news sentences. newsattr-dev and the real-news dev set (realnews-attr) are never read.

    python scripts/train_span_tagger.py --output runs/tagger
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    from stancekit.data.statements import calibration_article
    from stancekit.segmentation.tagger import SpanTagger

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", required=True, type=Path)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--limit", type=int, default=0, help="first N training articles (smoke)")
    ap.add_argument("--shapes-repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--realnews",
        type=Path,
        nargs="+",
        default=None,
        help="real-news training annotations (offsets only, e.g. "
        "data/realnews-attr-train/newsmtsc_train_600.jsonl); a tenth (by CRC-32 of the id) "
        "joins the epoch-selection set",
    )
    ap.add_argument("--realnews-repeat", type=int, default=2)
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    arts = _jsonl(ROOT / "data/newsstance-train/articles.jsonl")
    train = [a for a in arts if not calibration_article(a["id"])]
    held = [a for a in arts if calibration_article(a["id"])]
    if args.limit:
        train, held = train[: args.limit], held[: max(1, args.limit // 4)]
    shapes = _jsonl(ROOT / "data/attribution-train/shapes.jsonl")
    docs = train + shapes * args.shapes_repeat
    real_note = ""
    if args.realnews is not None:
        from stancekit.data.attribution import load_realnews_attr

        real = [d for path in args.realnews for d in load_realnews_attr(path, args.data_dir)]
        real_held = [d for d in real if calibration_article(d["id"])]
        real_train = [d for d in real if not calibration_article(d["id"])]
        docs += real_train * args.realnews_repeat
        held += real_held
        real_note = (
            f", + {' + '.join(p.name for p in args.realnews)}: {len(real_train)} real-news "
            "sentences "
            f"x{args.realnews_repeat} ({len(real_held)} held out for the epoch choice)"
        )
    t0 = time.perf_counter()
    tagger = SpanTagger(epochs=args.epochs, seed=args.seed).fit(docs, eval_docs=held)
    seconds = time.perf_counter() - t0
    notes = {
        "trained_on": (
            f"newsstance-train attribution layer, {len(train)} articles (calibration slice "
            f"held out), + data/attribution-train/shapes.jsonl x{args.shapes_repeat}" + real_note
        ),
        "epoch_chosen_on": (
            f"newsstance-train calibration slice (+ held-out real-news tenth), {len(held)} "
            "documents (token F1)"
        ),
        "train_windows": tagger.n_train_windows_,
        "train_seconds": round(seconds, 1),
        "threads": os.environ.get("OMP_NUM_THREADS", "default"),
        "command": "python scripts/train_span_tagger.py " + " ".join(sys.argv[1:]),
    }
    tagger.save_pretrained(args.output, notes=notes)
    print(
        json.dumps(
            {"history": tagger.history_, "best_epoch": tagger.best_epoch_, **notes}, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
