"""What analyze-corpus's integrity checks cost: input scan, ids, shard checksums, resume.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_corpus_integrity.py [--mb 50] [--repeat 5]

Writes a synthetic JSONL corpus of ``--mb`` MB (3 KB articles) to a temporary folder and
times (CPU seconds of this process), as medians of ``--repeat`` runs (no model is
loaded; the analysis itself is timed by ``farm-bench`` on a whole run, see
docs/benchmarks.md):

- ``scan``: counting rows and shard offsets (what every run did before), then the sha256
  of the file and reading every article id (what a run adds now, at start and on resume);
- ``checksums``: serialising one shard's tables to Parquet and hashing them, against
  writing them straight to a file;
- ``verify``: hashing every finished shard's files again on resume (per MB of output).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd


def _median(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.process_time()  # CPU seconds: the shared machine's load does not count
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def main() -> None:
    """Print the timings as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import pyarrow as pa
    import pyarrow.parquet as pq

    from stancekit.corpus.checksums import check_shard, entry, parquet_bytes
    from stancekit.corpus.fingerprint import content_sha256
    from stancekit.corpus.identity import read_ids
    from stancekit.corpus.sources import _count_jsonl, find_sources

    tmp = Path(tempfile.mkdtemp(prefix="bench-integrity-"))
    src = tmp / "news.jsonl"
    body = "The mayor said the new bridge would cost more than planned. " * 50  # ~3 KB
    n = int(args.mb * 1e6 / (len(body) + 30))
    with src.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"a{i}", "text": f"{i} {body}"}) + "\n")
    mb = src.stat().st_size / 1e6

    count = _median(lambda: _count_jsonl(src, 200), args.repeat)
    sha = _median(lambda: content_sha256(src, "jsonl"), args.repeat)
    sources = find_sources([src], text_column="text", shard_size=200)
    ids = _median(
        lambda: read_ids(sources, id_column="id", required=False, encoding="utf-8"), args.repeat
    )

    # one shard's pairs table (200 articles x ~50 pairs)
    frame = pd.DataFrame(
        {
            "article": [f"a{i // 50}" for i in range(10_000)],
            "text": [body[: 100 + i % 200] for i in range(10_000)],
            "p": [i / 10_000 for i in range(10_000)],
        }
    )
    table = pa.Table.from_pandas(frame, preserve_index=False)
    direct = _median(lambda: pq.write_table(table, tmp / "direct.parquet"), args.repeat)

    def hashed() -> None:
        data = parquet_bytes(table)
        entry(data)
        (tmp / "hashed.parquet").write_bytes(data)

    with_hash = _median(hashed, args.repeat)
    shard_mb = (tmp / "hashed.parquet").stat().st_size / 1e6
    out = tmp / "out"
    for name in ("segments", "pairs", "errors"):
        (out / name).mkdir(parents=True)
        (out / name / "part-000000.parquet").write_bytes(parquet_bytes(table))
    data = parquet_bytes(table)
    marker = {"files": {name: entry(data) for name in ("segments", "pairs", "errors")}}
    verify = _median(lambda: check_shard(out, "part-000000", marker, full=True), args.repeat)
    print(
        json.dumps(
            {
                "input_mb": round(mb, 1),
                "articles": n,
                "scan_count_s": round(count, 3),
                "scan_sha256_s": round(sha, 3),
                "scan_ids_s": round(ids, 3),
                "added_scan_s_per_mb": round((sha + ids) / mb, 4),
                "shard_write_direct_s": round(direct, 4),
                "shard_write_hashed_s": round(with_hash, 4),
                "shard_file_mb": round(shard_mb, 2),
                "verify_s_per_output_mb": round(verify / (3 * shard_mb), 4),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
