"""Frames: how one trigger's target and issue are read from the words around it.

Every trigger row of ``data/act_triggers.tsv`` names its frame; :func:`read` dispatches to
one function per frame.  Each returns :class:`Reading` objects (an act type, a target, an
issue) or nothing when the frame does not fit (``asked about the talks``: no request).

* ``object`` — the noun phrase after the trigger: a party there is the target (``praised
  Trump``, ``accused Moscow of …`` with ``of``/``for`` giving the issue), else the noun phrase
  is the issue and a party it names (``condemned Russia's strike``) the target. A rejected or
  dismissed *claim* is a denial; a rejected anaphor (``the idea``) is resolved by the caller.
* ``ask`` — ``urged X to V …``, ``called on X to V1 … and V2 …``: X is the target, one act
  per verb; a concession verb (abandon, withdraw, cede …) makes it a demand.
* ``for`` — ``called for NP``: an appeal when NP is cooperative (talks, peace, restraint …)
  and sets no condition, else a demand (``called for any peace deal to include …``).
* ``that`` — ``expected that X will …``, ``hoped that …``, ``warned that …``: each party
  subject of the clause is a target; the speaker's own harm in a ``warned that`` is a threat.
* ``against`` — ``warned against NP``: NP is the issue, a party it names the target.
* ``modal`` — ``X must V``: a party X (not the speaker's own side) is pressed; a passive with
  another subject (``a fair balance … must be restored``) is a demand without target;
  generic subjects (``we``, ``the international community``) give nothing.
* ``self``/``refuse``/``invite`` — the speaker's own offer, threat or refusal; the subject
  must be the speaker's side. The target is a party in the verb phrase, else the addressee.
* ``eval``/``eval_party`` — an evaluation (``illegal``, ``constructive``): the target is the
  party the clause names as agent (before the word, or after ``by``), never one after a
  victim preposition (``a threat to Ukraine``).
* ``describe`` — ``branding it as “constructive”``: praise or criticism by the sentiment of
  the description. ``accord`` — ``an understanding reached with X``: praise of X.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from ..model import Span
from .act_context import (BOTH, NONE, OTHER, SELF, ActContext, Trigger, clause_end, clause_start, party_after,
                          parties_after, reciprocal_at, subject, token_at)
from .chunk import clean, gerund, is_verb_like, noun_phrase, skip_marks, verb_phrase
from .lexicons import chunk_class, word_class
from .parties import PartyMention
from .sentiment import score_sentiment
from .text import QUOTE_MARKS, Token

__all__ = ["Reading", "Unit", "read"]

_MAX_ISSUE_WORDS = 9
_DESCRIBE_MIN = 0.05


@dataclass(frozen=True, slots=True)
class Unit:
    """The text acts are read from: a statement (with its cue), a speech sentence or a reporter's frame."""

    speaker: str
    start: int
    end: int
    ids: tuple[str, ...]
    reported: bool  # indirect speech or a frame: he/she/it/they are the speaker
    addressee: str | None = None
    interlocutor: str | None = None  # who "you" is when no addressee is named


@dataclass(frozen=True, slots=True)
class Reading:
    """What one trigger says: act type, target (a mention, a party name, or None) and issue."""

    act: str
    target: PartyMention | str | None
    issue: str | None
    against: bool = False  # the speaker opposes the issue although the act favours an outcome
    anaphor: bool = False  # the object was "the idea", "it": the caller resolves whose
    frame: str = ""


_Reader = Callable[[ActContext, Unit, tuple[Token, ...], int, Trigger], list[Reading]]


# --------------------------------------------------------------------------- helpers
def _issue_np(ctx: ActContext, toks: tuple[Token, ...], i: int) -> tuple[str | None, int]:
    """The noun phrase (or ``to V O`` as a gerund) at token ``i``: (text, end index)."""
    i = skip_marks(toks, i)
    if i + 1 < len(toks) and toks[i].lower == "to" and toks[i + 1].is_word and toks[i + 1].text[0].islower():
        vp = verb_phrase(ctx.text, toks, i + 1)
        if vp is not None:
            return vp[0], vp[1]
        end = clause_end(toks, i + 1)
        return clean(ctx.text[toks[i + 1].start:toks[min(end, i + 6) - 1].end]), min(end, i + 6)
    np = noun_phrase(ctx.text, 0, toks, i)
    if np is None:
        return None, i
    return np.text, np.end


def _short(text: str | None) -> str | None:
    if not text:
        return None
    words = clean(text).split()
    return " ".join(words[:_MAX_ISSUE_WORDS]) or None


def _agent_in(ctx: ActContext, toks: tuple[Token, ...], lo: int, hi: int) -> PartyMention | None:
    """The first party mention in tokens ``[lo, hi)`` not right after a victim preposition."""
    if lo >= hi or lo >= len(toks):
        return None
    victims = word_class("victim_prep")
    for m in ctx.parties.between(toks[lo].start, toks[min(hi, len(toks)) - 1].end):
        k = token_at(toks, m.span.start)
        before = [t.lower for t in toks[max(lo, k - 2):k] if t.lower not in ("the", "its", "their")]
        if before and before[-1] in victims:
            continue
        return m
    return None


def _after_victim_prep(toks: tuple[Token, ...], m: PartyMention) -> bool:
    """Whether the mention follows a preposition that makes it the one affected (``to``, ``in``,
    ``against`` …; ``of`` may introduce an agent: ``the actions of Russia``)."""
    k = token_at(toks, m.span.start) - 1
    lo = k - 3
    while k > lo and k >= 0 and toks[k].is_word and toks[k].text[0].islower() \
            and toks[k].lower not in word_class("victim_prep") and toks[k].lower != "by":
        k -= 1  # "in eastern Ukraine", "against the whole of Ukraine"
    return k >= 0 and toks[k].lower in word_class("victim_prep") and toks[k].lower != "of"


def _party_in(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], lo: int, hi: int) -> PartyMention | None:
    """The first party in tokens ``[lo, hi)`` that is not the speaker's own side (any preposition)."""
    if lo >= min(hi, len(toks)):
        return None
    own = ctx.selves(unit.speaker)
    return next((m for m in ctx.parties.between(toks[lo].start, toks[min(hi, len(toks)) - 1].end)
                 if m.party not in own), None)


def _group_object(ctx: ActContext, toks: tuple[Token, ...], i: int) -> PartyMention | None:
    """A plural group named as the object (``wealthy nations``, ``the creditors``, ``industrialised
    countries``): a party of its own, named by the noun phrase without its article."""
    both = reciprocal_at(toks, i)
    if both:  # "urged both governments to …": the two sides of the story (resolved by the caller)
        return PartyMention(Span.of(ctx.text, toks[i].start, toks[i + both - 1].end), BOTH, "group", False)
    np = noun_phrase(ctx.text, 0, toks, i, depth=2)
    if np is None or np.head not in word_class("group_object_noun") or len(np.body.split()) > 3:
        return None
    first = toks[np.first]
    if first.lower in ("the", "its", "their", "our", "these", "those", "all"):
        first = toks[np.first + 1] if np.first + 1 < np.end else first
    span = Span.of(ctx.text, first.start, toks[np.end - 1].end)
    if span.text.lower().split()[0] in ("other", "some", "many", "several", "most", "few"):
        return None
    return PartyMention(span, span.text, "group", True)


def _anaphor_at(toks: tuple[Token, ...], i: int) -> int:
    """How many tokens at ``i`` are an anaphor (``it``, ``the idea``) standing alone, or 0."""
    i = skip_marks(toks, i)
    for n in (2, 1):
        if i + n <= len(toks) and " ".join(t.lower for t in toks[i:i + n]) in word_class("anaphor"):
            nxt = toks[i + n] if i + n < len(toks) else None
            if nxt is not None and nxt.lower in ("of", "that", "about", "against", "by", "to", "on", "for"):
                continue  # "the accusations of espionage", "the decision to reopen …": said what it is
            if nxt is None or not nxt.is_word or nxt.lower in chunk_class("break") or nxt.lower in ("as", "and"):
                return n
    return 0


def _verb_phrases(ctx: ActContext, toks: tuple[Token, ...], k: int) -> list[tuple[str, str, int, int]]:
    """Coordinated ``V1 O1 and V2 O2`` from token ``k``: (verb, gerund phrase, verb index, end index) each."""
    out: list[tuple[str, str, int, int]] = []
    while k < len(toks) and is_verb_like(toks[k]):
        if out and toks[k].lower.endswith("ed") and not out[0][0].endswith("ed"):
            break  # "to withdraw its troops and praised Ukraine": the reporter's next verb, not a second request
        if out and not _opens_object(toks, k + 1):
            break  # "recognise Kosovo's documents and license plates": a coordinated noun, not a verb
        vp = verb_phrase(ctx.text, toks, k)
        if vp is None or (out and len(vp[0].split()) < 2):
            break
        out.append((toks[k].lower, vp[0], k, vp[1]))
        k = skip_marks(toks, vp[1])
        if k < len(toks) and toks[k].text == ",":
            k += 1
        while k < len(toks) and toks[k].lower.endswith("ly") and toks[k].text[0].islower():
            k += 1  # "work immediately to reduce tensions"
        joined = k < len(toks) and toks[k].lower in ("and", "or")
        if joined:
            k = skip_marks(toks, k + 1)
        if k < len(toks) and toks[k].lower == "to":  # "to call back its troops, to stop supporting …"
            k, joined = skip_marks(toks, k + 1), True
        if not joined:
            break
    return out


def _opens_object(toks: tuple[Token, ...], k: int) -> bool:
    """Whether token ``k`` can open the object of a coordinated second verb (``… and cede its
    eastern regions``, ``… and stop supporting …``): a determiner, possessive, particle, preposition,
    name or -ing form, not a bare noun (``… and license plates``)."""
    if k >= len(toks):
        return False
    t = toks[k]
    low = t.lower
    return (low in chunk_class("determiner") or low in chunk_class("particle") or low in chunk_class("preposition")
            or low.endswith(("’s", "'s", "ing")) or t.text[:1].isupper() or t.text in QUOTE_MARKS)


def _concession(toks: tuple[Token, ...], verb: str, v: int) -> bool:
    """A verb that gives something up (``withdraw``, ``cede``) or takes a withdrawing particle (``call back``)."""
    if verb in word_class("concession_verb") or verb in word_class("abandon_verb"):
        return True
    return v + 1 < len(toks) and toks[v + 1].lower in word_class("withdraw_particle")


def _owner_rewrite(ctx: ActContext, toks: tuple[Token, ...], k: int, owner: str) -> tuple[str, int] | None:
    """``abandon its ambitions to join NATO`` (owner Ukraine) -> ``Ukraine joining NATO``."""
    np = noun_phrase(ctx.text, 0, toks, k)
    if np is None:
        return None
    if np.inf_verb and np.det in ("its", "their", "his", "her"):
        return f"{owner} {gerund(np.inf_verb)} {np.inf_object or ''}".strip(), np.end
    return np.text, np.end


_NOUN_ENDINGS = ("tion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "graph")


def _verb_after_to(toks: tuple[Token, ...], k: int) -> bool:
    """Whether token ``k`` (after ``to``) is a verb, not the noun of a prepositional phrase
    (``an amendment to paragraph 2``)."""
    if toks[k].lower == "be":
        return True
    if not is_verb_like(toks[k]) or toks[k].lower.endswith(_NOUN_ENDINGS):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not (nxt.text[0].isdigit() or nxt.lower == "of")


def _cooperative(text: str) -> bool:
    return any(w in word_class("cooperative_noun") for w in text.lower().replace("-", " - ").split()) \
        or "de-escalation" in text.lower() or "cease-fire" in text.lower()


def _name(m: PartyMention | str | None) -> str:
    return m if isinstance(m, str) else (m.span.text if m is not None else "")


# --------------------------------------------------------------------------- frames
def _object(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    end = clause_end(toks, k)
    i = skip_marks(toks, k)
    act = trig.act
    n = _anaphor_at(toks, i)
    if n and act in ("reject", "deny", "criticize", "praise"):
        return [Reading(act, None, None, anaphor=True)]
    if i + 1 < len(toks) and toks[i].lower == "to" and toks[i + 1].lower in word_class("no_act_verb"):
        return []  # "declined to comment"
    if i < len(toks) and toks[i].lower == "that":  # "denied that its jets violated …": the claim
        claim_end = clause_end(toks, i + 1)
        claim = clean(ctx.text[toks[min(i + 1, len(toks) - 1)].start:toks[claim_end - 1].end]) if claim_end > i + 1 else None
        return [Reading(act, _agent_in(ctx, toks, i + 1, claim_end) if act != "deny" else None, _short(claim))]
    targets, after = parties_after(ctx, toks, i)
    target = targets[0] if targets else None
    if target is not None and target.span.start < toks[min(i + 3, len(toks) - 1)].end:
        j = skip_marks(toks, after)
        issue = None
        if j < len(toks) and toks[j].lower in ("of", "for", "over", "on", "about", "to"):
            issue, _ = _issue_np(ctx, toks, j + 1)
        elif j < len(toks) and toks[j].lower.endswith(("’s", "'s")) is False:
            np = noun_phrase(ctx.text, 0, toks, i)
            issue = np.text if np is not None and np.text != target.span.text else None
        return [Reading(_claim_act(act, issue), t, _short(issue)) for t in targets]
    group = _group_object(ctx, toks, i)
    if group is not None:  # "accused wealthy nations of …"
        j = skip_marks(toks, token_at(toks, group.span.end))
        issue = _issue_np(ctx, toks, j + 1)[0] if j < len(toks) and toks[j].lower in ("of", "for", "over") else None
        return [Reading(_claim_act(act, issue), group, _short(issue), frame="object_group")]
    issue, _ = _issue_np(ctx, toks, i)
    inner = (_agent_in(ctx, toks, i, end) or _owner_of(ctx, unit, toks, i, end)) if issue is not None else None
    return [Reading(_claim_act(act, issue), inner, _short(issue))]  # the verb alone is the act ("welcomed what …")


def _owner_of(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], lo: int, hi: int) -> PartyMention | None:
    """The party whose proposal, demand or action the object is (``the proposal of Hungary``,
    ``the demands of the rebels``): a party after ``of`` right after such a noun."""
    for j in range(lo + 1, min(hi, len(toks)) - 1):
        if toks[j].lower == "of" and toks[j - 1].lower in word_class("owned_noun"):
            m = party_after(ctx, toks, j + 1, reach=2)
            if m is not None and m.party not in ctx.selves(unit.speaker):
                return m
    return None


def _claim_act(act: str, issue: str | None) -> str:
    """A rejected or dismissed claim is a denial."""
    if act == "reject" and issue and any(w in word_class("claim_noun") for w in issue.lower().split()[:3]):
        return "deny"
    return act


def _ask(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    i = skip_marks(toks, k)
    targets, after = parties_after(ctx, toks, i)
    if not targets:
        group = _group_object(ctx, toks, i)
        if group is not None:  # "urged creditors to …"
            return [replace(r, frame=f"{r.frame or trig.frame}_group") for r in
                    _ask_one(ctx, unit, toks, k, trig, group, token_at(toks, group.span.end))]
    if len(targets) > 1:  # "called on Ethiopia and Somalia to …": the same request of each
        one = _ask_one(ctx, unit, toks, k, trig, targets[0], after)
        return [replace(r, target=t) for t in targets for r in one]
    return _ask_one(ctx, unit, toks, k, trig, targets[0] if targets else None, after)


def _ask_one(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger,
             target: PartyMention | None, after: int) -> list[Reading]:
    i = skip_marks(toks, k)
    j = i
    if target is not None:
        j = skip_marks(toks, after)
        while j < len(toks) and toks[j].lower.endswith("ly") and toks[j].text[0].islower():
            j += 1  # "called on Russia immediately to …"
    else:
        np = noun_phrase(ctx.text, 0, toks, i)
        if np is not None and j < len(toks) and (np.end < len(toks) and toks[skip_marks(toks, np.end)].lower == "to"):
            j = skip_marks(toks, np.end)  # "urged the parties to …": no party, a generic addressee
    if j < len(toks) and toks[j].lower == "to" and j + 1 < len(toks):
        owner = _name(target) or "the other side"
        out = []
        for verb, phrase, v, _end in _verb_phrases(ctx, toks, skip_marks(toks, j + 1)):
            if verb in word_class("no_act_verb"):
                continue
            issue = f"{owner} {phrase}" if target is not None else phrase
            if verb in word_class("abandon_verb"):
                rewritten = _owner_rewrite(ctx, toks, skip_marks(toks, v + 1), owner) if target is not None else None
                issue = rewritten[0] if rewritten else phrase.split(" ", 1)[-1]
                out.append(Reading("demand", target, _short(issue), against=True, frame="ask_concession"))
            elif _concession(toks, verb, v):
                out.append(Reading("demand", target, _short(issue), frame="ask_concession"))
            else:
                out.append(Reading(trig.act, target, _short(issue)))
        return out
    if target is not None:
        return [Reading(trig.act, target, None)] if trig.act == "demand" or trig.frame == "ask" and \
            toks[j - 1].lower not in ("asked",) else []
    issue, end = _issue_np(ctx, toks, i)
    if issue is None:
        return []
    if trig.act == "demand":  # "demanded the release of …": a party or a pressure in the object
        agent = _agent_in(ctx, toks, i, end)
        pressure = any(w in word_class("pressure_noun") for w in issue.lower().split())
        return [Reading("demand", agent, _short(issue))] if agent is not None or pressure else []
    return [Reading("appeal", None, _short(issue))] if _cooperative(issue) else []


def _for(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    i = skip_marks(toks, k)
    target = party_after(ctx, toks, i, reach=1)
    if target is not None:
        j = skip_marks(toks, token_at(toks, target.span.end))
        if j < len(toks) and toks[j].lower == "to":
            return _ask(ctx, unit, toks, k, Trigger(trig.start, trig.end, "demand", "ask", trig.negated))
    np = noun_phrase(ctx.text, 0, toks, i)
    if np is None:
        return []
    issue = np.text
    j = skip_marks(toks, np.end)
    condition = j + 1 < len(toks) and toks[j].lower == "to" and _verb_after_to(toks, j + 1)
    if condition:
        verb = toks[j + 1].lower
        obj = noun_phrase(ctx.text, 0, toks, j + 2)
        if verb in word_class("contain_verb") and obj is not None:
            issue = f"{obj.text} in {np.text}"
        elif verb != "be" and obj is not None:
            issue = f"{np.text} {gerund(verb)} {obj.text}"
    pressure = any(w in word_class("pressure_noun") for w in np.text.lower().split())
    agent = _agent_in(ctx, toks, i, np.end) or (_party_in(ctx, unit, toks, i, clause_end(toks, i)) if pressure else None)
    if agent is not None and agent.party in ctx.selves(unit.speaker):
        agent = None
    cooperative = _cooperative(np.text)
    act = "demand" if trig.act == "demand" or condition or (not cooperative and (agent is not None or pressure)) \
        else "appeal"
    return [Reading(act, agent if act == "demand" else None, _short(issue))]


def _clause_subjects(ctx: ActContext, toks: tuple[Token, ...], i: int) -> tuple[list[PartyMention], int]:
    """The party subjects of the clause starting at token ``i`` (``Kyiv and the European capitals
    will …``) and the index of its first verb-like token."""
    j = i
    while j < len(toks) and j < i + 12 and not (is_verb_like(toks[j]) and toks[j].lower not in ("and", "or")):
        if toks[j].text in ".;:!?":
            break
        m = ctx.parties.at(toks[j].start) or (ctx.parties.at(toks[j].start - 4) if toks[j].lower != "the" else None)
        j = token_at(toks, m.span.end) if m is not None and m.span.end > toks[j].end else j + 1
    subjects = [m for m in ctx.parties.between(toks[i].start, toks[j - 1].end)] if j > i else []
    return subjects, j


def _outcome(ctx: ActContext, toks: tuple[Token, ...], lo: int, hi: int) -> str | None:
    """The noun phrase after an outcome verb (``pave the way for peace in Ukraine`` -> ``peace in Ukraine``)."""
    for n in (5, 4, 3, 2, 1):
        for k in range(lo, max(lo, hi - n + 1)):
            if " ".join(t.lower for t in toks[k:k + n]) in word_class("outcome_verb"):
                np = noun_phrase(ctx.text, 0, toks, k + n)
                if np is not None:
                    return np.text
    return None


def _that(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    i = skip_marks(toks, k)
    addressee = party_after(ctx, toks, i, reach=1)
    if addressee is not None:
        i = skip_marks(toks, token_at(toks, addressee.span.end))
    if i < len(toks) and toks[i].lower == "to" and addressee is not None:  # "expected Kyiv to …"
        return _ask(ctx, unit, toks, k, Trigger(trig.start, trig.end, trig.act, "ask", trig.negated))
    if i < len(toks) and toks[i].lower in ("that", "for"):
        i = skip_marks(toks, i + 1)
    elif trig.act == "warn" and addressee is None:
        return []  # "warned" with neither a party nor a clause: read by the "against" rows or nothing
    if i >= len(toks):
        return []
    end = clause_end(toks, i)
    subjects, verb_at = _clause_subjects(ctx, toks, i)
    issue = _outcome(ctx, toks, i, end) or _short(ctx.text[toks[min(verb_at, end - 1)].start:toks[end - 1].end]
                                                 if verb_at < end else None)
    own = ctx.selves(unit.speaker)
    others = [m for m in subjects if m.party not in own]
    first = toks[i].lower if verb_at > i else ""
    self_subject = bool(subjects) and not others or first in word_class("self_word") \
        or (unit.reported and first in ("he", "she", "it", "they"))
    if trig.act == "warn" and self_subject:
        victim = addressee or _agent_in(ctx, toks, verb_at, end)
        return [Reading("threaten", victim, _short(issue), frame="that_self")]
    targets: list[PartyMention | None] = [addressee] if addressee is not None else (others or [None])
    act = trig.act
    if act == "demand" and self_subject:
        return []  # "we expect to …": an expectation of oneself
    return [Reading(act, t, _short(issue)) for t in targets]


def _against(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    issue, end = _issue_np(ctx, toks, skip_marks(toks, k))
    if issue is None:
        return []
    agent = _agent_in(ctx, toks, k, end)
    if agent is not None and agent.party in ctx.selves(unit.speaker):
        agent = None
    return [Reading("warn", agent, _short(issue))]


def _modal(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    who = subject(ctx, toks, token_at(toks, trig.start), unit.speaker, unit.reported)
    i = skip_marks(toks, k)
    if i < len(toks) and toks[i].lower == "not":
        i += 1
    if who == SELF or i >= len(toks) or toks[i].lower in word_class("no_act_verb") - _MODAL_VERBS:
        return []
    passive = toks[i].lower == "be" and i + 1 < len(toks) and toks[i + 1].lower.endswith(("ed", "en", "wn"))
    vp = verb_phrase(ctx.text, toks, i)
    issue = vp[0] if vp else None
    if i < len(toks) and toks[i].lower in word_class("abandon_verb"):  # "Israel must end the blockade"
        obj = noun_phrase(ctx.text, 0, toks, i + 1)
        if obj is not None and who not in (OTHER, NONE):
            return [Reading("demand", _subject_mention(ctx, toks, token_at(toks, trig.start), who) or who,
                            _short(obj.text), against=True, frame="modal")]
    negative = toks[i - 1].lower == "not" if i > 0 else False
    verb_at = i + 1 if passive else i
    giving_up = verb_at < len(toks) and _concession(toks, toks[verb_at].lower, verb_at)
    act = "appeal" if issue and _cooperative(issue) and not (negative or giving_up) else "demand"
    if who not in (OTHER, NONE):
        m = _subject_mention(ctx, toks, token_at(toks, trig.start), who)
        return [Reading(act, m or who, _short(issue))]
    # a passive ("a fair balance must be restored"), or in an article's quotes any noun subject ("the guns must
    # fall silent"); a speech is full of routine exhortations ("the violence must stop") that press no one
    if who == OTHER and (passive or (ctx.speaker is None and _noun_subject(toks, token_at(toks, trig.start)))) \
            and not _generic_subject(toks, token_at(toks, trig.start)):
        np_text = _subject_text(ctx, toks, token_at(toks, trig.start))
        return [Reading(act, None, _short(f"{np_text} {issue or ''}".strip() if np_text else issue))]
    return []


#: Verbs that commit to nothing after "declined to" but press someone after "must" ("must do more", "should go further").
_MODAL_VERBS = frozenset({"be", "go", "do", "give", "get", "let", "tell", "answer", "name"})


def _subject_mention(ctx: ActContext, toks: tuple[Token, ...], k: int, party: str) -> PartyMention | None:
    lo = clause_start(toks, k)
    found = [m for m in ctx.parties.between(toks[lo].start, toks[k].start) if m.party == party]
    return found[-1] if found else None


def _subject_text(ctx: ActContext, toks: tuple[Token, ...], k: int) -> str | None:
    lo = clause_start(toks, k)
    text = clean(ctx.text[toks[lo].start:toks[k].start]) if k > lo else ""
    return " ".join(text.split()[-_MAX_ISSUE_WORDS:]) or None


def _noun_subject(toks: tuple[Token, ...], k: int) -> bool:
    """Whether the word before the modal at ``k`` ends a noun phrase (``the guns must …``), not a pronoun."""
    j = k - 1
    while j >= 0 and (toks[j].lower in word_class("subject_skip") or toks[j].lower.endswith("ly")):
        j -= 1
    return j >= 0 and toks[j].is_word and toks[j].lower not in chunk_class("pronoun") \
        and toks[j].lower not in word_class("self_word") and toks[j].lower not in ("that", "which", "who", "what")


def _generic_subject(toks: tuple[Token, ...], k: int) -> bool:
    lo = clause_start(toks, k)
    words = [t.lower for t in toks[lo:k] if t.is_word]
    return bool(words) and (words[-1] in word_class("generic_subject") or words[0] in word_class("generic_subject"))


def _own_action(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> str | None:
    """``None`` when the trigger's subject is a third party (the act is not the speaker's), else its subject."""
    who = subject(ctx, toks, token_at(toks, trig.start), unit.speaker, unit.reported)
    if who not in (SELF, NONE, OTHER) and unit.reported and _speaks_for_unknown(ctx, unit.speaker):
        return SELF  # "the foreign secretary said Lisbon would not …": an official speaking for a country
    return None if who not in (SELF, NONE) else who


def _speaks_for_unknown(ctx: ActContext, speaker: str) -> bool:
    """Whether the speaker is a person (or role) whose country the article does not say."""
    entity = ctx.parties.entities.get(speaker)
    return entity is not None and entity.kind not in ("country", "organisation") and ctx.selves(speaker) == {speaker}


def _self(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    if _own_action(ctx, unit, toks, k, trig) is None:
        return []
    i = skip_marks(toks, k)
    if i < len(toks) and toks[i].lower in word_class("no_act_verb"):
        return []
    end = clause_end(toks, i)
    target = _party_in(ctx, unit, toks, i, min(end, i + 10))  # "ready to work with Ghana", "travel to Tehran"
    if target is not None and target.party in ctx.selves(unit.speaker):
        target = None
    vp = verb_phrase(ctx.text, toks, i) if i < len(toks) else None
    issue = vp[0] if vp else _issue_np(ctx, toks, i)[0]
    if trig.act == "threaten":
        target = target or _condition_party(ctx, unit, toks, token_at(toks, trig.start))
    return [Reading(trig.act, target or _you(ctx, unit, toks, i, end), _short(issue))]


def _condition_party(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int) -> PartyMention | None:
    """The party named in the sentence's condition (``if Manila …, we will respond``)."""
    for j in range(k - 1, -1, -1):
        if toks[j].lower in word_class("conditional"):
            m = _agent_in(ctx, toks, j + 1, k)
            return m if m is not None and m.party not in ctx.selves(unit.speaker) else None
    return None


def _you(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], lo: int, hi: int) -> str | None:
    """``you`` in the speaker's words is the addressee, else the interlocutor."""
    if any(t.lower in ("you", "your") for t in toks[lo:hi]):
        return unit.addressee or unit.interlocutor
    return None


def _refuse(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
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
    target = _agent_in(ctx, toks, i, vp[1])
    if target is not None and target.party in ctx.selves(unit.speaker):
        target = None
    return [Reading("reject", target, _short(vp[0]), anaphor=target is None)]


def _yielding(toks: tuple[Token, ...], i: int) -> bool:
    """``be`` + a participle or ``give up``/``give in`` after ``will not``: a refusal to yield (``we will
    not be bullied``, ``they will not give up``)."""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if toks[i].lower == "be":
        return nxt.endswith(("ed", "en")) and nxt not in ("been",)
    return toks[i].lower in ("give", "back") and nxt in ("up", "in", "down", "way")


def _invite(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    i = skip_marks(toks, k)
    end = clause_end(toks, i)
    words = ctx.text[trig.start:trig.end].lower()
    guest = party_after(ctx, toks, i) if words.startswith(("invit", "offer")) else None  # "next time in Moscow": a place
    if guest is not None and guest.party in ctx.selves(unit.speaker):
        guest = None
    place = _agent_in(ctx, toks, token_at(toks, guest.span.end) if guest is not None else i, end)
    target: PartyMention | str | None = guest or unit.addressee or unit.interlocutor
    if guest is None and "you" not in words and not words.startswith("next time") and not words.startswith("see"):
        return []
    if place is not None and place is not guest and (place.kind == "place" or getattr(
            ctx.parties.entities.get(place.party), "kind", "") == "country"):
        issue = f"a visit to {place.span.text}"
    elif words.startswith("see you"):
        issue = "meeting again"
    else:
        issue, _ = _issue_np(ctx, toks, token_at(toks, guest.span.end) if guest is not None else i)
    return [Reading("offer", target, _short(issue))]


def _eval(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    t = token_at(toks, trig.start)
    lo, hi = clause_start(toks, t), clause_end(toks, t)
    own = ctx.selves(unit.speaker)
    before = [m for m in ctx.parties.between(toks[lo].start, trig.end) if m.party not in own
              and m.span.start < trig.start and not _after_victim_prep(toks, m)]
    target: PartyMention | None = before[-1] if before else None
    if target is None:  # after the word, only an agent: "the seizure of buildings by Russian forces"
        by = next((j for j in range(k, hi) if toks[j].lower == "by"), None)
        after = _agent_in(ctx, toks, by + 1, min(hi, by + 5)) if by is not None else None
        target = after if after is not None and after.party not in own else None
    if trig.frame == "eval_party" and target is None:
        return []
    subject_np = _evaluated_subject(ctx, toks, lo, t)
    if subject_np is not None:  # "the trade agreement was a betrayal": the evaluation is of the subject
        issue = subject_np
    else:
        np = noun_phrase(ctx.text, 0, toks, skip_marks(toks, k)) if k < len(toks) else None
        issue = _short(ctx.text[trig.start:trig.end] + (" " + np.text if np is not None else ""))
    return [Reading(trig.act, target, issue, frame=trig.frame)]


def _evaluated_subject(ctx: ActContext, toks: tuple[Token, ...], lo: int, t: int) -> str | None:
    """The subject noun phrase when the evaluation is the predicate of a copula (``the deal was
    “a betrayal”``, ``open markets are in everyone's interest``)."""
    j = t - 1
    while j > lo and (toks[j].text in QUOTE_MARKS or toks[j].lower in ("a", "an", "the", "not", "simply", "truly",
                                                                       "completely", "entirely", "deeply", "very")):
        j -= 1
    if j <= lo or toks[j].lower not in ("is", "was", "are", "were", "be", "been", "remains", "remained", "seems"):
        return None
    np = noun_phrase(ctx.text, 0, toks, lo)
    if np is None or np.end != j or np.head in chunk_class("pronoun"):
        return None
    return _short(np.text)


def _describe(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    i = skip_marks(toks, k)
    opening = next((j for j in range(i, min(len(toks), i + 8)) if toks[j].text in "“\"‘«"), None)
    n = _anaphor_at(toks, i)
    target = party_after(ctx, toks, i, reach=1)
    if n:
        j = i + n
        obj = None
    else:
        np = noun_phrase(ctx.text, 0, toks[:opening] if opening is not None else toks, i)
        if np is None:
            return []
        j, obj = np.end, np.text
    j = skip_marks(toks, j) if j < len(toks) and toks[j].lower != "as" else j
    if j >= len(toks) or not (toks[j].lower == "as" or (opening is not None and j >= opening - 1)):
        return []
    desc = ctx.text[toks[j].start:toks[clause_end(toks, j) - 1].end]
    v = score_sentiment(desc, analyzer=ctx.analyzer).compound
    if abs(v) < _DESCRIBE_MIN:
        return []
    return [Reading("praise" if v > 0 else "criticize", target, _short(obj), anaphor=bool(n) and target is None,
                    frame="describe")]


def _accord(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    partner = party_after(ctx, toks, skip_marks(toks, k))
    if partner is None or partner.party in ctx.selves(unit.speaker):
        return []
    noun = clean(ctx.text[trig.start:trig.end]).split()[0]  # "understanding", "agreement", "good" …
    return [Reading("praise", partner, _short(f"the {noun} with {partner.span.text}"))]


READERS: dict[str, _Reader] = {
    "object": _object, "ask": _ask, "for": _for, "that": _that, "against": _against, "modal": _modal,
    "self": _self, "refuse": _refuse, "invite": _invite, "eval": _eval, "eval_party": _eval,
    "describe": _describe, "accord": _accord,
}


def read(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], trig: Trigger) -> list[Reading]:
    """What the trigger says in this unit (``toks``: the sentence tokens, article offsets)."""
    reader = READERS.get(trig.frame)
    if reader is None:
        return []
    k = token_at(toks, trig.end)
    return [r if r.frame else Reading(r.act, r.target, r.issue, r.against, r.anaphor, trig.frame)
            for r in reader(ctx, unit, toks, k, trig)]

