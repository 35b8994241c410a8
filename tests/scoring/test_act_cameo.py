"""Trigger families added from CAMEO's verb sets: concern (012), denigration and rebuff (110-111),
veto and refusal phrases (120), appreciation (051), intentions (030 INTEND, STRIVE) and the
speaker's own cooperative actions after will/would (060 AID, 080 ALLOW/RELEASE, 040 VISIT/MEET); our
diplomatic phrases for threats (CAMEO 131-139 categories), denials, rejections, conditions and offers."""

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


#: Our diplomatic phrases: sentence | act | target ("-": none).
PHRASES = """
# threats (our phrases for CAMEO's 131-139 categories: sanctions, force, ultimatums)
Germany said it would impose new sanctions on Russia. | threaten | Russia
Germany said it would not hesitate to act. | threaten | -
Germany said it could use military force. | threaten | -
Germany said Russia will pay a heavy price for the attack. | threaten | Russia
Germany said any incursion would be met with a firm response. | threaten | -
Germany issued an ultimatum. | threaten | -
# denials
Germany said it had no role in the attack. | deny | -
Germany said it was not responsible for the outage. | deny | -
Germany said there was no basis for the report. | deny | -
# rejections
Germany said the plan was a non-starter. | reject | -
Germany said its borders were not up for negotiation. | reject | -
Germany said it would not back down. | reject | -
# demands: conditions and accountability
Germany laid down strict conditions for the loan. | demand | -
Germany said it will only sign a deal that protects its farmers. | demand | -
Germany said it would hold Russia accountable. | demand | Russia
Germany said Russia will be held accountable. | demand | Russia
Germany said it would hold talks with Russia. | offer | Russia
# the speaker's own harm after an offer trigger is a threat; a binding call is a demand
Germany vowed to retake the island from Russia. | threaten | Russia
Germany vowed to rebuild the bridge. | offer | -
Germany called for a legally binding deal. | demand | -
Germany called for talks. | appeal | -
# offers and warnings
Germany said it was ready for talks with Russia. | offer | Russia
Germany expressed its readiness to mediate. | offer | -
Germany said the move could destabilise the region. | warn | -
"""


def _phrase_cases() -> list[tuple[str, str, str | None]]:
    rows = [line.split(" | ") for line in PHRASES.strip().splitlines() if line and not line.startswith("#")]
    return [(text, act, None if target == "-" else target) for text, act, target in rows]


@pytest.mark.parametrize(("text", "act", "target"), _phrase_cases())
def test_diplomatic_phrases_give_their_act(text: str, act: str, target: str | None) -> None:
    got = _acts(text)
    assert got and got[0][:2] == (act, target)


def test_the_countries_concerned_is_no_concern() -> None:
    assert _acts("Germany said the countries concerned would meet on Monday.") == []




def test_a_negated_readiness_is_a_refusal() -> None:
    assert _acts("Germany said it was not ready for talks.")[0][0] == "reject"


def test_readiness_to_talk_is_an_offer_and_solidarity_is_praise() -> None:
    from summit_nlp import analyze

    acts = analyze("Ambassador Ida Berg spoke on Sunday. She said Norway was ready to discuss a larger "
                   "Swedish presence at the base.").acts
    assert [(a.act, a.target) for a in acts] == [("offer", "Sweden")]
    assert [(a.act, a.target) for a in analyze("Foreign Minister Ana Lima said Brazil stands with Chile.").acts] == [
        ("praise", "Chile")]
    acts = analyze("“Kuwait reserves its full right to take all measures,” the Kuwaiti foreign ministry said "
                   "after the Iraqi incursion.").acts
    assert [a.act for a in acts] == ["threaten"]


@pytest.mark.parametrize(("text", "act", "target"), [
    ("Katchatheevu is not open for discussion, the minister said.", "reject", None),
    ("Cameroon does not take instructions from Washington, the minister said.", "reject", "United States"),
    ("The AES would take no lessons on counter-terrorism from Paris, Diop said.", "reject", "France"),
    ("The envoy said the door to a deal remains open.", "offer", None),
    ("The negotiators said the offer did not go far enough.", "reject", None),
])
def test_refusals_and_openings_of_diplomatic_idiom(text: str, act: str, target: str | None) -> None:
    from summit_nlp import analyze

    assert (act, target) in [(a.act, a.target) for a in analyze(text).acts]
