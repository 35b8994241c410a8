"""The act record: one directed statement act with its evidence and the rule that produced it
(SPEC section 2, "Acts")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Span
from .lexicons import act_types

__all__ = ["Act", "Joined", "rule_confidence"]


@dataclass(frozen=True, slots=True)
class Act:
    """One directed act, with its evidence and the rule that produced it.

    ``span`` is the clause or sentence the act is read from, ``trigger`` the words that
    carry it, ``evidence`` the ids of the statements it rests on (empty for a reporter's
    frame with no statement of that speaker in its sentence) and ``target_mention`` where
    the target is named (None when the target was resolved from context).
    """

    id: str
    act: str
    speaker: str
    target: str | None
    issue: str | None
    span: Span
    trigger: Span
    evidence: tuple[str, ...]
    rule: str
    hedged: bool = False
    target_mention: Span | None = None
    against_issue: bool = False  # a demand to give something up: the speaker opposes the issue

    @property
    def polarity(self) -> str:
        return act_types()[self.act].polarity

    @property
    def intensity(self) -> float:
        return act_types()[self.act].intensity

    @property
    def issue_stance(self) -> str:
        """The stance the act shows toward its issue (``favor`` or ``against``)."""
        if self.against_issue:
            return "against"
        return act_types()[self.act].issue_stance

    @property
    def confidence(self) -> float:
        return rule_confidence(self.rule)

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    def to_dict(self) -> dict[str, Any]:
        """The SPEC act item, plus ``rule``, ``confidence`` and ``target_mention``."""
        return {
            "id": self.id, "speaker": self.speaker, "act": self.act, "target": self.target, "issue": self.issue,
            "polarity": self.polarity, "hedged": self.hedged, "intensity": self.intensity,
            "evidence": list(self.evidence), "start": self.span.start, "end": self.span.end,
            "trigger": self.trigger.to_dict(), "rule": self.rule, "confidence": self.confidence,
            "target_mention": None if self.target_mention is None else self.target_mention.to_dict(),
        }



@lru_cache(maxsize=None)
def rule_confidence(rule: str) -> float:
    """How often acts of this rule are right (``data/act_rules.tsv``, measured on annotated news)."""
    from .lexicons import act_rule_confidence

    return act_rule_confidence(rule.split(":")[0])


class Joined:
    """The statement (or act) ids of a merged act or stance, in order, each once: a list and a
    set, so that joining another's ids costs those ids (joining tuples cost every id so far each
    time, and one act or stance repeated through a long text holds thousands)."""

    __slots__ = ("items", "seen")

    def __init__(self, items: tuple[str, ...]) -> None:
        self.items, self.seen = list(items), set(items)

    def join(self, more: tuple[str, ...]) -> None:
        """Add the ids of ``more`` not there yet (as ``a + tuple(e for e in more if e not in a)`` does)."""
        new = [e for e in more if e not in self.seen]
        self.items += new
        self.seen.update(new)
