"""Train the span tagger (``segment(text, backend="tagger"|"both")``) on in-domain data.

Training data, both written for the project (CC0): newsstance-train's attribution layer
(``data/newsstance-train/articles.jsonl``) without its calibration slice, plus the invented
shape sentences (``data/attribution-train/shapes.jsonl``, repeated ``--shapes-repeat``
times). The epoch is chosen on the calibration slice (28 articles, chosen by CRC-32 of the
id, never trained on). newsattr-dev and the real-news dev set are never read here.

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
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    arts = _jsonl(ROOT / "data/newsstance-train/articles.jsonl")
    train = [a for a in arts if not calibration_article(a["id"])]
    held = [a for a in arts if calibration_article(a["id"])]
    if args.limit:
        train, held = train[: args.limit], held[: max(1, args.limit // 4)]
    shapes = _jsonl(ROOT / "data/attribution-train/shapes.jsonl")
    docs = train + shapes * args.shapes_repeat
    t0 = time.perf_counter()
    tagger = SpanTagger(epochs=args.epochs, seed=args.seed).fit(docs, eval_docs=held)
    seconds = time.perf_counter() - t0
    notes = {
        "trained_on": (
            f"newsstance-train attribution layer, {len(train)} articles (calibration slice "
            f"held out), + data/attribution-train/shapes.jsonl x{args.shapes_repeat}"
        ),
        "epoch_chosen_on": f"newsstance-train calibration slice, {len(held)} articles (token F1)",
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
