"""Lone-name speakers and short reported clauses, on fixtures written for these tests."""

from __future__ import annotations

import pytest

from stancekit.records import Segment
from stancekit.segmentation import segment


def attributed(segs: list[Segment]) -> list[Segment]:
    return [s for s in segs if s.kind != "narration"]


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        ("Brooks said the ferry would resume sailing in June.", "indirect", "Brooks"),
        ('"We lost the vote," said Brooks.', "direct", "Brooks"),
        ('"We lost the vote," Adams said.', "direct", "Adams"),
        ("Okonkwo warned that the levee could fail.", "indirect", "Okonkwo"),
        ("Kestria said the border would stay closed.", "indirect", "Kestria"),
        # a fuller name in the article still wins over the lone surname
        (
            "Marta Brooks, the harbour master, inspected the pier. "
            "Brooks said the ferry would resume sailing in June.",
            "indirect",
            "Marta Brooks",
        ),
        # plural common nouns at the start of a sentence stay unresolved
        ("Officials said the ferry would resume sailing in June.", "indirect", None),
        ("Economists warned that prices would rise again.", "indirect", None),
        ("Residents said the water tasted of rust.", "indirect", None),
    ],
)
def test_segment_lone_capitalised_subject_is_speaker(
    text: str, kind: str, speaker: str | None
) -> None:
    att = attributed(segment(text))
    assert [s.kind for s in att] == [kind]
    assert att[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Lena Voss said it works.", "it works.", "Lena Voss"),
        ("Lena said it works.", "it works.", "Lena"),
        ("The mayor insisted they lied.", "they lied.", None),
        ("Lena Voss said that prices fell.", "prices fell.", "Lena Voss"),
        ("Voss said Ortega resigned.", "Ortega resigned.", "Voss"),
        ("Lena Voss said she would resign.", "she would resign.", "Lena Voss"),
    ],
)
def test_segment_short_reported_clause(text: str, content: str, speaker: str | None) -> None:
    att = attributed(segment(text))
    assert [(s.kind, s.text, s.speaker) for s in att] == [("indirect", content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "That said, it works.",  # B14
        "That said, prices fell.",  # B14
        "Voss said nothing about it.",  # B14
        "The said parcel was sold.",  # B14
        "Told to wait, he left.",  # B14
        "Voss said yes.",  # one word is no clause
        "Voss said so.",
        "The priest said a prayer.",  # a two-word object, not a clause
        "The crowd said thank you.",
        "They said their goodbyes.",
        "Voss denied it again.",
        "Voss posted it online.",
        "The mayor said it herself.",
        "Voss said it Tuesday.",
    ],
)
def test_segment_short_non_clause_stays_narration(text: str) -> None:
    assert attributed(segment(text)) == []
