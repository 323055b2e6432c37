"""Retrain the default models shipped in src/stancekit/default_models/.

sentiment:   LoRA on NewsMTSC train (target mention marked), best epoch on dev-rw.
stance:      LoRA on a per-source mixture of short-statement sets (STANCE_MIX), no context.
stance-news: LoRA reading context (frame, headline, text before) on newsstance-train's train
             split plus a replay of the mixture; the best checkpoint and the temperature come
             from newsstance-train's calibration slice. ``--base fast`` (MiniLM, shipped
             inside the package) or ``--base accurate`` (all-mpnet-base-v2, assembled by
             ``stancekit download accurate``); ``--teacher DIR`` distils a trained model's
             probabilities (on the news rows and a pool of real news statements) into the
             student as soft labels.

Each finished model is evaluated once on the test splits (numbers go to MODEL_CARD.md and
docs/benchmarks.md); nothing is selected on test.

    OMP_WAIT_POLICY=PASSIVE HF_HUB_OFFLINE=1 .venv/bin/python scripts/train_default_models.py \
        --data-dir ../shared/data --output src/stancekit/default_models --task both
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from stancekit import data as stancekit_data
from stancekit.evaluate.metrics import f1_per_class, f_avg, macro_f1
from stancekit.targets import find_mentions

if TYPE_CHECKING:
    from stancekit.models.transformer import TransformerStanceClassifier

REPO = Path(__file__).resolve().parents[1]
PSTANCE_ALIASES = {
    "Donald Trump": ["Donald Trump", "Trump"],
    "Joe Biden": ["Joe Biden", "Biden"],
    "Bernie Sanders": ["Bernie Sanders", "Bernie", "Sanders"],
}
SENTIMENT_AS_STANCE = {"negative": "against", "neutral": "none", "positive": "favor"}
logger = logging.getLogger("train_default_models")


# ----------------------------------------------------------------------------- data
def load(name: str, data_dir: Path, split: str) -> pd.DataFrame:
    """One split of a benchmark through stancekit.data.load, as a DataFrame.

    Columns: text, target, label, mentions (the target's offsets; NewsMTSC's annotated
    mention, otherwise found by name) plus each set's own fields (VAST: few_shot).
    """
    frame = stancekit_data.load(name, data_dir, split=split).to_pandas()
    frame["mentions"] = [[tuple(m) for m in ms] for ms in frame["mentions"]]
    return frame


def load_pstance(data_dir: Path, split: str) -> pd.DataFrame:
    """P-Stance with the candidates' surnames marked as mentions too ("Trump")."""
    df = load("pstance", data_dir, split)
    df["mentions"] = [
        list(find_mentions(text, PSTANCE_ALIASES.get(target, [target])))
        for text, target in zip(df["text"], df["target"], strict=True)
    ]
    return df


def head(df: pd.DataFrame, n: int | None, seed: int) -> pd.DataFrame:
    if n is None or n >= len(df):
        return df.reset_index(drop=True)
    return df.sample(n=n, random_state=seed).reset_index(drop=True)


# ----------------------------------------------------------------------------- metrics
def pstance_fmacro(df: pd.DataFrame, pred: list[str]) -> float:
    """Mean over targets of mean(F1 favor, F1 against) (the official F_macro)."""
    scores = []
    for target in sorted(df["target"].unique()):
        m = (df["target"] == target).to_numpy()
        scores.append(f_avg(list(df["label"].to_numpy()[m]), list(np.asarray(pred)[m])))
    return float(np.mean(scores))


# ----------------------------------------------------------------------------- runs
def lora_classifier(
    args: argparse.Namespace, task: str, max_length: int, epochs: float
) -> TransformerStanceClassifier:
    """The LoRA classifier both default models are trained with (settings from ``args``)."""
    from stancekit.models.transformer import TransformerStanceClassifier

    return TransformerStanceClassifier(
        task=task,
        finetune="lora",
        lora_r=args.lora_r,
        lora_alpha=2 * args.lora_r,
        lora_target_modules=tuple(args.lora_modules.split(",")),
        max_length=max_length,
        epochs=epochs,
        batch_size=16,
        learning_rate=args.lr,
        eval_steps=args.eval_steps,
        early_stopping_patience=None,  # every epoch, as the shipped models were trained
        seed=args.seed,
        device="cpu",
        show_progress_bar=False,
    )


def train_sentiment(args: argparse.Namespace) -> dict[str, Any]:
    train = head(load("newsmtsc", args.data_dir, "train"), args.limit, args.seed)
    dev = head(load("newsmtsc", args.data_dir, "dev_rw"), args.limit, args.seed)
    clf = lora_classifier(args, "sentiment", 128, args.epochs_sentiment)
    logger.info("sentiment: %d train / %d dev pairs", len(train), len(dev))
    clf.fit(train[["text", "target", "mentions"]], train["label"], eval_set=(dev, dev["label"]))
    out = clf.save_pretrained(args.output / "sentiment")
    labels = ["negative", "neutral", "positive"]
    result: dict[str, Any] = {
        "train_pairs": len(train),
        "train_seconds": round(clf.train_seconds_, 1),
        "history": clf.history_,
        "dev_rw_macro_f1": clf.eval_score_,
        "temperature": clf.temperature_,
    }
    for split in ("rw", "mt"):
        test = head(load("newsmtsc", args.data_dir, f"test_{split}"), args.limit, args.seed)
        t0 = time.perf_counter()
        pred = list(clf.predict(test))
        secs = time.perf_counter() - t0
        y = list(test["label"])
        result[f"test_{split}_macro_f1"] = macro_f1(y, pred, labels)
        result[f"test_{split}_accuracy"] = float(np.mean(np.asarray(y) == np.asarray(pred)))
        result[f"test_{split}_pairs_per_s"] = round(len(test) / secs, 1)
    logger.info(
        "sentiment done -> %s: %s", out, {k: v for k, v in result.items() if k != "history"}
    )
    return result


# Per-source pair counts of the stance mixture (the per-source weights): train splits only.
STANCE_MIX = {
    "vast": 4000,
    "pstance": 1500,
    "ibm-argq-30k": 8000,
    "perspectrum": 5000,
    "ibm-claim-stance": 1039,
    "newsmtsc": 4000,
    "none_other_topic": 6000,
    "none_news_entity": 3000,
}
# Dev splits of the same sources: the eval_set that picks the best checkpoint and fits the
# temperature. newsstance-dev is never used inside a run, only to choose between recipes.
STANCE_MIX_DEV = {
    "vast": 700,
    "ibm-argq-30k": 500,
    "perspectrum": 500,
    "newsmtsc": 400,
    "none_other_topic": 500,
    "none_news_entity": 300,
}
_MIX_SPLITS = {
    "train": {
        "vast": "train",
        "pstance": "train",
        "ibm-argq-30k": "train",
        "perspectrum": "train",
        "ibm-claim-stance": "train",
        "newsmtsc": "train",
    },
    "dev": {
        "vast": "dev",
        "pstance": "validation",
        "ibm-argq-30k": "dev",
        "perspectrum": "dev",
        "ibm-claim-stance": None,
        "newsmtsc": "dev_rw",
    },
}
_COLS = ["text", "target", "label", "mentions", "source"]


def _source(name: str, args: argparse.Namespace, split: str) -> pd.DataFrame:
    df = (
        load_pstance(args.data_dir, split)
        if name == "pstance"
        else load(name, args.data_dir, split)
    )
    if name == "newsmtsc":
        df["label"] = df["label"].map(SENTIMENT_AS_STANCE)
    df["source"] = name
    return df[_COLS]


def constructed_none(
    statements: pd.DataFrame, targets: list[str], n: int, rng: np.random.Generator, source: str
) -> pd.DataFrame:
    """Pair statements with a target of another topic that they never mention: label none.

    ``statements`` needs ``text`` and ``target``; each sampled statement gets a target drawn
    from ``targets`` that differs from its own and has no mention in the text (name search).
    """
    rows = []
    idx = rng.permutation(len(statements))
    pool = sorted(set(targets))
    for i in idx:
        if len(rows) >= n:
            break
        text, own = statements["text"].iat[i], statements["target"].iat[i]
        for _ in range(5):
            other = pool[int(rng.integers(len(pool)))]
            if other.lower() != str(own).lower() and not find_mentions(text, [other]):
                rows.append(
                    {
                        "text": text,
                        "target": other,
                        "label": "none",
                        "mentions": [],
                        "source": source,
                    }
                )
                break
    return pd.DataFrame(rows, columns=_COLS)


def stance_mixture(args: argparse.Namespace, split: str) -> pd.DataFrame:
    """The stance training (or eval) mixture: sampled sources plus constructed ``none``.

    Recipe of ``none`` pairs (documented in MODEL_CARD.md):
    - none_other_topic: a short statement (IBM-ArgQ, Perspectrum, IBM claims) or VAST post
      paired with the target of another topic that it never mentions;
    - none_news_entity: a NewsMTSC news sentence paired with an entity annotated in another
      sentence that this sentence never mentions.
    NewsMTSC's own neutral targets (read as stance) are ``none`` pairs too.
    """
    counts = dict(STANCE_MIX if split == "train" else STANCE_MIX_DEV)
    for key, value in (args.mix or {}).items():
        if split == "train":
            counts[key] = value
    rng = np.random.default_rng(args.seed)
    frames: dict[str, pd.DataFrame] = {}
    for name, sp in _MIX_SPLITS[split].items():
        if sp is None or not counts.get(name):
            continue
        frames[name] = head(_source(name, args, sp), counts[name], args.seed)
    parts = list(frames.values())
    statements = pd.concat(
        [
            f
            for k, f in frames.items()
            if k in ("ibm-argq-30k", "perspectrum", "ibm-claim-stance", "vast")
        ],
        ignore_index=True,
    )
    issue_targets = sorted(set(statements["target"]))
    if counts.get("none_other_topic") and len(statements):
        parts.append(
            constructed_none(
                statements, issue_targets, counts["none_other_topic"], rng, "none_other_topic"
            )
        )
    if counts.get("none_news_entity") and "newsmtsc" in _MIX_SPLITS[split]:
        news = _source("newsmtsc", args, _MIX_SPLITS[split]["newsmtsc"])
        parts.append(
            constructed_none(
                news, list(news["target"]), counts["none_news_entity"], rng, "none_news_entity"
            )
        )
    mix = pd.concat(parts, ignore_index=True)
    mix["mentions"] = [[tuple(m) for m in ms] for ms in mix["mentions"]]
    logger.info("stance %s mixture: %s", split, mix.groupby(["source", "label"]).size().to_dict())
    return mix.sample(frac=1.0, random_state=args.seed).reset_index(drop=True)


def evaluate_stance(clf: TransformerStanceClassifier, args: argparse.Namespace) -> dict[str, Any]:
    """The selection metric (newsstance-dev), the guards (VAST dev, NewsMTSC dev-rw read as
    stance) and the test numbers reported once (VAST test, P-Stance test)."""
    labels = ["against", "none", "favor"]
    result: dict[str, Any] = {}
    ns = load("newsstance", args.data_dir, "dev")
    pred = list(clf.predict(ns))
    result["newsstance_dev_macro_f1"] = macro_f1(list(ns["label"]), pred, labels)
    per = f1_per_class(list(ns["label"]), pred, labels)
    result["newsstance_dev_f1_per_class"] = {k: v["f1"] for k, v in per.items()}
    vdev = load("vast", args.data_dir, "dev")
    result["vast_dev_macro_f1"] = macro_f1(list(vdev["label"]), list(clf.predict(vdev)), labels)
    ndev = load("newsmtsc", args.data_dir, "dev_rw")
    gold = list(ndev["label"].map(SENTIMENT_AS_STANCE))
    result["newsmtsc_dev_rw_as_stance_macro_f1"] = macro_f1(gold, list(clf.predict(ndev)), labels)
    test = head(load("vast", args.data_dir, "test"), args.limit, args.seed)
    pred_t = np.asarray(clf.predict(test))
    y = test["label"].to_numpy()
    seen = test["few_shot"].to_numpy().astype(int)
    result["vast_test_all_macro_f1"] = macro_f1(list(y), list(pred_t), labels)
    result["vast_test_zero_macro_f1"] = macro_f1(
        list(y[seen == 0]), list(pred_t[seen == 0]), labels
    )
    result["vast_test_few_macro_f1"] = macro_f1(list(y[seen == 1]), list(pred_t[seen == 1]), labels)
    ps_test = head(load_pstance(args.data_dir, "test"), args.limit, args.seed)
    proba = clf.predict_proba(ps_test)
    pred3 = [labels[i] for i in proba.argmax(axis=1)]
    pred2 = [
        "against" if a >= f else "favor" for a, f in zip(proba[:, 0], proba[:, 2], strict=True)
    ]
    result["pstance_test_fmacro_3way"] = pstance_fmacro(ps_test, pred3)
    result["pstance_test_fmacro_favor_vs_against"] = pstance_fmacro(ps_test, pred2)
    return result


def train_stance_baseline(args: argparse.Namespace) -> dict[str, Any]:
    """The scikit-learn baseline on the same mixture, scored like the transformer."""
    from stancekit.models.baseline import BaselineStanceClassifier

    train = stance_mixture(args, "train")
    if args.limit:
        train = head(train, args.limit, args.seed)
    clf = BaselineStanceClassifier("stance")
    t0 = time.perf_counter()
    clf.fit(train[["text", "target", "mentions"]], train["label"])
    result: dict[str, Any] = {"train_pairs": len(train), "train_seconds": time.perf_counter() - t0}
    clf.save_pretrained(args.output / "stance-baseline")
    result.update(evaluate_stance(clf, args))  # type: ignore[arg-type]
    logger.info("baseline done: %s", result)
    return result


def train_stance(args: argparse.Namespace) -> dict[str, Any]:
    if args.model == "baseline":
        return train_stance_baseline(args)
    train = stance_mixture(args, "train")
    dev = stance_mixture(args, "dev")
    if args.limit:
        train, dev = head(train, args.limit, args.seed), head(dev, args.limit, args.seed)
    clf = lora_classifier(args, "stance", args.stance_max_length, args.epochs_stance)
    logger.info("stance: %d train / %d dev pairs", len(train), len(dev))
    clf.fit(train[["text", "target", "mentions"]], train["label"], eval_set=(dev, dev["label"]))
    out = clf.save_pretrained(args.output / "stance")
    result: dict[str, Any] = {
        "train_pairs": len(train),
        "train_by_source": train["source"].value_counts().to_dict(),
        "train_seconds": round(clf.train_seconds_, 1),
        "history": clf.history_,
        "mix_dev_macro_f1": clf.eval_score_,
        "temperature": clf.temperature_,
    }
    result.update(evaluate_stance(clf, args))
    logger.info("stance done -> %s: %s", out, {k: v for k, v in result.items() if k != "history"})
    return result


# ----------------------------------------------------------------------------- news stance
BASES = {
    "fast": ("sentence-transformers/all-MiniLM-L6-v2", "query,key,value,dense", 8),
    "accurate": ("sentence-transformers/all-mpnet-base-v2", "q,k,v,o", 16),
}


def news_rows(args: argparse.Namespace, split: str) -> pd.DataFrame:
    """newsstance-train rows (train or calibration) with their context column."""
    frame = stancekit_data.load("newsstance-train", args.news_dir, split=split).to_pandas()
    frame["mentions"] = [[tuple(m) for m in ms] for ms in frame["mentions"]]
    frame["source"] = "newsstance-train"
    return frame


def evaluate_news(clf: Any, args: argparse.Namespace) -> dict[str, Any]:
    """newsstance-dev (segment level, with context) in full: macro-F1, F1 per class,
    direction accuracy, ECE; then the speaker level; then the guards."""
    from stancekit.evaluate.benchmarks import direction_accuracy
    from stancekit.evaluate.metrics import expected_calibration_error
    from stancekit.evaluate.newsstance import evaluate_speakers

    labels = ["against", "none", "favor"]
    ns = load("newsstance", args.data_dir, "dev")
    t0 = time.perf_counter()
    proba = clf.predict_proba(ns)
    secs = time.perf_counter() - t0
    pred = [labels[i] for i in proba.argmax(axis=1)]
    gold = list(ns["label"])
    result: dict[str, Any] = {
        "newsstance_dev_macro_f1": macro_f1(gold, pred, labels),
        "newsstance_dev_f1_per_class": {
            k: v["f1"] for k, v in f1_per_class(gold, pred, labels).items()
        },
        "newsstance_dev_rows_per_s": round(len(ns) / secs, 1),
    }
    named = [bool(m) for m in ns["mentions"]]
    side = [g in ("favor", "against") for g in gold]
    result.update(direction_accuracy(gold, proba, named))
    result["direction_named_n"] = sum(s and n for s, n in zip(side, named, strict=True))
    result["direction_unnamed_n"] = sum(s and not n for s, n in zip(side, named, strict=True))
    result["ece"] = expected_calibration_error(proba, [labels.index(g) for g in gold])
    speakers = evaluate_speakers(args.data_dir, model=clf)
    result["speakers"] = speakers["metrics"]
    vdev = load("vast", args.data_dir, "dev")
    result["vast_dev_macro_f1"] = macro_f1(list(vdev["label"]), list(clf.predict(vdev)), labels)
    ndev = load("newsmtsc", args.data_dir, "dev_rw")
    gold_n = list(ndev["label"].map(SENTIMENT_AS_STANCE))
    result["newsmtsc_dev_rw_as_stance_macro_f1"] = macro_f1(gold_n, list(clf.predict(ndev)), labels)
    return result


def distilled_labels(args: argparse.Namespace, X: pd.DataFrame, gold: list[str]) -> np.ndarray:
    """Soft labels: ``alpha`` x the gold one-hot row + (1 - alpha) x the teacher's probabilities.

    The teacher (``--teacher DIR``, a model saved by this script, e.g. the accurate model)
    reads the same pairs with their context; its calibrated probabilities carry what it
    learned about the none / side boundary, which the student's one-hot labels do not.
    """
    from stancekit.models.loading import load_model_dir

    teacher = load_model_dir(args.teacher)
    t0 = time.perf_counter()
    proba = np.asarray(teacher.predict_proba(X), dtype=np.float64)
    logger.info(
        "teacher %s labelled %d pairs in %.0f s", args.teacher, len(X), time.perf_counter() - t0
    )
    labels = ["against", "none", "favor"]
    onehot = np.eye(3)[[labels.index(g) for g in gold]]
    soft = args.alpha * onehot + (1 - args.alpha) * proba
    return soft / soft.sum(axis=1, keepdims=True)


def train_stance_news(args: argparse.Namespace) -> dict[str, Any]:
    """A stance model that reads context, on newsstance-train plus a replay of the mixture."""
    from stancekit.models.transformer import TransformerStanceClassifier

    base, modules, r = BASES[args.base]
    train = head(news_rows(args, "train"), args.news_limit, args.seed)
    calib = news_rows(args, "calibration")
    parts = [train]
    if args.replay:
        parts.append(head(stance_mixture(args, "train"), args.replay, args.seed))
    data = pd.concat(parts, ignore_index=True)
    data["context"] = data["context"].fillna("")
    if args.limit:
        data, calib = head(data, args.limit, args.seed), head(calib, args.limit, args.seed)
    data = data.sample(frac=1.0, random_state=args.seed).reset_index(drop=True)
    clf = TransformerStanceClassifier(
        task="stance",
        base_model=base,
        finetune="lora",
        lora_r=r,
        lora_alpha=2 * r,
        lora_target_modules=tuple(modules.split(",")),
        max_length=args.stance_max_length,
        epochs=args.epochs_stance,
        batch_size=16,
        learning_rate=args.lr,
        eval_steps=args.eval_steps,
        early_stopping_patience=None,
        seed=args.seed,
        device="auto",
        show_progress_bar=False,
    )
    cols = ["text", "target", "mentions", "context"]
    y: Any = data["label"]
    if args.teacher is not None:
        y = distilled_labels(args, data[cols], list(data["label"]))
    logger.info(
        "stance-news (%s): %d train pairs (%s) / %d calibration pairs",
        args.base,
        len(data),
        data["source"].value_counts().to_dict(),
        len(calib),
    )
    clf.fit(data[cols], y, eval_set=(calib[cols], calib["label"]))
    out = clf.save_pretrained(args.output / f"stance-{args.base}")
    _write(args.results, {"stance-news (trained, evaluating)": {"out": str(out)}})
    result: dict[str, Any] = {
        "base": args.base,
        "teacher": None if args.teacher is None else str(args.teacher),
        "train_pairs": len(data),
        "train_by_source": data["source"].value_counts().to_dict(),
        "train_seconds": round(clf.train_seconds_, 1),
        "history": clf.history_,
        "calibration_macro_f1": clf.eval_score_,
        "temperature": clf.temperature_,
    }
    result.update(evaluate_news(clf, args))
    logger.info(
        "stance-news done -> %s: %s", out, {k: v for k, v in result.items() if k != "history"}
    )
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--output", type=Path, default=REPO / "src" / "stancekit" / "default_models")
    ap.add_argument(
        "--task",
        choices=["stance", "sentiment", "both", "stance-news", "eval-news"],
        default="both",
        help="eval-news: only evaluate --model-dir as stance-news candidates are evaluated",
    )
    ap.add_argument("--model-dir", type=Path, default=None, help="eval-news: a saved model")
    ap.add_argument(
        "--news-dir",
        type=Path,
        default=REPO / "data",
        help="stance-news: the folder holding newsstance-train/",
    )
    ap.add_argument("--base", choices=sorted(BASES), default="fast", help="stance-news base")
    ap.add_argument(
        "--news-limit", type=int, default=None, help="stance-news: sample this many news rows"
    )
    ap.add_argument(
        "--teacher", type=Path, default=None, help="stance-news: distil from this saved model"
    )
    ap.add_argument(
        "--alpha", type=float, default=0.5, help="distillation: weight of the gold labels"
    )
    ap.add_argument(
        "--replay", type=int, default=3000, help="stance-news: pairs of the mixture replayed"
    )
    ap.add_argument("--epochs-sentiment", type=float, default=3.0)
    ap.add_argument("--epochs-stance", type=float, default=2.0)
    ap.add_argument(
        "--mix",
        type=json.loads,
        default=None,
        help="JSON object overriding per-source train pair counts of STANCE_MIX, "
        "e.g. '{\"vast\": 0}'",
    )
    ap.add_argument(
        "--model",
        choices=["transformer", "baseline"],
        default="transformer",
        help="stance only: 'baseline' fits the scikit-learn baseline on the same mixture",
    )
    ap.add_argument("--stance-max-length", type=int, default=128)
    ap.add_argument("--lora-r", type=int, default=8)
    ap.add_argument("--lora-modules", default="query,key,value,dense")
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--eval-steps", type=int, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None, help="rows per split, for a quick check")
    ap.add_argument("--results", type=Path, default=REPO / "runs" / "default_models_results.json")
    args = ap.parse_args(argv)

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stdout
    )
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    torch.set_num_threads(args.threads)
    args.output.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"argv": sys.argv, "args": {k: str(v) for k, v in vars(args).items()}}
    if args.task in ("sentiment", "both"):
        results["sentiment"] = train_sentiment(args)
        _write(args.results, results)
    if args.task in ("stance", "both"):
        results["stance"] = train_stance(args)
        _write(args.results, results)
    if args.task == "stance-news":
        results["stance-news"] = train_stance_news(args)
        _write(args.results, results)
    if args.task == "eval-news":
        from stancekit.models.loading import load_model_dir

        model = load_model_dir(args.model_dir) if args.model_dir else "default"
        if model == "default":
            from stancekit import load_default_model

            model = load_default_model("stance")
        results["eval-news"] = evaluate_news(model, args)
        _write(args.results, results)
    print(json.dumps({k: v for k, v in results.items() if k != "args"}, indent=2, default=str))
    return 0


def _write(path: Path, results: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
