"""Small text helpers shared by the scorers: word tokens with offsets, negation, word counts."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokens", "token_pattern", "word_count", "has_words", "QUOTE_MARKS"]

#: Quotation marks are transparent for the scorers: ``branding it as “constructive”``.
QUOTE_MARKS = frozenset("\"“”„‟«»‘’‚‛'`")

_TOKEN = re.compile(r"\w+(?:[’'\-]\w+)*(?:[’']s\b)?|n[’']t\b|[^\w\s]")
# "U.S." and "U.N." are one word: split at the dots, "a U.S. proposal" would end a noun phrase at "a U".
# The longer pattern is slower, so it is used only on text that holds such an abbreviation.
_TOKEN_ABBR = re.compile(r"(?:[A-Z]\.){2,}(?![A-Za-z])|" + _TOKEN.pattern)
_ABBR = re.compile(r"[A-Z]\.[A-Z]\.")
_WORD = re.compile(r"\w")


class Token(NamedTuple):
    """A word or punctuation mark; ``start``/``end`` are offsets into the text it was cut from.

    A NamedTuple rather than a dataclass: articles produce many tokens and
    tuples are several times cheaper to create.  ``lower`` is kept rather than computed: the
    rules compare a token's lower case several times each (measured: 5 per token).
    """

    text: str
    start: int
    end: int
    lower: str

    @property
    def is_word(self) -> bool:
        return bool(_WORD.match(self.text))


def token_pattern(text: str) -> re.Pattern[str]:
    """The token pattern for ``text``: the abbreviation-aware one only when the text holds ``U.S.``-like words."""
    return _TOKEN_ABBR if _ABBR.search(text) else _TOKEN


def tokens(text: str, offset: int = 0) -> tuple[Token, ...]:
    """The tokens of ``text``; ``offset`` is added to every position."""
    new = tuple.__new__  # Token's own __new__ is a Python call per token; the tuple is the same
    return tuple([new(Token, ((word := m.group()), m.start() + offset, m.end() + offset, word.lower()))
                  for m in token_pattern(text).finditer(text)])


#: The word alternatives of ``_TOKEN`` alone: the same word tokens (punctuation tokens are one character).
_WORD_TOKEN = re.compile(r"\w+(?:[’'\-]\w+)*(?:[’']s\b)?|n[’']t\b")


def word_count(text: str) -> int:
    """Number of word tokens (what per-100-word rates divide by)."""
    return len(_WORD_TOKEN.findall(text))


def has_words(text: str) -> bool:
    """Whether ``text`` has at least one letter or digit."""
    return bool(_WORD.search(text))
