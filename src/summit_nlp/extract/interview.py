"""Transcripts: turns of speech marked by a label, with or without quotation marks.

Two rule families:

* **Q/A interviews** — a text with at least two ``Q:`` lines and two ``A:`` lines is an
  interview; so is one with a ``Q:`` and an ``A:`` line when every turn is wrapped in quotation
  marks (``Q: "Will you accept the result?"``), which no other use of the letters has.  Each turn
  is a direct quote (cue ``null``) running from after the marker (or inside the marks) to the
  end of its line.  Questions go to the interviewer — the subject of ``interviewed`` or the
  person named next to a journalist's title in the text (``our diplomatic correspondent, Daniel
  Okafor``); answers go to the interviewee — the first person named after ``interviewed``, else
  the person named most often outside the turns.  When either cannot be found, its turns keep an
  unknown speaker.
* **Labelled turns inside quotation marks** — a quoted paragraph that opens with a speaker
  label and a colon (``"CALLAHAN: Colonel, …``, ``“SARAH LYLE: Is 3.5% …``, ``"Chris
  Matthews: …``) is that speaker's turn, not one long quote by whoever introduced the
  transcript: the quote is cut after the label, and the label becomes the speaker mention
  (a surname, resolved to the person the article names in full).  A ``HOST:``/``MODERATOR:``
  label is the host the text named before the turn (``told host Tess Alvarado``); a ``Q``,
  ``QUESTION`` or ``REPORTER`` label is a reporter's question (speaker ``reporters``, as in ``told
  reporters``); other generic labels (``VIDEO``, ``VOICE``) name no one: their turns keep an unknown speaker.
"""

from __future__ import annotations

import re
from collections import Counter

from .clauses import attribution
from .segment import blank_line_start
from ..model import Attributed, Mention, Quote, Span

__all__ = ["find_turns", "attribute_turns", "labelled_turns", "attribute_labelled"]

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
# "CALLAHAN:", "SARAH LYLE:", "Chris Matthews:", "Q:": up to three words, then a colon and a space
_LABEL = re.compile(rf"(?:Q|[{_UP}][{_UP}'’.\-]+(?:[ \t]+[{_UP}][{_UP}'’.\-]+){{0,2}}"
                    rf"|[{_UP}][a-zà-ÿ'’\-]+(?:[ \t]+[{_UP}][a-zà-ÿ'’\-]+){{1,2}}):[ \t]+(?=\S)")
_GENERIC_LABELS = frozenset({"q", "a", "question", "answer", "reporter", "reporters", "video", "audio", "host",
                             "moderator", "interviewer", "voice", "narrator", "crowd", "audience", "unidentified"})
_HOST_LABELS = frozenset({"host", "moderator", "interviewer", "anchor"})
_PRESS_LABELS = frozenset({"q", "question", "reporter", "reporters"})
# "host Tess Alvarado", "moderator Jake Tapper": the person a HOST: label stands for
_HOST_NAMED = re.compile(r"\b(?:host|moderator|interviewer|anchor)\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2})")
_TURN = re.compile(r"^[ \t]*(Q|A)[ \t]*[:.][ \t]*(\S.*?)[ \t]*$", re.MULTILINE)
# a turn wholly inside one pair of quotation marks: Q: "Will you accept the result?"
_QUOTED_TURN = re.compile(r"([\"“])([^\"“”]+)([\"”])")
_INTERVIEWED = re.compile(r"[ \t]+interviewed[ \t]+")
_JOURNALIST_WORD = r"(?:correspondent|reporter|editor|journalist|interviewer|host|anchor|columnist|writer)"
# "our diplomatic correspondent, Daniel Okafor" / "Daniel Okafor, our correspondent"
_JOURNALIST_BEFORE = re.compile(rf"\b{_JOURNALIST_WORD},?\s+$", re.IGNORECASE)
_JOURNALIST_AFTER = re.compile(rf",\s+(?:our|the|a|an)?\s*(?:[\w\-]+\s+){{0,3}}{_JOURNALIST_WORD}\b", re.IGNORECASE)


def find_turns(text: str) -> list[tuple[Quote, str]]:
    """The ``Q:``/``A:`` turns of an interview, as (quote, "Q" or "A"); empty when it is no interview."""
    turns = [(m, m.group(1)) for m in _TURN.finditer(text)]
    quoted = [_QUOTED_TURN.fullmatch(text, m.start(2), m.end(2)) for m, _ in turns]
    least = 1 if turns and all(quoted) else 2
    if sum(t == "Q" for _, t in turns) < least or sum(t == "A" for _, t in turns) < least:
        return []
    if least == 1:
        return [(Quote(Span.of(text, *q.span(2)), Span.of(text, *q.span(1)), Span.of(text, *q.span(3))), t)
                for q, (_, t) in zip(quoted, turns) if q is not None]
    return [(Quote(Span.of(text, m.start(2), m.end(2)), Span.of(text, m.start(1), m.start(2)), None), t)
            for m, t in turns]


def _surname(m: Mention) -> str:
    return m.head.split()[-1]


def attribute_turns(text: str, turns: list[tuple[Quote, str]], mentions: list[Mention]) -> list[Attributed]:
    """Questions to the interviewer, answers to the interviewee."""
    if not turns:
        return []
    names = [m for m in mentions if m.kind in {"name", "single"} and not m.in_quote]
    interviewer, interviewee = _interviewed(text, [m for m in names if m.kind == "name"])
    if interviewer is None:
        interviewer = next((m for m in names if m.kind == "name" and (
            _JOURNALIST_BEFORE.search(text, max(0, m.span.start - 60), m.span.start)
            or _JOURNALIST_AFTER.match(text, m.span.end))), None)
    counts = Counter(_surname(m) for m in names if interviewer is None or _surname(m) != _surname(interviewer))
    if interviewee is None and counts:
        top = counts.most_common(1)[0][0]
        interviewee = next((m for m in names if m.kind == "name" and _surname(m) == top), None)
    out = []
    for quote, turn in turns:
        speaker = interviewer if turn == "Q" else interviewee
        rule = "interview_question" if turn == "Q" else "interview_answer"
        out.append(Attributed(quote.span, "direct", attribution(speaker, None, rule), quote))
    return out


def _interviewed(text: str, names: list[Mention]) -> tuple[Mention | None, Mention | None]:
    """``X interviewed Y``: the name right before the verb and the first name after it, in its sentence."""
    for k, m in enumerate(names):
        verb = _INTERVIEWED.match(text, m.span.end)
        if verb is None:
            continue
        after = next((n for n in names[k + 1:] if n.span.start >= verb.end()), None)
        if after is not None and not any(c in ".!?\n" for c in text[verb.end():after.span.start]):
            return m, after
        return m, None
    return None, None


def labelled_turns(text: str, quotes: list[Quote]) -> list[tuple[Quote, Quote, Mention | None]]:
    """Quotes that open a paragraph with a speaker label: ``(original, turn, label mention)``.

    The turn quote starts after the label; the label mention is ``None`` for a generic label."""
    out = []
    for q in quotes:
        if blank_line_start(text, q.open_mark.start) is None:
            continue
        m = _LABEL.match(text, q.span.start)
        if m is None or m.end() >= q.span.end:
            continue
        label = text[m.start():m.end()].rstrip().rstrip(":")
        turn = Quote(Span.of(text, m.end(), q.span.end), q.open_mark, q.close_mark)
        mention = None
        if label.lower() in _HOST_LABELS and (hosts := list(_HOST_NAMED.finditer(text, 0, q.open_mark.start))):
            mention = Mention(Span.of(text, m.start(), m.start() + len(label)), "name", hosts[-1].group(1))
        elif label.lower() in _PRESS_LABELS:  # a briefing's "Q:" is a reporter's question
            mention = Mention(Span.of(text, m.start(), m.start() + len(label)), "group", "reporters")
        elif label.lower() not in _GENERIC_LABELS:
            head = " ".join(w.capitalize() if w.isupper() else w for w in label.split())
            mention = Mention(Span.of(text, m.start(), m.start() + len(label)),
                              "name" if " " in head else "single", head)
        out.append((q, turn, mention))
    return out


def attribute_labelled(turns: list[tuple[Quote, Quote, Mention | None]]) -> list[Attributed]:
    """Each labelled turn as a direct quote of its label's speaker."""
    return [Attributed(turn.span, "direct", attribution(label, None, "transcript_turn"), turn)
            for _, turn, label in turns]
