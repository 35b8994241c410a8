"""Lesson 2: finding quotations — direct, partial, reported speech; source, cue, content."""

from __future__ import annotations

from collections import Counter

from ..answers import Count, CountsByName, Offsets, Text
from ..registry import Lesson

L2 = Lesson(
    "L2", "Finding quotations", "L2_finding_quotations.ipynb", minutes=50,
    goals=("tell a direct quote from a partial quote and from reported speech",
           "name the three parts of an attribution: source, cue, content",
           "read the package's quotes and reported-speech tables and the offsets in them",
           "see which quotation-marked spans are not quotes, and why (dropped spans)"),
    parameters={"article": "seed"}, other={"article": "balloon_protest"},
)


@L2.exercise("q1", Count(), hints=(
    "lesson.analysis.quotes_df() has one row per quote.",
    "len(...) of that table, or of lesson.analysis.quotes.",
))
def n_quotes(data):
    return len(data.analysis.quotes)


@L2.exercise("q2", CountsByName(), hints=(
    "The column 'kind' of quotes_df() says direct or partial.",
    "quotes_df()['kind'].value_counts() is a Series from kind to count; .to_dict() makes it a dict.",
))
def quotes_by_kind(data):
    return dict(Counter(q.kind for q in data.analysis.quotes))


@L2.exercise("q3", Text(), hints=(
    "Find the longest quote first: the one with the largest end - start.",
    "df = quotes_df(); df['length'] = df['end'] - df['start']; the 'cue' of the row with the "
    "largest length (df.loc[df['length'].idxmax(), 'cue']).",
))
def cue_of_longest_quote(data):
    longest = max(data.analysis.quotes, key=lambda q: (q.span.end - q.span.start, -q.span.start))
    return longest.cue_text


@L2.exercise("q4", Count(), hints=(
    "Reported speech has its own table: lesson.analysis.reported_df().",
    "len(lesson.analysis.reported_df()).",
))
def n_reported(data):
    return len(data.analysis.reported)


@L2.exercise("q5", Offsets(), hints=(
    "The first row of reported_df() is the first piece of reported speech in the text.",
    "Its 'start' and 'end' columns: (int(row['start']), int(row['end'])) for row = reported_df().iloc[0].",
))
def first_reported_span(data):
    first = data.analysis.reported[0]
    return data.text, (first.span.start, first.span.end)
