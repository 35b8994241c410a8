"""Frames of evaluations (see :mod:`.act_frames`): ``eval``/``eval_party`` (an evaluative word,
aimed at the party the clause names as agent), ``describe`` (``branding it as “constructive”``)
and ``accord`` (``an understanding reached with X``).

A rejection or denial read as an evaluation is never aimed at its own subject (``Mexico does not
negotiate under threats``, ``Greenland is not for sale``): that party rejects or denies; the target
comes from the context.

A description is praise or criticism by the evaluation words of ``act_triggers.tsv`` it holds
(``called the decision “discriminatory and politically motivated”``: criticism), and only when it
holds none, or words of both signs, by its VADER sentiment, which misreads the register
(``motivated`` and ``gift`` are positive words to VADER).
"""

from __future__ import annotations

from .act_context import ActContext, Trigger, after_determiner, clause_end, clause_start, negated, party_after, token_at
from .act_phrases import Reading, Unit, after_victim_prep, agent_in, anaphor_at, short
from .chunk import clean, noun_phrase, skip_marks
from .lexicons import chunk_class
from .parties import PartyMention
from .sentiment import score_sentiment
from .text import QUOTE_MARKS, Token

__all__ = ["read_eval", "read_describe", "read_accord"]

_DESCRIBE_MIN = 0.05


def read_eval(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    t = token_at(toks, trig.start)
    lo, hi = clause_start(toks, t), clause_end(toks, t)
    own = ctx.selves(unit.speaker)
    before = [m for m in ctx.parties.between(toks[lo].start, trig.end) if m.party not in own
              and m.span.start < trig.start and not after_victim_prep(toks, m)]
    if before and trig.act in ("reject", "deny") and _subject_of(ctx, toks, before[-1], t):
        before = before[:-1]  # "Mexico does not negotiate under threats": who rejects, not whom
    target: PartyMention | None = before[-1] if before else None
    if target is None:  # after the word, only an agent: "the seizure of buildings by Russian forces"
        by = next((j for j in range(k, hi) if toks[j].lower == "by"), None)
        after = agent_in(ctx, toks, by + 1, min(hi, by + 5)) if by is not None else None
        target = after if after is not None and after.party not in own else None
    if trig.frame == "eval_party" and target is None:
        return []
    subject_np = _evaluated_subject(ctx, toks, lo, t)
    if subject_np is not None:  # "the trade agreement was a betrayal": the evaluation is of the subject
        issue = subject_np
    else:
        np = noun_phrase(ctx.text, 0, toks, skip_marks(toks, k)) if k < len(toks) else None
        issue = short(ctx.text[trig.start:trig.end] + (" " + np.text if np is not None else ""))
    return [Reading(trig.act, target, issue, frame=trig.frame)]


_SUBJECT_GAP = frozenset({"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "would",
                          "shall", "not", "never", "been", "be", "simply", "still", "also", "certainly"})


def _subject_of(ctx: ActContext, toks: tuple[Token, ...], m: PartyMention, t: int) -> bool:
    """Whether the party is the subject of the rejection or denial word at token ``t``: only
    auxiliaries and negators stand between (``Greenland is not for sale``, ``Kyiv has never
    interfered``)."""
    j = token_at(toks, m.span.end)
    return all(toks[x].lower in _SUBJECT_GAP or toks[x].text in QUOTE_MARKS for x in range(j, t))


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
    return short(np.text)


def read_describe(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    if after_determiner(toks, trig.start):
        return []  # a noun, not the verb: "received a call … as we were discussing the crisis"
    i = skip_marks(toks, k)
    opening = next((j for j in range(i, min(len(toks), i + 8)) if toks[j].text in "“\"‘«"), None)
    n = anaphor_at(toks, i)
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
    d0, d1 = toks[j].start, toks[clause_end(toks, j) - 1].end
    judged = {t.act for t in ctx.triggers_in(d0, d1) if t.frame in ("eval", "eval_party")
              and t.act in ("praise", "criticize") and not negated(toks, token_at(toks, t.start))}
    if len(judged) == 1:  # the description holds an evaluation word: it decides ("discriminatory")
        act = judged.pop()
    else:
        v = score_sentiment(ctx.text[d0:d1], analyzer=ctx.analyzer).compound
        if abs(v) < _DESCRIBE_MIN:
            return []
        act = "praise" if v > 0 else "criticize"
    return [Reading(act, target, short(obj), anaphor=bool(n) and target is None, frame="describe")]


def read_accord(ctx: ActContext, unit: Unit, toks: tuple[Token, ...], k: int, trig: Trigger) -> list[Reading]:
    partner = party_after(ctx, toks, skip_marks(toks, k))
    if partner is None or partner.party in ctx.selves(unit.speaker):
        return []
    noun = clean(ctx.text[trig.start:trig.end]).split()[0]  # "understanding", "agreement", "good" …
    return [Reading("praise", partner, short(f"the {noun} with {partner.span.text}"))]
