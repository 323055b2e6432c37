"""The quickstart notebook: stored without outputs, and it runs end to end."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

NOTEBOOK = Path(__file__).parents[1] / "notebooks" / "quickstart.ipynb"
DATA_DIR = Path(os.environ.get("STANCEKIT_DATA_DIR", Path(__file__).parents[2] / "shared" / "data"))


def test_notebook_is_stored_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code)


def _default_models_available() -> bool:
    try:
        import stancekit

        stancekit.load_default_model("stance")
        stancekit.load_default_model("sentiment")
    except Exception:
        return False
    return True


@pytest.mark.slow  # the real default models; 20-70 s on a 2-core CPU
def test_notebook_runs_end_to_end(monkeypatch: Any) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    if not (DATA_DIR / "newsmtsc").is_dir():
        pytest.skip(f"benchmark data not found in {DATA_DIR}")
    if not _default_models_available():
        pytest.skip("the default models are not installed")
    monkeypatch.setenv("STANCEKIT_DATA_DIR", str(DATA_DIR))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name="python3",
        timeout=600,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert images, "the plot cell produced no image"
    views = [o for o in outputs if "stancekit-view" in str(o.get("data", {}).get("text/html", ""))]
    assert views, "the analysis did not show its HTML view"
    assert "<script" not in str(views[0]["data"]["text/html"])
    text = "".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "Alexander Lukashenko" in text
    assert "f1_macro" in text
