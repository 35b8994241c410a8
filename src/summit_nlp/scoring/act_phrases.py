"""The phrases around a trigger: what an act is read from (:class:`Unit`), what a frame reads
(:class:`Reading`), and the small readers the frames share (the noun phrase or infinitive after a
word, the first party in a stretch, a plural group named as an object, an anaphor such as ``the
idea``, coordinated verb phrases, concession verbs)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Span
from .act_context import BOTH, ActContext, Trigger, clause_end, reciprocal_at, token_at
from .chunk import clean, gerund, is_verb_like, noun_phrase, skip_marks, verb_phrase
from .lexicons import chunk_class, word_class
from .parties import PartyMention
from .text import QUOTE_MARKS, Token

__all__ = ["Unit", "Reading", "Reader", "MAX_ISSUE_WORDS", "issue_np", "short", "agent_in", "after_victim_prep",
           "party_in", "group_object", "anaphor_at", "verb_phrases", "concession", "owner_rewrite", "verb_after_to",
           "is_cooperative", "name_of"]

MAX_ISSUE_WORDS = 9


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


Reader = Callable[[ActContext, Unit, tuple[Token, ...], int, Trigger], list[Reading]]


# --------------------------------------------------------------------------- helpers
def issue_np(ctx: ActContext, toks: tuple[Token, ...], i: int) -> tuple[str | None, int]:
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


def short(text: str | None) -> str | None:
    if not text:
        return None
    words = clean(text).split()
    return " ".join(words[:MAX_ISSUE_WORDS]) or None


def agent_in(ctx: ActContext, toks: tuple[Token, ...], lo: int, hi: int) -> PartyMention | None:
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


def after_victim_prep(toks: tuple[Token, ...], m: PartyMention) -> bool:
    """Whether the mention follows a preposition that makes it the one affected (``to``, ``in``,
    ``against`` …; ``of`` may introduce an agent: ``the actions of Russia``, and is the victim's only
    after a ``possessed_victim_noun``: ``interference in the internal affairs of Iran``)."""
    k = token_at(toks, m.span.start) - 1
    lo = k - 3
    while k > lo and k >= 0 and toks[k].is_word and toks[k].text[0].islower() \
            and toks[k].lower not in word_class("victim_prep") and toks[k].lower != "by":
        k -= 1  # "in eastern Ukraine", "against the whole of Ukraine"
    if k >= 1 and toks[k].lower == "of":  # "the internal affairs of Iran", "the sovereignty of Guyana": whose
        return toks[k - 1].lower in word_class("possessed_victim_noun")
    return k >= 0 and toks[k].lower in word_class("victim_prep")


def party_in(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], lo: int, hi: int) -> PartyMention | None:
    """The first party in tokens ``[lo, hi)`` that is not the speaker's own side (any preposition)."""
    if lo >= min(hi, len(toks)):
        return None
    own = ctx.selves(unit.speaker)
    return next((m for m in ctx.parties.between(toks[lo].start, toks[min(hi, len(toks)) - 1].end)
                 if m.party not in own), None)


def group_object(ctx: ActContext, toks: tuple[Token, ...], i: int) -> PartyMention | None:
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


def anaphor_at(toks: tuple[Token, ...], i: int) -> int:
    """How many tokens at ``i`` are an anaphor (``it``, ``the idea``) standing alone, or 0."""
    i = skip_marks(toks, i)
    anaphors = word_class("anaphor")
    for n in (2, 1):
        if i + n > len(toks):
            continue
        said = " ".join(t.lower for t in toks[i:i + n])
        if n == 2 and toks[i].lower in word_class("anaphor_determiner"):  # "those claims" as "the claims"
            noun = toks[i + 1].lower
            said = f"the {noun}" if f"the {noun}" in anaphors else noun
        if said in anaphors:
            nxt = toks[i + n] if i + n < len(toks) else None
            if nxt is not None and nxt.lower in ("of", "that", "about", "against", "by", "to", "on", "for"):
                continue  # "the accusations of espionage", "the decision to reopen …": said what it is
            if nxt is None or not nxt.is_word or nxt.lower in chunk_class("break") or nxt.lower in ("as", "and"):
                return n
    return 0


def verb_phrases(ctx: ActContext, toks: tuple[Token, ...], k: int) -> list[tuple[str, str, int, int]]:
    """Coordinated ``V1 O1 and V2 O2`` from token ``k``: (verb, gerund phrase, verb index, end index) each."""
    out: list[tuple[str, str, int, int]] = []
    after_to = False
    while k < len(toks) and is_verb_like(toks[k]):
        if out and toks[k].lower.endswith("ed") and not out[0][0].endswith("ed"):
            break  # "to withdraw its troops and praised Ukraine": the reporter's next verb, not a second request
        if out and not after_to and not _opens_object(toks, k + 1):
            break  # "recognise Kosovo's documents and license plates": a coordinated noun, not a verb
        # (after "and to" the word is a verb whatever follows: "… and to allow independent monitors in")
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
        after_to = k < len(toks) and toks[k].lower == "to"
        if after_to:  # "to call back its troops, to stop supporting …"
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


def concession(toks: tuple[Token, ...], verb: str, v: int) -> bool:
    """A verb that gives something up (``withdraw``, ``cede``) or takes a withdrawing particle (``call
    back``), or one that presses a third party (``urged London to raise the treatment of protesters``)."""
    if any(verb in word_class(c) for c in ("concession_verb", "abandon_verb", "pressure_verb")):
        return True
    return v + 1 < len(toks) and toks[v + 1].lower in word_class("withdraw_particle")


def owner_rewrite(ctx: ActContext, toks: tuple[Token, ...], k: int, owner: str) -> tuple[str, int] | None:
    """``abandon its ambitions to join NATO`` (owner Ukraine) -> ``Ukraine joining NATO``."""
    np = noun_phrase(ctx.text, 0, toks, k)
    if np is None:
        return None
    if np.inf_verb and np.det in ("its", "their", "his", "her"):
        return f"{owner} {gerund(np.inf_verb)} {np.inf_object or ''}".strip(), np.end
    return np.text, np.end


_NOUN_ENDINGS = ("tion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "graph")


def verb_after_to(toks: tuple[Token, ...], k: int) -> bool:
    """Whether token ``k`` (after ``to``) is a verb, not the noun of a prepositional phrase
    (``an amendment to paragraph 2``)."""
    if toks[k].lower == "be":
        return True
    if not is_verb_like(toks[k]) or toks[k].lower.endswith(_NOUN_ENDINGS):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not (nxt.text[0].isdigit() or nxt.lower == "of")


def is_cooperative(text: str) -> bool:
    return any(w in word_class("cooperative_noun") for w in text.lower().replace("-", " - ").split()) \
        or "de-escalation" in text.lower() or "cease-fire" in text.lower()


def name_of(m: PartyMention | str | None) -> str:
    return m if isinstance(m, str) else (m.span.text if m is not None else "")
