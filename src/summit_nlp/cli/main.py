"""``summit-nlp``: the entry point and its parser.  Each subcommand is a module beside this one.

Every command follows one convention for its exit status (:data:`EXIT_STATUS`, shown at the
end of every ``--help``): 0 done, 1 an input or a run failed, 2 the command line is wrong,
130 interrupted.  An error is one line, ``summit-nlp COMMAND: error: FILE: problem``, never a
traceback; a library warning (:class:`~summit_nlp.errors.SummitNLPWarning`) is one
``summit-nlp COMMAND: warning: …`` line.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
import warnings
from typing import Iterator

from .._version import __version__
from ..errors import SummitNLPError, SummitNLPWarning, UsageError

__all__ = ["main", "build_parser", "EXIT_STATUS", "OK", "FAILED", "USAGE", "INTERRUPTED"]

#: Exit statuses, the same for every command.
OK, FAILED, USAGE, INTERRUPTED = 0, 1, 2, 130
EXIT_STATUS = """\
exit status (every command):
  0    done: every input was used
  1    an input could not be used or a run failed (missing, empty, binary or
       not-UTF-8 file, malformed JSON, a failed article or report); the error
       names the file, and the other inputs were still processed
  2    the command line is wrong (unknown option, bad option value, unknown
       notebook parameter); nothing was run
  130  interrupted (Ctrl-C); finished output is kept
"""

#: Subcommand modules, in the order ``--help`` lists them.  Each has ``NAME``,
#: ``HELP``, ``DESCRIPTION``, ``add_arguments(parser)`` and ``run(args) -> int``.
COMMANDS = ["extract", "evaluate", "corpus", "report", "course"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summit-nlp",
        description=(
            "Who said what, to whom and how in news articles: quotes, reported speech, "
            "speakers, sentiment and diplomatic tone, with offsets into the text."
        ),
        epilog="Run 'summit-nlp COMMAND --help' for the options of a command.\n\n" + EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"summit-nlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        mod = importlib.import_module(f".{name}", __package__)
        p = sub.add_parser(
            mod.NAME,
            help=mod.HELP,
            description=mod.DESCRIPTION,
            epilog=EXIT_STATUS,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


@contextlib.contextmanager
def _warnings_as_lines(command: str) -> Iterator[None]:
    """Show the library's warnings as ``summit-nlp COMMAND: warning: message`` lines on stderr."""
    shown = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):  # type: ignore[no-untyped-def]
        if issubclass(category, SummitNLPWarning):
            print(f"summit-nlp {command}: warning: {message}", file=sys.stderr)
        else:
            shown(message, category, filename, lineno, file, line)

    with warnings.catch_warnings():
        warnings.simplefilter("always", SummitNLPWarning)
        warnings.showwarning = show
        try:
            yield
        finally:
            warnings.showwarning = shown


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # a bad command line exits here with USAGE (argparse's 2)
    with _warnings_as_lines(args.command):
        try:
            return int(args._run(args) or OK)
        except UsageError as exc:
            print(f"summit-nlp {args.command}: error: {exc}", file=sys.stderr)
            return USAGE
        except SummitNLPError as exc:
            print(f"summit-nlp {args.command}: error: {exc}", file=sys.stderr)
            return FAILED
        except KeyboardInterrupt:
            print(f"summit-nlp {args.command}: interrupted", file=sys.stderr)
            return INTERRUPTED
        except BrokenPipeError:
            return FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
