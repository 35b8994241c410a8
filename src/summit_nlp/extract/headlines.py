"""Headline quotes the body repeats: whose words a headline quotes (after speaker resolution).

A headline or standfirst names a side for the words it quotes (``Pretoria says BEE is
‘non-negotiable’``, ``Sri Lanka Navy says trawlers were ‘well inside’ its waters``, ``US calls
Chinese action ‘dangerous’``); the body then quotes the same words with the person or office who
said them (``“… is non-negotiable,” presidential spokesperson Vincent Magwenya said``).  A quote in
the article's first lines whose speaker is a country, organisation or group (or none) is the
speaker's of the first later quote that holds the same words; a person named in the headline
keeps the words (``Starmer confirms … ‘not up for negotiation’``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from ..model import Entity, Statement

__all__ = ["credit_headline_quotes"]

_HEAD_LINES = 3  # the headline, a standfirst and a byline or dateline
_HEAD_LINE_MAX = 300  # characters: a longer line is the body's first paragraph
_STANDFIRST_MAX = 150  # ... and so is a shorter one ending a sentence, unless it is this short
_SIDE_KINDS = frozenset({"country", "organisation", "group"})
_NOT_WORD = re.compile(r"[\W_]+")
_SENTENCE_END = re.compile(r"[.!?][”’\"')\]]*$")


def _words(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip()


def _head_end(text: str) -> int:
    """Where the article's first lines end: the headline region, up to three short lines before the
    body's first paragraph (a long line, or one that ends a sentence and is longer than a standfirst)."""
    pos, lines = 0, 0
    while lines < _HEAD_LINES and pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end].strip()
        if line:
            if end - pos > _HEAD_LINE_MAX or (_SENTENCE_END.search(line) and len(line) > _STANDFIRST_MAX):
                return pos  # a lede, not a standfirst
            lines += 1
        pos = end + 1
    return min(pos, len(text))


def credit_headline_quotes(text: str, quotes: list[Statement], entities: Iterable[Entity]) -> list[Statement]:
    """``quotes`` with each headline quote the body repeats credited to the body quote's speaker."""
    head = _head_end(text)
    if head == 0 or not any(q.span.start < head for q in quotes):
        return quotes
    kinds = {e.name: e.kind for e in entities}
    body = [(q, _words(q.text)) for q in quotes if q.span.start >= head and q.speaker is not None]
    out = []
    for q in quotes:
        words = _words(q.text)
        if q.span.start < head and words and (q.speaker is None or kinds.get(q.speaker) in _SIDE_KINDS):
            later = next((b for b, bw in body if f" {words} " in f" {bw} " and b.speaker != q.speaker), None)
            if later is not None and kinds.get(later.speaker) not in {"country", "group"}:
                q = replace(q, speaker=later.speaker)
        out.append(q)
    return out
