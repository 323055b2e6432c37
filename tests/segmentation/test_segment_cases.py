"""Attribution cases from shared/ATTRIBUTION.md, on fixtures written for these tests."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

from stancekit.errors import UnbalancedQuoteWarning
from stancekit.records import Segment
from stancekit.segmentation import segment

sys.path.insert(0, str(Path(__file__).parent))
from fixtures import BOILERPLATE, DEPOT, LUKASHENKO_ROLE, MULTI_PARAGRAPH


def attributed(segs: list[Segment]) -> list[Segment]:
    return [s for s in segs if s.kind != "narration"]


def span_text(text: str, sg: Segment, which: str) -> str | None:
    sp = getattr(sg, which)
    return None if sp is None else text[sp.start : sp.end]


def test_segment_direct_with_cue_after_and_continuation() -> None:
    segs = segment(DEPOT)
    att = attributed(segs)
    assert [s.kind for s in att] == ["direct", "direct", "indirect", "direct"]
    first, cont, reported, pron = att
    assert first.text == '"We are not closing the depot tonight,"'
    assert first.speaker == "Alan Mercer"
    assert span_text(DEPOT, first, "source") == "Council President Alan Mercer"
    assert span_text(DEPOT, first, "cue") == "said"
    # C9: the cue-less follow-on quote is its own attribution with the same speaker and
    # the source span of the attribution it continues (no cue of its own)
    assert cont.text == '"Nothing is decided."'
    assert cont.attribution != first.attribution
    assert (cont.speaker, cont.source, cont.cue) == ("Alan Mercer", first.source, None)
    # C8 alias and D2 zero-that indirect speech
    assert reported.text == "the council would vote again in March."
    assert reported.speaker == "Alan Mercer"
    # C3 pronoun speaker
    assert span_text(DEPOT, pron, "source") == "he"
    assert pron.speaker == "Alan Mercer"
    # cue words between quote pieces stay narration
    assert any(
        s.kind == "narration" and s.text == "Council President Alan Mercer said." for s in segs
    )


def test_segment_boilerplate_is_excluded_narration() -> None:
    segs = segment(DEPOT)
    excluded = [s.text for s in segs if s.excluded]
    assert excluded == [
        "By Jane Roe, Staff Writer",
        "PORT ELLIS —",
        "Sources: Port Ellis Ledger, City Wire",
    ]
    assert all(s.kind == "narration" for s in segs if s.excluded)
    assert not segs[0].excluded  # the headline is narration but not boilerplate


def test_segment_stray_mark_in_link_line_does_not_swallow_text() -> None:
    segs = segment(BOILERPLATE)
    by_text = {s.text: s for s in segs}
    assert by_text['» Read more: "Council votes tonight'].excluded
    assert by_text["The vote is expected next week."].kind == "narration"
    assert by_text["Source: City Wire"].excluded
    assert by_text["Jane Roe is a staff writer who covers city hall for the Ledger."].excluded


def test_segment_split_quote_mismatched_marks_one_attribution() -> None:
    text = '“The river is rising," Okafor said, "and the levee is old."'
    att = attributed(segment(text))
    assert [s.text for s in att] == ['“The river is rising,"', '"and the levee is old."']
    assert att[0].attribution == att[1].attribution
    assert {s.speaker for s in att} == {"Okafor"}


def test_segment_multi_paragraph_quote_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        segs = segment(MULTI_PARAGRAPH)
    att = attributed(segs)
    assert len(att) == 2 and att[0].attribution == att[1].attribution
    assert [s.paragraph for s in att] == [1, 2]
    assert {s.speaker for s in att} == {"Dana Whitfield"}


def test_segment_role_and_alias_resolution() -> None:
    att = attributed(segment(LUKASHENKO_ROLE))
    assert [s.speaker for s in att] == ["Alexander Lukashenko", "Alexander Lukashenko"]
    assert span_text(LUKASHENKO_ROLE, att[0], "source") == "The president"


def test_segment_colon_introduction_resolves_role() -> None:
    text = (
        "Finance Minister Irena Dovic presented the budget on Monday. "
        'The minister was blunt: "Nobody is getting a raise this year."'
    )
    (quote,) = attributed(segment(text))
    assert quote.kind == "direct"
    assert quote.speaker == "Irena Dovic"
    assert quote.cue is None


def test_segment_pronoun_resolves_to_latest_subject() -> None:
    text = "Ana Ruiz chairs the board. Tom Hale arrived late. He said the plan was flawed."
    (rep,) = attributed(segment(text))
    assert (rep.kind, rep.speaker, rep.text) == ("indirect", "Tom Hale", "the plan was flawed.")


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        (
            "Officials said that the water was safe to drink.",
            "the water was safe to drink.",
            "indirect",
        ),
        ("Rivera insisted the audit was routine.", "the audit was routine.", "indirect"),
        ("The senator warned that the bill would fail.", "the bill would fail.", "indirect"),
        ("Harlow told reporters the deal was done.", "the deal was done.", "indirect"),
        ("According to the inspector, the bridge is unsafe.", "the bridge is unsafe.", "indirect"),
        ("The water was safe, officials said Tuesday.", "The water was safe", "indirect"),
        (
            "The coach vowed to fix the defense by spring.",
            "to fix the defense by spring.",
            "indirect",
        ),
        ("The mayor called for an independent review.", "an independent review.", "indirect"),
        (
            "Analysts see the merger as a defensive move.",
            "the merger as a defensive move.",
            "indirect",
        ),
        (
            'Okafor said the plan was "dead on arrival" and would be withdrawn.',
            'the plan was "dead on arrival" and would be withdrawn.',
            "mixed",
        ),
    ],
)
def test_segment_reported_speech(text: str, content: str, kind: str) -> None:
    att = attributed(segment(text))
    assert [(s.kind, s.text) for s in att][:1] == [(kind, content)]
    assert not att[0].attitude


def test_segment_parenthetical_cue_gives_two_pieces() -> None:
    text = "The bridge, according to the inspector, is unsafe."
    att = attributed(segment(text))
    assert [s.text for s in att] == ["The bridge", "is unsafe."]
    assert att[0].attribution == att[1].attribution
    assert span_text(text, att[0], "cue") == "according to"


def test_segment_attitude_verbs_flagged() -> None:
    (att,) = attributed(segment("Investors fear the merger will collapse."))
    assert att.attitude and att.kind == "indirect" and att.text == "the merger will collapse."


def test_segment_hedged_narration_flagged() -> None:
    segs = segment("The suspect reportedly fled to Ohio. It is believed the fire was deliberate.")
    assert [s.kind for s in segs] == ["narration", "narration"]
    assert all(s.hedged for s in segs)


@pytest.mark.parametrize(
    "text",
    [
        "That said, prices rose sharply in March.",  # B14
        "The report said nothing about wages.",  # B14
        "Told to leave, he refused to go.",  # B14
        "Chen declined to comment on the plan.",  # B15
        "She would not say whether talks had stalled.",  # B15
        'The so-called "efficiency plan" cut 40 jobs.',  # A8 scare quote
        'She starred in "Harbor Lights" last year.',  # A8 title
        "The farmers' union said nothing and wasn't consulted.",  # A6 apostrophes
    ],
)
def test_segment_non_speech_stays_narration(text: str) -> None:
    assert attributed(segment(text)) == []


def test_segment_unbalanced_quote_warns_once_and_closes_at_paragraph_end() -> None:
    text = (
        '"We will win the vote, the mayor said on Monday.\n\n'
        "The vote is on Tuesday.\n\n"
        '"Turnout will be high, her aide added.\n\n'
        "Polls open at 7 a.m."
    )
    with pytest.warns(UnbalancedQuoteWarning) as record:
        segs = segment(text)
    assert len([w for w in record if issubclass(w.category, UnbalancedQuoteWarning)]) == 1
    by_text = {s.text: s for s in segs}
    assert by_text["The vote is on Tuesday."].kind == "narration"
    assert by_text["Polls open at 7 a.m."].kind == "narration"
    assert all(s.end <= text.index("\n") or s.start > text.index("\n") for s in segs)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Who pays for this?" a resident asked.', None),
        ('"We\'re back," the band posted on Instagram.', None),
        ("'We will fight this in court', said Marta Quinn.", "Marta Quinn"),
        ('"Safety comes first." — Dana Kim, plant manager', "Dana Kim"),
    ],
)
def test_segment_direct_cue_variants(text: str, speaker: str | None) -> None:
    att = attributed(segment(text))
    assert len(att) == 1 and att[0].kind == "direct"
    assert att[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "Asked whether the plant would close, the manager said no decision had been made.",
            "whether the plant would close",
            None,
            "Asked",
        ),
        (
            'Hale was quoted as saying that the budget was "a fantasy."',
            'the budget was "a fantasy."',
            "Hale",
            "was quoted as saying",
        ),
        (
            "Judge Ana Ruiz made clear that she would not delay the trial.",
            "she would not delay the trial.",
            "Judge Ana Ruiz",
            "made clear",
        ),
        (
            "The survey found most residents opposed the plan.",
            "most residents opposed the plan.",
            "The survey",
            "found",
        ),
    ],
)
def test_segment_question_passive_phrasal_and_document_cues(
    text: str, content: str, source: str | None, cue: str
) -> None:
    first = attributed(segment(text))[0]
    assert first.text == content
    assert span_text(text, first, "source") == source
    assert span_text(text, first, "cue") == cue


def test_segment_agentless_question_then_main_clause() -> None:
    text = "Asked by reporters whether she would run again, Ruiz said she was undecided."
    att = attributed(segment(text))
    assert [(s.text, s.speaker) for s in att] == [
        ("whether she would run again", None),
        ("she was undecided.", "Ruiz"),
    ]


def test_segment_chant_after_participle_is_direct() -> None:
    text = 'Hundreds of protesters marched to City Hall, chanting "No new taxes for us."'
    (quote,) = attributed(segment(text))
    assert (quote.kind, quote.text) == ("direct", '"No new taxes for us."')
    assert span_text(text, quote, "cue") == "chanting"


def test_segment_coordinated_clauses_give_two_attributions() -> None:
    text = (
        "Retailers fear a long strike could delay shipments, and the Port Authority "
        "urged both sides to accept mediation."
    )
    att = attributed(segment(text))
    assert [s.text for s in att] == [
        "a long strike could delay shipments",
        "to accept mediation.",
    ]
    assert att[0].attitude and not att[1].attitude
    assert att[1].speaker == "Port Authority"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz blamed the rebates, which she said absorb most of the list price.",
            [  # a speech act with an object (D7 as a segment), then the relative clause
                ("the rebates", "Ana Ruiz", "blamed"),
                ("absorb most of the list price.", "she", "said"),
            ],
        ),
        (
            "The chain filed for bankruptcy on Monday and said it would close 38 stores.",
            [("it would close 38 stores.", "The chain", "said")],
        ),
        (
            'Asked whether talks could resume, Ravn said they could, "but not forever."',
            [
                ("whether talks could resume", None, "Asked"),
                ('they could, "but not forever."', "Ravn", "said"),
            ],
        ),
        (
            'Families, she said, "deserve to see every page."',
            [("Families", "she", "said"), ('"deserve to see every page."', "she", "said")],
        ),
    ],
)
def test_segment_relative_shared_subject_and_fragment_cues(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    got = [
        (s.text, span_text(text, s, "source"), span_text(text, s, "cue"))
        for s in attributed(segment(text))
    ]
    assert got == expected
