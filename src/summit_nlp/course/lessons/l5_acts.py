"""Lesson 5: acts and dyads — who was cooperative or conflictual toward whom; hedges, negation, evidence.

Written against the acts API of SPEC section 2 "Acts": ``Analysis.acts_df()`` (one row per act:
speaker, act, target, polarity, intensity, hedged, evidence, trigger, …) and
``Analysis.dyads_df()`` (one row per speaker → target pair).
"""

from __future__ import annotations

from ..answers import Count, CountsByName, NameSet, Number, Text
from ..registry import Lesson

L5 = Lesson(
    "L5", "Acts and dyads", "L5_acts_and_dyads.ipynb", minutes=55,
    goals=("read a statement as an act with a type, a speaker, a target and a polarity",
           "aggregate acts into dyads: who was cooperative or conflictual toward whom",
           "see how negation, conditions and hedges change an act, by measurement",
           "trace every act back to its evidence: the statement and the trigger words"),
    parameters={"article": "seed"}, other={"article": "balloon_protest"},
)


def _acts(data):
    return data.analysis.acts_df()


def _missing(value) -> bool:
    import pandas as pd

    return value is None or bool(pd.isna(value))


@L5.exercise("q1", Count(), hints=(
    "lesson.analysis.acts_df() has one row per act.",
    "len(lesson.analysis.acts_df())",
))
def n_acts(data):
    return len(_acts(data))


@L5.exercise("q2", CountsByName(), hints=(
    "The column 'polarity' says cooperative or conflictual.",
    "acts['polarity'].value_counts().to_dict()",
))
def acts_by_polarity(data):
    counts: dict[str, int] = {}
    for polarity in _acts(data)["polarity"]:
        counts[str(polarity)] = counts.get(str(polarity), 0) + 1
    return counts


@L5.exercise("q4", NameSet(), hints=(
    "Keep the acts that are conflictual and have a target (target not missing).",
    "Make one string per pair, f\"{speaker} -> {target}\", and collect them in a set.",
))
def conflictual_dyads(data):
    return {f"{row.speaker} -> {row.target}" for row in _acts(data).itertuples()
            if row.polarity == "conflictual" and not _missing(row.target)}


@L5.exercise("q5", Number(tolerance=1e-3), hints=(
    "The cooperation–conflict index of the article is the mean intensity of all its acts.",
    "acts['intensity'].mean()",
))
def cooperation_conflict_index(data):
    return float(_acts(data)["intensity"].mean())


@L5.exercise("q3", Count(), hints=(
    "The column 'hedged' is True for acts softened by could, probably, possibly …",
    "int(acts['hedged'].sum())",
))
def n_hedged(data):
    return int(_acts(data)["hedged"].astype(bool).sum())


@L5.exercise("q6", Text(), hints=(
    "Find the act with the lowest intensity (the most conflictual); on a tie, the first row.",
    "acts.loc[acts['intensity'].idxmin(), 'trigger']",
))
def trigger_of_most_conflictual(data):
    acts = _acts(data)
    return str(acts.loc[acts["intensity"].idxmin(), "trigger"])
