"""Stance triples ``(speaker, target, favor|against)``, derived from acts.

Stances are not read by rules of their own: each act (:mod:`.acts`) gives one stance,

* toward its **issue** when it has one, as its type says (``data/act_types.tsv``): praise,
  offers, appeals and demands favour what they are about (``called for a ceasefire`` → favor
  "a ceasefire"), the other types oppose it (``warned against attempts to …``); a demand to give
  something up opposes it (``called on Ukraine to abandon its ambitions to join NATO`` →
  against "Ukraine joining NATO");
* else toward its **target party** — ``favor`` for a cooperative act, ``against`` for a
  conflictual one (``Tokyo praised Seoul.`` → Japan favor South Korea).

Who is cooperative or conflictual toward which party is what the dyads say (:mod:`.dyads`);
the stance adds what about. (Giving both stances for every act with a party and an issue
found the same stances at about half the precision on the fixture articles.)

Stances with the same speaker, label and target (a target holding the other's words in order
counts as the same) are merged: evidence joined, ``hedged`` only if every source is hedged,
the rules joined with ``+``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterable

from ..model import Span
from .act_record import Joined
from .acts import Act

__all__ = ["Stance", "stances_from_acts", "FAVOR", "AGAINST"]

FAVOR, AGAINST = "favor", "against"


@dataclass(frozen=True, slots=True)
class Stance:
    """One stance triple with its evidence (statement ids), the acts it comes from and the rule."""

    speaker: str
    target: str
    stance: str
    hedged: bool = False
    evidence: tuple[str, ...] = ()
    rule: str = ""
    trigger: Span | None = None
    acts: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The SPEC stance item, plus ``rule``, ``trigger`` and the ids of its ``acts``."""
        return {
            "speaker": self.speaker, "target": self.target, "stance": self.stance, "hedged": self.hedged,
            "evidence": list(self.evidence), "rule": self.rule,
            "trigger": None if self.trigger is None else self.trigger.to_dict(), "acts": list(self.acts),
        }


def _of(act: Act) -> list[Stance]:
    if act.issue:
        return [Stance(act.speaker, act.issue, act.issue_stance, act.hedged, act.evidence, f"issue:{act.act}",
                       act.trigger, (act.id,))]
    if act.target is not None:
        label = FAVOR if act.polarity == "cooperative" else AGAINST
        return [Stance(act.speaker, act.target, label, act.hedged, act.evidence, f"party:{act.act}", act.trigger,
                       (act.id,))]
    return []


def _runs(target: str) -> list[str]:
    """Every run of consecutive words of ``target`` (lower-cased already, split at single spaces):
    ``" x "`` is in ``" y "`` exactly when ``x`` is one of the runs of ``y``."""
    words = target.split(" ")
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]


#: Targets of one key tested one by one; beyond this many, through the index of runs of words.
_SCAN = 16


class _Targets:
    """The targets of one speaker's merged stances with one label.  Two targets are the same when one
    holds the other's words in order (``" x " in " y "`` on the lower-cased targets, either way).  A
    few targets are tested one by one; past ``_SCAN`` they are indexed by their runs of words, so that
    finding the first one the same as a new target costs the new target's runs, not one test per
    target so far (a speaker with thousands of distinct targets made merging quadratic)."""

    def __init__(self) -> None:
        self.padded: list[str] = []  # " target " lower-cased, in the order of the stances
        self.indices: list[int] = []
        self.within: dict[str, int] | None = None  # a run of words -> the first stance whose target holds it
        self.exact: dict[str, int] = {}  # a whole target -> the first stance with it

    def first_same(self, target: str) -> int | None:
        """The index of the first stance whose target holds ``target`` or is held by it, or None."""
        low = target.lower()
        if self.within is None:
            y = f" {low} "
            return next((i for x, i in zip(self.padded, self.indices) if x in y or y in x), None)
        found = [self.exact[r] for r in _runs(low) if r in self.exact]  # targets it holds
        held = self.within.get(low)  # the first target holding it
        if held is not None:
            found.append(held)
        return min(found, default=None)

    def add(self, target: str, index: int) -> None:
        low = target.lower()
        self.padded.append(f" {low} ")
        self.indices.append(index)
        self.exact.setdefault(low, index)
        if self.within is None and len(self.padded) > _SCAN:
            self.within = {}
            for x, i in zip(self.padded, self.indices):
                for r in _runs(x[1:-1]):
                    self.within.setdefault(r, i)
        elif self.within is not None:
            for r in _runs(low):
                self.within.setdefault(r, index)


def _kind(st: Stance) -> str:
    """``party`` or ``issue``: a stance toward a party never merges with one toward an issue."""
    return st.rule.split(":")[0]


def _merge(found: Iterable[Stance]) -> tuple[Stance, ...]:
    merged: list[Stance] = []
    joined: list[tuple[Joined, Joined] | None] = []  # per merged stance, once a second one joined it
    by_key: dict[tuple[str, str, str], _Targets] = {}
    for st in found:
        targets = by_key.setdefault((st.speaker, st.stance, _kind(st)), _Targets())
        k = targets.first_same(st.target)
        if k is None:
            targets.add(st.target, len(merged))
            merged.append(st)
            joined.append(None)
            continue
        old = merged[k]
        rule = old.rule if st.rule in old.rule.split("+") else f"{old.rule}+{st.rule}"
        merged[k] = replace(old, hedged=old.hedged and st.hedged, rule=rule)
        both = joined[k] or (Joined(old.evidence), Joined(old.acts))
        both[0].join(st.evidence)
        both[1].join(st.acts)
        joined[k] = both
    return tuple(st if both is None else replace(st, evidence=tuple(both[0].items), acts=tuple(both[1].items))
                 for st, both in zip(merged, joined))


def stances_from_acts(acts: Iterable[Act]) -> tuple[Stance, ...]:
    """The stances the acts give (module docstring), merged, in the order of their first act."""
    return _merge(s for act in acts for s in _of(act))
