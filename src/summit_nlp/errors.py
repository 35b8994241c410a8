"""The one exception type the library raises for bad input."""

from __future__ import annotations

__all__ = ["SummitNLPError", "InputError"]


class SummitNLPError(Exception):
    """Base class of every error summit_nlp raises on purpose.

    The message is one line, meant for a user: it names the input and the
    problem (``"notes.pdf: not a text file (binary content)"``).
    """


class InputError(SummitNLPError, ValueError):
    """The input cannot be analysed: empty path, binary, not UTF-8, too large, bad JSON, bad parameter."""
