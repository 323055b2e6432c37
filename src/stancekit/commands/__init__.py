"""One module per ``stancekit`` subcommand, each with ``add_parser(subparsers)`` and ``run(args)``."""
