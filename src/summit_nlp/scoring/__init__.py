"""Scoring layer: sentiment, stance and diplomatic tone per statement and per speaker.

Every number can be traced to the words that produced it: each score carries
evidence spans (article offsets inside the statement) and each stance the ids
of the statements it was read from and the rule that fired.

>>> from summit_nlp.scoring import score_analysis          # doctest: +SKIP
>>> scores, stances = score_analysis(analysis)              # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from ..model import Statement
from .sentiment import NEUTRAL, LexiconVader, SentimentScore, make_analyzer, score_sentiment
from .stance import Stance, find_stances
from .tone import DIMENSIONS, ToneScore, ToneScorer, make_tone_scorer

if TYPE_CHECKING:
    from ..model import Extraction

__all__ = ["StatementScores", "Stance", "score_statement", "score_analysis", "DIMENSIONS"]


@dataclass(frozen=True, slots=True)
class StatementScores:
    """Sentiment and tone of one quote or piece of reported speech."""

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


def score_statement(
    st: Statement, *, analyzer: LexiconVader | None = None, tone_scorer: ToneScorer | None = None
) -> StatementScores:
    """Sentiment and tone of one statement's own words (evidence offsets are article offsets)."""
    from .text import word_count

    vader = analyzer or make_analyzer()
    scorer = tone_scorer or make_tone_scorer()
    text, offset = st.text, st.span.start
    return StatementScores(
        statement_id=st.id,
        sentiment=score_sentiment(text, offset=offset, analyzer=vader),
        tone=scorer.score(text, offset=offset),
        words=word_count(text),
    )


def score_analysis(analysis: "Extraction") -> tuple[dict[str, StatementScores], tuple[Stance, ...]]:
    """Scores of every statement (by id) and the stance triples of the article."""
    vader = make_analyzer()
    scorer = make_tone_scorer()
    scores = {st.id: score_statement(st, analyzer=vader, tone_scorer=scorer) for st in analysis.statements}
    hedged = frozenset(sid for sid, s in scores.items() if s.hedged)
    return scores, find_stances(analysis, analyzer=vader, hedged_ids=hedged)
