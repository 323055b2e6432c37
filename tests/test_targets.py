from __future__ import annotations

import pytest

from stancekit.errors import InvalidInputError
from stancekit.records import Mention, Segment, Span, Target
from stancekit.targets import (
    as_targets,
    find_target_mentions,
    make_pairs,
    parse_target,
    segment_mentions,
)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("NATO", ["NATO"]),
        (Target("Russia", ("Moscow",)), ["Russia"]),
        (["NATO", Target("war")], ["NATO", "war"]),
        (("war", "war"), ["war"]),
        (iter(["a", "b"]), ["a", "b"]),
    ],
)
def test_as_targets_normalises(value: object, names: list[str]) -> None:
    assert [t.name for t in as_targets(value)] == names


def test_as_targets_keeps_aliases_and_does_not_parse_equals() -> None:
    (t,) = as_targets([Target("United States", ("USA",))])
    assert t.aliases == ("USA",)
    assert as_targets("a=b")[0] == Target("a=b")


@pytest.mark.parametrize(
    ("value", "match"),
    [
        ([], "at least one target"),
        ("", "non-empty"),
        (["ok", "  "], r"targets\[1\]"),
        (3, "a str, a Target"),
        ([3], "a str or a stancekit.Target"),
        (None, "a str, a Target"),
        ({"NATO": 1}, "a str, a Target"),
        ([Target("x", ("a",)), Target("x", ("b",))], "unique"),
    ],
)
def test_as_targets_rejects_bad_input(value: object, match: str) -> None:
    with pytest.raises(InvalidInputError, match=match):
        as_targets(value)


@pytest.mark.parametrize(
    ("spec", "target"),
    [
        ("NATO", Target("NATO")),
        ("United States=USA,US, Washington", Target("United States", ("USA", "US", "Washington"))),
        ("war=military operation", Target("war", ("military operation",))),
    ],
)
def test_parse_target_reads_cli_syntax(spec: str, target: Target) -> None:
    assert parse_target(spec) == target


@pytest.mark.parametrize("spec", ["", "=x", "a=", "a=b,,c", "   "])
def test_parse_target_rejects_empty_parts(spec: str) -> None:
    with pytest.raises(InvalidInputError, match="--target"):
        parse_target(spec)


RUSSIA = Target("Russia", ("Russian", "Russians", "Moscow"))
USA = Target("United States", ("USA", "US", "Washington"))
NUKES = Target("nuclear weapons", ("nuclear weapon", "atomic bomb"))


@pytest.mark.parametrize(
    ("text", "target", "found"),
    [
        ("Russia's army", RUSSIA, ["Russia"]),
        ("the Russians' plan", RUSSIA, ["Russians"]),
        ("Moscow’s vassal", RUSSIA, ["Moscow"]),
        ("a RUSSIAN tank", RUSSIA, ["RUSSIAN"]),
        ("Belarussian troops", RUSSIA, []),
        ("close to us, unlike the US", USA, ["US"]),
        ("the USA and the United  States", USA, ["USA", "United  States"]),
        ("the united states", USA, ["united states"]),
        ("use of nuclear\nweapons and atomic bombs", NUKES, ["nuclear\nweapons", "atomic bombs"]),
        ("no war, no wars, warning, anti-war", Target("war"), ["war", "wars", "war"]),
        ("Nato and NATO but not nato", Target("NATO"), ["Nato", "NATO"]),
        ("negotiations", Target("negotiation"), ["negotiations"]),
    ],
)
def test_find_target_mentions_rules(text: str, target: Target, found: list[str]) -> None:
    mentions = find_target_mentions(text, target)
    assert [text[m.start : m.end] for m in mentions] == found
    assert all(m.target == target.name for m in mentions)


def test_find_target_mentions_longer_form_wins() -> None:
    t = Target("States", ("United States",))
    assert [(m.start, m.end) for m in find_target_mentions("the United States", t)] == [(4, 17)]


def test_find_target_mentions_offset_gives_article_offsets() -> None:
    article = "Intro. NATO must go."
    (m,) = find_target_mentions(article[7:], Target("NATO"), offset=7)
    assert article[m.start : m.end] == "NATO"
    assert m == Mention("NATO", 7, 11)


def _segments(article: str) -> list[Segment]:
    first = article.index("We")
    second = article.index("Talks")
    end1 = article.index(".", first) + 1
    return [
        Segment("By Staff", 0, 8, "narration", excluded=True),
        Segment(article[first:end1], first, end1, "direct", speaker="A", attribution=0),
        Segment(article[second:], second, len(article), "narration"),
    ]


ARTICLE = "By Staff\nWe reject NATO and Russia. Talks with Moscow stalled."


def test_segment_mentions_lists_every_target_in_article_offsets() -> None:
    segs = _segments(ARTICLE)
    found = segment_mentions(segs, as_targets([RUSSIA, "NATO"]))
    assert found[0] == ()
    assert [(m.target, ARTICLE[m.start : m.end]) for m in found[1]] == [
        ("NATO", "NATO"),
        ("Russia", "Russia"),
    ]
    assert [ARTICLE[m.start : m.end] for m in found[2]] == ["Moscow"]


def test_make_pairs_every_segment_target_with_relative_mentions() -> None:
    segs = _segments(ARTICLE)
    pairs = make_pairs(segs, as_targets([RUSSIA, "NATO"]), article=3)
    assert [(p.segment, p.target) for p in pairs] == [
        (1, "Russia"),
        (1, "NATO"),
        (2, "Russia"),
        (2, "NATO"),
    ]
    for p in pairs:
        assert p.article == 3
        assert p.text == segs[p.segment].text
        for span in p.mentions:
            assert isinstance(span, Span)
            assert span.slice(p.text).lower() in {"russia", "nato", "moscow"}
    assert [p.mentioned for p in pairs] == [True, True, True, False]


def test_make_pairs_can_keep_excluded() -> None:
    pairs = make_pairs(_segments(ARTICLE), as_targets("NATO"), skip_excluded=False)
    assert [p.segment for p in pairs] == [0, 1, 2]
