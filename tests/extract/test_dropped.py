"""Every quotation-marked span is either a quote or in ``Analysis.dropped`` with its reason, and
every attribution carries the confidence of its rule; ``min_confidence`` filters."""

from __future__ import annotations

import pytest

from summit_nlp import InputError, analyze
from summit_nlp.extract.lexicon import rule_confidence
from summit_nlp.extract.quotes import find_quotes

TEXT = ('Her book "Winter in Riga" came out in May.\n\n'
        '"We will not sign," Foreign Minister Ilze Berzina said.\n\n'
        '"Not this year, not next year."\n\n'
        "Critics call the plan 'reform' only in jest, and the word 'treaty' never appears.")


def test_every_marked_span_is_kept_or_dropped_with_a_reason() -> None:
    a = analyze(TEXT, score=False, min_confidence=0.0)
    kept = {q.span.start for q in a.quotes}
    dropped = {d.quote.span.start: d.reason for d in a.dropped}
    assert kept | set(dropped) == {q.span.start for q in find_quotes(TEXT)}
    assert not kept & set(dropped)
    assert dropped[TEXT.index("Winter")] == "title" and dropped[TEXT.index("treaty")] == "mentioned word"
    assert all(d.detail for d in a.dropped)


def test_confidence_comes_from_the_rule_table_and_orders_the_rules() -> None:
    a = analyze(TEXT, score=False, min_confidence=0.0)
    rules = {q.attribution.rule: q.confidence for q in a.quotes}
    assert rules["quote_first"] == rule_confidence("quote_first") >= rules["continuation"] >= 0.5
    assert all(0.0 <= q.confidence <= 1.0 for q in a.statements)
    assert a.to_dict()["quotes"][0]["confidence"] == rules["quote_first"]


def test_min_confidence_moves_unsure_quotes_to_dropped() -> None:
    everything = analyze(TEXT, score=False, min_confidence=0.0)
    sure = analyze(TEXT, score=False, min_confidence=0.96)
    assert len(sure.quotes) < len(everything.quotes)
    assert all(q.confidence >= 0.96 for q in sure.statements)
    assert any(d.reason == "below min_confidence" for d in sure.dropped)


@pytest.mark.parametrize("bad", [-0.1, 1.5, "high", True])
def test_min_confidence_must_be_a_number_from_0_to_1(bad) -> None:
    with pytest.raises(InputError, match="min_confidence"):
        analyze(TEXT, min_confidence=bad)


def test_the_dropped_table() -> None:
    df = analyze(TEXT, score=False).dropped_df()
    assert list(df.columns) == ["article_id", "text", "start", "end", "reason", "detail"]
    assert (df["end"] > df["start"]).all()
