"""Typographic quotation finding, paragraph by paragraph.

Rules (stated here because the warnings refer to them):

* Double marks (``"`` ``“`` ``”`` ``„`` ``«`` ``»``) pair left to right inside a
  paragraph. A straight mark opens after whitespace or an opening bracket and closes
  before whitespace or punctuation; inside an open quotation any closing-capable mark
  closes it, so a curly opening mark with a straight closing mark pairs (A2).
* **Paragraph rule (A4).** A quotation still open at the end of its paragraph continues
  into the next paragraph when that paragraph starts with an opening mark; otherwise it
  is closed at the end of its paragraph and an :class:`UnbalancedQuoteWarning` is
  emitted (at most one per call). A closing mark with no opening mark is ignored, with
  the same warning, except when it is the paragraph's first mark and follows
  sentence punctuation (``... ago," he said.``): the opening mark was lost (scraped or
  excerpted copy), so the quotation runs from the paragraph start. No quotation ever
  crosses into a paragraph that does not reopen it, so a stray mark cannot swallow
  later text (A16).
* Typewriter pairs: ````` `` ````` opens and ``''`` closes a double quotation; a
  ``''`` that opens a word (after whitespace, before a letter) opens one too
  (``''The plant will close,'' Baxter said.``).
* Reversed marks: ``»...«`` (German and Scandinavian style) pair when ``»`` opens a
  word and a ``«`` follows in the paragraph.
* Nested straight quotes: inside an open straight quotation, a ``"`` that opens a word
  (after a space, before a letter) opens an inner quotation, which the next closing
  ``"`` closes; the outer quotation closes at the one after.
* Invisible characters (byte-order mark, zero-width space and joiners, word joiner)
  count as whitespace next to a mark.
* Single marks (``'`` ``‘`` ``’``) are quotations only outside double quotations, when
  an opening candidate has a closing candidate later in the same paragraph; a closing
  candidate after a plural ``s`` followed by a lower-case word is a possessive
  (``Tenants' union``), and an apostrophe inside a word never closes (A6, A7).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stancekit.segmentation.text import INVISIBLE, Paragraph

__all__ = ["Quote", "find_quotes"]

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
#: Only the quotation marks are visited, not every character of a paragraph.
_DOUBLE_MARKS = re.compile("``|''|[\"" + _DOUBLE_OPEN + _DOUBLE_CLOSE + "]")
_SINGLE_MARKS = re.compile("(?<!')'(?!')|[‘’]")
_BEFORE_OPEN = "([{—–-/:;," + INVISIBLE
_AFTER_CLOSE = ",.;:!?)]}—–-…" + INVISIBLE
_SENTENCE_PUNCT = ",.!?…—–-"


@dataclass
class Quote:
    """One quotation piece inside one paragraph.

    Attributes:
        start: Offset of the opening mark (or of the paragraph start for a piece that
            has none).
        end: Offset just after the closing mark, or the paragraph end.
        inner_start: Start of the words between the marks.
        inner_end: End of the words between the marks.
        paragraph: Paragraph index.
        closed: Whether a closing mark was found.
        continues: The quotation goes on in the next paragraph (A4).
        continued: This piece continues a quotation from the previous paragraph.
        single: Single marks were used.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    paragraph: int
    closed: bool = True
    continues: bool = False
    continued: bool = False
    single: bool = False


def _opens(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    return (prev.isspace() or prev in _BEFORE_OPEN or prev in _DOUBLE_OPEN) and not nxt.isspace()


def _closes(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    return not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE or nxt in "\"”’'")


def _starts_with_open(text: str, para: Paragraph) -> bool:
    c = text[para.start]
    return c in _DOUBLE_OPEN or (c == '"' and para.end > para.start + 1)


def _lost_opening(text: str, i: int, lo: int, out: list[Quote], seen: int) -> Quote | None:
    """A quotation whose opening mark was lost, or ``None``.

    The mark must be the paragraph's first and follow sentence punctuation
    (``We lost," she said.``).
    """
    if out or seen > 1 or i - lo < 2 or text[i - 1] not in _SENTENCE_PUNCT:
        return None
    return Quote(lo, i + 1, lo, i, -1)


def _double_quotes(
    text: str, para: Paragraph, next_para: Paragraph | None, problems: list[str]
) -> list[Quote]:
    lo, hi = para.start, para.end
    out: list[Quote] = []
    open_at = -1
    open_len = 1
    reversed_marks = False
    depth = 0  # nested straight quotations inside an open straight one
    seen = 0
    for m in _DOUBLE_MARKS.finditer(text, lo, hi):
        i = m.start()
        c = m.group()
        seen += 1
        if open_at < 0:
            if c == "''" and _opens(text, i, lo, hi) and not _closes(text, i, lo, hi):
                open_at, open_len, reversed_marks = i, 2, False  # ''typewriter'' marks
            elif c == "``" or (c in _DOUBLE_OPEN and c != "«") or c == '"' or c == "«":
                if c == '"' and not _opens(text, i, lo, hi) and _closes(text, i, lo, hi):
                    lost = _lost_opening(text, i, lo, out, seen)
                    if lost is not None:
                        out.append(Quote(lost.start, lost.end, lo, i, para.index))
                    problems.append(f"closing mark with no opening mark at {i}")
                    continue
                open_at, open_len, reversed_marks = i, len(c), False
            elif c == "»" and _opens(text, i, lo, hi) and text.find("«", i + 1, hi) > 0:
                open_at, open_len, reversed_marks = i, 1, True  # »reversed« marks
            elif _opens(text, i, lo, hi) and c == "”":
                open_at, open_len, reversed_marks = i, 1, False  # a closing-style mark opens
            elif c == "»" and i == lo:
                continue  # a bullet, not a quotation mark
            else:
                lost = _lost_opening(text, i, lo, out, seen)
                if lost is not None:
                    out.append(Quote(lost.start, lost.end, lo, i, para.index))
                problems.append(f"closing mark with no opening mark at {i}")
        else:
            if reversed_marks:
                if c == "«":
                    out.append(Quote(open_at, i + 1, open_at + 1, i, para.index))
                    open_at = -1
                continue
            if c == '"' and text[open_at] == '"':
                if _opens(text, i, lo, hi) and not _closes(text, i, lo, hi):
                    depth += 1  # a nested straight quotation opens
                    continue
                if depth > 0:
                    depth -= 1
                    continue
            if c == "''" and depth > 0:
                depth -= 1
                continue
            if (
                (c in _DOUBLE_OPEN and c != "“")
                or c == "``"
                or (c == "“" and not _closes(text, i, lo, hi))
            ):
                # a second opening mark: the first one was stray
                problems.append(f"opening mark at {open_at} never closed")
                open_at, open_len = i, len(c)
                continue
            out.append(Quote(open_at, i + len(c), open_at + open_len, i, para.index))
            open_at = -1
            depth = 0
    if open_at >= 0:
        q = Quote(open_at, hi, open_at + open_len, hi, para.index, closed=False)
        if next_para is not None and _starts_with_open(text, next_para):
            q.continues = True
        else:
            problems.append(f"opening mark at {open_at} not closed by the end of its paragraph")
        out.append(q)
    return out


def _single_open(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if not (nxt.isalnum() or nxt in '“"'):
        return False
    return prev.isspace() or prev in '([{—–-:"“'


def _single_close(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isspace() or nxt.isalnum():
        return False
    if not (nxt.isspace() or nxt in _AFTER_CLOSE or nxt in '"”'):
        return False
    if prev in "sS" and nxt.isspace():
        j = i + 1
        while j < hi and text[j].isspace():
            j += 1
        if j < hi and text[j].islower():
            return False  # plural possessive: "the tenants' union"
    return True


def _single_quotes(text: str, para: Paragraph, blocked: list[Quote]) -> list[Quote]:
    lo, hi = para.start, para.end
    out: list[Quote] = []
    bi = 0
    open_at = -1
    for m in _SINGLE_MARKS.finditer(text, lo, hi):
        i = m.start()
        c = text[i]
        while bi < len(blocked) and blocked[bi].end <= i:
            bi += 1
        if bi < len(blocked) and blocked[bi].start <= i:
            continue
        if open_at < 0:
            if c != "’" and _single_open(text, i, lo, hi):
                open_at = i
        elif c != "‘" and _single_close(text, i, lo, hi):
            # the pair must not contain a double quotation
            out.append(Quote(open_at, i + 1, open_at + 1, i, para.index, single=True))
            open_at = -1
    return out


def find_quotes(text: str, paras: list[Paragraph], skip: set[int]) -> tuple[list[Quote], list[str]]:
    """Find the quotations of an article.

    Args:
        text: The article.
        paras: Its paragraphs, in order.
        skip: Indices of paragraphs not to scan (boilerplate lines).

    Returns:
        The quotation pieces in text order, and a description of every recovery the
        paragraph rule had to make (empty when all marks paired up).
    """
    problems: list[str] = []
    out: list[Quote] = []
    carried = False
    for k, para in enumerate(paras):
        if para.index in skip:
            carried = False
            continue
        nxt = paras[k + 1] if k + 1 < len(paras) and paras[k + 1].index not in skip else None
        doubles = _double_quotes(text, para, nxt, problems)
        if carried and doubles and doubles[0].start == para.start:
            doubles[0].continued = True
        carried = bool(doubles) and doubles[-1].continues
        singles = _single_quotes(text, para, doubles)
        merged = sorted(doubles + singles, key=lambda q: q.start)
        out.extend(merged)
    return out, problems
