"""The learned span tagger: labels, decoding, pairing, the backends, fit / save / load."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from stancekit.errors import (
    InvalidInputError,
    MissingDependencyError,
    ModelIntegrityError,
    ModelLoadError,
    NotFittedError,
)
from stancekit.segmentation import BACKENDS, segment
from stancekit.segmentation.proposals import TaggedSpan, pair_spans
from stancekit.segmentation.tagger_data import LABELS, paragraph_windows, token_labels

T = TaggedSpan


# ----------------------------------------------------------------------------- labels
def test_windows_are_paragraphs_with_clipped_spans() -> None:
    text = "Ann said it rains.\n\nBo said it snows."
    doc = {
        "id": "d",
        "text": text,
        "attributions": [
            {"content": [[9, 17]], "source": [0, 3], "cue": [4, 8]},
            {"content": [[28, 36]], "source": [20, 22], "cue": [23, 27]},
        ],
    }
    ws = paragraph_windows([doc])
    assert [w.offset for w in ws] == [0, 20]
    assert [(ws[1].text[s:e], k) for s, e, k in ws[1].spans] == [
        ("Bo", "source"),
        ("said", "cue"),
        ("it snows", "content"),
    ]


def test_inner_spans_win_over_content_nested_speech() -> None:
    # Baxter said [Gomez told him [the plant would close]]: the inner source keeps its tag
    spans = [(12, 50, "content"), (12, 17, "source"), (18, 22, "cue")]
    labels = token_labels([(12, 17), (18, 22), (23, 26), (27, 32)], spans)
    assert [LABELS[i] for i in labels] == ["B-SOURCE", "B-CUE", "B-CONTENT", "I-CONTENT"]


@pytest.mark.parametrize(
    ("doc", "what"),
    [
        ("not a dict", "an article"),
        ({"text": "ab", "attributions": [{"content": [[0, 9]]}]}, "offsets within its text"),
        ({"text": "ab", "attributions": [{"content": [[2, 1]]}]}, "[start, end]"),
        ({"text": "ab", "attributions": [{"source": "x"}]}, "[start, end]"),
    ],
)
def test_bad_training_articles_are_typed_errors(doc: object, what: str) -> None:
    with pytest.raises(InvalidInputError, match=what):
        paragraph_windows([doc])  # type: ignore[list-item]


# ----------------------------------------------------------------------------- decoding
def test_word_pieces_join_the_span_their_word_started() -> None:
    from stancekit.segmentation.tagger import decode_spans

    text = "Kovacs said unrest grows"
    # "Kov" B-SOURCE, "acs" tagged O (a word piece): still the source
    offs = [(0, 0), (0, 3), (3, 6), (7, 11), (12, 18), (19, 24), (0, 0)]
    tags = [0, 3, 0, 5, 2, 2, 0]  # I-CONTENT without B- starts the content
    got = decode_spans(text, offs, np.eye(len(LABELS))[tags], base=100)
    assert [(s.kind, s.start, s.end) for s in got] == [
        ("source", 100, 106),
        ("cue", 107, 111),
        ("content", 112, 124),
    ]
    assert all(s.score == 1.0 for s in got)


# ----------------------------------------------------------------------------- pairing
def test_contents_sharing_a_cue_are_one_attribution() -> None:
    # "Q1," Ann said, "Q2."
    props = pair_spans(
        [
            T("content", 1, 4, 0.9),
            T("source", 7, 10, 0.9),
            T("cue", 11, 15, 0.8),
            T("content", 18, 21, 0.7),
        ]
    )
    assert len(props) == 1
    assert props[0].content == [(1, 4), (18, 21)]
    assert props[0].source == (7, 10)
    assert props[0].score == 0.7


def test_each_content_takes_its_nearest_cue_and_source() -> None:
    # Ann said C1, while Bo argued C2
    spans = [
        T("source", 0, 3, 0.9),
        T("cue", 4, 8, 0.9),
        T("content", 9, 11, 0.9),
        T("source", 19, 21, 0.9),
        T("cue", 22, 28, 0.9),
        T("content", 29, 31, 0.9),
    ]
    props = pair_spans(spans)
    assert [(p.source, p.cue, p.content) for p in props] == [
        ((0, 3), (4, 8), [(9, 11)]),
        ((19, 21), (22, 28), [(29, 31)]),
    ]


def test_weak_and_cueless_contents() -> None:
    assert pair_spans([T("content", 0, 5, 0.49), T("cue", 6, 9, 0.9)]) == []
    assert pair_spans([T("content", 0, 5, 0.9)], need_cue=True) == []
    (only,) = pair_spans([T("content", 0, 5, 0.9)])
    assert only.cue is None and only.source is None


# ----------------------------------------------------------------------------- backends
class FakeTagger:
    """Returns fixed spans, found by their words in the text, within the ranges asked for."""

    def __init__(self, *parts: tuple[str, str]) -> None:
        self.parts = parts
        self.asked: list[list[tuple[int, int]] | None] = []

    def tag(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[TaggedSpan]:
        self.asked.append(spans)
        out = []
        for kind, words in self.parts:
            s = text.index(words)
            if spans is None or any(a <= s < b for a, b in spans):
                out.append(TaggedSpan(kind, s, s + len(words), 0.9))
        return out


ARTICLE = "Mayor Ana Pell said the bridge was safe.\n\nShe floated a toll on the new bridge."


def test_both_keeps_the_rules_and_fills_unattributed_sentences() -> None:
    rules = segment(ARTICLE)
    fake = FakeTagger(
        ("source", "She"),
        ("cue", "floated"),
        ("content", "a toll on the new bridge"),
        ("content", "the bridge"),  # inside a sentence the rules attributed: ignored
    )
    both = segment(ARTICLE, backend="both", tagger=fake)
    ruled = [(s.start, s.end, s.kind, s.speaker) for s in rules if s.attribution is not None]
    assert [(ARTICLE[a:b], k, w) for a, b, k, w in ruled] == [
        ("the bridge was safe.", "indirect", "Ana Pell")
    ]
    got = [(s.start, s.end, s.kind, s.speaker) for s in both if s.attribution is not None]
    assert got[: len(ruled)] == ruled  # the rules' attributions, unchanged
    assert [(ARTICLE[a:b], k, w) for a, b, k, w in got[len(ruled) :]] == [
        ("a toll on the new bridge.", "indirect", "Ana Pell")
    ]
    second = ARTICLE.index("She")
    assert fake.asked == [[(second, len(ARTICLE))]]  # only the unattributed paragraph is read
    cited = next(s for s in both if s.text.startswith("a toll"))
    assert ARTICLE[cited.source.start : cited.source.end] == "She"  # type: ignore[union-attr]
    assert ARTICLE[cited.cue.start : cited.cue.end] == "floated"  # type: ignore[union-attr]


def test_tagger_backend_uses_only_the_tagger_for_attributions() -> None:
    text = 'Mayor Ana Pell said the bridge was safe. "We fixed it," she added.'
    fake = FakeTagger(("source", "she"), ("cue", "added"), ("content", "We fixed it,"))
    segs = segment(text, backend="tagger", tagger=fake)
    assert fake.asked == [None]  # the tagger alone reads every paragraph
    attributed = [(s.text, s.kind, s.speaker) for s in segs if s.attribution is not None]
    # the rules' "Pell said ..." is not found: the tagger did not tag it
    assert attributed == [('"We fixed it,"', "direct", "Ana Pell")]
    assert "".join(s.text for s in segs).replace(" ", "") == text.replace(" ", "")


def test_both_skips_the_tagger_when_the_rules_attribute_every_sentence() -> None:
    fake = FakeTagger(("content", "the bridge"))
    text = "Mayor Ana Pell said the bridge was safe."
    assert segment(text, backend="both", tagger=fake) == segment(text)
    assert fake.asked == []


def test_backend_and_tagger_are_checked() -> None:
    assert BACKENDS == ("rules", "tagger", "both")
    with pytest.raises(InvalidInputError, match="'rules' \\(the default\\), 'tagger' or 'both'"):
        segment("A said B.", backend="spacy")
    with pytest.raises(InvalidInputError, match="a SpanTagger"):
        segment("A said B.", backend="both", tagger="my-tagger")  # type: ignore[arg-type]


def test_rules_backend_never_loads_a_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    import stancekit.segmentation.tagger as tagger_mod

    def boom() -> None:
        raise AssertionError("loaded")

    monkeypatch.setattr(tagger_mod, "load_default_tagger", boom)
    assert segment(ARTICLE, backend="rules", tagger=None)


def test_missing_packaged_tagger_names_the_training_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import stancekit.segmentation.tagger as tagger_mod

    monkeypatch.setattr(tagger_mod, "default_tagger_dir", lambda: tmp_path)
    tagger_mod.load_default_tagger.cache_clear()
    try:
        with pytest.raises(MissingDependencyError, match=r"train_span_tagger\.py"):
            segment(ARTICLE, backend="both")
    finally:
        tagger_mod.load_default_tagger.cache_clear()


# ----------------------------------------------------------------------------- the model
def _doc(i: int, who: str) -> dict[str, object]:
    first = f"The {who} said the bridge was safe."
    text = f'{first}\n\n"It will stand," the {who} said.'
    second = len(first) + 2

    def at(words: str, start: int = 0) -> list[int]:
        k = text.index(words, start)
        return [k, k + len(words)]

    return {
        "id": f"d{i}",
        "text": text,
        "attributions": [
            {"content": [at("the bridge was safe")], "source": at(f"The {who}"), "cue": at("said")},
            {
                "content": [at("It will stand,")],
                "source": at(f"the {who}", second),
                "cue": at("said", second),
            },
        ],
    }


DOCS = [_doc(i, who) for i, who in enumerate(["mayor", "minister", "president"])]


def test_training_fixture_spans_are_what_they_claim() -> None:
    d = DOCS[1]
    a, b = d["attributions"]
    t = d["text"]
    assert t[slice(*a["source"])] == "The minister" and t[slice(*a["cue"])] == "said"
    assert t[slice(*a["content"][0])] == "the bridge was safe"
    assert t[slice(*b["content"][0])] == "It will stand,"
    assert t[slice(*b["source"])] == "the minister" and t[slice(*b["cue"])] == "said"


@pytest.fixture(scope="module")
def fitted(tiny_model_dir: str) -> object:
    from stancekit.segmentation.tagger import SpanTagger

    return SpanTagger(
        tiny_model_dir, max_length=24, stride=4, epochs=2, batch_size=4, learning_rate=5e-3
    ).fit(DOCS, eval_docs=DOCS[:1])


def test_fit_records_history_and_keeps_the_best_epoch(fitted: object) -> None:
    assert [h["epoch"] for h in fitted.history_] == [1, 2]  # type: ignore[attr-defined]
    assert all(0 <= h["eval_token_f1"] <= 1 for h in fitted.history_)  # type: ignore[attr-defined]
    assert fitted.best_epoch_ in (1, 2)  # type: ignore[attr-defined]


def test_tag_returns_valid_spans_over_long_paragraphs(fitted: object) -> None:
    text = " ".join(["The mayor said the bridge was safe."] * 6)  # > max_length: windows
    spans = fitted.tag(text)  # type: ignore[attr-defined]
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(s.kind in ("content", "source", "cue") and 0 <= s.score <= 1 for s in spans)
    assert fitted.tag("  \n ") == []  # type: ignore[attr-defined]


def test_save_load_round_trip_and_integrity(fitted: object, tmp_path: Path) -> None:
    from stancekit.segmentation.tagger import SpanTagger

    folder = fitted.save_pretrained(tmp_path / "t", notes={"trained_on": "fixture"})  # type: ignore[attr-defined]
    config = json.loads((folder / "stancekit.json").read_text())
    assert config["model_type"] == "span_tagger" and config["notes"]["trained_on"] == "fixture"
    assert set(config["files"]) == {"adapter_model.safetensors", "adapter_config.json"}
    assert not (folder / "README.md").exists()
    again = SpanTagger.from_pretrained(folder)
    text = DOCS[0]["text"]
    assert again.tag(text) == fitted.tag(text)  # type: ignore[attr-defined]
    segs = segment(text, backend="both", tagger=again)
    assert "".join(s.text for s in segs).replace(" ", "") == "".join(text.split())
    weights = folder / "adapter_model.safetensors"
    weights.write_bytes(weights.read_bytes()[:-8] + b"\0" * 8)
    with pytest.raises(ModelIntegrityError, match=r"adapter_model\.safetensors"):
        SpanTagger.from_pretrained(folder)


def test_a_stance_model_folder_is_not_a_tagger(tmp_path: Path) -> None:
    from stancekit.segmentation.tagger import SpanTagger

    (tmp_path / "stancekit.json").write_text(json.dumps({"model_type": "transformer"}))
    with pytest.raises(ModelLoadError, match="a span tagger"):
        SpanTagger.from_pretrained(tmp_path)


def test_unfitted_and_bad_parameters(tiny_model_dir: str) -> None:
    from stancekit.segmentation.tagger import SpanTagger

    with pytest.raises(NotFittedError, match="fit"):
        SpanTagger().tag("Ann said it rains.")
    with pytest.raises(InvalidInputError, match="stride"):
        SpanTagger(tiny_model_dir, max_length=32, stride=16).fit(DOCS)
    with pytest.raises(InvalidInputError, match="epochs"):
        SpanTagger(tiny_model_dir, epochs=0).fit(DOCS)
    with pytest.raises(InvalidInputError, match="at least one attribution span"):
        SpanTagger(tiny_model_dir).fit([{"id": "x", "text": "Nothing here.", "attributions": []}])


# ----------------------------------------------------------------------------- command line
def test_cli_tagger_needs_a_learned_segmenter(capsys: pytest.CaptureFixture[str]) -> None:
    from stancekit.cli import main

    code = main(["evaluate", "attribution", "--dataset", "newsattr", "--tagger", "/x"])
    assert code == 2
    assert "only with --segmenter tagger or both" in capsys.readouterr().err


def test_cli_analyze_with_a_saved_tagger(
    fitted: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stancekit import BaselineStanceClassifier
    from stancekit.cli import main

    folder = fitted.save_pretrained(tmp_path / "tagger")  # type: ignore[attr-defined]
    import pandas as pd

    rows = [
        ("the bridge is safe", "bridge", "favor"),
        ("the bridge is unsafe", "bridge", "against"),
        ("rain today", "bridge", "none"),
    ]
    frame = pd.DataFrame(rows, columns=["text", "target", "stance"])
    clf = BaselineStanceClassifier(calibrate=False, min_df=1).fit(
        frame[["text", "target"]], frame["stance"]
    )
    model = clf.save_pretrained(tmp_path / "stance")
    article = tmp_path / "a.txt"
    article.write_text(DOCS[0]["text"], encoding="utf-8")  # type: ignore[arg-type]
    argv = [
        "analyze",
        str(article),
        "-t",
        "bridge",
        "--model",
        str(model),
        "--no-sentiment",
        "--format",
        "json",
        "--segments",
    ]
    assert main([*argv, "--segmenter", "both", "--tagger", str(folder)]) == 0
    rows_both = json.loads(capsys.readouterr().out)
    assert main(argv) == 0
    rows_rules = json.loads(capsys.readouterr().out)

    def attributed(rows: list[dict[str, object]]) -> set[tuple[object, ...]]:
        return {(r["start"], r["end"], r["kind"]) for r in rows if r["kind"] != "narration"}

    assert attributed(rows_rules)  # the rules attribute both sentences of the article
    assert attributed(rows_rules) <= attributed(rows_both)  # "both" keeps the rules' own
    expected = {
        (s.start, s.end, s.kind)
        for s in segment(DOCS[0]["text"], backend="both", tagger=fitted)
        if s.kind != "narration"
    }  # type: ignore[arg-type]
    assert attributed(rows_both) == expected  # the command ran the tagger it was given
