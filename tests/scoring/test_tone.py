"""Tone dimensions: each from the shipped pattern file, each hit with its evidence."""

from __future__ import annotations

import pytest

from summit_nlp.scoring.tone import BIPOLAR, DIMENSIONS, score_tone


def _words(result, dim):
    return [e["text"] for e in result[dim].evidence]


def test_certainty_formula_boosters_minus_hedges() -> None:
    r = score_tone("It will certainly happen, but it could possibly fail and might be delayed.")
    boosters, hedges = 1, 3
    assert r["certainty"].score == pytest.approx((boosters - hedges) / (boosters + hedges + 1), abs=1e-4)


def test_would_after_said_is_not_a_hedge() -> None:
    assert score_tone("He said he would come to the talks.")["certainty"].evidence == ()
    assert _words(score_tone("We would come to the talks."), "certainty") == ["would"]


def test_negated_booster_is_a_hedge() -> None:
    r = score_tone("We are not certain of anything.")
    assert r["certainty"].score < 0
    assert r["certainty"].evidence[0]["negated"] is True


def test_negation_flips_bipolar_and_drops_unipolar() -> None:
    assert score_tone("They will not create any obstacles.")["cooperation"].score > 0
    assert score_tone("This is no threat to anyone.")["warning"].score == 0


@pytest.mark.parametrize(
    ("text", "dim", "sign"),
    [
        ("We warn of serious consequences.", "warning", 1),
        ("Kyiv must withdraw immediately.", "demand", 1),
        ("We praise the constructive and respectful talks.", "praise", 1),
        ("We condemn this irresponsible move.", "praise", -1),
        ("We are ready to work with our partners.", "cooperation", 1),
        ("We reject the plan and rule out talks.", "cooperation", -1),
        ("Dialogue and mutual respect are the way.", "conciliatory", 1),
        ("This provocation and aggression is hostile.", "conciliatory", -1),
    ],
)
def test_dimension_signs(text: str, dim: str, sign: int) -> None:
    score = score_tone(text)[dim].score
    assert (score > 0) if sign > 0 else (score < 0)


def test_every_nonzero_score_has_evidence_with_pattern_and_offsets() -> None:
    text = "We warn that any provocation must be answered, though we could perhaps talk."
    r = score_tone(text, offset=50)
    for dim in DIMENSIONS:
        if r[dim].score:
            assert r[dim].evidence
        for e in r[dim].evidence:
            assert text[e["start"] - 50:e["end"] - 50] == e["text"] and e["pattern"]


def test_bipolar_scores_stay_inside_unit_interval() -> None:
    r = score_tone(" ".join(["dialogue"] * 50))
    assert 0 < r["conciliatory"].score < 1
    assert set(BIPOLAR) < set(DIMENSIONS)


@pytest.mark.parametrize("text", ["", "?!", "...", "Это предупреждение"])
def test_bad_input_is_neutral(text: str) -> None:
    r = score_tone(text)
    assert all(r[d].score == 0 and r[d].evidence == () for d in DIMENSIONS)
