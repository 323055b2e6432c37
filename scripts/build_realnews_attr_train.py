"""Sample and build realnews-attr-train: real-news sentences annotated for attribution.

Two steps:

    python scripts/build_realnews_attr_train.py sample --out WORKDIR --n 600 --batches 4
    python scripts/build_realnews_attr_train.py sample --out WORKDIR2 --n 1200 --seed 29 \
        --exclude data/realnews-attr-train/newsmtsc_train_600.jsonl
    python scripts/build_realnews_attr_train.py build WORKDIR/ann-*.jsonl \
        --out data/realnews-attr-train/newsmtsc_train_600.jsonl

``sample`` draws distinct sentences from NewsMTSC ``official/train.jsonl`` (seeded,
``random.Random(19)`` for the first 600, ``29`` for the next 1,200), never one of the 330
realnews-attr dev sentences (by id or by text) nor one of ``--exclude``, and writes them,
with their text, into WORKDIR for the annotators (outside the repository: the news text
keeps its copyright). ``build`` turns the annotators' files
(one JSON object per sentence: ``id`` and ``attributions``, each with ``kind``,
``content`` (a list of exact substrings), ``source``, ``cue`` (exact substrings or null),
``speaker``, optional ``attitude``; and ``other_cases`` with ``span`` / ``label``) into
the offsets-only format of ``benchmarks/realnews_attr/`` (ids, length, SHA-1 prefix,
character offsets), which :func:`stancekit.data.attribution.load_realnews_attr` reads.
Offsets: each content is its first occurrence; the cue is the occurrence nearest the
content, the source the occurrence nearest the cue.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "benchmarks/realnews_attr/newsmtsc_train_330.jsonl"
FILE = "newsmtsc/official/train.jsonl"


def _near(text: str, needle: str, anchor: int) -> list[int]:
    hits = []
    k = text.find(needle)
    while k >= 0:
        hits.append(k)
        k = text.find(needle, k + 1)
    if not hits:
        raise ValueError(f"{needle!r} is not in the sentence")
    k = min(hits, key=lambda h: abs(h - anchor))
    return [k, k + len(needle)]


def sample(args: argparse.Namespace) -> None:
    dev = [json.loads(x) for x in DEV.read_text(encoding="utf-8").splitlines() if x]
    dev_ids = {r["id"] for r in dev}
    seen: dict[str, str] = {}
    with open(Path(args.data_dir) / FILE, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            seen.setdefault(str(rec["primary_gid"]), rec["sentence_normalized"])
    for extra in args.exclude:
        dev_ids |= {
            json.loads(x)["id"] for x in Path(extra).read_text(encoding="utf-8").splitlines() if x
        }
    dev_texts = {seen[i] for i in dev_ids if i in seen}
    by_text: dict[str, str] = {}
    for gid, text in seen.items():
        if gid not in dev_ids and text not in dev_texts:
            by_text.setdefault(text, gid)
    pool = sorted(by_text.items(), key=lambda kv: kv[1])
    picked = random.Random(args.seed).sample(pool, args.n)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    size = -(-args.n // args.batches)
    for b in range(args.batches):
        with open(out / f"batch-{b + 1}.jsonl", "w", encoding="utf-8") as fh:
            for text, gid in picked[b * size : (b + 1) * size]:
                fh.write(json.dumps({"id": gid, "text": text}, ensure_ascii=False) + "\n")
    print(f"{args.n} sentences in {args.batches} batches under {out}")


def _record(ann: dict, text: str) -> dict:
    atts = []
    for a in ann.get("attributions") or []:
        content = [_near(text, c, 0) for c in a["content"]]
        mid = content[0][0]
        cue = _near(text, a["cue"], mid) if a.get("cue") else None
        src = _near(text, a["source"], cue[0] if cue else mid) if a.get("source") else None
        if a["kind"] not in ("direct", "indirect", "mixed"):
            raise ValueError(f"kind {a['kind']!r}")
        atts.append(
            {
                "kind": a["kind"],
                "content": content,
                "source": src,
                "cue": cue,
                "speaker": a.get("speaker"),
                **({"attitude": True} if a.get("attitude") else {}),
            }
        )
    other = []
    for o in ann.get("other_cases") or []:
        span = _near(text, o["span"], 0)
        other.append({"span": span, "label": o["label"]})
    return {
        "id": ann["id"],
        "file": FILE,
        "id_field": "primary_gid",
        "text_field": "sentence_normalized",
        "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest()[:12],
        "length": len(text),
        "attributions": atts,
        "other_cases": other,
    }


def build(args: argparse.Namespace) -> int:
    texts: dict[str, str] = {}
    for batch in Path(args.work).glob("batch-*.jsonl"):
        for line in batch.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            texts[rec["id"]] = rec["text"]
    rows, bad = [], 0
    for path in args.files:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                ann = json.loads(line)
                rows.append(_record(ann, texts[ann["id"]]))
            except (ValueError, KeyError, TypeError) as exc:
                bad += 1
                print(f"{path}:{n}: {type(exc).__name__}: {exc}", file=sys.stderr)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        print("duplicate ids", file=sys.stderr)
        bad += 1
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_att = sum(len(r["attributions"]) for r in rows)
    print(f"{len(rows)} sentences, {n_att} attributions, {bad} problems")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--out", required=True)
    s.add_argument("--n", type=int, default=600)
    s.add_argument("--batches", type=int, default=4)
    s.add_argument("--data-dir", default=str(ROOT.parent / "shared/data"))
    s.add_argument("--seed", type=int, default=19)
    s.add_argument(
        "--exclude", nargs="*", default=[], help="annotation files whose ids are not drawn again"
    )
    b = sub.add_parser("build")
    b.add_argument("files", nargs="+")
    b.add_argument("--work", required=True, help="the folder sample wrote (sentence texts)")
    b.add_argument("--out", default=None)
    args = ap.parse_args()
    if args.cmd == "sample":
        sample(args)
        return 0
    return build(args)


if __name__ == "__main__":
    raise SystemExit(main())
