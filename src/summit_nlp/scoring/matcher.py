"""Finding many short patterns in a text fast: a dictionary of literal word heads, then anchored regexes.

Python's ``re`` tries every alternative of a big alternation at every word
start; with ~200 patterns that made tone and stance scoring cost more than
extraction.  Here each word start of the text looks up, by its prefixes, only
the patterns whose literal head (the text before the first regex syntax) it
begins with, and runs just those anchored regexes.  Results are the same
matches a whole-word alternation would give, but all of them, overlapping,
so each caller picks its own (longest-first, left-to-right).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from .lexicons import pattern_core

__all__ = ["PhraseMatcher", "build_matcher"]

_WORD_START = re.compile(r"(?<![\w-])\w[\w’'-]*")
_SYNTAX = set("()[]?*+\\|{}.^$ ")


@dataclass(frozen=True)
class PhraseMatcher:
    """Patterns indexed by literal head; :meth:`find` returns ``(start, end, pattern index)``."""

    heads: Mapping[str, tuple[tuple[int, re.Pattern[str]], ...]]
    headless: tuple[tuple[int, re.Pattern[str]], ...]
    prefixes: frozenset[str]  # every prefix of every head: a word leaving this set can match no head

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """Every whole-word match of every pattern, sorted by start, longest first."""
        out: list[tuple[int, int, int]] = []
        low = _lower_same_length(text)
        heads, prefixes = self.heads, self.prefixes
        for w in _WORD_START.finditer(low):
            start, word = w.start(), w.group()
            for k in range(1, len(word) + 1):
                key = word[:k]
                if key not in prefixes:
                    break
                for idx, rx in heads.get(key, ()):
                    m = rx.match(text, start)
                    if m:
                        out.append((start, m.end(), idx))
            for idx, rx in self.headless:
                m = rx.match(text, start)
                if m:
                    out.append((start, m.end(), idx))
        out.sort(key=lambda t: (t[0], t[0] - t[1], t[2]))
        return out


def _lower_same_length(text: str) -> str:
    """``text.lower()``, except characters whose lower case is longer (``İ``) stay, so offsets agree."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _head(pattern: str) -> str:
    """The literal lower-case text a pattern must start with ("" when it starts with regex syntax)."""
    low = pattern.lower()
    k = 0
    while k < len(low) and low[k] not in _SYNTAX:
        k += 1
    head = low[:k]
    if k < len(low) and low[k] in "?*{":
        head = head[:-1]  # the last literal is optional: "favou?r" needs only "favo"
    return head


_LEADING_GROUP = re.compile(r"\(\?:([\w’'|]+)\)")


def _heads(pattern: str) -> list[str]:
    """The literal heads of a pattern; a leading group of plain words (``(?:will|would) not``) gives
    one head per word, so the pattern is not tried at every word of the text."""
    m = _LEADING_GROUP.match(pattern)
    if m is None:
        head = _head(pattern)
        return [head] if head else []
    rest = pattern[m.end():]
    if rest[:1] in ("?", "*", "{"):
        return []  # the group is optional: no literal head
    return [h for alt in m.group(1).split("|") if (h := _head(alt + rest))]


def build_matcher(patterns: Sequence[str]) -> PhraseMatcher:
    """A matcher for data-file patterns (see :func:`~summit_nlp.scoring.lexicons.pattern_core`)."""
    heads: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    headless: list[tuple[int, re.Pattern[str]]] = []
    for idx, pattern in enumerate(patterns):
        rx = re.compile(rf"(?:{pattern_core(pattern)})(?![\w-])", re.IGNORECASE)
        pattern_heads = _heads(pattern)
        for head in pattern_heads:
            heads.setdefault(head, []).append((idx, rx))
        if not pattern_heads:
            headless.append((idx, rx))
    return PhraseMatcher(
        heads={h: tuple(v) for h, v in heads.items()},
        headless=tuple(headless),
        prefixes=frozenset(h[:k] for h in heads for k in range(1, len(h) + 1)),
    )
