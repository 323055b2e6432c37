"""Shared fixtures: a short two-speaker article, targets, and gold labels."""

from __future__ import annotations

import pytest

TWO_SPEAKER_ARTICLE = (
    "Mayor backs new bridge as council balks\n"
    "\n"
    "By Jane Roe, Staff Writer\n"
    "\n"
    "Mayor Ana Ruiz said on Monday that the new bridge would be finished by spring. "
    '"We will not wait another decade for this bridge," Ruiz said. "The river does not wait."\n'
    "\n"
    "Council member Tom Hale disagreed. He told reporters the bridge was far too expensive. "
    '"This bridge is a waste of money," he said.\n'
    "\n"
    "The council will vote on the plan next week.\n"
)


@pytest.fixture
def two_speaker_article() -> str:
    return TWO_SPEAKER_ARTICLE


@pytest.fixture
def bridge_targets() -> list[str]:
    return ["bridge", "council"]
