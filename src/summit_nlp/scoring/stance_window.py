"""Trigger-window rules: the stance one trigger phrase gives over the words that follow it.

One function per rule family (call_on, call_for, describe_as, intend, contribute, sponsor, and the
simple families whose target is the object); :func:`_window_found` runs them over a stretch of text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Span
from .chunk import NounPhrase, clean, gerund, infinitive, is_verb_like, noun_phrase, skip_marks, verb_phrase
from .lexicons import chunk_class, word_class
from .stance_context import _Context, _apply_negation, _matches_in, _negated, _token_at, _valence
from .stance_rules import AGAINST, FAVOR, StanceRules
from .text import Token, tokens
from .topic import topic_group

_RECIPIENT_PREPS = ("to", "into", "towards", "toward", "in")
_RELATIVE_OPENERS = ("what", "which", "who", "whom", "whose", "where", "when", "whether", "if")
_MAX_CLAUSE_WORDS = 10


@dataclass(frozen=True, slots=True)
class _Found:
    """A stance read in one statement window, before the speaker is attached."""

    target: str
    stance: str
    rule: str
    trigger: Span
    extra_hedge: bool = False
    anaphor: str | None = None
    end: int = -1  # article offset where the words read for the target end


def _end(toks: tuple[Token, ...], idx: int) -> int:
    """The article offset where token ``idx - 1`` ends (-1 before the first token)."""
    return toks[min(idx, len(toks)) - 1].end if idx > 0 and toks else -1


def _anaphor_at(toks: tuple[Token, ...], i: int) -> tuple[str, int] | None:
    """An anaphor (``it``, ``the idea`` …) at token ``i`` not followed by more noun words: (phrase, end)."""
    i = skip_marks(toks, i)
    for n in (2, 1):
        if i + n > len(toks):
            continue
        phrase = " ".join(t.lower for t in toks[i:i + n])
        if phrase in word_class("anaphor"):
            nxt = toks[i + n] if i + n < len(toks) else None
            if nxt is None or not nxt.is_word or not nxt.text[0].isalpha() or nxt.lower in chunk_class("break") \
                    or n == 1 and nxt.lower in ("as",):
                return phrase, i + n
            if n == 1 and phrase == "it":
                return phrase, i + n
    return None


def _clause_after(ctx: _Context, toks: tuple[Token, ...], i: int) -> str:
    """Up to ten words after token ``i``, stopping at punctuation: the claim of ``denied that …``."""
    out: list[Token] = []
    i = skip_marks(toks, i)
    while i < len(toks) and len(out) < _MAX_CLAUSE_WORDS and (toks[i].is_word or toks[i].text in "’'-"):
        out.append(toks[i])
        i += 1
    return clean(ctx.text[out[0].start:out[-1].end]) if out else ""


def _object(ctx: _Context, toks: tuple[Token, ...], i: int) -> tuple[str | None, str | None, int]:
    """The object after a trigger: (target text, anaphor, end index).  An infinitive ``to V O`` gives
    ``V-ing O`` (``refused to withdraw troops`` -> ``withdrawing troops``)."""
    ana = _anaphor_at(toks, i)
    if ana is not None:
        return None, ana[0], ana[1]
    inf = infinitive(ctx.text, 0, toks, skip_marks(toks, i))
    if inf is not None:
        verb, obj, end = inf
        return (f"{gerund(verb)} {obj}".strip(), None, end)
    np = noun_phrase(ctx.text, 0, toks, i)
    if np is None:
        return None, None, i
    return np.text, None, np.end


def _rewrite_object(np: NounPhrase, owner: str) -> str:
    """``its ambitions to join NATO`` owned by ``Ukraine`` -> ``Ukraine joining NATO``."""
    if np.inf_verb and np.det in ("its", "their", "his", "her"):
        return f"{owner} {gerund(np.inf_verb)} {np.inf_object or ''}".strip()
    return np.text


def _call_on(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span) -> list[_Found]:
    """``called on X to V1 Y1 and V2 Y2``: against Yk for abandon verbs, else favor ``X Vk-ing Yk``."""
    addressee = noun_phrase(ctx.text, 0, toks, i)
    j = skip_marks(toks, addressee.end if addressee else i)
    if addressee is None:
        pron = skip_marks(toks, i)
        if pron < len(toks) and toks[pron].lower in chunk_class("pronoun"):
            j = skip_marks(toks, pron + 1)
            owner = toks[pron].text
        else:
            return []
    else:
        owner = addressee.text
    if j + 1 >= len(toks) or toks[j].lower != "to":
        return []
    k = skip_marks(toks, j + 1)  # called on X to “exercise restraint”
    if k >= len(toks) or not is_verb_like(toks[k]):
        return []
    found: list[_Found] = []
    while k < len(toks) and is_verb_like(toks[k]):
        verb = toks[k].lower
        obj = noun_phrase(ctx.text, 0, toks, k + 1)
        if found and obj is None:
            break  # "exercise calm and restraint": a coordinated noun, not a second verb
        nxt = obj.end if obj else k + 1
        if verb in word_class("abandon_verb"):
            ing = skip_marks(toks, k + 1)
            if ing < len(toks) and toks[ing].lower.endswith("ing") and is_verb_like(toks[ing]):
                inner = noun_phrase(ctx.text, 0, toks, ing + 1)
                target = f"{owner} {toks[ing].lower} {inner.text if inner else ''}".strip()
                nxt = inner.end if inner else ing + 1
            else:
                target = _rewrite_object(obj, owner) if obj else ""
            found.append(_Found(target, AGAINST, "call_on_abandon", trig, end=_end(toks, nxt)))
        else:
            found.append(_Found(f"{owner} {gerund(verb)} {obj.text if obj else ''}".strip(), FAVOR, "call_on", trig,
                                end=_end(toks, nxt)))
        k = skip_marks(toks, nxt)
        if k < len(toks) and toks[k].text == ",":
            k += 1
        if k < len(toks) and toks[k].lower in ("and", "or"):
            k += 1
        else:
            break
    return found


def _call_for(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span, family: str) -> list[_Found]:
    """``called for NP`` -> favor NP; ``NP to include Y`` -> ``Y in NP``; ``NP to V Y`` -> ``NP V-ing Y``."""
    target, ana, end = _object(ctx, toks, i)
    if ana is not None:
        return [_Found("", FAVOR, family, trig, anaphor=ana, end=_end(toks, end))]
    if target is None:
        return []
    inf = infinitive(ctx.text, 0, toks, skip_marks(toks, end))
    if inf is not None and family == "call_for":
        verb, obj, end = inf
        if verb in word_class("contain_verb") and obj:
            target = f"{obj} in {target}"
        elif verb != "be" and obj:
            target = f"{target} {gerund(verb)} {obj}"
    return [_Found(target, FAVOR, family, trig, end=_end(toks, end))]


def _describe_as(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span, win_end: int) -> list[_Found]:
    """``branding it as “constructive”`` -> favor/against the thing described, by the description's sentiment."""
    opening = next((k for k in range(i + 1, len(toks)) if toks[k].text in "“\"‘«"), len(toks))
    target, ana, end = _object(ctx, toks[:opening], i)  # "called the agreement “premature”"
    if target is None and ana is None:
        return []
    j = end
    if j >= len(toks) or not (toks[j].lower == "as" or toks[j].text in "“\"‘'«"):
        return []
    description = ctx.text[toks[j].start:max(win_end, ctx.sentence(toks[j].start)[1])]  # every coordinated label
    v = _valence(ctx, description)
    if abs(v) < 0.05:
        return []
    label = FAVOR if v > 0 else AGAINST
    return [_Found(target or "", label, "describe_as", trig, anaphor=ana, end=win_end)]


def _simple(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span, family: str, value: str) -> list[_Found]:
    """Families whose target is the object after the trigger (reject, deny, condemn, praise, outcome …)."""
    if family == "deny" and i < len(toks) and toks[i].lower == "that":
        claim = _clause_after(ctx, toks, i + 1)
        return [_Found(claim, AGAINST, family, trig, end=trig.end + len(claim))] if claim else []
    target, ana, end = _object(ctx, toks, i)
    if ana is not None:
        return [] if value == "sentiment" else [_Found("", value, family, trig, anaphor=ana, end=_end(toks, end))]
    if target is None:
        return []
    if value == "sentiment":
        v = _valence(ctx, target)
        if abs(v) < 0.05:
            return []
        value = FAVOR if v > 0 else AGAINST
    return [_Found(target, value, family, trig, end=_end(toks, end))]


def _owned(toks: tuple[Token, ...], trig: Span) -> bool:
    """Whether the trigger word is a noun with a determiner or possessive (``their pledge to``, ``the plan to``)."""
    k = _token_at(toks, trig.start) - 1
    if k < 0:
        return False
    prev = toks[k].lower
    return prev in chunk_class("determiner") or prev.endswith(("’s", "'s"))


def _has_subject(toks: tuple[Token, ...], trig: Span) -> bool:
    """Whether a subject word stands right before the trigger (``Manila would not``), not a conjunction
    (``… and will not create``: the subject may be someone the speaker only expects something of)."""
    k = _token_at(toks, trig.start) - 1
    while k > 0 and toks[k].lower in word_class("subject_skip"):
        k -= 1  # "Europe also needed to"
    return k >= 0 and toks[k].is_word and toks[k].lower not in chunk_class("break")


def _demand_subject(toks: tuple[Token, ...], trig: Span) -> bool:
    """Whether a demand's subject is a name or ``we`` (``Europe needs to``, ``Israel must``, ``we must``):
    generic ``you have to`` / ``someone should`` / ``the delegates needed to`` state no position."""
    k = _token_at(toks, trig.start) - 1
    while k > 0 and toks[k].lower in word_class("subject_skip"):
        k -= 1
    if k < 0:
        return False
    word = toks[k].text
    return word.lower() == "we" or word[0].isupper() and word not in ("I", "You")


def _in_relative(toks: tuple[Token, ...], trig: Span) -> bool:
    """Whether the trigger's clause opens with a relative word within three words before it (``what
    the agency needed to verify``): a modal there describes, it does not demand."""
    k = _token_at(toks, trig.start)
    return any(t.lower in _RELATIVE_OPENERS for t in toks[max(0, k - 4):k])


def _intend(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span, family: str, value: str,
            trigger_starts: frozenset[int]) -> list[_Found]:
    """``hoped to V O`` -> favor ``V-ing O``; ``would not V O`` (refuse_modal) -> against ``V-ing O``;
    ``X must V O`` (demand_modal) -> favor ``V-ing O``, against O for an abandon verb (``must end the
    blockade``)."""
    j = skip_marks(toks, i)
    if family in ("refuse_modal", "demand_modal") and not _has_subject(toks, trig) \
            or family == "demand_modal" and (_in_relative(toks, trig) or not _demand_subject(toks, trig)):
        return []
    if family == "intend":
        if _owned(toks, trig) or j >= len(toks):
            return []
        if value != "favor_hedged":  # "would consider easing …" takes a gerund, the others "to V"
            if toks[j].lower != "to":
                return []
            j = skip_marks(toks, j + 1)
    if j >= len(toks) or toks[j].start in trigger_starts or toks[j].lower in word_class("no_commit_verb"):
        return []
    vp = verb_phrase(ctx.text, toks, j)
    if vp is None or len(vp[0].split()) < 2 or vp[0].endswith("ing") and len(vp[0].split()) == 2:
        return []  # "mediating", "keeping talking": no object, nothing to take a stance on
    if family == "demand_modal" and toks[j].lower in word_class("abandon_verb"):
        obj = noun_phrase(ctx.text, 0, toks, j + 1)
        return [_Found(obj.text, AGAINST if value == FAVOR else FAVOR, family, trig, end=_end(toks, obj.end))] \
            if obj is not None else []
    label = AGAINST if value == AGAINST else FAVOR
    return [_Found(vp[0], label, family, trig, extra_hedge=value == "favor_hedged", end=_end(toks, vp[1]))]


def _contribute(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span, value: str) -> list[_Found]:
    """``add 500 million dollars to the fund`` / ``pay into the fund`` -> favor the recipient."""
    means = noun_phrase(ctx.text, 0, toks, i, depth=2)  # no attachments: "to the fund" is the recipient
    if means is None and value == "object":
        return []
    j = skip_marks(toks, means.end if means else i)
    nxt = skip_marks(toks, j + 1)
    if nxt >= len(toks) or toks[j].lower not in _RECIPIENT_PREPS or is_verb_like(toks[nxt]):
        return []
    recipient = noun_phrase(ctx.text, 0, toks, j + 1)
    if recipient is None:
        return []
    return [_Found(recipient.text, FAVOR, "contribute", trig, end=_end(toks, recipient.end))]


def _sponsor(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span) -> list[_Found]:
    """``who wrote the bill``, ``sponsored the resolution`` -> favor the text, when it is one (a topic noun)."""
    np = noun_phrase(ctx.text, 0, toks, i)
    if np is None or topic_group(np.head) in (None, "event", "action"):
        return []
    return [_Found(np.text, FAVOR, "sponsor", trig, end=_end(toks, np.end))]


def _window_found(ctx: _Context, rules: StanceRules, start: int, end: int) -> list[_Found]:
    """Every trigger in ``text[start:end]`` and the stance it gives, triggers not overlapping."""
    matches = _matches_in(ctx, rules, start, end)
    if not matches:
        return []
    toks = tokens(ctx.text[start:end], start)
    trigger_starts = frozenset(m[0] for m in matches)
    taken_until = -1
    out: list[_Found] = []
    for m_start, m_end, family, value in matches:
        if m_start < taken_until:
            continue
        trig = Span.of(ctx.text, m_start, m_end)
        i = _token_at(toks, m_end)
        if family == "call_on":
            found = _call_on(ctx, toks, i, trig)
        elif family in ("call_for", "praise"):
            found = _call_for(ctx, toks, i, trig, family)
        elif family == "describe_as":
            found = _describe_as(ctx, toks, i, trig, end)
        elif family in ("intend", "refuse_modal", "demand_modal"):
            found = _intend(ctx, toks, i, trig, family, value, trigger_starts)
        elif family == "contribute":
            found = _contribute(ctx, toks, i, trig, value)
        elif family == "sponsor":
            found = _sponsor(ctx, toks, i, trig)
        else:
            found = _simple(ctx, toks, i, trig, family, value)
        if not found:
            continue
        taken_until = max(m_end, max(f.end for f in found))
        negated = _negated(ctx, m_start)
        if negated and (value == "request" or family == "demand_modal"):
            continue  # "we are not asking for charity", "you don't have to": no request, no position
        for f in found:
            label, hedge = _apply_negation(f.stance, negated)
            out.append(replace(f, stance=label, extra_hedge=f.extra_hedge or hedge))
    return out
