"""A user's own labelled file: read it, hold out a dev split, write predictions.

``stancekit train --train FILE`` and ``stancekit evaluate --data FILE`` read files through
this module. A file is a table with one (text, target) pair per row:

- formats by suffix: ``.csv`` (UTF-8, header row), ``.tsv``, ``.jsonl`` / ``.json``
  (JSON lines), ``.parquet``; read with pandas (pyarrow for Parquet);
- columns ``text``, ``target`` and ``label`` by default (other names with
  ``text_column=`` ...); other columns are kept and copied to the predictions file;
- labels of the stance scheme (``against``, ``none``, ``favor``) or the sentiment scheme
  (``negative``, ``neutral``, ``positive``), in any case (``FAVOR`` is ``favor``), or the
  ids 0-2 in that order when the task is given.

Every problem with a file raises a :class:`~stancekit.errors.DataFileError` subclass
whose message names the file, the column and the rows at fault.

Examples:
    >>> data = read_file("tweets.csv", task="stance")  # doctest: +SKIP
    >>> train_idx, dev_idx = stratified_split(data, fraction=0.1, seed=0)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from stancekit.errors import (
    DataFileError,
    DataNotFoundError,
    EmptyDataError,
    FileLabelError,
    MissingColumnError,
)
from stancekit.labels import SENTIMENT_LABELS, STANCE_LABELS, check_task, labels_for

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "FORMATS",
    "UserData",
    "read_file",
    "stratified_split",
    "write_predictions",
]

FORMATS: dict[str, str] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".jsonl": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
}
"""File suffix -> format read and written by this module."""

PREDICTED_COLUMN = "predicted"
PROBA_PREFIX = "proba_"


@dataclass(frozen=True, eq=False)
class UserData:
    """The rows of a user's file, checked.

    Attributes:
        path: The file read.
        frame: Every column of the file as read (pandas DataFrame, file order).
        texts: The text of each row.
        targets: The target of each row.
        labels: The label of each row in the task's scheme, or None for an unlabelled file.
        task: ``"stance"`` or ``"sentiment"``.
        columns: The names of the text, target and label columns in the file.
        contexts: The context of each row (``context_column=``: what a reader has around
            the statement, read by models trained with context), or None.
    """

    path: str
    frame: pd.DataFrame
    texts: tuple[str, ...]
    targets: tuple[str, ...]
    labels: tuple[str, ...] | None
    task: str
    columns: tuple[str, str, str] = field(default=("text", "target", "label"))
    contexts: tuple[str, ...] | None = None

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """The ``(text, target)`` pairs, the ``X`` every stancekit model accepts."""
        return list(zip(self.texts, self.targets, strict=True))

    @property
    def model_input(self) -> pd.DataFrame:
        """``X`` for a model: columns ``text`` and ``target``, and ``context`` when read."""
        import pandas as pd

        columns: dict[str, Any] = {"text": list(self.texts), "target": list(self.targets)}
        if self.contexts is not None:
            columns["context"] = list(self.contexts)
        return pd.DataFrame(columns)

    def subset(self, idx: Sequence[int] | NDArray[np.int64]) -> UserData:
        """The rows ``idx`` (in that order) as a new :class:`UserData`."""
        rows = [int(i) for i in idx]
        return UserData(
            path=self.path,
            frame=self.frame.iloc[rows].reset_index(drop=True),
            texts=tuple(self.texts[i] for i in rows),
            targets=tuple(self.targets[i] for i in rows),
            labels=None if self.labels is None else tuple(self.labels[i] for i in rows),
            task=self.task,
            columns=self.columns,
            contexts=None if self.contexts is None else tuple(self.contexts[i] for i in rows),
        )


def _format_of(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise DataFileError(
            f"{path}: unknown file type {path.suffix!r}. Expected one of "
            f"{', '.join(sorted(FORMATS))} (CSV, TSV, JSON lines or Parquet); rename or "
            "convert the file.",
            path=str(path),
        )
    return fmt


def _read_frame(path: Path) -> pd.DataFrame:
    import pandas as pd

    fmt = _format_of(path)
    if path.stat().st_size == 0 or (fmt != "parquet" and not path.read_bytes().strip()):
        raise EmptyDataError(
            f"{path}: the file is empty; expected a header and rows.", path=str(path)
        )
    try:
        if fmt in ("csv", "tsv"):
            return pd.read_csv(
                path,
                sep="\t" if fmt == "tsv" else ",",
                dtype=str,
                keep_default_na=False,
                encoding="utf-8",
            )
        if fmt == "jsonl":
            return pd.read_json(path, lines=True, dtype=False, encoding="utf-8")
        return pd.read_parquet(path)
    except (ValueError, OSError, UnicodeDecodeError, pd.errors.ParserError) as err:
        raise DataFileError(
            f"{path}: could not be read as {fmt}: {err}. Check the file's format and "
            "encoding (UTF-8).",
            path=str(path),
        ) from err


def _rows(positions: Sequence[int], fmt: str) -> str:
    """File row numbers (1-based, after the header for CSV) of frame positions."""
    shown = ", ".join(str(i + (2 if fmt in ("csv", "tsv") else 1)) for i in positions[:5])
    more = f" and {len(positions) - 5} more" if len(positions) > 5 else ""
    return f"{'line' if len(positions) == 1 else 'lines'} {shown}{more}"


def _strings(frame: pd.DataFrame, column: str, path: Path, fmt: str) -> tuple[str, ...]:
    values = frame[column].tolist()
    bad = [i for i, v in enumerate(values) if not isinstance(v, str) or not v.strip()]
    if bad:
        raise DataFileError(
            f"{path}: column {column!r} is empty or not text on {_rows(bad, fmt)} "
            f"(got {values[bad[0]]!r}). Every row needs a non-empty {column}; remove or "
            "fill those rows.",
            path=str(path),
            column=column,
        )
    return tuple(values)


def _normalise_label(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip().lower()


def _infer_task(values: list[str], path: Path, column: str) -> str:
    seen = set(values)
    for task in ("stance", "sentiment"):
        if seen <= set(labels_for(task)):
            return task
    if seen <= {"0", "1", "2"}:
        raise DataFileError(
            f"{path}: column {column!r} holds label ids {sorted(seen)}; ids are ambiguous "
            "between the stance and sentiment schemes. Pass the task (--task stance or "
            "--task sentiment).",
            path=str(path),
            column=column,
        )
    stance = len(seen & set(STANCE_LABELS))
    sentiment = len(seen & set(SENTIMENT_LABELS))
    return "sentiment" if sentiment > stance else "stance"


def _labels(
    frame: pd.DataFrame, column: str, task: str | None, path: Path, fmt: str
) -> tuple[tuple[str, ...], str]:
    values = [_normalise_label(v) for v in frame[column].tolist()]
    task = check_task(task) if task is not None else _infer_task(values, path, column)
    scheme = labels_for(task)
    out: list[str] = []
    bad: list[int] = []
    for i, v in enumerate(values):
        if v in scheme:
            out.append(v)
        elif v.isdigit() and int(v) < len(scheme):
            out.append(scheme[int(v)])
        else:
            bad.append(i)
    if bad:
        unknown = sorted({str(frame[column].iloc[i]) for i in bad})
        raise FileLabelError(
            f"{path}: column {column!r} has labels outside the {task} scheme {scheme}: "
            f"{unknown[:8]} on {_rows(bad, fmt)}. Map them to {', '.join(scheme)} (any "
            "case; or the ids 0-2 in that order)"
            + (", or pass --task sentiment." if task == "stance" else ", or pass --task stance."),
            path=str(path),
            column=column,
        )
    return tuple(out), task


def read_file(
    path: str | Path,
    *,
    task: str | None = None,
    text_column: str = "text",
    target_column: str = "target",
    label_column: str = "label",
    require_labels: bool = True,
    context_column: str | None = None,
) -> UserData:
    """Read and check a user's CSV / TSV / JSON lines / Parquet file.

    Args:
        path: The file; its suffix says the format (see :data:`FORMATS`).
        task: ``"stance"`` or ``"sentiment"``; None infers it from the labels.
        text_column: The column holding the text.
        target_column: The column holding the target.
        label_column: The column holding the gold label.
        require_labels: When false, a file without ``label_column`` is read unlabelled
            (``labels`` is None; ``task`` must then be given).
        context_column: The column holding each statement's context (None: no context);
            an empty cell means no context for that row.

    Returns:
        The checked rows, in file order.

    Raises:
        DataNotFoundError: The file does not exist.
        DataFileError: Unknown suffix, unreadable file, or an empty text or target cell.
        EmptyDataError: The file has no rows.
        MissingColumnError: A needed column is absent (the message lists those found).
        FileLabelError: A label outside the task's scheme (naming the values and lines).

    Examples:
        >>> import pandas as pd, tempfile, os
        >>> f = os.path.join(tempfile.mkdtemp(), "d.csv")
        >>> pd.DataFrame({"text": ["I back NATO"], "target": ["NATO"],
        ...               "label": ["FAVOR"]}).to_csv(f, index=False)
        >>> data = read_file(f)
        >>> data.task, data.labels
        ('stance', ('favor',))
    """
    file = Path(path)
    if not file.is_file():
        raise DataNotFoundError(
            f"{file}: no such file. Pass the path of a .csv, .tsv, .jsonl or .parquet file."
        )
    fmt = _format_of(file)
    frame = _read_frame(file)
    frame.columns = [str(c) for c in frame.columns]
    needed = [("text", text_column), ("target", target_column)]
    if context_column is not None:
        needed.append(("context", context_column))
    has_labels = label_column in frame.columns
    if require_labels or has_labels:
        needed.append(("label", label_column))
    for role, column in needed:
        if column not in frame.columns:
            option = f"--{role}-column"
            raise MissingColumnError(
                f"{file}: column {column!r} (the {role} column) not found; the file has "
                f"columns {list(frame.columns)}. Rename the column or pass {option} "
                f"({role}_column=) with the right name.",
                path=str(file),
                column=column,
            )
    if len(frame) == 0:
        raise EmptyDataError(
            f"{file}: the file has a header ({list(frame.columns)}) but no rows.", path=str(file)
        )
    texts = _strings(frame, text_column, file, fmt)
    targets = _strings(frame, target_column, file, fmt)
    contexts = (
        None
        if context_column is None
        else tuple("" if v is None or v != v else str(v) for v in frame[context_column])
    )
    if has_labels:
        labels: tuple[str, ...] | None
        labels, task = _labels(frame, label_column, task, file, fmt)
    else:
        if task is None:
            raise DataFileError(
                f"{file}: no {label_column!r} column, so the task cannot be inferred; pass "
                "the task.",
                path=str(file),
                column=label_column,
            )
        labels, task = None, check_task(task)
    return UserData(
        path=str(file),
        frame=frame,
        texts=texts,
        targets=targets,
        labels=labels,
        task=task,
        columns=(text_column, target_column, label_column),
        contexts=contexts,
    )


def stratified_split(
    data: UserData, fraction: float = 0.1, seed: int = 0
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Hold out ``fraction`` of each (target, label) group, with a fixed seed.

    Each group of ``n`` rows gives ``round(fraction * n)`` rows to dev (none from a group
    of one row), so dev has the targets and labels of train in the same proportions.

    Args:
        data: Labelled rows.
        fraction: Share held out, in (0, 0.5].
        seed: Seeds the shuffle inside each group.

    Returns:
        ``(train_idx, dev_idx)``: sorted row positions.

    Raises:
        DataFileError: ``fraction`` out of range or an unlabelled file.
        EmptyDataError: Too few rows to hold anything out.

    Examples:
        >>> import pandas as pd
        >>> d = UserData("f.csv", pd.DataFrame(), ("a",) * 10, ("t",) * 10,
        ...              ("favor",) * 10, "stance")
        >>> [len(i) for i in stratified_split(d, 0.2)]
        [8, 2]
    """
    if not 0 < fraction <= 0.5:
        raise DataFileError(
            f"dev fraction: expected a number in (0, 0.5], got {fraction!r}.", path=data.path
        )
    if data.labels is None:
        raise DataFileError(f"{data.path}: a split needs labels.", path=data.path)
    rng = np.random.default_rng(seed)
    groups: dict[tuple[str, str], list[int]] = {}
    for i, key in enumerate(zip(data.targets, data.labels, strict=True)):
        groups.setdefault(key, []).append(i)
    dev: list[int] = []
    for key in sorted(groups):
        rows = np.asarray(groups[key], dtype=np.int64)
        k = round(fraction * len(rows)) if len(rows) > 1 else 0
        dev.extend(rng.permutation(rows)[:k].tolist())
    if not dev:
        raise EmptyDataError(
            f"{data.path}: {len(data)} rows are too few to hold out {fraction:.0%} per "
            "(target, label) group; pass a dev file (--dev).",
            path=data.path,
        )
    dev_idx = np.asarray(sorted(dev), dtype=np.int64)
    train_idx = np.setdiff1d(np.arange(len(data), dtype=np.int64), dev_idx)
    return train_idx, dev_idx


def write_predictions(
    path: str | Path,
    data: UserData,
    proba: Any,
    classes: Sequence[str],
    predicted: Sequence[str] | None = None,
) -> Path:
    """Write one row per input row: the input columns, ``predicted``, ``proba_<class>``.

    Args:
        path: The output file; its suffix picks CSV, TSV, JSON lines or Parquet.
        data: The rows that were scored.
        proba: Shape ``(len(data), len(classes))``.
        classes: The model's ``classes_`` (column order of ``proba``).
        predicted: The predicted labels; the argmax of ``proba`` when None.

    Returns:
        The path written.

    Raises:
        DataFileError: Unknown suffix, a clash with an input column, or a shape mismatch.

    Examples:
        >>> write_predictions("runs/pred.csv", data, proba, model.classes_)  # doctest: +SKIP
    """
    out = Path(path)
    fmt = _format_of(out)
    p = np.asarray(proba, dtype=np.float64)
    cls = [str(c) for c in classes]
    if p.shape != (len(data), len(cls)):
        raise DataFileError(
            f"probabilities: expected shape {(len(data), len(cls))}, got {p.shape}.",
            path=str(out),
        )
    new = [PREDICTED_COLUMN, *(f"{PROBA_PREFIX}{c}" for c in cls)]
    clash = [c for c in new if c in data.frame.columns]
    if clash:
        raise DataFileError(
            f"{data.path}: the input already has column(s) {clash} that the predictions "
            f"file adds; rename them before predicting.",
            path=data.path,
            column=clash[0],
        )
    frame = data.frame.copy()
    labels = list(predicted) if predicted is not None else [cls[j] for j in p.argmax(axis=1)]
    frame[PREDICTED_COLUMN] = labels
    for j, c in enumerate(cls):
        frame[f"{PROBA_PREFIX}{c}"] = p[:, j]
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("csv", "tsv"):
        frame.to_csv(out, sep="\t" if fmt == "tsv" else ",", index=False, encoding="utf-8")
    elif fmt == "jsonl":
        frame.to_json(out, orient="records", lines=True, force_ascii=False)
    else:
        frame.to_parquet(out, index=False)
    return out
