"""Bad inputs, as a careful user or an attacker would try them: text, targets, files, CLI
and the models passed to analyze. Each case ends in a typed error or a stated recovery."""

from __future__ import annotations

import codecs
import io
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import stancekit
from stancekit.cli import main
from stancekit.data.textfiles import decode_bytes, read_text_file
from stancekit.errors import (
    ArticleFailedWarning,
    InputFileError,
    InvalidInputError,
    ModelOutputError,
    UnencodableTextWarning,
)
from stancekit.models.baseline import BaselineStanceClassifier
from stancekit.records import Target
from stancekit.targets import find_target_mentions

SURROGATE_TEXT = '"We \ud800 hate war," Smith said.'
GOOD = '"We will build the bridge," Ruiz said. Hale said the bridge is a waste.'
TRAIN = [
    ("we love the bridge", "bridge", "favor"),
    ("the bridge is a waste of money", "bridge", "against"),
    ("the council meets on monday", "council", "none"),
    ("we oppose the war", "war", "against"),
    ("we support peace and the plan", "war", "favor"),
    ("the war began in may", "war", "none"),
]


@pytest.fixture(scope="module")
def stance_model() -> BaselineStanceClassifier:
    X = [(t, g) for t, g, _ in TRAIN]
    return BaselineStanceClassifier("stance", calibrate=False, min_df=1).fit(
        X, [y for *_, y in TRAIN]
    )


@pytest.fixture(scope="module")
def model_dir(stance_model: BaselineStanceClassifier, tmp_path_factory: Any) -> str:
    return str(stance_model.save_pretrained(tmp_path_factory.mktemp("stance")))


def _analyze(text: Any, targets: Any, model: Any, **kw: Any) -> stancekit.Analysis:
    kw.setdefault("score", "all")  # every pair scored, so every row has probabilities
    return stancekit.analyze(text, targets, model=model, sentiment=False, **kw)


# ------------------------------------------------------------------ text
def test_lone_surrogate_is_replaced_with_warning_and_offsets_hold(stance_model: Any) -> None:
    with pytest.warns(UnencodableTextWarning, match=r"offset\(s\) 4 "):
        result = _analyze(SURROGATE_TEXT, ["war"], stance_model)
    assert len(result.text) == len(SURROGATE_TEXT)
    assert result.text[4] == "\ufffd" and result.text[:4] == SURROGATE_TEXT[:4]
    frame = result.to_frame()
    assert frame.text.str.contains("\ufffd").any()
    assert np.isfinite(frame[["p_against", "p_none", "p_favor"]].to_numpy()).all()
    for seg in result.segments:
        assert result.text[seg.start : seg.end] == seg.text


def test_segment_replaces_surrogates_with_warning() -> None:
    with pytest.warns(UnencodableTextWarning, match="U\\+FFFD"):
        segs = stancekit.segment(SURROGATE_TEXT)
    assert segs and all("\ud800" not in s.text for s in segs)
    assert segs[0].text.startswith('"We \ufffd hate')


def test_surrogate_pair_becomes_two_replacements(stance_model: Any) -> None:
    text = 'Smith said: "\ud83d\ude00 war is bad."'
    with pytest.warns(UnencodableTextWarning, match="2 character"):
        result = _analyze(text, ["war"], stance_model)
    assert result.text.count("\ufffd") == 2 and len(result.text) == len(text)


def test_precomputed_segments_with_surrogates_are_accepted(stance_model: Any) -> None:
    with pytest.warns(UnencodableTextWarning):
        segs = stancekit.segment(SURROGATE_TEXT)
    raw = [stancekit.Segment(SURROGATE_TEXT[s.start : s.end], s.start, s.end, s.kind) for s in segs]
    with pytest.warns(UnencodableTextWarning):
        result = _analyze(SURROGATE_TEXT, ["war"], stance_model, segments=raw)
    assert len(result.scores) == len(segs)


def test_models_predict_on_surrogate_text_with_warning(stance_model: Any) -> None:
    with pytest.warns(UnencodableTextWarning, match="text of row 0"):
        proba = stance_model.predict_proba([("we \udcff oppose the war", "war")])
    assert proba.shape == (1, 3) and np.isfinite(proba).all()


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n ", "nul \x00 and bell \x07 inside the war", "\ufeffwar with a BOM", "war" * 2000],
    ids=["empty", "blank", "control-chars", "bom-char", "no-spaces-long"],
)
def test_odd_but_valid_text_needs_no_warning(stance_model: Any, text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = _analyze(text, ["war"], stance_model)
    proba = result.to_frame()[["p_against", "p_none", "p_favor"]].to_numpy(dtype=float)
    assert np.isfinite(proba).all()


def test_analyze_many_bad_article_costs_only_itself(stance_model: Any) -> None:
    texts: list[Any] = [GOOD, SURROGATE_TEXT, 3, None, GOOD.replace("Ruiz", "Ana")]
    ids = ["a", "b", "c", "d", "e"]
    with (
        pytest.warns(ArticleFailedWarning, match=r"2 of 5 articles.*row 2 \(id 'c'\)"),
        pytest.warns(UnencodableTextWarning, match=r"texts\[1\]"),
    ):
        corpus = stancekit.analyze_many(
            texts, ["bridge", "war"], model=stance_model, sentiment=False, ids=ids, score="all"
        )
    assert corpus.ids == ("a", "b", "e")
    assert corpus.errors.columns.tolist() == ["article", "row", "error", "message"]
    assert corpus.errors.article.tolist() == ["c", "d"]
    assert corpus.errors.row.tolist() == [2, 3]
    assert set(corpus.errors.error) == {"InvalidInputError"}
    alone = _analyze(GOOD, ["bridge", "war"], stance_model)
    assert [s.stance for s in corpus[0].scores] == [s.stance for s in alone.scores]
    assert set(corpus.to_frame().article) == {"a", "b", "e"}
    assert set(corpus.by_speaker(per_article=True).article) <= {"a", "b", "e"}


class _FailsOn:
    """A custom stance model that raises on texts containing ``word``."""

    task = "stance"
    classes_ = np.array(["against", "none", "favor"])

    def __init__(self, model: Any, word: str) -> None:
        self.model, self.word = model, word

    def predict_proba(self, X: Any) -> Any:
        if any(self.word in t for t in X["text"]):
            raise RuntimeError(f"cannot score {self.word!r}")
        return self.model.predict_proba(X)


def test_analyze_many_model_failure_is_pinned_to_its_article(stance_model: Any) -> None:
    texts = [GOOD, '"Poison pill for the bridge," Hale said.', GOOD]
    with pytest.warns(ArticleFailedWarning, match="row 1"):
        corpus = stancekit.analyze_many(
            texts, ["bridge"], model=_FailsOn(stance_model, "Poison"), sentiment=False
        )
    assert corpus.ids == (0, 2)
    assert corpus.errors.error.tolist() == ["RuntimeError"]
    assert corpus.to_frame().article.unique().tolist() == [0, 2]
    assert all(sc.pair.article in (0, 1) for a in corpus for sc in a.scores)
    with pytest.raises(RuntimeError, match="cannot score"):  # every article: the model's fault
        stancekit.analyze_many(
            [GOOD, GOOD + " x"], ["bridge"], model=_FailsOn(stance_model, "bridge"), sentiment=False
        )


@pytest.mark.parametrize(
    ("texts", "kwargs", "match"),
    [
        (["a", "b"], {"ids": ["x", "x"]}, "distinct article ids"),
        (["a", "b"], {"ids": [["x"], ["y"]]}, "hashable"),
        (pd.Series(["a", "b"], index=[7, 7]), {}, "distinct article ids"),
        ("one article", {}, "list of article strings"),
        (["a"], {"ids": []}, "1 identifiers"),
    ],
    ids=["duplicate-ids", "unhashable-ids", "series-duplicate-index", "str", "ids-length"],
)
def test_analyze_many_rejects_bad_ids_and_containers(
    stance_model: Any, texts: Any, kwargs: dict[str, Any], match: str
) -> None:
    with pytest.raises(InvalidInputError, match=match):
        stancekit.analyze_many(texts, "war", model=stance_model, sentiment=False, **kwargs)


# ------------------------------------------------------------------ targets
@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("中方坚决反对战争。", Target("战争"), [(6, 8)]),
        ("日本政府は戦争に反対した。", Target("戦争"), [(5, 7)]),
        ("ฉันไม่ชอบสงครามเลย", Target("สงคราม"), [(9, 15)]),
        ("우리는 전쟁을 반대한다", Target("전쟁"), [(4, 6)]),
        ("No war, no warning.", Target("war"), [(3, 6)]),
        ("US and us", Target("United States", ("US",)), [(0, 2)]),
        ("北约 NATO 反对", Target("NATO", ("北约",)), [(0, 2), (3, 7)]),
    ],
    ids=["chinese", "japanese", "thai", "korean-particle", "latin-boundary", "acronym", "mixed"],
)
def test_mentions_in_scripts_without_spaces(
    text: str, target: Target, expected: list[tuple[int, int]]
) -> None:
    assert [(m.start, m.end) for m in find_target_mentions(text, target)] == expected


def test_cjk_target_is_mentioned_in_analyze(stance_model: Any) -> None:
    result = _analyze("中方坚决反对战争。", ["战争"], stance_model)
    assert result.to_frame().mentioned.all()


@pytest.mark.parametrize(
    ("targets", "match"),
    [
        (["war\ud800"], "UTF-8 can encode"),
        ([Target("war", ("\udc80",))], "UTF-8 can encode"),
        ([], "at least one target"),
        (["  "], "non-empty"),
        ([3], "str or a stancekit.Target"),
        ([Target("war"), Target("war", ("conflict",))], "unique"),
        ({"war": 1}, "a list of them"),
    ],
    ids=["surrogate-name", "surrogate-alias", "empty", "blank", "int", "clash", "dict"],
)
def test_bad_targets_raise(stance_model: Any, targets: Any, match: str) -> None:
    with pytest.raises(InvalidInputError, match=match):
        _analyze(GOOD, targets, stance_model)


# ------------------------------------------------------------------ models passed to analyze
class _Custom:
    task = "stance"

    def __init__(self, rows: Any) -> None:
        self.rows = rows

    def predict_proba(self, X: Any) -> Any:
        return np.tile(np.asarray(self.rows, dtype=object), (len(X), 1)) if self.rows else []


@pytest.mark.parametrize(
    ("row", "match"),
    [
        ([np.nan, 0.5, 0.5], "finite values"),
        ([np.inf, 0.0, 0.0], "finite values"),
        ([-0.2, 0.6, 0.6], r"values in \[0, 1\]"),
        ([1.5, -0.25, -0.25], r"values in \[0, 1\]"),
        ([0.2, 0.2, 0.2], "rows summing to 1"),
        ([0.5, 0.5], r"shape \(\d+, 3\)"),
        (["a", "b", "c"], "array of numbers"),
        (None, r"shape \(\d+, 3\)"),
    ],
    ids=["nan", "inf", "negative", "above-one", "sum", "two-columns", "strings", "empty"],
)
def test_custom_model_bad_probabilities_raise_naming_the_model(row: Any, match: str) -> None:
    with pytest.raises(ModelOutputError, match=f"_Custom.*{match}|{match}.*_Custom"):
        _analyze(GOOD, ["bridge"], _Custom(row))


def test_custom_model_with_valid_probabilities_works() -> None:
    result = _analyze(GOOD, ["bridge"], _Custom([0.2, 0.3, 0.5]))
    assert result.to_frame().stance.eq("favor").all()


def test_bad_probabilities_from_a_saved_folder_name_the_folder(
    model_dir: str, monkeypatch: Any
) -> None:
    loaded = stancekit.BaselineStanceClassifier.from_pretrained(model_dir)
    monkeypatch.setattr(loaded, "predict_proba", lambda X: np.full((len(X), 3), np.nan))
    with pytest.raises(ModelOutputError, match=f"loaded from {model_dir}"):
        _analyze(GOOD, ["bridge"], loaded)


# ------------------------------------------------------------------ files
LATIN1 = "Café owners said the war hurt them.".encode("latin-1")


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        (codecs.BOM_UTF8 + b"war", None, "war"),
        ("war é".encode("utf-16"), None, "war é"),
        (codecs.BOM_UTF16_BE + "war".encode("utf-16-be"), None, "war"),
        ("war".encode("utf-32"), None, "war"),
        (LATIN1, "latin-1", LATIN1.decode("latin-1")),
        ("war".encode("utf-16-le"), "utf-16-le", "war"),
        (codecs.BOM_UTF8 + b"war", "utf-8", "war"),
    ],
    ids=[
        "utf8-bom",
        "utf16-bom",
        "utf16be-bom",
        "utf32-bom",
        "latin1",
        "utf16le-named",
        "bom-named",
    ],
)
def test_decode_rules(data: bytes, encoding: str | None, expected: str) -> None:
    assert decode_bytes(data, "f.txt", encoding) == expected


@pytest.mark.parametrize(
    ("data", "encoding", "match"),
    [
        (
            LATIN1,
            None,
            r"f\.txt: cannot decode byte b'\\xe9' at byte offset 3 as utf-8.*--encoding",
        ),
        ("war".encode("utf-16-le"), None, "NUL byte at byte offset 1.*utf-16-le"),
        (codecs.BOM_UTF8 + b"ok \xff", None, "byte offset 6"),
        (b"ok", "klingon", "codec name"),
        (b"\xff\xfe\x00", "utf-16-le", "byte offset 2"),
    ],
    ids=["latin1-as-utf8", "utf16-no-bom", "bad-after-bom", "unknown-codec", "odd-utf16"],
)
def test_decode_errors_name_file_offset_and_fix(
    data: bytes, encoding: str | None, match: str
) -> None:
    with pytest.raises(InputFileError, match=match):
        decode_bytes(data, "f.txt", encoding)


def test_unreadable_paths(tmp_path: Path, monkeypatch: Any) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        read_text_file(tmp_path / "missing.txt")
    with pytest.raises(InputFileError, match="found a directory"):
        read_text_file(tmp_path)
    locked = tmp_path / "locked.txt"
    locked.write_text("war")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(InputFileError, match=r"locked\.txt.*no read permission.*chmod"):
        read_text_file(locked)


# ------------------------------------------------------------------ CLI
def _cli(args: list[str], model_dir: str) -> int:
    return main(["analyze", *args, "-t", "bridge", "--model", model_dir, "--no-sentiment"])


@pytest.mark.parametrize(
    ("data", "extra", "match"),
    [
        (LATIN1, [], r"byte offset 3.*--encoding"),
        ("bridge".encode("utf-16-le"), [], "NUL byte at byte offset 1"),
        (b"bridge", ["--encoding", "klingon"], "codec name"),
    ],
    ids=["latin1", "utf16-without-bom", "unknown-codec"],
)
def test_cli_decode_errors_exit_2(
    tmp_path: Path, model_dir: str, capsys: Any, data: bytes, extra: list[str], match: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    assert _cli([str(path), *extra], model_dir) == 2
    err = capsys.readouterr().err
    assert str(path) in err or "--encoding" in err
    assert pytest.importorskip("re").search(match, err)


@pytest.mark.parametrize(
    ("data", "extra"),
    [
        (codecs.BOM_UTF8 + GOOD.encode(), []),
        (GOOD.encode("utf-16"), []),
        (GOOD.encode("cp1252"), ["--encoding", "cp1252"]),
    ],
    ids=["utf8-bom", "utf16-bom", "cp1252-named"],
)
def test_cli_reads_boms_and_named_encodings(
    tmp_path: Path, model_dir: str, capsys: Any, data: bytes, extra: list[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert _cli([str(path), "--format", "csv"], model_dir) == 0
    expected = capsys.readouterr().out
    path.write_bytes(data)
    assert _cli([str(path), "--format", "csv", *extra], model_dir) == 0
    assert capsys.readouterr().out == expected


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_cli_non_utf8_stdin_exits_2(model_dir: str, capsys: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(LATIN1))
    assert _cli(["-"], model_dir) == 2
    assert "<stdin>: cannot decode byte b'\\xe9' at byte offset 3" in capsys.readouterr().err


def test_cli_utf8_stdin_bytes_work(model_dir: str, capsys: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(codecs.BOM_UTF8 + GOOD.encode()))
    assert _cli(["-"], model_dir) == 0
    assert "Ruiz" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("files", "match"),
    [
        (["-", "-"], "at most once"),
        (["{f}", "{f}"], "each file once"),
        (["{dir}"], "found a directory"),
        (["{dir}/missing.txt"], "no such file"),
    ],
    ids=["stdin-twice", "file-twice", "directory", "missing"],
)
def test_cli_bad_file_arguments_exit_2(
    tmp_path: Path, model_dir: str, capsys: Any, monkeypatch: Any, files: list[str], match: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    monkeypatch.setattr("sys.stdin", _Stdin(GOOD.encode()))
    args = [f.format(f=article, dir=tmp_path) for f in files]
    assert _cli(args, model_dir) == 2
    assert match in capsys.readouterr().err


def test_cli_permission_error_exits_2(
    tmp_path: Path, model_dir: str, capsys: Any, monkeypatch: Any
) -> None:
    article = tmp_path / "secret.txt"
    article.write_text(GOOD)
    real = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    assert _cli([str(article)], model_dir) == 2
    err = capsys.readouterr().err
    assert "secret.txt" in err and "permission" in err


# ------------------------------------------------------------------ property: any code point
hypothesis = pytest.importorskip("hypothesis")
st = hypothesis.strategies


@hypothesis.settings(max_examples=60, deadline=None)
@hypothesis.given(
    st.text(
        alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
        max_size=200,
    )
)
def test_segment_any_code_point_gives_encodable_segments_at_the_same_offsets(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        segs = stancekit.segment(text)
    for seg in segs:
        seg.text.encode("utf-8")
        assert len(seg.text) == seg.end - seg.start <= len(text)
