"""Acts and dyads on our gold-annotated articles (tests/fixtures/articles), scored by the evaluator.

Articles 01–35 were used while writing the act rules; 36–60 were not, and were scored once
before anyone looked at their errors (the first-run figures are in the README); nor were 61–76,
written later still (first run: dyad F1 0.351, act polarity F1 0.515), nor 77–84 (first run at
the start of the stop they arrived in: dyad F1 0.365, act polarity F1 0.557) 85–92 (0.315, 0.490), 93–99
(0.287, 0.454) and, in stop 22, 100–107, 108–115, 116–123, 124–131 (dyad 0.349, 0.337, 0.339, 0.443). The floors sit a
little below today's scores, so a change that makes acts worse on either half fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_nlp import analyze_article
from summit_nlp.evaluate import evaluate
from summit_nlp.io import read_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def _evaluate(first: int, last: int):
    preds, golds = [], []
    for path in sorted(FIXTURES.glob("*.txt")):
        if not first <= int(path.name.split("_", 1)[0]) <= last:
            continue
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        preds.append(analyze_article(read_article(path)).to_dict(article=gold["article"]))
        golds.append(gold)
    return evaluate(preds, golds)


@pytest.fixture(scope="module")
def development():
    return _evaluate(1, 35)


@pytest.fixture(scope="module")
def held_out():
    return _evaluate(36, 60)


def test_every_fixture_article_annotates_acts(development, held_out) -> None:
    assert development.metrics["articles"] == 35 and held_out.metrics["articles"] >= 20
    assert development.metrics["acts_tp"] + development.metrics["acts_fn"] >= 300


@pytest.mark.parametrize(("metric", "floor"), [("dyad_f1", 0.61), ("dyad_precision", 0.7), ("acts_f1", 0.65),
                                               ("act_polarity_f1", 0.71), ("act_polarity_precision", 0.8)])
def test_development_articles(development, metric: str, floor: float) -> None:
    value = development.metrics[metric]
    assert value is not None and value >= floor, f"{metric} = {value} < {floor}"


@pytest.mark.parametrize(("metric", "floor"), [("dyad_f1", 0.49), ("acts_f1", 0.45), ("act_polarity_f1", 0.52),
                                               ("act_polarity_precision", 0.63)])
def test_held_out_articles(held_out, metric: str, floor: float) -> None:
    value = held_out.metrics[metric]
    assert value is not None and value >= floor, f"{metric} = {value} < {floor}"


#: held-out sets written after the act rules: (first, last) -> metric floors
LATER_FLOORS = {
    (61, 76): {"dyad_f1": 0.41, "acts_f1": 0.43, "act_polarity_f1": 0.56, "act_polarity_precision": 0.7},
    (77, 84): {"dyad_f1": 0.45, "acts_f1": 0.46, "act_polarity_f1": 0.56, "act_polarity_precision": 0.64},
    (85, 92): {"dyad_f1": 0.35, "acts_f1": 0.37, "act_polarity_f1": 0.45, "act_polarity_precision": 0.55},
    (93, 99): {"dyad_f1": 0.37, "acts_f1": 0.32, "act_polarity_f1": 0.42, "act_polarity_precision": 0.5},
    # stop 22's four sets (first runs: dyad 0.349 / 0.337 / 0.339 / 0.443)
    (100, 107): {"dyad_f1": 0.33, "acts_f1": 0.44, "act_polarity_f1": 0.55, "act_polarity_precision": 0.68},
    (108, 115): {"dyad_f1": 0.35, "acts_f1": 0.46, "act_polarity_f1": 0.56, "act_polarity_precision": 0.62},
    (116, 123): {"dyad_f1": 0.39, "acts_f1": 0.44, "act_polarity_f1": 0.53, "act_polarity_precision": 0.58},
    (124, 131): {"dyad_f1": 0.42, "acts_f1": 0.38, "act_polarity_f1": 0.5, "act_polarity_precision": 0.6},
    # stop 23's sets (first runs: dyad 0.373 / 0.439 / 0.408 / 0.327 / 0.359 / 0.418 / 0.293 / 0.418 / 0.287 / 0.385)
    (132, 139): {"dyad_f1": 0.35, "acts_f1": 0.38, "act_polarity_f1": 0.49, "act_polarity_precision": 0.6},
    (140, 147): {"dyad_f1": 0.41, "acts_f1": 0.45, "act_polarity_f1": 0.53, "act_polarity_precision": 0.62},
    (148, 155): {"dyad_f1": 0.38, "acts_f1": 0.44, "act_polarity_f1": 0.5, "act_polarity_precision": 0.57},
    (156, 163): {"dyad_f1": 0.3, "acts_f1": 0.41, "act_polarity_f1": 0.48, "act_polarity_precision": 0.58},
    (164, 171): {"dyad_f1": 0.33, "acts_f1": 0.41, "act_polarity_f1": 0.49, "act_polarity_precision": 0.64},
    (172, 179): {"dyad_f1": 0.39, "acts_f1": 0.5, "act_polarity_f1": 0.56, "act_polarity_precision": 0.66},
    (180, 187): {"dyad_f1": 0.27, "acts_f1": 0.38, "act_polarity_f1": 0.47, "act_polarity_precision": 0.56},
    (188, 195): {"dyad_f1": 0.39, "acts_f1": 0.43, "act_polarity_f1": 0.54, "act_polarity_precision": 0.69},
    (196, 203): {"dyad_f1": 0.26, "acts_f1": 0.41, "act_polarity_f1": 0.48, "act_polarity_precision": 0.6},
    (204, 211): {"dyad_f1": 0.36, "acts_f1": 0.46, "act_polarity_f1": 0.54, "act_polarity_precision": 0.62},
    # stop 24's sets (first runs: dyad 212-219 0.351, 220-227 0.414, 228-235 0.241, 236-243 0.314)
    (212, 219): {"dyad_f1": 0.33, "acts_f1": 0.43, "act_polarity_f1": 0.47, "act_polarity_precision": 0.55},
    (220, 227): {"dyad_f1": 0.39, "acts_f1": 0.51, "act_polarity_f1": 0.61, "act_polarity_precision": 0.72},
    (228, 235): {"dyad_f1": 0.22, "acts_f1": 0.47, "act_polarity_f1": 0.57, "act_polarity_precision": 0.67},
    (236, 243): {"dyad_f1": 0.29, "acts_f1": 0.44, "act_polarity_f1": 0.49, "act_polarity_precision": 0.65},
    # (244-247: dyad 0.348; 252-255: dyad 0.286; four articles each)
    (244, 247): {"dyad_f1": 0.32, "acts_f1": 0.45, "act_polarity_f1": 0.51, "act_polarity_precision": 0.5},
    (252, 255): {"dyad_f1": 0.26, "acts_f1": 0.4, "act_polarity_f1": 0.52, "act_polarity_precision": 0.62},
    # (260-263, stop 26, first run: dyad 0.538, acts 0.538, polarity F1 0.585, precision 0.685)
    (260, 263): {"dyad_f1": 0.51, "acts_f1": 0.51, "act_polarity_f1": 0.55, "act_polarity_precision": 0.65},
    # (264-267, stop 26, first run: dyad 0.532, acts 0.459, polarity F1 0.484, precision 0.559)
    (264, 267): {"dyad_f1": 0.5, "acts_f1": 0.43, "act_polarity_f1": 0.45, "act_polarity_precision": 0.52},
    # (268-271, stop 29, first run: dyad 0.329, acts 0.486, polarity F1 0.529, precision 0.685)
    (268, 271): {"dyad_f1": 0.3, "acts_f1": 0.46, "act_polarity_f1": 0.5, "act_polarity_precision": 0.65},
    # (272-275, stop 29, first run: dyad 0.424, acts 0.361, polarity F1 0.514, precision 0.638)
    (272, 275): {"dyad_f1": 0.4, "acts_f1": 0.34, "act_polarity_f1": 0.49, "act_polarity_precision": 0.61},
    # (276-279, stop 29, first run: dyad 0.400, acts 0.503, polarity F1 0.558, precision 0.641)
    (276, 279): {"dyad_f1": 0.37, "acts_f1": 0.48, "act_polarity_f1": 0.53, "act_polarity_precision": 0.61},
    # (280-283, stop 29, first run: dyad 0.270, acts 0.336, polarity F1 0.496)
    (280, 283): {"dyad_f1": 0.24, "acts_f1": 0.32, "act_polarity_f1": 0.48, "act_polarity_precision": 0.7},
    # (284-287, stop 29, first run: dyad 0.405, acts 0.544, polarity F1 0.614)
    (284, 287): {"dyad_f1": 0.38, "acts_f1": 0.52, "act_polarity_f1": 0.59, "act_polarity_precision": 0.68},
    # (288-291, stop 29, first run: dyad 0.308, acts 0.347, polarity F1 0.431)
    (288, 291): {"dyad_f1": 0.28, "acts_f1": 0.33, "act_polarity_f1": 0.41, "act_polarity_precision": 0.56},
    # (292-295 / 296-299, stop 29, first run: dyad 0.215 / 0.354, acts 0.407 / 0.434, polarity F1 0.513 / 0.518)
    (292, 295): {"dyad_f1": 0.19, "acts_f1": 0.38, "act_polarity_f1": 0.49, "act_polarity_precision": 0.55},
    # (296-299: dyad 0.329 once "X rejected the criticism." stopped being reported speech, whose reject acts
    # the gold keeps as acts without evidence)
    (296, 299): {"dyad_f1": 0.31, "acts_f1": 0.4, "act_polarity_f1": 0.5, "act_polarity_precision": 0.62},
    # (300-303 / 304-307, stop 31, first run: dyad 0.541 / 0.693, acts 0.558 / 0.604, polarity F1 0.585 / 0.746)
    (300, 303): {"dyad_f1": 0.51, "acts_f1": 0.53, "act_polarity_f1": 0.55, "act_polarity_precision": 0.6},
    (304, 307): {"dyad_f1": 0.66, "acts_f1": 0.57, "act_polarity_f1": 0.71, "act_polarity_precision": 0.8},
    # (308-311, stop 31, first run: dyad 0.356, acts 0.394, polarity F1 0.485)
    (308, 311): {"dyad_f1": 0.33, "acts_f1": 0.37, "act_polarity_f1": 0.46, "act_polarity_precision": 0.63},
    # (312-315, stop 31, first run: dyad 0.413, acts 0.395, polarity F1 0.486)
    (312, 315): {"dyad_f1": 0.39, "acts_f1": 0.37, "act_polarity_f1": 0.46, "act_polarity_precision": 0.52},
    # (316-319, stop 32, first run: dyad 0.723, acts 0.617, polarity F1 0.728)
    (316, 319): {"dyad_f1": 0.69, "acts_f1": 0.59, "act_polarity_f1": 0.7, "act_polarity_precision": 0.76},
    # (320-323, stop 32, first run: dyad 0.574, acts 0.528, polarity F1 0.642)
    (320, 323): {"dyad_f1": 0.54, "acts_f1": 0.5, "act_polarity_f1": 0.61, "act_polarity_precision": 0.6},
    # (324-327, stop 32, first run: dyad 0.558, acts 0.566, polarity F1 0.671)
    (324, 327): {"dyad_f1": 0.52, "acts_f1": 0.53, "act_polarity_f1": 0.64, "act_polarity_precision": 0.64},
    # (328-331, stop 32, first run: dyad 0.476, acts 0.469, polarity F1 0.594)
    (328, 331): {"dyad_f1": 0.44, "acts_f1": 0.44, "act_polarity_f1": 0.56, "act_polarity_precision": 0.6},
    # (332-335, stop 32, first run: dyad 0.644, acts 0.540, polarity F1 0.712)
    (332, 335): {"dyad_f1": 0.6, "acts_f1": 0.5, "act_polarity_f1": 0.68, "act_polarity_precision": 0.68},
    # (336-339, stop 32, first run: dyad 0.517, acts 0.584, polarity F1 0.646)
    (336, 339): {"dyad_f1": 0.48, "acts_f1": 0.55, "act_polarity_f1": 0.61, "act_polarity_precision": 0.72},
    # (340-343, stop 32, the last set, first run: dyad 0.524, acts 0.510, polarity F1 0.611)
    (340, 343): {"dyad_f1": 0.49, "acts_f1": 0.48, "act_polarity_f1": 0.58, "act_polarity_precision": 0.62},
    # (344-347, stop 33, first run: dyad 0.659, acts 0.650, polarity F1 0.700, polarity precision 0.767)
    (344, 347): {"dyad_f1": 0.62, "acts_f1": 0.61, "act_polarity_f1": 0.66, "act_polarity_precision": 0.72},
    # (348-351, stop 33, first run: dyad 0.517, acts 0.613, polarity F1 0.700, polarity precision 0.789)
    (348, 351): {"dyad_f1": 0.48, "acts_f1": 0.57, "act_polarity_f1": 0.66, "act_polarity_precision": 0.74},
    # (352-355, stop 33, first run: dyad 0.481, acts 0.481, polarity F1 0.571, polarity precision 0.688)
    (352, 355): {"dyad_f1": 0.44, "acts_f1": 0.44, "act_polarity_f1": 0.53, "act_polarity_precision": 0.64},
    # (356-359, stop 33, first run: dyad 0.595, acts 0.628, polarity F1 0.654, polarity precision 0.680)
    (356, 359): {"dyad_f1": 0.55, "acts_f1": 0.59, "act_polarity_f1": 0.61, "act_polarity_precision": 0.64},
    # (360-363, stop 33, first run: dyad 0.547, acts 0.539, polarity F1 0.618, polarity precision 0.696)
    (360, 363): {"dyad_f1": 0.46, "acts_f1": 0.5, "act_polarity_f1": 0.58, "act_polarity_precision": 0.66},
    # (364-367, stop 33, the last set, first run: dyad 0.514, acts 0.655, polarity F1 0.707, precision 0.820)
    (364, 367): {"dyad_f1": 0.47, "acts_f1": 0.61, "act_polarity_f1": 0.66, "act_polarity_precision": 0.78},
}


@pytest.fixture(scope="module", params=sorted(LATER_FLOORS), ids=lambda r: f"{r[0]}-{r[1]}")
def later_set(request: pytest.FixtureRequest):
    return request.param, _evaluate(*request.param)


def test_later_held_out_sets(later_set) -> None:
    span, ev = later_set
    low = {m: (ev.metrics[m], floor) for m, floor in LATER_FLOORS[span].items()
           if ev.metrics[m] is None or ev.metrics[m] < floor}
    assert not low, f"articles {span}: metric (value, floor) below its floor: {low}"
