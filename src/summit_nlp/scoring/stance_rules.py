"""Stance triples and the compiled trigger patterns of ``data/stance_patterns.tsv``.

The rule families these patterns drive are explained in :mod:`summit_nlp.scoring.stance`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from ..model import Span
from .lexicons import pattern_regex, stance_patterns
from .matcher import PhraseMatcher, build_matcher

FAVOR, AGAINST, NEUTRAL = "favor", "against", "neutral"
_WINDOW_FAMILIES = ("call_on", "call_for", "praise", "reject", "deny", "warn_against", "condemn", "outcome",
                    "describe_as", "neutral", "intend", "refuse_modal", "demand_modal", "contribute", "sponsor")


@dataclass(frozen=True, slots=True)
class Stance:
    """One stance triple with its evidence (statement ids) and the rule that produced it.

    ``trigger`` is where in the article the rule fired (a cue like ``called
    for`` may lie just outside the quote it frames).
    """

    speaker: str
    target: str
    stance: str
    hedged: bool = False
    evidence: tuple[str, ...] = ()
    rule: str = ""
    trigger: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The SPEC stance item, plus ``rule`` and ``trigger``."""
        return {
            "speaker": self.speaker,
            "target": self.target,
            "stance": self.stance,
            "hedged": self.hedged,
            "evidence": list(self.evidence),
            "rule": self.rule,
            "trigger": None if self.trigger is None else self.trigger.to_dict(),
        }


@dataclass(frozen=True)
class StanceRules:
    """Compiled trigger patterns (from ``data/stance_patterns.tsv``).

    ``triggers`` finds every window-family pattern, longest first at each
    position so that ``called for`` is tried before ``called``; ``groups`` maps
    a pattern index to its (family, value).
    """

    triggers: PhraseMatcher
    groups: tuple[tuple[str, str], ...]
    invitations: tuple[re.Pattern[str], ...]
    accept: tuple[tuple[str, re.Pattern[str]], ...]

    def matches(self, text: str, families: tuple[str, ...] = _WINDOW_FAMILIES) -> Iterator[tuple[int, int, str, str]]:
        """Every trigger in ``text`` of one of ``families``: (start, end, family, value), by start, longest first."""
        for start, end, idx in self.triggers.find(text):
            family, value = self.groups[idx]
            if family in families:
                yield start, end, family, value


@lru_cache(maxsize=1)
def make_stance_rules() -> StanceRules:
    """Compile the shipped stance patterns once per process."""
    rows = sorted((p for p in stance_patterns() if p.family in _WINDOW_FAMILIES), key=lambda p: len(p.pattern),
                  reverse=True)
    triggers = build_matcher([p.pattern for p in rows])
    invitations = tuple(re.compile(pattern_regex(p.pattern), re.IGNORECASE)
                        for p in stance_patterns() if p.family == "invitation")
    accept = tuple((p.value, re.compile(pattern_regex(p.pattern), re.IGNORECASE))
                   for p in stance_patterns() if p.family == "accept")
    return StanceRules(triggers=triggers, groups=tuple((p.family, p.value) for p in rows), invitations=invitations,
                       accept=accept)
