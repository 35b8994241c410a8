"""Paragraphs, sentences and tokens as offset spans, with nltk and no downloaded data.

Sentences come from nltk's Punkt with parameters built here from the
package's abbreviation list (``data/abbreviations.txt``), so nothing is
fetched and nltk's global data path is never touched.  Punkt runs inside
each paragraph: a sentence never crosses a line break, which is how news
text marks paragraphs; a "sentence" Punkt opens with a lower-case word joins the one before
(it cut after an abbreviation it did not know: ``(D-N.Y.) said``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from typing import TYPE_CHECKING

from ..model import Span

if TYPE_CHECKING:  # nltk is imported when the first article is split, not when the package is
    from nltk.tokenize import RegexpTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = ["paragraphs", "sentences", "tokens", "load_abbreviations", "title_case_headline_end", "is_title_case_line",
           "blank_line_start", "opens_sentence"]

_PARAGRAPH = re.compile(r"[^\n]+")
# Dotted abbreviations (U.S., e.g.) are one token; words keep inner apostrophes and
# hyphens (Russia’s, behind-the-scenes); every other non-space character stands alone.
_TOKEN = r"(?:[^\W\d_]\.){2,}|\w+(?:[’'\-]\w+)*|[^\w\s]"


def load_abbreviations() -> frozenset[str]:
    """The shipped abbreviation list plus initials: single letters and pairs (``M.K. Stalin``,
    ``George H.W. Bush``; ``U.S.`` and ``p.m.`` are pairs too)."""
    raw = resources.files(__package__).joinpath("data/abbreviations.txt").read_text("utf-8")
    words = {line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")}
    letters = "abcdefghijklmnopqrstuvwxyz"
    words.update(letters)
    words.update(f"{a}.{b}" for a in letters for b in letters)
    return frozenset(words)


@lru_cache(maxsize=1)
def _punkt() -> "PunktSentenceTokenizer":
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    class _Punkt(PunktSentenceTokenizer):
        """Punkt, with its decision on each candidate break memoised by the break's context (the
        word before, the mark, the token after: ``said. The``): the decision depends on nothing
        else (the parameters are fixed), and contexts repeat across a corpus (about one in four).

        The decision itself is nltk's two annotation passes written out for these parameters
        (abbreviations only: no collocations, no sentence starters, no orthographic context), on
        nltk's own word tokens and token patterns, without a ``PunktToken`` per word: a token
        followed by another is a break when the first pass makes it one (``.``, ``?``, ``!``, or
        a word ending in one full stop that is no listed abbreviation) and the second does not
        take it back (an initial or a number before punctuation or a lower-case word, or an
        initial before a capitalised word).  With empty context the second pass can only take
        breaks back.  ``tests/extract/test_segment.py`` checks it against nltk's own."""

        @lru_cache(maxsize=8192)
        def text_contains_sentbreak(self, text: str) -> bool:
            words = [w for line in text.split("\n") if line.strip() for w in self._lang_vars.word_tokenize(line)]
            return any(self._breaks_after(words[i], words[i + 1]) for i in range(len(words) - 1))

        def _breaks_after(self, tok: str, nxt: str) -> bool:
            token = self._Token
            if tok in self._lang_vars.sent_end_chars:
                pass  # a break; "." goes on to the second pass, which keeps it
            elif not tok.endswith(".") or tok.endswith("..") or tok.startswith("..") and token._RE_ELLIPSIS.match(tok):
                return False
            else:
                low = tok[:-1].lower()
                if low in self._params.abbrev_types or low.split("-")[-1] in self._params.abbrev_types:
                    return False
            if not tok.endswith("."):
                return True  # "?", "!": the second pass looks only at tokens ending in a full stop
            # (the patterns only where they can match: a number holds a digit, an initial is two characters)
            typ = token._RE_NUMERIC.sub("##number##", tok.lower()) if any(c.isdigit() for c in tok) else tok.lower()
            typ = typ[:-1] if len(typ) > 1 and typ[-1] == "." else typ
            initial = len(tok) == 2 and token._RE_INITIAL.match(tok)
            if initial or typ == "##number##":
                if nxt in self.PUNCTUATION or nxt[0].islower():
                    return False  # the orthographic heuristic says the next word starts no sentence
                if initial and nxt[0].isupper():
                    return False  # an initial before a capitalised word ("J. Bach")
            return True

    params = PunktParameters()
    params.abbrev_types = set(load_abbreviations())
    return _Punkt(params)


@lru_cache(maxsize=1)
def _tokenizer() -> "RegexpTokenizer":
    from nltk.tokenize import RegexpTokenizer

    return RegexpTokenizer(_TOKEN)


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines, trimmed of surrounding whitespace."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Span(start, end, text[start:end]))
    return out


def sentences(text: str) -> list[Span]:
    """Sentence spans, never crossing a paragraph break."""
    punkt = _punkt()
    out = []
    for para in paragraphs(text):
        first = len(out)
        for s, e in punkt.span_tokenize(para.text):
            if len(out) > first and para.text[s:s + 1].islower():
                # "Sen. Ann Ray (D-N.Y.) | said …": Punkt cut after a dotted abbreviation; a
                # sentence of news copy never opens with a lower-case word
                s = out.pop().start - para.start
            out.append(Span(para.start + s, para.start + e, para.text[s:e]))
    return out


def blank_line_start(text: str, pos: int) -> int | None:
    """The start of the line holding ``pos`` if only blanks stand between it and ``pos``, else None.

    Walks back over the blanks only, so asking it for every quote of a one-line megabyte of
    text stays linear (``text.rfind("\\n", 0, pos)`` would scan the whole line each time)."""
    i = pos
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i if i == 0 or text[i - 1] == "\n" else None


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Token spans of ``text[start:end]``, with offsets into ``text``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    return [Span(start + s, start + e, chunk[s:e]) for s, e in _tokenizer().span_tokenize(chunk)]


@lru_cache(maxsize=8)  # asked once per quote: a text's hash is cached, so a hit costs nothing
def title_case_headline_end(text: str) -> int:
    """End offset of a first line written in Title Case (where capitals mark neither names nor
    sentence starts: ``Putin Says Russia Ready For Talks``); 0 when there is none."""
    end = text.find("\n")
    return end if end > 0 and is_title_case_line(text[:end]) else 0


def is_title_case_line(line: str) -> bool:
    """Whether a line reads as a Title Case headline: four words or more, three in four capitalised,
    and no full stop but one closing it (some archives end every headline with one)."""
    words = re.findall(r"[A-Za-z][\w’']*", line)
    if len(words) < 4 or re.search(r"[.!?]\s+[A-Z]", line.rstrip().rstrip(".")):
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.75


_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][”\"’')]?)[ \t]*$|\n[ \t]*$")


def opens_sentence(text: str, pos: int, floor: int = 0) -> bool:
    """Whether ``pos`` starts a sentence: only blanks since ``floor`` (a line's or the text's start),
    or a line break or a sentence's stop right before it."""
    return _SENTENCE_BEFORE.search(text, max(floor, pos - 6), pos) is not None or not text[floor:pos].strip()
