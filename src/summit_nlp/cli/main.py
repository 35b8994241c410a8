"""``summit-nlp``: the entry point and its parser.  Each subcommand is a module beside this one."""

from __future__ import annotations

import argparse
import importlib
import sys

from .._version import __version__
from ..errors import SummitNLPError

__all__ = ["main", "build_parser"]

#: Subcommand modules, in the order ``--help`` lists them.  Each has ``NAME``,
#: ``HELP``, ``DESCRIPTION``, ``add_arguments(parser)`` and ``run(args) -> int``.
COMMANDS = ["extract", "evaluate", "corpus", "report"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summit-nlp",
        description=(
            "Who said what, to whom and how in news articles: quotes, reported speech, "
            "speakers, sentiment and diplomatic tone, with offsets into the text."
        ),
        epilog="Run 'summit-nlp COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"summit-nlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        mod = importlib.import_module(f".{name}", __package__)
        p = sub.add_parser(
            mod.NAME,
            help=mod.HELP,
            description=mod.DESCRIPTION,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except SummitNLPError as exc:
        print(f"summit-nlp {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"summit-nlp {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
