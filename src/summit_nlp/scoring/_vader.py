"""nltk's VADER over an in-memory lexicon: the classes behind :func:`.sentiment.make_analyzer`.

This module imports nltk; :mod:`.sentiment` imports it only when the first analyzer is built,
so that ``import summit_nlp`` does not import nltk.
"""

from __future__ import annotations

import string
from typing import Mapping

from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText, VaderConstants

__all__ = ["LexiconVader"]


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
        times every punctuation mark, which was most of the cost of scoring) and that a word
        outside the lexicon gets its valence 0 here instead of through ``sentiment_valence``."""
        sentitext = _FastSentiText(text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION)
        sentiments: list[float] = []
        words_and_emoticons = sentitext.words_and_emoticons
        first_index: dict[str, int] = {}
        for idx, token in enumerate(words_and_emoticons):
            first_index.setdefault(token, idx)
        lexicon, boosters = self.lexicon, self.constants.BOOSTER_DICT
        for item in words_and_emoticons:
            valence = 0
            low = item.lower()
            if low not in lexicon:  # nltk's sentiment_valence appends 0 for such a word, booster or not
                sentiments.append(valence)
                continue
            i = first_index[item]
            if (
                i < len(words_and_emoticons) - 1
                and low == "kind"
                and words_and_emoticons[i + 1].lower() == "of"
            ) or low in boosters:
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


_PUNCTUATION = frozenset(string.punctuation)


class _FastSentiText(SentiText):
    """nltk's ``SentiText`` with the punctuation map of :class:`_PunctuatedWords`."""

    def _words_plus_punc(self) -> _PunctuatedWords:  # type: ignore[override]
        return _PunctuatedWords(self.text, self.PUNC_LIST, self.REGEX_REMOVE_PUNCTUATION)

    def _words_and_emoticons(self) -> list[str]:
        """nltk's tokens: a token only changes when punctuation opens or closes it (the map is
        built, once, only then)."""
        wes = [we for we in self.text.split() if len(we) > 1]
        words: _PunctuatedWords | None = None
        for i, we in enumerate(wes):
            if we[0] in _PUNCTUATION or we[-1] in _PUNCTUATION:
                if words is None:
                    words = self._words_plus_punc()
                word = words._word(we)
                if word is not None:
                    wes[i] = word
        return wes
