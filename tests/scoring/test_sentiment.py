"""VADER from the vaderSentiment wheel, without nltk data, and our diplomatic supplement."""

from __future__ import annotations

import subprocess
import sys

import nltk
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants
import pytest

from summit_nlp.scoring.lexicons import supplement_lexicon, vader_lexicon
from summit_nlp.scoring.sentiment import LexiconVader, make_analyzer, score_sentiment


def test_vader_lexicon_read_from_installed_wheel() -> None:
    lex = vader_lexicon()
    assert len(lex) > 7000
    assert lex["good"] == pytest.approx(1.9) and lex["war"] == pytest.approx(-2.9)


def test_analyzer_is_nltk_vader_and_leaves_nltk_data_path_alone() -> None:
    before = list(nltk.data.path)
    vader = make_analyzer(supplement=False)
    assert isinstance(vader, nltk.sentiment.vader.SentimentIntensityAnalyzer)
    assert nltk.data.path == before
    # nltk's own scoring rules still apply: negation flips a positive word
    assert vader.polarity_scores("This is good")["compound"] > 0
    assert vader.polarity_scores("This is not good")["compound"] < 0


def test_plain_vader_pins_known_values() -> None:
    vader = make_analyzer(supplement=False)
    assert vader.polarity_scores("peace")["compound"] == pytest.approx(0.5423, abs=1e-4)
    assert vader.polarity_scores("intrigues")["compound"] > 0  # VADER's own reading, which we correct


@pytest.mark.parametrize(
    ("text", "plain_sign", "ours_sign"),
    [
        ("behind-the-scenes intrigues", 1, -1),
        ("in a constructive manner", 0, 1),
        ("a new ultimatum", 0, -1),
        ("further escalation", 0, -1),
        ("an open dialogue", 0, 1),
        ("attempts to disrupt the emerging progress through provocation or behind-the-scenes intrigues.", 1, -1),
    ],
)
def test_supplement_changes_the_right_cases(text: str, plain_sign: int, ours_sign: int) -> None:
    def sign(x: float) -> int:
        return 0 if abs(x) < 0.05 else (1 if x > 0 else -1)

    assert sign(score_sentiment(text, analyzer=make_analyzer(supplement=False)).compound) == plain_sign
    assert sign(score_sentiment(text).compound) == ours_sign


def test_supplement_leaves_unrelated_text_unchanged() -> None:
    text = "The weather was lovely and the food was terrible."
    assert score_sentiment(text).compound == score_sentiment(text, analyzer=make_analyzer(supplement=False)).compound


def test_supplement_words_are_documented_single_tokens() -> None:
    assert {"constructive", "provocation", "escalation", "ultimatum", "dialogue", "sanctions", "intrigues"} <= set(
        supplement_lexicon()
    )
    assert all(" " not in w and w == w.lower() for w in supplement_lexicon())


def test_evidence_has_article_offsets_and_sources() -> None:
    text = "We hope for peace and no provocation."
    s = score_sentiment(text, offset=100)
    words = {e["text"]: e for e in s.evidence}
    assert words["peace"]["start"] == 100 + text.index("peace")
    assert words["peace"]["source"] == "vader" and words["provocation"]["source"] == "supplement"


def test_quote_marks_do_not_hide_words() -> None:
    assert score_sentiment("as “constructive”").compound > 0


@pytest.mark.parametrize("text", ["", "   ", "…!?", "— — —", "Мы надеемся на скорейшее урегулирование", "这是中文"])
def test_bad_input_scores_neutral_without_evidence(text: str) -> None:
    s = score_sentiment(text)
    assert s.label == "neutral" and s.evidence == () and s.compound == 0.0


def test_lexicon_vader_takes_a_mapping() -> None:
    vader = LexiconVader(lexicon={"splendid": 3.0})
    assert vader.polarity_scores("splendid")["compound"] > 0
    assert vader.polarity_scores("good")["compound"] == 0


def _stock_nltk(lexicon) -> SentimentIntensityAnalyzer:
    """nltk's own analyzer and tokenisation over the same lexicon (its loader bypassed)."""
    stock = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    stock.lexicon = dict(lexicon)
    stock.constants = VaderConstants()
    return stock


@pytest.mark.parametrize(
    "text",
    [
        "Good!!! The talks were GREAT, but the food was bad :( and not nice...",
        "“We hope that the understanding we have reached will… pave the way for peace in Ukraine,”",
        "'Kind of' good?!? -- I don't think it's bad; it's not that great, isn't it!",
        "ceasefire, ceasefire. provocation? NO WAY!! sort of okay :) lol",
        "",
        "!!!",
    ],
)
def test_fast_tokenisation_scores_exactly_like_nltk(text: str) -> None:
    ours = make_analyzer()
    assert ours.polarity_scores(text) == _stock_nltk(ours.lexicon).polarity_scores(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["good", "bad", "not", "peace", "war", "BUT", "kind", "of", " ", "!", "?", ".", ",",
                                 ":", ";", "'", '"', "-", "(", ")", "a", "GREAT", "don't", "U.S", "“", "!?", "--",
                                 "x"]), max_size=30).map("".join))
def test_fast_tokenisation_matches_nltk_on_random_text(text: str) -> None:
    ours = make_analyzer()
    assert ours.polarity_scores(text) == _stock_nltk(ours.lexicon).polarity_scores(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["good", "bad", "GOOD", "not", "isn't", "never", "so", "this", "least", "at", "very",
                                 "extremely", "kind", "of", "sort", "but", "the", "bomb", "yeah", "right", "peace",
                                 "war", "no", "without", "WAR", "hardly", "!", "?", "good,", "(bad)"]),
                max_size=25).map(" ".join))
def test_valence_rules_match_nltk_on_random_word_sequences(text: str) -> None:
    # boosters, negations ("never so", "at least"), idioms, capitals and "but": each rule of nltk's
    # sentiment_valence, which LexiconVader writes out inline
    ours = make_analyzer()
    assert ours.polarity_scores(text) == _stock_nltk(ours.lexicon).polarity_scores(text)


def test_importing_the_package_does_not_import_nltk() -> None:
    code = ("import sys\nimport summit_nlp\nfrom summit_nlp.scoring import sentiment\nbefore = 'nltk' in sys.modules\n"
            "sentiment.score_sentiment('a constructive meeting')\nprint(before, 'nltk.sentiment.vader' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]
