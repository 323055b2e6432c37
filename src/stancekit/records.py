"""Frozen records passed between the stages.

The data flow is::

    article text --segment()--> Segment --targets--> Pair --models--> StanceScore
        --aggregate--> SpeakerStance

Every record carries character offsets into the article, so every claim can be traced
back to the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from stancekit.errors import InvalidInputError, expected_got

__all__ = [
    "AUTHOR",
    "KINDS",
    "Kind",
    "Mention",
    "Pair",
    "Segment",
    "Span",
    "SpeakerStance",
    "StanceScore",
    "Target",
]

Kind = Literal["direct", "indirect", "mixed", "narration"]
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "narration")

#: The speaker name used for the author's own narration when aggregating.
AUTHOR = "(author)"


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` of the article.

    Examples:
        >>> Span(4, 8).slice("The minister said")
        'mini'
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise InvalidInputError(expected_got("Span", "int offsets", (self.start, self.end)))
        if not 0 <= self.start <= self.end:
            raise InvalidInputError(
                expected_got("Span", "0 <= start <= end", (self.start, self.end))
            )

    def slice(self, text: str) -> str:
        """Return ``text[start:end]``."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Segment:
    """One speaker-attributed piece of an article.

    Attributes:
        text: The content, equal to ``article[start:end]``.
        start: Start offset of the content in the article.
        end: End offset (exclusive).
        kind: ``"direct"`` (quoted words), ``"indirect"`` (reported speech), ``"mixed"``
            (reported speech with quoted fragments) or ``"narration"`` (the author).
        speaker: Canonical speaker name (``"Alexander Lukashenko"``), or ``None`` when
            unknown and for narration.
        source: Span of the mention naming the speaker in this attribution ("he",
            "the minister"), or ``None``.
        cue: Span of the reporting expression ("said", "according to"), or ``None``.
        paragraph: 0-based paragraph index (paragraphs are separated by blank lines or
            single newlines).
        confidence: How sure the segmenter is of the attribution, in ``[0, 1]``.
        attribution: Segments of one attribution (a quote split around its cue, a
            multi-paragraph quote) share this id; ``None`` for narration.
        attitude: The cue is an attitude verb (believe, fear, hope): a holder's belief,
            not speech.
        hedged: Narration with an evidential hedge ("reportedly", "it is believed").
        excluded: Boilerplate that carries no one's stance (byline, dateline, "Read more",
            "Source:" lines, author bios); always narration.
    """

    text: str
    start: int
    end: int
    kind: Kind
    speaker: str | None = None
    source: Span | None = None
    cue: Span | None = None
    paragraph: int = 0
    confidence: float = 1.0
    attribution: int | None = None
    attitude: bool = False
    hedged: bool = False
    excluded: bool = False

    @property
    def span(self) -> Span:
        """The content span."""
        return Span(self.start, self.end)

    @property
    def is_attributed(self) -> bool:
        """Whether the segment is somebody's speech rather than the author's narration."""
        return self.kind != "narration"


@dataclass(frozen=True)
class Target:
    """Something a speaker can take a stance toward, with the names it goes by.

    Attributes:
        name: The canonical name, used in outputs and as the model's target text.
        aliases: Other names, abbreviations and adjectives that mention the target
            (``("USA", "US", "Washington", "American")``).

    Examples:
        >>> Target("United States", aliases=("USA", "Washington")).forms
        ('United States', 'USA', 'Washington')
    """

    name: str
    aliases: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise InvalidInputError(expected_got("Target.name", "a non-empty str", self.name))
        aliases = self.aliases
        if isinstance(aliases, str):
            raise InvalidInputError(
                expected_got(
                    "Target.aliases",
                    "a tuple of str",
                    aliases,
                    f"Write aliases=({aliases!r},) with a trailing comma.",
                )
            )
        aliases = tuple(aliases)
        for a in aliases:
            if not isinstance(a, str) or not a.strip():
                raise InvalidInputError(expected_got("Target.aliases item", "a non-empty str", a))
        object.__setattr__(self, "aliases", aliases)

    @property
    def forms(self) -> tuple[str, ...]:
        """The name followed by the aliases, without duplicates."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))


@dataclass(frozen=True)
class Mention:
    """Where a segment mentions a target (article offsets)."""

    target: str
    start: int
    end: int


@dataclass(frozen=True)
class Pair:
    """A (segment, target) pair to score.

    Attributes:
        segment: Index of the segment in the article's segment list.
        target: The target's canonical name.
        text: The text the model reads (the segment content).
        mentions: Offsets of the target's mentions *relative to* ``text``.
        article: Index of the article when several are analysed together.
        context: What a reader has around the segment (attribution frame, headline,
            text before), for models that read context; empty when not built.
    """

    segment: int
    target: str
    text: str
    mentions: tuple[Span, ...] = ()
    article: int = 0
    context: str = ""

    @property
    def mentioned(self) -> bool:
        """Whether the segment mentions the target explicitly."""
        return bool(self.mentions)


@dataclass(frozen=True)
class StanceScore:
    """Model output for one pair.

    Attributes:
        pair: The scored pair.
        stance: Probabilities in the order ``("against", "none", "favor")``.
        sentiment: Probabilities in the order ``("negative", "neutral", "positive")``, or
            ``None`` when sentiment was not requested.
    """

    pair: Pair
    stance: tuple[float, float, float]
    sentiment: tuple[float, float, float] | None = None


@dataclass(frozen=True)
class SpeakerStance:
    """A speaker's aggregated stance toward a target.

    Attributes:
        speaker: The speaker (``"(author)"`` for narration).
        target: The target's canonical name.
        stance: ``"against"``, ``"none"`` or ``"favor"``.
        score: Confidence-weighted mean of ``P(favor) - P(against)``, in ``[-1, 1]``.
        ci_low: Lower end of the 95 % bootstrap interval of ``score``.
        ci_high: Upper end of the interval.
        n_segments: Number of relevant segments.
        evidence: Indices of the supporting segments.
    """

    speaker: str
    target: str
    stance: str
    score: float
    ci_low: float
    ci_high: float
    n_segments: int
    evidence: tuple[int, ...]
