"""Lesson 7: comparing outlets — who is quoted and with what tone; normalisation, small samples."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..answers import Count, CountsByName, Text
from ..registry import Lesson

L7 = Lesson(
    "L7", "Comparing outlets", "L7_comparing_outlets.ipynb", minutes=55,
    goals=("run the package over a small corpus and build one table of statements with outlet metadata",
           "count who is quoted by outlet, and normalise counts by the number of articles",
           "compare the tone of what each outlet quotes, and say what else could explain a difference",
           "judge how many statements stand behind a number before trusting it"),
    parameters={"corpus": "outlets"}, other={"corpus": "lessons"},
)


def statements_table(data):
    """One row per statement of every corpus article: article id, outlet, speaker, kind, compound."""
    import pandas as pd

    frames = []
    outlets = dict(zip(data.corpus["id"], data.corpus["outlet"]))
    for article_id, analysis in data.corpus_analyses.items():
        sentiment = analysis.sentiment_df()[["id", "speaker", "kind", "compound"]]
        frames.append(sentiment.assign(article_id=article_id, outlet=outlets[article_id]))
    return pd.concat(frames, ignore_index=True)[["article_id", "outlet", "id", "speaker", "kind", "compound"]]


@L7.exercise("q1", CountsByName(), hints=(
    "corpus is a DataFrame with an 'outlet' column, one row per article.",
    "corpus['outlet'].value_counts().to_dict()",
))
def articles_per_outlet(data):
    return dict(Counter(data.corpus["outlet"]))


@L7.exercise("q2", CountsByName(), hints=(
    "In the statements table, quotes are the rows whose kind is 'direct' or 'partial'.",
    "table[table['kind'] != 'indirect'].groupby('outlet').size().to_dict()",
))
def quotes_per_outlet(data):
    table = statements_table(data)
    quotes = table[table["kind"] != "indirect"]
    counts = {outlet: 0 for outlet in set(data.corpus["outlet"])}
    counts.update(quotes.groupby("outlet").size().to_dict())
    return counts


@L7.exercise("q3", CountsByName(), hints=(
    "Divide each outlet's number of quotes (q2) by its number of articles (q1).",
    "{outlet: quotes[outlet] / articles[outlet] for outlet in articles}",
))
def quotes_per_article(data):
    quotes, articles = quotes_per_outlet(data), articles_per_outlet(data)
    return {outlet: quotes[outlet] / articles[outlet] for outlet in articles}


@L7.exercise("q4", CountsByName(), hints=(
    "Use every statement (quotes and reported speech) of the table, grouped by outlet.",
    "table.groupby('outlet')['compound'].mean().to_dict()",
))
def mean_tone_per_outlet(data):
    table = statements_table(data)
    return table.groupby("outlet")["compound"].mean().to_dict()


@L7.exercise("q5", Text(), hints=(
    "Count the statements per speaker over the whole corpus, leaving out unknown speakers (None).",
    "table['speaker'].value_counts() sorts by count; on a tie take the name that comes first "
    "alphabetically.",
))
def most_quoted_speaker(data):
    counts: defaultdict[str, int] = defaultdict(int)
    for speaker in statements_table(data)["speaker"].dropna():
        counts[speaker] += 1
    return min(counts, key=lambda name: (-counts[name], name))


@L7.exercise("q6", Count(), hints=(
    "Count the statements of each outlet: table.groupby('outlet').size().",
    "The smallest of those counts: .min()",
))
def fewest_statements(data):
    return int(statements_table(data).groupby("outlet").size().min())
