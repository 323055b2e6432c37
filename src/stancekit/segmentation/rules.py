"""The rules backend: run the passes over an article and collect attribution drafts.

Passes: paragraphs -> boilerplate -> quotations (paragraph rule) -> sentences ->
a pre-pass that learns names and role ties -> one left-to-right pass that attributes
each sentence (direct quotes first, reported speech otherwise) while tracking the
last speaker (C9), the last sentence subject (C10) and colon introductions (A10).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from stancekit.segmentation.boilerplate import Embed, classify_paragraphs
from stancekit.segmentation.drafts import Draft
from stancekit.segmentation.proposals import TaggedSpan
from stancekit.segmentation.quotes import Quote, find_quotes
from stancekit.segmentation.resolve import Resolver
from stancekit.segmentation.sentence_pass import SentencePass, trim
from stancekit.segmentation.text import Paragraph, paragraphs, sentence_bounds, tokenize

__all__ = ["Analysis", "analyse"]

#: How many paragraphs the name pre-pass runs ahead of the attribution pass.
_LOOKAHEAD = 60
_QA = re.compile(r"(?P<label>Q|A|Question|Answer)\s*[:.]\s+\S")


@dataclass
class Analysis:
    """Everything the segment builder needs.

    Attributes:
        paragraphs: The article's paragraphs.
        sentences: Sentence spans per paragraph index.
        drafts: Attribution drafts.
        excluded: Boilerplate spans.
        problems: Quote-pairing recoveries (for the warning).
        gaps: Indexes of the paragraphs with a sentence the rules left unattributed.
    """

    paragraphs: list[Paragraph]
    sentences: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    drafts: list[Draft] = field(default_factory=list)
    excluded: list[tuple[int, int]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    gaps: set[int] = field(default_factory=set)


def _mask(text: str, quotes: list[Quote]) -> str:
    parts: list[str] = []
    pos = 0
    for q in quotes:
        if q.inner_start < pos:
            continue
        parts.append(text[pos : q.inner_start])
        parts.append("\x00" * (q.inner_end - q.inner_start))
        pos = q.inner_end
    parts.append(text[pos:])
    return "".join(parts)


def analyse(text: str, *, mode: str = "rules", tagged: Sequence[TaggedSpan] = ()) -> Analysis:
    """Run the rules over ``text`` and return drafts, sentences and boilerplate.

    Args:
        text: The article.
        mode: ``"rules"``; ``"tagger"`` (each sentence's attributions come from the
            ``tagged`` spans; paragraphs, boilerplate, quotes, Q&A labels and speaker
            resolution stay the rules'); ``"both"`` (the tagged spans fill sentences the
            rules leave unattributed).
        tagged: The span tagger's output for ``text`` (``"tagger"`` and ``"both"``).

    Returns:
        The analysis the segment builder turns into segments.
    """
    paras = paragraphs(text)
    out = Analysis(paras)
    boiler = classify_paragraphs(text, paras)
    out.excluded = list(boiler.excluded)
    qa: dict[int, tuple[str, int, int]] = {}
    for k, p in enumerate(paras):
        m = _QA.match(text, p.start, p.end)
        if k > 0 and m is not None and p.index not in boiler.skip:
            qa[p.index] = (m.group("label")[0], m.end("label") + 1, m.end() - 1)
    if not ({v[0] for v in qa.values()} >= {"Q", "A"}):
        qa = {}
    quotes, out.problems = find_quotes(text, paras, boiler.skip | set(qa))
    masked = _mask(text, quotes)
    res = Resolver(byline=boiler.byline)
    by_para: dict[int, list[Quote]] = {}
    for q in quotes:
        by_para.setdefault(q.paragraph, []).append(q)
    body: list[tuple[Paragraph, int]] = []
    excl_end = {s: e for s, e in boiler.excluded}
    for p in paras:
        if p.index in boiler.skip or p.index in qa:
            continue
        start = excl_end.get(p.start, p.start)
        start, _ = trim(text, start, p.end)
        if start >= p.end:
            continue
        qs = [(q.start, q.end) for q in by_para.get(p.index, [])]
        out.sentences[p.index] = sentence_bounds(text, start, p.end, qs)
        body.append((p, start))
    run = SentencePass(text, masked, res, mode=mode, tagged=tagged)
    # The name pre-pass runs _LOOKAHEAD paragraphs ahead of the attribution pass, so
    # a role named later (cataphora) is known, tokens are made once, and memory
    # stays bounded on very long inputs.
    learned = 0
    order = {p.index: k for k, (p, _) in enumerate(body)}

    def learn_until(k: int) -> None:
        nonlocal learned
        while learned < min(k, len(body)):
            for s, e in out.sentences[body[learned][0].index]:
                toks = tokenize(masked, s, e)
                res.learn(toks)
                run.cache[s] = toks
            learned += 1

    learn_until(_LOOKAHEAD)
    interviewee: str | None = None
    embeds: dict[int, list[Embed]] = {}
    starts = [p.start for p in paras]
    for emb in boiler.embeds:
        k = bisect.bisect_right(starts, emb.content[0]) - 1
        embeds.setdefault(paras[k].index, []).append(emb)
    for p in paras:
        for emb in embeds.get(p.index, []):
            who = res.canonical(emb.name) if emb.name else None
            run._add(
                Draft("direct", [emb.content], [p.index], emb.name_span, None, who, 0.9), p.index
            )
        if p.index in qa:
            label, lab_end, content = qa[p.index]
            if interviewee is None:
                interviewee = _interviewee(res, paras, qa, text, masked)
            who = res.byline if label == "Q" else interviewee
            d = Draft(
                "direct",
                [trim(text, content, p.end)],
                [p.index],
                None,
                (p.start, lab_end),
                who,
                0.8,
            )
            run._add(d, p.index)
            continue
        if p.index not in out.sentences:
            continue
        learn_until(order[p.index] + _LOOKAHEAD)
        in_para = sorted(by_para.get(p.index, []), key=lambda q: q.start)
        qi = 0  # sentences and quotes are both in text order: one pointer, no rescans
        for s, e in out.sentences[p.index]:
            while qi < len(in_para) and in_para[qi].start < s:
                qi += 1
            qj = qi
            while qj < len(in_para) and in_para[qj].start < e:
                qj += 1
            run.sentence(p, s, e, in_para[qi:qj])
            qi = qj
    _headline_speakers(text, run.drafts, paras[0].index if paras else 0)
    out.drafts = run.drafts
    out.gaps = run.gaps
    return out


#: A headline holds a few quotes; more than this in one first paragraph is not a headline,
#: and the cross-check of each against every later quote stays linear.
_MAX_HEADLINE_QUOTES = 8


def _headline_speakers(text: str, drafts: list[Draft], first: int) -> None:
    """Give a cue-less headline quote (A12) the speaker who says the same words later."""

    def words_of(a: int, b: int) -> str:
        return " ".join(re.findall(r"\w+", text[a:b].casefold()))

    heads = [
        d for d in drafts if d.kind == "direct" and d.speaker is None and d.paragraphs[0] == first
    ][:_MAX_HEADLINE_QUOTES]
    if not heads:
        return
    later = [
        (o.speaker, [words_of(a, b) for a, b in o.spans])
        for o in drafts
        if o.speaker and o.paragraphs[0] != first
    ]
    for d in heads:
        key = words_of(*d.spans[0])
        if not key:
            continue
        for speaker, spans in later:
            if any(key in w for w in spans):
                d.speaker = speaker
                break


def _interviewee(
    res: Resolver,
    paras: list[Paragraph],
    qa: dict[int, tuple[str, int, int]],
    text: str,
    masked: str,
) -> str | None:
    """The person answering in a Q&A: the first full name in the intro paragraphs."""
    if not qa:
        return None
    first = min(qa)
    for p in paras[1:first]:
        for t in re.finditer(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+", masked[p.start : p.end]):
            name = res.canonical(t.group())
            if res.is_person(name) and name != res.byline:
                return name
    return None
