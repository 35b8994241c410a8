"""The one exception type the library raises for bad input."""

from __future__ import annotations

__all__ = ["SummitNLPError", "InputError", "UsageError", "TimeLimitError", "SummitNLPWarning"]


class SummitNLPError(Exception):
    """Base class of every error summit_nlp raises on purpose.

    The message is one line, meant for a user: it names the input and the
    problem (``"notes.pdf: not a text file (binary content)"``).
    """


class InputError(SummitNLPError, ValueError):
    """The input cannot be analysed: empty path, binary, not UTF-8, too large, bad JSON, bad parameter."""


class UsageError(InputError):
    """The request itself is wrong (an option or parameter that does not exist or has a bad value);
    nothing was run.  ``summit-nlp`` exits with status 2 for it, as for a bad command line."""


class TimeLimitError(SummitNLPError):
    """An article took longer than the time limit of a corpus run (``--timeout``); it was skipped
    and recorded in the ``errors`` table, and the run went on."""


class SummitNLPWarning(UserWarning):
    """Something is probably a mistake but not an error (a path passed as article text, a file
    skipped because it is not an article).  ``summit-nlp`` prints it as one ``warning:`` line."""
