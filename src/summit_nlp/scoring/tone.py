"""Diplomatic tone of a statement: aggregations of its acts, and the hedging lexicon.

* ``cooperation_conflict`` — the mean intensity of the statement's acts (``data/act_types.tsv``:
  −6 threaten … +4 offer) divided by 10, the range of the Goldstein-style scale, so that it reads
  on the same −1 … +1 axis as the other dimensions (0 when the statement has no act).
* ``praise`` — praise against criticism, ``cooperation`` — offers against rejections: bipolar
  act rates ``(plus - minus) / (plus + minus + 1)`` in (−1, 1).
* ``warning`` (warn and threaten acts) and ``demand`` (demand acts): counts; per speaker, rates
  per 100 words.
* ``certainty`` — boosters against hedges of ``data/tone_lexicon.tsv`` (the hedging lexicon),
  bipolar as above; a negated booster is a hedge, ``would`` after a reporting verb is not.

Every score lists its evidence: for act dimensions each act's trigger (article offsets), its
type and id; for certainty each lexicon hit with the pattern that fired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from .acts import Act
from .lexicons import certainty_rows, word_class
from .matcher import PhraseMatcher, build_matcher

__all__ = ["ToneScore", "DIMENSIONS", "BIPOLAR", "UNIPOLAR", "MEAN", "score_tone", "score_acts", "ToneScorer",
           "make_tone_scorer"]

MEAN = ("cooperation_conflict",)
#: Intensities run from −10 to +10 (Goldstein 1992); the tone index divides by this.
INTENSITY_RANGE = 10.0
BIPOLAR = ("certainty", "praise", "cooperation")
UNIPOLAR = ("warning", "demand")
DIMENSIONS = MEAN + BIPOLAR + UNIPOLAR

#: Which act types count toward which act dimension, and with what pole.
ACT_POLES: Mapping[str, Mapping[str, int]] = {
    "praise": {"praise": 1, "criticize": -1},
    "cooperation": {"offer": 1, "reject": -1},
    "warning": {"warn": 1, "threaten": 1},
    "demand": {"demand": 1},
}

_WORDS = re.compile(r"\w+(?:[’']\w+)*")

#: "would" right after a reporting verb is the tense of reported speech ("said he would"), not a hedge.
_REPORTED_WOULD = re.compile(
    r"\b(?:said|says|say|told|tells|added|stated|announced|promised|insisted)\b(?:\s+[\w’']+){0,3}\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ToneScore:
    """One dimension's score for one statement, and what produced it."""

    score: float = 0.0
    evidence: tuple[Mapping[str, Any], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "evidence": [dict(e) for e in self.evidence]}


def _bipolar(plus: int, minus: int) -> float:
    return round((plus - minus) / (plus + minus + 1), 4)


def _act_evidence(act: Act, pole: int) -> dict[str, Any]:
    return {"text": act.trigger.text, "start": act.trigger.start, "end": act.trigger.end,
            "pole": "+" if pole > 0 else "-", "act": act.act, "act_id": act.id, "intensity": act.intensity}


_NO_HITS = ToneScore(_bipolar(0, 0), ())
#: What a dimension none of a statement's acts counts toward scores (every dimension of a statement with
#: no act): one shared score, not one per statement and dimension for the garbage collector to traverse.
_NOTHING = ToneScore()
_NO_ACTS: Mapping[str, ToneScore] = {d: _NOTHING for d in (*MEAN, "praise", "cooperation", *UNIPOLAR)}


def score_acts(acts: Iterable[Act]) -> dict[str, ToneScore]:
    """The act dimensions of one statement's acts."""
    acts = list(acts)
    if not acts:
        return dict(_NO_ACTS)
    out: dict[str, ToneScore] = {}
    out["cooperation_conflict"] = ToneScore(
        round(sum(a.intensity for a in acts) / len(acts) / INTENSITY_RANGE, 4) if acts else 0.0,
        tuple(_act_evidence(a, 1 if a.intensity > 0 else -1) for a in acts))
    for dim, poles in ACT_POLES.items():
        hits = [(a, poles[a.act]) for a in acts if a.act in poles]
        if not hits:
            out[dim] = _NOTHING  # float(0) for a count, _bipolar(0, 0) for a balance: 0.0 either way
            continue
        plus = sum(p > 0 for _, p in hits)
        minus = len(hits) - plus
        score = float(plus) if dim in UNIPOLAR else _bipolar(plus, minus)
        out[dim] = ToneScore(score, tuple(_act_evidence(a, p) for a, p in hits))
    return out


@dataclass(frozen=True)
class ToneScorer:
    """The compiled hedging lexicon: one :class:`PhraseMatcher` and each pattern's (pole, text)."""

    matcher: PhraseMatcher
    patterns: tuple[tuple[int, str], ...]
    negators: frozenset[str]

    def score(self, text: str, *, offset: int = 0,
              found: Iterable[tuple[int, int, int]] | None = None) -> ToneScore:
        """The ``certainty`` score of ``text`` (article offset ``offset``); matches do not overlap,
        left to right, the longest wins ("not clear" is one hedge, not a hedge plus a booster).
        ``found``, when given, is what ``self.matcher.find(text)`` returns, read from a scan of the
        article (:meth:`.act_context.ActContext.certainty_in`)."""
        hits: list[dict[str, Any]] = []
        taken = 0
        for start, end, idx in (self.matcher.find(text) if found is None else found):
            if start < taken:
                continue
            pole, pattern = self.patterns[idx]
            word = text[start:end]
            if word.lower() == "would" and _REPORTED_WOULD.search(text[max(0, start - 60):start]):
                continue
            taken = end
            neg = _is_negated(text, start, self.negators)
            hits.append({"text": word, "start": start + offset, "end": end + offset,
                         "pole": "-" if neg or pole < 0 else "+", "pattern": pattern, "negated": neg})
        if not hits:
            return _NO_HITS
        plus = sum(h["pole"] == "+" for h in hits)
        return ToneScore(_bipolar(plus, len(hits) - plus), tuple(hits))


def _is_negated(text: str, start: int, negators: frozenset[str]) -> bool:
    """Whether one of the three words before ``start`` is a negator (not, n't, never, no …)."""
    words = _WORDS.findall(text[max(0, start - 40):start].lower())[-3:]
    return any(w in negators or w.endswith(("n't", "n’t")) for w in words)


@lru_cache(maxsize=1)
def make_tone_scorer() -> ToneScorer:
    """The :class:`ToneScorer` built from the shipped hedging lexicon (compiled once per process)."""
    rows = certainty_rows()
    return ToneScorer(matcher=build_matcher([r[1] for r in rows]), patterns=rows,
                      negators=word_class("negator"))


#: The tone of a statement with no act and no hedge or booster, shared and read-only: most statements
#: are such, and one mapping per statement was a third of what scoring leaves for the garbage collector
#: to traverse on long inputs.
_QUIET: Mapping[str, ToneScore] = MappingProxyType({**_NO_ACTS, "certainty": _NO_HITS})


def score_tone(text: str, acts: Iterable[Act] = (), *, offset: int = 0,
               certainty: Iterable[tuple[int, int, int]] | None = None) -> Mapping[str, ToneScore]:
    """Every dimension for a statement's text and acts (``certainty``: the hedging lexicon's hits
    in ``text`` when already found, see :meth:`ToneScorer.score`)."""
    acts = tuple(acts)
    hedging = make_tone_scorer().score(text, offset=offset, found=certainty)
    if not acts and hedging is _NO_HITS:
        return _QUIET
    return {**score_acts(acts), "certainty": hedging}
