"""``stancekit analyze``: where each speaker of an article stands on the given targets.

Examples:
    stancekit analyze article.txt --target NATO --target "United States=USA,US"
    cat article.txt | stancekit analyze - --target war --format json
    stancekit analyze a.txt b.txt --target war --format csv --segments
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import warnings
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from stancekit.commands.common import (
    add_model_options,
    add_segmenter_options,
    add_speaker_options,
    add_target_option,
    model_arguments,
    segmenter_arguments,
)
from stancekit.data.textfiles import read_stdin, read_text_file
from stancekit.errors import InvalidInputError, expected_got
from stancekit.records import Target
from stancekit.targets import parse_target

__all__ = ["add_parser", "format_table", "run"]

logger = logging.getLogger(__name__)

_FORMATS = ("table", "csv", "json")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``analyze`` on the ``stancekit`` parser's subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "analyze",
        help="speaker x target stances of news articles",
        description=(
            "Split each article into speaker-attributed segments, score every "
            "(segment, target) pair and print each speaker's stance per target."
        ),
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="article text file; - is stdin (at most once)"
    )
    parser.add_argument(
        "--encoding",
        default=None,
        metavar="CODEC",
        help="encoding of the files and stdin (a Python codec: utf-8, utf-16, cp1252, "
        "latin-1 ...); default: a byte-order mark decides (UTF-8/16/32), else UTF-8",
    )
    add_target_option(parser)
    parser.add_argument("--format", choices=_FORMATS, default="table", help="output format")
    add_model_options(parser)
    parser.add_argument(
        "--segments",
        action="store_true",
        help="also print the segments (table) or print one row per segment x target (csv/json)",
    )
    add_speaker_options(parser)
    add_segmenter_options(parser)
    parser.add_argument(
        "--html",
        type=Path,
        default=None,
        metavar="FILE",
        help="also write the HTML view: each article marked up by speaker and stance, with "
        "its table (one self-contained page; several files give one section each)",
    )
    return parser


def _read_all(paths: list[str], encoding: str | None) -> list[str]:
    """Read every FILE (``-`` is stdin, allowed once); errors name the file (exit 2)."""
    if paths.count("-") > 1:
        raise InvalidInputError(
            expected_got(
                "FILE", "- (stdin) at most once", f"{paths.count('-')} times", "Give - once."
            )
        )
    repeated = sorted({p for p in paths if p != "-" and paths.count(p) > 1})
    if repeated:
        raise InvalidInputError(expected_got("FILE", "each file once", repeated))
    return [read_stdin(encoding) if p == "-" else read_text_file(p, encoding) for p in paths]


def _fmt_table(rows: list[list[str]], header: list[str], right: set[int]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    out = []
    for r in [header, *rows]:
        cells = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
    return out


def format_table(by_speaker: pd.DataFrame, speakers: pd.DataFrame) -> str:
    """Render the per-speaker table with a "who says how much" header.

    Args:
        by_speaker: ``Analysis.by_speaker()``.
        speakers: ``Analysis.speakers()``.

    Returns:
        The text, ending with a newline.
    """
    lines = []
    for row in speakers.itertuples(index=False):
        quotes = f"{row.quotes} quote{'s' if row.quotes != 1 else ''}"
        reported = f"{row.reported} reported statement{'s' if row.reported != 1 else ''}"
        lines.append(f"{row.speaker} — {quotes}, {reported}")
    if lines:
        lines.append("")
    if by_speaker.empty:
        lines.append("No segment mentions any of the targets.")
        return "\n".join(lines) + "\n"
    rows = [
        [
            str(r.speaker),
            str(r.target),
            str(r.stance),
            f"{r.score:+.2f}",
            f"[{r.ci_low:+.2f}, {r.ci_high:+.2f}]",
            str(r.n_segments),
        ]
        for r in by_speaker.itertuples(index=False)
    ]
    header = ["speaker", "target", "stance", "score", "95% interval", "n"]
    lines.extend(_fmt_table(rows, header, right={3, 5}))
    return "\n".join(lines) + "\n"


def _format_segments(analysis: Any) -> str:
    frame = analysis.to_frame()
    mentioned = frame[frame.mentioned].groupby("segment")["target"].agg(", ".join).to_dict()
    rows = []
    for i, seg in enumerate(analysis.segments):
        text = " ".join(seg.text.split())
        text = text if len(text) <= 70 else text[:67] + "..."
        who = (
            "(excluded)"
            if seg.excluded
            else seg.speaker or ("" if seg.kind == "narration" else "?")
        )
        rows.append([str(i), seg.kind, who, mentioned.get(i, ""), text])
    return "\n".join(_fmt_table(rows, ["#", "kind", "speaker", "mentions", "text"], {0})) + "\n"


def _write_frame(frame: pd.DataFrame, fmt: str, out: TextIO) -> None:
    frame = frame.copy()
    if "evidence" in frame:
        frame["evidence"] = [list(ev) for ev in frame["evidence"]]
    if fmt == "csv":
        if "evidence" in frame:
            frame["evidence"] = [
                " ".join(f"{e[0]}:{e[1]}" if isinstance(e, tuple) else str(e) for e in ev)
                for ev in frame["evidence"]
            ]
        frame.to_csv(out, index=False, float_format="%.4f")
    else:
        records = json.loads(frame.to_json(orient="records", double_precision=4))
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")


def _write_html(path: Path, corpus: Any, options: dict[str, Any]) -> None:
    try:
        corpus.to_html(path, **options)
    except OSError as err:
        raise InvalidInputError(
            expected_got("--html", "a file that can be written", str(path), str(err))
        ) from err
    logger.info("wrote %s", path)


def run(args: argparse.Namespace) -> int:
    """Run ``stancekit analyze`` and print the results to stdout.

    Returns:
        0 on success; 2 when an article could not be analysed (the others are printed,
        the failures go to stderr).
    """
    from stancekit.errors import ArticleFailedWarning
    from stancekit.pipeline import analyze_many

    targets: list[Target] = [parse_target(spec) for spec in args.target]
    texts = _read_all(args.files, args.encoding)
    names = ["<stdin>" if p == "-" else p for p in args.files]
    segments = None
    if args.segmenter != "rules" or args.tagger is not None:
        from stancekit.segmentation import segment

        how = segmenter_arguments(args)
        segments = [segment(t, **how) for t in texts]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleFailedWarning)  # reported below instead
        corpus = analyze_many(
            texts,
            targets,
            ids=names,
            segments=segments,
            show_progress_bar=False,
            **model_arguments(args),
        )
    for row in corpus.errors.itertuples(index=False):
        print(
            f"stancekit analyze: error: {row.article}: {row.error}: {row.message}", file=sys.stderr
        )
    status = 2 if len(corpus.errors) else 0
    options = {"relevance": args.relevance, "threshold": args.threshold}
    if args.html is not None:
        _write_html(args.html, corpus, options)
    out = sys.stdout
    if args.format == "table":
        for name, analysis in zip(corpus.ids, corpus, strict=True):
            if len(names) > 1:
                out.write(f"== {name} ==\n")
            if args.segments:
                out.write(_format_segments(analysis) + "\n")
            out.write(format_table(analysis.by_speaker(**options), analysis.speakers()))
            if len(names) > 1:
                out.write("\n")
        return status
    if args.segments:
        frame = corpus.to_frame(relevance=args.relevance)
    else:
        frame = corpus.by_speaker(per_article=True, **options)
    if len(names) == 1:
        frame = frame.drop(columns=[c for c in ("article", "n_articles") if c in frame])
    _write_frame(frame, args.format, out)
    return status
