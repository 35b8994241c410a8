"""Diplomatic tone dimensions of a statement, from the patterns in ``data/tone_lexicon.tsv``.

Bipolar dimensions score ``(plus - minus) / (plus + minus + 1)`` in (-1, 1):
the ``+1`` keeps one word from producing a full ±1.  Unipolar dimensions
(``warning``, ``demand``) score the number of hits.  Every hit is returned as
evidence with its article offsets and the pattern that fired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Mapping

from .lexicons import stance_patterns, tone_patterns
from .matcher import PhraseMatcher, build_matcher

__all__ = ["ToneScore", "DIMENSIONS", "BIPOLAR", "UNIPOLAR", "score_tone", "ToneScorer", "make_tone_scorer"]

BIPOLAR = ("conciliatory", "certainty", "praise", "cooperation")
UNIPOLAR = ("warning", "demand")
DIMENSIONS = BIPOLAR + UNIPOLAR

_WORDS = re.compile(r"\w+(?:[’']\w+)*")

#: "would" right after a reporting verb is the tense of reported speech ("said he would"), not a hedge.
_REPORTED_WOULD = re.compile(
    r"\b(?:said|says|say|told|tells|added|stated|announced|promised|insisted)\b(?:\s+[\w’']+){0,3}\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ToneScore:
    """One dimension's score for one statement, and the hits that produced it."""

    score: float = 0.0
    evidence: tuple[Mapping[str, Any], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "evidence": [dict(e) for e in self.evidence]}


@dataclass(frozen=True)
class ToneScorer:
    """Compiled tone patterns: one :class:`PhraseMatcher` over all of them, and each pattern's
    (dimension, pole, pattern text) by index."""

    matcher: PhraseMatcher
    patterns: tuple[tuple[str, int, str], ...]
    negators: frozenset[str]

    def score(self, text: str, *, offset: int = 0) -> dict[str, ToneScore]:
        """Every dimension's :class:`ToneScore` for ``text`` (article offset ``offset``).

        Within a dimension, matches do not overlap: left to right, the longest
        wins ("not clear" is one hedge, not a hedge plus a booster).
        """
        hits: dict[str, list[dict[str, Any]]] = {d: [] for d in DIMENSIONS}
        taken: dict[str, int] = {}
        for start, end, idx in self.matcher.find(text):
            dim, pole, pattern = self.patterns[idx]
            if start < taken.get(dim, 0):
                continue
            taken[dim] = end
            hit = self._hit(text, start, end, dim, pole, pattern, offset)
            if hit is not None:
                hits[dim].append(hit)
        return {d: _dimension_score(d, h) for d, h in hits.items()}

    def _hit(
        self, text: str, start: int, end: int, dim: str, pole: int, pattern: str, offset: int
    ) -> dict[str, Any] | None:
        """One evidence record, or None when the hit does not count (negated warning, reported "would")."""
        word = text[start:end]
        negated = _is_negated(text, start, self.negators)
        if dim == "certainty" and word.lower() == "would" and _REPORTED_WOULD.search(text[max(0, start - 60):start]):
            return None
        if negated and dim in UNIPOLAR:
            return None
        if negated and dim == "certainty":
            pole = -1  # a negated booster ("not certain") hedges; a negated hedge is still a hedge
        elif negated:
            pole = -pole
        return {
            "text": word,
            "start": start + offset,
            "end": end + offset,
            "pole": "+" if pole > 0 else "-",
            "pattern": pattern,
            "negated": negated,
        }


def _is_negated(text: str, start: int, negators: frozenset[str]) -> bool:
    """Whether one of the three words before ``start`` is a negator (not, n't, never, no …)."""
    words = _WORDS.findall(text[max(0, start - 40):start].lower())[-3:]
    return any(w in negators or w.endswith(("n't", "n’t")) for w in words)


def _dimension_score(dim: str, hits: list[dict[str, Any]]) -> ToneScore:
    """Bipolar: (plus - minus) / (plus + minus + 1); unipolar: number of hits."""
    if dim in UNIPOLAR:
        return ToneScore(score=float(len(hits)), evidence=tuple(hits))
    plus = sum(h["pole"] == "+" for h in hits)
    minus = len(hits) - plus
    return ToneScore(score=round((plus - minus) / (plus + minus + 1), 4), evidence=tuple(hits))


@lru_cache(maxsize=1)
def make_tone_scorer() -> ToneScorer:
    """The :class:`ToneScorer` built from the shipped data files (compiled once per process)."""
    # longest first: at one position "not clear" (a hedge) is tried before "clear" (a booster)
    rows = tuple(sorted(((tp.dimension, tp.pole, tp.pattern) for tp in tone_patterns()),
                        key=lambda r: len(r[2]), reverse=True))
    matcher = build_matcher([r[2] for r in rows])
    negators = frozenset(p.pattern for p in stance_patterns() if p.family == "negator")
    return ToneScorer(matcher=matcher, patterns=rows, negators=negators)


def score_tone(text: str, *, offset: int = 0) -> dict[str, ToneScore]:
    """Tone scores of ``text`` with the shipped patterns; see :class:`ToneScorer`."""
    return make_tone_scorer().score(text, offset=offset)
