"""Gold stances and tone labels of our own statements (tests/fixtures/stances/statements.jsonl)."""

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


@pytest.mark.parametrize("fx", FIXTURES, ids=[fx["id"] for fx in FIXTURES])
def test_fixture_stances(fx: dict[str, Any]) -> None:
    analysis = _analysis(fx)
    _, stances = score_analysis(analysis)
    own = [s for s in stances if s.speaker == fx["speaker"]]
    for gold in fx["stances"]:
        hit = [s for s in own if _matches(s, gold)]
        assert hit, f"{fx['id']}: missed {gold} in {[s.to_dict() for s in own]}"
        assert hit[0].hedged == gold["hedged"], f"{fx['id']}: hedged {hit[0].hedged}"
    extra = [s for s in own if not any(_matches(s, g) for g in fx["stances"])]
    assert not extra, f"{fx['id']}: extra {[s.to_dict() for s in extra]}"


@pytest.mark.parametrize("fx", FIXTURES, ids=[fx["id"] for fx in FIXTURES])
def test_fixture_tone(fx: dict[str, Any]) -> None:
    analysis = _analysis(fx)
    scores, _ = score_analysis(analysis)
    tone = scores["s1"].tone
    for dim, sign in fx["tone"].items():
        value = tone[dim].score
        expected = {"+": value > 0, "-": value < 0, "0": value == 0}[sign]
        assert expected, f"{fx['id']}: {dim}={value}, expected {sign}; evidence {tone[dim].evidence}"


def test_fixture_sentiment_labels() -> None:
    """VADER plus our supplement agrees with our sentiment labels on at least 80% of the fixtures."""
    agree = []
    for fx in FIXTURES:
        scores, _ = score_analysis(_analysis(fx))
        agree.append(scores["s1"].sentiment.label == fx["sentiment"])
    assert sum(agree) / len(agree) >= 0.8, [fx["id"] for fx, ok in zip(FIXTURES, agree) if not ok]
