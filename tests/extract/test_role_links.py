"""Role links (extract/role_links.py): descriptions tied to the person named next to them."""

from __future__ import annotations

import pytest

from summit_nlp import analyze


@pytest.mark.parametrize(("text", "speaker"), [
    ('Hakan Demirtaş-Yılmaz was sworn in on Monday.\n\n"We will talk to everyone," the 61-year-old said.',
     "Hakan Demirtaş-Yılmaz"),
    ("Parliament elected Tuya Batmunkh as speaker on Friday. \"I will serve all members,\" the veteran lawmaker "
     "told reporters.", "Tuya Batmunkh"),
    ("Oskar Lindqvist, who led the army until 2020, entered the race. \"Order comes first,\" the former general "
     "said.", "Oskar Lindqvist"),
])
def test_a_speaking_description_is_the_one_person_named_just_before(text: str, speaker: str):
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text", [
    # two people named before: the description may be either
    'Ana Ruiz met Tomas Berg in Oslo. "We agreed on nothing," the diplomat said.',
    # an indefinite description introduced someone else
    'Lars Holm spoke first. A senior official said later: "No." "We wait," the official said.',
    # a place after a preposition is no person
    'Patrols increased around Koh Samet. "We protect the sea," the commander said.',
])
def test_a_description_with_no_single_antecedent_stands_for_itself(text: str):
    speakers = [q.speaker for q in analyze(text).quotes]
    assert speakers and not {"Ana Ruiz", "Tomas Berg", "Lars Holm", "Koh Samet"} & set(speakers)


def test_a_senator_is_no_president():
    text = ('Sen. Mark Ellison of Kentucky voted against the bill.\n\n"We will sign it," the president said.')
    assert [q.speaker for q in analyze(text).quotes] != ["Mark Ellison"]


def test_a_pronoun_after_the_description_picks_the_one_person_of_its_gender():
    text = ("Bernie Sanders attacked Hillary Clinton over trade on Friday. Sanders said the deal was a disaster.\n\n"
            "The former secretary of state said she had opposed the agreement since October.")
    assert [r.speaker for r in analyze(text).reported][-1] == "Hillary Clinton"


def test_a_pronoun_after_another_name_says_nothing_of_the_description():
    text = ("Bernie Sanders attacked Hillary Clinton over trade. The Vermont senator says the deal would \"gut\" "
            "towns; Clinton says she has a plan.")
    assert [q.speaker for q in analyze(text).quotes] != ["Hillary Clinton"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Farmers leader Tomas Ilunga, 52, and his deputy, Rose Banda, 47, met the minister in Lusaka. '
     '"We were heard today," the 47-year-old told reporters.', "Rose Banda"),
    ('The court freed 61-year-old Pavel Orlov and his lawyer Ivan Sokol (44) on Friday. '
     '"Justice came late," the 61-year-old said.', "Pavel Orlov"),
])
def test_an_age_description_is_the_one_person_named_with_that_age(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]
