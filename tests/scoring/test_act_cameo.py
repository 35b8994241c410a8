"""Trigger families added from CAMEO's verb sets: concern (012), denigration and rebuff (110-111),
veto and refusal phrases (120), appreciation (051), intentions (030 INTEND, STRIVE) and the
speaker's own cooperative actions after will/would (060 AID, 080 ALLOW/RELEASE, 040 VISIT/MEET)."""

from __future__ import annotations

import pytest

from conftest import one_statement_analysis
from summit_nlp.model import Entity
from summit_nlp.scoring import score_analysis


def _acts(text: str, speaker: str = "Germany", **kw) -> list[tuple[str, str | None, str]]:
    return [(a.act, a.target, a.rule) for a in score_analysis(one_statement_analysis(text, speaker=speaker, **kw)).acts]


@pytest.mark.parametrize(("text", "act", "target"), [
    ("Germany expressed deep concern over Russia's troop movements.", "criticize", "Russia"),
    ("Germany voiced serious reservations about the plan.", "criticize", None),
    ("Germany was deeply concerned about the crackdown in Belarus.", "criticize", None),
    ("Germany chided Hungary for delaying the vote.", "criticize", "Hungary"),
    ("Germany scoffed at the idea.", "criticize", None),
    ("Germany snubbed Turkey at the summit.", "criticize", "Turkey"),
    ("Germany disagreed with France on the budget.", "criticize", "France"),
    ("Germany vetoed the resolution.", "reject", None),
    ("Germany turned down the offer of Austria.", "reject", "Austria"),
    ("Germany brushed aside the proposal.", "reject", None),
    ("Germany expressed its gratitude to Norway for the talks.", "praise", "Norway"),
    ("Germany said it plans to reopen its embassy in Vienna.", "offer", "Austria"),
    ("Germany said it would grant Austria access to the port.", "offer", "Austria"),
    ("Germany will strive to narrow the gap with Spain.", "offer", "Spain"),
])
def test_cameo_families_give_their_act(text: str, act: str, target: str | None) -> None:
    got = _acts(text)
    assert got and got[0][:2] == (act, target)


def test_the_countries_concerned_is_no_concern() -> None:
    assert _acts("Germany said the countries concerned would meet on Monday.") == []

