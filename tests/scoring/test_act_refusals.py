"""Refusals and denials said with a negation (data/act_triggers.tsv, 'ours' rows; scoring/act_eval.py):
``not for sale``, ``not a bargaining chip``, ``nothing to discuss``, ``not aimed at any country``; a
rejection's own subject is who rejects, never its target, nor is a party whose affairs are at stake;
threats said as consequences under consideration (``would draw conclusions``, ``was considering
trade measures``, ``looking at every option``); offers said with a negation (``not closing the door``,
``not walking away``, ``will not happen again``); respecting a party's right or decision is praise of it."""

from __future__ import annotations

from conftest import one_statement_analysis
from summit_nlp.scoring import score_analysis


def _acts(text: str, speaker: str = "Chile") -> list[tuple[str, str | None]]:
    return [(a.act, a.target) for a in score_analysis(one_statement_analysis(text, speaker=speaker)).acts]


def test_refusals_said_with_a_negation() -> None:
    for text in ("The islands are not for sale.", "Our sovereignty is not a bargaining chip.",
                 "There is nothing to discuss.", "Chile will not be part of any such initiative.",
                 "Chile does not negotiate under threats.", "We are not going to keep funding a mission that fails."):
        assert [a for a, _ in _acts(text)] == ["reject"], text


def test_denials_said_with_a_negation() -> None:
    for text in ("The exercises are not aimed at any country.", "Chile has never interfered in the affairs of others.",
                 "The patrols are not directed against anyone.", "The deal has no hidden clauses."):
        assert [a for a, _ in _acts(text)] == ["deny"], text


def test_a_rejection_is_not_aimed_at_its_own_subject() -> None:
    assert _acts("Peru does not negotiate under threats.", speaker="Ortega") == [("reject", None)]


def test_a_party_whose_affairs_or_sovereignty_are_at_stake_is_no_agent() -> None:
    got = _acts("Foreign meddling in the internal affairs of Peru is illegal.")
    assert got and all(t != "Peru" for _, t in got)


def test_threats_said_as_consequences_under_consideration() -> None:
    for text in ("Chile would draw conclusions if there was no progress.",
                 "Chile was considering trade measures against countries that fish unsustainably.",
                 "We are looking at every option.", "Further designations would follow if the violence continued.",
                 "Any radar deployed there would be treated as legitimate targets."):
        assert [a for a, _ in _acts(text)] == ["threaten"], text


def test_offers_said_with_a_negation() -> None:
    for text in ("We are not closing the door to talks.", "We are not walking away from these talks.",
                 "What happened was wrong, and it will not happen again."):
        assert [a for a, _ in _acts(text)] == ["offer"], text


def test_respecting_a_partys_right_or_decision_is_praise_of_it() -> None:
    assert _acts("Chile respects Peru's right to develop relations with other countries.") == [("praise", "Peru")]
    assert _acts("Australia is Peru's partner of choice.", speaker="Australia") == [("praise", "Peru")]
    assert [a for a, _ in _acts("Chile will respect the ceasefire.")] == ["offer"]  # the speaker's own commitment
