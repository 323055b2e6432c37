"""Prove a refactor changed no result: record the outputs, then compare them byte for byte.

Usage (from the repository root)::

    OMP_WAIT_POLICY=PASSIVE HF_HUB_OFFLINE=1 .venv/bin/python scripts/check_no_change.py \
        record /tmp/before [--data-dir ../shared/data] [--articles 30]
    # ... change the code ...
    OMP_WAIT_POLICY=PASSIVE HF_HUB_OFFLINE=1 .venv/bin/python scripts/check_no_change.py \
        record /tmp/after
    .venv/bin/python scripts/check_no_change.py compare /tmp/before /tmp/after

``record`` writes, with the default models:

- ``seed_frame.csv`` / ``seed_speakers.csv``: ``analyze()`` of
  ``seeds/lukashenko_interview.txt`` with the Makefile's seven demo targets (``to_frame()``
  and ``by_speaker()``; floats written with ``repr`` precision, so equal files mean equal
  numbers);
- ``many_frame.csv`` / ``many_speakers.csv``: ``analyze_many()`` of the first ``--articles``
  PerSenT dev articles (plus an empty article, which has no segments, and a number, which
  fails and is isolated) with seven US news targets, and ``many_errors.csv``;
- ``corpus/``: the tables that ``stancekit analyze-corpus`` writes for the same articles
  (``segments/``, ``pairs/``, ``errors/`` Parquet files; ``manifest.json`` and ``_shards/``
  are left out, they hold times and paths).

``compare`` lists every file that differs or exists on one side only and exits 1 if any.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEMO = [
    "Russia=Russian,Russians,Moscow,Kremlin",
    "Ukraine=Ukrainian,Ukrainians,Kyiv",
    "United States=USA,US,Washington,American,Americans",
    "NATO",
    "war=fighting,conflict,military operation,special operation",
    "nuclear weapons=nuclear weapon,atomic bomb,atomic bombs,nuclear",
    "negotiations=negotiation,talks,peace",
]
NEWS = [
    "Barack Obama=Obama,President Obama",
    "Republicans=Republican,GOP",
    "Democrats=Democrat,Democratic",
    "Congress=lawmakers,Senate,House",
    "police=officers,police officers",
    "China=Chinese,Beijing",
    "economy=economic,recession,jobs",
]


def _articles(data_dir: Path, n: int) -> list[dict[str, Any]]:
    import pandas as pd

    frame = pd.read_csv(data_dir / "persent" / "dev.csv")
    rows: list[dict[str, Any]] = [
        {"id": f"persent-{i}", "text": str(text)}
        for i, text in enumerate(frame["DOCUMENT"].head(n))
    ]
    rows.insert(n // 2, {"id": "empty", "text": ""})  # no segments: no rows, no error
    rows.insert(n // 3, {"id": "number", "text": 12345})  # not a text: an error row
    return rows


def record(out: Path, data_dir: Path, n: int) -> None:
    """Write the outputs of the current code to ``out``."""
    import warnings

    import stancekit
    from stancekit.targets import parse_target

    out.mkdir(parents=True, exist_ok=False)
    seed = (REPO / "seeds" / "lukashenko_interview.txt").read_text(encoding="utf-8")
    result = stancekit.analyze(seed, [parse_target(t) for t in DEMO])
    result.to_frame().to_csv(out / "seed_frame.csv", index=False)
    result.by_speaker().to_csv(out / "seed_speakers.csv", index=False)

    articles = _articles(data_dir, n)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the empty article's ArticleFailedWarning
        many = stancekit.analyze_many(
            [a["text"] for a in articles],
            [parse_target(t) for t in NEWS],
            ids=[a["id"] for a in articles],
        )
    many.to_frame().to_csv(out / "many_frame.csv", index=False)
    many.by_speaker().to_csv(out / "many_speakers.csv", index=False)
    many.errors.to_csv(out / "many_errors.csv", index=False)

    source = out / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    command = [sys.executable, "-m", "stancekit", "analyze-corpus", str(source), "-q"]
    for t in NEWS:
        command += ["--target", t]
    command += ["--output", str(out / "corpus"), "--shard-size", "8"]
    done = subprocess.run(command, check=False, capture_output=True, text=True)
    if done.returncode not in (0, 3):
        raise SystemExit(f"analyze-corpus failed ({done.returncode}): {done.stderr}")
    (out / "corpus" / "manifest.json").unlink()
    shutil.rmtree(out / "corpus" / "_shards")  # resume bookkeeping: holds the input path
    source.unlink()


def compare(a: Path, b: Path) -> int:
    """Print every file that differs between ``a`` and ``b``; 1 if any, else 0."""
    left = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    right = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    bad = sorted(str(p) + " (one side only)" for p in left ^ right)
    bad += sorted(str(p) for p in left & right if not filecmp.cmp(a / p, b / p, shallow=False))
    for line in bad:
        print("DIFFERS:", line)
    print(f"{len(left & right)} files compared, {len(bad)} differ")
    return 1 if bad else 0


def main() -> int:
    """Run ``record`` or ``compare``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="verb", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    rec.add_argument("--articles", type=int, default=30)
    cmp = sub.add_parser("compare")
    cmp.add_argument("a", type=Path)
    cmp.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.verb == "record":
        record(args.out, args.data_dir, args.articles)
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
