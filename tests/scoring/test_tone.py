"""Tone dimensions: aggregations of a statement's acts, and the hedging lexicon (certainty)."""

from __future__ import annotations

import pytest

from conftest import one_statement_analysis
from summit_nlp.scoring import score_analysis
from summit_nlp.scoring.tone import BIPOLAR, DIMENSIONS, score_tone


def _tone(text: str) -> dict:
    scored = score_analysis(one_statement_analysis(text, speaker="Germany"))
    return scored.scores["s1"].tone


def test_the_dimensions() -> None:
    assert DIMENSIONS == ("cooperation_conflict", "certainty", "praise", "cooperation", "warning", "demand")


def test_certainty_formula_boosters_minus_hedges() -> None:
    r = score_tone("It will certainly happen, but it could possibly fail and might be delayed.")
    boosters, hedges = 1, 3
    assert r["certainty"].score == pytest.approx((boosters - hedges) / (boosters + hedges + 1), abs=1e-4)


def test_would_after_said_is_not_a_hedge_and_a_negated_booster_is() -> None:
    assert score_tone("He said he would come to the talks.")["certainty"].evidence == ()
    assert [e["text"] for e in score_tone("We would come to the talks.")["certainty"].evidence] == ["would"]
    r = score_tone("We are not certain of anything.")
    assert r["certainty"].score < 0 and r["certainty"].evidence[0]["negated"] is True


def test_cooperation_conflict_is_the_mean_intensity_of_the_acts() -> None:
    t = _tone("Germany called on Russia to withdraw its troops and praised Ukraine.")
    assert t["cooperation_conflict"].score == pytest.approx((-5.0 + 3.5) / 2 / 10)
    assert {e["act"] for e in t["cooperation_conflict"].evidence} == {"demand", "praise"}


@pytest.mark.parametrize(("text", "dim", "sign"), [
    ("Germany warned that the dispute could lead to catastrophe.", "warning", 1),
    ("Germany demanded that Russia withdraw its troops.", "demand", 1),
    ("Germany praised the constructive talks.", "praise", 1),
    ("Germany condemned the strike.", "praise", -1),
    ("Germany said it was ready to work with its partners.", "cooperation", 1),
    ("Germany rejected the plan.", "cooperation", -1),
    ("Germany condemned the strike.", "cooperation_conflict", -1),
])
def test_dimension_signs(text: str, dim: str, sign: int) -> None:
    score = _tone(text)[dim].score
    assert (score > 0) if sign > 0 else (score < 0)


def test_every_nonzero_score_has_evidence_with_offsets() -> None:
    text = "Germany warned against any provocation, though it could perhaps talk, and condemned the strike."
    scored = score_analysis(one_statement_analysis(text, speaker="Germany"))
    for dim, t in scored.scores["s1"].tone.items():
        if t.score:
            assert t.evidence, dim
        for e in t.evidence:
            assert text[e["start"]:e["end"]] == e["text"]


def test_bipolar_scores_stay_inside_unit_interval() -> None:
    r = score_tone(" ".join(["certainly"] * 50))
    assert 0 < r["certainty"].score < 1
    assert set(BIPOLAR) < set(DIMENSIONS)


@pytest.mark.parametrize("text", ["", "?!", "...", "Это предупреждение"])
def test_bad_input_is_neutral(text: str) -> None:
    r = score_tone(text)
    assert all(r[d].score == 0 and r[d].evidence == () for d in DIMENSIONS)


@pytest.mark.parametrize("text", [
    "Germany said it would certainly not accept the plan, which could possibly fail.",
    "We are clearly ready. Perhaps they might come; it is not clear whether they will.",
    "Un-certain times: we will definitely respond, probably tomorrow.",
])
def test_certainty_read_from_the_article_scan_equals_the_statement_alone(text: str) -> None:
    """score_analysis takes each statement's hedges and boosters from the one scan of the article's
    triggers; the result is what the tone scorer finds in the statement's text alone."""
    scored = score_analysis(one_statement_analysis(text, speaker="Germany"))
    assert scored.scores["s1"].tone["certainty"] == score_tone(text)["certainty"]


def test_certainty_of_a_statement_cut_inside_a_word_is_read_from_its_own_text() -> None:
    text = "They said un-certainly we will respond."
    scored = score_analysis(one_statement_analysis(text, speaker="Germany", start=13))
    assert scored.scores["s1"].tone["certainty"] == score_tone(text[13:], offset=13)["certainty"]
    assert [e["text"] for e in scored.scores["s1"].tone["certainty"].evidence] == ["certainly"]
