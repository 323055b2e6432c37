"""Throughput of stancekit.segment (stage 1) on the seed article, ~10 MB of news text and
a quote-dense megabyte.

Usage:
    .venv/bin/python benchmarks/bench_segment.py [--mb 10] [--repeat 20]

The synthetic text is built from news-style paragraphs (quotes, reported speech,
narration, boilerplate) with a fixed seed, so every run segments the same text. The
quote-dense rows are the worst cases for per-quote work: one paragraph of 1 MB made of
short curly quotes (``“a” “a” ...``), and one paragraph of 1 MB of
``"Q," he said.`` sentences; both used to be quadratic.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import time
import warnings
from pathlib import Path

from stancekit import segment
from stancekit.errors import UnbalancedQuoteWarning

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "lukashenko_interview.txt"

NAMES = ["Ana Ruiz", "Tom Hale", "Irena Dovic", "Kofi Mensah", "Dana Kim", "Luis Ortega"]
VERBS = ["said", "warned", "added", "insisted", "argued", "told reporters"]
PARAGRAPHS = [
    '"We will not wait another decade for this bridge," {name} {verb}. "The river does not wait."',
    "{name} {verb} that the council would vote again in March, probably after the audit.",
    "According to {name}, the budget gap is larger than the city admitted.",
    "The depot, which opened in 1974, houses 61 buses and employs about 140 people.",
    '{name}, who chairs the transit board, {verb} the plan was "dead on arrival."',
    '“The numbers are final," {name} {verb}, "and nobody is getting a raise."',
    "Investors fear the merger will collapse before the end of the year.",
    "The suspect reportedly fled north before the roads were closed.",
    "By Jane Roe, Staff Writer",
    '» Read more: "Council votes tonight',
]


def synthetic(n_bytes: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < n_bytes:
        p = rng.choice(PARAGRAPHS).format(name=rng.choice(NAMES), verb=rng.choice(VERBS))
        parts.append(p)
        size += len(p.encode("utf-8")) + 2
    return "\n\n".join(parts)


def timed(text: str, repeat: int) -> tuple[float, float, int]:
    """Best wall-clock and CPU seconds over ``repeat`` runs, and the segment count.

    CPU time is reported too because the benchmark machine is shared: wall-clock
    time includes waiting for a core.
    """
    best = best_cpu = float("inf")
    n = 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnbalancedQuoteWarning)
            n = len(segment(text))
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best, best_cpu, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of the synthetic text in MB")
    ap.add_argument("--repeat", type=int, default=20, help="repeats of the seed article")
    ap.add_argument("--dense-mb", type=float, default=1.0, help="size of the quote-dense texts")
    args = ap.parse_args()

    seed_text = SEED.read_text(encoding="utf-8")
    seed_s, seed_cpu, seed_n = timed(seed_text, args.repeat)
    seed_mb = len(seed_text.encode("utf-8")) / 1e6
    big = synthetic(int(args.mb * 1e6))
    big_s, big_cpu, big_n = timed(big, 1)
    big_mb = len(big.encode("utf-8")) / 1e6
    dense: dict[str, dict[str, float]] = {}
    for name, unit in (("quote_dense_1mb", "\u201ca\u201d "), ("quote_said_1mb", '"Q," he said. ')):
        txt = unit * (int(args.dense_mb * 1e6) // len(unit.encode("utf-8")))
        d_s, d_cpu, d_n = timed(txt, 1)
        mb = len(txt.encode("utf-8")) / 1e6
        dense[name] = {"mb": mb, "segments": d_n, "seconds": d_s, "mb_per_cpu_s": mb / d_cpu}
    real: dict[str, float] = {}
    persent = ROOT.parent / "shared" / "data" / "persent" / "dev.csv"
    if persent.is_file():  # real news articles (PerSenT dev, 578 full articles)
        with open(persent, encoding="utf-8", newline="") as fh:
            docs = [row["DOCUMENT"] for row in csv.DictReader(fh)]
        c0, t0 = time.process_time(), time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnbalancedQuoteWarning)
            n_real = sum(len(segment(d)) for d in docs)
        cpu, wall = time.process_time() - c0, time.perf_counter() - t0
        mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        real = {
            "articles": len(docs),
            "mb": mb,
            "segments": n_real,
            "seconds": wall,
            "mb_per_s": mb / wall,
            "mb_per_cpu_s": mb / cpu,
        }
    result = {
        "seed_article": {
            "bytes": len(seed_text.encode("utf-8")),
            "segments": seed_n,
            "seconds_best_of": seed_s,
            "articles_per_s": 1 / seed_s,
            "mb_per_s": seed_mb / seed_s,
            "mb_per_cpu_s": seed_mb / seed_cpu,
        },
        "synthetic": {
            "mb": big_mb,
            "segments": big_n,
            "seconds": big_s,
            "mb_per_s": big_mb / big_s,
            "mb_per_cpu_s": big_mb / big_cpu,
            "articles_per_s_at_seed_size": (big_mb / big_s) / seed_mb,
        },
        **dense,
        **({"persent_dev_articles": real} if real else {}),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
