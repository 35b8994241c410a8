"""nltk's VADER over an in-memory lexicon: the classes behind :func:`.sentiment.make_analyzer`.

This module imports nltk; :mod:`.sentiment` imports it only when the first analyzer is built,
so that ``import summit_nlp`` does not import nltk.
"""

from __future__ import annotations

import re
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


_PUNCTUATION = frozenset(string.punctuation)
#: nltk's ``REGEX_REMOVE_PUNCTUATION``: the characters its punctuation-free words never hold.
_HAS_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")
#: nltk's ``PUNC_LIST`` (what :class:`LexiconVader` always passes to :class:`_FastSentiText`), as a set.
_PUNC_LIST = frozenset(VaderConstants.PUNC_LIST)


def _unpunctuated(token: str, punc: frozenset[str]) -> str | None:
    """The word nltk's ``SentiText._words_plus_punc`` maps ``token`` to (``"cat,"`` -> ``"cat"``), or None.

    nltk builds a dict of every word of the text (punctuation removed, longer than one character)
    times every mark of ``PUNC_LIST``, before and after.  A token is a key of it exactly when
    stripping its trailing (or leading) punctuation leaves a mark of the list and a word with no
    punctuation of its own longer than one character: that word is then one of the text's words
    (the token itself without its punctuation), so no set of them is needed.  nltk fills
    "before" first and "after" second, so "after" wins a tie.
    """
    word = token.rstrip(string.punctuation)
    if word != token and token[len(word):] in punc and len(word) > 1 and not _HAS_PUNCTUATION.search(word):
        return word
    word = token.lstrip(string.punctuation)
    if word != token and token[: len(token) - len(word)] in punc and len(word) > 1 \
            and not _HAS_PUNCTUATION.search(word):
        return word
    return None


class _FastSentiText(SentiText):
    """nltk's ``SentiText`` with the punctuation map of :func:`_unpunctuated`."""

    def _words_and_emoticons(self) -> list[str]:
        """nltk's tokens: a token only changes when punctuation opens or closes it."""
        wes = [we for we in self.text.split() if len(we) > 1]
        punc = _PUNC_LIST if self.PUNC_LIST is VaderConstants.PUNC_LIST else frozenset(self.PUNC_LIST)
        for i, we in enumerate(wes):
            if we[0] in _PUNCTUATION or we[-1] in _PUNCTUATION:
                word = _unpunctuated(we, punc)
                if word is not None:
                    wes[i] = word
        return wes
