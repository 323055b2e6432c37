"""Reading a user's file, the stratified dev split and the predictions file."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from stancekit.errors import (
    DataFileError,
    DataNotFoundError,
    EmptyDataError,
    FileLabelError,
    InvalidInputError,
    MissingColumnError,
    UnknownLabelError,
)
from stancekit.userdata import UserData, read_file, stratified_split, write_predictions

ROWS = {
    "text": ["I back NATO", "NATO must go", "NATO met today", "Tax cuts now", "No new tax"],
    "target": ["NATO", "NATO", "NATO", "tax", "tax"],
    "label": ["FAVOR", "against", " None ", "favor", "AGAINST"],
    "id": [1, 2, 3, 4, 5],
}


def _write(tmp_path: Path, name: str, frame: pd.DataFrame) -> Path:
    path = tmp_path / name
    if name.endswith(".csv"):
        frame.to_csv(path, index=False)
    elif name.endswith(".tsv"):
        frame.to_csv(path, index=False, sep="\t")
    elif name.endswith(".jsonl"):
        frame.to_json(path, orient="records", lines=True)
    else:
        frame.to_parquet(path, index=False)
    return path


@pytest.mark.parametrize("name", ["d.csv", "d.tsv", "d.jsonl", "d.parquet"])
def test_read_file_reads_every_format_and_normalises_labels(tmp_path: Path, name: str) -> None:
    data = read_file(_write(tmp_path, name, pd.DataFrame(ROWS)))
    assert data.task == "stance"
    assert data.labels == ("favor", "against", "none", "favor", "against")
    assert data.pairs[0] == ("I back NATO", "NATO")
    assert list(data.frame.columns) == ["text", "target", "label", "id"]


def test_read_file_infers_sentiment_and_takes_ids_with_a_task(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {"text": ["a b", "c d"], "target": ["a", "c"], "label": ["Positive", "neutral"]}
    )
    assert read_file(_write(tmp_path, "s.csv", frame)).task == "sentiment"
    ids = frame.assign(label=[2, 0])
    assert read_file(_write(tmp_path, "i.csv", ids), task="stance").labels == ("favor", "against")
    with pytest.raises(DataFileError, match="--task"):
        read_file(_write(tmp_path, "i2.csv", ids))


def test_read_file_custom_column_names(tmp_path: Path) -> None:
    frame = pd.DataFrame(ROWS).rename(
        columns={"text": "tweet", "target": "topic", "label": "stance"}
    )
    path = _write(tmp_path, "c.csv", frame)
    data = read_file(path, text_column="tweet", target_column="topic", label_column="stance")
    assert data.texts[1] == "NATO must go" and data.columns == ("tweet", "topic", "stance")


def test_read_file_missing_column_names_file_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "m.csv", pd.DataFrame(ROWS).drop(columns=["target"]))
    with pytest.raises(MissingColumnError) as err:
        read_file(path)
    assert err.value.column == "target" and err.value.path == str(path)
    assert str(path) in str(err.value) and "'target'" in str(err.value)
    assert "--target-column" in str(err.value) and "['text', 'label', 'id']" in str(err.value)
    assert isinstance(err.value, InvalidInputError)


def test_read_file_unknown_label_names_file_column_value_and_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "u.csv", pd.DataFrame(ROWS).assign(label=["favor", "pro", "none", "favor", "con"])
    )
    with pytest.raises(FileLabelError) as err:
        read_file(path)
    msg = str(err.value)
    assert str(path) in msg and "'label'" in msg and "'pro'" in msg and "'con'" in msg
    assert "lines 3, 6" in msg  # CSV lines, header is line 1
    assert isinstance(err.value, UnknownLabelError) and err.value.column == "label"


@pytest.mark.parametrize("content", ["", "text,target,label\n"])
def test_read_file_empty_file_is_a_typed_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "e.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EmptyDataError) as err:
        read_file(path)
    assert str(path) in str(err.value) and err.value.path == str(path)


def test_read_file_empty_text_cell_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "t.csv", pd.DataFrame(ROWS).assign(text=["a", "", "b", "c", "d"]))
    with pytest.raises(DataFileError, match=r"column 'text' is empty or not text on line 3") as err:
        read_file(path)
    assert err.value.column == "text"


def test_read_file_missing_file_and_bad_suffix(tmp_path: Path) -> None:
    with pytest.raises(DataNotFoundError, match="no such file"):
        read_file(tmp_path / "nope.csv")
    bad = tmp_path / "d.xlsx"
    bad.write_text("x", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"unknown file type '\.xlsx'"):
        read_file(bad)


def test_read_file_without_labels_needs_a_task_unless_required(tmp_path: Path) -> None:
    path = _write(tmp_path, "n.csv", pd.DataFrame(ROWS).drop(columns=["label"]))
    with pytest.raises(MissingColumnError, match="'label'"):
        read_file(path)
    assert read_file(path, task="stance", require_labels=False).labels is None
    with pytest.raises(DataFileError, match="task"):
        read_file(path, require_labels=False)


def _data(n_per: int) -> UserData:
    targets, labels = [], []
    for t in ("a", "b"):
        for lab in ("against", "none", "favor"):
            targets += [t] * n_per
            labels += [lab] * n_per
    n = len(targets)
    return UserData(
        "f.csv",
        pd.DataFrame({"i": range(n)}),
        tuple(map(str, range(n))),
        tuple(targets),
        tuple(labels),
        "stance",
    )


def test_stratified_split_keeps_groups_in_proportion_and_is_seeded() -> None:
    data = _data(20)
    train, dev = stratified_split(data, 0.1, seed=0)
    assert len(dev) == 12 and len(train) == 108
    assert not set(train) & set(dev) and sorted([*train, *dev]) == list(range(120))
    groups = {(data.targets[i], data.labels[i]) for i in dev}
    assert len(groups) == 6  # two rows of each (target, label) group
    assert np.array_equal(stratified_split(data, 0.1, seed=0)[1], dev)
    assert not np.array_equal(stratified_split(data, 0.1, seed=1)[1], dev)


def test_stratified_split_refuses_bad_fraction_and_tiny_data() -> None:
    with pytest.raises(DataFileError, match="fraction"):
        stratified_split(_data(5), 0.9)
    with pytest.raises(EmptyDataError, match="--dev"):
        stratified_split(_data(1), 0.1)


@pytest.mark.parametrize("name", ["p.csv", "p.jsonl", "p.parquet"])
def test_write_predictions_one_row_per_input_row(tmp_path: Path, name: str) -> None:
    data = read_file(_write(tmp_path, "d.csv", pd.DataFrame(ROWS)))
    proba = np.tile([0.2, 0.3, 0.5], (5, 1))
    out = write_predictions(tmp_path / "out" / name, data, proba, ["against", "none", "favor"])
    back = (
        pd.read_csv(out)
        if name.endswith(".csv")
        else pd.read_json(out, lines=True)
        if name.endswith(".jsonl")
        else pd.read_parquet(out)
    )
    assert list(back.columns) == [*ROWS, "predicted", "proba_against", "proba_none", "proba_favor"]
    assert len(back) == 5 and set(back["predicted"]) == {"favor"}
    assert [str(v) for v in back["id"]] == ["1", "2", "3", "4", "5"]  # CSV cells stay text
    assert np.allclose(back[["proba_against", "proba_none", "proba_favor"]].sum(axis=1), 1.0)


def test_write_predictions_refuses_a_column_clash(tmp_path: Path) -> None:
    data = read_file(_write(tmp_path, "d.csv", pd.DataFrame(ROWS).assign(predicted=1)))
    with pytest.raises(DataFileError, match="predicted") as err:
        write_predictions(
            tmp_path / "p.csv", data, np.full((5, 3), 1 / 3), ["against", "none", "favor"]
        )
    assert err.value.column == "predicted"
    assert json.dumps(str(err.value))


def test_read_file_context_column_goes_to_the_model_input(tmp_path: Path) -> None:
    f = tmp_path / "ctx.csv"
    pd.DataFrame(
        {
            "text": ["It's in the term sheet.", "Rain is due."],
            "target": ["stadium subsidy", "stadium subsidy"],
            "label": ["favor", "none"],
            "frame": ["…, the mayor said. || Council backs stadium subsidy", None],
        }
    ).to_csv(f, index=False)
    data = read_file(f, context_column="frame")
    assert data.contexts == ("…, the mayor said. || Council backs stadium subsidy", "")
    X = data.model_input
    assert list(X.columns) == ["text", "target", "context"]
    assert data.subset([1]).contexts == ("",)
    assert list(read_file(f).model_input.columns) == ["text", "target"]
    with pytest.raises(MissingColumnError, match="--context-column"):
        read_file(f, context_column="context")
