"""Frames of the speaker's own acts (see :mod:`.act_frames`): ``self`` (an offer, threat or refusal
of the speaker's own side: ``ready to``, ``will respond``), ``refuse`` (``will not V``) and
``invite`` (``invited Trump to Moscow``, ``next time in Moscow``). An offer trigger whose verb is a
hostile action (``hostile_verb`` in ``data/act_words.tsv``: ``vowed to march on the capital``,
``pledged to retake the city``) is the speaker's own harm: a threat.

*Conditions*: the speaker's own offer or threat followed by a condition on the other side
(``demand_condition``: ``ready to sign "as soon as Armenia removes the claims"``, ``prepared to
reduce its catch, provided Norway gave up …``, ``will impose tariffs unless the EU cuts …``) also
demands that condition (:func:`condition_demand`): of the party the condition names as its
subject, else of whom the offer is aimed at (found from the context by the caller)."""

from __future__ import annotations

from functools import lru_cache

from .act_context import BOTH, NONE, OTHER, SELF, ActContext, Trigger, clause_end, party_after, subject, token_at
from .act_phrases import Reading, Unit, agent_in, issue_np, party_in, short
from .act_sides import counterpart
from .chunk import clean, is_verb_like, skip_marks, verb_phrase
from .lexicons import word_class
from .parties import PartyMention
from .text import Token

__all__ = ["read_self", "read_refuse", "read_invite", "condition_demand"]

#: Tokens after an offer or threat a condition on the other side may open within.
_CONDITION_REACH = 30


def _own_action(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> str | None:
    """``None`` when the trigger's subject is a third party (the act is not the speaker's), else its subject."""
    who = subject(ctx, toks, token_at(toks, trig.start), unit.speaker, unit.reported)
    if who == BOTH:  # "both sides had agreed to …": the speaker's own act only when it is one of the sides
        return SELF if counterpart(ctx, unit.speaker) is not None else None
    if who not in (SELF, NONE, OTHER) and unit.reported and _speaks_for_unknown(ctx, unit.speaker):
        return SELF  # "the foreign secretary said Lisbon would not …": an official speaking for a country
    return None if who not in (SELF, NONE) else who


def _speaks_for_unknown(ctx: ActContext, speaker: str) -> bool:
    """Whether the speaker is a person (or role) whose country the article does not say."""
    entity = ctx.parties.entities.get(speaker)
    return entity is not None and entity.kind not in ("country", "organisation", "group") \
        and ctx.selves(speaker) == {speaker}


def read_self(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    if _own_action(ctx, unit, toks, k, trig) is None:
        return []
    i = skip_marks(toks, k)
    if i < len(toks) and toks[i].lower in word_class("no_act_verb") - word_class("dialogue_verb"):
        return []  # "ready to comment" commits to nothing; "ready to discuss …" offers talks
    end = clause_end(toks, i)
    target = party_in(ctx, unit, toks, i, min(end, i + 10))  # "ready to work with Ghana", "travel to Tehran"
    if target is not None and target.party in ctx.selves(unit.speaker):
        target = None
    vp = verb_phrase(ctx.text, toks, i) if i < len(toks) else None
    issue = vp[0] if vp else issue_np(ctx, toks, i)[0]
    act = trig.act
    if act == "offer" and i < len(toks) and toks[i].lower in word_class("hostile_verb"):
        act = "threaten"  # "vowed to march on the capital", "pledged to retake the city": its own harm
    if act == "threaten":
        target = target or _condition_party(ctx, unit, toks, token_at(toks, trig.start))
    return [Reading(act, target or _you(ctx, unit, toks, i, end), short(issue))]


def _condition_party(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int) -> PartyMention | None:
    """The party named in the sentence's condition (``if Manila …, we will respond``)."""
    for j in range(k - 1, -1, -1):
        if toks[j].lower in word_class("conditional"):
            m = agent_in(ctx, toks, j + 1, k)
            return m if m is not None and m.party not in ctx.selves(unit.speaker) else None
    return None


def _you(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], lo: int, hi: int) -> str | None:
    """``you`` in the speaker's words is the addressee, else the interlocutor."""
    if any(t.lower in ("you", "your") for t in toks[lo:hi]):
        return unit.addressee or unit.interlocutor
    return None


def read_refuse(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    if _own_action(ctx, unit, toks, k, trig) is None:
        return []
    i = skip_marks(toks, k)
    if i >= len(toks) or (not _yielding(toks, i) and (not is_verb_like(toks[i]) or toks[i].lower in word_class(
            "no_act_verb") or toks[i].lower in word_class("aux_verb"))):
        return []
    vp = verb_phrase(ctx.text, toks, i)
    if (vp is None or len(vp[0].split()) < 2) and _yielding(toks, i):
        end = min(clause_end(toks, i), i + 6)
        vp = (clean(ctx.text[toks[i].start:toks[end - 1].end]), end)
    if vp is None or len(vp[0].split()) < 2:
        return []
    target = agent_in(ctx, toks, i, vp[1])
    if target is not None and target.party in ctx.selves(unit.speaker):
        target = None
    return [Reading("reject", target, short(vp[0]), anaphor=target is None)]


def _yielding(toks: tuple[Token, ...], i: int) -> bool:
    """``be`` + a participle or ``give up``/``give in`` after ``will not``: a refusal to yield (``we will
    not be bullied``, ``they will not give up``)."""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if toks[i].lower == "be":
        return nxt.endswith(("ed", "en")) and nxt not in ("been",)
    return toks[i].lower in ("give", "back") and nxt in ("up", "in", "down", "way")


def read_invite(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    i = skip_marks(toks, k)
    end = clause_end(toks, i)
    words = ctx.text[trig.start:trig.end].lower()
    guest = party_after(ctx, toks, i) if words.startswith(("invit", "offer")) else None  # "next time in Moscow": a place
    if guest is not None and guest.party in ctx.selves(unit.speaker):
        guest = None
    place = agent_in(ctx, toks, token_at(toks, guest.span.end) if guest is not None else i, end)
    target: PartyMention | str | None = guest or unit.addressee or unit.interlocutor
    if guest is None and "you" not in words and not words.startswith("next time") and not words.startswith("see"):
        return []
    if place is not None and place is not guest and (place.kind == "place" or getattr(
            ctx.parties.entities.get(place.party), "kind", "") == "country"):
        issue = f"a visit to {place.span.text}"
    elif words.startswith("see you"):
        issue = "meeting again"
    else:
        issue, _ = issue_np(ctx, toks, token_at(toks, guest.span.end) if guest is not None else i)
    return [Reading("offer", target, short(issue))]


def condition_demand(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, end: int) -> Reading | None:
    """The demand a condition after the own act at token ``k`` makes (module docstring), or None:
    ``end`` bounds the act's statement; ``as long as`` counts only with a party as its subject."""
    phrases = _condition_phrases()
    hi = min(len(toks), k + _CONDITION_REACH)
    lows = [t.lower for t in toks[:hi + 6]]
    for j in range(k + 1, hi):
        if toks[j].start >= end:
            break
        for words in phrases:
            n = len(words)
            if tuple(lows[j:j + n]) != words:
                continue
            who = party_after(ctx, toks, j + n, reach=2)
            if who is not None and (who.party in ctx.selves(unit.speaker) or who.span.start >= end):
                who = None
            if who is None and words == ("as", "long", "as"):
                return None  # "for as long as they are useful": no demand of anyone
            c_end = clause_end(toks, j + n)
            issue = clean(ctx.text[toks[min(j + n, len(toks) - 1)].start:toks[max(j + n, c_end - 1)].end])
            return Reading("demand", who, short(issue), frame="condition")
    return None


@lru_cache(maxsize=1)
def _condition_phrases() -> tuple[tuple[str, ...], ...]:
    """The ``demand_condition`` phrases as token tuples (commas are tokens: ``if , and only if``), longest first."""
    rows = {tuple(p.replace(",", " , ").split()) for p in word_class("demand_condition")}
    return tuple(sorted(rows, key=len, reverse=True))
