"""Speed, memory and accuracy of the transformer classifier's inference back-ends.

For each back-end (torch, torch int8, ONNX Runtime, ONNX Runtime int8) this loads the
default sentiment model in a fresh subprocess (so peak memory is per back-end) and
measures:

- inference pairs/s at batch 64 on short pairs (NewsMTSC test-rw sentences, ~45 tokens)
  and long pairs (VAST test posts, cut at 128 tokens), tokenisation included;
- macro-F1 on NewsMTSC dev-rw and agreement with the torch predictions;
- peak resident memory (``resource.getrusage``).

``--train`` also measures LoRA and full fine-tuning examples/s on NewsMTSC train pairs.

    OMP_WAIT_POLICY=PASSIVE HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_transformer.py
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
CONFIGS = {
    "torch": ("torch", False),
    "torch-int8": ("torch", True),
    "onnx": ("onnx", False),
    "onnx-int8": ("onnx", True),
}


def newsmtsc(split: str, n: int | None = None) -> tuple[list[Any], list[str]]:
    polarity = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
    folder = DATA / "newsmtsc"
    path = (
        folder / "official" / "train.jsonl"
        if split == "train"
        else folder / "paper_split" / "newsmtsc-rw" / f"{split}.jsonl"
    )
    X, y = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for t in doc["targets"]:
            X.append((doc["sentence_normalized"], t["mention"], [(t["from"], t["to"])]))
            y.append(polarity[float(t["polarity"])])
    return X[:n], y[:n]


def vast_long(n: int) -> list[tuple[str, str]]:
    import pandas as pd

    df = pd.read_csv(DATA / "vast" / "processed" / "vast_test.csv").head(n)
    return list(zip(df["Tweet"], df["Target 1"], strict=True))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def mean_tokens(clf: Any, X: list[Any]) -> float:
    from stancekit.models.inputs import as_pairs

    return float(clf.preprocess(as_pairs(X)).lengths.mean())


def rate(clf: Any, X: list[Any], repeats: int) -> float:
    clf.predict_proba(X[:64])  # warm-up (and build the runner)
    best = 0.0
    for _ in range(repeats):
        t0 = time.perf_counter()
        clf.predict_proba(X)
        best = max(best, len(X) / (time.perf_counter() - t0))
    return best


def one_backend(args: argparse.Namespace) -> dict[str, Any]:
    import torch
    from sklearn.metrics import f1_score

    from stancekit.models.transformer import TransformerStanceClassifier

    torch.set_num_threads(args.threads)
    backend, quantize = CONFIGS[args.one]
    t0 = time.perf_counter()
    clf = TransformerStanceClassifier.from_pretrained(
        args.model, device="cpu", backend=backend, quantize=quantize
    )
    clf.predict_batch_size = args.batch
    short, _ = newsmtsc("test", args.n)
    long = vast_long(args.n)
    clf.predict_proba(short[:8])
    load_s = time.perf_counter() - t0
    out: dict[str, Any] = {"config": args.one, "load_and_build_s": round(load_s, 1)}
    out["short_tokens"] = round(mean_tokens(clf, short), 1)
    out["long_tokens"] = round(mean_tokens(clf, long), 1)
    out["short_pairs_per_s"] = round(rate(clf, short, args.repeats), 1)
    out["long_pairs_per_s"] = round(rate(clf, long, args.repeats), 1)
    dev_X, dev_y = newsmtsc("dev")
    pred = clf.predict(dev_X)
    out["dev_rw_macro_f1"] = round(float(f1_score(dev_y, pred, average="macro")), 4)
    out["dev_predictions"] = [str(p) for p in pred]
    out["peak_rss_mb"] = round(peak_mb(), 0)
    return out


def train_rate(args: argparse.Namespace, finetune: str) -> dict[str, Any]:
    import torch

    from stancekit.models.transformer import TransformerStanceClassifier

    torch.set_num_threads(args.threads)
    X, y = newsmtsc("train", args.train_n)
    clf = TransformerStanceClassifier(
        task="sentiment",
        finetune=finetune,
        lora_r=8,
        lora_alpha=16,
        lora_target_modules=("query", "key", "value", "dense"),
        epochs=1,
        batch_size=16,
        calibrate=False,
        device="cpu",
        show_progress_bar=False,
    ).fit(X, y)
    return {
        "config": f"train-{finetune}",
        "train_examples_per_s": round(len(X) / clf.train_seconds_, 1),
        "peak_rss_mb": round(peak_mb(), 0),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--model", default=str(REPO / "src" / "stancekit" / "default_models" / "sentiment")
    )
    ap.add_argument("--configs", default=",".join(CONFIGS))
    ap.add_argument("--n", type=int, default=512, help="pairs per speed measurement")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--train", action="store_true", help="also measure training examples/s")
    ap.add_argument("--train-n", type=int, default=320)
    ap.add_argument("--one", choices=[*CONFIGS, "train-lora", "train-full"], help=argparse.SUPPRESS)
    ap.add_argument("--output", type=Path, default=REPO / "runs" / "bench_transformer.json")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    if args.one:
        if args.one.startswith("train-"):
            result = train_rate(args, args.one.removeprefix("train-"))
        else:
            result = one_backend(args)
        print(json.dumps(result))
        return 0

    names = args.configs.split(",") + (["train-lora", "train-full"] if args.train else [])
    results = []
    for name in names:
        cmd = [
            sys.executable,
            __file__,
            "--one",
            name,
            "--model",
            args.model,
            "--n",
            str(args.n),
            "--batch",
            str(args.batch),
            "--repeats",
            str(args.repeats),
            "--threads",
            str(args.threads),
            "--train-n",
            str(args.train_n),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(f"{name} failed:\n{proc.stderr[-3000:]}", file=sys.stderr)
            continue
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(name, {k: v for k, v in results[-1].items() if k != "dev_predictions"}, flush=True)

    reference = next((r for r in results if r["config"] == "torch"), None)
    for r in results:
        if reference and "dev_predictions" in r:
            same = sum(
                a == b
                for a, b in zip(r["dev_predictions"], reference["dev_predictions"], strict=True)
            )
            r["agreement_with_torch"] = round(same / len(r["dev_predictions"]), 4)
    for r in results:
        r.pop("dev_predictions", None)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    print(
        "\n| config | short pairs/s (tokens) | long pairs/s (tokens) | dev-rw F1m | agree "
        "| peak RSS MB |"
    )
    print("|---|---|---|---|---|---|")
    for r in results:
        if "short_pairs_per_s" in r:
            print(
                f"| {r['config']} | {r['short_pairs_per_s']} ({r['short_tokens']}) | "
                f"{r['long_pairs_per_s']} ({r['long_tokens']}) | {r['dev_rw_macro_f1']} | "
                f"{r.get('agreement_with_torch', '')} | {r['peak_rss_mb']:.0f} |"
            )
        else:
            print(
                f"| {r['config']} | train {r['train_examples_per_s']} ex/s | | | "
                f"| {r['peak_rss_mb']:.0f} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
