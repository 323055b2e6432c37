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
