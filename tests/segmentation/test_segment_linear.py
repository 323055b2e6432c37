"""Linear time on any input: per-quote, per-sentence and per-clause work stays local."""

from __future__ import annotations

import time
import warnings

import pytest

from stancekit import segment
from stancekit.errors import UnbalancedQuoteWarning

#: Inputs that used to be quadratic (or, for the chained clauses, overflowed the stack).
PATHOLOGICAL = {
    "curly_quotes_one_paragraph": "\u201ca\u201d ",
    "straight_quotes_one_paragraph": '"a" ',
    "quoted_sentences_one_paragraph": '"We win," he said. ',
    "split_quotes": "\u201cQ1,\u201d said X. \u201cQ2.\u201d ",
    "quote_cue_quote": "\u201ca\u201d said \u201cb\u201d ",
    "chained_reported_clauses": "He said that ",
    "semicolons": "a; ",
}


def _cpu(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnbalancedQuoteWarning)
            segment(text)
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_segment_time_grows_linearly(name: str) -> None:
    unit = PATHOLOGICAL[name]
    small = _cpu(unit * 1500)
    large = _cpu(unit * 6000)
    # 4x the input: linear gives ~4x, quadratic 16x; the bound leaves room for noise.
    assert large <= 9 * max(small, 0.004), (name, small, large)


def test_segment_quote_dense_text_is_fast() -> None:
    t0 = time.process_time()
    segs = segment("\u201ca\u201d " * 8000)
    assert time.process_time() - t0 < 2.0
    assert segs and segs[-1].end <= len("\u201ca\u201d " * 8000)


def test_segment_long_chain_of_reported_clauses_does_not_overflow() -> None:
    text = "He said that " * 5000 + "it rained."
    segs = segment(text)
    assert "".join(s.text for s in segs).replace(" ", "") == text.replace(" ", "")
