"""Reporting frames: the clause next to a quote that says who said it (used by ``attribute``).

A frame is found after the closing mark (``, Putin said``, ``, said Putin``, ``, according
to X``), before the quote in its sentence (``Putin said: “…”``, the nearest cue with a
subject), in the paragraph before (``X continued:``), or as a name and a colon opening
the sentence (``Trump: '…'``).  See :mod:`summit_nlp.extract.attribute` for the order in
which the rules try them.  A passive cue after a quote (``… while X were being warned``) frames nothing.
A description filling the gap before a cue is the speaker (``the gambling tycoon told``); one that
holds a relative clause's own subject (``a step the Mauritanian diplomat described as``) speaks from
that subject.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .clauses import QUOTED_TITLE, REACH, Bounds, Context
from .cues import quoted_person_at
from .lexicon import load_lexicon, union
from .segment import blank_line_start, load_abbreviations
from ..model import Attributed, Cue, Mention, Quote, Span

__all__ = ["Frame", "close_end", "quote_context", "frame_after", "frame_before", "participle_of_previous",
           "name_colon", "colon_paragraph", "nominal_frame", "subject_of", "subject_clause", "colon_in_sentence"]

_LEAD = re.compile(r"[\s—–\-(\[]*")  # used with fullmatch
_AFTER_CLOSE = re.compile(r"[\s,—–\-'’]*")  # ''…''' : a nested single mark may close after the double one
# a colon clause is the sentence's subject (within REACH of its start) and at most eight words
_COLON_LEAD = REACH + 400
_TITLE_WORDS_BEFORE = re.compile(r"(?:his|her|their|its|the)\s+(?:[a-z][\w\-]*\s+){1,3}")
_NEW_CLAUSE = re.compile(r"\s*(?:and|but|or|while|whereas)\s", re.IGNORECASE)
_SUBORDINATOR_AFTER = re.compile(r"(?:after|since|when|because|before|until|once|although|though|if|while|whereas)\s",
                                 re.IGNORECASE)
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:since|after|when|because|before|until|once|although|though|if|as)\s+"
                                  r"(?:(?:the|it|he|she|they)\s+|the\s+[a-z][\w’'\-]*\s+"
                                  r"|[A-Z][\w’'.\-]*\s+(?:[A-Z][\w’'.\-]*\s+){0,3})$", re.IGNORECASE)
_EMBEDDED_VERB = re.compile(r"\b(?:would|will|could|can|should|might|may|must|to)\s+$")


@dataclass(frozen=True)
class Frame:
    """A reporting clause found next to a quote."""

    speaker: Mention | None
    cue: Cue | None
    end: int  # where the clause ends in the text
    addressee: Mention | None = None


def close_end(q: Quote) -> int:
    return q.close_mark.end if q.close_mark else q.span.end


def quote_context(ctx: Context, q: Quote) -> Bounds:
    """The sentence(s) a quote sits in; a lower-case continuation after ``?”`` joins in."""
    first = ctx.sentence_at(q.open_mark.start)
    last = ctx.sentence_at(max(q.span.end - 1, q.span.start))
    end = max(last.end, close_end(q))
    nxt_i = ctx.sentence_index(end) + 1
    if nxt_i < len(ctx.sentences) and ctx.sentences[nxt_i].start <= end + 2:
        nxt = ctx.sentences[nxt_i]
        # “Why not?” Mrs. Clinton asked. — the splitter ends the sentence inside the quote
        # (a nested quote may close first: "… ‘What can I do?’”)
        ends_in_quote = ctx.text[q.span.start:q.span.end].rstrip("’'\"”")[-1:] in ("?", "!", ".", "…") \
            and _LEAD.fullmatch(ctx.text, first.start, q.open_mark.start) is not None
        if (nxt.text[:1].islower() or ends_in_quote) and "\n" not in ctx.text[end:nxt.start]:
            end = nxt.end
    return Bounds(first.start, end)


def frame_after(ctx: Context, q: Quote, limit: int) -> Frame | None:
    """A reporting clause right after the closing mark: ``, Putin said`` or ``, said Putin``."""
    pos = close_end(q)
    pos += _AFTER_CLOSE.match(ctx.text, pos).end() - pos  # type: ignore[union-attr]
    cues = ctx.cues_between(pos, min(limit, pos + REACH))
    if cues and cues[0].kind == "according" and ctx.text[pos:cues[0].span.start].strip() == "":
        source = ctx.source_after(cues[0].span.end) or _description_after(ctx, cues[0])  # "…" according to X
        return Frame(source, cues[0], source.span.end) if source is not None else None
    cues = [c for c in cues if c.kind != "according"]
    if not cues or _SUBORDINATOR_AFTER.match(ctx.text, pos):
        return None  # "we are patient" after Trump announced …: a subordinate clause, no reporting clause
    if ctx.text[pos:cues[0].span.start].strip() == "":
        if cues[0].span.text.endswith("ing"):
            return None  # "… as “fantastic,” telling reporters …": a participle has no inverted subject
        subject = ctx.subject_right(cues[0]) or _description_after(ctx, cues[0])
        return Frame(subject, cues[0], subject.span.end) if subject is not None else None
    # "…," Sen. Laura Whitfield, the Maryland Democrat who wrote the bill, said …: the first
    # cue the lead mention reaches through adjuncts and appositions is the frame's
    for cue in cues[:3]:
        if cue.form == "quoted as saying" and (quoted := ctx.mention_at(quoted_person_at(cue))) is not None:
            return Frame(quoted, cue, cue.span.end)  # "…," the statement quoted Minister Sun Weidong as saying
        if _EMBEDDED_VERB.search(ctx.text, max(0, cue.span.start - 8), cue.span.start):
            continue  # "“totally inappropriate” for Ginsburg to criticize Trump": an infinitive frames nothing
        if ctx.is_passive_before(cue):
            continue  # "… while Sikh Canadians were still being warned by the RCMP": a passive frames nothing
        for lead in (ctx.mention_at(pos), _description_before(ctx, pos, cue), _titled_name_before(ctx, pos, cue)):
            if lead is not None and _NEW_CLAUSE.match(ctx.text, pos, lead.span.start):
                continue  # "accuses Obama of “…” and Donald Trump says …": a clause of its own
            if lead is not None and lead.text.split()[-1].lower() in ("and", "or", "but"):
                continue  # "said it “regretted” the outcome and called on …": an object and a second verb
            if lead is not None and lead.span.end <= cue.span.start \
                    and ctx.is_adjunct_gap(ctx.text[lead.span.end:cue.span.start]):
                if ctx.text[cue.span.end:cue.span.end + 2].startswith(":"):
                    return None  # "…," Trump said: "…" — the clause introduces the next quote
                if lead.span.start > pos and ctx.text[lead.span.end:cue.span.start].strip() == "," \
                        and (inverted := ctx.subject_right(cue)) is not None:
                    # "… in its dealings with Central Asia, said Nargis Kassenova": the cue's own subject follows it
                    return Frame(inverted, cue, inverted.span.end)
                return Frame(lead, cue, cue.span.end, ctx.addressee(cue))
    return None


def subject_clause(ctx: Context, q: Quote, limit: int) -> Frame | None:
    """``“…,” Katie Hart, who chairs the fund, said in a statement``: for a quote opening its
    sentence, the first cue after it with the subject the clause rules find on its left
    (appositions, relative clauses, titles)."""
    pos = close_end(q)
    pos += _AFTER_CLOSE.match(ctx.text, pos).end() - pos  # type: ignore[union-attr]
    cue = next((c for c in ctx.cues_between(pos, min(limit, pos + REACH)) if c.kind != "according"), None)
    if cue is None:
        return None
    gap = ctx.text[pos:cue.span.start]
    if re.search(r"[“”\"«»:;]", QUOTED_TITLE.sub(" ", gap)) or _sentence_end_in(gap) \
            or ctx.text[cue.span.end:cue.span.end + 2].startswith(":"):
        return None  # another quote, a colon or a sentence end: no clause of this quote
    subject = ctx.subject_left(cue, pos)
    if subject is None or subject.span.start < pos:
        return None
    return Frame(subject, cue, cue.span.end, ctx.addressee(cue))


_STOP = re.compile(r"([\w.’']*)([.!?])\s")
_abbreviations = functools.lru_cache(maxsize=1)(load_abbreviations)


def _sentence_end_in(gap: str) -> bool:
    """A full stop, ? or ! followed by a blank in ``gap``, other than the stop of an abbreviation
    or an initial (``California Rep. Duncan Hunter's chief of staff``, ``the U.S. envoy``)."""
    abbreviations = _abbreviations()
    for m in _STOP.finditer(gap):
        word = m.group(1).lower().rstrip(".")
        if m.group(2) != "." or not (word in abbreviations or len(word) == 1 or "." in word):
            return True
    return False


_DETERMINER = r"(?:the|a|an|one|another|this|that|his|her|their|some)"
_DESCRIPTION = re.compile(rf"{_DETERMINER}\s+[\w’'\-]+,?(?:\s+[\w’'\-]+,?){{0,5}}(?<!,)\s+", re.IGNORECASE)
# "said a person close to the family, who …": a description up to the clause's end (twelve words at most)
_DESCRIPTION_AFTER = re.compile(rf"\s+({_DETERMINER}(?:\s+[\w’'\-.]+){{0,10}}?\s+[\w’'\-]+)"
                                r"(?=\s*(?:[,;:!?]|\.(?:\s|$)|$|\s+(?:who|which|that)\b))", re.IGNORECASE)


def _description_before(ctx: Context, pos: int, cue: Cue, end: int | None = None) -> Mention | None:
    """``the gambling tycoon told …``: a short description filling the gap up to a cue (or ``end``)."""
    m = _DESCRIPTION.fullmatch(ctx.text, pos, cue.span.start if end is None else end)
    if m is None:
        return None
    words = m.group().split()
    if not _is_description(words) or any(re.search(r"[’']s?$", w) and nxt[:1].isupper()
                                         for w, nxt in zip(words[1:], words[2:])):
        return None  # "the union's Bogdan Petrescu": an owner, then the person's name
    low = [w.lower() for w in words]
    cues = load_lexicon().cues
    inner = next((j for j in range(len(low) - 1, 1, -1) if low[j] in ("the", "a", "an")
                  and low[j - 1] not in _ALL_PREPOSITIONS and j <= 3 and not any(w in cues for w in low[1:j])), None)
    if inner is not None:  # "…, a step the Mauritanian diplomat described as": a relative clause's subject
        starts = [w.start() for w in re.finditer(r"\S+", m.group())]
        return _description_before(ctx, pos + starts[inner], cue, end)
    roles = load_lexicon().roles
    if any(p in _ROLE_PREPOSITIONS and r in roles for r, p in zip(low[1:], low[2:-1])):
        lead = ctx.mention_at(pos)  # "a spokesperson for the United Nations told": the role, whose body follows
        if lead is not None and lead.kind == "role":
            return lead
    end = pos + len(m.group().rstrip())
    return Mention(Span.of(ctx.text, pos, end), "role", words[-1].lower(), title=" ".join(words[1:-1]) or None)


_NUMBERS = frozenset({"two", "three", "four", "five", "six"})
_ROLE_PREPOSITIONS = frozenset({"for", "of", "at", "from", "with"})
_ALL_PREPOSITIONS = _ROLE_PREPOSITIONS | {"in", "on", "to", "by", "into", "about", "over", "under", "against"}
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "him", "her", "them", "us", "me"})


def _is_description(words: list[str]) -> bool:
    """A noun phrase that can speak: no pronoun in it (``this week he``), and a head that is no
    time word (``the next day``); ``the two`` (a number after ``the``) is people."""
    lex = load_lexicon()
    low = [w.lower().strip(".,") for w in words]
    time_words = lex.word_class("adjunct") | lex.word_class("weekday") | lex.word_class("month")
    if low[:1] == ["the"] and len(low) == 2 and low[1] in _NUMBERS:
        return True
    if len(low) > 1 and low[1] in lex.word_class("speech_noun"):
        return False  # "…,” a claim European officials privately dispute: what was said, not who
    return not any(w in _PRONOUNS for w in low[1:]) and low[-1] not in time_words


_ONE_AFTER = re.compile(r"[ \t]+(one|another)(?=[ \t]*(?:[,;:!?]|\.(?:\s|$)|$))", re.IGNORECASE)


def _description_after(ctx: Context, cue: Cue) -> Mention | None:
    """``“…,” said a person close to the campaign.``: a description no mention rule knows, filling
    the inverted subject's place after a cue that follows the quote."""
    m = _DESCRIPTION_AFTER.match(ctx.text, cue.span.end, min(len(ctx.text), cue.span.end + 120))
    if m is None and (one := _ONE_AFTER.match(ctx.text, cue.span.end, min(len(ctx.text), cue.span.end + 12))):
        # "“America is great!” read one.", "tweeted another.": one of the people or things just named
        return Mention(Span.of(ctx.text, one.start(1), one.end(1)), "role", one.group(1).lower())
    if m is None or "\n" in m.group():
        return None
    words = m.group(1).split()
    if not _is_description(words):
        return None
    inner = [x for x in ctx.mentions_between(m.start(1), m.end(1)) if x.kind in {"name", "single"}]
    if inner and inner[-1].span.end == m.end(1) and _TITLE_WORDS_BEFORE.fullmatch(ctx.text, m.start(1),
                                                                                  inner[-1].span.start):
        return inner[-1]  # "countered his colleague Eszter Nagy": a few title words, then the name
    comma = re.match(r",[ \t]*", ctx.text[m.end(1):m.end(1) + 3])
    name = ctx.mention_at(m.end(1) + comma.end()) if comma is not None else None
    if name is not None and name.kind == "name" and re.match(r"\s*(?:[,;.]|$)", ctx.text[name.span.end:name.span.end + 2]):
        return name  # "said his best friend at college, Bruce Tarry, who …": the name in apposition
    return Mention(Span.of(ctx.text, m.start(1), m.end(1)), "role", words[-1].lower(),
                   title=" ".join(words[1:-1]) or None)


def _titled_name_before(ctx: Context, pos: int, cue: Cue) -> Mention | None:
    """``election law expert Rick Hasen tweeted``: a few title words, then a name, then the cue."""
    names = [m for m in ctx.mentions_between(pos, cue.span.start) if m.kind in {"name", "single"}]
    # the name nearest the cue: "Sanders campaign manager Jeff Weaver said" (not "Sanders")
    for m in reversed(names[-2:]):
        lead = ctx.text[pos:m.span.start]  # "Google's chief human resources executive, Laszlo Bock, told"
        words = ctx.text[pos:m.span.end].lower().split()[:-len(m.head.split())]  # the words before the name
        if len(words) == 2 and words[0] in ("a", "an", "the") and words[1] in load_lexicon().word_class("speech_noun"):
            continue  # "“…,” a charge Goyal denied": what is said of the words, not who said them
        if re.fullmatch(r"(?:[\w\-’'.]+\s+){1,6}|(?:[\w\-’'.]+\s+){1,5}[\w\-’'.]+,\s+", lead):
            return m
    return None


def participle_of_previous(ctx: Context, q: Quote, prev: tuple[Quote, Attributed, int] | None,
                            sentence: Bounds) -> Frame | None:
    """``“…,” said X at the time, adding that “…”``: a participle after the previous quote's frame."""
    if prev is None or prev[1].attribution.speaker_mention is None:
        return None
    p_end = prev[2]
    if not (sentence.start <= p_end <= q.open_mark.start):
        return None
    cues = [c for c in ctx.cues_between(max(p_end, q.open_mark.start - REACH), q.open_mark.start)
            if c.span.text.endswith("ing")]
    if not cues:
        return None
    return Frame(prev[1].attribution.speaker_mention, cues[-1], cues[-1].span.end)


def frame_before(ctx: Context, q: Quote, sentence: Bounds, used: set[int]) -> Frame | None:
    """The nearest cue before the quote in its sentence, with the cue's subject."""
    floor = max(sentence.start, q.open_mark.start - REACH)
    cues = [c for c in ctx.cues_between(floor, q.open_mark.start) if c.span.start not in used]
    # "Mwale said he would announce “the next steps”": a cue after a modal or "to" sits inside
    # the content of an earlier reporting verb, which is the one that attributes the quote.
    # So is a cue in a subordinate clause (``said Manila's "provocations" since Beijing declared …``).
    finite = [c for c in cues if not _EMBEDDED_VERB.search(ctx.text, max(0, c.span.start - 8), c.span.start)
              and not _SUBORDINATE_SUBJECT.search(ctx.text, max(0, c.span.start - 60), c.span.start)]
    if finite and finite[-1] is not cues[-1]:
        cues = finite
    # The nearest cue with a subject; a cue without one may be a noun ("voluntary pledges").
    for cue in list(reversed(cues))[:3]:
        if cue.kind == "according":
            subject = ctx.source_after(cue.span.end) or _description_after(ctx, cue)  # "According to a study, …"
            if subject is not None:
                return Frame(subject, cue, subject.span.end)
            continue
        subject = subject_of(ctx, cue, sentence, cues) or _description_opening(ctx, cue, sentence)
        if subject is not None:
            return _outer_frame(ctx, cues, cue, subject, sentence, q.open_mark.start) \
                or Frame(subject, cue, cue.span.end, ctx.addressee(cue))
        if cue is cues[-1] and _participle_after_comma(ctx, cue):
            # "X dismissed the claim as “…,” saying Turkish jets had flown “…”": the words of the earlier
            # verb's subject, under the participle that introduces them
            earlier = next((found for c in reversed(cues[:-1]) if c.kind != "according"
                            and (found := subject_of(ctx, c, sentence, cues)) is not None), None)
            if earlier is not None:
                return Frame(earlier, cue, cue.span.end, ctx.addressee(cue))
    return None


def _participle_after_comma(ctx: Context, cue: Cue) -> bool:
    """A cue that is a participle opening a clause after a comma (``…, saying``, ``…, adding``)."""
    return cue.span.text.split()[0].endswith("ing") \
        and _COMMA_BEFORE.search(ctx.text, max(0, cue.span.start - 4), cue.span.start) is not None


_COMMA_BEFORE = re.compile(r",[\"”’']?\s+$")  # (the comma may close a quote: "as “baseless,” saying")


_WORD = re.compile(r"[\w’'\-]+")
_SENTENCE_LEAD = re.compile(r"[\s“”\"‘’'(\[—–\-]*(?:(?:As|But|And|So|Then|Yet|Still|While|When|Although|Though)\s+)?"
                            # an introductory phrase and its comma: "Speaking to reporters in Paris, the 52-year-old said"
                            r"(?:(?:In|On|At|From|After|Before|During|Later|Earlier|Meanwhile|Speaking|Asked|Addressing|"
                            r"Writing|Responding)\b[^,;:“”\"\n]{0,80},\s+)?")


@functools.lru_cache(maxsize=1)
def _share_pattern() -> re.Pattern[str]:
    lex = load_lexicon()
    lead, share, surveyed = (union(lex.word_class(c)) for c in ("quantity_lead", "quantity_word", "surveyed_word"))
    number = r"\d[\d.,]*\s*(?:%|percent|per\s+cent)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d+|ten)"
    return re.compile(rf"(?:(?:{lead})\s+)?(?:{number}|(?:{share}))(?:\s+of\s+(?:the\s+|those\s+)?[\w\-]+(?:\s+[\w\-]+){{0,3}})?"
                      rf"|those\s+(?:{surveyed})|(?:the\s+)?respondents", re.IGNORECASE)


def _share_before(ctx: Context, opening: int, end: int) -> Mention | None:
    """``21 percent said``, ``About four in 10 said``, ``those surveyed said``: a share of the people
    polled right before the cue, opening the sentence (at ``opening``) or a clause (``…, to which 21
    percent said``; ``data/words.tsv`` ``quantity_word`` …)."""
    pos = max(opening, end - 80)
    while end > pos and ctx.text[end - 1] in " ,":
        end -= 1
    m = _share_pattern().search(ctx.text, pos, end)
    while m is not None and m.end() != end:
        m = _share_pattern().search(ctx.text, m.start() + 1, end)
    if m is None or m.start() != opening and not _SHARE_LEAD.search(ctx.text, pos, m.start()):
        return None
    return Mention(Span.of(ctx.text, m.start(), m.end()), "role", m.group().split()[-1].lower(), plural=True)


# what may stand before a share that is its clause's subject: the sentence start, a clause boundary
_SHARE_LEAD = re.compile(r"(?:[,;:]\s*|\b(?:which|while|and|but|when|as|whereas|[Ww]hile|[Ww]hen|[Aa]nd|[Bb]ut)\s+)$")


def _description_opening(ctx: Context, cue: Cue, sentence: Bounds) -> Mention | None:
    """``The lawsuit contends that “…”``, ``As one employee told the paper, “…”``: a short
    description no mention rule knows, opening the sentence right before its cue."""
    lead = _SENTENCE_LEAD.match(ctx.text, sentence.start, cue.span.start)
    if lead is None:
        return None
    # adjuncts may stand between it and the cue: "The intelligence community has concluded that"
    end = cue.span.start
    for w in reversed(list(_WORD.finditer(ctx.text, lead.end(), cue.span.start))):
        if not (w.group().islower() and ctx.is_adjunct_gap(ctx.text[w.start():cue.span.start])):
            break
        end = w.start()
    if re.search(r"\bto\s+$", ctx.text[max(lead.end(), cue.span.start - 6):cue.span.start]):
        return None  # "The piece goes on to slam …": an infinitive's subject is the main verb's
    if ctx.is_passive_before(cue):
        return None  # "The plan has been widely described as": the subject is what is described
    share = _share_before(ctx, lead.end(), end)
    if share is not None:
        return share
    found = _description_before(ctx, lead.end(), cue, end)
    if found is None:
        return None
    # no function word, auxiliary or verb form in it: "The email appears to contradict …", "Another
    # featured five photos telling …" are clauses, not noun phrases
    skip = load_lexicon().word_class("not_name") | ctx.attitude_verbs
    words = [w.lower().strip(".,") for w in found.text.split()[1:]]
    if any(w in skip or len(w) > 4 and w.endswith("ed") for w in words):
        return None
    return found


# a new clause (and so a new voice) between an outer reporting verb and an inner subject; a
# quotation between them closes the outer verb's content too
_NOT_SAYING = re.compile(r"\b(?:not|never|cannot|can't|won't|wouldn't|didn't|doesn't|don't|refused\s+to|declined\s+to)"
                         r"\s+(?:\w+\s+)?$", re.IGNORECASE)
_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|with)\b|\s(?:but|while|whereas)\s|\sand\s(?=[A-Z])|[.!?]\s|[“”\"«»„]")


def _outer_frame(ctx: Context, cues: list[Cue], inner: Cue, inner_subject: Mention, sentence: Bounds,
                 quote_open: int) -> Frame | None:
    """``Chinh said Vietnam welcomed investment “from all partners”``, ``Suu Kyi said in a letter read
    out by her lawyer that she had “no regrets”``: when the nearest cue and its subject sit inside the
    content of an earlier reporting verb of the sentence, the earlier verb's speaker said the words;
    not in ``insisted on what its envoy called “…”``: what a subject calls something is its own word."""
    if inner_subject.kind != "pronoun" \
            and _WHAT_BEFORE.search(ctx.text, max(0, inner_subject.span.start - 8), inner_subject.span.start):
        return None  # (a pronoun there is mostly the outer speaker again: "X said … what he called")
    if _INTRODUCES.fullmatch(ctx.text, inner.span.end, quote_open) and not inner.span.text.endswith("ing") \
            and not _RELATIVE_BEFORE.search(ctx.text, max(0, inner.span.start - 20), inner.span.start):
        return None  # "X said Y had told him: “…”": the inner cue introduces the quote; the words are Y's
        # (not a participle's or a relative clause's: "X emailed supporters saying: “…”", "X mocked a
        # candidate who promised mass deportation: “…”")
    for outer in cues:
        if outer.span.end > inner_subject.span.start or not outer.reported or outer.kind == "according":
            break
        if _NOT_SAYING.search(ctx.text, max(0, outer.span.start - 20), outer.span.start):
            continue  # "Comey cannot say that …", "wouldn't say": no content is reported
        if _SUBORDINATE_SUBJECT.search(ctx.text, max(0, outer.span.start - 60), outer.span.start):
            continue  # "After the host asked him about it, Smith replied, “…”": a subordinate clause's verb
        subject = subject_of(ctx, outer, sentence, cues)
        if subject is None or subject.span.start == inner_subject.span.start:
            continue
        if _CLAUSE_BREAK.search(ctx.text, outer.span.end, inner_subject.span.start + 1):
            continue  # "X said …, but Y warned “…”", "…, with Y calling it “…”": a new clause, a new voice
        return Frame(subject, outer, outer.span.end, ctx.addressee(outer))
    return None


#: what may stand between a cue and the quote it introduces: an addressee of a few words, then a colon
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:[a-z]+\s+)?$")
_INTRODUCES = re.compile(r"(?:\s+[\w’'\-]+){0,4}\s*:\s*")


def subject_of(ctx: Context, cue: Cue, sentence: Span | Bounds, sentence_cues: list[Cue]) -> Mention | None:
    """A cue's subject: on its left, else shared with an earlier coordinated cue."""
    if cue.form == "quoted as saying":
        return ctx.mention_at(quoted_person_at(cue))
    if ctx.text[cue.span.start].isupper() and cue.span.start <= sentence.start + 3:
        return ctx.subject_right(cue)  # "Said Comey, “…”": a cue opening its sentence is inverted
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


#: between a headline's opening name and the quote: an apposition or an "on" topic, then the colon
_HEADLINE_NAME_LEAD = re.compile(r"(?:,[ \t][^:;“”\"‘’\n]{2,60}|[ \t]on[ \t][^:;,“”\"‘’\n]{2,40}):[ \t]*")


def name_colon(ctx: Context, q: Quote, sentence: Bounds) -> Frame | None:
    """``Trump: 'I'm the worst'`` — a sentence (often a headline) opening with a name and a colon."""
    m = ctx.mention_at(sentence.start)
    if m is not None and m.kind in {"name", "single", "org", "place", "role"} \
            and ctx.text[m.span.end:m.span.end + 1] == ":":
        return Frame(m, None, m.span.end + 1)
    # a headline "Rafael Mendes, Brazil's central bank chief: '…'", "Cruz on Essequibo: '…'"
    lead = _HEADLINE_NAME_LEAD.fullmatch(ctx.text, m.span.end, q.open_mark.start) if m is not None else None
    if lead is not None and m.kind in {"name", "single"} and not ctx.text[:sentence.start].strip():
        return Frame(m, None, lead.end())
    # "Pollsters agree - Carl Bialik: “…”": a full name right before the colon that opens the quote
    colon = re.search(r":\s*$", ctx.text[max(sentence.start, q.open_mark.start - 4):q.open_mark.start])
    if colon is None:
        return None
    end = q.open_mark.start - len(colon.group())
    last = next(ctx.mentions_back(end, max(sentence.start, end - 60)), None)
    if last is None or last.kind != "name" or last.span.end != end or last.in_quote:
        return None
    if re.search(r"(?:\bby\s+(?:[\w.]+\s+)?|[’']s?\s+)$", ctx.text[max(0, last.span.start - 30):last.span.start]):
        return None  # '"…," by Times' Ben Sisario: "…"': an article's byline and its wording, no speech
    return Frame(last, None, end + 1)


def colon_paragraph(ctx: Context, q: Quote, used: set[int]) -> tuple[Frame, str] | None:
    """A quote opening its paragraph after a paragraph ending in ``X said:`` or ``X continued:``
    (rule ``colon_paragraph``), or in a colon after any sentence with a speaker-like subject:
    ``Trump issued the following statement:``, ``The newspaper reports:`` (``colon_intro``)."""
    para_start = blank_line_start(ctx.text, q.open_mark.start)
    if para_start is None:
        return None
    prev_end = para_start
    while prev_end > 0 and ctx.text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end == 0 or ctx.text[prev_end - 1] != ":":
        return None
    sentence = ctx.sentence_at(prev_end - 1)
    cues = [c for c in ctx.cues_between(max(sentence.start, prev_end - REACH), prev_end) if c.span.start not in used]
    if cues:
        cue = cues[-1]
        subject = subject_of(ctx, cue, sentence, cues) or (ctx.subject_right(cue) if cue.kind != "according" else
                                                         ctx.mention_at(cue.span.end))
        if subject is not None:
            return Frame(subject, cue, prev_end, ctx.addressee(cue)), "colon_paragraph"
    clauses = list(_LAST_CLAUSE.finditer(ctx.text, max(sentence.start, prev_end - REACH), prev_end))
    if clauses:  # "Farmers gathered …, and their spokesman, X, addressed the crowd:": the last clause's subject
        clause = Span.of(ctx.text, clauses[-1].end(), sentence.end)
        subject = ctx.sentence_subject(clause, prev_end)
        if subject is not None and subject.kind != "pronoun" and subject.span.start < clauses[-1].end() + 40:
            return Frame(subject, None, prev_end), "colon_intro"
    subject = ctx.sentence_subject(sentence, prev_end)
    if subject is not None and subject.kind != "pronoun" or subject is not None and _near_start(ctx, sentence, subject):
        return Frame(subject, None, prev_end), "colon_intro"
    return None


#: where a coordinated clause of its own starts (", and their spokesman …", "; the minister …")
_LAST_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?=(?:the|their|its|his|her|[A-Z])\b)")


def colon_in_sentence(ctx: Context, q: Quote, sentence: Bounds) -> Frame | None:
    """``Mr. Christie gloated: “…”``, ``he demurred: “…”``: a quote right after a colon that closes a
    short clause of the quote's own sentence, whose subject is speaker-like and followed by a verb
    (a lower-case word; the same family as ``colon_intro``)."""
    if q.open_mark.start - sentence.start > _COLON_LEAD:
        return None  # the subject opens the sentence and at most eight words follow it: no such clause
    lead = ctx.text[sentence.start:q.open_mark.start]
    m = re.search(r":\s*$", lead)
    if m is None or re.search(r"[“”\"«»]", lead):
        return None
    colon = sentence.start + m.start()
    subject = ctx.sentence_subject(sentence, colon) or _apposed_subject(ctx, sentence.start, colon)
    if subject is None or subject.kind not in {"name", "single", "role", "pronoun", "org", "group"}:
        return None
    clause = ctx.text[subject.span.end:colon]
    apposed = _APPOSED.match(clause)
    if apposed is not None:  # "His coalition partner, Greens leader Annika Brandt, was more cautious:"
        named = [x for x in ctx.mentions_between(subject.span.end + apposed.start(1), subject.span.end + apposed.end(1))
                 if x.kind == "name"]
        if len(named) == 1:
            subject, clause = named[0], clause[apposed.end():]
    elif clause.startswith(",") and ctx.text[:subject.span.start].rstrip().endswith(","):
        clause = clause[1:]  # the subject is the apposition itself: "His partner, Annika Brandt, was …"
    words = clause.split()
    if not 1 <= len(words) <= 8 or not re.match(r"\s+[a-z]", clause):
        return None
    # the verb: a reporting or attitude verb, a past form ("gloated", "demurred") or a copula or light
    # verb ("was more cautious", "struck a more positive tone"); in the headline line any clause
    # ("Ghana's leader at UN: ‘…’")
    verb = words[0].strip(",")
    headline = ctx.line_bounds(colon)[0] == 0  # the first line (a bisection, not a copy of the text before it)
    if not (headline or verb in ctx.attitude_verbs or verb.endswith("ed")
            or verb in load_lexicon().word_class("colon_intro_verb")):
        return None
    return Frame(subject, None, colon + 1)


def _apposed_subject(ctx: Context, start: int, colon: int) -> Mention | None:
    """The name set off by commas that a short clause before a colon follows, when the description
    before it is no mention (``His coalition partner, Greens leader Annika Brandt, was more cautious:``)."""
    names = [m for m in ctx.mentions_between(start, colon) if m.kind == "name"]
    if len(names) != 1:
        return None
    m = names[0]
    return m if ctx.text[:m.span.start].rstrip().endswith(",") and ctx.text.startswith(",", m.span.end) else None


#: an apposition right after the subject, closed by a comma ("…, Greens leader Annika Brandt, was …")
_APPOSED = re.compile(r",\s+([^,;:“”\"]{3,80}?),(?=\s+[a-z])")


def _near_start(ctx: Context, sentence: Span | Bounds, m: Mention) -> bool:
    return re.fullmatch(r"\s*", ctx.text[sentence.start:m.span.start]) is not None if \
        m.span.start - sentence.start < REACH else False


_POSSESSOR = re.compile(r"(?:[’']s?|\b(?i:his|her|their|its))\s+(?:[a-z][\w\-]*\s+){0,2}$")


def nominal_frame(ctx: Context, q: Quote, sentence: Bounds) -> Frame | None:
    """A communication noun with its speaker as possessor (``the senator's claim that there were
    “…”``, ``the campaign's slogan “…”``, ``his promise of “…”``) or after ``by`` (``a claim by X
    that “…”``), in the noun phrase right before the quote (``data/words.tsv`` ``speech_noun``)."""
    lead_start = max(sentence.start, q.open_mark.start - 90)
    m = _speech_noun_pattern().search(ctx.text, lead_start, q.open_mark.start)
    if m is None:
        return None
    noun = m.group("noun")
    tail = ctx.text[m.end("noun"):q.open_mark.start]
    if len(tail.split()) > 6 or re.search(r"[.;!?“”\"]", tail):
        return None
    by = re.match(r"\s+by\s+", tail)
    if by is not None:
        speaker = ctx.mention_at(m.end("noun") + by.end())
    else:
        speaker = _possessor(ctx, m.start("noun"), lead_start)
    if speaker is None:
        return None
    cue = Cue(Span.of(ctx.text, m.start("noun"), m.end("noun")), noun.lower(), "noun", False)
    return Frame(speaker, cue, m.end("noun"))


def _possessor(ctx: Context, noun_start: int, floor: int) -> Mention | None:
    """The possessor right before a noun (``the senator's``, ``Trump's``, ``her``), adjectives between."""
    if not _POSSESSOR.search(ctx.text, floor, noun_start):
        return None
    before = [x for x in ctx.mentions_between(floor, noun_start) if x.kind in {"possessive", "role", "name",
                                                                              "single", "org", "place"}]
    if not before:
        return None
    last = before[-1]
    gap = ctx.text[last.span.end:noun_start]
    if re.fullmatch(r"(?:[’']s?)?\s+(?:[a-z][\w\-]*\s+){0,2}", gap):
        return last
    return None


@functools.lru_cache(maxsize=1)
def _speech_noun_pattern() -> re.Pattern[str]:
    nouns = sorted(load_lexicon().word_class("speech_noun"), key=len, reverse=True)
    alt = union(nouns)
    # the noun, then what may stand between it and the quote: "that there were", "of him as", "of a"
    return re.compile(rf"\b(?P<noun>{alt})\b(?=[^.;!?“”\"]*$)", re.IGNORECASE)
