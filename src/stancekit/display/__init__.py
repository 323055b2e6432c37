"""An HTML view of an analysis: the article, marked up by speaker and by stance.

:func:`render` turns an :class:`~stancekit.results.Analysis` into HTML (what
``Analysis.to_html()``, ``Analysis._repr_html_()`` and ``stancekit analyze --html`` give):

- the speaker x target table (stance with a sign, score, 95 % interval, n, links to the
  evidence segments) above the text;
- the article, every attributed segment marked in its speaker's colour with the name
  beside it; direct quotes tinted with a solid line, reported speech with a dashed line,
  mixed quotes with a dotted line, narration plain, boilerplate grey;
- for the target picked (one radio button per target), a badge after every segment that
  counts for it (``+ favor``, ``- against``, ``o none`` and the segment's score: a sign
  and a word, never colour alone) and the target's mentions underlined;
- the model's probabilities and the attribution of a segment in a card shown on hover or
  on click (keyboard focus).

The page is self-contained and runs no script: the picker and the cards are CSS
(radio buttons, ``:hover``/``:focus``), so it works offline, in notebooks whose output
is sanitised, and in a file opened from disk. A full page also carries a
Content-Security-Policy that forbids scripts and every network request. Every piece of
article text, speaker and target name is HTML-escaped; class names and ids are built from
indices only.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol

from stancekit.aggregate import DEFAULT_RELEVANCE, DEFAULT_THRESHOLD, Relevance, speaker_of
from stancekit.errors import InvalidInputError, expected_got
from stancekit.records import AUTHOR, Segment, Target
from stancekit.targets import find_target_mentions

if TYPE_CHECKING:
    import pandas as pd


class Analysis(Protocol):
    """What the view reads of an analysis (:class:`stancekit.results.Analysis` has it).

    A structural type, so that this module, which ``Analysis.to_html()`` calls, does not
    import ``results`` back (no import circle).
    """

    @property
    def text(self) -> str:
        """The article."""

    @property
    def targets(self) -> tuple[Target, ...]:
        """The targets, in the user's order."""

    @property
    def segments(self) -> tuple[Segment, ...]:
        """The article's segments."""

    def to_frame(self, *, relevance: Relevance = ...) -> pd.DataFrame:
        """One row per scored pair."""

    def by_speaker(
        self,
        *,
        relevance: Relevance = ...,
        threshold: float = ...,
        include_unknown: bool = ...,
        n_boot: int = ...,
        seed: int = ...,
    ) -> pd.DataFrame:
        """One row per speaker x target."""

    def speakers(self) -> pd.DataFrame:
        """One row per speaker."""


__all__ = ["CSP", "PALETTE", "default_title", "page", "render"]

#: Speaker colours (Okabe-Ito and Tableau hues, dark enough for text on white); speakers
#: beyond the palette reuse it, told apart by the name beside every attribution.
PALETTE = (
    "#0072b2",
    "#d55e00",
    "#009e73",
    "#cc79a7",
    "#8c6d00",
    "#6a3d9a",
    "#b15928",
    "#1b7837",
    "#e7298a",
    "#386cb0",
)
_UNKNOWN_COLOUR = "#555555"

_KIND_WORD = {"direct": "quote", "indirect": "reported", "mixed": "mixed quote"}
_SIGN = {"favor": "+", "against": "\u2212", "none": "\u25cb"}
_STANCES = ("against", "none", "favor")

#: Forbids every script and every request; inline styles and data: images only.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _tint(colour: str, amount: float = 0.82) -> str:
    """The colour mixed with ``amount`` of white (a background for text)."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c + (255 - c) * amount) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def _css() -> str:
    return resources.files("stancekit.display").joinpath("style.css").read_text(encoding="utf-8")


@dataclass(frozen=True)
class _Cell:
    """One scored (segment, target) pair as shown."""

    probs: tuple[float, float, float]
    sentiment: tuple[float, float, float] | None
    relevant: bool

    @property
    def label(self) -> str:
        return _STANCES[max(range(3), key=lambda k: self.probs[k])]

    @property
    def score(self) -> float:
        return self.probs[2] - self.probs[0]


def _cells(frame: pd.DataFrame, names: list[str]) -> dict[tuple[int, int], _Cell]:
    """The scored pairs of ``Analysis.to_frame()``, keyed by (segment, target index)."""
    out: dict[tuple[int, int], _Cell] = {}
    rows: Any = frame.itertuples(index=False)
    for r in rows:
        if r.p_against is None or math.isnan(float(r.p_against)):
            continue
        senti = None
        if r.p_negative is not None and not math.isnan(float(r.p_negative)):
            senti = (float(r.p_negative), float(r.p_neutral), float(r.p_positive))
        out[(int(r.segment), names.index(str(r.target)))] = _Cell(
            (float(r.p_against), float(r.p_none), float(r.p_favor)), senti, bool(r.relevant)
        )
    return out


def _speaker_classes(segments: Sequence[Segment], speakers: Sequence[str]) -> dict[str, int]:
    """Colour index of every speaker: named speakers in table order, then the rest."""
    order = list(dict.fromkeys([*speakers, *(speaker_of(s) for s in segments)]))
    return {name: k for k, name in enumerate(order)}


def _colour(name: str, palette_pos: dict[str, int]) -> str:
    if name == AUTHOR:
        return "#444444"
    if name.startswith("("):
        return _UNKNOWN_COLOUR
    return PALETTE[palette_pos[name] % len(PALETTE)]


class _View:
    """Builds the HTML of one analysis; ``pid`` prefixes every id of the page."""

    def __init__(
        self,
        analysis: Analysis,
        *,
        relevance: Relevance,
        threshold: float,
        include_unknown: bool,
        title: str | None,
    ) -> None:
        self.a = analysis
        self.names = [t.name for t in analysis.targets]
        self.by_speaker = analysis.by_speaker(
            relevance=relevance, threshold=threshold, include_unknown=include_unknown
        )
        self.counts = analysis.speakers()
        self.cells = _cells(analysis.to_frame(relevance=relevance), self.names)
        self.threshold = threshold
        self.title = title if title is not None else default_title(analysis.text)
        digest = hashlib.sha1(
            json.dumps(
                [analysis.text, self.names, relevance, threshold, include_unknown, self.title]
            ).encode("utf-8", "replace")
        ).hexdigest()
        self.pid = f"sk-{digest[:10]}"
        table_order = [str(s) for s in dict.fromkeys(self.by_speaker["speaker"])]
        self.speaker_index = _speaker_classes(
            analysis.segments, [*table_order, *map(str, self.counts["speaker"])]
        )
        named = [n for n in self.speaker_index if not n.startswith("(")]
        self.palette_pos = {n: k for k, n in enumerate(named)}

    # ---- pieces ---------------------------------------------------------------------
    def style(self) -> str:
        p = self.pid
        rules = [_css()]
        for name, k in self.speaker_index.items():
            colour = _colour(name, self.palette_pos)
            rules.append(f"#{p} .sk-p{k}{{--c:{colour};--bg:{_tint(colour)}}}")
        for t in range(len(self.names)):
            on = f"#{p}-t{t}:checked~.sk-main"
            rules.append(f"{on} .sk-t{t}{{display:inline-block}}")
            rules.append(f"{on} .sk-m{t}{{text-decoration:underline 2px;font-weight:600}}")
            rules.append(f"{on} .sk-c{t}{{background:#fff7d6}}")
            rules.append(f"{on} .sk-picker label[for={p}-t{t}]{{background:#222;color:#fff}}")
            rules.append(
                f"#{p}-t{t}:focus-visible~.sk-main .sk-picker label[for={p}-t{t}]"
                "{outline:2px solid #0072b2;outline-offset:2px}"
            )
        return "<style>\n" + "\n".join(rules) + "\n</style>"

    def head(self) -> str:
        n_attr = sum(1 for s in self.a.segments if s.is_attributed and not s.excluded)
        n_speakers = len(self.counts)
        stats = (
            f"{len(self.a.text):,} characters \u00b7 {len(self.a.segments)} segments "
            f"({n_attr} attributed) \u00b7 {n_speakers} speaker{'s' if n_speakers != 1 else ''}"
        )
        return (
            f'<div class="sk-head"><div class="sk-title">{_esc(self.title)}</div>'
            f'<div class="sk-stats">{_esc(stats)}</div></div>'
        )

    def radios(self) -> str:
        p = self.pid
        return "".join(
            f'<input type="radio" class="sk-radio" name="{p}-target" id="{p}-t{t}"'
            f'{" checked" if t == 0 else ""} aria-label="stance toward {_esc(n)}">'
            for t, n in enumerate(self.names)
        )

    def picker(self) -> str:
        if not self.names:
            return '<div class="sk-picker">No targets.</div>'
        labels = "".join(
            f'<label for="{self.pid}-t{t}">{_esc(n)}</label>' for t, n in enumerate(self.names)
        )
        hint = "Target:" if len(self.names) == 1 else "Show the stance toward:"
        return f'<div class="sk-picker"><span class="sk-hint">{hint}</span>{labels}</div>'

    def _chip(self, name: str) -> str:
        k = self.speaker_index.get(name)
        cls = f" sk-p{k}" if k is not None else ""
        return f'<span class="sk-chip{cls}" aria-hidden="true"></span>'

    def table(self) -> str:
        frame = self.by_speaker
        if frame.empty:
            return (
                '<p class="sk-empty">No segment counts for any target: no speaker x target '
                "stance.</p>"
            )
        counts = {str(r.speaker): r for r in self.counts.itertuples(index=False)}
        header = "".join(
            f'<th scope="col" class="sk-c{t}">{_esc(n)}</th>' for t, n in enumerate(self.names)
        )
        rows = []
        grid: dict[tuple[str, str], Any] = {
            (str(r.speaker), str(r.target)): r for r in frame.itertuples(index=False)
        }
        for speaker in dict.fromkeys(str(s) for s in frame["speaker"]):
            c = counts.get(speaker)
            said = (
                f"{c.quotes} quote{'s' if c.quotes != 1 else ''}, {c.reported} reported"
                if c is not None
                else ("narration" if speaker == AUTHOR else "")
            )
            cells = [
                f'<th scope="row">{self._chip(speaker)}{_esc(speaker)}'
                f'<span class="sk-said">{_esc(said)}</span></th>'
            ]
            for t, target in enumerate(self.names):
                r = grid.get((speaker, target))
                cells.append(self._table_cell(t, r))
            rows.append("<tr>" + "".join(cells) + "</tr>")
        caption = (
            "Stance per speaker: the sign and word, the score (mean of P(favor) \u2212 "
            "P(against) over the segments that count, weighted by attribution confidence), "
            "its 95 % interval, n segments, and links to them."
        )
        return (
            f'<table class="sk-table"><caption>{_esc(caption)}</caption>'
            f'<thead><tr><th scope="col">speaker</th>{header}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )

    def _table_cell(self, t: int, r: Any) -> str:
        if r is None:
            return f'<td class="sk-c{t} sk-blank" title="no segment counts">\u2014</td>'
        stance = str(r.stance)
        links = " ".join(
            f'<a href="#{self.pid}-s{int(i)}">{int(i)}</a>' for i in list(r.evidence)[:12]
        )
        more = f" +{len(r.evidence) - 12}" if len(r.evidence) > 12 else ""
        return (
            f'<td class="sk-c{t} sk-cell sk-{stance}" data-stance="{stance}">'
            f'<span class="sk-line"><span class="sk-verdict"><span class="sk-sign">'
            f'{_SIGN[stance]}</span> {stance}</span> <span class="sk-num">{r.score:+.2f}'
            "</span></span>"
            f'<span class="sk-ci">[{r.ci_low:+.2f}, {r.ci_high:+.2f}] \u00b7 n {r.n_segments}'
            f'</span><span class="sk-ev">\u00a7 {links}{more}</span></td>'
        )

    def legend(self) -> str:
        return (
            '<div class="sk-legend">'
            '<span class="sk-seg sk-direct sk-demo sk-pdemo"><span class="sk-txt">quote'
            "</span></span> "
            '<span class="sk-seg sk-indirect sk-demo sk-pdemo"><span class="sk-txt">'
            "reported speech</span></span> "
            '<span class="sk-seg sk-mixed sk-demo sk-pdemo"><span class="sk-txt">mixed quote'
            "</span></span> "
            '<span class="sk-seg sk-narration sk-demo"><span class="sk-txt">narration'
            "</span></span> "
            '<span class="sk-seg sk-excluded sk-demo"><span class="sk-txt">boilerplate'
            "</span></span>"
            '<span class="sk-sep"></span>'
            '<span class="sk-st sk-favor sk-demo">+ favor</span> '
            '<span class="sk-st sk-against sk-demo">\u2212 against</span> '
            '<span class="sk-st sk-none sk-demo">\u25cb none</span>'
            '<span class="sk-sep"></span><span class="sk-hint">Hover or click a segment for '
            "its probabilities.</span></div>"
        )

    def _pieces(self, i: int, seg: Segment) -> str:
        """The segment text with each target's mentions wrapped (classes ``sk-m<t>``)."""
        spans: list[tuple[int, int, int]] = []
        for t, target in enumerate(self.a.targets):
            for m in find_target_mentions(seg.text, target):
                if m.end > m.start:
                    spans.append((m.start, m.end, t))
        if not spans:
            return _esc(seg.text)
        cuts = sorted({0, len(seg.text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
        out = []
        for a, b in itertools.pairwise(cuts):
            piece = _esc(seg.text[a:b])
            covering = sorted({t for s, e, t in spans if s <= a and b <= e})
            if covering:
                cls = " ".join(f"sk-m{t}" for t in covering)
                out.append(f'<span class="{cls}">{piece}</span>')
            else:
                out.append(piece)
        return "".join(out)

    def _card(self, i: int, seg: Segment) -> str:
        who = speaker_of(seg)
        if seg.excluded:
            kind = "boilerplate (never scored)"
        elif seg.kind == "narration":
            kind = "narration" + (" (hedged)" if seg.hedged else "")
        else:
            kind = _KIND_WORD[seg.kind] + (" (attitude)" if seg.attitude else "")
        lines = [
            f'<span class="sk-row"><strong>\u00a7 {i}</strong> \u00b7 {_esc(kind)} \u00b7 '
            f"{_esc(who)}"
            + (f" \u00b7 attribution confidence {seg.confidence:.2f}" if seg.is_attributed else "")
            + "</span>"
        ]
        frames = []
        if seg.source is not None:
            frames.append(f"source \u201c{_esc(seg.source.slice(self.a.text))}\u201d")
        if seg.cue is not None:
            frames.append(f"cue \u201c{_esc(seg.cue.slice(self.a.text))}\u201d")
        if frames:
            lines.append('<span class="sk-row">' + " \u00b7 ".join(frames) + "</span>")
        scored = [(t, self.cells[(i, t)]) for t in range(len(self.names)) if (i, t) in self.cells]
        if scored:
            lines.append(
                '<span class="sk-row sk-gh">probabilities per target; "counts": the segment '
                "is one the speaker's stance toward the target is drawn from</span>"
                '<span class="sk-row sk-grid sk-gh"><span>target</span><span>stance</span>'
                "<span>against</span><span>none</span><span>favor</span>"
                "<span>counts</span></span>"
            )
        for t, cell in scored:
            senti = ""
            if cell.sentiment is not None:
                senti = (
                    f' title="sentiment: negative {cell.sentiment[0]:.2f}, neutral '
                    f'{cell.sentiment[1]:.2f}, positive {cell.sentiment[2]:.2f}"'
                )
            lines.append(
                f'<span class="sk-row sk-grid"{senti}><span>{_esc(self.names[t])}</span>'
                f'<span class="sk-{cell.label}">{_SIGN[cell.label]} {cell.label} '
                f"{cell.score:+.2f}</span><span>{cell.probs[0]:.2f}</span>"
                f"<span>{cell.probs[1]:.2f}</span><span>{cell.probs[2]:.2f}</span>"
                f"<span>{'yes' if cell.relevant else 'no'}</span></span>"
            )
        if not scored and not seg.excluded:
            lines.append('<span class="sk-row">not scored (counts for no target)</span>')
        return f'<span class="sk-card" role="tooltip">{"".join(lines)}</span>'

    def segment(self, i: int, seg: Segment, label: bool) -> str:
        who = speaker_of(seg)
        kind = "excluded" if seg.excluded else seg.kind
        classes = ["sk-seg", f"sk-{kind}"]
        k = self.speaker_index.get(who)
        if seg.is_attributed and not seg.excluded and k is not None:
            classes.append(f"sk-p{k}")
        name = ""
        if label and seg.is_attributed and not seg.excluded:
            name = (
                f'<span class="sk-who" aria-hidden="true">{_esc(who)} \u00b7 '
                f"{_KIND_WORD[seg.kind]}</span>"
            )
        badges = []
        for t in range(len(self.names)):
            cell = self.cells.get((i, t))
            if cell is None or not cell.relevant:
                continue
            badges.append(
                f'<span class="sk-st sk-t{t} sk-{cell.label}" data-target="{t}" '
                f'data-stance="{cell.label}">{_SIGN[cell.label]} {cell.label} '
                f"{cell.score:+.2f}</span>"
            )
        return (
            f'<span class="{" ".join(classes)}" id="{self.pid}-s{i}" tabindex="0" '
            f'data-segment="{i}" data-kind="{kind}" data-speaker="{_esc(who)}">{name}'
            f'<span class="sk-txt">{self._pieces(i, seg)}</span>{"".join(badges)}'
            f"{self._card(i, seg)}</span>"
        )

    def article(self) -> str:
        text = self.a.text
        out = []
        pos = 0
        previous: tuple[str, int | None] | None = None
        order = sorted(range(len(self.a.segments)), key=lambda j: self.a.segments[j].start)
        for i in order:
            seg = self.a.segments[i]
            if seg.start < pos:  # overlapping segments (hand-made): show the text once
                continue
            out.append(_esc(text[pos : seg.start]))
            key = (speaker_of(seg), seg.attribution)
            label = seg.attribution is None or key != previous
            out.append(self.segment(i, seg, label))
            if seg.is_attributed:
                previous = key
            pos = seg.end
        out.append(_esc(text[pos:]))
        names = "".join(
            f'<span class="sk-tname sk-t{t}">Badges: stance toward {_esc(n)}</span>'
            for t, n in enumerate(self.names)
        )
        return (
            f'<div class="sk-bar">{names}</div>'
            f'<div class="sk-article" lang="und">{"".join(out)}</div>'
        )

    def fragment(self) -> str:
        return (
            f'<div class="stancekit-view" id="{self.pid}">{self.style()}{self.head()}'
            f'{self.radios()}<div class="sk-main">{self.picker()}{self.table()}'
            f"{self.legend()}{self.article()}</div></div>"
        )


def default_title(text: str) -> str:
    r"""The article's first non-empty line, cut to 120 characters.

    Examples:
        >>> default_title("\n  Mayor backs bridge\nBy Jane Roe")
        'Mayor backs bridge'
    """
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 120 else line[:117] + "..."
    return "stancekit analysis"


def render(
    analysis: Analysis,
    *,
    relevance: Relevance = DEFAULT_RELEVANCE,
    threshold: float = DEFAULT_THRESHOLD,
    include_unknown: bool = True,
    title: str | None = None,
) -> str:
    """The HTML fragment of one analysis (a ``<div>`` with its own ``<style>``).

    Args:
        analysis: What :func:`stancekit.analyze` returned.
        relevance: Which segments count (see :meth:`~stancekit.Analysis.by_speaker`).
        threshold: Minimum ``|score|`` for a favor/against label in the table.
        include_unknown: Keep the ``"(unknown)"`` speaker's row.
        title: The heading; default: the article's first non-empty line.

    Returns:
        HTML with no script and no external resource; ids start with ``sk-`` and a hash
        of the content, so several views can share a page.

    Examples:
        >>> import stancekit
        >>> from stancekit.display import render
        >>> render(analysis)[:30]  # doctest: +SKIP
        '<div class="stancekit-view" id='
    """
    if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise InvalidInputError(expected_got("threshold", "a number in [0, 1]", threshold))
    view = _View(
        analysis,
        relevance=relevance,
        threshold=float(threshold),
        include_unknown=include_unknown,
        title=title,
    )
    return view.fragment()


def page(fragments: Sequence[str], *, title: str = "stancekit") -> str:
    """A complete HTML document holding the given fragments, one after the other.

    The document forbids scripts and network requests (Content-Security-Policy), so it
    can be opened from disk, mailed or served as is.

    Args:
        fragments: Outputs of :func:`render`.
        title: The document title.

    Returns:
        The document, UTF-8 declared.

    Examples:
        >>> page([]).startswith("<!DOCTYPE html>")
        True
    """
    body = "\n".join(fragments)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="stancekit">'
        f"<title>{_esc(title)}</title>"
        "<style>body{margin:0;padding:1.5rem;background:#fff}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )
