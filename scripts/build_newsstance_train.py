"""Assemble data/newsstance-train from the seed batch and the written parts, then check it.

    python scripts/build_newsstance_train.py [--seed ../shared/data/newsstance-train-seed]

Reads ``data/newsstance-train/parts/*/`` (each part: articles.jsonl, targets.jsonl,
segments.jsonl, written by one writer; see data/newsstance-train/README.md) and the seed
batch, concatenates them in a fixed order (seed, then parts by name), derives
``speakers.jsonl`` by the newsstance-dev rule (named speakers only; a coordinated speaker
counts for each member; favor / against when that side has more statements, none when all
are none, none on a tie) and runs ``../shared/tools/check_newsdata.py`` on the result.
Standard library only.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "data" / "newsstance-train"
FILES = ("articles.jsonl", "targets.jsonl", "segments.jsonl")


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def speakers(segments: list[dict]) -> tuple[list[dict], int]:
    """Speaker x target rows by the newsstance-dev rule, and the number of ties."""
    counts: dict[tuple[str, str, str], collections.Counter[str]] = {}
    for row in segments:
        if row.get("narration"):
            continue
        names = row["speaker"] if isinstance(row["speaker"], list) else [row["speaker"]]
        for name in names:
            if not name:
                continue
            key = (row["article"], name, row["target"])
            counts.setdefault(key, collections.Counter())[row["label"]] += 1
    out, ties = [], 0
    for (article, name, target), c in counts.items():
        if c["favor"] > c["against"]:
            label = "favor"
        elif c["against"] > c["favor"]:
            label = "against"
        else:
            label = "none"
            ties += c["favor"] > 0
        out.append(
            {
                "article": article,
                "speaker": name,
                "target": target,
                "label": label,
                "n_statements": sum(c.values()),
                "favor": c["favor"],
                "against": c["against"],
                "none": c["none"],
            }
        )
    return out, ties


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=Path, default=REPO.parent / "shared/data/newsstance-train-seed")
    ap.add_argument("--parts", type=Path, default=OUT / "parts")
    ap.add_argument("--no-check", action="store_true")
    args = ap.parse_args()
    sources = [args.seed, *sorted(p for p in args.parts.iterdir() if p.is_dir())]
    merged: dict[str, list[dict]] = {f: [] for f in FILES}
    for src in sources:
        if not all((src / f).is_file() for f in FILES):
            print(f"skip {src}: not all of {FILES} present", file=sys.stderr)
            continue
        for f in FILES:
            merged[f].extend(read(src / f))
        print(f"{src.name}: {len(read(src / 'articles.jsonl'))} articles", file=sys.stderr)
    ids = [a["id"] for a in merged["articles.jsonl"]]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        print(f"duplicate article ids: {dup}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for f, rows in merged.items():
        with (OUT / f).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    spk, ties = speakers(merged["segments.jsonl"])
    with (OUT / "speakers.jsonl").open("w", encoding="utf-8") as fh:
        for row in spk:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        f"{len(ids)} articles, {len(merged['segments.jsonl'])} rows, {ties} ties", file=sys.stderr
    )
    if args.no_check:
        return 0
    tool = REPO.parent / "shared/tools/check_newsdata.py"
    return subprocess.call([sys.executable, str(tool), str(OUT)])


if __name__ == "__main__":
    raise SystemExit(main())
