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
from pathlib import Path
from typing import Any

from stancekit.errors import InvalidInputError, expected_got
from stancekit.models.inputs import find_mentions

__all__ = [
    "motion_target",
    "read_ibm_argq",
    "read_ibm_claims",
    "read_newsstance",
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
            "Add the verb to stancekit.statement_data._MOTION_VERBS with its sign.",
        )
    )


def _path(data_dir: str | Path, name: str, relative: str) -> Path:
    # stancekit.data imports this module while it loads, so its file check is imported here.
    from stancekit.data import _file

    return _file(data_dir, name, relative)


def _mentions(text: str, forms: list[str]) -> list[list[int]]:
    return [list(m) for m in find_mentions(text, forms, acronyms=True, plurals=True)]


def read_perspectrum(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    """Perspectrum claim-perspective pairs of one split (train, dev, test)."""
    claims = json.loads(
        _path(data_dir, "perspectrum", "perspectrum_with_answers_v1.0.json").read_text("utf-8")
    )
    pool = json.loads(
        _path(data_dir, "perspectrum", "perspective_pool_v1.0.json").read_text("utf-8")
    )
    splits = json.loads(
        _path(data_dir, "perspectrum", "dataset_split_v1.0.json").read_text("utf-8")
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
    path = _path(data_dir, "ibm-argq-30k", "arg_quality_rank_30k.csv")
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
    path = _path(data_dir, "ibm-claim-stance", "claim_stance_dataset_v1.csv")
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


def read_newsstance(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    """newsstance-dev rows: statement x target, with the target's aliases as mentions."""
    targets: dict[tuple[str, str], list[str]] = {}
    with _path(data_dir, "newsstance-dev", "targets.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                for t in obj["targets"]:
                    targets[(obj["article"], t["name"])] = [t["name"], *t["aliases"]]
    cols: dict[str, list[Any]] = {
        k: [] for k in ("text", "target", "label", "mentions", "article", "speaker", "kind")
    }
    with _path(data_dir, "newsstance-dev", "segments.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            forms = targets[(row["article"], row["target"])]
            speaker = row["speaker"]
            if isinstance(speaker, list):
                speaker = " and ".join(speaker)
            kind = (
                "narration"
                if row["narration"]
                else "speech_act"
                if row["other_case"] is not None
                else "attribution"
            )
            cols["text"].append(row["text"])
            cols["target"].append(row["target"])
            cols["label"].append(row["label"])
            cols["mentions"].append(_mentions(row["text"], forms))
            cols["article"].append(row["article"])
            cols["speaker"].append(speaker or "")
            cols["kind"].append(kind)
    return cols
