"""Largest difference between the local and the Ray engine's tables on the same corpus.

Usage (from the repository root)::

    OMP_WAIT_POLICY=PASSIVE HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/compare_engines.py \
        NEWS.jsonl [--workers 2] [--shard-size 50]

Runs ``analyze_corpus`` with ``engine="local"`` (torch's default thread count) and
``engine="ray"`` (one torch thread per actor) into temporary folders with the default
models and the seven US-news targets of ``bench_corpus.py``, then prints whether the
segments, errors and labels are identical and the largest absolute difference of each
probability column.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_corpus import TARGETS

from stancekit.corpus import analyze_corpus


def main() -> None:
    """Print the comparison as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shard-size", type=int, default=50)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="compare-engines-"))
    kw = {"shard_size": args.shard_size, "show_progress_bar": False}
    local = analyze_corpus(args.source, TARGETS, tmp / "local", **kw)
    ray = analyze_corpus(
        args.source, TARGETS, tmp / "ray", engine="ray", workers=args.workers, **kw
    )
    a, b = local.pairs(), ray.pairs()
    probs = [c for c in a.columns if c.startswith("p_")]
    same = [c for c in a.columns if c not in probs]
    out = {
        "articles": local.manifest["articles"],
        "pairs": len(a),
        "segments_identical": local.segments().equals(ray.segments()),
        "errors_identical": local.errors().equals(ray.errors()),
        "other_pair_columns_identical": a[same].equals(b[same]),
        "max_abs_diff": {
            c: float(np.nanmax(np.abs(a[c].to_numpy() - b[c].to_numpy()), initial=0.0))
            for c in probs
        },
    }
    print(json.dumps(out, indent=1))
    pd.testing.assert_frame_equal(a[same], b[same])


if __name__ == "__main__":
    main()
