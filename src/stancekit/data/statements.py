"""Readers for short-statement stance sets and the news stance dev set.

Used by :func:`stancekit.data.load`; each reader returns the columns of one split as
lists. Stance labels always describe the stance toward **the target given to the model**:

- ``perspectrum``: a perspective (short sentence) toward a claim; the target is the claim
  itself (a proposition such as "Vaccination must be made compulsory"); SUPPORT = favor,
  UNDERMINE = against.
- ``ibm-argq-30k``: a crowd-written argument toward a motion such as "We should ban
  whaling". The motion is turned into a noun-phrase target and a sign by
  :func:`motion_target` ("whaling", -1): a pro argument for *banning whaling* is
  **against whaling**. The motion text stays in the ``motion`` column with the raw
  ``motion_stance`` (pro/con).
- ``ibm-claim-stance``: a Wikipedia claim toward a motion; the motion's own target and
  sentiment (``topicTarget``, ``topicSentiment``) turn PRO/CON into favor/against of
  ``topicTarget``: stance = sign(PRO/CON) x topicSentiment.
- ``newsstance``: newsstance-dev, attributed news statements x named targets, labelled
  favor / against / none (dev only; never train on it). Mentions are found with the
  target's name and aliases.

Licences: Perspectrum CC BY-SA 4.0; both IBM Debater sets CC BY-SA 3.0; newsstance-dev
CC0. A model trained on the share-alike sets may ship; copies of the data may not without
the licence (see the model card).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zlib
from pathlib import Path
from typing import Any

from stancekit.data.catalog import dataset_file
from stancekit.errors import InvalidInputError, expected_got
from stancekit.targets import find_mentions

__all__ = [
    "calibration_article",
    "motion_target",
    "read_ibm_argq",
    "read_ibm_claims",
    "read_news_rows",
    "read_newsstance",
    "read_newsstance_train",
    "read_perspectrum",
]

# Verbs of a motion "We should VERB X" and the sign of the motion toward X.
_MOTION_VERBS: dict[str, int] = {
    "ban": -1,
    "abolish": -1,
    "abandon": -1,
    "prohibit": -1,
    "end": -1,
    "stop": -1,
    "close": -1,
    "cancel": -1,
    "limit": -1,
    "fight": -1,
    "oppose": -1,
    "criminalize": -1,
    "adopt": 1,
    "legalize": 1,
    "subsidize": 1,
    "introduce": 1,
    "support": 1,
    "protect": 1,
    "increase": 1,
}
# "X should be PARTICIPLE" and "X should be a criminal offence" forms.
_PASSIVE: dict[str, int] = {
    "banned": -1,
    "abandoned": -1,
    "ended": -1,
    "abolished": -1,
    "prohibited": -1,
    "a criminal offence": -1,
    "legalized": 1,
    "mandatory": 1,
    "compulsory": 1,
    "subsidized": 1,
}
_NOMINAL_HEADS = ("the abolition of ", "the development of ", "the use of ")


def _strip_np(np: str) -> tuple[str, int]:
    """Drop a nominal head ("the abolition of X" -> X, with its sign) from a phrase."""
    sign = 1
    for head in _NOMINAL_HEADS:
        if np.lower().startswith(head):
            if head == "the abolition of ":
                sign = -1
            np = np[len(head) :]
    return np.strip(), sign


def motion_target(motion: str) -> tuple[str, int]:
    """Turn a debate motion into the noun phrase it is about and its sign toward it.

    Args:
        motion: e.g. ``"We should ban whaling"``.

    Returns:
        ``(target, sign)``: a pro argument for the motion is favor of ``target`` when
        ``sign`` is +1 and against it when -1.

    Raises:
        InvalidInputError: When the motion has none of the known shapes.

    Examples:
        >>> motion_target("We should ban whaling")
        ('whaling', -1)
        >>> motion_target("We should fight for the abolition of nuclear weapons")
        ('nuclear weapons', -1)
        >>> motion_target("Payday loans should be banned")
        ('Payday loans', -1)
        >>> motion_target("Social media brings more harm than good")
        ('Social media', -1)
    """
    text = motion.strip().rstrip(".")
    m = re.fullmatch(r"We should (\w+)(?: for)? (.+)", text)
    if m and m.group(1).lower() in _MOTION_VERBS:
        verb_sign = _MOTION_VERBS[m.group(1).lower()]
        if m.group(1).lower() == "fight" and " for " in f" {text} ":
            verb_sign = 1
        np, head_sign = _strip_np(m.group(2))
        return np, verb_sign * head_sign
    m = re.fullmatch(r"(.+?) should be (.+)", text)
    if m and m.group(2).lower() in _PASSIVE:
        np, head_sign = _strip_np(m.group(1))
        return np, _PASSIVE[m.group(2).lower()] * head_sign
    m = re.fullmatch(r"(.+?) brings? more harm than good", text)
    if m:
        return m.group(1).strip(), -1
    raise InvalidInputError(
        expected_got(
            "motion",
            "'We should VERB X', 'X should be VERBED' or 'X brings more harm than good'",
            motion,
            "Add the verb to stancekit.data.statements._MOTION_VERBS with its sign.",
        )
    )


def _mentions(text: str, forms: list[str]) -> list[list[int]]:
    return [list(m) for m in find_mentions(text, forms, acronyms=True, plurals=True)]


def read_perspectrum(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    """Perspectrum claim-perspective pairs of one split (train, dev, test)."""
    claims = json.loads(
        dataset_file(data_dir, "perspectrum", "perspectrum_with_answers_v1.0.json").read_text(
            "utf-8"
        )
    )
    pool = json.loads(
        dataset_file(data_dir, "perspectrum", "perspective_pool_v1.0.json").read_text("utf-8")
    )
    splits = json.loads(
        dataset_file(data_dir, "perspectrum", "dataset_split_v1.0.json").read_text("utf-8")
    )
    text_of = {int(p["pId"]): p["text"] for p in pool}
    label_of = {"SUPPORT": "favor", "UNDERMINE": "against"}
    cols: dict[str, list[Any]] = {k: [] for k in ("text", "target", "label", "claim_id")}
    for claim in claims:
        if splits.get(str(claim["cId"])) != split:
            continue
        for cluster in claim["perspectives"]:
            label = label_of.get(cluster["stance_label_3"])
            if label is None:
                continue
            for pid in cluster["pids"]:
                cols["text"].append(text_of[int(pid)])
                cols["target"].append(claim["text"])
                cols["label"].append(label)
                cols["claim_id"].append(int(claim["cId"]))
    cols["mentions"] = [[] for _ in cols["text"]]
    return cols


def read_ibm_argq(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    """IBM-ArgQ-Rank-30kArgs arguments of one split, stance toward the motion's target."""
    path = dataset_file(data_dir, "ibm-argq-30k", "arg_quality_rank_30k.csv")
    cols: dict[str, list[Any]] = {
        k: [] for k in ("text", "target", "label", "mentions", "motion", "motion_stance")
    }
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["set"] != split:
                continue
            target, sign = motion_target(row["topic"])
            pro = int(row["stance_WA"])
            if pro not in (1, -1):
                raise InvalidInputError(expected_got("ibm-argq-30k stance_WA", "1 or -1", pro))
            text = " ".join(row["argument"].split())
            cols["text"].append(text)
            cols["target"].append(target)
            cols["label"].append("favor" if pro * sign > 0 else "against")
            cols["mentions"].append(_mentions(text, [target]))
            cols["motion"].append(row["topic"])
            cols["motion_stance"].append("pro" if pro > 0 else "con")
    return cols


def _unwrap_claims_csv(raw: str) -> str:
    """Undo the spreadsheet round trip of IBM's claim-stance CSV (see shared/data/README)."""
    lines = []
    for line in raw.splitlines():
        line = re.sub(r";+$", "", line)
        if line.startswith('"') and line.endswith('"') and len(line) > 1:
            line = line[1:-1]
        elif line.startswith('"'):
            line = line[1:]
        elif line.endswith('"'):
            line = line[:-1]
        lines.append(line.replace('""', '"'))
    return "\n".join(lines)


def read_ibm_claims(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    """IBM Claim Stance claims of one split (train, test), stance toward topicTarget."""
    path = dataset_file(data_dir, "ibm-claim-stance", "claim_stance_dataset_v1.csv")
    reader = csv.DictReader(io.StringIO(_unwrap_claims_csv(path.read_text("utf-8"))))
    cols: dict[str, list[Any]] = {
        k: [] for k in ("text", "target", "label", "mentions", "motion", "claim_target")
    }
    for row in reader:
        if row["split"] != split:
            continue
        sign = (1 if row["claims.stance"] == "PRO" else -1) * int(row["topicSentiment"])
        text = row["claims.claimCorrectedText"]
        target = row["topicTarget"]
        cols["text"].append(text)
        cols["target"].append(target)
        cols["label"].append("favor" if sign > 0 else "against")
        cols["mentions"].append(_mentions(text, [target]))
        cols["motion"].append(row["topicText"])
        cols["claim_target"].append(row["claims.claimTarget.text"])
    return cols


def _jsonl_rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _span(value: Any) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if value else None


def _indexed(article: dict[str, Any], key: str, index: Any) -> dict[str, Any]:
    """``article[key][index]``, or a typed error naming the article, the list and the index."""
    items = article.get(key)
    if not isinstance(items, list) or not isinstance(index, int) or not 0 <= index < len(items):
        raise InvalidInputError(
            expected_got(
                f"{key}[{index!r}] of article {article.get('id')!r}",
                f"an index into the article's {key!r} (the newsattr-dev format)",
                None if not isinstance(items, list) else f"{len(items)} {key}",
            )
        )
    item: dict[str, Any] = items[index]
    return item


def calibration_article(article_id: str) -> bool:
    """Whether an article of newsstance-train belongs to its calibration slice.

    A fixed tenth of the articles, chosen by a CRC-32 of the id, so that the slice stays
    the same when articles are added and never shares an article with the training rows.

    Examples:
        >>> [calibration_article(f"c1-{i:02d}") for i in range(1, 4)]
        [False, False, True]
    """
    return zlib.crc32(article_id.encode("utf-8")) % 10 == 0


def read_news_rows(
    articles_path: Path, targets_path: Path, segments_path: Path
) -> dict[str, list[Any]]:
    """Rows of a news stance layer (the newsstance-dev format) with each statement's context.

    Columns: ``text`` (the statement), ``target``, ``label``, ``mentions`` (the target's
    name and aliases found in ``text``), ``context`` (the headline, attribution frame and
    text before the statement, see :func:`stancekit.segmentation.context.statement_context`),
    ``article``, ``speaker`` (a coordinated speaker joined with " and "; "" when unnamed)
    and ``kind`` (``attribution`` / ``speech_act`` / ``narration``).
    """
    from stancekit.segmentation.context import statement_context
    from stancekit.segmentation.text import Paragraph, paragraphs

    articles = {a["id"]: a for a in _jsonl_rows(articles_path)}
    targets: dict[tuple[str, str], list[str]] = {}
    for obj in _jsonl_rows(targets_path):
        for t in obj["targets"]:
            targets[(obj["article"], t["name"])] = [t["name"], *t["aliases"]]
    cols: dict[str, list[Any]] = {
        k: []
        for k in ("text", "target", "label", "mentions", "context", "article", "speaker", "kind")
    }
    contexts: dict[tuple[Any, ...], str] = {}
    paras: dict[str, list[Paragraph]] = {}  # each article's paragraphs, split once
    for row in _jsonl_rows(segments_path):
        article = articles.get(row["article"])
        if article is None:
            raise InvalidInputError(
                expected_got(
                    f"article of a row of {segments_path}",
                    f"an id of {articles_path}",
                    row["article"],
                )
            )
        forms = targets[(row["article"], row["target"])]
        speaker = row["speaker"]
        if isinstance(speaker, list):
            speaker = " and ".join(speaker)
        if row["narration"]:
            kind, frame = "narration", {}
        elif row["other_case"] is not None:
            kind, frame = "speech_act", _indexed(article, "other_cases", row["other_case"])
        else:
            kind, frame = "attribution", _indexed(article, "attributions", row["attribution"])
        spans = tuple((int(a), int(b)) for a, b in row["spans"])
        key = (row["article"], spans)
        if key not in contexts:
            if row["article"] not in paras:
                paras[row["article"]] = paragraphs(article["text"])
            contexts[key] = statement_context(
                article["text"],
                spans,
                source=_span(frame.get("source")),
                cue=_span(frame.get("cue")),
                paras=paras[row["article"]],
            )
        cols["text"].append(row["text"])
        cols["target"].append(row["target"])
        cols["label"].append(row["label"])
        cols["mentions"].append(_mentions(row["text"], forms))
        cols["context"].append(contexts[key])
        cols["article"].append(row["article"])
        cols["speaker"].append(speaker or "")
        cols["kind"].append(kind)
    return cols


def read_newsstance(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    """newsstance-dev rows: statement x target, with aliases as mentions and the context."""
    return read_news_rows(
        dataset_file(data_dir, "newsattr-dev", "articles.jsonl"),
        dataset_file(data_dir, "newsstance-dev", "targets.jsonl"),
        dataset_file(data_dir, "newsstance-dev", "segments.jsonl"),
    )


def read_newsstance_train(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    """newsstance-train rows (``train`` or ``calibration``: a fixed tenth of the articles).

    newsstance-train is written for the project (CC0) and lives in the repository's
    ``data/`` folder: pass that folder (or any folder holding ``newsstance-train/``) as
    ``data_dir``.
    """
    cols = read_news_rows(
        dataset_file(data_dir, "newsstance-train", "articles.jsonl"),
        dataset_file(data_dir, "newsstance-train", "targets.jsonl"),
        dataset_file(data_dir, "newsstance-train", "segments.jsonl"),
    )
    keep = [calibration_article(a) == (split == "calibration") for a in cols["article"]]
    return {k: [v for v, ok in zip(vals, keep, strict=True) if ok] for k, vals in cols.items()}
