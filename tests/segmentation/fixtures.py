"""News-style fixtures for the segmenter, written for these tests (not from any data set)."""

from __future__ import annotations

import warnings

from stancekit import segment
from stancekit.errors import UnbalancedQuoteWarning

DEPOT = (
    "Depot stays open for now\n"
    "\n"
    "By Jane Roe, Staff Writer\n"
    "\n"
    'PORT ELLIS — "We are not closing the depot tonight," Council President Alan Mercer '
    'said. "Nothing is decided."\n'
    "\n"
    'Mercer said the council would vote again in March. "I want the real numbers first," '
    "he added.\n"
    "\n"
    "Sources: Port Ellis Ledger, City Wire\n"
)

MULTI_PARAGRAPH = (
    "The engineer laid out the plan on Tuesday.\n"
    "\n"
    '"First, we stop the leak at the north wall.\n'
    "\n"
    '"Then we rebuild the pumps," said Dana Whitfield, the city engineer.\n'
)

LUKASHENKO_ROLE = (
    "Alexander Lukashenko, the long-time president of Belarus, met officials in Minsk. "
    "The president said the talks would continue next week. "
    "President Lukashenko warned that sanctions would fail."
)

BOILERPLATE = (
    "Council weighs new budget\n"
    "\n"
    "The council met on Monday to discuss the budget.\n"
    "\n"
    '» Read more: "Council votes tonight\n'
    "\n"
    "The vote is expected next week.\n"
    "\n"
    "Source: City Wire\n"
    "\n"
    "Jane Roe is a staff writer who covers city hall for the Ledger.\n"
)


Row = tuple[str, str, str | None, str | None]


def attributions(text: str) -> list[Row]:
    """``(kind, content, source, cue)`` of each attributed segment."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnbalancedQuoteWarning)
        segs = segment(text)
    return [
        (
            s.kind,
            s.text,
            text[s.source.start : s.source.end] if s.source else None,
            text[s.cue.start : s.cue.end] if s.cue else None,
        )
        for s in segs
        if s.attribution is not None
    ]
