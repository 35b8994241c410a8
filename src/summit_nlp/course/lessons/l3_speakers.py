"""Lesson 3: speakers, aliases and addressees — one person under many names; where resolution fails."""

from __future__ import annotations

from ..answers import Count, NameSet
from ..registry import Lesson

L3 = Lesson(
    "L3", "Speakers, aliases and addressees", "L3_speakers_and_aliases.ipynb", minutes=45,
    goals=("follow one person through names, titles, role descriptions and pronouns",
           "read the speakers table: canonical name, kind, aliases, number of statements",
           "find who is spoken to (the addressee) and how the package knows",
           "spot resolution errors and say why unknown is better than wrong"),
    parameters={"article": "seed"}, other={"article": "andes_crossing"},
)


def _statement_counts(data):
    counts = {e.name: 0 for e in data.analysis.cast}  # the rows of speakers_df()
    for st in data.analysis.statements:
        if st.speaker in counts:
            counts[st.speaker] += 1
    return counts


@L3.exercise("q1", NameSet(), hints=(
    "speakers_df() has the columns n_quotes and n_reported.",
    "Keep the rows where n_quotes + n_reported > 0 and take their 'speaker' column as a list.",
))
def speaking_entities(data):
    return {name for name, n in _statement_counts(data).items() if n > 0}


@L3.exercise("q2", NameSet(), hints=(
    "First find the speaker with the most statements (quotes plus reported speech); on a tie take the "
    "name that comes first alphabetically.",
    "df = speakers_df(); df['n'] = df['n_quotes'] + df['n_reported']; sort by ['n', 'speaker'] with "
    "ascending=[False, True]; the 'aliases' of the first row.",
))
def aliases_of_top_speaker(data):
    counts = _statement_counts(data)
    top = min(counts, key=lambda name: (-counts[name], name))
    return set(data.analysis.entity(top).aliases)


@L3.exercise("q3", Count(), hints=(
    "Every statement in lesson.analysis.statements has st.attribution.speaker_mention (or None).",
    "Count the statements whose speaker_mention is not None and has kind == 'pronoun'.",
))
def pronoun_attributions(data):
    return sum(1 for st in data.analysis.statements
               if st.attribution.speaker_mention is not None and st.attribution.speaker_mention.kind == "pronoun")


@L3.exercise("q4", NameSet(), hints=(
    "Both quotes_df() and reported_df() have an 'addressee' column; it is None when nobody is addressed.",
    "Put the non-null addressees of both tables together (dropna()) and make a set.",
))
def addressees(data):
    return {st.addressee for st in data.analysis.statements if st.addressee}


@L3.exercise("q5", Count(), hints=(
    "Entities with no statement are rows of speakers_df() where n_quotes and n_reported are both 0.",
    "((df['n_quotes'] + df['n_reported']) == 0).sum()",
))
def silent_entities(data):
    return sum(1 for n in _statement_counts(data).values() if n == 0)
