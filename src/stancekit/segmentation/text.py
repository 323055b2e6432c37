"""Paragraphs, sentences and word tokens of an article, with character offsets.

Everything here is linear in the length of the text: one pass of a simple regular
expression per paragraph, no backtracking over nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

__all__ = [
    "ABBREVIATIONS",
    "INVISIBLE",
    "Paragraph",
    "Tok",
    "is_cap",
    "paragraphs",
    "sentence_bounds",
    "tokenize",
    "words",
]

# One group per token kind: word, masked quotation, punctuation (``Tok.kind``).
_TOK = re.compile(r"(\w+(?:[-'’.&]\w+)*(?:(?<=s)['’](?=\s))?)|(\x00+)|([^\w\s])")
_KINDS = ("", "w", "q", "p")
#: Any line break ends a paragraph: LF, CR-only (old Mac exports), CRLF, and the
#: Unicode line, paragraph, vertical-tab, form-feed and NEL separators.
_LINE = re.compile(r"[^\n\r\v\f\x85\u2028\u2029]+")
#: Characters that print nothing: byte-order mark, zero-width space and joiners, word
#: joiner. They are skipped at paragraph edges and count as spaces next to a mark.
INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_WORD = re.compile(r"[^\s]+")
# A sentence may end at ., ! or ? (possibly repeated), followed by closing marks.
_END = re.compile(r"[.!?]+[\"”’')\]»]*")


def words(block: str) -> list[str]:
    """Split a whitespace-separated word list (how the lexicons are written)."""
    return block.split()


#: Tokens that end with a period without ending a sentence (compared casefolded,
#: without the final period).
ABBREVIATIONS = frozenset(
    words(
        """mr mrs ms dr st sen gov rep gen lt col capt sgt rev prof jr sr inc corp co ltd no
        jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e vs cllr mt ft
        pres supt dept atty det insp cmdr adm maj cpl pvt hon messrs mme mlle"""
    )
)

#: Abbreviations that often end a sentence (a company name), and words that then show
#: a new sentence starts after them.
_FINAL_ABBREVIATIONS = frozenset(["co", "inc", "corp", "ltd", "jr", "sr", "llc", "plc"])
_SENTENCE_STARTERS = frozenset(
    words("The A An He She It They We I But And Both In On At After Its His Her Their This")
)


@dataclass(frozen=True)
class Paragraph:
    """A non-blank line of the article (``start``/``end`` are trimmed offsets)."""

    index: int
    start: int
    end: int


class Tok(NamedTuple):
    """A token: a word, one punctuation character, or a masked quotation (``kind`` q)."""

    start: int
    end: int
    text: str
    kind: str  # "w" word, "p" punctuation, "q" masked quotation
    low: str  # the casefolded text


def tokenize(masked: str, start: int, end: int) -> list[Tok]:
    """Tokenize ``masked[start:end]`` into words, punctuation and quotation blocks."""
    # tuple.__new__ skips the NamedTuple constructor's Python-level call (a hot path)
    new = tuple.__new__
    return [
        new(Tok, (m.start(), m.end(), t, _KINDS[m.lastindex or 0], t.casefold()))
        for m in _TOK.finditer(masked, start, end)
        for t in (m[0],)
    ]


def is_cap(t: Tok) -> bool:
    """Whether the token is a word starting with an upper-case letter."""
    return t.text[0].isupper() and t.kind == "w"


def paragraphs(text: str) -> list[Paragraph]:
    """Split ``text`` into paragraphs: every line with non-whitespace content.

    Blank lines and single newlines both separate paragraphs, so a wire story with
    one paragraph per line and a web story with blank lines between paragraphs read
    the same way; CR-only and CRLF line ends (and the Unicode separators) count as
    newlines.
    """
    out: list[Paragraph] = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and (text[s].isspace() or text[s] in INVISIBLE):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in INVISIBLE):
            e -= 1
        if s < e:
            out.append(Paragraph(len(out), s, e))
    return out


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial."""
    i = dot
    while i > floor and not text[i - 1].isspace() and text[i - 1] not in "(\"“‘'":
        i -= 1
    word = text[i:dot]
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if _INITIALS.fullmatch(word):
        return True  # dotted initials: "George H.W. Bush", "J.R.R. Tolkien"
    low = word.casefold()
    if low in _FINAL_ABBREVIATIONS:
        nxt = _WORD.match(text, dot + 1 + (len(text) > dot + 1 and text[dot + 1] == " "))
        if nxt is not None and nxt.group().rstrip(",") in _SENTENCE_STARTERS:
            return False  # "... the Quaker Oats Co. Both worked there"
    return low in ABBREVIATIONS


def sentence_bounds(
    text: str, start: int, end: int, quotes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Split the paragraph ``text[start:end]`` into sentences.

    A sentence ends at ``.``, ``!`` or ``?`` (plus closing marks) followed by
    whitespace and an upper-case letter, a digit or an opening mark, or at the end of
    the paragraph. Periods of abbreviations and initials do not end a sentence. A
    period inside a quotation ends a sentence only when the closing mark follows it
    directly and a new sentence starts after the mark (``"...falling." That is``), so
    ``"Go home," she said.`` stays one sentence.

    Args:
        text: The article.
        start: Paragraph start.
        end: Paragraph end.
        quotes: ``(open, close)`` offsets of the paragraph's quotations, ``close``
            being the offset just after the closing mark; sorted, non-overlapping.

    Returns:
        Trimmed ``(start, end)`` sentence spans covering the paragraph's content.
    """
    cuts: list[int] = []
    qi = 0
    for m in _END.finditer(text, start, end):
        stop = m.end()
        while qi < len(quotes) and quotes[qi][1] <= m.start():
            qi += 1
        inside = qi < len(quotes) and quotes[qi][0] < m.start() < quotes[qi][1]
        if inside and stop < quotes[qi][1]:
            continue  # a full stop inside a quotation
        if inside and text[m.start()] in "?!":
            continue  # "Is it safe?" Lee asked. -- the attribution follows

        if stop >= end:
            continue
        nxt = stop
        if not text[nxt].isspace():
            continue
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            continue
        ch = text[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in "\"“‘'«(["):
            continue
        if (
            text[m.start()] == "."
            and m.end() - m.start() == 1
            and _is_abbreviation(text, m.start(), start)
        ):
            continue
        cuts.append(stop)
    out: list[tuple[int, int]] = []
    prev = start
    for c in [*cuts, end]:
        a, b = prev, c
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
        prev = c
    return out
