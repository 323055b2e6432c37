"""The benchmarks stancekit reads: their names, tasks and splits, and where their files are.

Shared by the readers of :mod:`stancekit.data.benchmarks` and
:mod:`stancekit.data.statements`; the layout of a data folder is that of
``shared/data/README.md``.
"""

from __future__ import annotations

from pathlib import Path

from stancekit.errors import DataNotFoundError

__all__ = ["DATASETS", "SPLITS", "TASKS_OF", "dataset_file"]

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


def dataset_file(data_dir: str | Path, name: str, relative: str) -> Path:
    """The path of ``relative`` inside data set ``name`` of ``data_dir``, which must exist.

    Raises:
        DataNotFoundError: No such file; the message names the layout and every data set.

    Examples:
        >>> dataset_file("/no/such/dir", "vast", "x.csv")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        stancekit.errors.DataNotFoundError: vast: file '/no/such/dir/vast/x.csv' not found...
    """
    path = Path(data_dir) / name / relative
    if not path.is_file():
        raise DataNotFoundError(
            f"{name}: file {str(path)!r} not found. data_dir ({str(data_dir)!r}) must contain "
            f"'{name}/{relative}' (the layout of shared/data/README.md). Pass the folder "
            f"that holds the data sets ({', '.join(DATASETS)}) as data_dir."
        )
    return path
