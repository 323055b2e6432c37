"""Tampered model folders: every case ends in a typed error or a stated recovery.

Each case damages a copy of a freshly saved folder (a tiny LoRA transformer or a small
baseline). ``rehash=False`` leaves the sha256 manifest as saved, so the change is caught
by the hash check; ``rehash=True`` rewrites the manifest after the damage (a folder saved
by hand or a rewritten manifest), so the value checks behind the hash must catch it.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import shutil
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("peft")

import stancekit
from stancekit.errors import (
    InvalidInputError,
    ModelIntegrityError,
    ModelLoadError,
    UnverifiedModelWarning,
)
from stancekit.models.baseline import BaselineStanceClassifier
from stancekit.models.defaults import default_model_dir
from stancekit.models.loading import load_model_dir
from stancekit.models.transformer import TransformerStanceClassifier
from stancekit.weights.integrity import (
    MANIFEST_KEY,
    read_config,
    read_files,
    record_files,
)

PAIRS = [
    ("we love the bridge plan", "bridge"),
    ("critics slam the bridge as a waste of money", "bridge"),
    ("the council will vote on the plan next week", "council"),
    ("they oppose the war", "war"),
    ("we welcome and support nato", "nato"),
    ("the minister said the tax is terrible", "tax"),
]
LABELS = ["favor", "against", "none", "against", "favor", "against"]
ADAPTER = "adapter_model.safetensors"
ADAPTER_CONFIG = "adapter_config.json"
CONFIG = "stancekit.json"

Tamper = Callable[[Path], None]


# ------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def lora_dir(tiny_model_dir: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    clf = TransformerStanceClassifier(
        "stance",
        base_model=tiny_model_dir,
        epochs=1,
        batch_size=4,
        max_length=32,
        device="cpu",
        show_progress_bar=False,
    ).fit(PAIRS, LABELS)
    return clf.save_pretrained(tmp_path_factory.mktemp("lora"))


def _baseline(C: float = 1.0) -> BaselineStanceClassifier:
    return BaselineStanceClassifier("stance", calibrate=False, min_df=1, C=C).fit(PAIRS, LABELS)


@pytest.fixture(scope="module")
def baseline_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _baseline().save_pretrained(tmp_path_factory.mktemp("baseline"))


def _copy(src: Path, tmp_path: Path) -> Path:
    out = tmp_path / "model"
    shutil.copytree(src, out)
    return out


def _rehash(folder: Path) -> None:
    config = json.loads((folder / CONFIG).read_text(encoding="utf-8"))
    config[MANIFEST_KEY] = record_files(folder, config[MANIFEST_KEY])
    (folder / CONFIG).write_text(json.dumps(config), encoding="utf-8")


# ------------------------------------------------------------------ tampering
def _json_edit(name: str, **changes: Any) -> Tamper:
    def edit(folder: Path) -> None:
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        for key, value in changes.items():
            target = data
            *path, last = key.split("__")
            for part in path:
                target = target[part]
            if value is _DELETE:
                del target[last]
            else:
                target[last] = value
        (folder / name).write_text(json.dumps(data), encoding="utf-8")

    return edit


_DELETE = object()


def _write(name: str, data: bytes) -> Tamper:
    def edit(folder: Path) -> None:
        (folder / name).write_bytes(data)

    return edit


def _truncate(name: str) -> Tamper:
    def edit(folder: Path) -> None:
        data = (folder / name).read_bytes()
        (folder / name).write_bytes(data[: len(data) // 2])

    return edit


def _overwrite_tail(name: str, junk: bytes) -> Tamper:
    """Write ``junk`` over the last bytes of the file (inside the tensor data)."""

    def edit(folder: Path) -> None:
        data = bytearray((folder / name).read_bytes())
        data[-len(junk) :] = junk
        (folder / name).write_bytes(bytes(data))

    return edit


def _corrupt_middle(name: str) -> Tamper:
    def edit(folder: Path) -> None:
        data = bytearray((folder / name).read_bytes())
        mid = len(data) // 2
        data[mid : mid + 64] = bytes(255 - b for b in data[mid : mid + 64])
        (folder / name).write_bytes(bytes(data))

    return edit


def _remove(name: str) -> Tamper:
    def edit(folder: Path) -> None:
        (folder / name).unlink()

    return edit


def _safetensors_edit(change: Callable[[dict[str, Any]], None]) -> Tamper:
    def edit(folder: Path) -> None:
        from safetensors.torch import load, save

        tensors = load((folder / ADAPTER).read_bytes())
        change(tensors)
        (folder / ADAPTER).write_bytes(save(tensors))

    return edit


def _drop_first_tensor(tensors: dict[str, Any]) -> None:
    del tensors[sorted(tensors)[0]]


def _reshape_first_tensor(tensors: dict[str, Any]) -> None:
    key = sorted(tensors)[0]
    tensors[key] = tensors[key].flatten()[:-1].clone()


def _npz_edit(change: Callable[[dict[str, Any]], None]) -> Tamper:
    def edit(folder: Path) -> None:
        with np.load(folder / "arrays.npz") as npz:
            arrays = {k: npz[k] for k in npz.files}
        change(arrays)
        np.savez_compressed(folder / "arrays.npz", **arrays)

    return edit


def _pickled_npz(folder: Path) -> None:
    buf = io.BytesIO()
    with np.load(folder / "arrays.npz") as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays["coef"] = np.array([{"evil": 1}], dtype=object)
    np.savez(buf, **arrays)  # type: ignore[arg-type]
    (folder / "arrays.npz").write_bytes(buf.getvalue())


# (id, tamper, rehash, expected error, message pattern)
TRANSFORMER_CASES: list[tuple[str, Tamper, bool, type[Exception], str]] = [
    (
        "base-model-not-local",
        _json_edit(CONFIG, hyperparameters__base_model="/nonexistent/bert"),
        False,
        ModelLoadError,
        "base_model in .*Nothing is downloaded",
    ),
    ("weights-truncated", _truncate(ADAPTER), False, ModelIntegrityError, "sha256"),
    ("weights-truncated-rehashed", _truncate(ADAPTER), True, ModelLoadError, "truncated"),
    ("weights-empty", _write(ADAPTER, b""), False, ModelIntegrityError, "found 0 bytes"),
    ("weights-empty-rehashed", _write(ADAPTER, b""), True, ModelLoadError, "found 0 bytes"),
    (
        "weights-random-bytes",
        _overwrite_tail(ADAPTER, os.urandom(64)),
        False,
        ModelIntegrityError,
        "changed, truncated or corrupted",
    ),
    (
        "weights-nan-bytes-rehashed",
        _overwrite_tail(ADAPTER, b"\xff" * 64),
        True,
        ModelLoadError,
        "NaN/inf",
    ),
    (
        "weights-bad-header-rehashed",
        _write(ADAPTER, struct.pack("<Q", 4) + b"[1]]" + b"\0" * 8),
        True,
        ModelLoadError,
        "header",
    ),
    ("weights-missing", _remove(ADAPTER), False, ModelLoadError, "no such file"),
    (
        "weights-missing-bin-present",
        lambda f: (_remove(ADAPTER)(f), (f / "adapter_model.bin").write_bytes(b"x")),
        False,
        ModelLoadError,
        "no .bin file",
    ),
    (
        "tensor-missing-rehashed",
        _safetensors_edit(_drop_first_tensor),
        True,
        ModelLoadError,
        "missing",
    ),
    (
        "tensor-wrong-shape-rehashed",
        _safetensors_edit(_reshape_first_tensor),
        True,
        ModelLoadError,
        "shape",
    ),
    (
        "adapter-config-broken-json",
        _write(ADAPTER_CONFIG, b'{"r": 8,'),
        False,
        ModelIntegrityError,
        "sha256",
    ),
    (
        "adapter-config-broken-json-rehashed",
        _write(ADAPTER_CONFIG, b'{"r": 8,'),
        True,
        ModelLoadError,
        "valid JSON",
    ),
    (
        "adapter-config-list-rehashed",
        _write(ADAPTER_CONFIG, b"[1, 2]"),
        True,
        ModelLoadError,
        "JSON object",
    ),
    (
        "adapter-config-not-utf8-rehashed",
        _write(ADAPTER_CONFIG, b'{"r": "\xe9"}'),
        True,
        ModelLoadError,
        "UTF-8",
    ),
    (
        "adapter-r-eight-rehashed",
        _json_edit(ADAPTER_CONFIG, r="eight"),
        True,
        ModelLoadError,
        "r in .*positive int.*'eight'",
    ),
    (
        "adapter-r-disagrees-rehashed",
        _json_edit(ADAPTER_CONFIG, r=64),
        True,
        ModelLoadError,
        "hyperparameters.lora_r",
    ),
    ("config-broken-json", _write(CONFIG, b'{"model_type": '), False, ModelLoadError, "valid JSON"),
    ("config-json-list", _write(CONFIG, b"[]"), False, ModelLoadError, "JSON object"),
    ("config-not-utf8", _write(CONFIG, b'{"model_type": "\xff"}'), False, ModelLoadError, "UTF-8"),
    ("config-missing", _remove(CONFIG), False, ModelLoadError, "stancekit.json"),
    (
        "temperature-hot",
        _json_edit(CONFIG, temperature="hot"),
        False,
        ModelLoadError,
        "temperature.*'hot'",
    ),
    (
        "temperature-null",
        _json_edit(CONFIG, temperature=None),
        False,
        ModelLoadError,
        "temperature.*None",
    ),
    (
        "temperature-zero",
        _json_edit(CONFIG, temperature=0),
        False,
        ModelLoadError,
        "temperature.*> 0",
    ),
    (
        "temperature-NaN-string",
        _json_edit(CONFIG, temperature="NaN"),
        False,
        ModelLoadError,
        "temperature.*'NaN'",
    ),
    (
        "temperature-nan",
        _json_edit(CONFIG, temperature=float("nan")),
        False,
        ModelLoadError,
        "temperature.*nan",
    ),
    (
        "temperature-negative",
        _json_edit(CONFIG, temperature=-1.5),
        False,
        ModelLoadError,
        "temperature.*-1.5",
    ),
    (
        "temperature-missing",
        _json_edit(CONFIG, temperature=_DELETE),
        False,
        ModelLoadError,
        "key missing",
    ),
    (
        "epochs-string",
        _json_edit(CONFIG, hyperparameters__epochs="2"),
        False,
        ModelLoadError,
        "epochs.*'2'",
    ),
    (
        "lora-r-eight",
        _json_edit(CONFIG, hyperparameters__lora_r="eight"),
        False,
        ModelLoadError,
        "lora_r",
    ),
    (
        "lora-dropout-one",
        _json_edit(CONFIG, hyperparameters__lora_dropout=1.0),
        False,
        ModelLoadError,
        "lora_dropout",
    ),
    (
        "max-length-tiny",
        _json_edit(CONFIG, hyperparameters__max_length=4),
        False,
        ModelLoadError,
        "max_length",
    ),
    (
        "hyperparameters-list",
        _json_edit(CONFIG, hyperparameters=[1]),
        False,
        ModelLoadError,
        "hyperparameters",
    ),
    (
        "labels-wrong",
        _json_edit(CONFIG, labels=["favor", "none", "against"]),
        False,
        ModelLoadError,
        "labels",
    ),
    ("task-unknown", _json_edit(CONFIG, task="emotion"), False, ModelLoadError, "task"),
    (
        "format-too-new",
        _json_edit(CONFIG, format_version=99),
        False,
        ModelLoadError,
        "upgrade stancekit",
    ),
    (
        "manifest-missing",
        _json_edit(CONFIG, files=_DELETE),
        False,
        ModelLoadError,
        "stancekit resave-model",
    ),
    ("manifest-not-object", _json_edit(CONFIG, files=["a"]), False, ModelLoadError, "files"),
    (
        "manifest-escapes-folder",
        _json_edit(CONFIG, files={"../x": {"size": 1, "sha256": "0" * 64}}),
        False,
        ModelLoadError,
        "plain file names",
    ),
    (
        "manifest-bad-entry",
        _json_edit(CONFIG, files={ADAPTER: {"size": "1"}}),
        False,
        ModelLoadError,
        "sha256",
    ),
]


def _fix_ids(cases: list[Any]) -> list[Any]:
    return [pytest.param(*case[1:], id=case[0]) for case in cases]


@pytest.mark.parametrize(("tamper", "rehash", "error", "pattern"), _fix_ids(TRANSFORMER_CASES))
def test_tampered_transformer_folder_raises_typed_error(
    lora_dir: Path,
    tmp_path: Path,
    tamper: Tamper,
    rehash: bool,
    error: type[Exception],
    pattern: str,
) -> None:
    folder = _tampered_copy(lora_dir, tmp_path, tamper, rehash)
    with pytest.raises(error, match=pattern) as info:
        TransformerStanceClassifier.from_pretrained(folder, device="cpu")
    assert isinstance(info.value, ModelLoadError)
    assert str(folder) in str(info.value) or "stancekit.json" in str(info.value)


BASELINE_CASES: list[tuple[str, Tamper, bool, type[Exception], str]] = [
    ("npz-truncated", _truncate("arrays.npz"), False, ModelIntegrityError, "sha256"),
    ("npz-truncated-rehashed", _truncate("arrays.npz"), True, ModelLoadError, "unreadable"),
    ("npz-empty-rehashed", _write("arrays.npz", b""), True, ModelLoadError, "unreadable"),
    ("npz-corrupted-rehashed", _corrupt_middle("arrays.npz"), True, ModelLoadError, "arrays.npz"),
    ("npz-missing", _remove("arrays.npz"), False, ModelLoadError, "no such file"),
    ("npz-pickle-rehashed", _pickled_npz, True, ModelLoadError, "unreadable"),
    (
        "npz-key-missing-rehashed",
        _npz_edit(lambda a: a.pop("coef")),
        True,
        ModelLoadError,
        "array 'coef'.*only",
    ),
    (
        "npz-wrong-shape-rehashed",
        _npz_edit(lambda a: a.update(coef=a["coef"][:, :-1])),
        True,
        ModelLoadError,
        "array 'coef'.*shape",
    ),
    (
        "npz-idf-wrong-shape-rehashed",
        _npz_edit(lambda a: a.update(idf__target=np.ones(1))),
        True,
        ModelLoadError,
        "idf__target",
    ),
    (
        "npz-nan-rehashed",
        _npz_edit(lambda a: a["intercept"].__setitem__(0, np.nan)),
        True,
        ModelLoadError,
        "finite",
    ),
    (
        "npz-strings-rehashed",
        _npz_edit(lambda a: a.update(present=np.array(["a", "b", "c"]))),
        True,
        ModelLoadError,
        "present",
    ),
    (
        "vocab-broken-json-rehashed",
        _write("vocabulary.json", b'{"text_word": ['),
        True,
        ModelLoadError,
        "valid JSON",
    ),
    (
        "vocab-block-missing-rehashed",
        _write("vocabulary.json", b"{}"),
        True,
        ModelLoadError,
        "text_word",
    ),
    (
        "vocab-duplicates-rehashed",
        _write("vocabulary.json", b'{"text_word": ["a", "a"]}'),
        True,
        ModelLoadError,
        "distinct",
    ),
    (
        "vocab-tampered",
        _write("vocabulary.json", b"{}"),
        False,
        ModelIntegrityError,
        "vocabulary.json",
    ),
    (
        "baseline-temperature-zero",
        _json_edit(CONFIG, temperature=0),
        False,
        ModelLoadError,
        "temperature",
    ),
    ("baseline-C-string", _json_edit(CONFIG, params__C="x"), False, ModelLoadError, "params.C"),
    ("baseline-param-unknown", _json_edit(CONFIG, params__evil=1), False, ModelLoadError, "evil"),
    (
        "baseline-blocks-wrong",
        _json_edit(CONFIG, blocks=["text_word"]),
        False,
        ModelLoadError,
        "blocks",
    ),
    ("baseline-n-train-string", _json_edit(CONFIG, n_train="6"), False, ModelLoadError, "n_train"),
    (
        "baseline-manifest-missing",
        _json_edit(CONFIG, files=_DELETE),
        False,
        ModelLoadError,
        "re-saving",
    ),
]


def _tampered_copy(source: Path, tmp_path: Path, tamper: Tamper, rehash: bool) -> Path:
    """A copy of a saved model folder with ``tamper`` applied (and the manifest redone)."""
    folder = _copy(source, tmp_path)
    tamper(folder)
    if rehash:
        _rehash(folder)
    return folder


@pytest.mark.parametrize(("tamper", "rehash", "error", "pattern"), _fix_ids(BASELINE_CASES))
def test_tampered_baseline_folder_raises_typed_error(
    baseline_dir: Path,
    tmp_path: Path,
    tamper: Tamper,
    rehash: bool,
    error: type[Exception],
    pattern: str,
) -> None:
    folder = _tampered_copy(baseline_dir, tmp_path, tamper, rehash)
    with pytest.raises(error, match=pattern):
        BaselineStanceClassifier.from_pretrained(folder)


# ------------------------------------------------------------------ stated recoveries
def test_saved_folders_record_every_file_sha256(lora_dir: Path, baseline_dir: Path) -> None:
    for folder, names in (
        (lora_dir, {ADAPTER, ADAPTER_CONFIG}),
        (baseline_dir, {"arrays.npz", "vocabulary.json"}),
    ):
        manifest = read_config(folder)[MANIFEST_KEY]
        assert set(manifest) == names
        assert manifest == record_files(folder, names)


@pytest.mark.parametrize("task", ["stance", "sentiment"])
def test_shipped_default_folders_verify(task: str) -> None:
    folder = default_model_dir(task)
    files = read_files(folder, read_config(folder), [ADAPTER, ADAPTER_CONFIG])
    assert set(files) == {ADAPTER, ADAPTER_CONFIG}


def test_folder_without_manifest_loads_on_request_and_resave_adds_it(
    baseline_dir: Path, tmp_path: Path
) -> None:
    from stancekit.cli import main as cli_main

    folder = _copy(baseline_dir, tmp_path)
    _json_edit(CONFIG, files=_DELETE)(folder)
    with pytest.raises(ModelLoadError, match=r"stancekit resave-model"):
        BaselineStanceClassifier.from_pretrained(folder)
    with pytest.warns(UnverifiedModelWarning, match="without a sha256 manifest"):
        clf = BaselineStanceClassifier.from_pretrained(folder, allow_unhashed=True)
    assert cli_main(["resave-model", str(folder)]) == 0
    again = BaselineStanceClassifier.from_pretrained(folder)
    np.testing.assert_array_equal(again.predict_proba(PAIRS), clf.predict_proba(PAIRS))


def test_unlisted_pickle_next_to_weights_is_never_read(lora_dir: Path, tmp_path: Path) -> None:
    folder = _copy(lora_dir, tmp_path)
    marker = tmp_path / "unpickled"

    class Evil:
        def __reduce__(self) -> tuple[Any, ...]:
            return (Path.touch, (marker,))

    for name in ("pytorch_model.bin", "adapter_model.bin", "model.pkl"):
        (folder / name).write_bytes(pickle.dumps(Evil()))
    clf = TransformerStanceClassifier.from_pretrained(folder, device="cpu")
    assert clf.predict_proba(PAIRS[:2]).shape == (2, 3)
    assert not marker.exists()


def test_cache_reloads_when_weight_file_replaced(tmp_path: Path) -> None:
    """analyze(model=DIR) must not keep old weights after the files are replaced."""
    folder = _baseline(C=0.01).save_pretrained(tmp_path / "model")
    other = _baseline(C=100.0).save_pretrained(tmp_path / "other")
    first = load_model_dir(folder)
    assert load_model_dir(folder) is first  # cached while nothing changes
    stat = (folder / "arrays.npz").stat()
    for name in ("arrays.npz", "vocabulary.json", CONFIG):
        shutil.copyfile(other / name, folder / name)
    os.utime(folder / "arrays.npz", ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same mtime
    second = load_model_dir(folder)
    assert second is not first
    np.testing.assert_allclose(
        second.predict_proba(PAIRS),
        BaselineStanceClassifier.from_pretrained(other).predict_proba(PAIRS),
    )
    text = '"We love the bridge," Smith said.'
    result = stancekit.analyze(text, ["bridge"], model=folder, sentiment=False)
    expected = second.predict_proba([(result.scores[0].pair.text, "bridge")])[0]
    np.testing.assert_allclose(result.scores[0].stance, expected, atol=1e-9)


@pytest.mark.parametrize("temperature", [0.0, -1.0, float("nan"), float("inf")])
def test_bad_temperature_set_on_a_fitted_object_raises(temperature: float) -> None:
    clf = _baseline()
    clf.temperature_ = temperature
    with pytest.raises(InvalidInputError, match="temperature_"):
        stancekit.analyze(
            '"We love the bridge," Smith said.', ["bridge"], model=clf, sentiment=False
        )


# ------------------------------------------------------------------ full fine-tuning folders
@pytest.fixture(scope="module")
def full_dir(tiny_model_dir: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    clf = TransformerStanceClassifier(
        "stance",
        base_model=tiny_model_dir,
        finetune="full",
        epochs=1,
        batch_size=4,
        max_length=32,
        device="cpu",
        show_progress_bar=False,
    ).fit(PAIRS, LABELS)
    return clf.save_pretrained(tmp_path_factory.mktemp("full"))


FULL_CASES: list[tuple[str, Tamper, bool, type[Exception], str]] = [
    ("weights-missing", _remove("model.safetensors"), False, ModelLoadError, "no such file"),
    ("weights-truncated", _truncate("model.safetensors"), True, ModelLoadError, "truncated"),
    ("hf-config-list", _write("config.json", b"[]"), True, ModelLoadError, "JSON object"),
    (
        "hf-config-changed",
        _json_edit("config.json", hidden_size=64),
        False,
        ModelIntegrityError,
        "config.json",
    ),
    (
        "vocab-changed",
        _write("tokenizer.json", b"{}"),
        False,
        ModelIntegrityError,
        "tokenizer.json",
    ),
    (
        "hf-config-wrong-size",
        _json_edit("config.json", hidden_size=64),
        True,
        ModelLoadError,
        "model.safetensors",
    ),
]


@pytest.mark.parametrize(("tamper", "rehash", "error", "pattern"), _fix_ids(FULL_CASES))
def test_tampered_full_transformer_folder_raises_typed_error(
    full_dir: Path,
    tmp_path: Path,
    tamper: Tamper,
    rehash: bool,
    error: type[Exception],
    pattern: str,
) -> None:
    folder = _tampered_copy(full_dir, tmp_path, tamper, rehash)
    with pytest.raises(error, match=pattern):
        TransformerStanceClassifier.from_pretrained(folder, device="cpu")


def test_full_folder_manifest_lists_weights_config_and_tokenizer(full_dir: Path) -> None:
    manifest = read_config(full_dir)[MANIFEST_KEY]
    assert {"model.safetensors", "config.json", "tokenizer.json"} <= set(manifest)
    assert not any(name.endswith((".bin", ".pkl", ".pt")) for name in manifest)


def test_full_folder_without_manifest_resaves(full_dir: Path, tmp_path: Path) -> None:
    from stancekit.models.loading import resave

    folder = _copy(full_dir, tmp_path)
    expected = TransformerStanceClassifier.from_pretrained(folder, device="cpu").predict_proba(
        PAIRS
    )
    _json_edit(CONFIG, files=_DELETE)(folder)
    with pytest.raises(ModelLoadError, match="re-saving"):
        TransformerStanceClassifier.from_pretrained(folder, device="cpu")
    resave(folder)
    again = TransformerStanceClassifier.from_pretrained(folder, device="cpu")
    np.testing.assert_allclose(again.predict_proba(PAIRS), expected, atol=1e-6)
