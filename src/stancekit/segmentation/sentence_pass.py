"""The left-to-right sentence pass: direct quotes first, reported speech otherwise.

It remembers what later sentences need: the last speaker (C9 continuation), the last
sentence subject (C10), a colon introduction (A10) and quote pieces that continue
across paragraphs (A4) or around their cue (A3).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from stancekit.segmentation.cues import SPEECH_FORMS
from stancekit.segmentation.direct import (
    QuoteCue,
    cue_after,
    cue_before,
    dash_tag,
    plain_subject,
    subject_at_start,
)
from stancekit.segmentation.drafts import Draft, Reported, SentenceInfo
from stancekit.segmentation.headlines import headline_attributions, is_headline
from stancekit.segmentation.indirect import find_reported, participle_after
from stancekit.segmentation.names import name_in
from stancekit.segmentation.proposals import MIN_CONTENT_WORDS, TaggedSpan, pair_spans
from stancekit.segmentation.quotes import Quote
from stancekit.segmentation.resolve import Resolver
from stancekit.segmentation.text import INVISIBLE, Paragraph, Tok, is_cap, tokenize

__all__ = ["SentencePass", "trim"]

_FULL_BEFORE = '.!?:;,—–-(["”’“‘'
_CLOSING = " .!?;:,\"”’'\n"


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink ``[s, e)`` past leading and trailing whitespace."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _span(toks: list[Tok], r: tuple[int, int] | None) -> tuple[int, int] | None:
    if r is None or r[0] >= r[1]:
        return None
    return toks[r[0]].start, toks[r[1] - 1].end


class SentencePass:
    """State of the left-to-right attribution pass over one article."""

    def __init__(
        self,
        text: str,
        masked: str,
        resolver: Resolver,
        *,
        mode: str = "rules",
        tagged: Sequence[TaggedSpan] = (),
    ) -> None:
        self.text = text
        self.masked = masked
        self.res = resolver
        self.mode = mode  # "rules", "tagger" or "both" (the segment() backends)
        self.tagged = sorted(tagged, key=lambda t: t.start)
        self.tag_starts = [t.start for t in self.tagged]
        #: Paragraphs holding a sentence the rules left unattributed: where ``"both"``
        #: asks the tagger.
        self.gaps: set[int] = set()
        self.drafts: list[Draft] = []
        self.prev: SentenceInfo | None = None
        self.last: Draft | None = None
        self.last_para = -10
        self.cache: dict[int, list[Tok]] = {}

    # --------------------------------------------------------------- helpers
    def _speaker(self, toks: list[Tok], r: tuple[int, int] | None) -> str | None:
        if r is None or r[0] >= r[1]:
            return None
        phrase = toks[r[0] : r[1]]
        who = self.res.speaker_of(phrase, phrase[0].start)
        if who is not None:
            self.res.note_salient(phrase[0].start, who)
            if len(phrase) > 1 or phrase[0].low not in ("he", "she"):
                self.res.learn_gender(who, toks, r[1])
        return who

    def _full(self, q: Quote, para: Paragraph) -> bool:
        if q.continued:
            return True
        i = q.start - 1
        while i >= para.start and (self.text[i].isspace() or self.text[i] in INVISIBLE):
            i -= 1
        if i < para.start or self.text[i] in _FULL_BEFORE:
            return True
        # a sentence quoted right after a speech verb: chanting "No new taxes."
        j = i
        while j >= para.start and self.text[j].isalpha():
            j -= 1
        word = self.text[j + 1 : i + 1]
        return (
            word in SPEECH_FORMS
            and q.inner_start < q.inner_end
            and self.text[q.inner_start].isupper()
        )

    def _inherit(self, para: int) -> tuple[str | None, tuple[int, int] | None]:
        """Speaker of a cue-less quote: C9 continuation, C10 subject, else recent."""
        prev = self.prev
        if prev is not None and prev.intro is not None:
            return prev.intro[0], prev.intro[1]
        if prev is not None and prev.colon and prev.subject is not None:
            return prev.subject[0], prev.subject[1]
        if prev is not None and prev.attributed:
            # C9: '"Q1," said X. "Q2."' continues X's attribution, with its source
            return prev.speaker, prev.source if prev.speaker is not None else None
        if prev is not None and prev.subject is not None and self.res.is_person(prev.subject[0]):
            return prev.subject[0], prev.subject[1]
        if self.last is not None and para - self.last_para <= 1:
            return self.last.speaker, None
        return None, None

    def _add(self, d: Draft, para: int) -> None:
        self.drafts.append(d)
        self.last = d
        self.last_para = para

    # --------------------------------------------------------------- sentence
    def sentence(self, para: Paragraph, s: int, e: int, quotes: list[Quote]) -> None:
        """Attribute sentence ``text[s:e]`` of ``para``, whose quotations are ``quotes``."""
        text = self.text
        toks = self.cache.pop(s, None) or tokenize(self.masked, s, e)
        info = SentenceInfo(para.index, colon=text[e - 1] == ":")
        subj = subject_at_start(toks, 0, len(toks)) if toks else None
        if subj is not None:
            who = self._speaker(toks, subj)
            if who is not None:
                info.subject = (who, _span(toks, subj) or (s, e))
        late = _copula_subject(toks)
        if late is not None:
            who = self._speaker(toks, late)
            if who is not None and self.res.is_person(who):
                info.subject = (who, _span(toks, late) or (s, e))  # "... Mayor X was doubtful."
        if self.mode == "tagger":
            made = self._tagged(toks, s, e, para, quotes, need_cue=False)
        else:
            made = self._rules(toks, s, e, para, quotes, info, subj)
            if not made:
                self.gaps.add(para.index)
            if not made and self.mode == "both":
                made = self._tagged(toks, s, e, para, quotes, need_cue=True)
        if made:
            info.attributed = True
            info.speaker = made[-1].speaker
            info.source = made[-1].source
        self.prev = info

    def _rules(
        self,
        toks: list[Tok],
        s: int,
        e: int,
        para: Paragraph,
        quotes: list[Quote],
        info: SentenceInfo,
        subj: tuple[int, int] | None,
    ) -> list[Draft]:
        """The rules' attributions of one sentence (direct quotes first)."""
        text = self.text
        full = [q for q in quotes if self._full(q, para)]
        made: list[Draft] = []
        prev_cue: QuoteCue | None = None
        prev_draft: Draft | None = None
        starts = [t.start for t in toks]  # sorted: token lookups by bisection, not scans
        for q in full:
            open_i = bisect_left(starts, q.start)
            after_i = bisect_left(starts, q.end)
            span = trim(text, q.start, min(q.end, para.end))
            # A4: a piece continuing the previous paragraph's quotation
            if q.continued and self.last is not None and self.last.kind == "direct":
                d = self.last
                d.spans.append(span)
                d.paragraphs.append(para.index)
                m = cue_after(toks, after_i)
                if m is not None and d.source is None:
                    d.source, d.cue = _span(toks, m.source), _span(toks, m.cue)
                    d.speaker = self._speaker(toks, m.source) or d.speaker
                made.append(d)
                prev_draft, prev_cue = d, m
                continue
            # A3: "X," NP CUE, "Y" -> one attribution
            if (
                prev_cue is not None
                and prev_draft is not None
                and prev_cue.how == "after"
                and open_i >= 1
                and toks[open_i - 1].text == ","
                and 0 <= open_i - 1 - prev_cue.end <= 3
                and all(t.kind == "w" for t in toks[prev_cue.end : open_i - 1])
            ):  # also "X," Dovic told lawmakers, "Y"
                prev_draft.spans.append(span)
                prev_draft.paragraphs.append(para.index)
                prev_cue = cue_after(toks, after_i)
                continue
            inner_text = text[q.inner_start : q.inner_end]
            if inner_text[:1].islower() and not q.continued and cue_after(toks, after_i) is None:
                continue  # a fragment continuing the clause: said it did, "but not forever."
            floor = 0
            if made:
                floor = bisect_left(starts, made[-1].spans[-1][1])
                floor = 0 if floor >= len(toks) else floor
            m = cue_after(toks, after_i) or cue_before(toks, open_i - 1, floor)
            m = m or dash_tag(toks, after_i)
            inner = inner_text.split()
            if m is None and (len(inner) <= 2 or _title_case(inner)):
                continue  # a scare quote, title or nickname (A8)
            if m is None and open_i > floor and toks[open_i - 1].text == ":":
                src = subject_at_start(toks, floor, open_i) or _leading_np(toks, floor, open_i)
                d = Draft(
                    "direct",
                    [span],
                    [para.index],
                    _span(toks, src),
                    None,
                    self._speaker(toks, src),
                    0.8,
                )
            elif m is None:
                who, src_span = self._inherit(para.index)
                cue = self.prev.intro_cue if self.prev is not None and self.prev.intro else None
                d = Draft("direct", [span], [para.index], src_span, cue, who, 0.6)
            else:
                d = Draft(
                    "direct",
                    [span],
                    [para.index],
                    _span(toks, m.source),
                    _span(toks, m.cue),
                    self._speaker(toks, m.source),
                    0.95,
                )
            self._add(d, para.index)
            made.append(d)
            prev_draft, prev_cue = d, m
            if m is not None and m.how == "after" and m.source is not None:
                # '"Q," Simson said, adding that C': a second cue, same source
                for r in participle_after(toks, m.end, m.source):
                    extra = self._drafts([r], toks, quotes, para)
                    made.extend(extra)
        if made and made[0].kind == "direct":
            last = self.last
            made = self._before_quotes(toks, made, quotes, para) + made
            made = made + self._after_quotes(toks, e, made, quotes, para)
            self.last = last  # a continuation quote follows the quoted speaker
        if not made and quotes:
            made = self._open_unquoted(toks, s, para, quotes, starts)
        if not made and info.colon and len(toks) > 2:
            intro = cue_before(toks, len(toks) - 1, 0)  # "..., he said:" then the quote (A10)
            if intro is not None:
                info.intro = (self._speaker(toks, intro.source), _span(toks, intro.source))
                info.intro_cue = _span(toks, intro.cue)
        if not made and s == para.start and toks:
            head = is_headline(toks, text, s, e) and e == para.end
            made = self._drafts(headline_attributions(toks, text, s, e, head), toks, quotes, para)
            if not made and not head:
                made = self._label(toks, para)
        if not made:
            lead = subj or (plain_subject(toks, 0, len(toks)) if toks else None)
            made = self._reported(toks, e, quotes, para, lead)
        return made

    def _tagged(
        self,
        toks: list[Tok],
        s: int,
        e: int,
        para: Paragraph,
        quotes: list[Quote],
        *,
        need_cue: bool,
    ) -> list[Draft]:
        """The tagger's attributions of one sentence, speakers resolved by the rules.

        Content inside a quotation becomes that direct quote (marks included); content
        that holds a quotation is mixed; the rest is indirect. Content is kept within
        the sentence. A source-less direct quote inherits its speaker as the rules' do.
        """
        lo = bisect_left(self.tag_starts, s)
        hi = bisect_left(self.tag_starts, e, lo)
        made: list[Draft] = []
        if lo == hi:
            return made
        starts = [t.start for t in toks]
        for prop in pair_spans(self.tagged[lo:hi], need_cue=need_cue):
            spans: list[tuple[int, int]] = []
            kind = "indirect"
            for a, b in prop.content:
                a, b = trim(self.text, max(a, s), min(b, e))
                inside = next((q for q in quotes if q.inner_start <= a and b <= q.inner_end), None)
                if inside is not None:
                    kind = "direct"
                    a, b = trim(self.text, inside.start, min(inside.end, e))
                elif any(a <= q.start and q.end <= b for q in quotes):
                    kind = "mixed" if kind != "direct" else kind
                if inside is None and not self.text[b:e].strip(_CLOSING):
                    b = trim(self.text, a, e)[1]  # the sentence's closing marks, as the rules
                if inside is None and len(self.text[a:b].split()) < MIN_CONTENT_WORDS:
                    continue  # a fragment, not reported content
                if a < b and (a, b) not in spans:
                    spans.append((a, b))
            if not spans:
                continue
            who: str | None = None
            src = prop.source
            if src is not None:
                i, j = bisect_left(starts, src[0]), bisect_left(starts, src[1])
                who = self._speaker(toks, (i, j)) if i < j else None
            elif kind == "direct":
                who, src = self._inherit(para.index)
            d = Draft(
                kind, spans, [para.index] * len(spans), src, prop.cue, who, round(prop.score, 3)
            )
            self._add(d, para.index)
            made.append(d)
        return made

    def _label(self, toks: list[Tok], para: Paragraph) -> list[Draft]:
        """An interview label (``Gomez: We never agreed to the cuts.``, ``GOMEZ: ...``).

        The label, in mixed case or in capitals (a transcript's), must name a person the
        article already introduced (``Ana Gomez`` earlier), so section labels
        (``Update:``, ``READERS:``) never match; the rest of the paragraph is that
        person's words.
        """
        c = next((k for k in range(1, min(len(toks), 5)) if toks[k].text == ":"), -1)
        if c < 1 or c + 2 >= len(toks):
            return []
        if not all(is_cap(t) or t.text == "." for t in toks[:c]):
            return []
        found = name_in(toks[:c])
        name = found[2] if found is not None else None
        label = [t.text for t in toks[:c] if t.kind == "w"]
        if label and all(w.isupper() and len(w) > 1 for w in label):
            name = " ".join(w.title() for w in label)  # a transcript label: LUKASHENKO:
        if name is None or not self.res.is_person(name):
            return []
        content = trim(self.text, toks[c + 1].start, para.end)
        who = self.res.canonical(name)
        d = Draft("direct", [content], [para.index], _span(toks, (0, c)), None, who, 0.7)
        self._add(d, para.index)
        return [d]

    def _open_unquoted(
        self, toks: list[Tok], s: int, para: Paragraph, quotes: list[Quote], starts: list[int]
    ) -> list[Draft]:
        """Content that opens unquoted and ends in a quote before its cue.

        ``Local shops "are barely hanging on," Gomez said.``: the sentence from its
        start to the closing mark is mixed content.
        """
        q = quotes[-1]
        if q.start <= s or not q.closed or self._full(q, para):
            return []
        after = bisect_left(starts, q.end)
        m = cue_after(toks, after)
        if m is None or m.how != "after" or m.source is None or m.cue is None:
            return []
        if min(m.source[0], m.cue[0]) > after + (after < len(toks) and toks[after].text == ","):
            return []  # the cue must follow the closing mark: '"X," Gomez said
        k = bisect_left(starts, q.start)
        if k < 1 or any(t.kind == "q" for t in toks[:k]) or any(t.text in ",;:" for t in toks[:k]):
            return []  # only words before the quote: no earlier quote or clause boundary
        d = Draft(
            "mixed",
            [trim(self.text, s, q.end)],
            [para.index],
            _span(toks, m.source),
            _span(toks, m.cue),
            self._speaker(toks, m.source),
            0.8,
        )
        self._add(d, para.index)
        return [d]

    def _reported(
        self,
        toks: list[Tok],
        e: int,
        quotes: list[Quote],
        para: Paragraph,
        subj: tuple[int, int] | None,
    ) -> list[Draft]:
        return self._drafts(find_reported(toks, e, subj), toks, quotes, para)

    def _before_quotes(
        self, toks: list[Tok], made: list[Draft], quotes: list[Quote], para: Paragraph
    ) -> list[Draft]:
        """Reported speech before a sentence's first direct quotation and its cue.

        ``I said C1, and Democrats responded ... by saying: "Q"``.
        """
        first = made[0]
        limit = first.spans[0][0]
        if first.cue is not None:  # stop before 'NP CUE: "Q"'; a colon intro has no cue
            limit = min(limit, first.cue[0], first.source[0] if first.source else limit)
        k = bisect_left([t.start for t in toks], limit)
        while k > 0 and toks[k - 1].kind == "p":
            k -= 1
        if k < 5:
            return []
        found = find_reported(toks[:k], toks[k - 1].end, None)
        out = self._drafts(found, toks[:k], quotes, para)
        return out

    def _after_quotes(
        self, toks: list[Tok], e: int, made: list[Draft], quotes: list[Quote], para: Paragraph
    ) -> list[Draft]:
        """Reported speech after a sentence's last quotation and its attribution.

        ``'Rumsfeld: "Q" The official also said C'`` (a sentence split missed).
        """
        ends = [sp[1] for d in made for sp in (*d.spans, d.cue, d.source) if sp is not None]
        k = bisect_left([t.start for t in toks], max(ends))
        while k < len(toks) and toks[k].kind == "p":
            k += 1
        if len(toks) - k < 5:
            return []
        tail = toks[k:]
        return self._drafts(find_reported(tail, e, None), tail, quotes, para)

    def _drafts(
        self, found: list[Reported], toks: list[Tok], quotes: list[Quote], para: Paragraph
    ) -> list[Draft]:
        made: list[Draft] = []
        for r in found:
            spans = [trim(self.text, a, b) for a, b in r.content]
            spans = [sp for sp in spans if sp[0] < sp[1]]
            if not spans:
                continue
            mixed = any(a <= q.start and q.end <= b for q in quotes for a, b in spans)
            kind = "mixed" if mixed else "indirect"
            cue = r.cue if r.cue != (0, 0) else None
            d = Draft(
                kind,
                spans,
                [para.index] * len(spans),
                _span(toks, r.source),
                cue,
                self._speaker(toks, r.source),
                0.75,
                r.attitude,
                self._speaker(toks, r.via) if r.via is not None else None,
            )
            if d.cue is None and made:
                d.cue = made[-1].cue
            self._add(d, para.index)
            made.append(d)
        return made


_SMALL = frozenset(["a", "an", "and", "the", "of", "or", "in", "on", "for", "to", "at", "by"])


def _title_case(words: list[str]) -> bool:
    """Whether quoted words look like a title (``Rent, Relief and Risk``)."""
    content = [w for w in words if w.casefold().strip(",.;:!?") not in _SMALL]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


def _leading_np(toks: list[Tok], lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase opening a clause, up to its verb (``The minister`` was blunt)."""
    e = lo
    while e < hi and e - lo < 6 and toks[e].kind == "w" and toks[e].low not in _COPULAS:
        e += 1
    if e == lo or e >= hi or toks[e].low not in _COPULAS:
        return None
    return lo, e


_COPULAS = frozenset(
    ["was", "is", "were", "are", "remained", "seemed", "appeared", "sounded", "looked", "stayed"]
)


def _copula_subject(toks: list[Tok]) -> tuple[int, int] | None:
    """A name followed by a copula near the end of a sentence (``Grady was unmoved.``)."""
    n = len(toks)
    for k in range(max(1, n - 5), n):
        if toks[k].low in _COPULAS and toks[k - 1].kind == "w" and toks[k - 1].text[0].isupper():
            a = k - 1
            while a > 0 and toks[a - 1].kind == "w" and toks[a - 1].text[0].isupper():
                a -= 1
            return a, k
    return None
