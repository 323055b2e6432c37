"""stancekit.data: benchmark loaders on the real files, and from_frame validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancekit import data
from stancekit.errors import DataNotFoundError, InvalidInputError, UnknownLabelError
from stancekit.labels import labels_for

DATA_DIR = Path(__file__).resolve().parents[3] / "shared" / "data"
needs_data = pytest.mark.skipif(not DATA_DIR.is_dir(), reason="shared/data is not present")


@needs_data
@pytest.mark.parametrize(
    ("name", "split", "extra"),
    [
        ("newsmtsc", "train", "further_mentions"),
        ("newsmtsc", "test_rw", "id"),
        ("newsmtsc", "dev_mt", "id"),
        ("vast", "train", "few_shot"),
        ("vast", "test", "few_shot"),
        ("pstance", "validation", None),
        ("mtsd", "test", "pair"),
        ("persent", "random_test", "title"),
    ],
)
def test_load_split_columns_labels_and_task(name: str, split: str, extra: str | None) -> None:
    ds = data.load(name, DATA_DIR, split=split, limit=200)
    assert len(ds) == 200
    for col in ("text", "target", "label", "mentions"):
        assert col in ds.column_names
    if extra:
        assert extra in ds.column_names
    task = data.task_of(ds)
    assert task == data.TASKS_OF[name]
    assert set(ds["label"]) <= set(labels_for(task))
    meta = json.loads(ds.info.description)
    assert meta == {"stancekit_dataset": name, "split": split, "task": task}
    for text, spans in zip(ds["text"], ds["mentions"], strict=True):
        assert all(0 <= s < e <= len(text) for s, e in spans)


@needs_data
@pytest.mark.parametrize(
    ("name", "sizes"),
    [
        (
            "newsmtsc",
            {"train": 8739, "dev_rw": 343, "test_rw": 803, "dev_mt": 442, "test_mt": 1034},
        ),
        ("vast", {"train": 13477, "dev": 2062, "test": 3006}),
        ("pstance", {"train": 17224, "validation": 2193, "test": 2157}),
        ("mtsd", {"train": 6238, "validation": 892, "test": 1780}),
        ("persent", {"dev": 578, "random_test": 579, "fixed_test": 827}),
    ],
)
def test_load_all_splits_match_readme_sizes(name: str, sizes: dict[str, int]) -> None:
    dd = data.load(name, DATA_DIR)
    assert {split: len(ds) for split, ds in dd.items()} == sizes


@needs_data
def test_load_newsmtsc_mentions_are_the_annotated_span_and_polarity_mapped() -> None:
    ds = data.load("newsmtsc", DATA_DIR, split="test_rw")
    for row in ds.select(range(50)):
        (start, end), *_ = row["mentions"]
        assert row["text"][start:end] == row["target"]
    counts = {lab: ds["label"].count(lab) for lab in labels_for("sentiment")}
    assert counts == {"negative": 295, "neutral": 319, "positive": 189}


@needs_data
def test_load_vast_few_shot_flag_counts() -> None:
    test = data.load("vast", DATA_DIR, split="test")
    assert sum(test["few_shot"]) == 1546
    assert len(test) - sum(test["few_shot"]) == 1460


@needs_data
def test_load_mtsd_one_row_per_tweet_and_target() -> None:
    ds = data.load("mtsd", DATA_DIR, split="validation")
    pairs = {p: ds["pair"].count(p) for p in set(ds["pair"])}
    assert pairs == {"trump_hillary": 2 * 177, "trump_ted": 2 * 132, "hillary_bernie": 2 * 137}
    first, second = ds[0], ds[1]
    assert first["text"] == second["text"] and first["target"] != second["target"]


@needs_data
def test_load_pstance_has_no_neutral() -> None:
    ds = data.load("pstance", DATA_DIR, split="test")
    assert set(ds["label"]) == {"favor", "against"}
    assert sorted(set(ds["target"])) == ["Bernie Sanders", "Donald Trump", "Joe Biden"]


def test_load_missing_file_names_file_and_layout(tmp_path: Path) -> None:
    with pytest.raises(DataNotFoundError, match=r"pstance/raw_test_all_onecol\.csv"):
        data.load("pstance", tmp_path, split="test")


@pytest.mark.parametrize(
    ("name", "split", "match"),
    [("semeval", None, "dataset name"), ("vast", "validation", "split of 'vast'")],
)
def test_load_unknown_name_or_split_raises(name: str, split: str | None, match: str) -> None:
    with pytest.raises(InvalidInputError, match=match):
        data.load(name, DATA_DIR, split=split)


def test_from_frame_dataframe_and_task() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {"text": ["NATO must go", "We back NATO"], "target": ["NATO"] * 2, "label": [0, "favor"]}
    )
    ds = data.from_frame(df, "stance")
    assert ds["label"] == ["against", "favor"]
    assert ds["mentions"] == [[[0, 4]], [[8, 12]]]
    assert data.task_of(ds) == "stance"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_from_frame_reads_files(tmp_path: Path, suffix: str) -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {
            "text": ["Good Bob", "Bad Bob"],
            "target": ["Bob", "Bob"],
            "label": ["positive", "negative"],
            "source": ["a", "b"],
        }
    )
    path = tmp_path / f"rows{suffix}"
    if suffix == ".csv":
        df.to_csv(path, index=False)
    else:
        df.to_json(path, orient="records", lines=True)
    ds = data.from_frame(path, "sentiment")
    assert ds["label"] == ["positive", "negative"]
    assert ds["source"] == ["a", "b"]


def test_from_frame_wrong_columns_lists_expected_and_found() -> None:
    rows = [{"sentence": "x", "target": "t", "stance": "favor"}]
    with pytest.raises(InvalidInputError) as err:
        data.from_frame(rows, "stance")
    msg = str(err.value)
    assert "'text'" in msg and "'label'" in msg and "sentence" in msg and "stance" in msg


def test_from_frame_unknown_label_is_named() -> None:
    rows = [{"text": "x", "target": "t", "label": "positive"}]
    with pytest.raises(UnknownLabelError, match="positive"):
        data.from_frame(rows, "stance")


def test_from_frame_missing_path_and_bad_type(tmp_path: Path) -> None:
    with pytest.raises(DataNotFoundError):
        data.from_frame(tmp_path / "nope.csv", "stance")
    bad = tmp_path / "rows.xlsx"
    bad.write_text("x")
    with pytest.raises(InvalidInputError, match="file type"):
        data.from_frame(bad, "stance")


def test_task_of_rejects_foreign_dataset() -> None:
    datasets = pytest.importorskip("datasets")
    with pytest.raises(InvalidInputError, match="from_frame"):
        data.task_of(datasets.Dataset.from_dict({"text": ["x"]}))
