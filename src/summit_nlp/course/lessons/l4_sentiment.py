"""Lesson 4: sentiment and its pitfalls on diplomatic language (VADER measured, thresholds)."""

from __future__ import annotations

from ..answers import Choice, Count, Number, Text
from ..registry import Lesson

L4 = Lesson(
    "L4", "Sentiment and its pitfalls", "L4_sentiment_pitfalls.ipynb", minutes=50,
    goals=("compute VADER's compound score of a sentence and read the words that produced it",
           "find, by measurement, diplomatic sentences on which VADER is wrong and say why",
           "see how the ±0.05 labelling threshold and a stricter one change the picture",
           "separate 'neutral' from 'VADER knows none of these words'"),
    parameters={"article": "seed"}, other={"article": "andes_crossing"},
)

#: The two measured examples of the lesson (the notebook computes their scores live).
SUMMONED = "The ambassador was summoned."
NOBODY_TRUSTS = "Nobody trusts this agreement."
#: A veiled threat, for exercise q2.
NOT_HESITATE = "We will not hesitate to defend our interests."
STRONG = 0.5


def _sentiment(data):
    return data.analysis.sentiment_df()


@L4.exercise("q1", Number(tolerance=1e-3), varies=False, hints=(
    "score_sentiment(sentence) returns an object with a .compound attribute.",
    "score_sentiment('Nobody trusts this agreement.').compound",
))
def compound_nobody_trusts(data):
    from ...scoring.sentiment import score_sentiment

    return score_sentiment(NOBODY_TRUSTS).compound


@L4.exercise("q2", Choice(options=("positive", "negative", "neutral")), varies=False, hints=(
    "Score the sentence with score_sentiment and look at its .label.",
    "score_sentiment('We will not hesitate to defend our interests.').label — then ask yourself whether "
    "a diplomat would agree.",
))
def label_not_hesitate(data):
    from ...scoring.sentiment import score_sentiment

    return score_sentiment(NOT_HESITATE).label


@L4.exercise("q3", Count(), hints=(
    "lesson.analysis.sentiment_df() has one row per statement with a 'label' column.",
    "(sentiment_df()['label'] == 'negative').sum()",
))
def n_negative(data):
    return int((_sentiment(data)["label"] == "negative").sum())


@L4.exercise("q4", Text(), hints=(
    "Sort sentiment_df() by 'compound', lowest first.",
    "df.loc[df['compound'].idxmin(), 'id'] (idxmin takes the first row on a tie).",
))
def most_negative_id(data):
    df = _sentiment(data)
    return str(df.loc[df["compound"].idxmin(), "id"])


@L4.exercise("q5", Count(), hints=(
    "A statement keeps its label under the stricter threshold when its compound is at least 0.5 away from 0.",
    "(sentiment_df()['compound'].abs() >= 0.5).sum()",
))
def n_strong(data):
    return int((_sentiment(data)["compound"].abs() >= STRONG).sum())


@L4.exercise("q6", Count(), hints=(
    "The 'evidence' column lists the lexicon words VADER found in each statement.",
    "Count the rows whose evidence list is empty: (df['evidence'].apply(len) == 0).sum()",
))
def n_no_lexicon_words(data):
    return int((_sentiment(data)["evidence"].apply(len) == 0).sum())
