"""Reported speech: statements attributed without quotation marks.

A cue marked ``R`` in ``data/cues.tsv`` (say, tell, urge, call on, call for, reject,
deny, promise, announce, rule out, …) opens reported speech when

* it has a speaker: its subject (see :mod:`summit_nlp.clauses`), or the mention after
  ``according to``; a participle after a coordinate clause (``…, but Niamey kept …, accusing …``)
  is that clause's subject's;
* it has content: at least two words after it (and after its addressee), beginning with
  ``that`` for cues that need it (``warned that …``, not ``warned against …``), and more than a
  rejection of earlier words (``Harris dismissed the criticism.``, ``X rejected the idea on Tuesday.``
  state nothing of their own);
* neither its content nor its span touches a quote (a quote inside the content is
  annotated as the quote alone), and its cue is not the reporting verb of a quote.

The span runs from the speaker mention to the end of the sentence, final stop included.
A finite reporting verb joined by ``and``/``but`` after a quote (``X said it was “…” and called
for talks.``) states something of its own: its item starts at the verb, its speaker is the subject
of the quote's reporting verb; a refusal so joined with no ``that``-clause (``… and rejected any
violation of its sovereignty``; ``frame_only_verb`` in ``data/words.tsv``) is the reporter's frame.
Two variants: after a relative pronoun (``which he said could bring peace``) the span
starts at the pronoun and ends at the next comma; with the content first
(``…, officials said.``, ``…, according to X.``) the span is the whole sentence.
"""

from __future__ import annotations

import re

from .clauses import DATELINE, REACH, Context, attribution
from .cues import cue_entry, quoted_person_at
from .frames import subject_of
from .lexicon import load_lexicon
from ..model import Attributed, Cue, Mention, Quote, Span
from .quotes import QuoteIndex

__all__ = ["find_reported"]

_RELATIVE = re.compile(r"\b(?:which|who|whom|that)\s+$", re.IGNORECASE)
_ANONYMITY = re.compile(r"(?:not to be (?:named|identified|quoted)|for anonymity|on condition of anonymity)",
                        re.IGNORECASE)
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:also|later|then|again)\s+)?$")
_FINITE = re.compile(r"(?:ed|[^s]s)$|^(?:said|told|made)$")  # "called", "urges", "said"; not "telling", "to say"
_CLAUSE_END = re.compile(r",|;|\s[—–]\s")
# "she said in a video message to the convention.": only circumstances after the cue, no content
_ADJUNCT_ONLY = re.compile(r"(?:in|on|at|during|after|before|while|from|outside|inside|via|through|by|when|"
                           r"late|early|last|yesterday|today|earlier|later)\b(?![^.]*\bthat\b)", re.IGNORECASE)

# "she said on Wednesday she would …": a time after the cue, then a clause of its own (a subject)
_TIME_THEN_CLAUSE = re.compile(
    r"(?:(?:on|last|this|next|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"week|weekend|month|year|night|morning|afternoon|evening)\b|(?:yesterday|today|tonight|earlier|later)\b",
    re.IGNORECASE)
_CLAUSE_SUBJECT = re.compile(r",?\s+(?:he|she|they|it|we|I|the|his|her|their|its|[A-Z][\w’'\-]+)\s+[a-z]")


#: "rejected the Hungarian claims.", "dismissed that argument.": a short object noun phrase and the stop
_REJECTING = frozenset({"reject", "dismiss"})
_BARE_OBJECT = re.compile(r"(?:the|that|this|these|those|his|her|its|their)\s+(?:[\w’'\-]+\s+){0,3}"
                          r"(?:criticism|criticisms|claim|claims|argument|arguments|characterization|"
                          r"characterisation|report|reports|accusation|accusations|allegation|allegations|"
                          r"suggestion|suggestions|charge|charges|remarks|comments|idea)"
                          # and a time phrase: "Kastrati rejected the idea on Tuesday.", "… within hours."
                          r"(?:\s+(?:on|last|this|within|in|late|early|earlier|later)\b[^.!?,;:“”\"]{0,30})?\s*[.!?]?")


def _only_adjuncts(content: str) -> bool:
    """Whether ``content`` holds only circumstances (``in a video message``), no statement."""
    if not _ADJUNCT_ONLY.match(content):
        return False
    time = _TIME_THEN_CLAUSE.match(content)
    return time is None or not _CLAUSE_SUBJECT.match(content, time.end())


#: "that" opening a cue's content, after at most a short adjunct ("wrote on X that", "warned in a
#: statement that", "reported on Monday that")
_THAT_AFTER = re.compile(r"(?:(?:on|in|to|at|during|via|through|earlier|later|again|also)\b[^,;:“”\"]{0,40}?\s)?that\b",
                         re.IGNORECASE)


def _content_start(ctx: Context, cue: Cue) -> int:
    """Where the content begins: after the cue and any addressee."""
    pos = cue.span.end
    addressee = ctx.addressee(cue)
    if addressee is not None and addressee.span.start > cue.span.start:  # not "Speaking to reporters, X said"
        pos = addressee.span.end
    return pos


def _item(ctx: Context, cue: Cue, subject: Mention, sentence: Span, start: int, end: int, rule: str) -> Attributed:
    if start == sentence.start:  # "VIENNA, Feb 18 (Reuters) - …": the dateline is not the statement
        dateline = DATELINE.match(ctx.text, start, end)
        if dateline is not None and dateline.end() <= subject.span.start:
            start = dateline.end()
    end = start + len(ctx.text[start:end].rstrip())
    return Attributed(Span.of(ctx.text, start, end), "indirect", attribution(subject, cue, rule))


def _according_to(ctx: Context, cue: Cue, sentence: Span) -> Attributed | None:
    subject = ctx.source_after(cue.span.end)
    if subject is None:
        return None
    rest = ctx.text[subject.span.end:min(sentence.end, subject.span.end + REACH)].strip(" ,.;")
    lead = ctx.text[max(sentence.start, cue.span.start - REACH):cue.span.start].strip(" ,")
    if len(rest.split()) < 3 and len(lead.split()) < 3:
        return None
    return _item(ctx, cue, subject, sentence, sentence.start, sentence.end, "according_to")


def _content_first(ctx: Context, cue: Cue, sentence: Span) -> Attributed | None:
    """``The talks will resume, officials said.`` — content, comma, reporting clause at the end."""
    lead = ctx.text[max(sentence.start, cue.span.start - REACH):cue.span.start]
    inverted = _inverted_subject(ctx, cue, sentence)  # "…, said Tom Hale." before "The union …, said"
    subject = None if inverted is not None and lead.rstrip().endswith(",") else ctx.subject_left(cue, sentence.start)
    if subject is not None:
        lead = ctx.text[max(sentence.start, subject.span.start - REACH):subject.span.start]
    else:
        subject = inverted
        if subject is None:
            return None
    if not lead.rstrip().endswith(",") or len(lead.split()) < 4:
        return None
    return _item(ctx, cue, subject, sentence, sentence.start, sentence.end, "content_first")


def _inverted_subject(ctx: Context, cue: Cue, sentence: Span) -> Mention | None:
    """The speaker right after the cue that closes the sentence (``…, said a senior official.``)."""
    subject = ctx.subject_right(cue)
    if subject is None or sentence.end - subject.span.end > REACH \
            or not ctx.is_adjunct_gap(ctx.text[subject.span.end:sentence.end].strip(" .")):
        return None
    return subject


def _is_headline(text: str, sentence: Span) -> bool:
    """The article's first line when it has no final stop: a headline, not a sentence."""
    return sentence.start == 0 and text[sentence.end:sentence.end + 1] in ("\n", "") \
        and not sentence.text.rstrip().endswith((".", "!", "?"))


def find_reported(text: str, sentences: list[Span], quotes: list[Quote], cues: list[Cue],
                  mentions: list[Mention], *, quote_cues: frozenset[int] = frozenset()) -> list[Attributed]:
    """Reported speech items, in text order, never overlapping a quote or each other.

    ``quote_cues`` are the start offsets of cues already used to attribute quotes.
    """
    ctx = Context(text, sentences, mentions, cues)
    qspans = QuoteIndex(quotes)
    out: list[Attributed] = []
    for cue in cues:
        if not cue.reported or cue.span.start in quote_cues:
            continue
        if out and out[-1].span.start <= cue.span.start < out[-1].span.end:
            continue  # inside reported speech already found ("rejected … and called for …")
        sentence = ctx.sentence_at(cue.span.start)
        if qspans.touches(cue.span.start, sentence.end) or _is_headline(ctx.text, sentence):
            continue
        item = _one(ctx, cue, sentence)
        if item is not None and cue.span.text.split()[0].endswith("ing"):
            item = _closing_frame(ctx, cue, sentence, quote_cues) or item
        if item is not None and qspans.touches(item.span.start, cue.span.start):
            item = _second_verb(ctx, cue, item, sentence, quote_cues)
        if item is not None and not qspans.touches(item.span.start, item.span.end):
            if not out or item.span.start >= out[-1].span.end:
                out.append(item)
    return out


def _second_verb(ctx: Context, cue: Cue, item: Attributed, sentence: Span,
                 quote_cues: frozenset[int]) -> Attributed | None:
    """``X warned that … “…” and called on the government to …``: a finite reporting verb joined by
    ``and``/``but`` after a quote states something of its own, from the verb on; its speaker is the
    subject of the quote's reporting verb (not of a verb inside its content)."""
    if item.attribution.rule != "cue_clause" \
            or not _AND_BEFORE.search(ctx.text, max(sentence.start, cue.span.start - 20), cue.span.start) \
            or not _FINITE.search(cue.span.text.split()[0]):
        return None
    if cue.lemma in load_lexicon().word_class("frame_only_verb") \
            and not _THAT_AFTER.match(ctx.text[cue.span.end:cue.span.end + 12].lstrip()):
        return None  # "… and rejected any violation of its sovereignty": a frame with no content clause
    quoting = [c for c in ctx.cues_between(sentence.start, cue.span.start) if c.span.start in quote_cues]
    # the quote's own frame reading (appositions and relative clauses after the name included)
    speaker = (subject_of(ctx, quoting[-1], sentence, ctx.cues_between(sentence.start, sentence.end))
               or ctx.subject_right(quoting[-1])) if quoting else None
    if speaker is None:
        return None
    return _item(ctx, cue, speaker, sentence, cue.span.start, item.span.end, "coordinated_cue")


def _closing_frame(ctx: Context, cue: Cue, sentence: Span, quote_cues: frozenset[int]) -> Attributed | None:
    """``Fiji will back a resolution calling on states to …, Prime Minister Rabuka said.``: a
    participle's clause inside the content of a reporting clause that closes the sentence is that
    clause's speaker's statement."""
    for later in ctx.cues_between(cue.span.end, sentence.end):
        if later.reported and later.span.start not in quote_cues:
            alt = _one(ctx, later, sentence)
            if alt is not None and alt.attribution.rule == "content_first":
                return alt
    return None


#: a clause joined to the sentence before a participle cue: "…, but Niamey kept …, accusing …"
_COORDINATE_CLAUSE = re.compile(r"(?:[,;][ \t]+(?:but|and|while|yet|whereas)|;)[ \t]+")


def _coordinate_subject(ctx: Context, cue: Cue, sentence: Span) -> Mention | None:
    """``Abuja reopened …, but Niamey kept its crossings shut, accusing …``: the subject of the
    last coordinate clause before a participle cue, not the sentence's first subject."""
    if not cue.span.text.endswith("ing"):
        return None
    joins = list(_COORDINATE_CLAUSE.finditer(ctx.text, sentence.start, cue.span.start))
    if not joins:
        return None
    subject = ctx.sentence_subject(Span.of(ctx.text, joins[-1].end(), sentence.end), cue.span.start)
    return subject if subject is not None and subject.span.end <= cue.span.start else None


def _earlier_subject(ctx: Context, cue: Cue, sentence: Span) -> Mention | None:
    """``“…,” he said, adding that …``: the speaker of the sentence's previous cue."""
    for prev in reversed(ctx.cues_between(max(sentence.start, cue.span.start - REACH), cue.span.start)):
        subject = ctx.subject_left(prev, sentence.start) or ctx.subject_right(prev)
        if subject is not None:
            return subject
    return None


def _one(ctx: Context, cue: Cue, sentence: Span) -> Attributed | None:
    if cue.kind == "according":
        return _according_to(ctx, cue, sentence)
    entry = cue_entry(cue)
    content_at = _content_start(ctx, cue)
    content = ctx.text[content_at:min(sentence.end, content_at + REACH)].strip()  # enough to judge it by
    if cue.form == "quoted as saying":  # "The agency quoted him as saying that …": him, not the agency
        subject = ctx.mention_at(quoted_person_at(cue))
        if subject is None:
            return None
        return _item(ctx, cue, subject, sentence, subject.span.start, sentence.end, "quoted_as_saying")
    subject = ctx.subject_left(cue, sentence.start)
    if subject is None and ctx.is_coordinated(cue, sentence.start):
        subject = _coordinate_subject(ctx, cue, sentence) or _earlier_subject(ctx, cue, sentence) \
            or ctx.sentence_subject(sentence, cue.span.start)
    if subject is None or len(content.split()) < 2 or content[:1] in ",.;:" or _only_adjuncts(content) \
            or ctx.text[max(sentence.start, cue.span.start - 3):cue.span.start].rstrip().endswith(",") \
            and _inverted_subject(ctx, cue, sentence):
        return _content_first(ctx, cue, sentence)
    if entry is not None and entry.needs_that and not _THAT_AFTER.match(content):
        return None
    if _ANONYMITY.match(content):
        return None  # "asking not to be named": a request for anonymity, not a statement
    if entry is not None and entry.lemma in _REJECTING and _BARE_OBJECT.fullmatch(content):
        return None  # "Harris dismissed the criticism.": a reaction to words, with no content of its own
    start = subject.span.start
    end = sentence.end
    rel = _RELATIVE.search(ctx.text, max(sentence.start, start - 8), start)
    rule = "cue_clause"
    if rel is not None:
        start = rel.start()
        stop = _CLAUSE_END.search(ctx.text, content_at, sentence.end)
        end = stop.start() if stop else sentence.end
        rule = "relative_clause"
    elif subject.span.start > cue.span.start:
        return None
    else:
        end = _next_voice(ctx, cue, sentence) or end
    return _item(ctx, cue, subject, sentence, start, end, rule)


#: a new clause's opening before its own subject: ", as Gov. Newsom said …", ", while Hale said …"
_NEW_VOICE = re.compile(r"(?:,\s+(?:as|while|whereas|but|and|though|although)|;)\s+$")


def _next_voice(ctx: Context, cue: Cue, sentence: Span) -> int | None:
    """``Ruiz said the plan would fail, while Tom Hale said it would work.``: a later reporting verb of
    the sentence with a subject of its own after a clause opening ends this item before that clause
    (the later verb's item is found on its own)."""
    for later in ctx.cues_between(cue.span.end, sentence.end):
        if not later.reported:
            continue
        subject = ctx.subject_left(later, sentence.start)
        if subject is None or subject.span.start <= cue.span.end:
            continue
        opening = _NEW_VOICE.search(ctx.text, max(cue.span.end, subject.span.start - 12), subject.span.start)
        if opening is not None:
            return opening.start()
    return None
