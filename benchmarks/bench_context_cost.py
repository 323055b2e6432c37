"""What reading context costs: the same model on newsstance-dev with and without context.

    OMP_WAIT_POLICY=PASSIVE HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_context_cost.py \
        --model runs/f-ctx/stance-fast [--repeat 3]

Runs ``predict_proba`` on the 879 newsstance-dev rows with the ``context`` column and
without it (the statement alone), interleaved, and prints rows/s (median of ``--repeat``)
and the mean number of tokens per pair.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from stancekit import data
from stancekit.models.loading import load_model_dir


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True)
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    clf = load_model_dir(args.model)
    frame = data.load("newsstance", args.data_dir, split="dev").to_pandas()
    plain = frame.drop(columns=["context"])
    times: dict[str, list[float]] = {"with context": [], "statement only": []}
    for _ in range(args.repeat):
        for name, X in (("with context", frame), ("statement only", plain)):
            t0 = time.perf_counter()
            clf.predict_proba(X)
            times[name].append(time.perf_counter() - t0)
    from stancekit.models.inputs import as_pairs

    for name, X in (("with context", frame), ("statement only", plain)):
        enc = clf.preprocess(as_pairs(X))
        tokens = sum(enc.lengths) / len(enc)
        secs = statistics.median(times[name])
        print(f"{name:15s} {len(X) / secs:7.1f} rows/s  {tokens:6.1f} tokens/pair  ({secs:.1f} s)")


if __name__ == "__main__":
    main()
