"""DataFrames of the scoring layer and the Analysis methods that delegate to them."""

from __future__ import annotations

import dataclasses

import pytest

from summit_nlp.scoring import score_analysis
from summit_nlp.scoring import tables


def test_sentiment_df_one_row_per_statement(seed_analysis) -> None:
    df = tables.sentiment_df(seed_analysis)
    assert len(df) == len(seed_analysis.statements)
    row = df.set_index("id").loc["q4"]
    assert row["label"] == "negative" and "provocation" in row["evidence"]


def test_tone_df_long_format(seed_analysis) -> None:
    df = tables.tone_df(seed_analysis)
    assert len(df) == 6 * len(seed_analysis.statements)
    warn = df[(df["id"] == "q4") & (df["dimension"] == "warning")].iloc[0]
    assert warn["score"] > 0 and warn["hits"] == len(warn["evidence"]) > 0
    assert ((df["score"] != 0) <= (df["hits"] > 0)).all()


def test_stances_df_matches_scored_stances(seed_analysis) -> None:
    df = tables.stances_df(seed_analysis)
    assert len(df) == len(score_analysis(seed_analysis).stances)
    assert set(df["stance"]) <= {"favor", "against"}
    assert df["evidence"].map(len).min() >= 0


def test_acts_df_one_row_per_act_with_offsets(seed_analysis) -> None:
    df = tables.acts_df(seed_analysis)
    acts = score_analysis(seed_analysis).acts
    assert list(df.columns) == tables.ACT_COLUMNS and len(df) == len(acts)
    text = seed_analysis.article.text
    for row in df.itertuples():
        assert text[row.start:row.end] == row.text and text[row.trigger_start:].startswith(row.trigger)
    assert set(df["polarity"]) == {"cooperative", "conflictual"}


def test_dyads_df_counts_and_mean_intensity(seed_analysis) -> None:
    df = tables.dyads_df(seed_analysis).set_index(["speaker", "target"])
    assert len(df) == 6
    row = df.loc[("Russia", "Ukraine")]
    assert row["n_acts"] == 2 and row["conflictual"] == 2 and row["cooperative"] == 0
    assert row["mean_intensity"] == -5.0 and row["evidence"] == ["r2"]
    assert (df["n_acts"] == df["cooperative"] + df["conflictual"]).all()


def test_speaker_summary_aggregates(seed_analysis) -> None:
    df = tables.speaker_summary_df(seed_analysis).set_index("speaker")
    trump = df.loc["Donald Trump"]
    assert trump["statements"] == 3
    assert trump["n_positive"] + trump["n_negative"] + trump["n_neutral"] == 3
    assert trump["certainty_mean"] < 0 and trump["cooperation_conflict_mean"] > 0
    putin = df.loc["Vladimir Putin"]
    assert putin["warning_per_100_words"] > 0
    sent = tables.sentiment_df(seed_analysis)
    mine = sent[sent["speaker"] == "Vladimir Putin"]
    weighted = (mine["compound"] * mine["words"]).sum() / mine["words"].sum()
    assert putin["compound_mean"] == pytest.approx(mine["compound"].mean(), abs=1e-3)
    assert putin["compound_weighted"] == pytest.approx(weighted, abs=1e-3)


def test_tables_use_stored_scores_when_present(seed_analysis) -> None:
    scored = score_analysis(seed_analysis)
    kept = dataclasses.replace(seed_analysis, scores=scored.scores, stances=scored.stances[:1], acts=scored.acts[:2])
    assert len(tables.stances_df(kept)) == 1 and len(tables.acts_df(kept)) == 2


def test_analysis_methods_delegate(seed_analysis) -> None:
    assert len(seed_analysis.sentiment_df()) == len(seed_analysis.statements)
    assert len(seed_analysis.stances_df()) == len(tables.stances_df(seed_analysis))
    assert list(seed_analysis.tone_df().columns) == tables.TONE_COLUMNS
    assert list(seed_analysis.acts_df().columns) == tables.ACT_COLUMNS
    assert list(seed_analysis.dyads_df().columns) == tables.DYAD_COLUMNS
    assert "compound_weighted" in seed_analysis.speaker_summary_df().columns
