"""Stage 2: segments x targets -> pairs.

A target is something a speaker can take a stance toward (``"NATO"``, ``"war"``). It is
given as a plain string or as a :class:`~stancekit.records.Target` with aliases:
abbreviations, demonyms and adjectives (``Target("Russia", ("Russian", "Moscow"))``).

Mention finding follows these rules (see :func:`find_target_mentions`):

- case-insensitive and word-bounded (``"war"`` matches ``"War"`` and ``"anti-war"``, not
  ``"warning"``);
- a possessive is not part of the mention (``"Russia's"``, ``"Russians'"``, ``"Moscow’s"``);
- multi-word forms match across any whitespace (``"nuclear  weapons"``);
- a form ending in a lower-case word also matches its plural (``"negotiation"`` ->
  ``"negotiations"``);
- a form written entirely in capitals is an acronym and matches only in capitals (or,
  from three letters on, capitalised: ``"Nato"``), so ``"US"`` does not match ``"us"``;
- longer forms win over overlapping shorter ones (``"United States"`` over ``"States"``);
- scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) match
  character by character (``"战争"`` in ``"中方坚决反对战争。"``); a Korean form matches
  with particles attached (``"전쟁"`` in ``"전쟁을"``).

Every (segment, target) becomes a :class:`~stancekit.records.Pair` whose ``mentions`` are
relative to the segment text, so models can mark the target inside the text.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence

from stancekit.errors import InvalidInputError, expected_got
from stancekit.records import Mention, Pair, Segment, Span, Target
from stancekit.segmentation.context import statement_context
from stancekit.segmentation.text import paragraphs
from stancekit.textclean import unencodable_offsets

__all__ = [
    "as_targets",
    "find_mentions",
    "find_target_mentions",
    "make_pairs",
    "parse_target",
    "segment_mentions",
]

logger = logging.getLogger(__name__)

# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, Bopomofo,
# Han): a form starting or ending with one of their characters is matched character by
# character on that side, since the word boundary that ``\w`` implies does not exist.
_NO_SPACE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3100-\u312f"
    "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0003134f]"
)
# Hangul: words are space-separated but particles attach on the right (전쟁을), so only
# the end of a Korean form is matched without a boundary.
_SUFFIXED = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


@functools.lru_cache(maxsize=4096)
def _mention_plan(
    forms: tuple[str, ...], acronyms: bool, plurals: bool
) -> tuple[re.Pattern[str], list[re.Pattern[str]]] | None:
    """Compiled patterns of ``forms``, longest first, and a case-insensitive pre-filter."""
    patterns: list[re.Pattern[str]] = []
    bodies: list[str] = []
    for form in sorted({f.strip() for f in forms if f and f.strip()}, key=len, reverse=True):
        words = form.split()
        flags = re.IGNORECASE
        if acronyms and any(c.isupper() for c in form) and form.upper() == form:
            flags = re.RegexFlag(0)
            variants = [form]
            if len(form) >= 3 and " " not in form:
                variants.append(form.capitalize())
            body = "(?:" + "|".join(map(re.escape, variants)) + ")"
        else:
            body = r"\s+".join(map(re.escape, words))
            if plurals and words[-1].isalpha() and words[-1].islower():
                body += "(?:e?s)?"
        start = "" if _NO_SPACE.match(form[0]) else r"(?<!\w)"
        end = "" if _NO_SPACE.match(form[-1]) or _SUFFIXED.match(form[-1]) else r"(?!\w)"
        bodies.append(start + body + end)
        patterns.append(re.compile(start + body + end, flags))
    if not patterns:
        return None
    prefilter = re.compile("|".join(f"(?:{b})" for b in bodies), re.IGNORECASE)
    return prefilter, patterns


def find_mentions(
    text: str,
    forms: Iterable[str],
    *,
    acronyms: bool = False,
    plurals: bool = False,
) -> tuple[tuple[int, int], ...]:
    """Find case-insensitive, word-bounded mentions of any of ``forms`` in ``text``.

    Longer forms win over shorter ones that overlap them; a possessive ``'s`` is not
    part of the mention. Whitespace inside a multi-word form matches any whitespace.
    Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are
    matched character by character, Korean without a boundary after the form (particles
    attach to nouns).

    Args:
        text: The text to search.
        forms: The target's name and aliases.
        acronyms: When true, a form written entirely in capitals (``"US"``, ``"NATO"``)
            matches only in capitals (and, from three letters on, capitalised:
            ``"Nato"``), so ``"US"`` does not match the pronoun ``"us"``.
        plurals: When true, a form ending in a lower-case word also matches with a
            plural ``s``/``es`` (``"negotiation"`` matches ``"negotiations"``).

    Returns:
        Sorted, non-overlapping ``(start, end)`` offsets.

    Examples:
        >>> find_mentions("Russia's army and the Russian navy", ["Russia", "Russian"])
        ((0, 6), (22, 29))
        >>> find_mentions("Ask us about the US", ["US"], acronyms=True)
        ((17, 19),)
        >>> find_mentions("中方坚决反对战争。", ["战争"])
        ((6, 8),)
    """
    plan = _mention_plan(tuple(forms), acronyms, plurals)
    if plan is None or plan[0].search(text) is None:
        return ()
    found: list[tuple[int, int]] = []
    for pattern in plan[1]:
        for m in pattern.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e in found):
                found.append((m.start(), m.end()))
    return tuple(sorted(found))


def as_targets(targets: object) -> tuple[Target, ...]:
    """Normalise what users pass as targets into a tuple of :class:`Target`.

    Args:
        targets: A string, a :class:`Target`, or a non-empty sequence of them. A string is
            taken literally as the target's name (the ``"Name=alias,alias"`` syntax belongs
            to the command line; see :func:`parse_target`).

    Returns:
        The targets, in the given order, without repeats.

    Raises:
        InvalidInputError: For an empty sequence, an item that is neither a string nor a
            :class:`Target`, or two different targets with the same name.

    Examples:
        >>> [t.name for t in as_targets(["NATO", Target("Russia", ("Moscow",))])]
        ['NATO', 'Russia']
        >>> as_targets("war")[0].aliases
        ()
    """
    if isinstance(targets, str | Target):
        items: list[object] = [targets]
    elif isinstance(targets, Iterable) and not isinstance(targets, bytes | dict):
        items = list(targets)
    else:
        raise InvalidInputError(
            expected_got(
                "targets",
                "a str, a Target, or a list of them",
                targets,
                'Pass e.g. targets=["NATO", Target("Russia", aliases=("Moscow",))].',
            )
        )
    if not items:
        raise InvalidInputError(
            expected_got("targets", "at least one target", targets, 'Pass e.g. ["NATO"].')
        )
    out: dict[str, Target] = {}
    for i, item in enumerate(items):
        if isinstance(item, str):
            if not item.strip():
                raise InvalidInputError(expected_got(f"targets[{i}]", "a non-empty str", item))
            target = Target(item.strip())
        elif isinstance(item, Target):
            target = item
        else:
            raise InvalidInputError(
                expected_got(f"targets[{i}]", "a str or a stancekit.Target", item)
            )
        bad = [f for f in target.forms if unencodable_offsets(f)]
        if bad:
            raise InvalidInputError(
                expected_got(
                    f"targets[{i}]",
                    "names and aliases UTF-8 can encode",
                    bad[0],
                    "It holds a lone surrogate (a broken decode); write the name as text.",
                )
            )
        previous = out.get(target.name)
        if previous is not None and previous != target:
            raise InvalidInputError(
                expected_got(
                    f"targets[{i}]",
                    "target names to be unique",
                    target,
                    f"{previous!r} has the same name; merge their aliases into one Target.",
                )
            )
        out[target.name] = target
    return tuple(out.values())


def parse_target(spec: str) -> Target:
    """Parse the command line's ``NAME[=alias,alias,...]`` syntax.

    Args:
        spec: ``"NATO"`` or ``"United States=USA,US,Washington"``.

    Returns:
        The target.

    Raises:
        InvalidInputError: When the name or an alias is empty.

    Examples:
        >>> parse_target("United States=USA, US")
        Target(name='United States', aliases=('USA', 'US'))
    """
    if not isinstance(spec, str):
        raise InvalidInputError(expected_got("target spec", "a str NAME[=alias,...]", spec))
    name, sep, rest = spec.partition("=")
    aliases = tuple(a.strip() for a in rest.split(",")) if sep else ()
    if not name.strip() or any(not a for a in aliases):
        raise InvalidInputError(
            expected_got(
                "--target",
                "NAME or NAME=alias,alias with no empty parts",
                spec,
                'Write e.g. --target "United States=USA,US,Washington".',
            )
        )
    return Target(name.strip(), aliases=aliases)


def find_target_mentions(text: str, target: Target, *, offset: int = 0) -> tuple[Mention, ...]:
    """Find where ``text`` mentions ``target`` by its name or any alias.

    Args:
        text: The text to search (an article or one segment of it).
        target: The target.
        offset: Added to every offset, e.g. the segment's start to get article offsets.

    Returns:
        Sorted, non-overlapping mentions.

    Examples:
        >>> m = find_target_mentions("Talks with the US", Target("United States", ("US",)))
        >>> (m[0].start, m[0].end)
        (15, 17)
    """
    spans = find_mentions(text, target.forms, acronyms=True, plurals=True)
    return tuple(Mention(target.name, s + offset, e + offset) for s, e in spans)


def segment_mentions(
    segments: Sequence[Segment], targets: Sequence[Target]
) -> list[tuple[Mention, ...]]:
    """List, for each segment, the mentions of every target it contains (article offsets).

    Args:
        segments: The article's segments.
        targets: The targets.

    Returns:
        One tuple per segment, sorted by position.

    Examples:
        >>> seg = Segment("NATO and Russia", 10, 25, "narration")
        >>> [m.target for m in segment_mentions([seg], as_targets(["Russia", "NATO"]))[0]]
        ['NATO', 'Russia']
    """
    out: list[tuple[Mention, ...]] = []
    for seg in segments:
        found = [m for t in targets for m in find_target_mentions(seg.text, t, offset=seg.start)]
        out.append(tuple(sorted(found, key=lambda m: (m.start, m.end, m.target))))
    return out


def make_pairs(
    segments: Sequence[Segment],
    targets: Sequence[Target],
    *,
    article: int = 0,
    skip_excluded: bool = True,
    text: str | None = None,
) -> list[Pair]:
    """Build one :class:`Pair` per (segment, target), segment-major.

    Args:
        segments: The article's segments; ``Pair.segment`` is the index in this list.
        targets: The targets (see :func:`as_targets`).
        article: Stored in ``Pair.article``.
        skip_excluded: Leave out boilerplate segments (``excluded=True``: bylines,
            datelines, "Read more" lines, author bios), which carry nobody's stance.
        text: The article. When given, each pair carries its segment's ``context``
            (attribution frame, headline, text before; see
            :func:`stancekit.segmentation.context.statement_context`), for models that
            read context; when None, ``context`` is empty.

    Returns:
        The pairs; ``mentions`` are relative to the pair's text.

    Examples:
        >>> seg = Segment("We reject NATO.", 0, 15, "direct", speaker="A")
        >>> make_pairs([seg], as_targets(["NATO", "war"]))[0].mentions
        (Span(start=10, end=14),)
    """
    pairs: list[Pair] = []
    paras = None if text is None else paragraphs(text)
    for i, seg in enumerate(segments):
        if skip_excluded and seg.excluded:
            continue
        context = ""
        if text is not None:
            context = statement_context(
                text,
                [(seg.start, seg.end)],
                source=None if seg.source is None else (seg.source.start, seg.source.end),
                cue=None if seg.cue is None else (seg.cue.start, seg.cue.end),
                paras=paras,
            )
        for target in targets:
            spans = find_mentions(seg.text, target.forms, acronyms=True, plurals=True)
            pairs.append(
                Pair(
                    segment=i,
                    target=target.name,
                    text=seg.text,
                    mentions=tuple(Span(s, e) for s, e in spans),
                    article=article,
                    context=context,
                )
            )
    logger.debug("built %d pairs from %d segments", len(pairs), len(segments))
    return pairs
