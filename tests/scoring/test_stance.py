"""Stance rules on hand-built statements: cue semantics, negation, anaphora, replies, bad input."""

from __future__ import annotations

import pytest

from conftest import one_statement_analysis, statement
from summit_nlp.analysis import Analysis
from summit_nlp.model import Article, Entity
from summit_nlp.scoring import score_analysis
from summit_nlp.scoring.chunk import gerund
from summit_nlp.scoring.stance import Stance


def _stances(text: str, **kw) -> list[tuple[str, str, bool]]:
    _, stances = score_analysis(one_statement_analysis(text, **kw))
    return [(s.target, s.stance, s.hedged) for s in stances]


def test_called_on_x_to_abandon_y_is_against_y_and_favor_other_verbs() -> None:
    got = _stances("Russia called on Ukraine to abandon its ambitions to join NATO and cede its eastern regions.")
    assert ("Ukraine joining NATO", "against", False) in got
    assert ("Ukraine ceding its eastern regions", "favor", False) in got
    assert len(got) == 2


def test_called_for_np_to_include_y() -> None:
    assert _stances("Ukraine called for any peace deal to include security guarantees.") == [
        ("security guarantees in any peace deal", "favor", False)
    ]


def test_negated_favor_is_against_and_negated_against_is_hedged_favor() -> None:
    assert _stances("Paris does not support the tariffs.") == [("the tariffs", "against", False)]
    assert _stances("Tokyo did not rule out new sanctions.") == [("new sanctions", "favor", True)]


def test_denial_is_against_the_claim() -> None:
    assert _stances("The Kremlin denied that its jets violated Polish airspace.") == [
        ("its jets violated Polish airspace", "against", False)
    ]


def test_outcome_stance_follows_target_sentiment_and_neutral_outcome_gives_none() -> None:
    assert _stances("He said the plan could bring peace.") == [("peace", "favor", True)]
    assert _stances("He said the plan would lead to war.") == [("war", "against", False)]
    assert _stances("He said the plan would bring changes.") == []


def test_explicit_no_position_is_neutral() -> None:
    assert _stances("The ministry declined to comment on the election results.") == [
        ("the election results", "neutral", False)
    ]


def test_partial_quote_reads_its_cue() -> None:
    text = "He warned against “attempts to disrupt the talks.”"
    start = text.index("attempts")
    got = _stances(text, kind="partial", start=start, end=len(text) - 1, cue="warned")
    assert got == [("attempts to disrupt the talks", "against", False)]


def test_rejecting_the_idea_resolves_to_the_latest_proposal_of_another_speaker() -> None:
    text = "Moscow proposed a ceasefire along the front. Kyiv rejected the idea."
    a = _analysis(text, [("Russia", "Moscow proposed a ceasefire along the front."), ("Ukraine", "Kyiv rejected the idea.")])
    _, stances = score_analysis(a)
    assert ("Ukraine", "a ceasefire along the front", "against") in [(s.speaker, s.target, s.stance) for s in stances]


def test_reply_to_invitation_addressed_to_speaker() -> None:
    text = "“Come to Paris,” Macron told Biden. “I would love to,” Biden replied."
    st1 = statement(text, sid="q1", start=1, end=text.index(",”"), kind="direct", speaker="Macron",
                    cue="told", addressee="Biden")
    s2 = text.index("I would")
    st2 = statement(text, sid="q2", start=s2, end=s2 + len("I would love to,"), kind="direct", speaker="Biden",
                    cue="replied")
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(st1, st2), reported=(),
                 entities=(Entity("Macron", "person", ("Macron",)), Entity("Biden", "person", ("Biden",))))
    _, stances = score_analysis(a)
    assert [(s.speaker, s.target, s.stance, s.evidence) for s in stances] == [
        ("Biden", "a visit to Paris", "favor", ("q2",))
    ]


def test_statement_without_trigger_has_no_stance_and_unknown_speaker_is_skipped() -> None:
    assert _stances("The weather in Geneva was cold during the talks.") == []
    assert _stances("Germany called for a ceasefire.", speaker=None) == []


@pytest.mark.parametrize("text", ["", "   ", "?!…", "«»", "Россия призвала к прекращению огня.", "停火"])
def test_bad_input_gives_no_stances_and_neutral_scores(text: str) -> None:
    scores, stances = score_analysis(one_statement_analysis(text))
    assert stances == ()
    d = scores["s1"].to_dict()
    assert d["sentiment"]["label"] == "neutral" and d["sentiment"]["evidence"] == []
    assert all(t["score"] == 0 and t["evidence"] == [] for t in d["tone"].values())


def test_empty_analysis() -> None:
    a = Analysis(article=Article(text="", id="e"), sentences=(), quotes=(), reported=(), entities=())
    assert score_analysis(a) == ({}, ())


def test_stance_to_dict_is_the_spec_item() -> None:
    d = Stance("A", "peace", "favor", True, ("q1",), "call_for").to_dict()
    assert d == {"speaker": "A", "target": "peace", "stance": "favor", "hedged": True, "evidence": ["q1"],
                 "rule": "call_for", "trigger": None}


@pytest.mark.parametrize(("verb", "ing"), [("join", "joining"), ("cede", "ceding"), ("stop", "stopping"),
                                           ("die", "dying"), ("see", "seeing"), ("include", "including")])
def test_gerund(verb: str, ing: str) -> None:
    assert gerund(verb) == ing


def _analysis(text: str, items: list[tuple[str, str]]) -> Analysis:
    sts = []
    for k, (speaker, body) in enumerate(items):
        start = text.index(body)
        sts.append(statement(text, sid=f"r{k}", start=start, end=start + len(body), kind="indirect", speaker=speaker))
    ents = tuple(Entity(sp, "country", (sp,)) for sp, _ in items)
    return Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=tuple(sts), entities=ents)


def test_rejected_idea_found_in_previous_unattributed_sentence() -> None:
    text = "Moscow has called on Kyiv to cede the region. Kyiv rejected the idea."
    a = _analysis(text, [("Ukraine", "Kyiv rejected the idea.")])
    _, stances = score_analysis(a)
    assert [(s.speaker, s.target, s.stance) for s in stances] == [("Ukraine", "Kyiv ceding the region", "against")]


def test_rejected_idea_ignores_proposals_far_back() -> None:
    text = ("Moscow called for talks on the region. The weather was fine. Markets rose. "
            "Kyiv rejected the idea.")
    a = _analysis(text, [("Russia", "Moscow called for talks on the region."), ("Ukraine", "Kyiv rejected the idea.")])
    _, stances = score_analysis(a)
    assert [(s.speaker, s.stance) for s in stances] == [("Russia", "favor")]


def test_gerund_doubles_only_short_stressed_verbs():
    from summit_nlp.scoring.chunk import gerund

    assert [gerund(w) for w in ("open", "visit", "stop", "plan", "cede")] == [
        "opening", "visiting", "stopping", "planning", "ceding"]
