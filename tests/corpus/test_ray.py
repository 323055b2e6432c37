"""The Ray engine (local Ray, 2 CPUs, started once per session) gives the local tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from stancekit.corpus import analyze_corpus

from .conftest import TARGETS

pytest.importorskip("ray")


def test_corpus_ray_engine_writes_the_local_tables(
    ray_local: Any, corpus_jsonl: Path, tiny_models: dict[str, str], tmp_path: Path
) -> None:
    kw: dict[str, Any] = {
        "model": tiny_models["stance"],
        "sentiment_model": tiny_models["sentiment"],
        "shard_size": 3,
        "show_progress_bar": False,
    }
    local = analyze_corpus(corpus_jsonl, TARGETS, tmp_path / "local", **kw)
    remote = analyze_corpus(corpus_jsonl, TARGETS, tmp_path / "ray", engine="ray", workers=2, **kw)
    assert remote.manifest == local.manifest
    for name in ("segments", "pairs", "errors"):
        pd.testing.assert_frame_equal(
            pd.read_parquet(tmp_path / "ray" / name), pd.read_parquet(tmp_path / "local" / name)
        )
    assert remote.errors()["article"].tolist() == ["bad-null", "bad-number"]
    pd.testing.assert_frame_equal(remote.by_speaker(), local.by_speaker())
