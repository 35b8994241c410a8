"""Attributing quotes: which mention said it, with which cue, to whom, and how (direct/partial).

Rules, tried in this order for each quote (the name of the rule that fired is kept):

``quote_first``     the quote opens its sentence and a reporting clause follows it:
                    ``“…,” Putin said`` / ``“…,” said Putin`` / ``“…,” he told Trump`` /
                    ``“…” according to X``; the clause may name its speaker with a title
                    (``election law expert Rick Hasen``) or a description (``the tycoon``).
``continuation``    a quote split by, or following, the previous quote's reporting clause
                    with no cue of its own: ``“…,” he said. “…”``; also the next
                    paragraph of a quote running over paragraphs.
``cue_after``       a reporting clause right after an embedded quote: ``it was “dead,”
                    officials said`` (it outranks a cue earlier in the sentence).
``cue_before``      the nearest cue before the quote in its sentence, with the cue's
                    subject: ``Putin said: “…”``, ``spoke of an “understanding”``; or a
                    participle continuing the previous quote's clause (``“…,” said X,
                    adding that “…”``).
``colon_paragraph`` a quote opening a paragraph after one that ends ``X continued:``.
``name_colon``      a sentence (often a headline) opening with a name and a colon, no cue:
                    ``Trump: 'I'm the worst'``.

A quote none of them attributes (a title, a scare quote, a word mentioned as a word) is
dropped.  A quote is *direct* when the rest of its sentence is only the reporting
clause; otherwise *partial*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import Context
from ..model import Attributed, Attribution, Cue, Mention, Quote, Span

__all__ = ["attribute_quotes"]

_LEAD = re.compile(r"^[\s—–\-(\[]*$")
_AFTER_CLOSE = re.compile(r"[\s,—–\-]*")
_TRAILING = re.compile(r"^[\s.!?…)\]]*$")
_INTRO = re.compile(r"[:,]\s*$")
_EMBEDDED_VERB = re.compile(r"\b(?:would|will|could|can|should|might|may|must|to)\s+$")


@dataclass(frozen=True)
class _Frame:
    """A reporting clause found next to a quote."""

    speaker: Mention | None
    cue: Cue | None
    end: int  # where the clause ends in the text
    addressee: Mention | None = None


def _close_end(q: Quote) -> int:
    return q.close_mark.end if q.close_mark else q.span.end


def _quote_context(ctx: Context, q: Quote) -> Span:
    """The sentence(s) a quote sits in; a lower-case continuation after ``?”`` joins in."""
    first = ctx.sentence_at(q.open_mark.start)
    last = ctx.sentence_at(max(q.span.end - 1, q.span.start))
    end = max(last.end, _close_end(q))
    nxt_i = ctx.sentence_index(end) + 1
    if nxt_i < len(ctx.sentences) and ctx.sentences[nxt_i].start <= end + 2:
        nxt = ctx.sentences[nxt_i]
        # “Why not?” Mrs. Clinton asked. — the splitter ends the sentence inside the quote
        ends_in_quote = ctx.text[max(q.span.start, q.span.end - 1):q.span.end] in ("?", "!", ".", "…") \
            and bool(_LEAD.match(ctx.text[first.start:q.open_mark.start]))
        if (nxt.text[:1].islower() or ends_in_quote) and "\n" not in ctx.text[end:nxt.start]:
            end = nxt.end
    return Span.of(ctx.text, first.start, end)


def _frame_after(ctx: Context, q: Quote, limit: int) -> _Frame | None:
    """A reporting clause right after the closing mark: ``, Putin said`` or ``, said Putin``."""
    pos = _close_end(q)
    pos += _AFTER_CLOSE.match(ctx.text, pos).end() - pos  # type: ignore[union-attr]
    cues = ctx.cues_between(pos, limit)
    if cues and cues[0].kind == "according" and ctx.text[pos:cues[0].span.start].strip() == "":
        source = ctx.source_after(cues[0].span.end)  # "…" according to Pieter van Wyk
        return _Frame(source, cues[0], source.span.end) if source is not None else None
    cues = [c for c in cues if c.kind != "according"]
    if not cues:
        return None
    if ctx.text[pos:cues[0].span.start].strip() == "":
        subject = ctx.subject_right(cues[0])
        return _Frame(subject, cues[0], subject.span.end) if subject is not None else None
    # "…," Sen. Laura Whitfield, the Maryland Democrat who wrote the bill, said …: the first
    # cue the lead mention reaches through adjuncts and appositions is the frame's
    for cue in cues[:3]:
        for lead in (ctx.mention_at(pos), _description_before(ctx, pos, cue), _titled_name_before(ctx, pos, cue)):
            if lead is not None and lead.span.end <= cue.span.start \
                    and ctx.is_adjunct_gap(ctx.text[lead.span.end:cue.span.start]):
                if ctx.text[cue.span.end:cue.span.end + 2].startswith(":"):
                    return None  # "…," Trump said: "…" — the clause introduces the next quote
                return _Frame(lead, cue, cue.span.end, ctx.addressee(cue))
    return None


_DESCRIPTION = re.compile(r"(?:the|a|an)\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,3}\s+", re.IGNORECASE)


def _description_before(ctx: Context, pos: int, cue: Cue) -> Mention | None:
    """``the gambling tycoon told …``: a short description filling the gap up to a cue."""
    m = _DESCRIPTION.fullmatch(ctx.text, pos, cue.span.start)
    if m is None:
        return None
    words = m.group().split()
    end = pos + len(m.group().rstrip())
    return Mention(Span.of(ctx.text, pos, end), "role", words[-1].lower(), title=" ".join(words[1:-1]) or None)


def _titled_name_before(ctx: Context, pos: int, cue: Cue) -> Mention | None:
    """``election law expert Rick Hasen tweeted``: a few title words, then a name, then the cue."""
    names = [m for m in ctx.mentions_between(pos, cue.span.start) if m.kind in {"name", "single"}]
    if not names:
        return None
    m = names[0]
    lead = ctx.text[pos:m.span.start]
    return m if re.fullmatch(r"(?:[\w\-’'.]+\s+){1,5}", lead) else None


def _participle_of_previous(ctx: Context, q: Quote, prev: tuple[Quote, Attributed, int] | None,
                            sentence: Span) -> _Frame | None:
    """``“…,” said X at the time, adding that “…”``: a participle after the previous quote's frame."""
    if prev is None or prev[1].attribution.speaker_mention is None:
        return None
    p_end = prev[2]
    if not (sentence.start <= p_end <= q.open_mark.start):
        return None
    cues = [c for c in ctx.cues_between(p_end, q.open_mark.start) if c.span.text.endswith("ing")]
    if not cues:
        return None
    return _Frame(prev[1].attribution.speaker_mention, cues[-1], cues[-1].span.end)


def _frame_before(ctx: Context, q: Quote, sentence: Span, used: set[int]) -> _Frame | None:
    """The nearest cue before the quote in its sentence, with the cue's subject."""
    cues = [c for c in ctx.cues_between(sentence.start, q.open_mark.start) if c.span.start not in used]
    # "Mwale said he would announce “the next steps”": a cue after a modal or "to" sits inside
    # the content of an earlier reporting verb, which is the one that attributes the quote.
    finite = [c for c in cues if not _EMBEDDED_VERB.search(ctx.text, max(0, c.span.start - 8), c.span.start)]
    if finite and finite[-1] is not cues[-1]:
        cues = finite
    # The nearest cue with a subject; a cue without one may be a noun ("voluntary pledges").
    for cue in list(reversed(cues))[:3]:
        if cue.kind == "according":
            subject = ctx.source_after(cue.span.end)
            if subject is not None:
                return _Frame(subject, cue, subject.span.end)
            continue
        subject = _subject(ctx, cue, sentence, cues)
        if subject is not None:
            return _Frame(subject, cue, cue.span.end, ctx.addressee(cue))
    return None


def _subject(ctx: Context, cue: Cue, sentence: Span, sentence_cues: list[Cue]) -> Mention | None:
    """A cue's subject: on its left, else shared with an earlier coordinated cue."""
    if cue.form == "quoted as saying":
        return ctx.mention_at(cue.span.start + len("quoted"))
    subject = ctx.subject_left(cue, sentence.start)
    if subject is not None:
        return subject
    if ctx.is_coordinated(cue, sentence.start):
        for prev in reversed([c for c in sentence_cues if c.span.end <= cue.span.start]):
            s = ctx.subject_left(prev, sentence.start)
            if s is not None:
                return s
        return ctx.sentence_subject(sentence, cue.span.start)
    return None


def _name_colon(ctx: Context, q: Quote, sentence: Span) -> _Frame | None:
    """``Trump: 'I'm the worst'`` — a sentence (often a headline) opening with a name and a colon."""
    m = ctx.mention_at(sentence.start)
    if m is None or m.kind not in {"name", "single", "org", "place", "role"}:
        return None
    if ctx.text[m.span.end:m.span.end + 1] == ":":
        return _Frame(m, None, m.span.end + 1)
    return None


def _colon_paragraph(ctx: Context, q: Quote, used: set[int]) -> _Frame | None:
    """A quote opening its paragraph after a paragraph ending in ``X said:`` or ``X continued:``."""
    para_start = ctx.text.rfind("\n", 0, q.open_mark.start) + 1
    if ctx.text[para_start:q.open_mark.start].strip():
        return None
    prev_end = para_start
    while prev_end > 0 and ctx.text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end == 0 or ctx.text[prev_end - 1] != ":":
        return None
    sentence = ctx.sentence_at(prev_end - 1)
    cues = [c for c in ctx.cues_between(sentence.start, prev_end) if c.span.start not in used]
    if not cues:
        return None
    cue = cues[-1]
    subject = _subject(ctx, cue, sentence, cues) or (ctx.subject_right(cue) if cue.kind != "according" else
                                                     ctx.mention_at(cue.span.end))
    return _Frame(subject, cue, prev_end, ctx.addressee(cue)) if subject is not None else None


def _is_direct_after_cue(ctx: Context, q: Quote, frame: _Frame, sentence: Span) -> bool:
    """``X said: “Q.”`` — introduced by a colon or comma and running to the sentence end."""
    between = ctx.text[frame.end:q.open_mark.start]
    if frame.addressee is not None:
        between = ctx.text[max(frame.end, frame.addressee.span.end):q.open_mark.start]
    if not _INTRO.search(between) or len(between.split()) > 8:
        return False
    first = q.span.text[:1]
    rest = ctx.text[_close_end(q):sentence.end]
    return (first.isupper() or first.isdigit()) and bool(_TRAILING.match(rest))


def attribute_quotes(text: str, sentences: list[Span], quotes: list[Quote], cues: list[Cue],
                     mentions: list[Mention]) -> list[Attributed]:
    """Attribute every quote it can; unattributed quotes are left out."""
    ctx = Context(text, sentences, mentions, cues)
    out: list[Attributed] = []
    used: set[int] = set()  # cue starts already taken by a quote-first frame
    prev: tuple[Quote, Attributed, int] | None = None  # last attributed quote and its clause end
    for q in quotes:
        sentence = _quote_context(ctx, q)
        lead_empty = bool(_LEAD.match(text[sentence.start:q.open_mark.start]))
        found: Attributed | None = None
        frame_end = _close_end(q)

        after = _frame_after(ctx, q, sentence.end)
        if after is not None and lead_empty:
            found = Attributed(q.span, "direct", Attribution(after.speaker, after.cue, "quote_first", after.addressee), q)
            frame_end = after.end
            used.add(after.cue.span.start)  # type: ignore[union-attr]
        elif prev is not None and _continues(ctx, prev, q, lead_empty, after):
            p_att = prev[1].attribution
            found = Attributed(q.span, "direct", Attribution(p_att.speaker_mention, p_att.cue, "continuation",
                                                             p_att.addressee_mention, continuation=True), q)
        if found is None and after is not None and not lead_empty:
            # “…” Mr. Rubio wrote: a reporting clause right after the quote outranks a cue far before it
            found = Attributed(q.span, "partial", Attribution(after.speaker, after.cue, "cue_after", after.addressee), q)
            frame_end = after.end
            used.add(after.cue.span.start)  # type: ignore[union-attr]
        if found is None:
            before = _frame_before(ctx, q, sentence, used) or _participle_of_previous(ctx, q, prev, sentence)
            if before is not None:
                kind = "direct" if _is_direct_after_cue(ctx, q, before, sentence) else "partial"
                found = Attributed(q.span, kind, Attribution(before.speaker, before.cue, "cue_before", before.addressee), q)
            elif (para := _colon_paragraph(ctx, q, used)) is not None:
                found = Attributed(q.span, "direct", Attribution(para.speaker, para.cue, "colon_paragraph",
                                                                 para.addressee), q)
            elif (colon := _name_colon(ctx, q, sentence)) is not None:
                direct = ctx.text[colon.end:q.open_mark.start].strip() == ""
                found = Attributed(q.span, "direct" if direct else "partial",
                                   Attribution(colon.speaker, None, "name_colon"), q)
        if found is not None:
            out.append(found)
            prev = (q, found, frame_end)
    return out


def _continues(ctx: Context, prev: tuple[Quote, Attributed, int], q: Quote, lead_empty: bool,
               own_frame: _Frame | None) -> bool:
    """Whether ``q`` goes on with the previous quote's utterance."""
    p_quote, p_att, p_end = prev
    if own_frame is not None:
        return False
    if p_quote.close_mark is None:  # the previous paragraph ran on into this one
        return q.open_mark.start > p_quote.span.end and "\n" in ctx.text[p_quote.span.end:q.open_mark.start]
    between = ctx.text[p_end:q.open_mark.start]
    if p_att.attribution.rule not in {"quote_first", "continuation", "cue_before", "cue_after", "name_colon",
                                      "colon_paragraph"}:
        return False
    if p_att.attribution.rule == "cue_before" and p_att.kind != "direct":
        return False
    if re.fullmatch(r"[\s,;:—–\-]*", between):
        return True  # “…,” he said, “…”
    if not lead_empty or between.count("\n") > 2:
        return False
    # “…,” Rao told journalists on Monday. “…”: the rest of the frame's sentence, then this quote
    frame_sentence = ctx.sentence_at(max(p_end - 1, 0))
    rest = ctx.text[frame_sentence.end:q.open_mark.start]
    return frame_sentence.end <= q.open_mark.start and rest.strip() == "" and \
        not any(c.span.start >= p_end for c in ctx.cues_between(p_end, frame_sentence.end) if c.kind != "according")
