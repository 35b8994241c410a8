"""Frames: how one trigger's target and issue are read from the words around it.

Every trigger row of ``data/act_triggers.tsv`` names its frame; :func:`read` dispatches to
one function per frame.  Each returns :class:`Reading` objects (an act type, a target, an
issue) or nothing when the frame does not fit (``asked about the talks``: no request).

* ``object`` — the noun phrase after the trigger: a party there is the target (``praised
  Trump``, ``accused Moscow of …`` with ``of``/``for`` giving the issue), else the noun phrase
  is the issue and a party it names (``condemned Russia's strike``) the target. A rejected or
  dismissed *claim* is a denial; a rejected anaphor (``the idea``) is resolved by the caller.
* ``ask`` — ``urged X to V …``, ``called on X to V1 … and V2 …``: X is the target, one act
  per verb; a concession verb (abandon, withdraw, cede …) makes it a demand. Urging one named
  party or group (not both sides) is a demand too (``urged Manila to publish …``, ``called on
  London to go further``, ``called on neighbouring countries to enforce the embargo``) unless what is asked is to cooperate (``cooperative_verb``: reach,
  resume, engage …; a dialogue verb; a cooperative noun: ``to show restraint``) or the trigger
  only asks (``request_verb``: ``asked Washington to recognise …``): those stay appeals, and so
  does any request in speech mode, where urging is the register's routine. An addressee that
  names no party is pressed alike (``called on the minister to publish …``: a demand, target
  from the context). The ``to`` is found past the rest of the addressee's noun phrase
  (``Myanmar’s military-backed government to …``) or an aside between commas (``Venezuela,
  where …, to …``); ``… and to V2`` is a second request whatever follows V2.
* ``for`` — ``called for NP``: an appeal when NP is cooperative (talks, peace, restraint …)
  and sets no condition, else a demand (``called for any peace deal to include …``); an NP that
  binds (``a legally binding deal``, ``enforceable guarantees``: ``binding_word``) is a demand.
  A trigger of wanting or asking (``wanting_verb``: ``called for``, ``asked for``, ``wanted``,
  ``sought``) for anything but cooperation is a demand (``wanted "answers, not apologies"``,
  ``called for tougher measures``, ``we want our sailors home``); a proposal or suggestion of a
  thing no party is asked for stays an appeal, and so does any request in speech mode.
* ``that`` — ``expected that X will …``, ``hoped that …``, ``warned that …``: each party
  subject of the clause is a target; the speaker's own harm in a ``warned that`` is a threat. A
  passive (``the releases are expected within weeks``) or an expectation of oneself (``he
  expected to meet Wang again``) is no act.
* ``against`` — ``warned against NP``: NP is the issue, a party it names the target.
* ``modal`` — ``X must V``: a party X (not the speaker's own side) is pressed; a passive with
  another subject (``a fair balance … must be restored``) is a demand without target;
  generic subjects (``we``, ``the international community``) give nothing. ``both sides must V``
  presses each side (in news; in a speech it is routine).
* ``self``/``refuse``/``invite`` — the speaker's own offer, threat or refusal; the subject
  must be the speaker's side. The target is a party in the verb phrase, else the addressee.
* ``eval``/``eval_party`` — an evaluation (``illegal``, ``constructive``): the target is the
  party the clause names as agent (before the word, or after ``by``), never one after a
  victim preposition (``a threat to Ukraine``).
* ``reciprocal`` — ``X and Y trade blame``, ``accused each other``: each of the two parties named
  before it aims the act at the other (a reporter's frame; one act per side).
* ``describe`` — ``branding it as “constructive”``: praise or criticism by the sentiment of
  the description. ``accord`` — ``an understanding reached with X``: praise of X.

The readers of the speaker's own acts (``self``, ``refuse``, ``invite``) are in :mod:`.act_own`,
those of evaluations (``eval``, ``describe``, ``accord``) in :mod:`.act_eval`, and the phrase
readers they share (noun phrase after a word, party in a stretch, anaphors, coordinated verbs) in
:mod:`.act_phrases`.
"""


from __future__ import annotations

from dataclasses import replace

from .act_context import (BOTH, NONE, OTHER, SELF, ActContext, Trigger, after_determiner, clause_end, clause_start,
                          parties_after, party_after, subject, token_at)
from .act_eval import read_accord, read_describe, read_eval
from .act_own import read_invite, read_refuse, read_self
from .act_phrases import (MAX_ISSUE_WORDS, Reader, Reading, Unit, agent_in, anaphor_at, concession, group_object,
                          is_cooperative, issue_np, name_of, owner_rewrite, party_in, short, verb_after_to,
                          verb_phrases)
from .act_sides import side
from .chunk import clean, gerund, is_verb_like, noun_phrase, skip_marks, verb_phrase
from .lexicons import chunk_class, word_class
from .parties import PartyMention
from .text import Token

__all__ = ["Reading", "Unit", "read"]


# --------------------------------------------------------------------------- frames
def _object(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    if after_determiner(toks, trig.start):
        return []  # a noun or an adjective, not the verb: "their disputed border", "the question is"
    t = token_at(toks, trig.start)
    end = clause_end(toks, k)
    i = skip_marks(toks, k)
    act = trig.act
    n = anaphor_at(toks, i)
    # the trigger's own words may end in the anaphor ("rejected the accusation", "dismissed the claims")
    n = n or next((1 for j in range(t + 1, k) if (a := anaphor_at(toks, j)) and j + a == k), 0)
    if n and act in ("reject", "deny", "criticize", "praise"):
        said = {t.lower for t in toks[i:i + n]}
        if act == "reject" and said & word_class("claim_noun"):
            act = "deny"  # "rejected the criticism": a denial, answering whoever criticised
        return [Reading(act, None, None, anaphor=True)]
    if i + 1 < len(toks) and toks[i].lower == "to" and toks[i + 1].lower in word_class("no_act_verb"):
        return []  # "declined to comment"
    if i < len(toks) and toks[i].lower == "that":  # "denied that its jets violated …": the claim
        claim_end = clause_end(toks, i + 1)
        claim = clean(ctx.text[toks[min(i + 1, len(toks) - 1)].start:toks[claim_end - 1].end]) if claim_end > i + 1 else None
        return [Reading(act, agent_in(ctx, toks, i + 1, claim_end) if act != "deny" else None, short(claim))]
    targets, after = parties_after(ctx, toks, i)
    target = targets[0] if targets else None
    if target is not None and target.span.start < toks[min(i + 3, len(toks) - 1)].end:
        j = skip_marks(toks, after)
        issue = None
        if j < len(toks) and toks[j].lower in ("of", "for", "over", "on", "about", "to"):
            issue, _ = issue_np(ctx, toks, j + 1)
        elif j < len(toks) and toks[j].lower.endswith(("’s", "'s")) is False:
            np = noun_phrase(ctx.text, 0, toks, i)
            issue = np.text if np is not None and np.text != target.span.text else None
        if toks[t].lower in word_class("envoy_verb"):  # "summoned Iraqi Ambassador X": Iraq
            targets = [replace(m, party=side(ctx, m.party)) for m in targets]
        return [Reading(_claim_act(act, issue), m, short(issue)) for m in targets]
    group = group_object(ctx, toks, i)
    if group is not None:  # "accused wealthy nations of …"
        j = skip_marks(toks, token_at(toks, group.span.end))
        issue = issue_np(ctx, toks, j + 1)[0] if j < len(toks) and toks[j].lower in ("of", "for", "over") else None
        return [Reading(_claim_act(act, issue), group, short(issue), frame="object_group")]
    issue, _ = issue_np(ctx, toks, i)
    end = _object_end(toks, i, end)
    inner = (agent_in(ctx, toks, i, end) or _owner_of(ctx, unit, toks, i, end)) if issue is not None else None
    return [Reading(_claim_act(act, issue), inner, short(issue))]  # the verb alone is the act ("welcomed what …")


def _object_end(toks: tuple[Token, ...], i: int, end: int) -> int:
    """Where the object after token ``i`` ends: before ``and``/``but`` opening the speaker's next verb
    (``rejects the findings and would defend them at the WTO``), a relative ``which``/``including``."""
    for j in range(i + 1, end - 1):
        low, nxt = toks[j].lower, toks[j + 1].lower
        opens_verb = nxt in word_class("aux_verb") or nxt in word_class("subject_pronoun") \
            or nxt in word_class("reporting_verb") or nxt.endswith("ed")
        if low in ("which", "including", "while", "whereas") or (low in ("and", "but") and opens_verb):
            return j
    return end


def _owner_of(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], lo: int, hi: int) -> PartyMention | None:
    """The party whose proposal, demand or action the object is (``the proposal of Hungary``,
    ``the demands of the rebels``, ``a report by the panel``): a party after ``of``/``by`` right after
    such a noun."""
    for j in range(lo + 1, min(hi, len(toks)) - 1):
        if toks[j].lower in ("of", "by") and toks[j - 1].lower in word_class("owned_noun"):
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
        group = group_object(ctx, toks, i)
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
        j = _to_after_addressee(toks, skip_marks(toks, after))
        while j < len(toks) and toks[j].lower.endswith("ly") and toks[j].text[0].islower():
            j += 1  # "called on Russia immediately to …"
    else:
        np = noun_phrase(ctx.text, 0, toks, i)
        after_np = skip_marks(toks, np.end) if np is not None else len(toks)
        if after_np < len(toks) and toks[after_np].lower in ("to", "not"):
            j = after_np  # "urged the parties to …": no party, a generic addressee
    refrain = j + 1 < len(toks) and toks[j].lower == "not" and toks[j + 1].lower == "to"
    if refrain:
        j += 1  # "urged his supporters not to celebrate": a request to refrain, against what it names
    if j < len(toks) and toks[j].lower == "to" and j + 1 < len(toks):
        owner = name_of(target) or "the other side"
        out = []
        # Of a named party any request but one for information is an act ("urged Britain to do more").
        idle = word_class("inquiry_verb") if target is not None else word_class("no_act_verb")
        for verb, phrase, v, _end in verb_phrases(ctx, toks, skip_marks(toks, j + 1)):
            if verb in idle:
                continue
            issue = f"{owner} {phrase}" if target is not None else phrase
            if verb in word_class("abandon_verb"):
                rewritten = owner_rewrite(ctx, toks, skip_marks(toks, v + 1), owner) if target is not None else None
                issue = rewritten[0] if rewritten else phrase.split(" ", 1)[-1]
                out.append(Reading("demand", target, short(issue), against=True, frame="ask_concession"))
            elif concession(toks, verb, v):
                out.append(Reading("demand", target, short(issue), frame="ask_concession"))
            elif not refrain and _pressed(ctx, trig, target, verb, phrase, addressed=j > i):
                out.append(Reading("demand", target, short(issue), frame="ask_named"))
            else:
                out.append(Reading(trig.act, target, short(issue), against=refrain))
        asked = toks[skip_marks(toks, j + 1)].lower if skip_marks(toks, j + 1) < len(toks) else ""
        if not out and target is not None and asked not in idle:  # "urged Britain to do more": no phrase read
            pressed = not refrain and _pressed(ctx, trig, target, asked, asked)
            out.append(Reading("demand", target, None, frame="ask_named") if pressed
                       else Reading(trig.act, target, None, against=refrain))
        return out
    if target is not None:
        return [Reading(trig.act, target, None)] if trig.act == "demand" or trig.frame == "ask" and \
            toks[j - 1].lower not in ("asked",) else []
    issue, end = issue_np(ctx, toks, i)
    if issue is None:
        return []
    if trig.act == "demand":  # "demanded the release of …": a party or a pressure in the object
        agent = agent_in(ctx, toks, i, end)
        pressure = any(w in word_class("pressure_noun") for w in issue.lower().split())
        explicit = ctx.text[trig.start:trig.end].lower().startswith("demand")  # "demanded an overhaul of …"
        return [Reading("demand", agent, short(issue))] if agent is not None or pressure or explicit else []
    return [Reading("appeal", None, short(issue))] if is_cooperative(issue) else []


def _pressed(ctx: ActContext, trig: Trigger, target: PartyMention | None, verb: str, phrase: str,
             addressed: bool = False) -> bool:
    """Whether an appeal asking ``verb …`` of ``target`` (or of an addressee that names no party:
    ``addressed``) presses it (module docstring, ``ask``): one party or group named (not both
    sides), asked by a trigger that does more than ask, to do something other than cooperate
    (``reach a deal``, ``resume talks``, ``show restraint``)."""
    if trig.act != "appeal" or (target is None and not addressed) or (target is not None and target.party == BOTH):
        return False
    if ctx.speaker is not None:  # in a speech "we urge X to …" is the register's routine appeal
        return False  # (pressing there gave 2 more false conflict sentences on UNSCon)
    if ctx.text[trig.start:trig.end].split()[0].lower() in word_class("request_verb"):
        return False
    return not (verb in word_class("cooperative_verb") or verb in word_class("dialogue_verb") or is_cooperative(phrase))


_ASIDE_REACH = 20  # tokens an aside between the addressee and its "to" may take


def _to_after_addressee(toks: tuple[Token, ...], j: int) -> int:
    """The ``to`` of a request when words stand between the party asked and it: the rest of its noun
    phrase (``Myanmar’s military-backed government to …``, ``the Taliban authorities to …``) or an
    aside between commas (``Venezuela, where the commanders shelter, to …``); else ``j``."""
    n = len(toks)
    if j < n and toks[j].text == ",":
        for x in range(j + 1, min(n - 1, j + _ASIDE_REACH)):
            if toks[x].text in ".;:!?":
                break
            if toks[x].text == "," and skip_marks(toks, x + 1) < n and toks[skip_marks(toks, x + 1)].lower == "to":
                return skip_marks(toks, x + 1)
        return j
    for x in range(j, min(n - 1, j + 4)):  # at most three more words of the noun phrase, then "to" + a verb
        if toks[x].lower == "to":
            return x if is_verb_like(toks[skip_marks(toks, x + 1)]) else j  # not "urged Russia back to the table"
        if not toks[x].is_word or toks[x].lower in chunk_class("preposition") or \
                toks[x].lower in ("and", "or", "that", "who", "which", "not"):
            break
    return j


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
    condition = j + 1 < len(toks) and toks[j].lower == "to" and verb_after_to(toks, j + 1)
    if condition:
        verb = toks[j + 1].lower
        obj = noun_phrase(ctx.text, 0, toks, j + 2)
        if verb in word_class("contain_verb") and obj is not None:
            issue = f"{obj.text} in {np.text}"
        elif verb != "be" and obj is not None:
            issue = f"{np.text} {gerund(verb)} {obj.text}"
    pressure = any(w in word_class("pressure_noun") for w in np.text.lower().split())
    agent = agent_in(ctx, toks, i, np.end) or (party_in(ctx, unit, toks, i, clause_end(toks, i)) if pressure else None)
    if agent is not None and agent.party in ctx.selves(unit.speaker):
        agent = None
    cooperative = is_cooperative(np.text)
    binding = any(w in word_class("binding_word") for w in np.text.lower().split())  # "a legally binding deal"
    # "wanted answers"; not in a speech, where asking for things is the register's routine (as in _pressed)
    wanting = ctx.speaker is None and ctx.text[trig.start:trig.end].split()[0].lower() in word_class("wanting_verb")
    act = "demand" if trig.act == "demand" or condition or binding \
        or (not cooperative and (agent is not None or pressure or wanting)) else "appeal"
    return [Reading(act, agent if act == "demand" else None, short(issue))]


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
    t = token_at(toks, trig.start)
    if t > 0 and toks[t - 1].lower in _BE:
        return []  # "the releases are expected within weeks", "it is hoped that …": no one's act
    i = skip_marks(toks, k)
    addressee = party_after(ctx, toks, i, reach=1)
    if addressee is not None:
        i = skip_marks(toks, token_at(toks, addressee.span.end))
    if i < len(toks) and toks[i].lower == "to" and addressee is not None:  # "expected Kyiv to …"
        return _ask(ctx, unit, toks, k, Trigger(trig.start, trig.end, trig.act, "ask", trig.negated))
    if i < len(toks) and toks[i].lower == "to" and trig.act == "demand":
        return []  # "he expected to meet Wang again": an expectation of oneself
    if i < len(toks) and toks[i].lower in ("that", "for"):
        i = skip_marks(toks, i + 1)
    elif trig.act == "warn" and addressee is None:
        return []  # "warned" with neither a party nor a clause: read by the "against" rows or nothing
    if i >= len(toks):
        return []
    end = clause_end(toks, i)
    subjects, verb_at = _clause_subjects(ctx, toks, i)
    issue = _outcome(ctx, toks, i, end) or short(ctx.text[toks[min(verb_at, end - 1)].start:toks[end - 1].end]
                                                 if verb_at < end else None)
    own = ctx.selves(unit.speaker)
    others = [m for m in subjects if m.party not in own]
    first = toks[i].lower if verb_at > i else ""
    self_subject = bool(subjects) and not others or first in word_class("self_word") \
        or (unit.reported and first in ("he", "she", "it", "they"))
    if trig.act == "warn" and self_subject:
        victim = addressee or agent_in(ctx, toks, verb_at, end)
        return [Reading("threaten", victim, short(issue), frame="that_self")]
    targets: list[PartyMention | None] = [addressee] if addressee is not None else (others or [None])
    act = trig.act
    if act == "demand" and self_subject:
        return []  # "we expect to …": an expectation of oneself
    return [Reading(act, t, short(issue)) for t in targets]


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _against(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    issue, end = issue_np(ctx, toks, skip_marks(toks, k))
    if issue is None:
        return []
    agent = agent_in(ctx, toks, k, end)
    if agent is not None and agent.party in ctx.selves(unit.speaker):
        agent = None
    return [Reading("warn", agent, short(issue))]


def _modal(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    who = subject(ctx, toks, token_at(toks, trig.start), unit.speaker, unit.reported)
    i = skip_marks(toks, k)
    if i < len(toks) and toks[i].lower == "not":
        i += 1
    if who == SELF or (who == BOTH and ctx.speaker is not None) or i >= len(toks) \
            or toks[i].lower in word_class("no_act_verb") - _MODAL_VERBS:
        return []
    passive = toks[i].lower == "be" and i + 1 < len(toks) and toks[i + 1].lower.endswith(("ed", "en", "wn"))
    if toks[i].lower == "be" and i + 1 < len(toks) and toks[i + 1].lower in word_class("discourse_participle"):
        return []  # "it should be noted that …", "it must be recalled": the speaker's own point, pressing no one
    vp = verb_phrase(ctx.text, toks, i)
    issue = vp[0] if vp else None
    if i < len(toks) and toks[i].lower in word_class("abandon_verb"):  # "Israel must end the blockade"
        obj = noun_phrase(ctx.text, 0, toks, i + 1)
        if obj is not None and who not in (OTHER, NONE):
            return [Reading("demand", _subject_mention(ctx, toks, token_at(toks, trig.start), who) or who,
                            short(obj.text), against=True, frame="modal")]
    negative = toks[i - 1].lower == "not" if i > 0 else False
    verb_at = i + 1 if passive else i
    giving_up = verb_at < len(toks) and concession(toks, toks[verb_at].lower, verb_at)
    act = "appeal" if issue and is_cooperative(issue) and not (negative or giving_up) else "demand"
    if who == BOTH:  # "both sides must stop playing for time": each side pressed (resolved by the caller)
        return [Reading(act, BOTH, short(issue))]
    if who not in (OTHER, NONE):
        m = _subject_mention(ctx, toks, token_at(toks, trig.start), who)
        return [Reading(act, m or who, short(issue))]
    # a passive ("a fair balance must be restored"), or in an article's quotes any noun subject ("the guns must
    # fall silent"); a speech is full of routine exhortations ("the violence must stop") that press no one
    if who == OTHER and (passive or (ctx.speaker is None and _noun_subject(toks, token_at(toks, trig.start)))) \
            and not _generic_subject(toks, token_at(toks, trig.start)):
        np_text = _subject_text(ctx, toks, token_at(toks, trig.start))
        return [Reading(act, None, short(f"{np_text} {issue or ''}".strip() if np_text else issue))]
    return []


#: Verbs that commit to nothing after "declined to" but press someone after "must" ("must do more",
#: "should go further").
_MODAL_VERBS = frozenset({"be", "go", "do", "give", "get", "let", "tell", "answer", "name"})


def _subject_mention(ctx: ActContext, toks: tuple[Token, ...], k: int, party: str) -> PartyMention | None:
    lo = clause_start(toks, k)
    found = [m for m in ctx.parties.between(toks[lo].start, toks[k].start) if m.party == party]
    return found[-1] if found else None


def _subject_text(ctx: ActContext, toks: tuple[Token, ...], k: int) -> str | None:
    lo = clause_start(toks, k)
    text = clean(ctx.text[toks[lo].start:toks[k].start]) if k > lo else ""
    return " ".join(text.split()[-MAX_ISSUE_WORDS:]) or None


def _noun_subject(toks: tuple[Token, ...], k: int) -> bool:
    """Whether the word before the modal at ``k`` ends a noun phrase (``the guns must …``), not a pronoun."""
    j = k - 1
    while j >= 0 and (toks[j].lower in word_class("subject_skip") or toks[j].lower.endswith("ly")):
        j -= 1
    word = _uncontracted(toks[j].lower) if j >= 0 else ""
    return j >= 0 and toks[j].is_word and word not in chunk_class("pronoun") \
        and word not in word_class("self_word") and word not in ("that", "which", "who", "what")


def _uncontracted(word: str) -> str:
    """``you'll`` -> ``you``, ``they’d`` -> ``they``: the pronoun of a contraction."""
    return word.replace("’", "'").split("'")[0] or word


def _generic_subject(toks: tuple[Token, ...], k: int) -> bool:
    lo = clause_start(toks, k)
    words = [_uncontracted(t.lower) for t in toks[lo:k] if t.is_word]
    return bool(words) and (words[-1] in word_class("generic_subject") or words[0] in word_class("generic_subject"))


def _reciprocal(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    """``Poland and Ukraine traded accusations``: the speaker, one of the two parties the clause names
    before the trigger, aims the act at the other; anyone else's words give nothing."""
    t = token_at(toks, trig.start)
    named = ctx.parties.between(toks[clause_start(toks, t)].start, trig.start)
    parties = list(dict.fromkeys(m.party for m in named))
    if len(parties) != 2 or unit.speaker not in parties:
        return []
    other = next(m for m in named if m.party != unit.speaker)
    return [Reading(trig.act, other, None)]


READERS: dict[str, Reader] = {
    "object": _object, "ask": _ask, "for": _for, "that": _that, "against": _against, "modal": _modal,
    "self": read_self, "refuse": read_refuse, "invite": read_invite, "eval": read_eval, "eval_party": read_eval,
    "describe": read_describe, "accord": read_accord, "reciprocal": _reciprocal,
}


def read(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], trig: Trigger) -> list[Reading]:
    """What the trigger says in this unit (``toks``: the sentence tokens, article offsets)."""
    reader = READERS.get(trig.frame)
    if reader is None:
        return []
    k = token_at(toks, trig.end)
    return [r if r.frame else Reading(r.act, r.target, r.issue, r.against, r.anaphor, trig.frame)
            for r in reader(ctx, unit, toks, k, trig)]

