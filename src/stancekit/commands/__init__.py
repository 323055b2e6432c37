"""One module per ``stancekit`` subcommand.

Each module has ``add_parser(subparsers)`` and ``run(args) -> int``.
"""
