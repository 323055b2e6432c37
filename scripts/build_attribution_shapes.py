"""Build data/attribution-train/shapes.jsonl from its markup file (shapes.txt).

Usage:
    python scripts/build_attribution_shapes.py

Markup (one sentence a line): ``{S:...}`` source, ``{Q:...}`` cue, ``{C:...}`` content
(several for split content), then `` || kind | speaker``. Lines without braces have no
attribution; ``#`` lines are comments. Output: one JSON object per sentence in the
newsattr-dev format (``id``, ``text``, ``attributions``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "data" / "attribution-train"
_MARK = re.compile(r"\{([SQC]):([^{}]*)\}")


def parse(line: str, n: int) -> dict[str, object]:
    """One markup line -> one newsattr-style record."""
    body, _, meta = line.partition(" || ")
    text = ""
    spans: dict[str, list[list[int]]] = {"S": [], "Q": [], "C": []}
    pos = 0
    for m in _MARK.finditer(body):
        text += body[pos : m.start()]
        start = len(text)
        text += m.group(2)
        spans[m.group(1)].append([start, len(text)])
        pos = m.end()
    text += body[pos:]
    attributions = []
    if spans["C"]:
        kind, _, speaker = (x.strip() for x in meta.partition("|"))
        attributions.append(
            {
                "kind": kind,
                "content": spans["C"],
                "source": spans["S"][0] if spans["S"] else None,
                "cue": spans["Q"][0] if spans["Q"] else None,
                "speaker": None if speaker in ("", "None") else speaker,
            }
        )
    return {"id": f"shape-{n:03d}", "text": text, "attributions": attributions}


def main() -> None:
    lines = (ROOT / "shapes.txt").read_text(encoding="utf-8").splitlines()
    rows = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    out = [parse(ln, n) for n, ln in enumerate(rows)]
    with open(ROOT / "shapes.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(out)} sentences, {sum(len(r['attributions']) for r in out)} attributions")


if __name__ == "__main__":
    main()
