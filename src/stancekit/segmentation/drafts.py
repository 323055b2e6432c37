"""Mutable attribution drafts built by the rules before they become segments."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Draft", "Reported", "SentenceInfo"]


@dataclass
class Draft:
    """An attribution under construction.

    Attributes:
        kind: ``"direct"``, ``"indirect"`` or ``"mixed"``.
        spans: Content spans (for direct quotes, the marks are included).
        paragraphs: Paragraph index of each span.
        source: Span of the speaker mention, if any.
        cue: Span of the reporting expression, if any.
        speaker: Resolved speaker name, if any.
        confidence: In ``[0, 1]``.
        attitude: An attitude verb (believe, fear, hope) rather than speech.
        via: Resolved speaker who reports this attribution (nested speech, ``X said Y
            told him C``), if any.
    """

    kind: str
    spans: list[tuple[int, int]]
    paragraphs: list[int]
    source: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    speaker: str | None = None
    confidence: float = 0.8
    attitude: bool = False
    via: str | None = None


@dataclass
class SentenceInfo:
    """What later sentences need to know about an earlier one.

    Attributes:
        paragraph: Paragraph index.
        speaker: Speaker of the sentence's last attribution (``None`` if none or
            unknown).
        attributed: Whether the sentence holds an attribution.
        subject: ``(name, span)`` of a person named at the start of the sentence.
        colon: The sentence ends with a colon (a quote introduction, A10).
        intro: ``(speaker, source span)`` of a closing ``NP CUE:`` introduction.
        intro_cue: The cue span of that introduction.
        source: Source span of the sentence's last attribution: a cue-less
            continuation quote (C9) in the next sentence gets it.
    """

    paragraph: int
    speaker: str | None = None
    attributed: bool = False
    subject: tuple[str, tuple[int, int]] | None = None
    colon: bool = False
    intro: tuple[str | None, tuple[int, int] | None] | None = None
    intro_cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None


@dataclass(frozen=True)
class Reported:
    """One reported-speech match.

    Attributes:
        source: Token range of the speaker phrase, or ``None``.
        cue: Character span of the cue.
        content: Character spans of the content, in order.
        attitude: The cue is an attitude verb.
        via: Token range of the outer speaker's phrase when this attribution is
            reported inside another one (``Baxter said Gomez told him C``).
    """

    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: list[tuple[int, int]]
    attitude: bool = False
    via: tuple[int, int] | None = None
