"""Tone acts: a statement no trigger reads, whose own words are clearly negative or positive.

Many acts in news carry no speech-act verb or evaluation word of ``data/act_triggers.tsv``: the
speaker's words are figurative or loaded (``a wall, not a hurdle``, ``they are paying for a crisis
they did not cause``). When a quote (direct or partial: the speaker's own words; reported
speech is the reporter's paraphrase, its tone the reporter's) gives no act at all, its VADER
compound score (the statement's sentiment, :mod:`.sentiment`) decides: at or below the
``criticize`` bound of ``data/tone_acts.tsv`` it is a criticism, at or above the ``praise`` bound
a praise. The trigger is the statement's lexicon word of strongest valence with that sign (its
evidence), the rule ``tone:criticize`` / ``tone:praise``. The target is the first party the
statement names (not the speaker's side, a place or an audience): what its words are about;
else there is none. (Targets read from the context, as for a trigger's act naming no party, were
right 3 times in 19 on the fixtures: a tone is too loose a reading to aim at an unnamed party.)

A positive statement that holds a negator (``not``, ``never``, ``nobody``, ``without`` …: ``“we will not
be pawns in a contest between great powers”``, ``the polls had not been “free”``) denies its positive
words (VADER's negation handling leaves them positive): it is a criticism, its trigger the negator
(measured on the fixtures: 2 of 16 such praises had the gold's polarity, 14 were conflictual).

A statement whose only words of that sign are topic words (``tone_topic_word`` in
``data/act_words.tsv``: ``the war is over``, ``how wars end``) names what it is about, not a
judgement, and gives nothing. A hedged statement (``could``, ``might``: the hedging lexicon) predicts rather than evaluates and
gives nothing. Only news: in speech mode every sentence is a statement and the speech's own acts
are read from its words. A statement already holding an act, a question turn, or one with no
lexicon word of the right sign gives nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING, Mapping, Sequence

from ..model import Span, Statement
from .act_context import ActContext, hedged
from .act_phrases import Unit
from .act_record import Act
from .act_sides import is_locative, is_party, own_camps, side
from .lexicons import tone_act_bounds, word_class
from .parties import PartyMention

if TYPE_CHECKING:
    from .sentiment import SentimentScore

__all__ = ["tone_act", "tone_acts"]

_OWN_WORDS = ("direct", "partial")
_NEGATOR = re.compile(r"(?<![\w-])(?:not|no|never|nobody|nothing|cannot|without|neither|nor|none)(?![\w-])|n[’']t\b",
                      re.IGNORECASE)  # quotes: the speaker's own words, not the reporter's paraphrase


def tone_act(compound: float) -> str | None:
    """The act a statement's compound score gives (``data/tone_acts.tsv``), or None."""
    bounds = tone_act_bounds()
    if "criticize" in bounds and compound <= bounds["criticize"]:
        return "criticize"
    if "praise" in bounds and compound >= bounds["praise"]:
        return "praise"
    return None


def _strongest(evidence: Sequence[Mapping[str, object]], sign: int) -> Mapping[str, object] | None:
    """The lexicon word of strongest valence with the given sign (first of equals), not a topic word
    (``war``, ``crisis``: what the statement is about, not how the speaker judges it)."""
    best = None
    topics = word_class("tone_topic_word")
    for e in evidence:
        if str(e["text"]).lower() in topics:
            continue
        v = float(e["valence"]) * sign  # type: ignore[arg-type]
        if v > 0 and (best is None or v > float(best["valence"]) * sign):  # type: ignore[arg-type]
            best = e
    return best


def _named(ctx: ActContext, unit: Unit) -> PartyMention | None:
    """The first party the statement names that is not the speaker's side, a place (``in Ukraine``)
    or an audience: what its evaluative words are about (``Lithuania was killing our farmers``)."""
    own = own_camps(ctx, unit.speaker)
    for m in ctx.parties.between(unit.start, unit.end):
        if m.party not in own and is_party(ctx, m.party) and not is_locative(ctx, m):
            return m
    return None


def tone_acts(ctx: ActContext, units: Sequence[tuple[Unit, Statement]], acts: Sequence[Act],
              sentiments: Mapping[str, "SentimentScore"]) -> list[Act]:
    """The tone acts of the statements that hold no act (module docstring). ``acts`` are the
    statement acts read so far, in text order; ``sentiments`` the statements' scores by id."""
    covered = {e for a in acts for e in a.evidence}
    ordered = sorted(acts, key=lambda a: a.span.start)
    starts = [a.span.start for a in ordered]
    out: list[Act] = []
    for unit, st in units:
        score = sentiments.get(st.id)
        if st.kind not in _OWN_WORDS or st.id in covered or score is None \
                or hedged(ctx, st.span.start, st.span.end):
            continue  # a hedged statement ("could bring peace") predicts, it does not evaluate
        kind = tone_act(score.compound)
        if kind is None:
            continue
        word = _strongest(score.evidence, -1 if kind == "criticize" else 1)
        if word is None:
            continue
        negator = _NEGATOR.search(ctx.text, st.span.start, st.span.end) if kind == "praise" else None
        if negator is not None:  # "we will not be pawns", "had not been free": the positive words are denied
            kind, word = "criticize", {"start": negator.start(), "end": negator.end()}
        n = bisect_left(starts, st.span.end)
        if any(a.span.end > st.span.start for a in ordered[max(0, n - 3):n]):
            continue  # an act read from the same words (a reporter's cue before the quote)
        trig = Span.of(ctx.text, int(word["start"]), int(word["end"]))  # type: ignore[call-overload]
        act = Act(id="", act=kind, speaker=unit.speaker, target=None, issue=None,
                  span=Span.of(ctx.text, st.span.start, st.span.end), trigger=trig, evidence=unit.ids,
                  rule=f"tone:{kind}")
        named = _named(ctx, unit)
        out.append(replace(act, target=side(ctx, named.party), target_mention=named.span) if named else act)
    return out
