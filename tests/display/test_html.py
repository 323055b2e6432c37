"""The HTML view without a browser: structure, escaping, ids, size."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import stancekit
from stancekit.aggregate import speaker_of
from stancekit.display import CSP, page, render
from stancekit.errors import InvalidInputError
from stancekit.records import Segment


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    return parser


@pytest.mark.parametrize("name", ["bridge", "hostile"])
def test_html_marks_every_segment_with_kind_and_speaker(
    name: str, request: pytest.FixtureRequest
) -> None:
    analysis = request.getfixturevalue(name)
    tags = _parse(analysis.to_html(full_page=False)).tags
    segs = [a for t, a in tags if "data-segment" in a]
    assert [int(a["data-segment"] or -1) for a in segs] == list(range(len(analysis.segments)))
    for a, seg in zip(segs, analysis.segments, strict=True):
        assert a["data-kind"] == ("excluded" if seg.excluded else seg.kind)
        assert a["data-speaker"] == speaker_of(seg)
    assert {"Ana Ruiz", "(author)"} <= {a["data-speaker"] for a in segs}
    # one name label per attribution, and a colour class on every attributed segment
    labels = [a for t, a in tags if a.get("class") == "sk-who"]
    attributions = {(s.speaker, s.attribution) for s in analysis.segments if s.is_attributed}
    assert len(labels) == len(attributions)
    for a, seg in zip(segs, analysis.segments, strict=True):
        coloured = re.search(r"\bsk-p\d+\b", a["class"] or "")
        assert bool(coloured) == (seg.is_attributed and not seg.excluded)


def test_html_badges_follow_the_relevant_pairs_with_sign_and_word(bridge: Any) -> None:
    markup = bridge.to_html(full_page=False)
    frame = bridge.to_frame()
    for t, name in enumerate(["bridge", "council"]):
        relevant = frame[(frame.target == name) & frame.relevant]
        badges = re.findall(rf'<span class="sk-st sk-t{t} sk-(\w+)"[^>]*>([^<]*)</span>', markup)
        assert len(badges) == len(relevant)
        for (label, text), row in zip(badges, relevant.itertuples(), strict=True):
            assert label == row.stance
            sign = {"favor": "+", "against": "\u2212", "none": "\u25cb"}[label]
            assert text.startswith(f"{sign} {label} ")
            assert text.endswith(f"{row.p_favor - row.p_against:+.2f}")


def test_html_table_has_every_speaker_target_row_with_interval(bridge: Any) -> None:
    markup = bridge.to_html(full_page=False)
    table = markup[markup.index('<table class="sk-table">') : markup.index("</table>")]
    for r in bridge.by_speaker().itertuples():
        assert f"{r.score:+.2f}" in table and f"[{r.ci_low:+.2f}, {r.ci_high:+.2f}]" in table
        for seg in r.evidence:
            assert f'href="#{_pid(markup)}-s{seg}"' in table
    assert table.count('data-stance="') == len(bridge.by_speaker())


def _pid(markup: str) -> str:
    match = re.search(r'class="stancekit-view" id="(sk-[0-9a-f]{10})"', markup)
    assert match
    return match.group(1)


def test_html_escapes_article_targets_and_speakers(hostile: Any) -> None:
    markup = hostile.to_html()
    parsed = _parse(markup)
    names = [t for t, _ in parsed.tags]
    assert "script" not in names and "img" not in names and "b" not in names
    assert names.count("style") == 2  # the page's own two, not the article's
    assert all(not k.startswith("on") for _, a in parsed.tags for k in a)
    text = "".join(parsed.text)
    assert "<script>window.__pwned = 1;" in text
    assert "<img src=x onerror=window.__pwned=2>" in text
    assert '<i onmouseover="x">' in text
    assert f'content="{CSP}"' in markup and "script-src" not in CSP  # default-src 'none'


def test_html_escapes_speaker_names(stance_model: Any) -> None:
    text = '"We back the plan," said X.'
    evil = '"><img src=x onerror=alert(1)>'
    segs = [
        Segment('"We back the plan,"', 0, 19, "direct", speaker=evil, attribution=0),
        Segment("said X.", 20, 27, "narration"),
    ]
    analysis = stancekit.analyze(text, ["plan"], model=stance_model, sentiment=False, segments=segs)
    parsed = _parse(analysis.to_html(full_page=False))
    assert "img" not in [t for t, _ in parsed.tags]
    assert evil in "".join(parsed.text)


def test_html_is_self_contained(bridge: Any) -> None:
    markup = bridge.to_html()
    assert not re.search(r"(src|href)=\"(?!#)", markup)  # only in-page links
    assert "http://" not in markup and "https://" not in markup and "@import" not in markup
    assert "<script" not in markup


def test_html_ids_are_stable_and_distinct_per_analysis(bridge: Any, hostile: Any) -> None:
    assert _pid(bridge.to_html()) == _pid(bridge.to_html())
    assert _pid(bridge.to_html()) != _pid(hostile.to_html())
    both = page([render(bridge), render(hostile)])
    ids = re.findall(r' id="([^"]+)"', both)
    assert len(ids) == len(set(ids))


def test_repr_html_is_the_fragment(bridge: Any) -> None:
    fragment = bridge._repr_html_()
    assert fragment.startswith('<div class="stancekit-view"') and "<html" not in fragment
    assert fragment == bridge.to_html(full_page=False)


def test_to_html_writes_the_file(bridge: Any, tmp_path: Path) -> None:
    path = tmp_path / "view.html"
    markup = bridge.to_html(path, title="Bridge <dispute>")
    assert path.read_text(encoding="utf-8") == markup
    assert "<title>Bridge &lt;dispute&gt;</title>" in markup


def test_html_of_an_article_without_targets_that_count(stance_model: Any) -> None:
    analysis = stancekit.analyze(
        "The weather was fine.", ["bridge"], model=stance_model, sentiment=False
    )
    markup = analysis.to_html()
    assert "No segment counts for any target" in markup
    assert "The weather was fine." in markup


@pytest.mark.parametrize("threshold", [-0.1, 1.5, "0.2"])
def test_html_rejects_a_bad_threshold(bridge: Any, threshold: Any) -> None:
    with pytest.raises(InvalidInputError, match="threshold"):
        bridge.to_html(threshold=threshold)


def test_analysis_set_to_html_has_one_section_per_article(
    stance_model: Any, tmp_path: Path
) -> None:
    from tests.conftest import TWO_SPEAKER_ARTICLE

    corpus = stancekit.analyze_many(
        [TWO_SPEAKER_ARTICLE, "The council met about the bridge."],
        ["bridge"],
        model=stance_model,
        sentiment=False,
        ids=["first", "second"],
        show_progress_bar=False,
    )
    markup = corpus.to_html(tmp_path / "both.html")
    assert markup.count('class="stancekit-view"') == 2
    assert '<div class="sk-title">first</div>' in markup
    assert "<title>stancekit: 2 articles</title>" in markup
    assert (tmp_path / "both.html").read_text(encoding="utf-8") == markup
