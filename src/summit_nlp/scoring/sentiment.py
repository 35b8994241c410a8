"""Sentiment with nltk's VADER, its lexicon read from the ``vaderSentiment`` wheel plus our supplement.

nltk's ``SentimentIntensityAnalyzer`` loads its lexicon through ``nltk.data``,
which (nltk ≥ 3.10) refuses paths outside the nltk data path.  We therefore
build the analyzer from an in-memory lexicon: :class:`LexiconVader` skips the
loader and keeps every scoring rule of nltk's VADER unchanged.  nltk is imported when the
first analyzer is built (:func:`make_analyzer`), not when the package is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Mapping

from .lexicons import combined_lexicon, supplement_lexicon, vader_lexicon
from .text import has_words, token_pattern

if TYPE_CHECKING:  # nltk is imported when the first analyzer is built (make_analyzer), not with the package
    from ._vader import LexiconVader

#: Quotation marks glued to words hide them from VADER's lexicon look-up ("“constructive”").
_MARKS = re.compile(r"[“”„‟«»\"‚‛]|(?<!\w)[‘’']|[‘’'](?!\w)")

__all__ = ["LexiconVader", "SentimentScore", "make_analyzer", "score_sentiment", "label_of", "NEUTRAL"]

#: VADER's recommended thresholds on the compound score.
POSITIVE_AT = 0.05
NEGATIVE_AT = -0.05


@lru_cache(maxsize=2)
def make_analyzer(*, supplement: bool = True) -> LexiconVader:
    """A VADER analyzer over VADER's lexicon, with (default) or without our diplomatic supplement.

    Cached: building the 7,500-word dict once per process keeps scoring cheap.
    The analyzer is only read from after construction.
    """
    from ._vader import LexiconVader

    return LexiconVader(lexicon=combined_lexicon() if supplement else vader_lexicon())


def __getattr__(name: str) -> Any:
    """``LexiconVader`` is importable from here; it is built from nltk's classes on first use."""
    if name == "LexiconVader":
        from ._vader import LexiconVader

        return LexiconVader
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
#: VADER's scores of a text none of whose words is in its lexicon: all words neutral.
NO_LEXICON_WORD = SentimentScore(neu=1.0)
#: Characters an emoticon needs (``:)``, ``<3``, ``^_^``): text holding one is always scored by VADER.
_EMOTICON_CHARS = re.compile(r"[:;<>^=*\\|/()\[\]{}~]")


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
    for m in token_pattern(text).finditer(text):  # the tokens of text.tokens, without building Token objects
        key = m.group().lower()
        value = lex.get(key)
        if value:
            source = "supplement" if extra.get(key) == value else "vader"
            out.append({"text": m.group(), "start": m.start() + offset, "end": m.end() + offset, "valence": value,
                        "source": source})
    return tuple(out)


def score_sentiment(text: str, *, offset: int = 0, analyzer: LexiconVader | None = None) -> SentimentScore:
    """VADER scores of ``text``; ``offset`` (the text's article offset) is added to evidence offsets.

    Text with no words scores neutral with no evidence.  A text none of whose
    words is in the lexicon also scores neutral (VADER gives 0 for it).
    """
    if not has_words(text):
        return NEUTRAL
    vader = analyzer or make_analyzer()
    evidence = _lexicon_evidence(text, offset, vader)
    if not evidence and not _EMOTICON_CHARS.search(text):
        return NO_LEXICON_WORD  # what VADER gives a text with no lexicon word (no emoticon either)
    scores = vader.polarity_scores(_MARKS.sub(" ", text))
    compound = round(float(scores["compound"]), 4)
    return SentimentScore(
        compound=compound,
        pos=round(float(scores["pos"]), 4),
        neu=round(float(scores["neu"]), 4),
        neg=round(float(scores["neg"]), 4),
        label=label_of(compound) if evidence else "neutral",
        evidence=evidence,
    )
