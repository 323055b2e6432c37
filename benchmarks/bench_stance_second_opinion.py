"""Candidate for issue 8: the sentiment model as a second opinion for entity targets.

For targets that look like named entities (first word capitalised), the stance
probabilities are averaged 50/50 with the default sentiment model's probabilities read as
stance (negative = against, neutral = none, positive = favor); issue targets keep the stance
model alone. Prints macro-F1 on newsstance-dev (per class too), VAST dev and NewsMTSC dev-rw
(read as stance), the numbers of the decision rule in docs/benchmarks.md.

    python benchmarks/bench_stance_second_opinion.py --data-dir ../shared/data [--model DIR]
"""

from __future__ import annotations

import argparse
import json
import re

import numpy as np

import stancekit
from stancekit import data
from stancekit.evaluate.metrics import f1_per_class, macro_f1

LABELS = ["against", "none", "favor"]
AS_STANCE = {"negative": "against", "neutral": "none", "positive": "favor"}


def entity_like(target: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'-]*", target)
    return bool(words) and words[0][0].isupper()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data-dir", default="../shared/data")
    ap.add_argument("--model", default="default", help="stance model folder or 'default'")
    ap.add_argument("--weight", type=float, default=0.5, help="weight of the sentiment model")
    args = ap.parse_args()
    stance = stancekit.load_default_model("stance") if args.model == "default" else args.model
    if isinstance(stance, str):
        from stancekit.models.transformer import TransformerStanceClassifier

        stance = TransformerStanceClassifier.from_pretrained(stance)
    sentiment = stancekit.load_default_model("sentiment")
    out: dict[str, object] = {}
    for name, split in (("newsstance", "dev"), ("vast", "dev"), ("newsmtsc", "dev_rw")):
        ds = data.load(name, args.data_dir, split=split)
        X = list(zip(ds["text"], ds["target"], ds["mentions"], strict=True))
        p, q = stance.predict_proba(X), sentiment.predict_proba(X)
        ent = np.array([entity_like(t) for t in ds["target"]])
        mix = np.where(ent[:, None], (1 - args.weight) * p + args.weight * q, p)
        gold = [AS_STANCE.get(g, g) for g in ds["label"]]
        for key, proba in (("stance", p), ("second_opinion", mix)):
            pred = list(np.array(LABELS)[proba.argmax(axis=1)])
            out[f"{name}_{key}"] = round(macro_f1(gold, pred, LABELS), 4)
            if name == "newsstance":
                per = f1_per_class(gold, pred, LABELS)
                out[f"{name}_{key}_per_class"] = {k: round(v["f1"], 3) for k, v in per.items()}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
