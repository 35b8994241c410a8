"""Gold stances of our own statements (tests/fixtures/stances/statements.jsonl), read through acts."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import STANCE_FIXTURES, statement
from summit_nlp.analysis import Analysis
from summit_nlp.evaluate import targets_match
from summit_nlp.model import Article, Entity
from summit_nlp.scoring import score_analysis

FIXTURES = [json.loads(line) for line in STANCE_FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _analysis(fx: dict[str, Any]) -> Analysis:
    """The fixture as an analysis: its statement, plus a preceding statement by another speaker if given."""
    text = fx["text"]
    body = fx.get("quote") or fx.get("statement") or text
    start = text.index(body)
    kind = fx.get("kind", "partial" if "quote" in fx else "indirect")
    sts = [statement(text, sid="s1", start=start, end=start + len(body), kind=kind, speaker=fx["speaker"],
                     cue=fx.get("cue"))]
    if "context" in fx:
        c = fx["context"]
        c_start = text.index(c["text"])
        sts.insert(0, statement(text, sid="s0", start=c_start, end=c_start + len(c["text"]), kind="indirect",
                                speaker=c["speaker"]))
    quotes = tuple(s for s in sts if s.kind != "indirect")
    reported = tuple(s for s in sts if s.kind == "indirect")
    ents = tuple(Entity(name=s.speaker, kind="person", aliases=(s.speaker,)) for s in sts if s.speaker)
    return Analysis(article=Article(text=text, id=fx["id"]), sentences=(), quotes=quotes, reported=reported,
                    entities=ents)


def _matches(pred: Any, gold: dict[str, Any]) -> bool:
    return targets_match(pred.target, gold["target"]) and pred.stance == gold["stance"]


def test_fixture_set_covers_the_phenomena() -> None:
    assert len(FIXTURES) >= 20
    labels = {g["stance"] for fx in FIXTURES for g in fx["stances"]}
    assert labels == {"favor", "against", "neutral"}
    texts = " ".join(fx["text"] for fx in FIXTURES)
    for phenomenon in ("called on", "to abandon", "rejected", "denied", "not", "could", "warned against"):
        assert phenomenon in texts


def _found(fx: dict[str, Any]) -> tuple[int, int]:
    """(gold favor/against stances of the fixture found among the stances derived from acts, their number)."""
    stances = score_analysis(_analysis(fx)).stances
    own = [s for s in stances if s.speaker == fx["speaker"]]
    gold = [g for g in fx["stances"] if g["stance"] != "neutral"]  # acts give no explicit no-position
    return sum(any(_matches(s, g) for s in own) for g in gold), len(gold)


def test_stances_derived_from_acts_find_most_fixture_stances() -> None:
    """The stance rules were retired for acts; the stances acts give still find two thirds of these
    hand-written positions (27 of 39 when the acts were introduced; the retired rules found all)."""
    found = [_found(fx) for fx in FIXTURES]
    hit, total = sum(f for f, _ in found), sum(t for _, t in found)
    assert total >= 35 and hit / total >= 0.65, f"{hit}/{total}"


@pytest.mark.parametrize("fid", ["f01", "f02", "f03"])
def test_core_phenomena_are_still_read_exactly(fid: str) -> None:
    fx = next(f for f in FIXTURES if f["id"] == fid)
    assert _found(fx) == (len(fx["stances"]), len(fx["stances"]))


def test_fixture_sentiment_labels() -> None:
    """VADER plus our supplement agrees with our sentiment labels on at least 80% of the fixtures."""
    agree = []
    for fx in FIXTURES:
        scores = score_analysis(_analysis(fx)).scores
        agree.append(scores["s1"].sentiment.label == fx["sentiment"])
    assert sum(agree) / len(agree) >= 0.8, [fx["id"] for fx, ok in zip(FIXTURES, agree) if not ok]
