"""Where the big word-list patterns of the mention step can match, found by one cheap pass.

The title, role, group and pronoun patterns are large alternations that ``re`` tries at every
word start of a stretch of text, and most words open none of them.  :func:`word_starts` reads
the stretch once (one pattern of all the lists' first words over its lower case), and lists,
for each word list, where a word of it begins; the patterns then run only there.  Each helper
gives exactly the matches of the plain scan:

* :func:`search_at` — a pattern that starts with a listed word: the leftmost match at or after
  ``pos`` starts at one of the listed places, so trying ``match`` there in order finds it
  (:func:`finditer_at`: all of them, for a one-word pattern such as the pronouns).
* :func:`finditer_near` — a pattern that ends with a listed word (``the Russian | leader``),
  stays on one line and has at most ``back`` blank-separated words before that word: no match
  starts more than ``back`` words before a listed place, so searching from there, to the line's
  end, finds the same matches as ``finditer`` over the whole stretch.

A word list all of whose phrases open with a word character has as its "first words" the lower
case of each phrase's first ``\\w+`` run: a phrase matched case-insensitively at a word start
begins with a run of the text whose lower case is that first word.  Four characters that ``re``
folds to ASCII letters but ``str.lower`` does not (``İ ı ſ K``) turn the shortcut off for a text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from .lexicon import union

__all__ = ["first_words", "word_starts", "search_at", "finditer_at", "finditer_near"]

_WORD_RUN = re.compile(r"\w+")  # a phrase's first word
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K: (?i) matches them to i, i, s, k


def first_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The lower-case first ``\\w+`` run of every phrase; None when a phrase opens with no word
    character (the shortcut does not hold for such a list: the caller scans as before)."""
    out = set()
    for phrase in phrases:
        m = _WORD_RUN.match(phrase.lower())
        if m is None:
            return None
        out.add(m.group())
    return frozenset(out)


@lru_cache(maxsize=16)
def _lookup(lists: tuple[frozenset[str], ...]) -> tuple[re.Pattern[str], dict[str, int]]:
    """For all the lists at once: a pattern of their words (as whole ``\\w+`` runs, a trie: one
    pass of ``re`` over the lower-cased text, faster than a Python loop over every word) and a
    dict word -> bit mask of the lists it opens a phrase of."""
    table: dict[str, int] = {}
    for k, words in enumerate(lists):
        for w in words:
            table[w] = table.get(w, 0) | 1 << k
    return re.compile(rf"(?<!\w)(?:{union(sorted(table))})(?!\w)"), table


def word_starts(text: str, start: int, end: int, lists: tuple[frozenset[str], ...]) -> list[list[int]] | None:
    """For each word list, the sorted starts of the words of ``text[start:end]`` that open a
    phrase of it; None for a text the shortcut cannot read (see the module docstring)."""
    if _FOLDS_TO_ASCII.search(text, start, end):
        return None
    pattern, table = _lookup(lists)
    # lower case changes no character's length or word-ness but İ's (excluded above), so the
    # lower-cased text has the same words at the same places
    low = text[start:end].lower()
    out: list[list[int]] = [[] for _ in lists]
    for m in pattern.finditer(low):
        bits = table[m.group()]
        k = 0
        while bits:
            if bits & 1:
                out[k].append(start + m.start())
            bits >>= 1
            k += 1
    return out


def search_at(pattern: re.Pattern[str], text: str, pos: int, end: int, starts: list[int]) -> re.Match[str] | None:
    """``pattern.search(text, pos, end)`` for a pattern whose every match starts at one of ``starts``."""
    for s in starts[_first_at(starts, pos):]:
        m = pattern.match(text, s, end)
        if m is not None:
            return m
    return None


def finditer_at(pattern: re.Pattern[str], text: str, end: int, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, starts[0], end)`` for a pattern whose matches are single words
    (none overlaps the next word) and start at one of ``starts``."""
    return (m for s in starts if (m := pattern.match(text, s, end)) is not None)


def _first_at(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


@lru_cache(maxsize=8)
def _words_back(back: int) -> re.Pattern[str]:
    # read on the reversed text: the rest of the word holding the place, then up to ``back`` words
    return re.compile(rf"[^ \t\n]*(?:[ \t]+[^ \t\n]+){{0,{back}}}")


def _window_start(text: str, pos: int, floor: int, back: int) -> int:
    """The start of the ``back``-th blank-separated word before the word holding ``pos`` (the
    line's start if nearer), not before ``floor``."""
    lo = max(floor, pos - 40 * (back + 1))
    seg = text[lo:pos][::-1]
    m = _words_back(back).match(seg)
    if m.end() == len(seg) and lo > floor:  # the window was too short: take the whole line
        return max(floor, text.rfind("\n", floor, pos) + 1)
    return pos - m.end()


def finditer_near(pattern: re.Pattern[str], text: str, start: int, end: int, anchors: list[int],
                  back: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a non-empty pattern whose every match lies within
    one line and holds one of ``anchors`` at most ``back`` blank-separated words after its start."""
    pos = start
    i, n = 0, len(anchors)
    while i < n:
        a = anchors[i]
        if a < pos:
            i += 1
            continue
        line_end = text.find("\n", a, end)
        if line_end < 0:
            line_end = end
        m = pattern.search(text, _window_start(text, a, pos, back), line_end)
        if m is None:  # nothing from this anchor's window to its line's end: go on with the next line
            while i < n and anchors[i] < line_end:
                i += 1
            continue
        yield m
        pos = m.end()
