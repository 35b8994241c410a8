"""Stance triples ``(speaker, target, favor|against|neutral)`` read from statements and their cues.

The rules are driven by ``data/stance_patterns.tsv`` (trigger patterns per
rule family) and ``data/chunk_words.tsv`` (the chunker's word classes); each
family is explained in the data file and in ``docs/tone.md``.  Passes:

1. *window rules*: every statement is scanned together with its cue (``warned
   against “…”``, ``called for Russia’s “legitimate concerns”``) for trigger
   phrases; the target is the noun phrase after the trigger, rewritten for
   ``called on X to V Y`` and ``NP to include Y``; anaphors (``it``, ``the
   idea``) are resolved to the latest proposal or the nearest noun phrase.
   *Evaluations*: a topic noun phrase (or a demonstrative standing for the
   article's topic, ``topic.py``) as a clause subject gives a stance by the
   predicate's sentiment (``the agreement was “null and void”``).
2. *frames*: speech acts in the reporter's words near a speaker's statements
   (``Putin and Trump praised the meeting, with …``, ``Nowak welcomed the
   pledge.``, ``Ellison, who voted against the measure, wrote …``).
3. *replies*: a statement addressed to a speaker that invites them somewhere,
   and that speaker's reply (cue ``responded``/``replied``) accepting or
   refusing, give the replier a stance toward ``a visit to PLACE``.

Stances with the same speaker, target and label are merged (evidence joined,
``hedged`` only if every source is hedged).

Where the code is: ``stance_rules`` (:class:`Stance`, the compiled patterns),
``stance_context`` (what the rules read from the article), ``stance_window``
(the trigger families of pass 1), ``stance_passes`` (the three passes and the
evaluations); this module merges their stances.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Iterable

from .sentiment import LexiconVader
from .stance_context import _context
from .stance_passes import _frame_stances, _reply_stances, _window_stances
from .stance_rules import AGAINST, FAVOR, NEUTRAL, Stance, StanceRules, make_stance_rules

if TYPE_CHECKING:
    from ..model import Extraction

__all__ = ["Stance", "StanceRules", "make_stance_rules", "find_stances"]
# FAVOR, AGAINST and NEUTRAL are not in __all__ but stay importable from here.


# --------------------------------------------------------------------------- merge
def _merge(found: Iterable[tuple[int, Stance]]) -> tuple[Stance, ...]:
    """One stance per (speaker, target, label), a target containing an earlier one's words (or contained in
    them) counting as the same: evidence joined in order, the first target kept, hedged only if all are."""
    merged: dict[tuple[str, str, str], Stance] = {}
    for _, st in sorted(found, key=lambda x: x[0]):
        key = next((k for k in merged if k[0] == st.speaker and k[2] == st.stance and _same_target(k[1], st.target)),
                   (st.speaker, st.target.lower(), st.stance))
        old = merged.get(key)
        if old is None:
            merged[key] = st
            continue
        evidence = old.evidence + tuple(e for e in st.evidence if e not in old.evidence)
        rule = old.rule if st.rule in old.rule.split("+") else f"{old.rule}+{st.rule}"
        merged[key] = replace(old, evidence=evidence, hedged=old.hedged and st.hedged, rule=rule)
    return tuple(merged.values())


def _same_target(a: str, b: str) -> bool:
    """Whether two targets of one speaker name the same thing: one holds the other's words in order
    (``the trade agreement`` and ``the trade agreement in its current form``)."""
    x, y = f" {a.lower()} ", f" {b.lower()} "
    return x in y or y in x


def find_stances(
    analysis: "Extraction", *, analyzer: LexiconVader, hedged_ids: frozenset[str] = frozenset()
) -> tuple[Stance, ...]:
    """All stances of an analysis.  ``hedged_ids``: statements whose certainty score is negative."""
    if not analysis.statements:
        return ()
    rules = make_stance_rules()
    ctx = _context(analysis, analyzer, hedged_ids)
    found = _window_stances(ctx, rules) + _frame_stances(ctx, rules) + _reply_stances(ctx, rules)
    return _merge(found)
