"""BaselineStanceClassifier: the scikit-learn contract, save/load, errors, real-data sanity."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn")

from sklearn.base import clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.model_selection import GridSearchCV
from sklearn.utils.estimator_checks import (
    check_estimators_unfitted,
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_parameters_default_constructible,
    check_set_params,
)

from stancekit import BaselineStanceClassifier
from stancekit.errors import InvalidInputError, ModelLoadError, NotFittedError, UnknownLabelError

DATA_DIR = Path(__file__).resolve().parents[3] / "shared" / "data"
needs_data = pytest.mark.skipif(not DATA_DIR.is_dir(), reason="shared/data is not present")

FAVOR = ["I love {t}", "{t} is great and good", "we back {t} fully", "{t} deserves praise"]
AGAINST = ["I hate {t}", "{t} is awful and bad", "we oppose {t}", "{t} is a disgrace"]
NONE = ["{t} met on Monday", "{t} will meet in June", "the {t} report came out", "{t} said it"]
TARGETS = ["NATO", "the plan", "Smith", "the tax"]


def _toy() -> tuple[list[tuple[str, str]], list[str]]:
    X: list[tuple[str, str]] = []
    y: list[str] = []
    for t in TARGETS:
        for label, templates in (("favor", FAVOR), ("against", AGAINST), ("none", NONE)):
            for tpl in templates:
                X.append((tpl.format(t=t), t))
                y.append(label)
    return X, y


def _model(**kw: object) -> BaselineStanceClassifier:
    params: dict[str, object] = {"min_df": 1, "calibrate": False, "use_char": False}
    params.update(kw)
    return BaselineStanceClassifier("stance", **params)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "check",
    [
        check_no_attributes_set_in_init,
        check_parameters_default_constructible,
        check_get_params_invariance,
        check_set_params,
        check_estimators_unfitted,
    ],
    ids=lambda c: c.__name__,
)
def test_baseline_sklearn_checks_that_apply(check: object) -> None:
    # The estimator takes text pairs, not numeric 2-D arrays: its tags say
    # two_d_array=False, string=True, so parametrize_with_checks yields no numeric checks
    # (it warns "Can't test estimator ... doesn't support 2D array input"). These are the
    # checks of the API contract that do apply to text input.
    check(type(BaselineStanceClassifier()).__name__, BaselineStanceClassifier())  # type: ignore[operator]


def test_baseline_tags_declare_text_input() -> None:
    tags = BaselineStanceClassifier().__sklearn_tags__()
    assert tags.input_tags.string and not tags.input_tags.two_d_array
    assert tags.estimator_type == "classifier"


def test_baseline_overfits_toy_data_and_proba_contract() -> None:
    X, y = _toy()
    clf = _model(C=10.0).fit(X, y)
    assert clf.classes_.tolist() == ["against", "none", "favor"]
    proba = clf.predict_proba(X)
    assert proba.shape == (len(X), 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert clf.predict(X).tolist() == y
    assert clf.score(X, y) == 1.0


def test_baseline_accepts_dataframe_ids_and_mentions() -> None:
    pd = pytest.importorskip("pandas")
    X, y = _toy()
    df = pd.DataFrame({"text": [x[0] for x in X], "target": [x[1] for x in X]})
    ids = [["against", "none", "favor"].index(label) for label in y]
    clf = _model().fit(df, np.asarray(ids))
    with_mentions = [(t, g, [[0, 1]]) for t, g in X[:3]]
    assert clf.predict_proba(with_mentions).shape == (3, 3)
    np.testing.assert_allclose(clf.predict_proba(df), clf.predict_proba(X))


def test_baseline_absent_class_keeps_zero_column() -> None:
    X, y = _toy()
    keep = [i for i, label in enumerate(y) if label != "none"]
    clf = _model().fit([X[i] for i in keep], [y[i] for i in keep])
    proba = clf.predict_proba(X)
    assert clf.classes_.tolist() == ["against", "none", "favor"]
    assert np.all(proba[:, 1] == 0.0)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)


def test_baseline_predict_before_fit_raises() -> None:
    with pytest.raises(NotFittedError, match="fit"):
        BaselineStanceClassifier().predict([("x", "y")])
    with pytest.raises(ValueError):
        BaselineStanceClassifier().predict_proba([("x", "y")])


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"task": "emotion"}, "task"),
        ({"C": -1.0}, "C"),
        ({"window": 0}, "window"),
        ({"class_weight": "auto"}, "class_weight"),
        ({"cross_scope": "sentence"}, "cross_scope"),
        ({"per_target_min": -1}, "per_target_min"),
        ({"tweet_normalize": "yes"}, "tweet_normalize"),
        ({"char_ngrams": 1}, "char_ngrams"),
    ],
)
def test_baseline_bad_hyperparameters_raise_in_fit(kwargs: dict[str, object], match: str) -> None:
    X, y = _toy()
    clf = BaselineStanceClassifier(**kwargs)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=match):
        clf.fit(X, y)


def test_baseline_bad_input_errors() -> None:
    X, y = _toy()
    with pytest.raises(UnknownLabelError, match="positive"):
        _model().fit(X, ["positive"] * len(X))
    with pytest.raises(InvalidInputError, match="labels"):
        _model().fit(X, y[:-1])
    pd = pytest.importorskip("pandas")
    with pytest.raises(InvalidInputError, match="'target'"):
        _model().fit(pd.DataFrame({"text": ["a"], "topic": ["b"]}), ["favor"])


def test_baseline_clone_and_grid_search() -> None:
    X, y = _toy()
    clf = _model()
    twin = clone(clf)
    assert twin.get_params() == clf.get_params() and not hasattr(twin, "coef_")
    grid = GridSearchCV(clf, {"C": [0.1, 10.0], "window": [2, 4]}, cv=3, scoring="f1_macro")
    grid.fit(X, y)
    assert set(grid.best_params_) == {"C", "window"}
    assert grid.predict(X[:2]).shape == (2,)


def test_baseline_calibrated_classifier_cv() -> None:
    X, y = _toy()
    cal = CalibratedClassifierCV(_model(), cv=3, method="sigmoid").fit(X, y)
    proba = cal.predict_proba(X)
    assert proba.shape == (len(X), 3)
    assert cal.classes_.tolist() == sorted(set(y))  # CalibratedClassifierCV sorts labels


def test_baseline_temperature_is_fitted() -> None:
    X, y = _toy()
    clf = _model(calibrate=True, cv=2).fit(X, y)
    assert clf.temperature_ > 0 and clf.temperature_ != 1.0


def test_baseline_save_load_identical_probabilities(tmp_path: Path) -> None:
    X, y = _toy()
    clf = _model(calibrate=True, cv=2, use_char=True, window=3, per_target_min=10).fit(X, y)
    assert clf.target_copies_ == ["nato", "smith", "the_plan", "the_tax"]
    clf.save_pretrained(tmp_path / "m")
    names = sorted(p.name for p in (tmp_path / "m").iterdir())
    assert names == ["arrays.npz", "stancekit.json", "vocabulary.json"]
    config = json.loads((tmp_path / "m" / "stancekit.json").read_text())
    assert config["model_type"] == "baseline" and config["task"] == "stance"
    assert config["labels"] == ["against", "none", "favor"]
    assert config["params"]["window"] == 3 and "scikit-learn" in config["versions"]
    loaded = BaselineStanceClassifier.from_pretrained(tmp_path / "m")
    assert loaded.get_params() == clf.get_params()
    probe = [*X, ("Completely unseen words about NATO", "NATO")]
    np.testing.assert_array_equal(loaded.predict_proba(probe), clf.predict_proba(probe))


def test_baseline_save_load_tweet_normalize(tmp_path: Path) -> None:
    X, y = _toy()
    X = [(f"{text} #WellDone https://t.co/x1 @SomeOne", t) for text, t in X]
    clf = _model(calibrate=True, cv=2, use_char=True, char_ngrams=6, tweet_normalize=True)
    clf.fit(X, y)
    assert max(len(t) for t in clf.vectorizers_["text_char"].vocabulary_) == 6
    clf.save_pretrained(tmp_path / "m")
    loaded = BaselineStanceClassifier.from_pretrained(tmp_path / "m")
    assert loaded.get_params()["tweet_normalize"] is True
    probe = [*X, ("#GoNATO www.example.org #LoveIt", "NATO")]
    np.testing.assert_array_equal(loaded.predict_proba(probe), clf.predict_proba(probe))


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        (
            "Read https://t.co/AbC1 and www.x.org/p #PutinOwnsTrump @realDonaldTrump",
            "Donald Trump",
            "read httpurl and httpurl #putinownstrump putin owns tgtmention "
            "@realdonaldtrump real tgtmention tgtmention",
        ),
        ("#MAGA #maga2020 #Go", "Joe Biden", "#maga #maga2020 maga 2020 #go"),
        ("I back #BernieSanders", "Bernie Sanders", "i back #berniesanders tgtmention tgtmention"),
    ],
)
def test_baseline_tweet_normalize_text_view(text: str, target: str, expected: str) -> None:
    from stancekit.models.baseline import _Views
    from stancekit.models.inputs import as_pairs

    pairs = as_pairs([(text, target)])
    assert _Views(pairs, 6, True, "text", tweet_normalize=True).text == [expected]
    plain = _Views(pairs, 6, True, "text").text[0]
    assert "httpurl" not in plain and "putin owns" not in plain


def test_baseline_tweet_normalize_reads_hashtag_words() -> None:
    # Stance words are seen only as plain words in training; at prediction time they only
    # occur inside camel-case hashtags, which only the tweet normalisation can read.
    X, y = _toy()
    probe = [("NATO #GreatAndGood #LoveIt", "NATO"), ("NATO #AwfulAndBad #HateIt", "NATO")]
    tweet = _model(C=10.0, tweet_normalize=True).fit(X, y).predict(probe).tolist()
    plain = _model(C=10.0).fit(X, y).predict_proba(probe)
    assert tweet == ["favor", "against"]
    np.testing.assert_allclose(plain[0], plain[1])


def test_baseline_from_pretrained_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match=r"stancekit\.json"):
        BaselineStanceClassifier.from_pretrained(tmp_path)
    X, y = _toy()
    _model().fit(X, y).save_pretrained(tmp_path)
    config = json.loads((tmp_path / "stancekit.json").read_text())
    config["model_type"] = "transformer"
    (tmp_path / "stancekit.json").write_text(json.dumps(config))
    with pytest.raises(ModelLoadError, match="baseline"):
        BaselineStanceClassifier.from_pretrained(tmp_path)


@needs_data
def test_baseline_learns_newsmtsc_slice() -> None:
    from stancekit import data

    train = data.load("newsmtsc", DATA_DIR, split="train", limit=600)
    dev = data.load("newsmtsc", DATA_DIR, split="dev_rw", limit=200)
    clf = BaselineStanceClassifier("sentiment", use_char=False, calibrate=False)
    clf.fit(
        list(zip(train["text"], train["target"], train["mentions"], strict=True)), train["label"]
    )
    pred = clf.predict(list(zip(dev["text"], dev["target"], dev["mentions"], strict=True)))
    majority = max(dev["label"].count(c) for c in set(dev["label"])) / len(dev)
    assert np.mean(pred == np.asarray(dev["label"], dtype=object)) > majority + 0.05
