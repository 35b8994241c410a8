"""Acts aimed at a role description extraction resolved (scoring/parties.py, ``role``)."""

from __future__ import annotations

from summit_nlp import analyze

TEXT = ("Prime Minister Bart De Wever refused to back the plan on Wednesday. "
        "Foreign Minister Maxime Prévot backed the prime minister. "
        "Socialist leader Paul Magnette accused the prime minister of isolating Belgium.")


def _dyads(text: str) -> set[tuple[str, str | None, str]]:
    return {(a.speaker, a.target, a.act) for a in analyze(text).acts}


def test_an_act_on_a_resolved_description_is_aimed_at_its_person() -> None:
    dyads = _dyads(TEXT)
    assert ("Maxime Prévot", "Bart De Wever", "praise") in dyads
    assert ("Paul Magnette", "Bart De Wever", "criticize") in dyads


def test_each_description_is_aimed_at_the_person_it_stands_for_there() -> None:
    text = TEXT + " Magnette also accused the foreign minister of hiding the costs."
    dyads = _dyads(text)
    assert ("Paul Magnette", "Maxime Prévot", "criticize") in dyads
    assert ("Paul Magnette", "Bart De Wever", "criticize") in dyads
