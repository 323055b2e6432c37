"""Load the stance and target-sentiment benchmarks as Hugging Face ``datasets``.

Every loader reads the local copies described in ``shared/data/README.md``; nothing is
downloaded. Each returned :class:`datasets.Dataset` has at least these columns:

- ``text``: the sentence, post, tweet or document;
- ``target``: what the stance or sentiment is about;
- ``label``: a label string of the task's scheme (see :mod:`stancekit.labels`);
- ``mentions``: ``[[start, end], ...]`` character offsets of the target in ``text``
  (the annotated mention for NewsMTSC, a word-bounded search elsewhere; may be empty).

The task (``"stance"`` or ``"sentiment"``) travels with the data in
``dataset.info.description``, a JSON object ``{"stancekit_dataset": name, "split": split,
"task": task}``; read it with :func:`task_of`.

============  =========  ==================================================  ================
name          task       splits                                              extra columns
============  =========  ==================================================  ================
newsmtsc      sentiment  train, dev_rw, test_rw, dev_mt, test_mt             id, further_mentions
vast          stance     train, dev, test                                    few_shot
pstance       stance     train, validation, test                             (favor/against)
mtsd          stance     train, validation, test                             pair, tweet_id
persent       sentiment  dev, random_test, fixed_test                        title, doc_index
perspectrum   stance     train, dev, test                                    claim_id
ibm-argq-30k  stance     train, dev, test                                    motion, motion_stance
ibm-claim-    stance     train, test                                         motion, claim_target
stance
newsstance    stance     dev                                                 article, speaker, kind
============  =========  ==================================================  ================

The short-statement sets and newsstance-dev are read by :mod:`stancekit.statement_data`,
whose docstring says how pro/con becomes favor/against of the target given to the model.

Hub copies (documentation only, never loaded by stancekit): NewsMTSC is
``fhamborg/news_sentiment_newsmtsc`` (configs ``rw``/``mt``; a script loader recent
``datasets`` releases no longer run) and PerSenT is ``community-datasets/per_sent``
(parquet; it also has the 3,355-row train split that the local copy lacks).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stancekit import statement_data
from stancekit.errors import DataNotFoundError, InvalidInputError, expected_got
from stancekit.labels import check_task, validate_labels
from stancekit.targets import find_mentions

if TYPE_CHECKING:
    import datasets
    import pandas as pd

__all__ = ["DATASETS", "SPLITS", "TASKS_OF", "from_frame", "load", "task_of"]

logger = logging.getLogger(__name__)

TASKS_OF: dict[str, str] = {
    "newsmtsc": "sentiment",
    "vast": "stance",
    "pstance": "stance",
    "mtsd": "stance",
    "persent": "sentiment",
    "perspectrum": "stance",
    "ibm-argq-30k": "stance",
    "ibm-claim-stance": "stance",
    "newsstance": "stance",
    "newsstance-train": "stance",
}
"""The task of each benchmark."""

SPLITS: dict[str, tuple[str, ...]] = {
    "newsmtsc": ("train", "dev_rw", "test_rw", "dev_mt", "test_mt"),
    "vast": ("train", "dev", "test"),
    "pstance": ("train", "validation", "test"),
    "mtsd": ("train", "validation", "test"),
    "persent": ("dev", "random_test", "fixed_test"),
    "perspectrum": ("train", "dev", "test"),
    "ibm-argq-30k": ("train", "dev", "test"),
    "ibm-claim-stance": ("train", "test"),
    "newsstance": ("dev",),
    "newsstance-train": ("train", "calibration"),
}
"""The splits of each benchmark, in the order :func:`load` returns them."""

DATASETS: tuple[str, ...] = tuple(SPLITS)

_NEWSMTSC_FILES = {
    "train": "official/train.jsonl",
    "dev_rw": "paper_split/newsmtsc-rw/dev.jsonl",
    "test_rw": "paper_split/newsmtsc-rw/test.jsonl",
    "dev_mt": "paper_split/newsmtsc-mt/dev.jsonl",
    "test_mt": "paper_split/newsmtsc-mt/test.jsonl",
}
_NEWSMTSC_POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
_VAST_LABELS = {0: "against", 1: "favor", 2: "none"}
_CSV_STANCE = {"AGAINST": "against", "FAVOR": "favor", "NONE": "none"}
_SPLIT_FILE_PART = {"train": "train", "validation": "val", "test": "test"}
_MTSD_PAIRS = ("trump_hillary", "trump_ted", "hillary_bernie")
_PERSENT_LABELS = {"Negative": "negative", "Neutral": "neutral", "Positive": "positive"}


def _file(data_dir: str | Path, name: str, relative: str) -> Path:
    path = Path(data_dir) / name / relative
    if not path.is_file():
        raise DataNotFoundError(
            f"{name}: file {str(path)!r} not found. data_dir ({str(data_dir)!r}) must contain "
            f"'{name}/{relative}' (the layout of shared/data/README.md). Pass the folder "
            f"that holds the data sets ({', '.join(DATASETS)}) as data_dir."
        )
    return path


def _read_csv(path: Path) -> pd.DataFrame:
    import pandas as pd

    return pd.read_csv(path, encoding="utf-8", keep_default_na=False, dtype=str)


def _mentions_of(texts: list[str], targets: list[str]) -> list[list[list[int]]]:
    return [[list(m) for m in find_mentions(t, [g])] for t, g in zip(texts, targets, strict=True)]


def _newsmtsc(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    path = _file(data_dir, "newsmtsc", _NEWSMTSC_FILES[split])
    cols: dict[str, list[Any]] = {
        k: [] for k in ("id", "text", "target", "label", "mentions", "further_mentions")
    }
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            obj = json.loads(line)
            text = obj["sentence_normalized"]
            for t in obj["targets"]:
                cols["id"].append(t["Input.gid"])
                cols["text"].append(text)
                cols["target"].append(t["mention"])
                cols["label"].append(_NEWSMTSC_POLARITY[float(t["polarity"])])
                cols["mentions"].append([[int(t["from"]), int(t["to"])]])
                cols["further_mentions"].append(
                    [[int(m["from"]), int(m["to"])] for m in t.get("further_mentions", [])]
                )
    return cols


def _vast(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    if split == "train":
        df = _read_csv(_file(data_dir, "vast", "original/vast_train.csv"))
        texts, targets = list(df["post"]), list(df["topic_str"])
        labels = [_VAST_LABELS[int(v)] for v in df["label"]]
    else:
        df = _read_csv(_file(data_dir, "vast", f"processed/vast_{split}.csv"))
        texts, targets = list(df["Tweet"]), list(df["Target 1"])
        labels = [_CSV_STANCE[v] for v in df["Stance 1"]]
    few_shot = [int(v) == 1 for v in df["seen?"]]
    return {
        "text": texts,
        "target": targets,
        "label": labels,
        "mentions": _mentions_of(texts, targets),
        "few_shot": few_shot,
    }


def _pstance(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    part = _SPLIT_FILE_PART[split]
    df = _read_csv(_file(data_dir, "pstance", f"raw_{part}_all_onecol.csv"))
    texts, targets = list(df["Tweet"]), list(df["Target 1"])
    return {
        "text": texts,
        "target": targets,
        "label": [_CSV_STANCE[v] for v in df["Stance 1"]],
        "mentions": _mentions_of(texts, targets),
    }


def _mtsd(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    part = _SPLIT_FILE_PART[split]
    cols: dict[str, list[Any]] = {k: [] for k in ("text", "target", "label", "pair", "tweet_id")}
    for pair in _MTSD_PAIRS:
        df = _read_csv(_file(data_dir, "mtsd", f"raw_{part}_{pair}.csv"))
        for i, row in enumerate(df.itertuples(index=False)):
            tweet, t1, s1, t2, s2 = row[0], row[1], row[2], row[3], row[4]
            for target, stance in ((t1, s1), (t2, s2)):
                cols["text"].append(tweet)
                cols["target"].append(target)
                cols["label"].append(_CSV_STANCE[stance])
                cols["pair"].append(pair)
                cols["tweet_id"].append(f"{pair}-{part}-{i}")
    cols["mentions"] = _mentions_of(cols["text"], cols["target"])
    return cols


def _persent(data_dir: str | Path, split: str) -> dict[str, list[Any]]:
    df = _read_csv(_file(data_dir, "persent", f"{split}.csv"))
    texts, targets = list(df["DOCUMENT"]), list(df["TARGET_ENTITY"])
    unknown = sorted(set(df["TRUE_SENTIMENT"]) - set(_PERSENT_LABELS))
    if unknown:
        raise InvalidInputError(
            expected_got("persent TRUE_SENTIMENT", f"one of {sorted(_PERSENT_LABELS)}", unknown)
        )
    return {
        "text": texts,
        "target": targets,
        "label": [_PERSENT_LABELS[v] for v in df["TRUE_SENTIMENT"]],
        "mentions": _mentions_of(texts, targets),
        "title": list(df["TITLE"]),
        "doc_index": [int(v) for v in df["DOCUMENT_INDEX"]],
    }


_READERS: dict[str, Callable[[str | Path, str], dict[str, list[Any]]]] = {
    "newsmtsc": _newsmtsc,
    "vast": _vast,
    "pstance": _pstance,
    "mtsd": _mtsd,
    "persent": _persent,
    "perspectrum": statement_data.read_perspectrum,
    "ibm-argq-30k": statement_data.read_ibm_argq,
    "ibm-claim-stance": statement_data.read_ibm_claims,
    "newsstance": statement_data.read_newsstance,
    "newsstance-train": statement_data.read_newsstance_train,
}


def _to_dataset(
    cols: dict[str, list[Any]], name: str, split: str, task: str, limit: int | None
) -> datasets.Dataset:
    import datasets

    if limit is not None:
        cols = {k: v[:limit] for k, v in cols.items()}
    features = {
        "text": datasets.Value("string"),
        "target": datasets.Value("string"),
        "label": datasets.Value("string"),  # strings of the task's scheme
        "mentions": datasets.List(datasets.List(datasets.Value("int32"))),
    }
    extra = {
        "id": datasets.Value("string"),
        "further_mentions": datasets.List(datasets.List(datasets.Value("int32"))),
        "few_shot": datasets.Value("bool"),
        "pair": datasets.Value("string"),
        "tweet_id": datasets.Value("string"),
        "title": datasets.Value("string"),
        "doc_index": datasets.Value("int64"),
        "claim_id": datasets.Value("int64"),
        "motion": datasets.Value("string"),
        "motion_stance": datasets.Value("string"),
        "claim_target": datasets.Value("string"),
        "article": datasets.Value("string"),
        "speaker": datasets.Value("string"),
        "kind": datasets.Value("string"),
        "context": datasets.Value("string"),
    }
    features.update({k: v for k, v in extra.items() if k in cols})
    feats = datasets.Features(features)
    info = datasets.DatasetInfo(
        description=json.dumps({"stancekit_dataset": name, "split": split, "task": task}),
        dataset_name=name,
        features=feats,
    )
    ordered = {k: cols[k] for k in features}
    return datasets.Dataset.from_dict(ordered, features=feats, info=info, split=split)


def load(
    name: str,
    data_dir: str | Path,
    split: str | None = None,
    *,
    limit: int | None = None,
) -> datasets.DatasetDict | datasets.Dataset:
    """Load a benchmark from the local data folder.

    Args:
        name: One of :data:`DATASETS` (``newsmtsc``, ``vast``, ``pstance``, ``mtsd``,
            ``persent``, ``perspectrum``, ``ibm-argq-30k``, ``ibm-claim-stance``,
            ``newsstance``).
        data_dir: The folder holding ``newsmtsc/``, ``vast/``, ... (``shared/data``).
        split: One split (see :data:`SPLITS`); ``None`` loads every split.
        limit: Keep only the first ``limit`` rows of each split (for quick tests).

    Returns:
        A :class:`datasets.Dataset` when ``split`` is given, else a
        :class:`datasets.DatasetDict` keyed by split. Labels are strings of the task's
        scheme; the task is in ``info.description`` (see :func:`task_of`). Everything
        stays in memory; nothing is written to the working directory.

    Raises:
        InvalidInputError: For an unknown name or split.
        DataNotFoundError: When a file is missing, naming the file and the expected layout.

    Examples:
        >>> ds = load("pstance", "../shared/data", split="test")  # doctest: +SKIP
        >>> ds.column_names  # doctest: +SKIP
        ['text', 'target', 'label', 'mentions']
    """
    if name not in SPLITS:
        raise InvalidInputError(expected_got("dataset name", f"one of {DATASETS}", name))
    if split is not None and split not in SPLITS[name]:
        raise InvalidInputError(expected_got(f"split of {name!r}", f"one of {SPLITS[name]}", split))
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise InvalidInputError(expected_got("limit", "a positive int or None", limit))
    task = TASKS_OF[name]
    splits = (split,) if split is not None else SPLITS[name]
    out = {s: _to_dataset(_READERS[name](data_dir, s), name, s, task, limit) for s in splits}
    logger.info("loaded %s: %s", name, {s: len(d) for s, d in out.items()})
    if split is not None:
        return out[split]
    import datasets

    return datasets.DatasetDict(out)


def task_of(dataset: Any) -> str:
    """Return the task a dataset made by :func:`load` or :func:`from_frame` carries.

    Args:
        dataset: A :class:`datasets.Dataset`.

    Returns:
        ``"stance"`` or ``"sentiment"``.

    Raises:
        InvalidInputError: When the dataset carries no stancekit task.

    Examples:
        >>> ds = from_frame([{"text": "Go NATO", "target": "NATO", "label": "favor"}], "stance")
        >>> task_of(ds)
        'stance'
    """
    info = getattr(dataset, "info", None)
    try:
        meta = json.loads(info.description) if info is not None else {}
        return check_task(meta["task"])
    except (TypeError, ValueError, KeyError):
        raise InvalidInputError(
            expected_got(
                "dataset",
                "a dataset from stancekit.data.load or from_frame (task in info.description)",
                getattr(info, "description", None),
                "Build it with stancekit.data.from_frame(df, task).",
            )
        ) from None


def from_frame(data: Any, task: str, *, name: str = "user") -> datasets.Dataset:
    """Turn a user's table into a dataset that models and the evaluator accept.

    Args:
        data: A pandas DataFrame, a list of row dicts, or a path to a ``.csv``,
            ``.jsonl`` or ``.json`` (JSON lines) file, with columns ``text``, ``target``
            and ``label`` (and optionally ``mentions``).
        task: ``"stance"`` or ``"sentiment"``; labels must be of its scheme (strings or
            integer ids).
        name: A name recorded in ``info.description``.

    Returns:
        A :class:`datasets.Dataset` with ``text``, ``target``, ``label`` (strings) and
        ``mentions`` plus any other columns of ``data``.

    Raises:
        InvalidInputError: When columns are missing (listing expected and found columns),
            a text or target is empty or not a string, or the file type is unknown.
        UnknownLabelError: When a label is not in the task's scheme.
        DataNotFoundError: When a path does not exist.

    Examples:
        >>> rows = [{"text": "NATO must go", "target": "NATO", "label": "against"}]
        >>> ds = from_frame(rows, "stance")
        >>> ds[0]["mentions"]
        [[0, 4]]
    """
    import datasets
    import pandas as pd

    task = check_task(task)
    if isinstance(data, str | Path):
        path = Path(data)
        if not path.is_file():
            raise DataNotFoundError(f"from_frame: file {str(path)!r} does not exist.")
        suffix = path.suffix.lower()
        if suffix == ".csv":
            df = pd.read_csv(path, encoding="utf-8", keep_default_na=False)
        elif suffix in (".jsonl", ".json"):
            df = pd.read_json(path, lines=True)
        else:
            raise InvalidInputError(
                expected_got("file type", "a .csv, .jsonl or .json (JSON lines) file", str(path))
            )
    elif isinstance(data, pd.DataFrame):
        df = data.copy()
    elif isinstance(data, list):
        df = pd.DataFrame(data)
    else:
        raise InvalidInputError(
            expected_got("data", "a DataFrame, a list of dicts or a .csv/.jsonl path", data)
        )
    missing = [c for c in ("text", "target", "label") if c not in df.columns]
    if missing:
        raise InvalidInputError(
            expected_got(
                "columns",
                "columns 'text', 'target' and 'label'",
                f"columns {list(df.columns)}",
                f"Missing: {missing}. Rename your columns, e.g. df.rename(columns=...).",
            )
        )
    labels = validate_labels(df["label"].tolist(), task)
    texts, targets = df["text"].tolist(), df["target"].tolist()
    for i, (t, g) in enumerate(zip(texts, targets, strict=True)):
        if not isinstance(t, str):
            raise InvalidInputError(expected_got(f"text of row {i}", "a str", t))
        if not isinstance(g, str) or not g.strip():
            raise InvalidInputError(expected_got(f"target of row {i}", "a non-empty str", g))
    cols: dict[str, list[Any]] = {"text": texts, "target": targets, "label": labels}
    if "mentions" in df.columns:
        from stancekit.models.inputs import as_pairs

        pairs = as_pairs(list(zip(texts, targets, df["mentions"].tolist(), strict=True)))
        cols["mentions"] = [[list(m) for m in p.mentions] for p in pairs]
    else:
        cols["mentions"] = _mentions_of(texts, targets)
    for c in df.columns:
        if c not in cols:
            cols[c] = df[c].tolist()
    info = datasets.DatasetInfo(
        description=json.dumps({"stancekit_dataset": name, "split": None, "task": task}),
        dataset_name=name,
    )
    return datasets.Dataset.from_dict(cols, info=info)
