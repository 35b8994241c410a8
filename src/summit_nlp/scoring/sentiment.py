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

import string

from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText, VaderConstants

from .lexicons import combined_lexicon, supplement_lexicon, vader_lexicon
from .text import has_words, token_pattern

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

    def polarity_scores(self, text: str) -> dict[str, float]:
        """nltk's ``polarity_scores`` unchanged, except that the text is tokenised by
        :class:`_FastSentiText` (same tokens; nltk's version builds a dict of every word
        times every punctuation mark, which was most of the cost of scoring)."""
        sentitext = _FastSentiText(text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION)
        sentiments: list[float] = []
        words_and_emoticons = sentitext.words_and_emoticons
        first_index: dict[str, int] = {}
        for idx, token in enumerate(words_and_emoticons):
            first_index.setdefault(token, idx)
        for item in words_and_emoticons:
            valence = 0
            i = first_index[item]
            if (
                i < len(words_and_emoticons) - 1
                and item.lower() == "kind"
                and words_and_emoticons[i + 1].lower() == "of"
            ) or item.lower() in self.constants.BOOSTER_DICT:
                sentiments.append(valence)
                continue
            sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)


class _PunctuatedWords:
    """What nltk's ``SentiText._words_plus_punc`` returns (``{"cat,": "cat", ",cat": "cat", …}``),
    computed per look-up instead of built for every word and punctuation mark."""

    def __init__(self, text: str, punc_list: list[str], regex_remove_punctuation: re.Pattern[str]) -> None:
        self._words = {w for w in regex_remove_punctuation.sub("", text).split() if len(w) > 1}
        self._punc = frozenset(punc_list)

    def _word(self, token: str) -> str | None:
        # nltk fills "punctuation before" first and then "after", so "after" wins a tie.
        word = token.rstrip(string.punctuation)
        if word != token and token[len(word):] in self._punc and word in self._words:
            return word
        word = token.lstrip(string.punctuation)
        if word != token and token[: len(token) - len(word)] in self._punc and word in self._words:
            return word
        return None

    def __contains__(self, token: object) -> bool:
        return isinstance(token, str) and self._word(token) is not None

    def __getitem__(self, token: str) -> str:
        word = self._word(token)
        if word is None:
            raise KeyError(token)
        return word


class _FastSentiText(SentiText):
    """nltk's ``SentiText`` with the punctuation map of :class:`_PunctuatedWords`."""

    def _words_plus_punc(self) -> _PunctuatedWords:  # type: ignore[override]
        return _PunctuatedWords(self.text, self.PUNC_LIST, self.REGEX_REMOVE_PUNCTUATION)


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
