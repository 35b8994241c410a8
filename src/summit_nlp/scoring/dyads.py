"""Dyads: the acts of one speaker toward one target, summed (who was cooperative or conflictual toward whom)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .acts import Act

__all__ = ["Dyad", "dyads"]


@dataclass(frozen=True, slots=True)
class Dyad:
    """A directed pair (speaker → target) and the acts between them."""

    speaker: str
    target: str
    acts: tuple[Act, ...]

    @property
    def n_acts(self) -> int:
        return len(self.acts)

    @property
    def mean_intensity(self) -> float:
        """The cooperation–conflict index of the pair: the mean intensity of its acts."""
        return round(sum(a.intensity for a in self.acts) / len(self.acts), 4) if self.acts else 0.0

    @property
    def cooperative(self) -> int:
        return sum(a.polarity == "cooperative" for a in self.acts)

    @property
    def conflictual(self) -> int:
        return sum(a.polarity == "conflictual" for a in self.acts)

    @property
    def polarity(self) -> str:
        """``cooperative`` or ``conflictual``, by the sign of the mean intensity."""
        return "cooperative" if self.mean_intensity > 0 else "conflictual"

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "target": self.target, "n_acts": self.n_acts,
                "mean_intensity": self.mean_intensity, "cooperative": self.cooperative,
                "conflictual": self.conflictual, "acts": [a.id for a in self.acts],
                "evidence": list(dict.fromkeys(e for a in self.acts for e in a.evidence))}


def dyads(acts: Iterable[Act]) -> tuple[Dyad, ...]:
    """One :class:`Dyad` per (speaker, target) of the acts that have a target, in order of first act."""
    pairs: dict[tuple[str, str], list[Act]] = {}
    for a in acts:
        if a.target is not None:
            pairs.setdefault((a.speaker, a.target), []).append(a)
    return tuple(Dyad(s, t, tuple(v)) for (s, t), v in pairs.items())
