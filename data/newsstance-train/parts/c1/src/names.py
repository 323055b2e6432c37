#!/usr/bin/env python3
"""List capitalised words of c1 that also occur in newsattr-dev or newsstance-train-seed."""
import json, re, sys
from pathlib import Path
def names(t):
    return {m.group(1) for m in re.finditer(r"\b([A-Z][a-z]{3,})\b", t)}
ref = set()
for p in ["/work/shared/data/newsattr-dev/articles.jsonl", "/work/shared/data/newsstance-train-seed/articles.jsonl"]:
    for l in open(p):
        ref |= names(json.loads(l)["text"])
out = Path(__file__).resolve().parent.parent / "articles.jsonl"
for l in open(out):
    a = json.loads(l)
    sh = sorted(names(a["text"]) & ref)
    print(a["id"], " ".join(sh))
