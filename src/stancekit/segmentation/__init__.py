"""Stage 1: article text -> speaker-attributed segments.

The package is split by what each part does:

* :mod:`~stancekit.segmentation.text`: paragraphs, sentences, tokens;
* :mod:`~stancekit.segmentation.boilerplate`: bylines, datelines, link lines, bios,
  HTML embeds;
* :mod:`~stancekit.segmentation.quotes`: typographic quotation finding and the
  paragraph rule for unbalanced marks;
* :mod:`~stancekit.segmentation.cues`: reporting and attitude verb lexicons;
* :mod:`~stancekit.segmentation.names` / :mod:`~stancekit.segmentation.sources`:
  proper names, and the speaker noun phrase next to a cue;
* :mod:`~stancekit.segmentation.resolve`: aliases, pronouns, roles, organisations;
* :mod:`~stancekit.segmentation.direct`, :mod:`~stancekit.segmentation.indirect`,
  :mod:`~stancekit.segmentation.complements` (where content starts after a cue),
  :mod:`~stancekit.segmentation.parenthetical`, :mod:`~stancekit.segmentation.nominal`
  (noun cues, ``who said`` sources), :mod:`~stancekit.segmentation.speech_acts`
  (``condemned the attack``) and :mod:`~stancekit.segmentation.headlines`: the
  attribution rules;
  :mod:`~stancekit.segmentation.sentence_pass` applies them sentence by sentence and
  :mod:`~stancekit.segmentation.rules` runs the whole pipeline;
* :mod:`~stancekit.segmentation.narration`: segments, with narration filling the rest.
"""

from __future__ import annotations

import gc
import logging
import warnings
from typing import TYPE_CHECKING

from stancekit.errors import InvalidInputError, UnbalancedQuoteWarning, expected_got
from stancekit.records import Segment
from stancekit.segmentation.narration import build_segments
from stancekit.segmentation.rules import analyse
from stancekit.textclean import clean_text

if TYPE_CHECKING:
    from stancekit.segmentation.tagger import SpanTagger

__all__ = ["BACKENDS", "segment"]

logger = logging.getLogger(__name__)

#: Available backends: the rules (default), the learned span tagger alone, or both (the
#: tagger fills sentences the rules leave unattributed). See :func:`segment`.
BACKENDS: tuple[str, ...] = ("rules", "tagger", "both")

#: Inputs longer than this run with the cyclic garbage collector paused.
_PAUSE_GC_CHARS = 1_000_000


def segment(
    text: str, *, backend: str = "rules", tagger: SpanTagger | None = None
) -> list[Segment]:
    """Split an article into speaker-attributed segments.

    Segments come in text order, never overlap, satisfy
    ``text[seg.start:seg.end] == seg.text`` and together cover every non-whitespace
    character. Quotations (with their marks), reported speech and mixed quotes carry
    a speaker, the source mention and the cue; the rest is the author's narration,
    split into sentences. Bylines, datelines, link lines and author bios are narration
    with ``excluded=True``.

    Characters UTF-8 cannot encode (lone surrogates) are replaced by U+FFFD, one for
    one, with an :class:`~stancekit.errors.UnencodableTextWarning` (see
    :mod:`stancekit.textclean`); the segments' text then holds U+FFFD there.

    Unbalanced quotation marks are recovered by the paragraph rule described in
    :mod:`stancekit.segmentation.quotes`, with one :class:`UnbalancedQuoteWarning` per
    call.

    Args:
        text: The article: headline, byline and body, paragraphs separated by newlines.
        backend: ``"rules"`` (pure Python, linear time, the default); ``"tagger"`` (a
            MiniLM token tagger, :mod:`stancekit.segmentation.tagger`, finds content,
            source and cue spans in every sentence; the rules still find paragraphs,
            boilerplate and quotations and resolve each source to a speaker); ``"both"``
            (the rules first, the tagger only in paragraphs where they left a sentence
            unattributed). The learned backends need torch and are about 75x
            (``"both"``) and 100x (``"tagger"``) slower than the rules; on our real-news
            dev sets ``"both"`` finds a little more than the rules (``docs/benchmarks.md``).
        tagger: The span tagger for ``"tagger"``/``"both"`` (default: the packaged one,
            loaded once per process); ignored by ``"rules"``.

    Returns:
        The segments; an empty list for empty or whitespace-only text.

    Raises:
        InvalidInputError: ``text`` is not a ``str``, ``backend`` is unknown, or
            ``tagger`` is not a span tagger.
        MissingDependencyError: A learned backend was asked for, and no tagger was given
            and none is packaged, or torch / the base encoder is missing.

    Examples:
        >>> segs = segment('"The river is rising," Okafor said.')
        >>> [(s.kind, s.text, s.speaker) for s in segs]
        [('direct', '"The river is rising,"', 'Okafor'), ('narration', 'Okafor said.', None)]
    """
    if not isinstance(text, str):
        raise InvalidInputError(
            expected_got("text", "a str", text, "Pass the article text, e.g. open(path).read().")
        )
    if backend not in BACKENDS:
        raise InvalidInputError(
            expected_got(
                "backend",
                f"one of {BACKENDS}",
                backend,
                "Use 'rules' (the default), 'tagger' or 'both'.",
            )
        )
    if tagger is not None and not callable(getattr(tagger, "tag", None)):
        raise InvalidInputError(
            expected_got(
                "tagger",
                "a SpanTagger (stancekit.segmentation.tagger)",
                tagger,
                "Load one with SpanTagger.from_pretrained(folder), or pass None.",
            )
        )
    text = clean_text(text, stacklevel=2)  # lone surrogates -> U+FFFD, same offsets
    if not text.strip():
        return []
    # The passes build no reference cycles, so for long inputs the cyclic garbage
    # collector only rescans a growing heap; pausing it keeps the run linear.
    pause = len(text) > _PAUSE_GC_CHARS and gc.isenabled()
    if pause:
        gc.disable()
    try:
        an = analyse(text) if backend != "tagger" else None
        if backend != "rules":
            if tagger is None:
                from stancekit.segmentation.tagger import load_default_tagger

                tagger = load_default_tagger()
            # "both" reads only the paragraphs where the rules left a sentence unattributed
            spans = None
            if an is not None:
                spans = [(p.start, p.end) for p in an.paragraphs if p.index in an.gaps]
            if spans is None or spans:
                an = analyse(text, mode=backend, tagged=tagger.tag(text, spans))
        assert an is not None
        segs = build_segments(text, an)
    finally:
        if pause:
            gc.enable()
    if an.problems:
        logger.debug("quote recoveries: %s", an.problems)
        warnings.warn(
            f"{len(an.problems)} quotation mark(s) did not pair up ({an.problems[0]}); "
            "an opening mark left open at the end of a paragraph was closed there, and "
            "closing marks without an opening mark were ignored (a paragraph's first mark "
            "after sentence punctuation closes a quotation opened at the paragraph start).",
            UnbalancedQuoteWarning,
            stacklevel=2,
        )
    return segs
