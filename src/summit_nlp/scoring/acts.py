"""Acts: who does what with words toward whom (SPEC section 2, "Acts"; speech mode, section 2b).

An :class:`Act` is one directed statement act: a type (praise, offer, appeal, demand,
criticize, reject, deny, warn, threaten; ``data/act_types.tsv`` gives each its polarity and
intensity), a speaker, a target party (or None), an issue, whether it is hedged, the span it
is read from, the trigger words, the statements it rests on and the rule that fired.

Acts are read in three passes over an article:

1. *statements*: every quote and piece of reported speech with a speaker, together with its
   cue when the cue comes first (``called on Ukraine to …``, ``warned against “…”``); in
   speech mode every sentence of the speech. Each trigger of ``data/act_triggers.tsv`` is read
   by its frame (:mod:`.act_frames`): the frame finds the target and the issue. In news, a quote
   no trigger reads whose words are clearly negative or positive is a criticism or a praise
   (*tone acts*, :mod:`.act_tone`). A capitalised trigger inside a party's name is no trigger.
2. *frames*: speech acts in the reporter's own words, outside any statement, whose subject
   names a party (``Putin and Trump praised the meeting``, ``he offered to host Trump``, a name in
   apposition after a description: ``the Spanish foreign minister, José Manuel Albares, welcomed``, a
   headline's list: ``Saudi Arabia, US urge …``) or a named organisation that never speaks
   (``The Kurdistan Regional Government welcomed …``); one
   on an anaphor (``Petro dismissed the criticism``) answers whoever made it, as in a statement;
   the reporter's ``threatened`` is a threat (``The US threatened to impose tariffs unless …``).
3. *replies*: the addressee of an invitation answering it (``“I could see it possibly
   happening,” Trump responded``): an offer back, or a rejection.

Negation, conditions and hedges (:mod:`.act_context`): a negated trigger is not its act (a
row may say what it is instead: ``not ready to`` is a rejection); a trigger inside ``if …``
is hypothetical and gives nothing; a hedge in the statement or the clause marks the act
``hedged``. An act whose words name no party gets its target from the context
(:mod:`.act_targets`). A body or outlet the statement was told to (``told the council that …``,
``told Parliament``) is its forum, never its target; only a person addressed is (``told
Morimoto``). Acts with the same speaker, type and target whose spans overlap are merged.
The act record itself is :class:`.act_record.Act`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from ..model import Span, Statement
from .act_context import (BOTH, HOME, ActContext, Trigger, clause_end, clause_start, conditional, event_normal, hedged,
                          make_context, negated, token_at)
from .act_frames import read
from .act_own import condition_demand
from .act_phrases import Reading, Unit
from .act_record import Act, Joined
from .act_authors import authors
from .act_sides import home_country, is_person, own_camps, side
from .act_targets import resolve_anaphor, resolve_targets
from .act_tone import tone_acts
from .lexicons import act_types, chunk_class, word_class
from .parties import PartyMention
from .sentiment import make_analyzer
from .text import QUOTE_MARKS, Token, tokens

if TYPE_CHECKING:
    from ..model import Entity, Extraction
    from .sentiment import LexiconVader, SentimentScore

__all__ = ["Act", "ActResult", "find_acts", "ACT_TYPES", "POLARITIES", "rule_confidence"]

#: The act types in SPEC order.
ACT_TYPES = tuple(act_types())
POLARITIES = ("cooperative", "conflictual")
_QUESTION_TURN = re.compile(r"\s*Q\s*[:.\-–—]\s*[\"“‘']?\s*")
_TURN_REACH = 40  # characters a "Q:" label may take before the statement on its line
_REPLY_SENTENCES = 3
#: Statements after an invitation its answer is looked for in (besides the sentence horizon): in a
#: text with no full stop the horizon is the end of the text, and every offer scanning every later
#: statement made scoring quadratic.
_REPLY_REACH = 30
_TOKEN_CACHE = 4  # sentences whose tokens are kept while the units are read
_BEFORE = 50  # earlier acts a reporter's "rejected the criticism" looks back over (act_targets._LOOKBACK)
_ACT_VERB_FRAMES = ("object", "ask", "for", "that", "against", "self", "invite")
_CONTENT_FRAMES = ("ask", "for", "that", "against", "modal", "self", "refuse")
#: Frames a reporter's sentence is read with: explicit speech acts, not states of mind ("Beijing wants …").
_FRAME_FRAMES = ("object", "ask", "invite", "accord", "describe", "against", "for", "that", "reciprocal")
#: and the verb "threaten" of the self frame: "The US threatened to impose tariffs unless …" is a threat
_THREAT_VERB = re.compile(r"threaten(?:s|ed|ing)?\b", re.IGNORECASE)


def _frame_trigger(ctx: ActContext, trig: Trigger) -> bool:
    """Whether a trigger in the reporter's words is a speech act it reads (``_FRAME_FRAMES``, or "threatened")."""
    return trig.frame in _FRAME_FRAMES \
        or trig.frame == "self" and _THREAT_VERB.fullmatch(ctx.text, trig.start, trig.end) is not None


@dataclass(frozen=True)
class ActResult:
    """The acts of one article and its entities with every targeted party listed."""

    acts: tuple[Act, ...]
    entities: tuple["Entity", ...]
    #: per statement id, its hedging-lexicon hits from the article's one scan (None: scan it alone)
    certainty: Mapping[str, list[tuple[int, int, int]] | None] = field(default_factory=dict)


# --------------------------------------------------------------------------- units
def _window(ctx: ActContext, sts: Sequence[Statement], idx: int) -> tuple[int, int]:
    """The text a statement's acts are read from: the statement, from its cue when the cue comes
    first in the same sentence, and for a partial quote up to the end of its clause."""
    st = sts[idx]
    s_start, s_end = ctx.sentence(st.span.start)
    prev_end = sts[idx - 1].span.end if idx > 0 else -1
    start = st.span.start
    cue = st.attribution.cue
    if cue is not None and cue.span.end <= st.span.start and cue.span.start >= max(s_start, prev_end):
        start = cue.span.start
    end = st.span.end
    if st.kind == "partial":
        nxt = [s_end]
        if idx + 1 < len(sts):
            after = sts[idx + 1]
            nxt.append(after.span.start)
            if after.attribution.cue is not None and after.attribution.cue.span.start >= end:
                nxt.append(after.attribution.cue.span.start)
        end = max(end, min(x for x in nxt if x >= end) if any(x >= end for x in nxt) else end)
    return start, end


def _by_sentence(ctx: ActContext, sts: Sequence[Statement]) -> dict[int, list[Statement]]:
    """Statements by the index of the sentence they start in."""
    out: dict[int, list[Statement]] = {}
    for st in sts:
        out.setdefault(ctx.sentence_index(st.span.start), []).append(st)
    return out


def _interlocutor(addressed: Sequence[Statement], st: Statement) -> str | None:
    """Who ``you`` is in a statement with no addressee: the speaker of a statement in the same
    sentence addressed to this speaker (``“Next time in Moscow,” Putin told Trump after the US
    president said he would “probably see you …”``); ``addressed`` holds the sentence's
    statements addressed to ``st``'s speaker, in order."""
    return next((o.speaker for o in addressed if o is not st), None)


def _question(ctx: ActContext, st: Statement) -> bool:
    """An interviewer's ``Q:`` turn, or a statement that only asks."""
    # a turn label is a few characters after the line break: look no further back than that
    lo = max(0, st.span.start - _TURN_REACH)
    line_break = ctx.text.rfind("\n", lo, st.span.start)
    if line_break < 0 and lo > 0:
        return False
    return _QUESTION_TURN.fullmatch(ctx.text, line_break + 1, st.span.start) is not None


_AFTER_CUE = re.compile(r"\s+(?:the\s+)?(\w+)")


def _told_audience(ctx: ActContext, st: Statement) -> bool:
    """Whether the cue is followed by an audience (``told reporters in Brussels``): then the
    addressee the extractor read from the place is no party the act is aimed at."""
    cue = st.attribution.cue
    m = _AFTER_CUE.match(ctx.text, cue.span.end) if cue is not None else None
    return m is not None and m.group(1).lower() in word_class("audience")


_TELL = re.compile(r"told|tells?|telling", re.IGNORECASE)


def _told(ctx: ActContext, st: Statement) -> str | None:
    """The party named right after a ``told`` cue (``told the council that …``): the statement's
    addressee, before the one the extractor read (a forum unless a person)."""
    cue = st.attribution.cue
    if cue is None or _TELL.fullmatch(cue.span.text.strip()) is None:
        return None
    m = _AFTER_CUE.match(ctx.text, cue.span.end)
    found = ctx.parties.covering(m.start(1)) if m is not None else None
    return found.party if found is not None and found.span.start <= m.start(1) + 1 else None


def _statement_units(ctx: ActContext) -> list[tuple[Unit, Statement]]:
    sts = ctx.statements
    # statements by (sentence, addressee): a lookup, not a scan of the sentence per statement
    addressed: dict[tuple[int, str | None], list[Statement]] = {}
    for k, same in _by_sentence(ctx, sts).items():
        for o in same:
            addressed.setdefault((k, o.addressee), []).append(o)
    out = []
    for idx, st in enumerate(sts):
        if not st.speaker or _question(ctx, st):
            continue
        start, end = _window(ctx, sts, idx)
        same = addressed.get((ctx.sentence_index(st.span.start), st.speaker), [])
        addressee = None if _told_audience(ctx, st) else _told(ctx, st) or st.addressee
        out.append((Unit(st.speaker, start, end, (st.id,), reported=st.kind in ("indirect", "partial"),
                         addressee=addressee, interlocutor=_interlocutor(same, st)), st))
    return out


# --------------------------------------------------------------------------- reading
def _sentence_tokens(ctx: ActContext, start: int, end: int, cache: dict[tuple[int, int], Any]) -> Any:
    s0, _ = ctx.sentence(start)
    _, s1 = ctx.sentence(max(start, end - 1))
    key = (s0, s1)
    if key not in cache:
        if len(cache) >= _TOKEN_CACHE:  # units come in text order: keep the latest sentences only, so that
            cache.clear()             # the tokens of a whole article are never alive (and collected) at once
        cache[key] = tokens(ctx.text[s0:s1], s0)
    return cache[key]


def _unit_acts(ctx: ActContext, unit: Unit, cache: dict[tuple[int, int], Any],
               frames: tuple[str, ...] | None = None) -> list[tuple[Reading, Trigger]]:
    """Every reading of every trigger in the unit, triggers not overlapping (longest first)."""
    triggers = [t for t in ctx.triggers_in(unit.start, unit.end) if frames is None or t.frame in frames]
    if not triggers:
        return []  # most statements carry no act: no tokens needed
    toks = _sentence_tokens(ctx, unit.start, unit.end, cache)
    out: list[tuple[Reading, Trigger]] = []
    taken = -1
    for trig in triggers:
        if trig.start < taken or _in_name(ctx, trig):
            continue
        k = token_at(toks, trig.start)
        if conditional(toks, k) and trig.frame not in ("self",):
            continue
        readings = read(ctx, unit, toks, trig)
        if not readings:
            continue
        taken = trig.end
        if trig.frame in _CONTENT_FRAMES:  # the rest of the clause is what is asked, warned against …
            taken = max(taken, _content_end(ctx, toks, k))
        if negated(toks, k):
            if trig.negated == "-":
                continue
            readings = [replace(r, act=trig.negated, anaphor=r.anaphor or trig.negated == "reject") for r in readings]
        if any(r.act in ("offer", "threaten") for r in readings):  # "ready to sign as soon as Armenia …"
            condition = condition_demand(ctx, unit, toks, k, unit.end)
            readings = readings + [condition] if condition is not None else readings
        out += [(r, trig) for r in readings]
    return out


def _in_name(ctx: ActContext, trig: Trigger) -> bool:
    """Whether the trigger is a capitalised word inside a party's name (the ``Support`` of the Rapid
    Support Forces, the ``Alliance`` of …): a name, not an act."""
    m = ctx.parties.covering(trig.start)
    return m is not None and m.span.end >= trig.end and ctx.text[trig.start:trig.start + 1].isupper() \
        and m.span.start < trig.start


def _content_end(ctx: ActContext, toks: Any, k: int) -> int:
    """Where what a directive asks for ends: the clause end, or an ``and``/``but`` that opens a new
    act of the speaker (``… to exercise restraint and said it was ready to mediate``)."""
    end = clause_end(toks, k)
    for j in range(k + 1, end - 1):
        if toks[j].lower in ("and", "but"):
            nxt = toks[j + 1]
            if nxt.lower in word_class("subject_pronoun") or nxt.lower in word_class("reporting_verb") \
                    or any(t.start == nxt.start and t.frame in _ACT_VERB_FRAMES
                           for t in ctx.triggers_in(nxt.start, nxt.end + 40)):
                return toks[j].start
    return toks[end - 1].end if end > 0 else (toks[-1].end if toks else 0)


def _make(ctx: ActContext, unit: Unit, r: Reading, trig: Trigger, prefix: str, hedge: bool,
          span: Span) -> Act | None:
    """The act of one reading; ``span`` is the unit's span, made once per unit by the caller (a copy
    of the unit's text per act was quadratic in a long statement holding many triggers)."""
    target: str | None
    mention: Span | None = None
    home = isinstance(r.target, PartyMention) and r.target.party == HOME
    if home:  # "accused the government of …": the speaker's own country, the one own side it may aim at
        target = home_country(ctx, unit.speaker, r.target.span) or HOME  # HOME: unknown, stays no one's
        mention = r.target.span if target != HOME else None
    elif isinstance(r.target, PartyMention):
        target, mention = r.target.party, r.target.span
    else:
        target = r.target
    if target is not None and not home and target in own_camps(ctx, unit.speaker):  # never its own side
        target, mention = None, None
    if target is not None and target == unit.addressee and not is_person(ctx, target):
        target, mention = None, None  # "told the council that …": the forum spoken to, not the target
    issue = event_normal(ctx, r.issue) if r.issue else None
    return Act(id="", act=r.act, speaker=unit.speaker, target=target, issue=issue, span=span,
               trigger=Span.of(ctx.text, trig.start, trig.end), evidence=unit.ids,
               rule=f"{prefix}{r.frame}:{r.act}" + ("+home" if home else ""), hedged=hedge,
               target_mention=mention, against_issue=r.against)


def _statement_acts(ctx: ActContext, units: Sequence[tuple[Unit, Statement]]) -> list[Act]:
    cache: dict[tuple[int, int], Any] = {}
    acts: list[Act] = []
    for unit, st in units:
        hedge_unit = hedged(ctx, st.span.start, st.span.end)
        span: Span | None = None
        for r, trig in _unit_acts(ctx, unit, cache):
            span = span or Span.of(ctx.text, unit.start, unit.end)
            act = _make(ctx, unit, r, trig, "", hedge_unit or hedged(ctx, unit.start, trig.start), span)
            if act is None:
                continue
            acts += resolve_targets(ctx, unit, act, acts, r.anaphor)
    return acts


# --------------------------------------------------------------------------- frames
def _gaps(windows: Sequence[tuple[int, int]], s_start: int, s_end: int) -> list[tuple[int, int]]:
    """The reporter's text of a sentence: the stretches outside the statement windows touching it."""
    gaps, pos = [], s_start
    for a, b in sorted(windows):
        if a > pos:
            gaps.append((pos, a))
        pos = max(pos, b)
    if pos < s_end:
        gaps.append((pos, s_end))
    return gaps


def _state_of_mind(ctx: ActContext, trig: Trigger) -> bool:
    """``wants``, ``hopes``, ``expects``: in the reporter's words a state of mind, not a speech act."""
    return ctx.text[trig.start:trig.end].split()[0].lower() in word_class("state_of_mind")


def _frame_speakers(ctx: ActContext, start: int, trig: Trigger) -> list[PartyMention]:
    """The parties named as the subject before a reporter's speech act: ``Putin and Trump``,
    ``Russia``, ``he`` (the entity the pronoun was resolved to)."""
    text = ctx.text[start:trig.start]
    toks = tokens(text, start)
    if not toks:
        return []
    k = clause_start(toks, len(toks))
    sub = [t for t in toks[k:] if t.text not in QUOTE_MARKS]
    comma = next((j for j, t in enumerate(sub) if t.text == ","), None)
    if sub and sub[0].lower in ("in", "at", "from") and comma is not None:
        sub = sub[comma + 1:]  # "In Caracas, Foreign Minister Gil rejected …": a place set before the subject
    skip = word_class("subject_skip") | word_class("aux_verb")
    while sub and (sub[-1].lower in skip or sub[-1].lower.endswith("ly") or sub[-1].text[0].isdigit()
                   or sub[-1].lower in ("on", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday",
                                         "sunday", "in", "the", "past", "has", "have")):
        sub.pop()
    full, sub = sub, _without_apposition(sub)
    if not sub or len(sub) > 12:
        return []
    mentions = ctx.parties.between(sub[0].start, sub[-1].end)
    if len(sub) < len(full) and not (mentions and mentions[-1].span.end >= sub[-1].end - 1):
        # "the Spanish foreign minister, José Manuel Albares, welcomed": a name that spans the
        # apposition is the subject (not a party inside a relative clause: "…, whose dams … Iraq,")
        wide = ctx.parties.between(full[0].start, full[-1].end)
        if wide and wide[-1].span.start <= full[len(sub) + 1].start and wide[-1].span.end >= full[-2].end - 1:
            return wide[-1:]
    if mentions and mentions[-1].span.end >= sub[-1].end - 1:
        if len(mentions) > 1 and all(t.lower in (",", "and", "&") or any(m.span.start <= t.start < m.span.end
                                                                      for m in mentions) for t in sub):
            return mentions  # a list of parties and nothing else: "Armenia, Azerbaijan agree …" (a headline)
        names = [m for m in mentions if ctx.text[sub[0].start:m.span.start].count(",") == 0
                 or " and " in ctx.text[m.span.start - 5:m.span.start]]
        # a mention right before another is its modifier ("UN envoy Ramtane Lamamra"), unless "and" joins them
        names = [m for m, nxt in zip(names, names[1:] + [None])
                 if nxt is None or any(j in ctx.text[m.span.end:nxt.span.start] for j in (" and ", ","))]
        return names or mentions[-1:]
    if sub[-1].lower in ("he", "she", "they"):
        for e in ctx.parties.entities.values():
            for m in e.mentions:
                if m.span.start == sub[-1].start:
                    return [PartyMention(m.span, e.name, "name", False)]
    group = _group_subject(ctx, sub)
    if group is not None:
        return [group]
    body = ctx.mentioned.get(sub[-1].end)
    if body is not None and body[0] >= sub[0].start:  # "The Kurdistan Regional Government welcomed …"
        return [PartyMention(Span.of(ctx.text, body[0], sub[-1].end), body[1], "name", True)]
    return []


def _without_apposition(sub: list[Token]) -> list[Token]:
    """The subject without an apposition or relative clause between commas before the verb
    (``Ramtane Lamamra, who attended both days as an observer, welcomed …``)."""
    if len(sub) < 3 or sub[-1].text != ",":
        return sub
    opening = next((j for j in range(len(sub) - 2, 0, -1) if sub[j].text == ","), None)
    if opening is None or len(sub) - opening > 14:
        return sub
    return sub[:opening]


def _group_subject(ctx: ActContext, sub: list[Token]) -> PartyMention | None:
    """A group or organisation named as the subject that is no party yet: a plural group noun with
    its modifiers (``aid agencies``, ``opposition parties``, ``Pacific Islands Forum leaders``), or a
    proper name ending in an organisation word (``The Scotch Whisky Association``)."""
    head = sub[-1].lower
    proper = sub[-1].text[:1].isupper() and head in word_class("organisation_head")
    if head not in word_class("frame_group_noun") and not proper:
        return None
    j = len(sub) - 1
    while j > 0 and sub[j - 1].is_word and sub[j - 1].lower not in chunk_class("determiner") \
            and sub[j - 1].lower not in chunk_class("preposition") and len(sub) - j < 4 \
            and (not proper or sub[j - 1].text[:1].isupper() or sub[j - 1].lower in ("of", "for", "and")):
        j -= 1
    if j == len(sub) - 1 and not proper:
        return None  # a bare "leaders", "officials": no one in particular
    first = sub[j]
    if first.lower in ("some", "many", "several", "other", "most", "few", "two", "three", "both", "all"):
        return None
    span = Span.of(ctx.text, first.start, sub[-1].end)
    return PartyMention(span, span.text, "group", True)


def _frame_acts(ctx: ActContext, windows: Sequence[tuple[int, int]], earlier: Sequence[Act] = ()) -> list[Act]:
    """Speech acts in the reporter's words whose subject names a party (module docstring, pass 2);
    one naming no party on a thing another party authored is aimed at that author (:mod:`.act_authors`)."""
    cache: dict[tuple[int, int], Any] = {}
    acts: list[Act] = []
    touching: dict[int, list[tuple[int, int]]] = {}
    for a, b in windows:
        for k in range(ctx.sentence_index(a), ctx.sentence_index(max(a, b - 1)) + 1):
            touching.setdefault(k, []).append((a, b))
    statements = _by_sentence(ctx, ctx.statements)
    starts = [a.trigger.start for a in earlier]
    for k, (s_start, s_end) in enumerate(zip(ctx.sent_starts, ctx.sent_ends)):
        if not any(_frame_trigger(ctx, t) for t in ctx.triggers_in(s_start, s_end)):
            continue
        sentence = Span.of(ctx.text, s_start, s_end)  # every frame act's span: once per sentence
        for g_start, g_end in _gaps(touching.get(k, []), s_start, s_end):
            for trig in ctx.triggers_in(g_start, g_end):
                if not _frame_trigger(ctx, trig) or _state_of_mind(ctx, trig):
                    continue
                for who in _frame_speakers(ctx, g_start, trig):
                    ids = tuple(st.id for st in statements.get(k, []) if st.speaker == who.party)
                    unit = Unit(who.party, s_start, s_end, ids, reported=True)
                    for r, t in _unit_acts(ctx, replace(unit, start=trig.start, end=g_end), cache,
                                           frames=(*_FRAME_FRAMES, trig.frame)):
                        if t.start != trig.start:
                            continue
                        act = _make(ctx, unit, r, t, "frame/", hedged(ctx, s_start, t.start), sentence)
                        if act is not None and act.target in (BOTH, HOME):  # "appealed to both governments"
                            acts += resolve_targets(ctx, unit, act, acts, False)
                        elif act is not None:
                            if act.target is None and r.anaphor:  # "Petro dismissed the criticism": the critic
                                act = resolve_anaphor(ctx, act, _before(t.start, earlier, starts, acts))
                            found = authors(ctx, act, earlier) if act.target is None else []
                            acts += [replace(act, target=side(ctx, a), rule=f"{act.rule}+author") for a in found] \
                                or [act]
    return acts


def _before(pos: int, earlier: Sequence[Act], starts: Sequence[int], frames: Sequence[Act]) -> list[Act]:
    """The acts before ``pos`` in text order, the latest of the statements' and the frames' acts."""
    k = bisect.bisect_left(starts, pos)
    near = list(earlier[max(0, k - _BEFORE):k]) + [a for a in frames[-_BEFORE:] if a.trigger.start < pos]
    return sorted(near, key=lambda a: a.trigger.start)


# --------------------------------------------------------------------------- replies
@lru_cache(maxsize=1)
def _reply_rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from .lexicons import act_triggers, pattern_regex

    return tuple((r.act, re.compile(pattern_regex(r.pattern), re.IGNORECASE)) for r in act_triggers()
                 if r.frame == "reply")


def _reply_acts(ctx: ActContext, acts: Sequence[Act]) -> list[Act]:
    """The addressee's answer to an invitation or offer made to it (module docstring, pass 3)."""
    out: list[Act] = []
    sts = ctx.statements
    position = {st.id: k for k, st in enumerate(sts)}
    for inv in acts:
        if inv.act != "offer" or inv.target is None or not inv.evidence or inv.evidence[0] not in position:
            continue
        at = position[inv.evidence[0]]
        first = sts[at]
        horizon = ctx.sent_ends[min(len(ctx.sent_ends) - 1, ctx.sentence_index(first.span.end) + _REPLY_SENTENCES)]
        for rep in sts[at + 1:at + 1 + _REPLY_REACH]:  # statements are in text order
            if rep.span.start > horizon:
                break
            if rep.span.start < first.span.end or rep.speaker != inv.target:
                continue
            cue = rep.cue_text
            if not cue or cue.split()[0].lower() not in word_class("reply_cue"):
                continue
            for act_type, rx in _reply_rows():
                m = rx.search(rep.text)
                if m is None:
                    continue
                trig = Span.of(ctx.text, rep.span.start + m.start(), rep.span.start + m.end())
                toks = tokens(rep.text, rep.span.start)
                kind = act_type if not negated(toks, token_at(toks, trig.start)) else "reject"
                out.append(Act("", kind, rep.speaker, inv.speaker, inv.issue, rep.span, trig, (rep.id,),
                               f"reply:{kind}", hedged(ctx, rep.span.start, rep.span.end)))
                break
    return out


# --------------------------------------------------------------------------- merge
#: Acts of the same speaker, type and target an act may merge into, the most recent: acts are
#: merged in text order, so the ones it overlaps are among them (unbounded, a sentence with no
#: full stop and thousands of acts made merging quadratic).
_MERGE_REACH = 50


def _merge(acts: Iterable[Act]) -> list[Act]:
    """One act per speaker, type and target over overlapping spans (or a shared statement):
    evidence joined, the earliest span and trigger kept, hedged only if every source is."""
    merged: list[Act] = []
    # per merged act, once another joined it: its evidence so far (set into the act at the end)
    evidence: list[Joined | None] = []
    by_key: dict[tuple[str, str, str | None], list[int]] = {}
    for act in sorted(acts, key=lambda a: (a.span.start, a.trigger.start)):
        key = (act.speaker, act.act, act.target)
        for k in by_key.get(key, [])[-_MERGE_REACH:]:
            old, joined = merged[k], evidence[k]
            touch = old.span.overlaps(act.span) or \
                not (joined.seen if joined is not None else set(old.evidence)).isdisjoint(act.evidence)
            if touch and not (old.trigger == act.trigger and old.issue != act.issue):
                joined = evidence[k] = joined or Joined(old.evidence)
                joined.join(act.evidence)
                span = old.span if not old.rule.startswith("frame/") else act.span
                merged[k] = replace(old, hedged=old.hedged and act.hedged, span=span, issue=old.issue or act.issue,
                                    target_mention=old.target_mention or act.target_mention)
                break
        else:
            by_key.setdefault(key, []).append(len(merged))
            merged.append(act)
            evidence.append(None)
    return [a if ev is None else replace(a, evidence=tuple(ev.items)) for a, ev in zip(merged, evidence)]


def find_acts(extraction: "Extraction", *, statements: tuple[Statement, ...] | None = None,
              speaker: str | None = None, analyzer: LexiconVader | None = None,
              sentiments: Mapping[str, "SentimentScore"] | None = None) -> ActResult:
    """Every act of an article (or, with ``speaker``, of a speech whose sentences are ``statements``).

    Returns the acts (ids ``a1``, ``a2`` … in text order) and the article's entities with
    each targeted party listed (new entities for parties that were not speakers). With
    ``sentiments`` (the statements' scores by id) a news statement holding no act may give a
    tone act (:mod:`.act_tone`).
    """
    sts = statements if statements is not None else extraction.statements
    ctx = make_context(extraction, analyzer or make_analyzer(), sts, speaker)
    if not sts:
        return ActResult((), tuple(extraction.entities))
    units = _statement_units(ctx)
    acts = _statement_acts(ctx, units)
    if speaker is None and sentiments is not None:
        acts += tone_acts(ctx, units, acts, sentiments)
    if speaker is None:
        acts += _frame_acts(ctx, [(u.start, u.end) for u, _ in units], sorted(acts, key=lambda a: a.trigger.start))
    acts += _reply_acts(ctx, acts)
    merged = sorted(_merge(acts), key=lambda a: (a.span.start, a.trigger.start, a.act))
    final = tuple(replace(a, id=f"a{k}") for k, a in enumerate(merged, 1))
    groups = [(a.target, a.target_mention.text) for a in final if a.target is not None and a.target_mention is not None
              and a.rule.split(":")[0].endswith("_group")]
    named = [a.target for a in final if a.target is not None] + [a.speaker for a in final]  # frames' new speakers too
    entities = ctx.parties.with_targets(named, groups)
    text = ctx.text
    certainty = {st.id: ctx.certainty_in(st.span.start, st.span.end) for st in sts
                 if text[st.span.start:st.span.end] == st.text}
    return ActResult(final, entities, certainty)
