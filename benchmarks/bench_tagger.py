"""Speed of the segmentation backends (rules / both / tagger) on the seed article.

Usage:
    .venv/bin/python benchmarks/bench_tagger.py [--repeat 5] [--tagger DIR]

Times ``stancekit.segment(text, backend=...)`` on the seed interview (the packaged tagger
unless ``--tagger``), after one warm-up call; also the time to load the tagger once per
process. Prints median / min / max milliseconds per article and KB/s.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from stancekit import segment
from stancekit.segmentation.tagger import SpanTagger, load_default_tagger

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "lukashenko_interview.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--tagger", type=Path, default=None)
    args = ap.parse_args()
    t0 = time.perf_counter()
    tagger = SpanTagger.from_pretrained(args.tagger) if args.tagger else load_default_tagger()
    print(f"load the tagger: {time.perf_counter() - t0:.2f} s")
    text = SEED.read_text(encoding="utf-8")
    for backend in ("rules", "both", "tagger"):
        segment(text, backend=backend, tagger=tagger)  # warm-up
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            segs = segment(text, backend=backend, tagger=tagger)
            times.append(time.perf_counter() - t)
        med = statistics.median(times)
        n_att = len({s.attribution for s in segs if s.attribution is not None})
        print(
            f"{backend:<7} {med * 1e3:8.1f} ms (min {min(times) * 1e3:.1f}, max "
            f"{max(times) * 1e3:.1f})  {len(text) / med / 1e3:8.1f} KB/s  "
            f"{n_att} attributions  ({len(text)} characters, {args.repeat} runs)"
        )


if __name__ == "__main__":
    main()
