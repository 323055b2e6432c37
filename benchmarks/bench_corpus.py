"""Corpus scale: analyze_many vs analyze-corpus (local and Ray), and the fast default path.

Usage (from the repository root)::

    OMP_WAIT_POLICY=PASSIVE HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_corpus.py \
        [--data-dir ../shared/data] [--articles 2000] [--parts agreement,seed,corpus]

Parts:

- ``agreement``: the relevant (segment, target) pairs of the first PerSenT articles, scored
  by both default models with each back-end (torch fp32, torch int8, ONNX Runtime int8);
  label agreement with fp32, largest probability difference, pairs/s.
- ``seed``: ``analyze()`` of ``seeds/lukashenko_interview.txt`` with the seven demo targets
  (defaults, after model load) against a plain fp32 pass of both default models over every
  sentence x target pair, and against the former default path (``score="all"``, fp32);
  interleaved rounds, medians.
- ``huge``: ``analyze()`` of one synthetic article of ``--huge-mb`` MB (the text of
  ``bench_segment.py``) with a stand-in model, to time the library alone (segmentation
  excluded) and trace its peak memory.
- ``corpus``: the same ``--articles`` real news articles (PerSenT dev, random_test and
  fixed_test ``DOCUMENT`` texts, in that order) through ``analyze_many``,
  ``stancekit analyze-corpus --engine local`` and ``--engine ray``, each in a fresh
  subprocess: wall time, articles/s, scored pairs/s, and the peak resident memory of
  the whole process tree (Ray's workers included), sampled every 0.2 s with psutil.

The articles are written to a temporary JSONL file (never into the repository).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd

from stancekit import Target

REPO = Path(__file__).resolve().parents[1]
#: US news targets (PerSenT is US news from 2008-2015).
TARGETS = [
    Target("Barack Obama", ("Obama", "President Obama")),
    Target("Republicans", ("Republican", "GOP")),
    Target("Democrats", ("Democrat", "Democratic")),
    Target("Congress", ("lawmakers", "Senate", "House")),
    Target("police", ("officers", "police officers")),
    Target("China", ("Chinese", "Beijing")),
    Target("economy", ("economic", "recession", "jobs")),
]
DEMO = [
    Target("Russia", ("Russian", "Russians", "Moscow", "Kremlin")),
    Target("Ukraine", ("Ukrainian", "Ukrainians", "Kyiv")),
    Target("United States", ("USA", "US", "Washington", "American", "Americans")),
    Target("NATO"),
    Target("war", ("fighting", "conflict", "military operation", "special operation")),
    Target("nuclear weapons", ("nuclear weapon", "atomic bomb", "atomic bombs", "nuclear")),
    Target("negotiations", ("negotiation", "talks", "peace")),
]


def target_args(targets: list[Target]) -> list[str]:
    out = []
    for t in targets:
        out += ["--target", t.name + ("=" + ",".join(t.aliases) if t.aliases else "")]
    return out


def persent(data_dir: Path, n: int) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for split in ("dev", "random_test", "fixed_test"):
        frame = pd.read_csv(data_dir / "persent" / f"{split}.csv")
        for doc_id, text in zip(frame["DOCUMENT_INDEX"], frame["DOCUMENT"], strict=True):
            if isinstance(text, str):
                rows.append({"id": f"{split}-{doc_id}", "text": text})
    return rows[:n]


# ---------------------------------------------------------------------------- agreement
def part_agreement(rows: list[dict[str, str]], n_articles: int) -> dict[str, Any]:
    from stancekit.models.defaults import load_default_model
    from stancekit.pipeline import select_pairs
    from stancekit.segmentation import segment
    from stancekit.targets import make_pairs

    pairs = []
    for a, row in enumerate(rows[:n_articles]):
        segs = segment(row["text"])
        chosen, _ = select_pairs(make_pairs(segs, TARGETS, article=a), {a: segs}, "relevant")
        pairs += chosen
    X = pd.DataFrame(
        {
            "text": [p.text for p in pairs],
            "target": [p.target for p in pairs],
            "mentions": [[(m.start, m.end) for m in p.mentions] for p in pairs],
        }
    )
    out: dict[str, Any] = {"pairs": len(X), "articles": n_articles}
    for task in ("stance", "sentiment"):
        import copy

        base = load_default_model(task)
        ref = None
        for backend in ("torch", "torch-int8", "onnx-int8"):
            clf = copy.copy(base)
            clf.backend, _, q = backend.partition("-")
            clf.quantize = q == "int8"
            clf.predict_proba(X.head(8))  # build the runner (ONNX export) outside the timing
            t0 = time.perf_counter()
            proba = clf.predict_proba(X)
            dt = time.perf_counter() - t0
            if ref is None:
                ref = proba
            out[f"{task}/{backend}"] = {
                "pairs_per_s": round(len(X) / dt, 1),
                "agreement": round(float((proba.argmax(1) == ref.argmax(1)).mean()), 4),
                "max_abs_diff": round(float(abs(proba - ref).max()), 4),
            }
            print(task, backend, out[f"{task}/{backend}"], flush=True)
    return out


# ---------------------------------------------------------------------------- seed
def part_seed(repeat: int) -> dict[str, Any]:
    import stancekit
    from stancekit.models.defaults import load_default_model
    from stancekit.targets import find_mentions

    text = (REPO / "seeds" / "lukashenko_interview.txt").read_text(encoding="utf-8")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    plain = [
        (s, t.name, find_mentions(s, t.forms, acronyms=True, plurals=True))
        for s in sentences
        for t in DEMO
    ]
    X = pd.DataFrame(
        {
            "text": [p[0] for p in plain],
            "target": [p[1] for p in plain],
            "mentions": [list(p[2]) for p in plain],
        }
    )
    fp32 = {task: load_default_model(task) for task in ("stance", "sentiment")}

    def run_plain() -> None:
        for clf in fp32.values():
            clf.predict_proba(X)

    def run_old() -> None:
        stancekit.analyze(
            text, DEMO, model=fp32["stance"], sentiment_model=fp32["sentiment"], score="all"
        )

    def run_new() -> None:
        stancekit.analyze(text, DEMO)

    calls = {"plain fp32 pass": run_plain, "former path": run_old, "analyze() default": run_new}
    for fn in calls.values():
        fn()  # warm-up, model loads, runners
    times: dict[str, list[float]] = {k: [] for k in calls}
    for _ in range(repeat):
        for name, fn in calls.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    result = stancekit.analyze(text, DEMO)
    med = {k: statistics.median(v) for k, v in times.items()}
    out = {
        "sentences": len(sentences),
        "plain_pairs": len(X),
        "scored_pairs_default": len(result.scores),
        "segments": len(result.segments),
        "median_s": {k: round(v, 3) for k, v in med.items()},
        "ratio_to_plain": {k: round(v / med["plain fp32 pass"], 3) for k, v in med.items()},
    }
    print(json.dumps(out, indent=1), flush=True)
    return out


# ---------------------------------------------------------------------------- huge
def part_huge(sizes_mb: list[float]) -> dict[str, Any]:
    """Library time and traced memory of analyze() on one big synthetic article."""
    import tracemalloc

    import numpy as np

    import stancekit
    from stancekit.labels import labels_for

    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_segment import synthetic

    class Uniform:
        """A stand-in model: uniform probabilities, to time the library alone."""

        def __init__(self, task: str) -> None:
            self.task = task
            self.classes_ = np.array(labels_for(task))

        def predict_proba(self, X: Any) -> Any:
            return np.full((len(X), 3), 1 / 3)

    out = {}
    for mb in sizes_mb:
        text = synthetic(int(mb * 1e6))
        segs = stancekit.segment(text)
        tracemalloc.start()
        t0 = time.perf_counter()
        stancekit.analyze(
            text, DEMO, model=Uniform("stance"), sentiment_model=Uniform("sentiment"), segments=segs
        )
        seconds = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        out[str(mb)] = {
            "segments": len(segs),
            "seconds": round(seconds, 1),
            "peak_mib": round(peak),
        }
        print(mb, out[str(mb)], flush=True)
    return out


# ---------------------------------------------------------------------------- corpus
def measured(cmd: list[str], env: dict[str, str]) -> dict[str, Any]:
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += p.memory_info().rss
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.2)
    stdout = proc.stdout.read().decode() if proc.stdout else ""
    return {
        "returncode": proc.returncode,
        "wall_s": round(time.perf_counter() - t0, 1),
        "peak_rss_mb": round(peak / 2**20),
        "stdout": stdout,
    }


def run_analyze_many(path: str) -> None:
    """Child process of the ``analyze_many`` row: prints the counts as JSON."""
    import stancekit

    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    t0 = time.perf_counter()
    result = stancekit.analyze_many(
        [r["text"] for r in rows], TARGETS, ids=[r["id"] for r in rows], show_progress_bar=False
    )
    frame = result.to_frame()
    print(
        json.dumps(
            {
                "seconds_after_start": time.perf_counter() - t0,
                "pairs": len(frame),
                "scored": int(frame["p_favor"].notna().sum()),
            }
        )
    )


def part_corpus(rows: list[dict[str, str]], workdir: Path, workers: int) -> dict[str, Any]:
    src = workdir / "persent.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE", "HF_HUB_OFFLINE": "1"}
    cli = [str(Path(sys.executable).parent / "stancekit"), "analyze-corpus", str(src)]
    runs = {
        "analyze_many": [sys.executable, __file__, "--child-analyze-many", str(src)],
        "analyze-corpus --engine local": [
            *cli,
            *target_args(TARGETS),
            "--output",
            str(workdir / "local"),
            "--quiet",
        ],
        f"analyze-corpus --engine ray --workers {workers}": [
            *cli,
            *target_args(TARGETS),
            "--output",
            str(workdir / "ray"),
            "--engine",
            "ray",
            "--workers",
            str(workers),
            "--quiet",
        ],
    }
    out: dict[str, Any] = {"articles": len(rows), "mb": round(src.stat().st_size / 1e6, 2)}
    for name, cmd in runs.items():
        res = measured(cmd, env)
        if name == "analyze_many":
            counts = json.loads(res.pop("stdout").strip().splitlines()[-1])
            scored = counts["scored"]
        else:
            res.pop("stdout")
            folder = workdir / ("local" if "local" in name else "ray")
            pairs = pd.read_parquet(folder / "pairs", columns=["p_favor"])
            scored = int(pairs["p_favor"].notna().sum())
        res["articles_per_s"] = round(len(rows) / res["wall_s"], 2)
        res["scored_pairs"] = scored
        res["pairs_per_s"] = round(scored / res["wall_s"], 1)
        out[name] = res
        print(name, res, flush=True)
    a = pd.read_parquet(workdir / "local" / "pairs")
    b = pd.read_parquet(workdir / "ray" / "pairs")
    out["local_equals_ray"] = bool(a.equals(b))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--agreement-articles", type=int, default=150)
    parser.add_argument("--parts", default="agreement,seed,corpus")
    parser.add_argument("--huge-mb", default="0.25,1", help="sizes for --parts huge")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--output", type=Path, default=None, help="write the results as JSON")
    parser.add_argument("--child-analyze-many", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_analyze_many:
        run_analyze_many(args.child_analyze_many)
        return
    rows = persent(args.data_dir, args.articles)
    results: dict[str, Any] = {}
    parts = args.parts.split(",")
    if "agreement" in parts:
        results["agreement"] = part_agreement(rows, args.agreement_articles)
    if "seed" in parts:
        results["seed"] = part_seed(args.repeat)
    if "huge" in parts:
        results["huge"] = part_huge([float(x) for x in args.huge_mb.split(",")])
    if "corpus" in parts:
        with tempfile.TemporaryDirectory(prefix="stancekit-bench-corpus-") as tmp:
            results["corpus"] = part_corpus(rows, Path(tmp), args.workers)
    text = json.dumps(results, indent=1)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
