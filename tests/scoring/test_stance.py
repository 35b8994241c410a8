"""Stances derived from acts: toward the target party and toward the issue, merged."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hst

from conftest import one_statement_analysis
from summit_nlp.model import Span
from summit_nlp.scoring import score_analysis
from summit_nlp.scoring.acts import Act
from summit_nlp.scoring.chunk import gerund
from summit_nlp.scoring.stance import Stance, stances_from_acts


def _act(act: str, target: str | None, issue: str | None, **kw) -> Act:
    span = Span(0, 10, "0123456789")
    return Act(id=kw.pop("id", "a1"), act=act, speaker="A", target=target, issue=issue, span=span,
               trigger=Span(0, 3, "012"), evidence=kw.pop("evidence", ("q1",)), rule="object:" + act, **kw)


def test_an_act_gives_a_stance_toward_its_issue_else_toward_its_party() -> None:
    st = stances_from_acts([_act("praise", "B", "the summit")])
    assert [(s.target, s.stance, s.rule) for s in st] == [("the summit", "favor", "issue:praise")]
    st = stances_from_acts([_act("criticize", "B", None), _act("offer", None, None, id="a2")])
    assert [(s.target, s.stance, s.rule) for s in st] == [("B", "against", "party:criticize")]


def test_a_demand_to_give_something_up_opposes_the_issue() -> None:
    st = stances_from_acts([_act("demand", "Ukraine", "Ukraine joining NATO", against_issue=True)])
    assert [(s.target, s.stance) for s in st] == [("Ukraine joining NATO", "against")]
    st = stances_from_acts([_act("demand", "Ukraine", "Ukraine ceding its eastern regions")])
    assert [(s.target, s.stance) for s in st] == [("Ukraine ceding its eastern regions", "favor")]


def test_stances_merge_by_speaker_label_and_target_words() -> None:
    st = stances_from_acts([_act("praise", None, "the trade agreement", id="a1", evidence=("q1",)),
                            _act("offer", None, "the trade agreement in its current form", id="a2", evidence=("q2",),
                                 hedged=True)])
    assert len(st) == 1
    assert st[0].evidence == ("q1", "q2") and st[0].acts == ("a1", "a2") and st[0].hedged is False
    assert st[0].rule == "issue:praise+issue:offer"


def test_hedged_only_when_every_source_is() -> None:
    st = stances_from_acts([_act("offer", "B", None, hedged=True), _act("offer", "B", None, id="a2", hedged=True)])
    assert [s.hedged for s in st] == [True]


def test_stances_of_a_statement_come_from_its_acts() -> None:
    scored = score_analysis(one_statement_analysis("Ukraine called for any peace deal to include security guarantees."))
    assert [(s.target, s.stance) for s in scored.stances] == [("security guarantees in any peace deal", "favor")]
    assert scored.stances[0].acts == (scored.acts[0].id,)


def test_stance_to_dict_is_the_spec_item() -> None:
    d = Stance("A", "peace", "favor", True, ("q1",), "issue:appeal", acts=("a1",)).to_dict()
    assert d == {"speaker": "A", "target": "peace", "stance": "favor", "hedged": True, "evidence": ["q1"],
                 "rule": "issue:appeal", "trigger": None, "acts": ["a1"]}


def test_empty_analysis() -> None:
    from summit_nlp.analysis import Analysis
    from summit_nlp.model import Article

    a = Analysis(article=Article(text="", id="e"), sentences=(), quotes=(), reported=(), entities=())
    scored = score_analysis(a)
    assert (dict(scored.scores), scored.acts, scored.stances) == ({}, (), ())


@pytest.mark.parametrize(("verb", "ing"), [("join", "joining"), ("cede", "ceding"), ("stop", "stopping"),
                                           ("die", "dying"), ("see", "seeing"), ("include", "including"),
                                           ("open", "opening"), ("visit", "visiting"), ("plan", "planning")])
def test_gerund(verb: str, ing: str) -> None:
    assert gerund(verb) == ing


@settings(max_examples=300, deadline=None)
@given(hst.lists(hst.lists(hst.sampled_from(["the", "plan", "Peace", "talks", "", "a", "peace plan"]), min_size=1,
                           max_size=4).map(" ".join), min_size=1, max_size=40))
def test_the_target_index_finds_what_a_test_of_every_earlier_target_finds(targets: list[str]) -> None:
    # Two targets are the same when one holds the other's words in order; past a few targets the
    # index by runs of words must find the first such earlier target, as a test of each one does.
    from summit_nlp.scoring import stance

    for scan in (0, 2, stance._SCAN):  # the index from the first target, from the third, as shipped
        real, stance._SCAN = stance._SCAN, scan
        try:
            index, earlier = stance._Targets(), []
            for t in targets:
                expected = next((i for i, old in enumerate(earlier) if f" {old.lower()} " in f" {t.lower()} "
                                 or f" {t.lower()} " in f" {old.lower()} "), None)
                assert index.first_same(t) == expected, (scan, earlier, t)
                earlier.append(t)
                index.add(t, len(earlier) - 1)
        finally:
            stance._SCAN = real
