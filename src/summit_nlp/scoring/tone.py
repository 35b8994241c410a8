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

from .lexicons import pattern_regex, stance_patterns, tone_patterns
from .text import tokens

__all__ = ["ToneScore", "DIMENSIONS", "BIPOLAR", "UNIPOLAR", "score_tone", "ToneScorer", "make_tone_scorer"]

BIPOLAR = ("conciliatory", "certainty", "praise", "cooperation")
UNIPOLAR = ("warning", "demand")
DIMENSIONS = BIPOLAR + UNIPOLAR

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
    """Compiled tone patterns: per dimension and pole, one regex with a named group per pattern."""

    regexes: tuple[tuple[str, int, re.Pattern[str], tuple[str, ...]], ...]
    negators: frozenset[str]

    def score(self, text: str, *, offset: int = 0) -> dict[str, ToneScore]:
        """Every dimension's :class:`ToneScore` for ``text`` (article offset ``offset``)."""
        hits: dict[str, list[dict[str, Any]]] = {d: [] for d in DIMENSIONS}
        for dim, pole, rx, pats in self.regexes:
            for m in rx.finditer(text):
                hit = self._hit(text, m, dim, pole, pats, offset)
                if hit is not None:
                    hits[dim].append(hit)
        return {d: _dimension_score(d, sorted(h, key=lambda e: e["start"])) for d, h in hits.items()}

    def _hit(
        self, text: str, m: re.Match[str], dim: str, pole: int, pats: tuple[str, ...], offset: int
    ) -> dict[str, Any] | None:
        """One evidence record, or None when the hit does not count (negated warning, reported "would")."""
        start, end = m.span()
        pattern = pats[int(m.lastgroup[1:])]  # type: ignore[index]
        negated = _is_negated(text, start, self.negators)
        if dim == "certainty" and m.group().lower() == "would" and _REPORTED_WOULD.search(text[max(0, start - 60):start]):
            return None
        if negated and dim in UNIPOLAR:
            return None
        if negated and dim == "certainty":
            pole = -1  # a negated booster ("not certain") hedges; a negated hedge is still a hedge
        elif negated:
            pole = -pole
        return {
            "text": m.group(),
            "start": start + offset,
            "end": end + offset,
            "pole": "+" if pole > 0 else "-",
            "pattern": pattern,
            "negated": negated,
        }


def _is_negated(text: str, start: int, negators: frozenset[str]) -> bool:
    """Whether one of the three words before ``start`` is a negator (not, n't, never, no …)."""
    words = [t.lower for t in tokens(text[max(0, start - 40):start]) if t.is_word][-3:]
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
    groups: dict[tuple[str, int], list[str]] = {}
    for tp in tone_patterns():
        groups.setdefault((tp.dimension, tp.pole), []).append(tp.pattern)
    regexes = []
    for (dim, pole), pats in groups.items():
        ordered = tuple(sorted(pats, key=len, reverse=True))  # longest first: "a little" before "little"
        src = "|".join(f"(?P<p{i}>{pattern_regex(p)})" for i, p in enumerate(ordered))
        regexes.append((dim, pole, re.compile(src, re.IGNORECASE), ordered))
    negators = frozenset(p.pattern for p in stance_patterns() if p.family == "negator")
    return ToneScorer(regexes=tuple(regexes), negators=negators)


def score_tone(text: str, *, offset: int = 0) -> dict[str, ToneScore]:
    """Tone scores of ``text`` with the shipped patterns; see :class:`ToneScorer`."""
    return make_tone_scorer().score(text, offset=offset)
