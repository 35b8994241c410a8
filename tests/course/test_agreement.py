"""Agreement measures of lesson 6 against published worked examples and hand computations."""

from __future__ import annotations

import math

import pytest

from summit_nlp.course.agreement import cohen_kappa, krippendorff_alpha, observed_agreement


def test_cohen_kappa_of_the_textbook_two_by_two_table() -> None:
    # 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15 -> p_o 0.7, p_e 0.5, kappa 0.4
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert observed_agreement(a, b) == pytest.approx(0.7)
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_krippendorff_alpha_of_krippendorffs_nominal_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", 4 coders x 12 units, nominal: 0.743
    n = None
    coders = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    assert krippendorff_alpha(*coders) == pytest.approx(0.743, abs=5e-4)


def test_two_annotators_alpha_by_hand() -> None:
    # units: (a,a) (a,b) (b,b) (b,b); coincidences o_aa=2, o_ab=o_ba=1, o_bb=4; n_a=3, n_b=5, n=8
    # D_o = 2/8, D_e = 2*3*5/(8*7) -> alpha = 1 - 0.25 / (30/56)
    alpha = krippendorff_alpha(["a", "a", "b", "b"], ["a", "b", "b", "b"])
    assert alpha == pytest.approx(1 - 0.25 / (30 / 56))


def test_missing_labels_are_left_out() -> None:
    a = ["x", "y", None, "x", float("nan")]
    b = ["x", "y", "x", None, "y"]
    assert observed_agreement(a, b) == 1.0
    assert cohen_kappa(a, b) == pytest.approx(1.0)
    assert krippendorff_alpha(a, b) == pytest.approx(1.0)


def test_undefined_values_are_none() -> None:
    assert cohen_kappa(["x", "x"], ["x", "x"]) is None  # chance agreement is already 1
    assert krippendorff_alpha(["x", "x"], ["x", "x"]) is None
    assert observed_agreement([None], ["x"]) is None
    assert krippendorff_alpha([None, "x"], ["y", None]) is None


def test_chance_level_kappa_is_zero_and_disagreement_negative() -> None:
    assert cohen_kappa(["a", "a", "b", "b"], ["a", "b", "a", "b"]) == pytest.approx(0.0)
    assert cohen_kappa(["a", "b"], ["b", "a"]) < 0
    assert math.isclose(krippendorff_alpha(["a", "b"], ["b", "a"]), -0.5)


def test_unequal_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="different numbers of units"):
        cohen_kappa(["a"], ["a", "b"])
    with pytest.raises(ValueError, match="at least two annotators"):
        krippendorff_alpha(["a"])
