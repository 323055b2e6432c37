"""Speaker-level scoring on newsstance-dev: ``analyze()`` end to end against gold stances.

For each of the 24 newsattr-dev articles, :func:`stancekit.analyze` runs with the article's
targets and aliases (``newsstance-dev/targets.jsonl``); :meth:`Analysis.by_speaker` gives one
row per (speaker, target). Each gold row of ``newsstance-dev/speakers.jsonl`` is compared with
the predicted row of the same article, speaker (casefolded) and target; a gold speaker with
no predicted row counts as ``none`` (the dev set's README: "How to score"). Reported:
accuracy and macro-F1 over against / none / favor, and the confusion matrix.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Literal

from stancekit.errors import DataNotFoundError, InvalidInputError, expected_got
from stancekit.evaluate.benchmarks import class_table_lines
from stancekit.evaluate.metrics import accuracy, confusion_matrix, f1_per_class, macro_f1
from stancekit.labels import STANCE_LABELS

__all__ = ["evaluate_speakers", "format_speaker_report"]

logger = logging.getLogger(__name__)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise DataNotFoundError(
            f"newsstance: file {str(path)!r} not found. data_dir must contain "
            "'newsstance-dev/' and 'newsattr-dev/' (the layout of shared/data/README.md)."
        )
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _speaker_files(root: Path, dataset: str) -> tuple[Path, Path, Path, set[str] | None]:
    """Articles, targets and speakers files of ``dataset``, and the articles to keep."""
    if dataset == "newsstance":
        return (
            root / "newsattr-dev" / "articles.jsonl",
            root / "newsstance-dev" / "targets.jsonl",
            root / "newsstance-dev" / "speakers.jsonl",
            None,
        )
    if dataset == "newsstance-train-calibration":
        from stancekit.statement_data import calibration_article

        folder = root / "newsstance-train"
        ids = {a["id"] for a in _jsonl(folder / "articles.jsonl") if calibration_article(a["id"])}
        return (
            folder / "articles.jsonl",
            folder / "targets.jsonl",
            folder / "speakers.jsonl",
            ids,
        )
    raise InvalidInputError(
        expected_got("dataset", "'newsstance' or 'newsstance-train-calibration'", dataset)
    )


def evaluate_speakers(
    data_dir: str | Path,
    *,
    model: object = None,
    sentiment_model: object = None,
    dataset: str = "newsstance",
    score: Literal["all", "relevant"] = "relevant",
    **by_speaker: Any,
) -> dict[str, Any]:
    """Score ``analyze(...).by_speaker()`` against newsstance-dev's speaker rows.

    Args:
        data_dir: The folder holding ``newsattr-dev/`` and ``newsstance-dev/``.
        model: The stance model passed to :func:`stancekit.analyze` (None: the default).
        sentiment_model: Passed to :func:`stancekit.analyze` (sentiment is not scored).
        dataset: ``"newsstance"`` (newsstance-dev, in ``data_dir``) or
            ``"newsstance-train-calibration"`` (the calibration slice of newsstance-train,
            in ``data_dir/newsstance-train``: where speaker rules are chosen).
        score: Passed to :func:`stancekit.analyze` (``"relevant"`` or ``"all"``).
        **by_speaker: Keyword arguments of :meth:`Analysis.by_speaker` (``relevance``,
            ``threshold``, ...).

    Returns:
        ``{"n", "metrics": {"accuracy", "f1_macro"}, "per_class", "confusion_matrix",
        "rows": [{article, speaker, target, gold, predicted, score}, ...]}``.

    Examples:
        >>> report = evaluate_speakers("../shared/data")  # doctest: +SKIP
        >>> report["metrics"]["f1_macro"]  # doctest: +SKIP
        0.6
    """
    from stancekit.pipeline import analyze
    from stancekit.records import Target

    root = Path(data_dir)
    articles_file, targets_file, speakers_file, keep = _speaker_files(root, dataset)
    articles = {a["id"]: a["text"] for a in _jsonl(articles_file)}
    targets = {
        t["article"]: [Target(x["name"], aliases=tuple(x["aliases"])) for x in t["targets"]]
        for t in _jsonl(targets_file)
    }
    gold_rows = [g for g in _jsonl(speakers_file) if keep is None or g["article"] in keep]
    predicted: dict[tuple[str, str, str], tuple[str, float]] = {}
    for article in sorted({r["article"] for r in gold_rows}):
        result = analyze(
            articles[article],
            targets[article],
            model=model,
            sentiment=False,
            sentiment_model=sentiment_model,
            score=score,
        )
        frame = result.by_speaker(**by_speaker)
        for speaker, target, stance, value in zip(
            frame["speaker"], frame["target"], frame["stance"], frame["score"], strict=True
        ):
            predicted[(article, str(speaker).casefold(), str(target))] = (str(stance), float(value))
    rows = []
    for g in gold_rows:
        stance, value = predicted.get(
            (g["article"], str(g["speaker"]).casefold(), g["target"]), ("none", 0.0)
        )
        rows.append(
            {
                "article": g["article"],
                "speaker": g["speaker"],
                "target": g["target"],
                "gold": g["label"],
                "predicted": stance,
                "score": round(value, 4),
            }
        )
    gold = [r["gold"] for r in rows]
    pred = [r["predicted"] for r in rows]
    labels = list(STANCE_LABELS)
    cm = confusion_matrix(gold, pred, labels)
    report = {
        "dataset": dataset,
        "level": "speaker",
        "n": len(rows),
        "metrics": {"accuracy": accuracy(gold, pred), "f1_macro": macro_f1(gold, pred, labels)},
        "per_class": f1_per_class(gold, pred, labels),
        "confusion_matrix": {
            "labels": labels,
            "rows_gold_columns_predicted": cm.tolist(),
        },
        "rows": rows,
    }
    logger.info("newsstance speakers: %s", report["metrics"])
    return report


def format_speaker_report(report: dict[str, Any]) -> str:
    """Render :func:`evaluate_speakers`'s report as a plain-text table.

    Examples:
        >>> rep = {"n": 1, "metrics": {"accuracy": 1.0, "f1_macro": 1.0},
        ...        "per_class": {"favor": {"precision": 1.0, "recall": 1.0, "f1": 1.0,
        ...                                "support": 1.0}},
        ...        "confusion_matrix": {"labels": ["favor"],
        ...                             "rows_gold_columns_predicted": [[1]]}}
        >>> print(format_speaker_report(rep).splitlines()[0])
        newsstance / speakers  (analyze().by_speaker() vs speakers.jsonl, n=1)
    """
    lines = [
        f"newsstance / speakers  (analyze().by_speaker() vs speakers.jsonl, n={report['n']})",
        "",
    ]
    for key, value in report["metrics"].items():
        mark = "  <- official" if key == "f1_macro" else ""
        lines.append(f"{key:<28}{value:>10.4f}{mark}")
    lines += class_table_lines(report["per_class"], report["confusion_matrix"])
    return "\n".join(lines)
