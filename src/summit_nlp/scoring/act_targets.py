"""Targets from context: whom an act naming no party is aimed at (SPEC section 2, "Acts": a target
"named or unambiguous in context").

:func:`resolve_target` tries, in order, for an act whose own words name no party (a target found
so that is never one of the speaker's own sides: a person found in context stands for their country,
and ``Chile rejected the idea`` after naming the Chilean envoy Ortega is aimed at no one, not Chile):

* *anaphor* — a rejection of ``the idea`` (or a refusal naming no party) is aimed at whoever last
  asked or proposed something of the speaker within two sentences; a denial of ``the criticism``,
  ``the claims`` (``those claims``) at whoever last criticised the speaker there, else at the latest
  critic, whomever that critic named (``X accused Oslo of …; Lars Dahl rejected the criticism`` → X),
  else at a critic up to five sentences back (a critic's quotes may stand between);
* *author* — a rejection, criticism or denial of an authored thing (``the bill``, ``the
  resolution``; a praise of ``the pledge``) is aimed at whoever the article says drafted, proposed,
  passed or made it (:mod:`.act_authors`; one act per author);
* *addressee* — the statement's addressee when it is a person (``told Morimoto that …`` → the side
  Morimoto speaks for): a body or outlet one speaks *to* (``told the council``, ``told Parliament``,
  ``told CNBC``, ``told reporters``) is the forum of the statement, not whom its acts are aimed at;
* *context* — a criticism, rejection, denial or threat at the target of the speaker's previous
  conflictual act within two sentences; in a speech, else the party the speech named last (this
  sentence or the two before), not its own;
* *statement* — the party its own statement names after the trigger in its sentence (the act's
  object side: ``next to Peru, Chile will not sign a treaty that rewards Bolivia`` → Bolivia), else
  the nearest before it (not a place: ``peace in Ukraine``; not the subject doing the act; not the
  body it was told to);
* *sibling* — the target of the speaker's previous act in this sentence or the one before
  (``called on Ethiopia to show restraint and said it stood ready to mediate``);
* *counterpart* — in an article that is a two-party story (:func:`principal_sides`: ``Canada``
  and ``India``), a conflictual act of a speaker on one side is aimed at the other side, and so is
  an offer of talks or cooperation (a dialogue verb, a cooperative noun or an ``offer_talk_word``
  after its trigger: ``agreed to keep talking``, ``the door to a deal remains open``), not a
  promise at home (``promised to end the power cuts``);
* *both* — an act whose sentence names the two sides together (``both sides``, ``the two
  countries``, ``each other``) is aimed at the other side, or, from a third party, at both.

An object named ``both governments`` (``urged both governments to …``, frame readers) is
expanded the same way by :func:`resolve_targets`: one act per side. A person found only through
context stands for the side the article says they speak for (``Japanese Foreign Minister Kenji
Morimoto`` → Japan); for the sides of a story an organisation counts for its umbrella body (the
European Commission for the European Union, ``parent`` in ``extract/data/organisations.tsv``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from .act_authors import authors
from .act_context import BOTH, HOME, ActContext, subject, token_at
from .act_phrases import Unit
from .act_record import Act
from .act_sides import (camp, counterpart, is_audience, is_locative, is_party, is_person, own_camps, principal_sides,
                        side)
from .lexicons import word_class
from .parties import PartyMention
from .text import Token, tokens

__all__ = ["resolve_target", "resolve_targets", "resolve_anaphor", "SALIENT_ACTS"]

_ANAPHOR_SENTENCES = 2
_CRITIC_SENTENCES = 5  # how far back a denial of "the criticism" may find its critic
#: Earlier acts the context rules look back over, at most (besides the sentence window): more
#: acts than this within two sentences only occur in text with no full stop, where an unbounded
#: look-back per act made scoring quadratic.
_LOOKBACK = 50
#: Acts aimed, when they name no party, at whom the speaker's discourse is about.
SALIENT_ACTS = ("criticize", "reject", "deny", "threaten")


def resolve_targets(ctx: ActContext, unit: Unit, act: Act, earlier: Sequence[Act], anaphor: bool) -> list[Act]:
    """The act with its target resolved: one act per side when it is aimed at ``both governments``,
    else :func:`resolve_target`."""
    if act.target == HOME:  # "the government" of a speaker whose country is unknown: no other party instead
        return [replace(act, target=None, target_mention=None)]
    if act.target is not None and act.target != BOTH and is_audience(act.target):
        act = replace(act, target=None, target_mention=None)  # "told TASS …, should …": an outlet is no target
    if act.target is None and anaphor:  # "rejected the idea": whoever asked or proposed it of the speaker
        act, anaphor = resolve_anaphor(ctx, act, earlier), False
    if act.target is None:
        found = authors(ctx, act, earlier)
        if found:  # "rejected the bill": aimed at whoever the article says drafted or passed it
            return [replace(act, target=side(ctx, a), rule=f"{act.rule}+author") for a in found]
    if act.target != BOTH:
        act = resolve_target(ctx, unit, act, earlier, anaphor)
    if act.target == BOTH:
        sides = _both_sides(ctx, act.speaker)
        people = act.target_mention is not None and act.target_mention.text.split()[-1].lower() in word_class(
            "leader_noun")
        act = replace(act, target=None, target_mention=None)
        return [replace(act, target=_leader(ctx, s) if people else s, rule=f"{act.rule}+both") for s in sides] or [act]
    return [act]


def _leader(ctx: ActContext, party: str) -> str:
    """Who ``both leaders`` means on one side: the person of that side who speaks most in the article."""
    speakers = Counter(st.speaker for st in ctx.statements if st.speaker is not None)
    people = [(n, name) for name, n in speakers.items()
              if getattr(ctx.parties.entities.get(name), "kind", "") == "person" and camp(ctx, name) == party]
    return max(people)[1] if people else party


def _both_sides(ctx: ActContext, speaker: str) -> list[str]:
    """Whom ``both sides`` means in the speaker's words: the two sides of the story, or the other
    one for a speaker on one of them."""
    sides = principal_sides(ctx)
    other = counterpart(ctx, speaker)
    return [other] if other is not None else list(sides)


def resolve_target(ctx: ActContext, unit: Unit, act: Act, earlier: Sequence[Act], anaphor: bool) -> Act:
    """The act with a target from context when its own words name none (module docstring); never one
    of the speaker's own sides (``Pakistan's envoy`` criticising, by context, Pakistan)."""
    if act.target is not None:
        return act
    found = _from_context(ctx, unit, act, earlier, anaphor)
    if found.target is not None and found.target != BOTH and found.target in own_camps(ctx, act.speaker):
        return act
    return found


def _from_context(ctx: ActContext, unit: Unit, act: Act, earlier: Sequence[Act], anaphor: bool) -> Act:
    if anaphor:
        act = resolve_anaphor(ctx, act, earlier)
    if act.target is None and unit.addressee is not None and unit.addressee not in ctx.selves(unit.speaker) \
            and is_party(ctx, unit.addressee) and is_person(ctx, unit.addressee):
        act = replace(act, target=side(ctx, unit.addressee), rule=f"{act.rule}+addressee")  # "told Morimoto …"
    if act.target is None and act.act in SALIENT_ACTS:
        act = _salient(ctx, act, earlier)
    if act.target is None:
        act = _in_statement(ctx, unit, act)
    if act.act == "warn":  # a warning of harm the speaker does not control is aimed at nobody unless named
        return act
    if act.target is None:
        act = _sibling(ctx, act, earlier)
    if act.target is None and ctx.speaker is None and (act.polarity == "conflictual" or _offers_talks(ctx, act)):
        other = counterpart(ctx, act.speaker)
        if other is not None:
            act = replace(act, target=other, rule=f"{act.rule}+counterpart")
    if act.target is None and ctx.speaker is None and _names_both(ctx, act):
        act = replace(act, target=BOTH)  # "the two countries had made real progress"
    return act


@lru_cache(maxsize=1)
def _both_pattern() -> re.Pattern[str]:
    """``both``/``the two`` + a reciprocal noun, or a reciprocal phrase (what :func:`reciprocal_at` reads)."""
    nouns = "|".join(sorted(map(re.escape, word_class("reciprocal_noun"))))
    phrases = "|".join(sorted(re.escape(p).replace("\\ ", r"\s+") for p in word_class("reciprocal_phrase")))
    return re.compile(rf"\b(?:(?:both|the\s+two)\s+(?:{nouns})|{phrases})\b", re.IGNORECASE)


def _names_both(ctx: ActContext, act: Act) -> bool:
    """Whether the sentence of the act names the two sides together (``both sides``, ``each other``)."""
    s0, s1 = ctx.sentence(act.trigger.start)
    key = f"names_both {s0}"  # once per sentence: a search per act was quadratic in one long sentence
    if key not in ctx.memo:
        ctx.memo[key] = _both_pattern().search(ctx.text, s0, s1) is not None
    return bool(ctx.memo[key])


_OFFER_WORDS = 15  # words after an offer's trigger read for what it offers


def _offers_talks(ctx: ActContext, act: Act) -> bool:
    """Whether an offer is one of talks or cooperation (``the door to dialogue is open``, ``agreed to
    keep talking``, ``committed to a negotiated outcome``): a dialogue or cooperative word after its
    trigger, or in its trigger; not a promise at home (``promised to end the power cuts``)."""
    if act.act != "offer":
        return False
    words = ctx.text[act.trigger.start:min(act.span.end, act.trigger.end + 120)].lower()
    found = re.findall(r"[a-z][a-z-]*", words)[:_OFFER_WORDS]
    talk = word_class("dialogue_verb") | word_class("cooperative_noun") | word_class("offer_talk_word")
    return any(w in talk for w in found)


def _sibling(ctx: ActContext, act: Act, earlier: Sequence[Act]) -> Act:
    """The target of the speaker's previous act in this sentence or the one before."""
    k = ctx.sentence_index(act.trigger.start)
    for prev in reversed(earlier[-_LOOKBACK:]):
        if ctx.sentence_index(prev.trigger.start) < k - _SIBLING_SENTENCES:
            break
        if prev.speaker == act.speaker and prev.target is not None:
            return replace(act, target=prev.target, rule=f"{act.rule}+sibling")
    return act


_SIBLING_SENTENCES = 1
def resolve_anaphor(ctx: ActContext, act: Act, earlier: Sequence[Act]) -> Act:
    """A rejection of ``the idea`` (or a refusal naming no party) is aimed at whoever last asked
    something of the speaker, or proposed something, within two sentences: target and issue. A
    denial of a criticism no one aimed at the speaker answers the latest critic (module docstring)."""
    k = ctx.sentence_index(act.span.start)
    answered = {"deny": ("criticize", "demand"), "praise": ("offer", "appeal", "praise")}.get(
        act.act, ("demand", "appeal", "offer"))
    own = ctx.selves(act.speaker)
    recent: list[tuple[int, Act]] = []
    for n in range(len(earlier) - 1, max(-1, len(earlier) - 1 - _LOOKBACK), -1):  # text order: two sentences back
        p = earlier[n]
        if ctx.sentence_index(p.span.start) < k - _ANAPHOR_SENTENCES:
            break
        if p.speaker not in own and p.act in answered:
            recent.append((n, p))
    ranked = sorted(recent, key=lambda np_: (np_[1].target is not None and np_[1].target in own, np_[0]), reverse=True)
    for _, prev in ranked:  # a request made of the speaker first, then the latest
        if prev.target is None or prev.target in own:
            return replace(act, target=prev.speaker, issue=act.issue if act.target else prev.issue)
    if act.act == "deny" and recent:  # "rejected the criticism": else the latest critic, whomever it named
        return replace(act, target=recent[0][1].speaker)
    if act.act == "deny":  # a critic further back, when no act came between ("X accused …" "…" "Y dismissed the criticism")
        for p in reversed(earlier[-_LOOKBACK:]):
            if ctx.sentence_index(p.span.start) < k - _CRITIC_SENTENCES:
                break
            if p.speaker not in own and p.act == "criticize":
                return replace(act, target=p.speaker)
    return act


def _salient(ctx: ActContext, act: Act, earlier: Sequence[Act]) -> Act:
    """A conflictual act naming no party is aimed at whom the speaker's discourse is about: the
    target of the speaker's previous conflictual act within two sentences; in a speech, else the
    party the speech named last (this sentence or the two before), not one of its own."""
    k = ctx.sentence_index(act.span.start)
    for prev in reversed(earlier[-_LOOKBACK:]):
        if ctx.sentence_index(prev.span.start) < k - _ANAPHOR_SENTENCES:
            break
        if prev.speaker == act.speaker and act.act in SALIENT_ACTS and prev.polarity == "conflictual" \
                and prev.target is not None:
            return replace(act, target=side(ctx, prev.target), rule=f"{act.rule}+context")
    if ctx.speaker is None:
        return act
    lo = ctx.sent_starts[max(0, k - _ANAPHOR_SENTENCES)] if ctx.sent_starts else 0
    own = ctx.selves(act.speaker)
    named = [m for m in ctx.parties.between(lo, act.span.end) if m.party not in own]
    return replace(act, target=side(ctx, named[-1].party), rule=f"{act.rule}+context") if named else act


def _in_statement(ctx: ActContext, unit: Unit, act: Act) -> Act:
    """An act naming no party is aimed at the party its own statement names after the trigger in
    its sentence, else the nearest before it (``a free trade agreement with India is within
    touching distance``), not a place (``peace in Ukraine``), the speaker's own side or the subject
    doing the act."""
    named = _named_in(ctx, unit, act.speaker)
    if not named.mentions:
        return act
    toks = named.tokens
    doer = subject(ctx, toks, token_at(toks, act.trigger.start), act.speaker, unit.reported) if toks else None
    best = named.nearest(act.trigger.end, doer, ctx.sentence(act.trigger.start)[1])
    if best is None:
        return act
    return replace(act, target=side(ctx, best.party), target_mention=best.span, rule=f"{act.rule}+statement")


@dataclass(frozen=True)
class _Named:
    """The parties one statement names that an act of its speaker may be aimed at (not its own
    side, not a place), and the statement's tokens: read once per statement, not once per act (a
    long statement holding many acts made this quadratic)."""

    key: tuple[int, int, str]
    mentions: tuple[PartyMention, ...]
    starts: tuple[int, ...]
    tokens: tuple[Token, ...]
    left: tuple[int, ...]  # per mention, the nearest earlier one of another party (-1: none)
    right: tuple[int, ...]  # per mention, the nearest later one of another party (len: none)

    def nearest(self, pos: int, doer: str | None, limit: int) -> PartyMention | None:
        """The mention after ``pos`` and before ``limit`` (the act's object side), else the nearest
        before it, whose party is not ``doer``: one step either side, and one jump past a run of the
        doer's mentions."""
        k = bisect.bisect_left(self.starts, pos)
        lo, hi = k - 1, k
        if lo >= 0 and self.mentions[lo].party == doer:
            lo = self.left[lo]
        if hi < len(self.mentions) and self.mentions[hi].party == doer:
            hi = self.right[hi]
        before = self.mentions[lo] if lo >= 0 else None
        after = self.mentions[hi] if hi < len(self.mentions) else None
        if after is not None and (before is None or after.span.start < limit):
            return after
        return before


def _named_in(ctx: ActContext, unit: Unit, speaker: str) -> _Named:
    """:class:`_Named` of the unit, kept for the latest unit only (acts come unit after unit)."""
    key = (unit.start, unit.end, speaker)
    found = ctx.memo.get("named_in")
    if isinstance(found, _Named) and found.key == key:
        return found
    own = ctx.selves(speaker)
    forum = unit.addressee if unit.addressee is not None and not is_person(ctx, unit.addressee) else None
    mentions = tuple(m for m in ctx.parties.between(unit.start, unit.end)
                     if m.party not in own and m.party != forum and not is_audience(m.party)
                     and not is_locative(ctx, m))
    parties = [m.party for m in mentions]
    left, right = list(range(-1, len(parties) - 1)), list(range(1, len(parties) + 1))
    for i in range(1, len(parties)):
        if parties[i - 1] == parties[i]:
            left[i] = left[i - 1]
    for i in range(len(parties) - 2, -1, -1):
        if parties[i + 1] == parties[i]:
            right[i] = right[i + 1]
    toks = tokens(ctx.text[unit.start:unit.end], unit.start) if mentions else ()
    found = _Named(key, mentions, tuple(m.span.start for m in mentions), toks, tuple(left), tuple(right))
    ctx.memo["named_in"] = found
    return found
