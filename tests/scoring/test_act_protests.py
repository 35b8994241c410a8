"""Diplomatic protests and requests of a party: a protest lodged with a state, an envoy summoned
(the act is aimed at the state the envoy represents), a demand with an adjunct before its ``that``
clause, and a request of a named party that asks for more than information."""

from __future__ import annotations

import pytest

from summit_nlp import analyze

_LATER = ' "This is unacceptable," the minister said.'  # a statement nearby: frames are read next to statements


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(a.act, a.target) for a in analyze(text).acts]


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan lodged a protest with China on Tuesday." + _LATER, ("criticize", "China")),
    ("Japan lodged a strongly worded protest with Beijing." + _LATER, ("criticize", "China")),
    ("Japan protested to China on Tuesday." + _LATER, ("criticize", "China")),
    ("Kenya filed a complaint against Somalia." + _LATER, ("criticize", "Somalia")),
    ("Kuwait summoned Iraqi Ambassador Ali Hamid on Sunday." + _LATER, ("criticize", "Iraq")),
    ("Canada summoned the United States ambassador on Wednesday." + _LATER, ("criticize", "United States")),
])
def test_a_protest_is_a_criticism_of_the_state_it_is_lodged_with(text: str, expected: tuple[str, str]) -> None:
    assert expected in _pairs(text)


def test_a_summoned_envoy_stands_for_the_state_he_represents() -> None:
    text = ("Kuwait summoned Iraqi Ambassador Ali Hamid on Sunday and handed him a protest note." + _LATER)
    assert ("criticize", "Ali Hamid") not in _pairs(text) and ("criticize", "Iraq") in _pairs(text)


def test_a_demand_keeps_its_that_clause_across_an_adjunct() -> None:
    assert ("demand", "China") in _pairs("Japan demanded through diplomatic channels that China withdraw its ships.")
    assert ("demand", "China") in _pairs("Japan demanded in a statement that China withdraw its ships.")


@pytest.mark.parametrize("text, act", [
    ("The minister urged Britain to go further.", "demand"),  # pressing one named party (act_frames, "ask")
    ("The minister urged Britain to do more.", "demand"),
    ("The minister urged Britain to be patient.", "appeal"),
])
def test_any_request_of_a_named_party_is_an_act(text: str, act: str) -> None:
    assert (act, "United Kingdom") in _pairs(text)


def test_a_request_for_information_is_no_act() -> None:
    assert _pairs("The minister asked Britain to comment.") == []
    assert _pairs("The minister asked Britain to confirm the date.") == []


@pytest.mark.parametrize(("text", "act"), [
    ("The minister urged Lithuania to correct its mistakes on Taiwan.", "demand"),
    ("The minister urged Russia to accept a ceasefire along the front line.", "demand"),
    ("The senator urged the administration to impose the tariffs without delay.", "demand"),
    ("The minister urged Lithuania to resume talks on Taiwan.", "appeal"),
])
def test_a_request_to_give_in_or_to_press_is_a_demand(text: str, act: str) -> None:
    assert [a.act for a in analyze(text).acts][:1] == [act]


@pytest.mark.parametrize(("text", "act"), [
    ('Wellington said it had raised "serious concerns" over the drills.', "criticize"),
    ('The ministry said it was "deeply concerned" by the incident.', "criticize"),
    ('The ministry said it "firmly opposes" the tariffs.', "reject"),
])
def test_a_partial_quote_does_not_split_a_trigger(text: str, act: str) -> None:
    assert act in [a.act for a in analyze(text).acts]


def test_a_joint_speaker_pledging_after_a_time_adverbial_offers() -> None:
    assert [a.act for a in analyze("Turkey, Azerbaijan and Georgia on Wednesday pledged to speed up work.").acts] == [
        "offer"]
    assert ("offer", "Japan") in _pairs("Seoul last week agreed to resume talks with Tokyo, the minister said.")
