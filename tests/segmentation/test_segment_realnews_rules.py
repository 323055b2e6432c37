"""Issue-9 rules for real news, in the spirit of ``shared/ATTRIBUTION.md`` (invented
sentences): reporting-verb lexicon, nouns vs verbs, speech acts with objects, noun cues,
relative and participial cues, headlines, boundaries and text robustness."""

from __future__ import annotations

import pytest
from fixtures import Row, attributions  # shared with the other rule tests

from stancekit import segment

CASES: list[tuple[str, str, list[Row]]] = [
    # B2/B3 verbs from FrameNet Statement / reporting-verb lists, US spelling
    (
        "lexicon_signal",
        "Feinstein signaled that her talks with Cornyn were unlikely to bear fruit.",
        [
            (
                "indirect",
                "her talks with Cornyn were unlikely to bear fruit.",
                "Feinstein",
                "signaled",
            )
        ],
    ),
    (
        "lexicon_reiterate",
        "The senator reiterated that the plan was dead.",
        [("indirect", "the plan was dead.", "The senator", "reiterated")],
    ),
    # nouns that look like verbs: kept apart by their context
    ("noun_claims", "The claims were false, and the states agreed.", []),
    (
        "verb_claims",
        "She claims the vote was rigged.",
        [("indirect", "the vote was rigged.", "She", "claims")],
    ),
    (
        "press_secretary",
        "White House press secretary Dana Kim told reporters the talks would resume.",
        [("indirect", "the talks would resume.", "White House press secretary Dana Kim", "told")],
    ),
    # D7 speech acts with a noun-phrase object become segments (content = the object)
    (
        "act_condemn",
        "The mayor condemned the attack on the clinic.",
        [("indirect", "the attack on the clinic.", "The mayor", "condemned")],
    ),
    (
        "act_deny",
        "The union denied the allegations.",
        [("indirect", "the allegations", "The union", "denied")],
    ),
    (
        "act_call_for",
        "Senators called for a ceasefire in the region.",
        [("indirect", "a ceasefire in the region.", "Senators", "called for")],
    ),
    (
        "act_praise_object",
        "Okafor praised the tenure of the outgoing chief.",
        [("indirect", "the tenure of the outgoing chief", "Okafor", "praised")],
    ),
    ("act_pronoun_object", "Voss denied it again.", []),
    # B11 noun cues
    (
        "noun_warning",
        "Residents were alarmed by a warning that the dam could fail within days.",
        [("indirect", "the dam could fail within days.", None, "warning")],
    ),
    (
        "noun_worry_among",
        "The worry among consumer groups is that prices will rise again.",
        [("indirect", "prices will rise again.", "consumer groups", "worry")],
    ),
    (
        "in_a_statement",
        "In a statement, the ministry said the border would stay closed.",
        [("indirect", "the border would stay closed.", "the ministry", "said")],
    ),
    # a participial second cue after a direct quotation
    (
        "adding_that",
        '"I\'m for the bill," Simson said, adding that he had fought for artists.',
        [
            ("direct", '"I\'m for the bill,"', "Simson", "said"),
            ("indirect", "he had fought for artists.", "Simson", "adding"),
        ],
    ),
    # who-said relative sources; the content stops before the main clause
    (
        "who_said",
        "Lena Ortiz, who said the storm destroyed her home, is staying with relatives.",
        [("indirect", "the storm destroyed her home", "Lena Ortiz", "said")],
    ),
    # polls and reports as sources (B16)
    (
        "poll_shows",
        "The latest poll shows the mayor trailing by six points.",
        [("indirect", "the mayor trailing by six points.", "The latest poll", "shows")],
    ),
    # reversed order with a description: the description is not content
    (
        "reversed_with_description",
        '"We will appeal," responded Tom Hale, a campaign official.',
        [("direct", '"We will appeal,"', "Tom Hale", "responded")],
    ),
    (
        "says_with_description",
        '"We lost," says Steve Smith, the campaign\'s director.',
        [("direct", '"We lost,"', "Steve Smith", "says")],
    ),
    # content before its cue without quote marks, with an addressee after tell
    (
        "told_reporters_after",
        "Jimmy Tyndall, 33, is in custody, Sheriff Jim Thornton told reporters.",
        [("indirect", "Jimmy Tyndall, 33, is in custody", "Sheriff Jim Thornton", "told")],
    ),
    # dotted initials do not end a sentence
    (
        "initials",
        "George H.W. Bush said the war was over. He left.",
        [("indirect", "the war was over.", "Bush", "said")],
    ),
    # boundaries: a concession and a time phrase are not content
    (
        "even_though",
        "Ana Ruiz said the plan would work, even though voters rejected it.",
        [("indirect", "the plan would work", "Ana Ruiz", "said")],
    ),
    (
        "time_phrase",
        "Hale said the other day that the plan was dead.",
        [("indirect", "the plan was dead.", "Hale", "said")],
    ),
    (
        "words_before_that",
        "He said multiple times that the deal had collapsed.",
        [("indirect", "the deal had collapsed.", "He", "said")],
    ),
    (
        "that_as_subject",
        "But Kratzer said that was more about his record.",
        [("indirect", "that was more about his record.", "Kratzer", "said")],
    ),
    (
        "addressee_then_never_to",
        "It is one of the reasons he tells users never to take drugs alone.",
        [("indirect", "never to take drugs alone.", "he", "tells")],
    ),
    (
        "assure_named_addressee",
        "She assured Walters her announcement would come soon.",
        [("indirect", "her announcement would come soon.", "She", "assured")],
    ),
    (
        "bare_collective_source",
        "Officers searched the home, where he was arrested, police said.",
        [("indirect", "Officers searched the home, where he was arrested", "police", "said")],
    ),
    ("aspect_not_speech", "The council began conducting a review of the contracts.", []),
    (
        "projecting_that",
        "CNN is projecting that she has won Kentucky.",
        [("indirect", "she has won Kentucky.", "CNN", "is projecting")],
    ),
    (
        "ruled_zero_that",
        "The court ruled he should be allowed to stay.",
        [("indirect", "he should be allowed to stay.", "The court", "ruled")],
    ),
    (
        "quantifier_subject",
        "Many pointed out in 2016 that the race was close.",
        [("indirect", "the race was close.", "Many", "pointed out")],
    ),
    (
        "encourage",
        "Sessions encouraged all Americans to thank the police.",
        [("indirect", "to thank the police.", "Sessions", "encouraged")],
    ),
    (
        "coordinated_asked_if",
        "The officer approached and asked if she could check the car.",
        [("indirect", "if she could check the car.", "The officer", "asked")],
    ),
    (
        "reported_after_a_quote",
        '"We will win," Ana Ruiz said, and the mayor said the vote was final.',
        [
            ("direct", '"We will win,"', "Ana Ruiz", "said"),
            ("indirect", "the vote was final.", "the mayor", "said"),
        ],
    ),
    # headlines
    (
        "headline_says",
        "Elizabeth Warren Says Nomination Was Rigged For Clinton",
        [("indirect", "Nomination Was Rigged For Clinton", "Elizabeth Warren", "Says")],
    ),
    (
        "headline_colon",
        "Steve Bannon: Firing Comey Was the Worst Mistake in History",
        [("indirect", "Firing Comey Was the Worst Mistake in History", "Steve Bannon", None)],
    ),
    ("headline_label", "UPDATE: Clinton Wins Kentucky Primary By Narrow Margin", []),
    # text robustness
    (
        "bom_before_quote",
        '\ufeff"We will win," the mayor said.',
        [("direct", '"We will win,"', "the mayor", "said")],
    ),
    (
        "zero_width_before_quote",
        "Intro.\n\u200b\u201cWe will win,\u201d Ana Ruiz said.",
        [("direct", "\u201cWe will win,\u201d", "Ana Ruiz", "said")],
    ),
    (
        "reversed_guillemets",
        "\u00bbWe will win\u00ab, Ana Ruiz said.",
        [("direct", "\u00bbWe will win\u00ab", "Ana Ruiz", "said")],
    ),
    (
        "nested_straight",
        '"He told me "no" twice," Patel said.',
        [("direct", '"He told me "no" twice,"', "Patel", "said")],
    ),
    (
        "typewriter_marks",
        "``We will win,'' the mayor said.",
        [("direct", "``We will win,''", "the mayor", "said")],
    ),
    (
        "lost_opening_mark",
        'We lost because we ran out of time," Ana Ruiz said.',
        [("direct", 'We lost because we ran out of time,"', "Ana Ruiz", "said")],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_segment_realnews_rule(name: str, text: str, expected: list[Row]) -> None:
    assert attributions(text) == expected


def test_segment_company_abbreviation_can_end_a_sentence() -> None:
    text = "The policies were sold by Quaker Oats Co. Both worked there, Ana Ruiz said."
    got = attributions(text)
    assert got == [("indirect", "Both worked there", "Ana Ruiz", "said")]


def test_segment_cr_only_line_endings_split_paragraphs() -> None:
    text = 'Intro line.\r"We will win," Ana Ruiz said.\rThe vote is Tuesday.'
    segs = segment(text)
    assert [s.paragraph for s in segs] == [0, 1, 1, 2]
    assert segs[1].speaker == "Ana Ruiz"


def test_segment_reported_speech_before_a_quote_in_the_same_sentence() -> None:
    text = 'Kent said she had a response: "You will not defeat us."'
    got = attributions(text)
    assert ("indirect", "she had a response", "Kent", "said") in got
    assert any(k == "direct" and c == '"You will not defeat us."' for k, c, _, _ in got)


def test_segment_continuation_quote_gets_the_continued_source() -> None:
    text = "\u201cWe will rebuild,\u201d said Ana Ruiz. \u201cIt will take years.\u201d"
    first, cont = (s for s in segment(text) if s.kind == "direct")
    assert cont.speaker == first.speaker == "Ana Ruiz"
    assert cont.source == first.source and cont.cue is None
