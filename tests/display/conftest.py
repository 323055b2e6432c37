"""Analyses to render: the two-speaker article and a hostile one, on a tiny fitted baseline."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

import stancekit
from stancekit.records import Target

TRAIN = [
    ("the new bridge would be finished by spring", "bridge", "favor"),
    ("We will not wait another decade for this bridge,", "bridge", "favor"),
    ("The bridge is a great plan for the city", "bridge", "favor"),
    ("the bridge was far too expensive", "bridge", "against"),
    ("This bridge is a waste of money,", "bridge", "against"),
    ("We reject this bridge and its costs", "bridge", "against"),
    ("Council member Tom Hale disagreed.", "council", "none"),
    ("The council will vote on the plan next week.", "council", "none"),
    ("Mayor backs new bridge as council balks", "council", "against"),
    ("The council will vote on the plan next week.", "bridge", "none"),
]

#: Markup and script in the article text, a target name and a speaker name: all must show
#: as text, and nothing may run.
HOSTILE_ARTICLE = (
    "Mayor backs bridge <script>window.__pwned = 1; document.title = 'pwned';</script>\n"
    "\n"
    '"The bridge is a great plan for the city," Mayor Ana Ruiz said.\n'
    "\n"
    "Council member Tom Hale said the bridge was a waste of money. "
    '"We reject this bridge and its costs," he said.\n'
    "\n"
    "A reader wrote about the <b>bridge</b> & its costs: <img src=x onerror=window.__pwned=2>"
    " and left.\n"
    "\n"
    "The council will vote next week. </div></span><style>body{display:none}</style>\n"
)
HOSTILE_TARGETS = [Target("bridge"), Target('council <i onmouseover="x">', aliases=("council",))]


@pytest.fixture(scope="package")
def stance_model() -> Any:
    frame = pd.DataFrame(TRAIN, columns=["text", "target", "stance"])
    clf = stancekit.BaselineStanceClassifier(task="stance", calibrate=False, min_df=1, C=100.0)
    return clf.fit(frame[["text", "target"]], frame["stance"])


@pytest.fixture(scope="package")
def hostile(stance_model: Any) -> Any:
    return stancekit.analyze(
        HOSTILE_ARTICLE, HOSTILE_TARGETS, model=stance_model, sentiment=False, score="all"
    )


@pytest.fixture(scope="package")
def bridge(stance_model: Any) -> Any:
    from tests.conftest import TWO_SPEAKER_ARTICLE

    return stancekit.analyze(
        TWO_SPEAKER_ARTICLE, ["bridge", "council"], model=stance_model, sentiment=False
    )
