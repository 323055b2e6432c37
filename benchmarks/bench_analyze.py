"""Stages 2 and 4: the newsattr-dev stance layer and the speed of ``analyze()``.

Usage (from the repository root)::

    OMP_WAIT_POLICY=PASSIVE HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_analyze.py \
        [--data-dir ../shared/data] [--model DIR] [--sentiment-model DIR] [--repeat 10]

1. Stance layer: ``shared/data/newsattr-dev/articles.jsonl`` labels 13 speaker x target
   stances in three articles (nad-02, nad-10, nad-21). Each article is analysed with its
   target (the aliases below are the target phrase's head nouns and plain synonyms) and
   ``by_speaker()`` is compared with the gold labels; speaker names are compared
   casefolded, and a speaker with no row for the target counts as ``none``.
2. Speed: ``analyze()`` of ``seeds/lukashenko_interview.txt`` with the seven demo targets
   after the models are loaded (median of ``--repeat`` runs), split into segmentation,
   scoring and aggregation; plus ``analyze_many`` throughput on the 24 newsattr-dev
   articles.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

import stancekit
from stancekit import Segment, Span, Target
from stancekit.pipeline import resolve_model

ROOT = Path(__file__).resolve().parents[1]

#: The target of each stance-layer article, with the aliases a user would give it.
STANCE_TARGETS = {
    "public sector pay freeze": Target(
        "public sector pay freeze", ("pay freeze", "freeze", "wage freeze")
    ),
    "stadium subsidy": Target("stadium subsidy", ("subsidy", "stadium")),
    "Northern Basin trade agreement": Target(
        "Northern Basin trade agreement",
        ("trade agreement", "agreement", "trade pact", "pact", "trade deal", "deal"),
    ),
}

#: The targets of ``make demo``.
DEMO_TARGETS = [
    Target("Russia", ("Russian", "Russians", "Moscow", "Kremlin")),
    Target("Ukraine", ("Ukrainian", "Ukrainians", "Kyiv")),
    Target("United States", ("USA", "US", "Washington", "American", "Americans")),
    Target("NATO"),
    Target("war", ("fighting", "conflict", "military operation", "special operation")),
    Target("nuclear weapons", ("nuclear weapon", "atomic bomb", "atomic bombs", "nuclear")),
    Target("negotiations", ("negotiation", "talks", "peace")),
]


def gold_segments(article: dict[str, Any]) -> list[Segment]:
    """The gold attributions of a newsattr-dev article as segments (no narration)."""
    text = article["text"]
    out = []
    for k, att in enumerate(article["attributions"]):
        speaker = att["speaker"] if isinstance(att["speaker"], str) else None
        for s, e in att["content"]:
            out.append(
                Segment(
                    text[s:e],
                    s,
                    e,
                    att["kind"],
                    speaker=speaker,
                    source=Span(*att["source"]) if att["source"] else None,
                    cue=Span(*att["cue"]) if att["cue"] else None,
                    paragraph=text.count("\n\n", 0, s),
                    attribution=k,
                    attitude=bool(att.get("attitude")),
                )
            )
    return sorted(out, key=lambda seg: seg.start)


def stance_layer(
    articles: list[dict[str, Any]],
    model: Any,
    sentiment_model: Any,
    relevance: str,
    gold: bool = False,
    threshold: float = 0.2,
) -> tuple[int, int, list[str]]:
    """Score ``by_speaker()`` against the gold stance labels; return (right, total, lines).

    With ``gold`` the gold attributions replace the segmenter's output.
    """
    right = total = 0
    lines = []
    for art in articles:
        if not art.get("stances"):
            continue
        targets = sorted({s["target"] for s in art["stances"]})
        result = stancekit.analyze(
            art["text"],
            [STANCE_TARGETS[t] for t in targets],
            model=model,
            sentiment_model=sentiment_model,
            segments=gold_segments(art) if gold else None,
        )
        table = result.by_speaker(relevance=relevance, threshold=threshold)  # type: ignore[arg-type]
        pred = {
            (str(r.speaker).casefold(), r.target): (r.stance, r.score, r.n_segments)
            for r in table.itertuples()
        }
        for gold in art["stances"]:
            key = (gold["speaker"].casefold(), gold["target"])
            stance, score, n = pred.get(key, ("none", float("nan"), 0))
            ok = stance == gold["label"]
            right += ok
            total += 1
            lines.append(
                f"{'ok ' if ok else 'BAD'} {art['id']} {gold['speaker']:<32} "
                f"gold {gold['label']:<8}pred {stance:<8} score {score:+.2f} n={n}"
            )
    return right, total, lines


def timed(fn: Any, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--model", default="default")
    parser.add_argument("--sentiment-model", default="default")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--skip-layer", action="store_true", help="timings only")
    parser.add_argument("--skip-timing", action="store_true", help="stance layer only")
    parser.add_argument("--threshold", type=float, default=0.2, help="by_speaker threshold")
    args = parser.parse_args()

    t0 = time.perf_counter()
    model = resolve_model(args.model, "stance")
    senti = resolve_model(args.sentiment_model, "sentiment")
    print(f"model load: {time.perf_counter() - t0:.2f} s")

    path = Path(args.data_dir) / "newsattr-dev" / "articles.jsonl"
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for gold in () if args.skip_layer else (False, True):
        for relevance in ("attribution", "topic", "mention"):
            right, total, lines = stance_layer(
                articles, model, senti, relevance, gold, args.threshold
            )
            source = "gold attributions" if gold else "stancekit.segment"
            print(f"\nstance layer, {source}, relevance={relevance}: {right}/{total} right")
            print("\n".join(lines))

    if args.skip_timing:
        return
    text = (ROOT / "seeds" / "lukashenko_interview.txt").read_text(encoding="utf-8")
    stancekit.analyze(text, DEMO_TARGETS, model=model, sentiment_model=senti)  # warm-up
    full, full_min = timed(
        lambda: stancekit.analyze(text, DEMO_TARGETS, model=model, sentiment_model=senti),
        args.repeat,
    )
    no_senti, _ = timed(
        lambda: stancekit.analyze(text, DEMO_TARGETS, model=model, sentiment=False),
        args.repeat,
    )
    fast, _ = timed(
        lambda: stancekit.analyze(
            text, DEMO_TARGETS, model=model, sentiment_model=senti, score="relevant"
        ),
        args.repeat,
    )
    seg_time, _ = timed(lambda: stancekit.segment(text), args.repeat)
    result = stancekit.analyze(text, DEMO_TARGETS, model=model, sentiment_model=senti)
    agg_time, _ = timed(lambda: result.by_speaker(), args.repeat)
    n_pairs = len(result.scores)
    print(
        f"\nanalyze(seed, 7 targets): {len(result.segments)} segments, {n_pairs} pairs;"
        f" median {full:.3f} s (min {full_min:.3f} s) with sentiment,"
        f" {no_senti:.3f} s without; segment() {seg_time:.3f} s; by_speaker() {agg_time:.3f} s"
    )
    n_fast = len(
        stancekit.analyze(
            text, DEMO_TARGETS, model=model, sentiment_model=senti, score="relevant"
        ).scores
    )
    print(f"analyze(seed, 7 targets, score='relevant'): {n_fast} pairs; median {fast:.3f} s")
    texts = [a["text"] for a in articles]
    t0 = time.perf_counter()
    corpus = stancekit.analyze_many(
        texts, DEMO_TARGETS, model=model, sentiment_model=senti, show_progress_bar=False
    )
    elapsed = time.perf_counter() - t0
    n = sum(len(a.scores) for a in corpus)
    print(
        f"analyze_many(24 newsattr-dev articles, 7 targets): {elapsed:.2f} s,"
        f" {len(texts) / elapsed:.1f} articles/s, {n / elapsed:.0f} pairs/s"
    )


if __name__ == "__main__":
    main()
