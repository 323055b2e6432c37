"""Every reader of files, in one place, each module named after what it reads.

- :mod:`~stancekit.data.benchmarks`: the stance and sentiment benchmarks as Hugging Face
  ``datasets`` (:func:`load`, :func:`from_frame`, :func:`task_of`);
- :mod:`~stancekit.data.statements`: the short-statement sets (Perspectrum, IBM) and the
  newsstance sets;
- :mod:`~stancekit.data.catalog`: benchmark names, tasks, splits and file layout;
- :mod:`~stancekit.data.userfiles`: your own CSV / TSV / JSON lines / Parquet files, and
  writing predictions;
- :mod:`~stancekit.data.textfiles`: plain-text articles (encodings, byte-order marks);
- :mod:`~stancekit.data.corpus_inputs`: the inputs of ``analyze_corpus``, cut into shards;
- :mod:`~stancekit.data.attribution`: the attribution benchmarks (newsattr, LitBank).

``stancekit.data.load(name, data_dir)`` and the names below work as before.
"""

from __future__ import annotations

from stancekit.data.benchmarks import from_frame, load, task_of
from stancekit.data.catalog import DATASETS, SPLITS, TASKS_OF

__all__ = ["DATASETS", "SPLITS", "TASKS_OF", "from_frame", "load", "task_of"]
