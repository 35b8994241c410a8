"""Finding quotation-marked spans.

How a mark is read:

* Every quotation mark belongs to a *family*: double (“ ” " „ « » `` '') or single (‘ ’ ' ‹ › `).
* Its *role* (opens, closes, or either) comes from its shape when the shape says
  (“ opens, ” closes; after a German „ or ‚ the “ or ‘ closes) and from its neighbours otherwise: a straight mark after a space
  and before a word opens; after a word and before a space or punctuation it closes.
* A single mark between two letters, or before a decade or a clipped word (’90s, ’em)
  is an apostrophe, never a quote; one after an *s* and before a lower-case word (``the
  farmers' money``) closes a quote only when no other closer follows before the next opener.

Pairing is done paragraph by paragraph (a line is a paragraph): an opener waits for a
closer of its own family; marks of the other family inside are nested quotes and stay
inside.  Marks of the same family nest too when a paragraph's marks, each unambiguous,
open twice before closing and balance exactly (``"He said, "Welcome." I said, "Thanks." …"``).  Trouble stays local: a closer with nothing open is ignored, and an opener that
never closes in its paragraph is dropped and scanning resumes right after it, so one
stray mark never swallows the rest of the article.  The exceptions: the news
convention for quotes running over paragraphs (a paragraph that ends inside a quote
followed by a paragraph opening with a mark of the same family yields one quote per
paragraph), and a lost closing mark (an opener of unambiguous shape that opens a sentence
and is the last mark of its family in a paragraph ending with a full stop: the quote runs
to the paragraph's end).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Quote, Span
from .segment import paragraphs

__all__ = ["find_quotes", "QuoteIndex"]

_MARK = re.compile(r"``|''|[\"“”„‟«»‘’‚‛'‹›`]")
_DOUBLE_OPEN, _DOUBLE_CLOSE = {"“", "„", "‟", "«", "``"}, {"”", "»"}
_SINGLE_OPEN, _SINGLE_CLOSE = {"‘", "‚", "‛", "‹", "`"}, {"’", "›"}  # `…' : the LaTeX-style single quote
_AMBIGUOUS = {'"', "''", "'"}
_LOW_NINE_CLOSER = {"„": "“", "‚": "‘"}
_GUILLEMETS = {"«", "»", "‹", "›"}
_SINGLE = _SINGLE_OPEN | _SINGLE_CLOSE | {"'"}
_OPEN_BEFORE = set("([{—–-/") | _DOUBLE_OPEN | _SINGLE_OPEN | {'"', "'"}
# Words that start with an apostrophe in news copy: ’90s, ’em, ’til, rock ’n’ roll.
_ELIDED = re.compile(r"(?:\d\ds?\b|em\b|til\b|tis\b|twas\b|n\b|cause\b|bout\b|round\b)", re.IGNORECASE)
#: A top-level quote in single marks longer than this is taken for a misreading.
MAX_SINGLE_QUOTE = 600


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    family: str  # "double" | "single"
    opens: bool
    closes: bool
    possessive: bool = False  # "the farmers' money": may be a plural possessive, not a closer


def _classify(text: str, m: re.Match[str]) -> _Mark | None:
    """Family and possible roles of one mark, or None for an apostrophe."""
    s, e, mark = m.start(), m.end(), m.group()
    prev = text[s - 1] if s > 0 else " "
    nxt = text[e] if e < len(text) else " "
    family = "single" if mark in _SINGLE else "double"
    space_before = prev.isspace() or prev in _OPEN_BEFORE
    space_after = nxt.isspace() or (not nxt.isalnum() and nxt not in "‘“'\"…$£€(")
    if family == "single":
        if prev.isalnum() and nxt.isalnum():
            return None  # Russia’s, don't
        if text[max(0, s - 2):s] in ("’n", "'n") and (s < 3 or text[s - 3].isspace()):
            return None  # rock ’n’ roll
        elided = _ELIDED.match(text, e)
        if elided and (mark != "‘" or elided.group()[0].isdigit()):
            return None  # ’90s, ’em; a ‘ before a word still opens
    if mark in _GUILLEMETS:  # «…» in French and Spanish copy (often « spaced »), »…« in German
        opens = not (prev.isalnum() and not nxt.isalnum())  # the pairing decides between the two
        closes = not (not prev.isalnum() and prev not in ".,!?…" and nxt.isalnum())
    elif mark in _DOUBLE_OPEN or mark in _SINGLE_OPEN:
        opens, closes = True, False
        if not space_before and space_after:  # a mis-typed closer: word“ next
            opens, closes = False, True
    elif mark in _DOUBLE_CLOSE or mark in _SINGLE_CLOSE:
        opens, closes = False, True
        if space_before and not space_after:  # some outlets use ” for both
            opens, closes = (mark == "”"), False
    else:  # straight or doubled marks: read the neighbours
        opens = space_before and not nxt.isspace()
        closes = not prev.isspace() and space_after
        if not opens and not closes:
            opens = closes = not (prev.isspace() and nxt.isspace())
        if prev.isspace() and nxt.isspace():  # spaced from a nested single quote (AP style)
            # "… be 'above the president,' " said X; "… coalitions, '' said X" (a stray space)
            closes = text[max(0, s - 2):s - 1] in ("'", "’") or (mark != "'" and text[max(0, s - 2):s - 1] in (",", ".", "!", "?"))
            opens = text[e + 1:e + 2] in ("'", "‘")  # said, " 'We are …
    if not opens and not closes:
        return None
    possessive = mark in {"'", "’"} and prev in "sS" and closes and not opens \
        and re.match(r" [a-z]", text[e:e + 2]) is not None
    return _Mark(s, e, family, opens, closes, possessive)


def _content(text: str, start: int, end: int) -> Span | None:
    """The text between two marks, trimmed of blanks; None when it holds no word."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return Span(start, end, text[start:end])


def _nested_pairs(marks: list[_Mark]) -> list[tuple[_Mark, _Mark]] | None:
    """``"He said to me, "Welcome." I said, "Thanks." He …," she says``: same-family marks that
    nest two deep and balance exactly (every mark unambiguous) pair as outer quote and inner
    quotes; None when the paragraph's marks do not read that way."""
    for family in ("double", "single"):
        fam = [m for m in marks if m.family == family]
        if any(m.opens == m.closes for m in fam):
            return None
        depth, deepest = 0, 0
        for m in fam:
            depth += 1 if m.opens else -1
            if depth < 0:
                return None
            deepest = max(deepest, depth)
        if depth != 0 or deepest > 2:
            return None
    fam = [m for m in marks if m.family == "double"]
    if not any(a.opens and b.opens for a, b in zip(fam, fam[1:])):
        return None  # no same-family nesting here: the ordinary pairing applies
    pairs, stack = [], []
    for m in sorted(marks, key=lambda m: m.start):
        if m.opens:
            stack.append(m)
        else:
            opener = next((o for o in reversed(stack) if o.family == m.family), None)
            if opener is None:
                return None
            stack.remove(opener)
            outer = not any(o.family == m.family for o in stack)
            if outer:
                pairs.append((opener, m))
    return pairs


def _pair(text: str, marks: list[_Mark]) -> tuple[list[tuple[_Mark, _Mark]], _Mark | None]:
    """Pair the marks of one paragraph; also return an opener left open at its end."""
    nested = _nested_pairs(marks)
    if nested is not None:
        return nested, None
    pairs: list[tuple[_Mark, _Mark]] = []
    i = 0
    while i < len(marks):
        opener = marks[i]
        i += 1
        if not opener.opens:
            continue  # a closer with nothing open: stray
        j = i
        while j < len(marks):
            mark = marks[j]
            if mark.family == opener.family:
                if mark.closes and not (mark.possessive and _later_closer(marks, j, opener.family)):
                    break
                if _LOW_NINE_CLOSER.get(text[opener.start:opener.end]) == text[mark.start:mark.end]:
                    break  # „…“ and ‚…‘ (German): the mark that opens in English copy closes here
                if mark.opens and not mark.closes:
                    j = len(marks) + 1  # a second opener: the first one was stray
                    break
            j += 1
        if j < len(marks):
            too_long = opener.family == "single" and marks[j].start - opener.end > MAX_SINGLE_QUOTE
            if not too_long:
                pairs.append((opener, marks[j]))
                i = j + 1
        elif j == len(marks):
            return pairs, opener  # open at the end of the paragraph
    return pairs, None


def _later_closer(marks: list[_Mark], j: int, family: str) -> bool:
    """A plain closer of ``family`` after ``marks[j]`` and before its next opener: then the mark at
    ``j`` (``'It's the farmers' money, not theirs,' she said``) is an apostrophe."""
    for mark in marks[j + 1:]:
        if mark.family == family:
            if mark.opens:
                return False
            if not mark.possessive:
                return True
    return False


def find_quotes(text: str) -> list[Quote]:
    """Every quotation-marked span of ``text``, marks excluded, in text order."""
    quotes: list[Quote] = []
    paras = paragraphs(text)
    marks_by_para = [
        [mk for m in _MARK.finditer(text, p.start, p.end) if (mk := _classify(text, m)) is not None]
        for p in paras
    ]
    for k, (para, marks) in enumerate(zip(paras, marks_by_para)):
        while True:
            pairs, left_open = _pair(text, marks)
            for opener, closer in pairs:
                span = _content(text, opener.end, closer.start)
                if span is not None:
                    quotes.append(Quote(span, Span.of(text, opener.start, opener.end),
                                        Span.of(text, closer.start, closer.end)))
            if left_open is None:
                break
            nxt = marks_by_para[k + 1] if k + 1 < len(paras) else []
            runs_on = bool(nxt) and nxt[0].start == paras[k + 1].start and nxt[0].opens \
                and nxt[0].family == left_open.family
            if runs_on:
                span = _content(text, left_open.end, para.end)
                if span is not None:
                    quotes.append(Quote(span, Span.of(text, left_open.start, left_open.end), None))
                break
            if _closer_lost(text, para, left_open, marks, nxt):  # “A mistake the valley pays for.⏎
                span = _content(text, left_open.end, para.end)
                if span is not None:
                    quotes.append(Quote(span, Span.of(text, left_open.start, left_open.end), None))
                break
            broken = _across_line_break(text, para, left_open, paras, marks_by_para, k)
            if broken is not None:  # "We will rebuild every school,⏎every clinic …," he said.
                closer = broken
                span = _content(text, left_open.end, closer.start)
                if span is not None:
                    quotes.append(Quote(span, Span.of(text, left_open.start, left_open.end),
                                        Span.of(text, closer.start, closer.end)))
                marks_by_para[k + 1] = [m for m in marks_by_para[k + 1] if m.start > closer.start]
                break
            # A stray opener: forget it and pair what follows it.
            marks = [m for m in marks if m.start > left_open.start]
            if not marks:
                break
    quotes.sort(key=lambda q: q.span.start)
    return quotes


def _closer_lost(text: str, para: Span, opener: _Mark, marks: list[_Mark], nxt: list[_Mark]) -> bool:
    """A quote whose closing mark was lost: an opener of unambiguous shape opening a sentence, with no
    other mark of its family after it, in a paragraph that ends with a full stop after it, and no
    closer of its family coming first in the next paragraph (a quote running over a line break)."""
    if text[opener.start:opener.end] not in _DOUBLE_OPEN or text[para.end - 1] not in ".!?…" \
            or any(m.family == opener.family for m in marks if m.start > opener.start):
        return False
    first = next((m for m in nxt if m.family == opener.family), None)
    if first is not None and first.closes and not first.opens:
        return False
    lead = text[para.start:opener.start].rstrip()
    return not lead or lead[-1] in ".!?…:"


def _across_line_break(text: str, para: Span, opener: _Mark, paras: list[Span], marks_by_para: list[list[_Mark]],
                       k: int) -> _Mark | None:
    """The closer on the next line of a quote broken by a single line break mid-sentence.

    Only when the line ends without a final stop, a single newline follows, and the next line
    holds a closer of the opener's family before any opener of it."""
    if k + 1 >= len(paras) or text[para.end:paras[k + 1].start] != "\n" or text[para.end - 1] in ".!?…:":
        return None
    for m in marks_by_para[k + 1]:
        if m.family == opener.family:
            return m if m.closes and not (m.opens and m.start == paras[k + 1].start) else None
    return None


class QuoteIndex:
    """Fast look-up of whether a character range touches a quote (marks included)."""

    def __init__(self, quotes: list[Quote]):
        extents = sorted((q.open_mark.start, q.close_mark.end if q.close_mark else q.span.end) for q in quotes)
        self._starts = [s for s, _ in extents]
        self._ends = [e for _, e in extents]

    def touches(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps any quote."""
        i = bisect.bisect_left(self._starts, end)  # quotes starting before ``end``
        return i > 0 and max(self._ends[max(0, i - 2):i]) > start
