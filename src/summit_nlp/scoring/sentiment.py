"""Sentiment with nltk's VADER, its lexicon read from the ``vaderSentiment`` wheel plus our supplement.

nltk's ``SentimentIntensityAnalyzer`` loads its lexicon through ``nltk.data``,
which (nltk ≥ 3.10) refuses paths outside the nltk data path.  We therefore
build the analyzer from an in-memory lexicon: :class:`LexiconVader` skips the
loader and keeps every scoring rule of nltk's VADER unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Mapping

from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

from .lexicons import combined_lexicon, supplement_lexicon, vader_lexicon
from .text import has_words, tokens

#: Quotation marks glued to words hide them from VADER's lexicon look-up ("“constructive”").
_MARKS = re.compile(r"[“”„‟«»\"‚‛]|(?<!\w)[‘’']|[‘’'](?!\w)")

__all__ = ["LexiconVader", "SentimentScore", "make_analyzer", "score_sentiment", "label_of", "NEUTRAL"]

#: VADER's recommended thresholds on the compound score.
POSITIVE_AT = 0.05
NEGATIVE_AT = -0.05


class LexiconVader(SentimentIntensityAnalyzer):
    """nltk's VADER with a lexicon given as a mapping instead of an nltk resource path."""

    def __init__(self, *, lexicon: Mapping[str, float]) -> None:  # noqa: D107 - no super(): it would call nltk.data.load
        self.lexicon_file = ""
        self.lexicon = dict(lexicon)
        self.constants = VaderConstants()

    def make_lex_dict(self) -> dict[str, float]:
        """The lexicon (nltk's version parses ``lexicon_file``; ours is already a dict)."""
        return dict(self.lexicon)


@lru_cache(maxsize=2)
def make_analyzer(*, supplement: bool = True) -> LexiconVader:
    """A VADER analyzer over VADER's lexicon, with (default) or without our diplomatic supplement.

    Cached: building the 7,500-word dict once per process keeps scoring cheap.
    The analyzer is only read from after construction.
    """
    return LexiconVader(lexicon=combined_lexicon() if supplement else vader_lexicon())


@dataclass(frozen=True, slots=True)
class SentimentScore:
    """VADER scores of one text, with the lexicon words that produced them.

    ``evidence`` items are ``{"text", "start", "end", "valence", "source"}`` with
    article offsets; ``source`` is ``vader`` or ``supplement``.
    """

    compound: float = 0.0
    pos: float = 0.0
    neu: float = 0.0
    neg: float = 0.0
    label: str = "neutral"
    evidence: tuple[Mapping[str, Any], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "compound": self.compound,
            "pos": self.pos,
            "neu": self.neu,
            "neg": self.neg,
            "label": self.label,
            "evidence": [dict(e) for e in self.evidence],
        }


NEUTRAL = SentimentScore()


def label_of(compound: float) -> str:
    """``positive`` / ``negative`` / ``neutral`` by VADER's ±0.05 thresholds."""
    if compound >= POSITIVE_AT:
        return "positive"
    if compound <= NEGATIVE_AT:
        return "negative"
    return "neutral"


def _lexicon_evidence(text: str, offset: int, analyzer: LexiconVader) -> tuple[dict[str, Any], ...]:
    """The words of ``text`` found in the analyzer's lexicon, with valence and source."""
    lex = analyzer.lexicon
    extra = supplement_lexicon()
    out = []
    for tok in tokens(text, offset):
        key = tok.lower
        if key in lex and lex[key] != 0:
            source = "supplement" if extra.get(key) == lex[key] else "vader"
            out.append({"text": tok.text, "start": tok.start, "end": tok.end, "valence": lex[key], "source": source})
    return tuple(out)


def score_sentiment(text: str, *, offset: int = 0, analyzer: LexiconVader | None = None) -> SentimentScore:
    """VADER scores of ``text``; ``offset`` (the text's article offset) is added to evidence offsets.

    Text with no words scores neutral with no evidence.  A text none of whose
    words is in the lexicon also scores neutral (VADER gives 0 for it).
    """
    if not has_words(text):
        return NEUTRAL
    vader = analyzer or make_analyzer()
    scores = vader.polarity_scores(_MARKS.sub(" ", text))
    evidence = _lexicon_evidence(text, offset, vader)
    compound = round(float(scores["compound"]), 4)
    return SentimentScore(
        compound=compound,
        pos=round(float(scores["pos"]), 4),
        neu=round(float(scores["neu"]), 4),
        neg=round(float(scores["neg"]), 4),
        label=label_of(compound) if evidence else "neutral",
        evidence=evidence,
    )
