"""The hand-tuned reference for ``stancekit train --model baseline`` on a user's CSV files.

One linear SVM per target on TF-IDF word n-grams (the SemEval-2016 organisers' strong
baseline, "per-target word n-gram SVM"), with the n-gram range and ``C`` chosen on the dev
file by the primary metric; the chosen model is then scored once on the test file.

Usage (from the repository root; the CSV files have ``text,target,label`` columns)::

    .venv/bin/python benchmarks/bench_pertarget_svm.py --train TRAIN.csv --dev DEV.csv \
        --test TEST.csv [--metric f_macro]

Prints the grid's dev scores, the chosen setting, the test scores (``f_macro`` = mean over
targets of F_avg, ``f_avg`` pooled, ``f1_macro``) and the training time of the chosen model.
"""

from __future__ import annotations

import argparse
import itertools
import time
from typing import Any

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from stancekit.evaluate.metrics import f_avg, macro_f1


def _read(path: str) -> pd.DataFrame:
    return pd.read_csv(path, keep_default_na=False, dtype=str)


def fit_predict(train: pd.DataFrame, test: pd.DataFrame, ngrams: int, C: float) -> list[str]:
    """Fit one SVM per target on ``train`` and predict ``test`` (targets unseen: majority)."""
    pred = np.empty(len(test), dtype=object)
    majority = train["label"].mode()[0]
    for target, rows in test.groupby("target"):
        tr = train[train["target"] == target]
        if tr["label"].nunique() < 2:
            pred[rows.index] = tr["label"].iloc[0] if len(tr) else majority
            continue
        vec = TfidfVectorizer(ngram_range=(1, ngrams), sublinear_tf=True, min_df=1)
        svm = LinearSVC(C=C, max_iter=20000).fit(vec.fit_transform(tr["text"]), tr["label"])
        pred[rows.index] = svm.predict(vec.transform(rows["text"]))
    return list(pred)


def scores(gold: pd.DataFrame, pred: list[str]) -> dict[str, float]:
    """f_macro (mean over targets of F_avg), pooled f_avg and macro-F1 (labels seen)."""
    y = list(gold["label"])
    per = [
        f_avg([y[i] for i in idx], [pred[i] for i in idx])
        for idx in gold.groupby("target").indices.values()
    ]
    labels = sorted(set(y) | set(pred))
    return {
        "f_macro": float(np.mean(per)),
        "f_avg": f_avg(y, pred),
        "f1_macro": macro_f1(y, pred, labels),
    }


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--metric", default="f_macro", choices=("f_macro", "f_avg", "f1_macro"))
    args = ap.parse_args()
    train, dev, test = _read(args.train), _read(args.dev), _read(args.test)
    grid: list[tuple[Any, ...]] = []
    for ngrams, C in itertools.product((1, 2, 3), (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)):
        s = scores(dev, fit_predict(train, dev, ngrams, C))
        grid.append((s[args.metric], ngrams, C))
        print(f"dev  ngrams=1-{ngrams} C={C:<5} {args.metric}={s[args.metric]:.4f}")
    best, ngrams, C = max(grid)
    started = time.perf_counter()
    pred = fit_predict(train, test, ngrams, C)
    seconds = time.perf_counter() - started
    s = scores(test, pred)
    print(f"chosen on dev: ngrams=1-{ngrams} C={C} (dev {args.metric} {best:.4f})")
    print("test " + " ".join(f"{k}={v:.4f}" for k, v in s.items()) + f" ({seconds:.1f} s)")


if __name__ == "__main__":
    main()
