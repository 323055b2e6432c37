"""Agreement between newsstance-train's labels and the blind second pass on a random sample.

    python scripts/agreement_newsstance_train.py

Reads data/newsstance-train/segments.jsonl (the writers' labels) and
data/newsstance-train/agreement/second_pass.jsonl (the second annotator, who saw only
sample_blind.jsonl and the articles), matches rows by (article, spans, target) and prints raw
agreement, Cohen's kappa and the macro-F1 of one against the other, overall and without
narration rows (which are `none` by rule). Standard library + scikit-learn.
"""

from __future__ import annotations

import json
from pathlib import Path

from sklearn.metrics import cohen_kappa_score, confusion_matrix, f1_score

ROOT = Path(__file__).resolve().parents[1] / "data" / "newsstance-train"
LABELS = ["against", "none", "favor"]


def key(row: dict) -> tuple:
    return row["article"], tuple(map(tuple, row["spans"])), row["target"]


def main() -> None:
    first = {key(r): r for r in map(json.loads, (ROOT / "segments.jsonl").open())}
    second = [json.loads(x) for x in (ROOT / "agreement" / "second_pass.jsonl").open()]
    blind = [json.loads(x) for x in (ROOT / "agreement" / "sample_blind.jsonl").open()]
    narration = {key(r): r["narration"] for r in blind}
    out = {}
    for name, keep in (
        ("all rows", lambda k: True),
        ("without narration", lambda k: not narration[k]),
    ):
        pairs = [(first[key(r)]["label"], r["label"]) for r in second if keep(key(r))]
        a = [x for x, _ in pairs]
        b = [y for _, y in pairs]
        out[name] = {
            "n": len(pairs),
            "raw_agreement": round(sum(x == y for x, y in pairs) / len(pairs), 3),
            "kappa": round(cohen_kappa_score(a, b, labels=LABELS), 3),
            "macro_f1": round(f1_score(a, b, labels=LABELS, average="macro"), 3),
            "confusion (rows: writers, columns: second pass; against/none/favor)": confusion_matrix(
                a, b, labels=LABELS
            ).tolist(),
        }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
