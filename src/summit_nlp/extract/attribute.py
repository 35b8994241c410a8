"""Attributing quotes: which mention said it, with which cue, to whom, and how (direct/partial).

Before any rule, :mod:`.nonquotes` sets aside marks that do not mark speech (titles,
markup, words mentioned as words).  Then these rules are tried in order for each quote; the
name of the rule that fired is kept, and its confidence comes from ``data/rules.tsv``:

``quote_first``     the quote opens its sentence and a reporting clause follows it:
                    ``“…,” Putin said`` / ``“…,” said Putin`` / ``“…,” he told Trump`` /
                    ``“…” according to X``; the clause may name its speaker with a title
                    (``election law expert Rick Hasen``), a description (``the tycoon``,
                    ``said a person close to the talks``, ``one user wrote``) or a long
                    subject the clause rules read (``analysts A and B of the X Institute wrote``).
                    A quote with no stop of its own that the reporter's sentence runs on from is
                    partial (``“Irresponsible” was how Otieno described the budget``).
``continuation``    a quote split by, or following, the previous quote's reporting clause
                    with no cue of its own: ``“…,” he said. “…”``, also when the clause goes on
                    (``“…,” said X, who …. “…”``, ``“…,” he told the council on Monday, “…”``,
                    ``…, according to CNN. “…”``) with no other speaker's clause in it (a cue in a
                    relative, temporal or participle clause, ``, after Y stated …``, is no other
                    voice; ``, and Y said`` is); also the next paragraph of a quote running over
                    paragraphs.
``cue_after``       a reporting clause right after an embedded quote: ``it was “dead,”
                    officials said`` (it outranks a cue earlier in the sentence, except that a
                    document after ``according to`` relays the words of a speaker the sentence's
                    earlier cue names: ``X affirmed … “…,” according to a ministry statement``);
                    a subordinate clause is none (``“…” after Trump announced …``).
``cue_before``      the nearest cue before the quote in its sentence, with the cue's
                    subject (the name after a cue opening the sentence: ``Said Comey, “…”``; not
                    one inside an earlier cue's content after a modal, ``to`` or a subordinator:
                    ``said “…” since Beijing declared …``): ``Putin said: “…”``,
                    ``spoke of an “understanding”``, a short
                    description no mention rule knows opening the sentence (``The lawsuit
                    contends that “…”``, ``Another shopper said, “…”``, adjuncts after it: ``The
                    panel has concluded``), or a share of those polled opening a clause (``21
                    percent said “…”``, ``those surveyed said``); or a
                    participle continuing the previous quote's clause (``“…,” said X,
                    adding that “…”``).
``colon_paragraph`` a quote opening a paragraph after one that ends ``X continued:``.
``colon_intro``     (in the sentence) a quote right after a colon closing a short clause whose subject
                    is speaker-like and followed by a verb: ``Mr. Christie gloated: “…”``, ``X was more
                    cautious: “…”`` (``colon_intro_verb``); the subject may be a name in apposition.
``name_colon``      a sentence (often a headline) opening with a name and a colon, no cue:
                    ``Trump: 'I'm the worst'`` (in the first line also with an apposition or a topic
                    before the colon: ``X, Brazil's central bank chief: '…'``, ``Cruz on Essequibo: "…"``); or a full name right before the colon that opens
                    the quote (``Pollsters agree - Carl Bialik: “…”``; not a byline, ``by X's Y:``).
``cue_later``       a cue later in the quote's sentence, after other words: ``… the “stronger”
                    candidate, she said.``
``speaker_before``  a quote opening its sentence and closing its paragraph, right after a sentence
                    of that paragraph whose subject speaks or judges and that quotes nothing:
                    ``Analyst Dina Brooks agreed. “…”``.
``clause_before``   the same after a sentence that closes with its reporting clause after a comma
                    (``…, Ana Lee says. “…”``): that clause's speaker and cue, as a continuation.
``narration_before`` the same after a paragraph break: a paragraph of pure quotation (eight words or
                    more) after a paragraph that quotes nothing and closes with such a sentence
                    (``Howard kept up the attack.`` ⏎ ``“Eight years ago …”``).
``signature``       a paragraph of pure quotation signed by the next one: ``“…”`` ⏎ ``— Ann Lee, Ohio.``
``sentence_subject`` an embedded quote with no cue in a sentence whose subject thinks, feels or
                    judges (``believes``, ``hopes``, ``mocked``): the subject, at the lowest
                    confidence (a PolNeAr-style attribution; a scare quote in a plain statement
                    of fact gets none).
``distant_subject`` (the last resort) a cue earlier in the quote's sentence whose subject none of the
                    clause rules reads: the nearest speaker-like mention in the cue's clause, else the
                    sentence's first one (at the lowest confidence).
``floating``        a paragraph holding only quotation, next to a paragraph whose quote is
                    attributed (``“…,” she said.``, or a partial quote that ends its paragraph) with
                    nothing in between: the same voice, at a lower confidence (GGT's floating quotes).
``crosshead``       a subhead that is one short quote with no stop (``'Three years of hunger'``): the
                    speaker of the first later quote holding its words; with none it floats nowhere.

A quote none of them attributes is dropped as a ``scare quote`` (one to three embedded words)
or ``no speaker found``; every dropped span is returned with its reason.  A quote is
*direct* when the rest of its sentence is only the reporting clause (a clause that quoted already
before its second verb is more: ``X warned against “…” and called for “…”``); otherwise *partial*.
"""

from __future__ import annotations

import re

from .clauses import DATELINE, REACH, SPEAKER_KINDS, Bounds, Context, attribution
from .frames import (Frame, close_end, colon_in_sentence, colon_paragraph, frame_after, frame_before, name_colon,
                     nominal_frame, participle_of_previous, quote_context, subject_clause, subject_of)
from .cues import cue_entry
from .naming import role_class
from .nonquotes import not_speech, unattributed_reason
from ..model import Attributed, Cue, Dropped, Mention, Quote, Span

__all__ = ["attribute_quotes"]

#: a cue's own content running into a quote: " it was “…", " that the plan was “…"
_CONTENT_THEN_QUOTE = re.compile(r"\s+(?:that\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){1,8}\s+[“\"«„]")
_OPENS_NEXT = re.compile(r"\s*\n\s*[“\"«„‘]")
_LEAD = re.compile(r"[\s—–\-(\[•·▪●*]*")  # only blanks, opening punctuation and list bullets (used with fullmatch)
_TRAILING = re.compile(r"^[\s.!?…)\]]*$")
_INTRO = re.compile(r"[:,]\s*$")
#: a clause with a subject of its own inside the reporter's sentence (", where X defended …")
_WHERE_CLAUSE = re.compile(r",\s+(?:where|when|while|after|as)\s+(?=[A-Z])")
_QA_LEAD = re.compile(r"\s*[QA][ \t]*:[ \t]*")
#: a short lower-case noun phrase after a cue whose object is the hearer ("told the summit ")
_HEARER = re.compile(r"\s+(?:the|a|an|his|her|their|its|fellow)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*")
_RUN_ON = re.compile(r"[ \t]+([a-z]+)\b")  # a quote's sentence going on in the reporter's words
_QUOTE_STOPS = frozenset(",.!?…;:—–-")
#: Rules whose quote may be continued by a following quote with no cue of its own.
#: A floating paragraph of fewer words is taken for a subhead, not speech.
_FLOATING_WORDS = 3
_CONTINUABLE = frozenset({"quote_first", "continuation", "cue_before", "cue_after", "name_colon", "colon_paragraph",
                          "colon_intro", "cue_later"})


_QUOTE_THEN_AND = re.compile(r"[\"”»“][ \t]*,?[ \t]+(?:and|but)[ \t]+(?:[a-z]+[ \t]+)?$")


def _is_direct_after_cue(ctx: Context, q: Quote, frame: Frame, sentence: Bounds) -> bool:
    """``X said: “Q.”`` — introduced by a colon or comma and running to the sentence end."""
    between = ctx.text[frame.end:q.open_mark.start]
    if frame.addressee is not None:
        between = ctx.text[max(frame.end, frame.addressee.span.end):q.open_mark.start]
    # "said: “…”", "said, “…”", and with no comma at all when only adjuncts stand between:
    # "told the assembly on Tuesday “We came …”"
    if frame.addressee is None and frame.cue is not None and _HEARER.fullmatch(between) \
            and (entry := cue_entry(frame.cue)) is not None and entry.addressee:
        between = ""  # "told the summit “Africa will …”": a hearer no mention names
    if len(between.split()) > 8 or not (_INTRO.search(between) or ctx.is_adjunct_gap(between)):
        return False
    if frame.speaker is not None and frame.cue is not None and frame.speaker.span.end < frame.cue.span.start \
            and _QUOTE_THEN_AND.search(ctx.text, frame.speaker.span.end, frame.cue.span.start):
        return False  # 'X warned against "…" and called for "…"': the clause holds more than the reporting
    first = q.span.text[:1]
    if sentence.end - close_end(q) > REACH:
        return False
    rest = ctx.text[close_end(q):sentence.end]
    return (first.isupper() or first.isdigit()) and bool(_TRAILING.match(rest))


def attribute_quotes(text: str, sentences: list[Span], quotes: list[Quote], cues: list[Cue],
                     mentions: list[Mention]) -> tuple[list[Attributed], list[Dropped]]:
    """Attribute every quote it can; return the attributed quotes and the dropped spans with reasons."""
    ctx = Context(text, sentences, mentions, cues)
    out: list[Attributed] = []
    pending: list[tuple[Quote, Bounds]] = []  # no rule fired: maybe a floating quote
    dropped: list[Dropped] = []
    used: set[int] = set()  # cue starts already taken by a quote-first frame
    prev: tuple[Quote, Attributed, int] | None = None  # last attributed quote and its clause end
    for q in quotes:
        sentence = quote_context(ctx, q)
        reason = not_speech(ctx, q, sentence, dropped[-1] if dropped else None)
        if reason is not None:
            dropped.append(Dropped(q, *reason))
            continue
        if _is_crosshead(ctx, _paragraph_of(ctx, q.open_mark.start), q):
            pending.append((q, sentence))  # a subhead: no neighbour's voice (see _floating)
            continue
        found, frame_end = _attribute_one(ctx, q, sentence, prev, used)
        if found is None:
            pending.append((q, sentence))
            continue
        out.append(found)
        prev = (q, found, frame_end)
    floating = _floating(ctx, [q for q, _ in pending], out)
    for q, sentence in pending:
        if q.span.start in floating:
            out.append(floating[q.span.start])
        else:
            dropped.append(Dropped(q, *unattributed_reason(ctx, q, sentence)))
    out.sort(key=lambda a: a.span.start)
    dropped.sort(key=lambda d: d.quote.span.start)
    return out, dropped


def _runs_on(ctx: Context, q: Quote, cue: Cue | None) -> bool:
    """``“Irresponsible” was how Otieno described the budget``: a quote with no stop of its own that
    the reporter's sentence runs on from (a lower-case word that is not the cue) is a fragment."""
    after = _RUN_ON.match(ctx.text, close_end(q))
    return after is not None and q.text.rstrip()[-1:] not in _QUOTE_STOPS \
        and (cue is None or after.start(1) != cue.span.start)


def _attribute_one(ctx: Context, q: Quote, sentence: Bounds, prev: tuple[Quote, Attributed, int] | None,
                   used: set[int]) -> tuple[Attributed | None, int]:
    """The first rule that attributes ``q``, and where its reporting clause ends."""
    lead_empty = _LEAD.fullmatch(ctx.text, sentence.start, q.open_mark.start) is not None
    if not lead_empty and (dateline := DATELINE.match(ctx.text, sentence.start, q.open_mark.start)) is not None:
        # "GENEVA (Reuters) - “…,” X said": the dateline is no part of the reporter's sentence
        lead_empty = _LEAD.fullmatch(ctx.text, dateline.end(), q.open_mark.start) is not None
    if not lead_empty and _QA_LEAD.fullmatch(ctx.text, sentence.start, q.open_mark.start):
        lead_empty = True  # 'A: "That depends on Moscow," the minister told reporters': a transcript's label
    if not lead_empty and (semi := ctx.text.rfind(";", sentence.start, q.open_mark.start)) >= 0:
        # "“Yes,” said X; “no,” said his deputy": a quote opening the clause after a semicolon
        lead_empty = _LEAD.fullmatch(ctx.text, semi + 1, q.open_mark.start) is not None
    after = frame_after(ctx, q, sentence.end)
    if after is None and lead_empty:
        after = subject_clause(ctx, q, sentence.end)
    if after is not None and lead_empty:
        used.add(after.cue.span.start)  # type: ignore[union-attr]
        kind = "partial" if _runs_on(ctx, q, after.cue) else "direct"
        return Attributed(q.span, kind, attribution(after.speaker, after.cue, "quote_first", after.addressee),
                          q), after.end
    if prev is not None and _continues(ctx, prev, q, lead_empty, after):
        p_att = prev[1].attribution
        return Attributed(q.span, "direct", attribution(p_att.speaker_mention, p_att.cue, "continuation",
                                                        p_att.addressee_mention, continuation=True), q), close_end(q)
    if after is not None and after.cue is not None and after.cue.kind == "according" and after.speaker is not None \
            and (after.speaker.kind in {"org", "place"} or after.speaker.kind == "role"
                 and role_class(after.speaker.head) in {"document", "institution"}) \
            and (relayed := frame_before(ctx, q, sentence, used)) is not None and relayed.speaker.kind != "role":
        # "X affirmed … that Kuwait was keen on “…”, according to a ministry statement", "Hayashida
        # conveyed “…”, according to the ministry": the document or body relays the named speaker's words
        return Attributed(q.span, "partial", attribution(relayed.speaker, relayed.cue, "cue_before",
                                                         relayed.addressee), q), close_end(q)
    if after is not None and not lead_empty and after.cue is not None \
            and _CONTENT_THEN_QUOTE.match(ctx.text, after.cue.span.end, sentence.end) \
            and frame_before(ctx, q, sentence, used) is not None:
        after = None  # "While X called the deal “…”, Y said it was “…”": Y's clause reports the next quote
    if after is not None:
        # “…” Mr. Rubio wrote: a reporting clause right after the quote outranks a cue far before it;
        # a fragment resuming right after the previous quote's clause is direct (“…,” said X, “…,” she
        # added, “…”)
        used.add(after.cue.span.start)  # type: ignore[union-attr]
        resumes = prev is not None and re.fullmatch(r"[\s,;:—–\-]*", ctx.text[prev[2]:q.open_mark.start]) is not None
        return Attributed(q.span, "direct" if resumes else "partial",
                          attribution(after.speaker, after.cue, "cue_after", after.addressee), q), after.end
    before = frame_before(ctx, q, sentence, used) or participle_of_previous(ctx, q, prev, sentence)
    if before is not None and before.cue is not None and (noun := nominal_frame(ctx, q, sentence)) is not None \
            and noun.cue.span.start >= before.cue.span.end \
            and _NOUN_CONTENT.fullmatch(ctx.text, noun.cue.span.end, q.open_mark.start):  # type: ignore[union-attr]
        # "Vasquez has mocked his promise of “…”": the noun's owner said it; the verb is about it
        return Attributed(q.span, "partial", attribution(noun.speaker, noun.cue, "nominal_cue"), q), close_end(q)
    if before is not None:
        kind = "direct" if _is_direct_after_cue(ctx, q, before, sentence) else "partial"
        return Attributed(q.span, kind, attribution(before.speaker, before.cue, "cue_before", before.addressee),
                          q), close_end(q)
    if (intro := colon_paragraph(ctx, q, used)) is not None:
        para, rule = intro
        return Attributed(q.span, "direct", attribution(para.speaker, para.cue, rule, para.addressee), q), close_end(q)
    if (colon := name_colon(ctx, q, sentence)) is not None:
        direct = ctx.text[colon.end:q.open_mark.start].strip() == ""
        return Attributed(q.span, "direct" if direct else "partial", attribution(colon.speaker, None, "name_colon"),
                          q), close_end(q)
    if (colon := colon_in_sentence(ctx, q, sentence)) is not None:
        return Attributed(q.span, "direct", attribution(colon.speaker, None, "colon_intro"), q), close_end(q)
    if (noun := nominal_frame(ctx, q, sentence)) is not None:
        return Attributed(q.span, "partial", attribution(noun.speaker, noun.cue, "nominal_cue"), q), close_end(q)
    if (later := _cue_later(ctx, q, sentence, used)) is not None:
        return Attributed(q.span, "partial", attribution(later.speaker, later.cue, "cue_later", later.addressee),
                          q), close_end(q)
    if (near := _sentence_cue(ctx, q, sentence, used)) is not None:
        return Attributed(q.span, "partial", attribution(near.speaker, near.cue, "sentence_cue", near.addressee),
                          q), close_end(q)
    if prev is not None and (same := _same_paragraph(ctx, prev, q)) is not None:
        return same, close_end(q)
    if (signed := _signature_after(ctx, q)) is not None:
        return Attributed(q.span, "direct", attribution(signed, None, "signature"), q), close_end(q)
    if lead_empty and (before := _speaker_before(ctx, q, sentence)) is not None:
        speaker, rule, cue = before
        return Attributed(q.span, "direct", attribution(speaker, cue, rule, continuation=cue is not None), q), \
            close_end(q)
    subject = ctx.sentence_subject(sentence, q.open_mark.start)
    where = _WHERE_CLAUSE.search(ctx.text, max(sentence.start, q.open_mark.start - REACH), q.open_mark.start)
    if where is not None:  # "The warning came during a hearing, where X defended the package as “…”"
        subject = ctx.sentence_subject(Span.of(ctx.text, where.end(), sentence.end), q.open_mark.start) or subject
    if subject is not None and subject.kind in {"name", "single", "role", "pronoun", "org", "place", "group"} \
            and _attitude_between(ctx, subject.span.end, q.open_mark.start):
        return Attributed(q.span, "partial", attribution(subject, None, "sentence_subject"), q), close_end(q)
    if (distant := _distant_subject(ctx, q, sentence)) is not None:
        return Attributed(q.span, "partial", attribution(distant.speaker, distant.cue, "distant_subject"), q), \
            close_end(q)
    return None, close_end(q)


# a clause boundary between a mention and a cue: the mention is in another clause
_CLAUSE_GAP = re.compile(r"[,;:—–()“”\"]|\b(?:and|but|or|while|as|when|after|before|because)\b")


#: What links a speech noun to the quote that is its content: ``his promise of “…”``, ``the
#: minister's claim that there were “…”``, ``her description of the plan as “…”``.
_NOUN_CONTENT = re.compile(r"\s+(?:of(?:\s+[^“”\"\n,;]{1,60}?\s+as)?|that(?:\s+[^“”\"\n,;]{1,60})?)\s+")


def _distant_subject(ctx: Context, q: Quote, sentence: Bounds) -> Frame | None:
    """The last cue before the quote in its sentence, whose subject no clause rule reads (``the
    retired colonel who … in her memoir “The Long Watch,” told the committee the jets would
    “…”``): the nearest speaker-like mention before it in its clause, else the sentence's first one
    that no preposition governs."""
    cues = [c for c in ctx.cues_between(max(sentence.start, q.open_mark.start - REACH), q.open_mark.start)
            if c.kind != "according"]
    if not cues:
        return None
    cue = cues[-1]
    floor = max(sentence.start, cue.span.start - REACH)
    for m in ctx.mentions_back(cue.span.start, floor):
        if _CLAUSE_GAP.search(ctx.text, m.span.end, cue.span.start):
            break
        if m.kind in SPEAKER_KINDS and not m.in_quote and not ctx.after_preposition(m):
            return Frame(m, cue, cue.span.end)
    for m in ctx.mentions_between(floor, cue.span.start):
        if m.kind in SPEAKER_KINDS and not m.in_quote and not ctx.after_preposition(m):
            return Frame(m, cue, cue.span.end)
    return None


def _signature_after(ctx: Context, q: Quote) -> Mention | None:
    """``“…”`` ⏎ ``— Bernie Sanders, in a debate.``: a paragraph of pure quotation signed by the next
    paragraph, which opens with a dash and a name."""
    start, end = ctx.line_bounds(q.open_mark.start)
    if not _only_quotation(ctx, start, end, [q]):
        return None
    m = re.match(r"\s*[-—–]+\s*", ctx.text[end:end + 20])
    if m is None or "\n" not in ctx.text[end:end + m.end()] or m.group().strip() == "":
        return None
    name = ctx.mention_at(end + m.end())
    return name if name is not None and name.kind in {"name", "single", "role", "org"} else None


_WORD_CHAR = re.compile(r"\w")
_VERB_AFTER = re.compile(r"(?:\s+(?:also|then|later|again|quickly|[a-z]+ly))*\s+([a-z]+)")


#: A paragraph of pure quotation after narration is taken for speech from this many words on.
_NARRATED_WORDS = 8


def _speaker_before(ctx: Context, q: Quote, sentence: Bounds) -> tuple[Mention, str, Cue | None] | None:
    """``Bystrom agreed. “Mainstream Republicans are running out of time.”``: a quote that opens its
    sentence and closes its paragraph, right after a sentence of the same paragraph whose subject
    speaks, thinks or judges (the verb right after it is a cue or an attitude verb) and that holds no
    quotation of its own."""
    para_start, para_end = ctx.line_bounds(q.open_mark.start)
    if _WORD_CHAR.search(ctx.text, close_end(q), para_end):  # no slice to the paragraph's end: linear in one-line text
        return None
    i = ctx.sentence_index(sentence.start) - 1
    if i < 0 or ctx.sentences[i].end > q.open_mark.start:
        return None
    before = ctx.sentences[i]
    rule = "speaker_before"
    if before.start < para_start:
        # "Howard kept up the attack." ⏎ "“Eight years ago she …”": a paragraph of pure quotation
        # after a paragraph that quotes nothing and closes with such a sentence
        prev_start = ctx.line_bounds(before.start)[0]
        if q.close_mark is None or len(q.span.text.split()) < _NARRATED_WORDS \
                or _LEAD.fullmatch(ctx.text, para_start, q.open_mark.start) is None \
                or re.search(r"[“”\"«»]", ctx.text[prev_start:before.end]):
            return None
        rule = "narration_before"
    if re.search(r"[“”\"«»]", before.text):
        return None  # a quote there: the continuation rules decide
    if rule == "speaker_before" and (closing := _closing_clause(ctx, before)) is not None:
        return closing[0], "clause_before", closing[1]
    subject = ctx.sentence_subject(before, before.end)
    if subject is None or subject.kind not in SPEAKER_KINDS or subject.kind == "place":
        return None
    verb = _VERB_AFTER.match(ctx.text, subject.span.end, before.end)
    return (subject, rule, None) if verb is not None and verb.group(1) in ctx.attitude_verbs else None


def _closing_clause(ctx: Context, before: Span) -> tuple[Mention, Cue] | None:
    """``…, dos Santos says.`` / ``…, said Ann Lee.``: a sentence whose reported content closes with
    its reporting clause after a comma; its subject (the quote that follows speaks on)."""
    cues = [c for c in ctx.cues_between(max(before.start, before.end - 80), before.end) if c.kind != "according"]
    if not cues:
        return None
    cue = cues[-1]
    tail = ctx.text[cue.span.end:before.end].rstrip(" .!?\n")
    subject = ctx.subject_left(cue, before.start)
    if subject is not None and subject.span.end <= cue.span.start:
        # the clause opens after a comma, perhaps with lower-case title words (", digital consultant X says")
        opens = _CLAUSE_OPENING.search(ctx.text, max(before.start, subject.span.start - 40), subject.span.start) is not None
        rest = tail
    else:
        subject = ctx.subject_right(cue) if ctx.text[max(before.start, cue.span.start - 2):cue.span.start].strip() == "," \
            else None
        opens = subject is not None
        rest = ctx.text[subject.span.end:before.end].rstrip(" .!?\n") if subject is not None else ""
    if subject is None or not opens or subject.kind not in SPEAKER_KINDS or subject.kind == "place":
        return None
    return (subject, cue) if not rest or ctx.is_adjunct_gap(rest) else None


_CLAUSE_OPENING = re.compile(r",[ \t]*(?:[a-z][\w\-]*[ \t]+){0,2}$")


def _attitude_between(ctx: Context, start: int, end: int) -> bool:
    """A verb of thinking, feeling or judging (``data/words.tsv`` ``attitude_verb``) between a
    subject and a quote: ``Ramos believes in journalism that “takes sides.”`` (a scare quote in a
    sentence of plain fact, ``the government's “reforms” took effect``, has none)."""
    verbs = ctx.attitude_verbs
    return any(w.lower() in verbs for w in re.findall(r"[a-z]+", ctx.text[start:end]))


_RELATIVE_AFTER = re.compile(r"[\s,—–\-]+(?:a|an|the)\s+[a-z]+\s+(?:that|which)\s")


def _sentence_cue(ctx: Context, q: Quote, sentence: Bounds, used: set[int]) -> Frame | None:
    """Any cue of the quote's sentence with a subject, nearest to the quote first."""
    cues = [c for c in ctx.cues_between(max(sentence.start, q.open_mark.start - REACH),
                                        min(sentence.end, close_end(q) + REACH)) if c.span.start not in used
            and not (q.open_mark.start <= c.span.start < close_end(q))
            # "“…” – a line that several Republicans said had gone too far": a relative clause about it
            and not (c.span.start > close_end(q) and _RELATIVE_AFTER.match(ctx.text, close_end(q), c.span.start))]
    for cue in sorted(cues, key=lambda c: min(abs(c.span.start - q.open_mark.start), abs(c.span.start - close_end(q)))):
        if cue.kind == "according":
            subject = ctx.source_after(cue.span.end)
        else:
            subject = subject_of(ctx, cue, sentence, cues)
            if subject is None and re.search(r"[,—–]\s*$", ctx.text[max(sentence.start, cue.span.start - 10):
                                                                     cue.span.start]):
                subject = ctx.subject_right(cue)
        if subject is not None:
            return Frame(subject, cue, cue.span.end, ctx.addressee(cue))
    return None


def _same_paragraph(ctx: Context, prev: tuple[Quote, Attributed, int], q: Quote) -> Attributed | None:
    """A later quote in the paragraph of the previous attributed one, no other speaker named between."""
    p_quote, p_att, p_end = prev
    between = ctx.text[p_end:q.open_mark.start]
    if "\n" in between or p_att.attribution.speaker_mention is None:
        return None
    others = [m for m in ctx.mentions_between(p_end, q.open_mark.start)
              if m.kind in {"name", "single", "role", "org", "place", "group"} and not m.in_quote]
    if others:
        return None
    att = p_att.attribution
    # "… Trump says he goes “back to war.” He's predicting he will do “very well”": the new sentence's
    # own pronoun subject is the mention read (the same voice, named where the quote is)
    subject = ctx.sentence_subject(ctx.sentence_at(q.open_mark.start), q.open_mark.start)
    speaker = subject if subject is not None and subject.kind == "pronoun" and subject.span.start >= p_end \
        and subject.head in {"he", "she"} else att.speaker_mention
    return Attributed(q.span, "partial", attribution(speaker, att.cue, "same_paragraph",
                                                     att.addressee_mention), q)


def _cue_later(ctx: Context, q: Quote, sentence: Bounds, used: set[int]) -> Frame | None:
    """``… a “stronger” and more aggressive candidate, she said.``: a reporting clause after a comma
    that closes the quote's sentence (cue and subject, then only circumstances)."""
    for cue in ctx.cues_between(close_end(q), min(sentence.end, close_end(q) + REACH)):
        if cue.span.start in used or cue.kind == "according":
            continue
        subject = ctx.subject_left(cue, close_end(q))
        if subject is not None and re.search(r"[,—–]\s*$", ctx.text[close_end(q):subject.span.start]):
            clause_end = cue.span.end
        elif re.search(r"[,—–]\s*$", ctx.text[close_end(q):cue.span.start]):
            subject = ctx.subject_right(cue)  # "…, said Ohio State University professor Paul Beck."
            clause_end = subject.span.end if subject is not None else cue.span.end
        else:
            continue
        if subject is None:
            continue
        if sentence.end - clause_end > REACH:
            return None  # the sentence goes on: this is no clause closing it
        tail = ctx.text[clause_end:sentence.end].strip(" .!?”\"’'")
        if not tail or ctx.is_adjunct_gap(tail) or tail.startswith(","):
            return Frame(subject, cue, cue.span.end, ctx.addressee(cue))
    return None


def _paragraph_of(ctx: Context, pos: int) -> tuple[int, int]:
    return ctx.line_bounds(pos)


def _only_quotation(ctx: Context, start: int, end: int, quotes: list[Quote]) -> bool:
    """Whether ``[start, end)`` holds nothing but the given quotes (marks and punctuation aside)."""
    pos, rest = start, []
    for q in sorted(quotes, key=lambda q: q.open_mark.start):
        rest.append(ctx.text[pos:q.open_mark.start])
        pos = close_end(q)
    rest.append(ctx.text[pos:end])
    return not re.search(r"\w", "".join(rest))


def _floating(ctx: Context, candidates: list[Quote], attributed: list[Attributed]) -> dict[int, Attributed]:
    """Quotes in a paragraph of pure quotation next to a paragraph whose direct quote is attributed:
    after one that ends with the quote and its clause (``“…,” she said.`` ⏎ ``“…”``: ``floating``),
    or before one that opens with it (``“…”`` ⏎ ``“…,” she said.``: ``floating_before``)."""
    if not candidates:
        return {}
    first_in_para: dict[int, Attributed] = {}  # paragraph start -> its first attributed quote
    last_in_para: dict[int, Attributed] = {}  # paragraph end -> its last attributed quote
    for a in attributed:
        start, end = _paragraph_of(ctx, a.span.start)
        first_in_para.setdefault(start, a)
        last_in_para[end] = a
    by_para: dict[tuple[int, int], list[Quote]] = {}
    for q in candidates:
        by_para.setdefault(_paragraph_of(ctx, q.open_mark.start), []).append(q)
    out: dict[int, Attributed] = {}
    for para, qs in sorted(by_para.items()):
        if len(qs) == 1 and _is_crosshead(ctx, para, qs[0]):
            # "'Three years of hunger'" alone on its line: a subhead quoting words the body gives later
            said = _later_holder(qs[0], attributed)
            if said is not None:
                out[qs[0].span.start] = Attributed(qs[0].span, "direct", attribution(
                    said.attribution.speaker_mention, None, "crosshead"), qs[0])
            continue
        reopened = _OPENS_NEXT.match(ctx.text, para[1]) is not None
        if not _only_quotation(ctx, *para, qs) or any(len(q.span.text.split()) < _FLOATING_WORDS
                                                       or q.close_mark is None and not reopened for q in qs):
            # "'A fight from start to finish.'": a subhead; an unclosed mark may be stray, unless the
            # next paragraph opens with a mark (a quotation running over paragraphs)
            continue
        found = _voice_before(ctx, para, last_in_para) or _voice_after(ctx, para, first_in_para)
        if found is None:
            continue
        source, rule = found
        att = source.attribution
        for q in qs:
            out[q.span.start] = Attributed(q.span, "direct", attribution(
                att.speaker_mention, att.cue, rule, att.addressee_mention, continuation=att.cue is not None), q)
    return out


#: A crosshead: a short quoted line with no stop of its own (at most this many words).
_CROSSHEAD_WORDS = 8


def _is_crosshead(ctx: Context, para: tuple[int, int], q: Quote) -> bool:
    """A paragraph that is one short quote ending with no stop, mid-article: ``'Three years of hunger'``."""
    words = q.span.text.split()
    return 0 < len(words) <= _CROSSHEAD_WORDS and q.close_mark is not None and q.span.text.rstrip()[-1:].isalnum() \
        and para[0] > 0 and not re.search(r"\w", ctx.text[para[0]:q.open_mark.start] + ctx.text[close_end(q):para[1]])


def _later_holder(q: Quote, attributed: list[Attributed]) -> Attributed | None:
    """The first later attributed quote holding the crosshead's words (case and punctuation aside)."""
    words = " ".join(re.findall(r"\w+", q.span.text.lower()))
    return next((a for a in sorted(attributed, key=lambda a: a.span.start) if a.span.start > q.span.end
                 and a.attribution.speaker_mention is not None
                 and f" {words} " in " " + " ".join(re.findall(r"\w+", a.span.text.lower())) + " "), None)


def _voice_before(ctx: Context, para: tuple[int, int], last_in_para: dict[int, Attributed]
                  ) -> tuple[Attributed, str] | None:
    prev_end = len(ctx.text[:para[0]].rstrip())
    source = last_in_para.get(prev_end)
    if source is None or ctx.text[prev_end - 1] == ":":
        return None
    if not _speaks_directly(source) and not _closes_paragraph(ctx, source, prev_end):
        return None
    # after the source quote, only its own reporting clause may close the paragraph
    if _sentences_in(ctx, close_end(source.quote), prev_end) > 1:  # type: ignore[arg-type]
        return None
    return source, "floating"


def _voice_after(ctx: Context, para: tuple[int, int], first_in_para: dict[int, Attributed]
                 ) -> tuple[Attributed, str] | None:
    m = re.match(r"\s*", ctx.text[para[1]:])
    source = first_in_para.get(para[1] + (m.end() if m else 0))
    if source is None or not _speaks_directly(source) or source.attribution.rule != "quote_first":
        return None
    if source.quote is None or source.quote.open_mark.start != para[1] + (m.end() if m else 0):
        return None
    return source, "floating_before"


def _closes_paragraph(ctx: Context, a: Attributed, para_end: int) -> bool:
    """A partial quote that ends its paragraph (``… said Y had “…”.`` ⏎ ``“…”``)."""
    return a.quote is not None and a.attribution.speaker_mention is not None \
        and a.attribution.rule in _CONTINUABLE | {"sentence_subject"} \
        and _TRAILING.match(ctx.text[close_end(a.quote):para_end]) is not None


def _speaks_directly(a: Attributed) -> bool:
    return a.quote is not None and a.kind == "direct" and a.attribution.speaker_mention is not None \
        and a.attribution.rule in _CONTINUABLE


def _sentences_in(ctx: Context, start: int, end: int) -> int:
    """How many sentences start in ``[start, end)``, counting the one ``start`` is in."""
    return 1 + sum(1 for s in ctx.sentences if start < s.start < end)


def _continues(ctx: Context, prev: tuple[Quote, Attributed, int], q: Quote, lead_empty: bool,
               own_frame: Frame | None) -> bool:
    """Whether ``q`` goes on with the previous quote's utterance."""
    p_quote, p_att, p_end = prev
    if own_frame is not None:
        return False
    if p_quote.close_mark is None:  # the previous paragraph ran on into this one
        return q.open_mark.start > p_quote.span.end and "\n" in ctx.text[p_quote.span.end:q.open_mark.start]
    between = ctx.text[p_end:q.open_mark.start]
    if p_att.attribution.rule not in _CONTINUABLE:
        return False
    if p_att.attribution.rule == "cue_before" and p_att.kind != "direct":
        return False
    if re.fullmatch(r"[\s,;:—–\-'’]*", between):
        return True  # “…,” he said, “…”
    speaker = p_att.attribution.speaker_mention
    if _split_by_clause(ctx, p_end, q.open_mark.start, speaker):
        return True  # “…,” he told Hewitt on Monday, “…”
    # "…, of Jacksonville, Fla. “She …”": the splitter may keep an abbreviation's stop inside the
    # sentence, but a stop right before the quote still makes the quote open its own
    opens = lead_empty or (bool(re.search(r"[.!?]\s+$", between)) and not q.span.text[:1].islower())
    if not opens or between.count("\n") > 2:
        return False
    if "\n" in between and len(q.span.text.split()) < _FLOATING_WORDS:
        return False  # "'Plan B'" alone in a paragraph after a quote: a subhead, not the same voice
    # “…,” Rao told journalists on Monday. “…”: the rest of the frame's sentence, then this quote
    if len(between) > REACH or not _SENTENCE_END.search(between) or _sentence_starts(ctx, p_end, q.open_mark.start) > 1:
        return False
    return _no_other_voice(ctx, p_end, q.open_mark.start, speaker)


_SENTENCE_END = re.compile(r"[.!?…][\s)\]”\"’']*$")  # '… on "New Day." "…"': a title may close the clause
#: Clause openers in the rest of a reporting clause's sentence: a cue after a subordinate one (relative,
#: temporal or causal, or a participle phrase of the speaker's) is background the speaker's clause
#: carries; after a coordinating one it may start another voice.
_RELATIVE = re.compile(r"\b(?:who|which|whose)\b")
_OPENER = re.compile(r"\b(?P<sub>that|after|as|when|before|since|because|until|once)\b"
                     r"|,\s+(?P<part>[a-z]+ing)\b|(?P<coord>\b(?:and|but|while|whereas)\b|;)")


def _split_by_clause(ctx: Context, p_end: int, end: int, speaker: Mention | None) -> bool:
    """``“…,” he said of the plan on Monday, “…”``: the reporting clause goes on to a comma and the
    quote resumes in the same sentence."""
    between = ctx.text[p_end:end]
    if "\n" in between or len(between) > REACH or not between.rstrip().endswith(","):
        return False
    return _sentence_starts(ctx, p_end, end) == 0 and _no_other_voice(ctx, p_end, end, speaker)


def _sentence_starts(ctx: Context, start: int, end: int) -> int:
    """How many sentences start in ``(start, end]`` with a capital, a digit or a quotation mark (the
    splitter also cuts after ``(D-S.C.)``, leaving a "sentence" that opens with ``), a member …``)."""
    i = ctx.sentence_index(start) + 1
    n = 0
    while i < len(ctx.sentences) and ctx.sentences[i].start <= end:
        first = ctx.text[ctx.sentences[i].start:ctx.sentences[i].start + 1]
        n += first.isupper() or first.isdigit() or first in "“\"‘'«"
        i += 1
    return n


def _no_other_voice(ctx: Context, start: int, end: int, speaker: Mention | None) -> bool:
    """No reporting clause of another speaker in ``[start, end)``: the clause may go on (``, who
    …``, ``, referring to …``, ``, after Y stated …``, ``, according to CNN``), but ``… and Smith
    said …`` starts another voice."""
    for c in ctx.cues_between(start, min(end, start + REACH)):
        if c.kind == "according":
            lead = ctx.text[start:c.span.start]
            if re.fullmatch(r"\s*,\s*", lead) or re.search(r",?\s+$", lead) and not re.search(r"[.!?;]\s", lead) \
                    and not any(x.span.start < c.span.start for x in ctx.cues_between(start, c.span.start)):
                continue  # "…," Sanders said (of the plan), according to CNN: the outlet relays the same voice
            return False
        if _RELATIVE.search(ctx.text, start, c.span.start):
            continue  # "said X, who once advised Y": the relative clause describes the speaker
        subject = ctx.subject_left(c, start)
        if subject is None or (speaker is not None and subject.span == speaker.span):
            continue
        openers = list(_OPENER.finditer(ctx.text, start, subject.span.start))
        if openers and openers[-1].lastgroup != "coord":
            continue  # "said X, who once advised Y" / ", after Y stated …" / ", citing a group called …"
        return False
    return True
