"""The ``stancekit`` command line: a thin layer over the library.

Each subcommand lives in :mod:`stancekit.commands` as a module with ``add_parser`` and
``run``; this file only wires them together.

Examples:
    stancekit analyze seeds/lukashenko_interview.txt --target NATO --format table
    stancekit evaluate --dataset newsattr --data-dir ../shared/data
    stancekit train --dataset newsmtsc --model baseline --output runs/baseline-newsmtsc
    stancekit train --train my.csv --model transformer --output runs/mine -v
    stancekit evaluate --data my-test.csv --model runs/mine --predictions runs/pred.csv
    stancekit resave-model runs/old-model
    stancekit analyze article.txt --target NATO --html article.html
    stancekit html out/ --article a17 --output a17.html
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from stancekit.errors import StancekitError

__all__ = ["EXIT_INTERRUPTED", "build_parser", "main"]

#: Exit status after Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130

_COMMANDS = ("analyze", "analyze-corpus", "download", "evaluate", "html", "train", "resave-model")
#: Subcommands whose module name differs from the command.
_MODULES = {"analyze-corpus": "corpus", "html": "html_view", "resave-model": "resave"}
_VERBOSE_HELP = "more logging (-v: info, -vv: debug); accepted before or after the command"


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="stancekit",
        description="Who says what in the news, and where each speaker stands.",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help=_VERBOSE_HELP)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in _COMMANDS:
        module = importlib.import_module(f"stancekit.commands.{_MODULES.get(name, name)}")
        module.add_parser(sub)
        # -v after the subcommand too; counted apart and added up in main()
        sub.choices[name].add_argument(
            "-v", "--verbose", action="count", default=0, dest="verbose_after", help=_VERBOSE_HELP
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status.

    Args:
        argv: Arguments without the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        0 on success, 2 on a usage, input or output error (one line on stderr; the
        traceback too with ``-vv``); ``analyze-corpus`` returns 3 when it finished but
        some articles could not be analysed; 130 after Ctrl-C; 1 on an unexpected error
        (a bug: one line, the traceback with ``-vv``).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    verbose = args.verbose + getattr(args, "verbose_after", 0)
    # training is long: its plan and one line per epoch are shown without -v
    base = logging.INFO if args.command == "train" else logging.WARNING
    level = max(logging.DEBUG, base - 10 * verbose)
    logging.basicConfig(
        level=level if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("stancekit").setLevel(level)
    module = importlib.import_module(
        f"stancekit.commands.{_MODULES.get(args.command, args.command)}"
    )
    try:
        return int(module.run(args) or 0)
    except StancekitError as err:
        if verbose >= 2:
            logging.getLogger("stancekit").exception("traceback (-vv)")
        print(f"stancekit {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            f"stancekit {args.command}: interrupted"
            + (
                "; run the same command again to resume" if args.command == "analyze-corpus" else ""
            ),
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except Exception as err:
        if verbose >= 2:
            raise
        print(
            f"stancekit {args.command}: error: unexpected {type(err).__name__}: {err} "
            "(this is a bug in stancekit; run again with -vv for the traceback and report it)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
