"""Generalisation: our own gold-annotated articles (tests/fixtures/articles), scored by the evaluator.

The thresholds sit a little below what the extractor scores today, so a change that makes
extraction worse on these articles fails here.  Per-article scores are printed on failure.
"""

import json
from pathlib import Path

import pytest

from summit_nlp import analyze_article
from summit_nlp.evaluate import evaluate
from summit_nlp.io import read_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
ARTICLES = sorted(p for p in FIXTURES.glob("*.txt") if p.with_suffix(".json").exists())


@pytest.fixture(scope="module")
def evaluation():
    preds, golds = [], []
    for path in ARTICLES:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        preds.append(analyze_article(read_article(path)).to_dict(article=gold["article"]))
        golds.append(gold)
    return evaluate(preds, golds)


def test_there_are_enough_fixture_articles():
    assert len(ARTICLES) >= 15


@pytest.mark.parametrize(
    ("metric", "floor"),
    [
        ("quote_f1_overlap", 0.93),
        ("quote_precision_overlap", 0.97),
        ("e2e_attribution_f1", 0.88),
        ("kind_accuracy", 0.95),
        ("cue_accuracy", 0.95),
        ("addressee_accuracy", 0.95),
        ("reported_f1", 0.90),
        ("reported_speaker_accuracy", 0.85),
        ("alias_recall", 0.75),
    ],
)
def test_fixture_scores(evaluation, metric, floor):
    value = evaluation.metrics[metric]
    assert value is not None and value >= floor, (
        f"{metric} = {value} < {floor}\n" + evaluation.per_article.to_string())
