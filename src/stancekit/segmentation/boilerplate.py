"""Boilerplate lines that carry nobody's stance: bylines, datelines, link lines, bios.

Each rule looks at one paragraph (one line) and anchors at its start, so the whole
pass is linear. Excluded text becomes narration with ``excluded=True``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from stancekit.segmentation.text import Paragraph

__all__ = ["Boilerplate", "Embed", "classify_paragraphs"]

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:de|van|von|da|di|la|le|bin|al)?\s*[A-Z][\w.'’-]*){0,3}"
_BYLINE = re.compile(rf"(?:By|BY)\s+(?P<name>{_NAME})\s*(?:$|[,|/–—-])")
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,40})?(?:\s*\([^()\n]{1,60}\))?\s*(?:—|–|--|-)\s"
)
_WHOLE_LINE = re.compile(
    r"(?:[»>•*▶►]\s*)?(?:read more|related|see also|also read|more on this|watch|listen)\s*[:»]"
    r"|sources?\s*:"
    r"|\[\s*(?:photo|image|video|caption|graphic|picture)\b"
    r"|(?:photo|image|caption|pictured)\s*:"
    r"|editor['’]s note"
    r"|this (?:interview|story|article|report) (?:has been|was) "
    r"(?:edited|updated|corrected|condensed)"
    r"|(?:copyright|©|\(c\))\s"
    r"|follow (?:us|him|her|them) on\b",
    re.IGNORECASE,
)
_BIO = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:is|was|has been)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,5}(?:author|writer|journalist|reporter|correspondent|editor|columnist|"
    r"contributor|freelancer|blogger)\b"
)
_TAG = re.compile(r"<[^<>\n]{0,400}>")
_P_INNER = re.compile(r"<p\b[^<>]{0,200}>([^<]{1,5000})</p>")
_SIGNATURE = re.compile(rf"(?:—|–|&mdash;|&ndash;|-)\s*(?P<name>{_NAME})\s*\(@\w+\)")


@dataclass(frozen=True)
class Embed:
    """A post embedded as HTML (A15): its text and its author."""

    content: tuple[int, int]
    name: str | None
    name_span: tuple[int, int] | None


@dataclass
class Boilerplate:
    """What the boilerplate pass found.

    Attributes:
        excluded: ``(start, end)`` spans to leave as excluded narration.
        skip: Paragraph indices that are not scanned for quotes or speech.
        embeds: Embedded posts.
        byline: The byline's name, when there is one (the author, C12).
    """

    excluded: list[tuple[int, int]] = field(default_factory=list)
    skip: set[int] = field(default_factory=set)
    embeds: list[Embed] = field(default_factory=list)
    byline: str | None = None


def _html(text: str, para: Paragraph, out: Boilerplate) -> None:
    out.skip.add(para.index)
    inner = _P_INNER.search(text, para.start, para.end)
    pos = para.start
    if inner is not None:
        s, e = inner.span(1)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        sig = _SIGNATURE.search(text, inner.end(1), para.end)
        name = sig.group("name").strip() if sig else None
        span = sig.span("name") if sig else None
        if s < e:
            out.excluded.append((para.start, s))
            out.embeds.append(Embed((s, e), name, span))
            pos = e
    out.excluded.append((pos, para.end))


def classify_paragraphs(text: str, paras: list[Paragraph]) -> Boilerplate:
    """Find boilerplate in the article's paragraphs.

    Args:
        text: The article.
        paras: Its paragraphs.

    Returns:
        The excluded spans, the paragraphs to skip, HTML embeds and the byline name.
    """
    out = Boilerplate()
    n = len(paras)
    for k, para in enumerate(paras):
        line = text[para.start : para.end]
        if "<" in line and _TAG.search(line):
            _html(text, para, out)
            continue
        by = _BYLINE.match(line)
        if by and len(line) < 120 and k < 6:
            out.excluded.append((para.start, para.end))
            out.skip.add(para.index)
            if out.byline is None:
                out.byline = by.group("name").strip()
            continue
        if _WHOLE_LINE.match(line) or (k >= n - 3 and _BIO.match(line) and k > 0):
            out.excluded.append((para.start, para.end))
            out.skip.add(para.index)
            continue
        if (
            k > 0
            and len(line) <= 60
            and line.upper() == line
            and any(c.isalpha() for c in line)
            and len(line.split()) <= 6
        ):
            out.excluded.append((para.start, para.end))  # a sidebar header: WHAT THEY SAID
            out.skip.add(para.index)
            continue
        if k > 0:
            dl = _DATELINE.match(line)
            if dl and any(c.isalpha() for c in dl.group()) and dl.group()[:3].isupper():
                end = para.start + dl.end()
                while end > para.start and text[end - 1].isspace():
                    end -= 1
                out.excluded.append((para.start, end))
    return out
