"""Scoring layer: acts, and the sentiment, tone and stances derived from them.

Every number can be traced to the words that produced it: each act carries its trigger,
span, evidence statements and the rule that fired; each tone score lists the acts or hedges
it aggregates; each stance the acts it was derived from.

>>> from summit_nlp.scoring import score_analysis          # doctest: +SKIP
>>> scored = score_analysis(extraction)                     # doctest: +SKIP
>>> scored.acts, scored.stances, scored.scores              # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..model import Statement
from .acts import ACT_TYPES, POLARITIES, Act, find_acts
from .sentiment import NEUTRAL, SentimentScore, make_analyzer, score_sentiment
from .speech import speech_mode
from .stance import Stance, stances_from_acts
from .tone import DIMENSIONS, ToneScore, score_tone

if TYPE_CHECKING:
    from ..model import Entity, Extraction
    from .sentiment import LexiconVader

__all__ = ["StatementScores", "Scored", "Act", "Stance", "score_statement", "score_analysis", "speech_mode",
           "DIMENSIONS", "ACT_TYPES", "POLARITIES"]


@dataclass(frozen=True, slots=True)
class StatementScores:
    """Sentiment and tone of one quote, piece of reported speech or speech sentence."""

    statement_id: str
    sentiment: SentimentScore = NEUTRAL
    tone: Mapping[str, ToneScore] = field(default_factory=dict)
    words: int = 0

    @property
    def hedged(self) -> bool:
        """Whether hedges outweigh boosters (negative certainty)."""
        cert = self.tone.get("certainty")
        return cert is not None and cert.score < 0

    def to_dict(self) -> dict[str, Any]:
        """``{"sentiment": {...}, "tone": {dimension: {"score", "evidence"}}}`` as merged into SPEC items."""
        return {
            "sentiment": self.sentiment.to_dict(),
            "tone": {d: self.tone.get(d, ToneScore()).to_dict() for d in DIMENSIONS},
        }


@dataclass(frozen=True)
class Scored:
    """What scoring adds to an extraction: per-statement scores, acts, stances, and the entities
    with every targeted party listed (SPEC: targets are keys of ``speakers``)."""

    scores: Mapping[str, StatementScores]
    acts: tuple[Act, ...]
    stances: tuple[Stance, ...]
    entities: tuple["Entity", ...]


def score_statement(st: Statement, acts: Iterable[Act] = (), *,
                    analyzer: LexiconVader | None = None, sentiment: SentimentScore | None = None,
                    certainty: Iterable[tuple[int, int, int]] | None = None) -> StatementScores:
    """Sentiment and tone of one statement's own words and acts (evidence offsets are article offsets);
    ``sentiment``, when given, is the statement's sentiment already scored, ``certainty`` its
    hedging-lexicon hits already found (:meth:`.tone.ToneScorer.score`)."""
    from .text import word_count

    text, offset = st.text, st.span.start
    if sentiment is None:
        sentiment = score_sentiment(text, offset=offset, analyzer=analyzer or make_analyzer())
    return StatementScores(
        statement_id=st.id,
        sentiment=sentiment,
        tone=score_tone(text, acts, offset=offset, certainty=certainty),
        words=word_count(text),
    )


def score_analysis(extraction: "Extraction") -> Scored:
    """Acts, stances and the scores of every statement (by id) of an extraction.

    In speech mode (``extraction.speaker`` set) the acts are read from every sentence.
    """
    vader = make_analyzer()
    statements = tuple(sorted(extraction.statements + extraction.speech, key=lambda s: (s.span.start, s.span.end)))
    sentiments = {st.id: score_sentiment(st.text, offset=st.span.start, analyzer=vader) for st in statements}
    found = find_acts(extraction, statements=statements, speaker=extraction.speaker, analyzer=vader,
                      sentiments=sentiments)
    by_statement: dict[str, list[Act]] = {}
    for act in found.acts:
        for sid in act.evidence:
            by_statement.setdefault(sid, []).append(act)
    scores = {st.id: score_statement(st, by_statement.get(st.id, ()), analyzer=vader, sentiment=sentiments[st.id],
                                     certainty=found.certainty.get(st.id))
              for st in statements}
    return Scored(scores, found.acts, stances_from_acts(found.acts), found.entities)
