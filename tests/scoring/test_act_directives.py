"""Directive readings: ``urged X not to V`` (a request to refrain), an explicit ``demanded NP`` with
no party, and noun phrases whose modifiers hold an adverb or a coordination (chunk.py)."""

from __future__ import annotations

from conftest import one_statement_analysis
from summit_nlp.scoring import score_analysis
from summit_nlp.scoring.chunk import noun_phrase
from summit_nlp.scoring.text import tokens


def _acts(text: str, speaker: str = "Chile") -> list[tuple[str, str | None, str | None, str]]:
    return [(a.act, a.target, a.issue, a.issue_stance)
            for a in score_analysis(one_statement_analysis(text, speaker=speaker)).acts]


def test_urged_x_not_to_v_is_an_appeal_against_what_it_names() -> None:
    assert _acts("Chile urged its fishermen not to enter the disputed waters.") == [
        ("appeal", None, "entering the disputed waters", "against")]


def test_an_explicit_demand_needs_no_party_or_pressure_word() -> None:
    got = _acts("Chile demanded an overhaul of the fishing quotas.")
    assert [(a, t) for a, t, _, _ in got] == [("demand", None)]
    assert _acts("Chile pressed the button.") == []  # "press" without a party or pressure: no demand


def test_noun_phrases_with_an_adverb_or_coordinated_modifiers() -> None:
    for text, head, phrase in [
        ("called for a legally binding deal.", "deal", "a legally binding deal"),
        ("called for an immediate and unconditional truce.", "truce", "an immediate and unconditional truce"),
    ]:
        np = noun_phrase(text, 0, tokens(text, 0), 2)
        assert np is not None and (np.head, np.text) == (head, phrase)
    text = "called for talks and a truce."
    np = noun_phrase(text, 0, tokens(text, 0), 2)
    assert np is not None and np.text == "talks"


def test_needed_to_is_the_past_of_needs_to() -> None:
    from conftest import statement
    from summit_nlp.analysis import Analysis
    from summit_nlp.model import Article, Entity
    text = "Chile said Peru needed to withdraw its boats from the bay."
    body = "Peru needed to withdraw its boats from the bay."
    st = statement(text, sid="r1", start=text.index(body), end=text.index(body) + len(body), kind="indirect",
                   speaker="Chile")
    ents = (Entity("Chile", "country", ("Chile",)), Entity("Peru", "country", ("Peru",)))
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=(st,), entities=ents)
    assert [(x.act, x.target) for x in score_analysis(a).acts] == [("demand", "Peru")]


def test_urging_one_named_party_is_a_demand_unless_it_is_asked_to_cooperate_or_only_asked() -> None:
    def one(text: str) -> list[tuple[str, str | None]]:
        return [(a, t) for a, t, _, _ in _acts(text)]

    assert one("Chile urged Peru to publish the fishing figures.") == [("demand", "Peru")]
    assert one("Chile called on Peru to go further.") == [("demand", "Peru")]
    assert one("Chile urged Peru to resume talks on the quotas.") == [("appeal", "Peru")]
    assert one("Chile urged Peru to show restraint.") == [("appeal", "Peru")]
    assert one("Chile asked Peru to publish the fishing figures.") == [("appeal", "Peru")]


def test_an_offer_on_a_condition_the_other_side_must_meet_demands_it() -> None:
    def one(text: str) -> list[tuple[str, str | None]]:
        return [(a, t) for a, t, _, _ in _acts(text)]

    assert ("demand", "Peru") in one("Chile was ready to sign the treaty as soon as Peru withdraws its claim.")
    assert ("demand", "Peru") in one("Chile would attend the talks only if Peru shows good faith.")
    assert [a for a, _ in one("Chile was ready to host the talks for as long as they are useful.")] == ["offer"]


def test_a_passive_or_an_expectation_of_oneself_and_a_generic_you_press_no_one() -> None:
    assert _acts("Chile said the first releases are expected within three weeks.") == []
    assert _acts("Chile said it expected to meet Peru's minister again next month.") == []
    assert _acts("You'll have to ask the Treasury.", speaker="Chile") == []
    assert _acts("Somebody has to admit they are not going to win.", speaker="Chile") == []


def test_in_a_speech_urging_one_named_party_stays_an_appeal() -> None:
    from summit_nlp import analyze

    acts = analyze("We urge Peru to publish the fishing figures.", "s", speaker="Chile").acts
    assert [(a.act, a.target) for a in acts] == [("appeal", "Peru")]


def test_deepening_or_strengthening_ties_with_a_party_is_an_offer_to_it() -> None:
    assert [(a, t) for a, t, _, _ in _acts("Chile said it would deepen defence cooperation with Peru.")] == [
        ("offer", "Peru")]
    assert [(a, t) for a, t, _, _ in _acts("Chile said it will strengthen its ties with Peru.")] == [("offer", "Peru")]


def test_a_readiness_after_a_verb_of_coming_is_the_subjects_own_offer() -> None:
    got = [(a, t) for a, t, _, _ in _acts("Chile had come to the talks prepared to reduce its catch, provided Peru "
                                          "gave up its claim.")]
    assert [a for a, _ in got] == ["demand", "offer"] and ("demand", "Peru") in got


def test_wanting_or_asking_for_anything_but_cooperation_is_a_demand() -> None:
    assert [a for a, *_ in _acts("Chile wanted answers, not apologies.")] == ["demand"]
    assert [a for a, *_ in _acts("Chile called for tougher measures.")] == ["demand"]
    assert [a for a, *_ in _acts("Chile called for talks.")] == ["appeal"]
    assert [a for a, *_ in _acts("Chile wanted normal relations.")] == ["appeal"]
    assert [a for a, *_ in _acts("Chile proposed a labelling system.")] == ["appeal"]  # a proposal, not a want


def test_urging_a_group_to_do_something_other_than_cooperate_is_a_demand() -> None:
    assert [a for a, *_ in _acts("Chile called on neighbouring countries to enforce the embargo.")] == ["demand"]
    assert [a for a, *_ in _acts("Chile called on neighbouring countries to resume talks.")] == ["appeal"]


def test_a_request_reaches_its_to_past_the_rest_of_the_addressee_or_an_aside() -> None:
    got = _acts("Chile called on Peru’s military-backed government to release the detainees.")
    assert [(a, t) for a, t, _, _ in got] == [("demand", "Peru")]
    got = _acts("Chile called on Peru, where the rebels are said to shelter, to stop looking the other way.")
    assert [(a, t) for a, t, _, _ in got] == [("demand", "Peru")]
    assert [(a, t) for a, t, _, _ in _acts("Chile urged Peru back to the table.")] == [("appeal", "Peru")]


def test_pressing_an_addressee_that_names_no_party_and_a_second_verb_after_and_to() -> None:
    assert [a for a, *_ in _acts("Chile called on the minister to publish a start date.")] == ["demand"]
    assert [a for a, *_ in _acts("Chile urged all parties to resolve their disputes.")] == ["appeal"]
    got = _acts("Chile called on Peru to engage with its neighbours and to allow independent monitors in.")
    assert sorted(a for a, *_ in got) == ["appeal", "demand"]


def test_asking_a_named_party_to_cooperate_is_an_appeal_to_give_something_up_a_demand() -> None:
    for text, act in [("Chile urged Peru to respond positively to the offer.", "appeal"),
                      ("Chile called on Peru to ratify the treaty.", "appeal"),
                      ("Chile urged Peru to release the detained fishermen.", "demand")]:
        got = [(a.act, a.target) for a in score_analysis(one_statement_analysis(text, speaker="Chile")).acts]
        assert (act, "Peru") in got, (text, got)


def test_a_modal_framing_the_speakers_own_point_presses_no_one() -> None:
    from summit_nlp import analyze

    assert analyze("It should be noted that the convoy arrived two days late.", speaker="Chile").acts == ()
    assert analyze('"It must be recalled that the border was drawn in 1923," Boric said.').acts == ()
    assert [a.act for a in analyze("The blockade must be lifted at once.", speaker="Chile").acts] == ["demand"]
