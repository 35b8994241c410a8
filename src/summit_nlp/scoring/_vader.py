"""nltk's VADER over an in-memory lexicon: the classes behind :func:`.sentiment.make_analyzer`.

This module imports nltk; :mod:`.sentiment` imports it only when the first analyzer is built,
so that ``import summit_nlp`` does not import nltk.
"""

from __future__ import annotations

import re
import string
from typing import Mapping

from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

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
        """nltk's ``polarity_scores``, its rules unchanged and in the same order (so the same floats),
        in fewer calls: the tokens come from :func:`_words_and_emoticons` (nltk's tokens without its
        dict of every word times every punctuation mark), each token is lower-cased once, a word
        outside the lexicon gets its valence 0 directly, and the valence of a lexicon word is
        :meth:`_valence` (nltk's ``sentiment_valence`` with its booster and negation helpers inline)."""
        words = _words_and_emoticons(text)
        lows = [w.lower() for w in words]
        n = len(words)
        caps = sum(1 for w in words if w.isupper())
        is_cap_diff = 0 < n - caps < n  # nltk's allcap_differential
        first_index: dict[str, int] = {}
        for idx, token in enumerate(words):
            first_index.setdefault(token, idx)
        lexicon, boosters = self.lexicon, self.constants.BOOSTER_DICT
        sentiments: list[float] = []
        for item, low in zip(words, lows):
            if low not in lexicon:  # nltk's sentiment_valence appends 0 for such a word, booster or not
                sentiments.append(0)
                continue
            i = first_index[item]  # nltk reads the context of a word's first occurrence
            if (i < n - 1 and low == "kind" and lows[i + 1] == "of") or low in boosters:
                sentiments.append(0)
                continue
            sentiments.append(self._valence(words, lows, i, is_cap_diff))
        if "but" in lows:  # nltk's _but_check
            bi = lows.index("but")
            for sidx, sentiment in enumerate(sentiments):
                if sidx < bi:
                    sentiments[sidx] = sentiment * 0.5
                elif sidx > bi:
                    sentiments[sidx] = sentiment * 1.5
        return self.score_valence(sentiments, text)

    def _valence(self, words: list[str], lows: list[str], i: int, is_cap_diff: bool) -> float:
        """nltk's ``sentiment_valence`` of the lexicon word ``words[i]``, with ``scalar_inc_dec``,
        ``_never_check`` and ``negated`` (of one word) written out; ``lows`` are the words lower-cased."""
        c = self.constants
        lexicon, boosters = self.lexicon, c.BOOSTER_DICT
        valence = lexicon[lows[i]]
        if words[i].isupper() and is_cap_diff:
            if valence > 0:
                valence += c.C_INCR
            else:
                valence -= c.C_INCR
        for start_i in range(0, 3):
            j = i - (start_i + 1)
            if i > start_i and lows[j] not in lexicon:
                s = 0.0  # scalar_inc_dec of the word before
                if lows[j] in boosters:
                    s = boosters[lows[j]]
                    if valence < 0:
                        s *= -1
                    if words[j].isupper() and is_cap_diff:
                        if valence > 0:
                            s += c.C_INCR
                        else:
                            s -= c.C_INCR
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                # _never_check: "never so/this" is case-sensitive in nltk, the negation test is not
                if start_i == 0:
                    if _negated(lows[i - 1]):
                        valence = valence * c.N_SCALAR
                elif start_i == 1:
                    if words[i - 2] == "never" and (words[i - 1] == "so" or words[i - 1] == "this"):
                        valence = valence * 1.5
                    elif _negated(lows[j]):
                        valence = valence * c.N_SCALAR
                else:
                    if words[i - 3] == "never" and (words[i - 2] == "so" or words[i - 2] == "this") \
                            or (words[i - 1] == "so" or words[i - 1] == "this"):
                        valence = valence * 1.25
                    elif _negated(lows[j]):
                        valence = valence * c.N_SCALAR
                    valence = self._idioms_check(valence, words, i)
        return self._least_check(valence, words, i)


_NEGATE = frozenset(VaderConstants.NEGATE)


def _negated(low: str) -> bool:
    """nltk's ``VaderConstants.negated([word])`` of one lower-cased word (no pair to test for "least")."""
    return low in _NEGATE or "n't" in low


_PUNCTUATION = frozenset(string.punctuation)
#: nltk's ``REGEX_REMOVE_PUNCTUATION``: the characters its punctuation-free words never hold.
_HAS_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")
#: nltk's ``PUNC_LIST``, as a set.
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


def _words_and_emoticons(text: str) -> list[str]:
    """nltk's ``SentiText`` tokens of ``text``: whitespace-separated, longer than one character, a
    token opened or closed by punctuation mapped by :func:`_unpunctuated`."""
    wes = [we for we in text.split() if len(we) > 1]
    for i, we in enumerate(wes):
        if we[0] in _PUNCTUATION or we[-1] in _PUNCTUATION:
            word = _unpunctuated(we, _PUNC_LIST)
            if word is not None:
                wes[i] = word
    return wes
