"""The subject of a reporter's speech act (scoring/acts.py, ``_frame_speakers``)."""

from __future__ import annotations

from summit_nlp import analyze


def _acts(text: str) -> set[tuple[str, str | None, str]]:
    return {(a.speaker, a.target, a.act) for a in analyze(text).acts}


def test_a_name_in_apposition_after_a_description_is_the_subject() -> None:
    text = ("Spain and Morocco signed the treaty on Monday. In Madrid, the Spanish foreign minister, "
            "José Manuel Albares, welcomed the vote and said the treaty had created \"a zone of shared prosperity\".")
    assert any(s == "José Manuel Albares" and act == "praise" for s, _, act in _acts(text))


def test_a_party_inside_a_relative_clause_is_not_the_subject() -> None:
    text = ("Iraq and Turkey signed a water deal. \"This is a historic day,\" Iraqi Prime Minister Mohammed al-Sudani said. "
            "The Kurdistan Regional Government, whose oil fields lie near Iraq, welcomed the agreement.")
    assert not any(s == "Iraq" and act == "praise" for s, _, act in _acts(text))


def test_a_named_organisation_that_never_speaks_may_do_a_reporters_act() -> None:
    text = ("Iraq and Turkey signed a water deal. \"This is a historic day,\" Iraqi Prime Minister Mohammed al-Sudani said.\n\n"
            "The Kurdistan Regional Government welcomed the agreement. Its spokesperson, Peshawa Hawramani, said the "
            "region was ready to play \"a constructive role\".")
    assert ("Kurdistan Regional Government", None, "praise") in _acts(text)


def test_a_headline_list_of_parties_is_every_one_the_subject() -> None:
    text = ("Saudi Arabia, US urge Sudan to accept a truce\n\nJEDDAH - \"We need a ceasefire "
            "now,\" a Saudi official said.")
    speakers = {s for s, t, _ in _acts(text) if t == "Sudan"}
    assert {"Saudi Arabia", "United States"} <= speakers


def test_a_place_set_before_the_subject_is_not_the_subject() -> None:
    text = "Peru accused Chile of spying. In Santiago, Foreign Minister Ivan Soto rejected the accusation."
    assert ("Ivan Soto", "Peru", "deny") in _acts(text)


def test_a_denial_of_those_claims_answers_the_critic() -> None:
    text = 'Foreign Minister Karl Brandt accused Norway of "sabotaging the talks." Norway rejected those claims.'
    assert ("Norway", "Karl Brandt", "deny") in _acts(text)


def test_a_denial_of_the_criticism_finds_a_critic_several_sentences_back() -> None:
    text = ('Prime Minister Ana Ruiz accused Chile of stealing water. "This is theft," she said. "We will go to court," '
            'she added. "They know it." The Chilean government rejected the criticism.')
    assert ("Chile", "Ana Ruiz", "deny") in _acts(text)


def test_an_ambassador_to_a_country_does_not_speak_for_it() -> None:
    text = ("Belgium and Ukraine met. Ukrainian Ambassador to Belgium Vsevolod Chentsov thanked Belgium for its "
            "military support and said Kyiv was grateful.")
    assert ("Vsevolod Chentsov", "Belgium", "praise") in _acts(text)


def test_an_ambassador_to_an_organisation_speaks_in_it() -> None:
    from summit_nlp import analyze
    from summit_nlp.scoring.parties import find_parties, self_parties

    text = "Indonesia's Ambassador to ASEAN Dewi Sari said ASEAN stood ready to help."
    a = analyze(text)
    assert "Association of Southeast Asian Nations" in self_parties("Dewi Sari", find_parties(a))


def test_a_named_organisation_that_never_speaks_is_the_object_of_an_act() -> None:
    assert ("Pakistan", "Taliban", "criticize") in _acts("Pakistan accused the Taliban of sheltering militants.")


def test_a_speakers_own_organisation_named_in_the_statement_is_no_target() -> None:
    text = ("Elspeth Reid, chief executive of the Northern Fishermen's Federation, said the deal was "
            "\"a betrayal\" of the industry.")
    assert not any(t == "Northern Fishermen's Federation" for _, t, _ in _acts(text))


def test_cutting_a_supply_is_a_threat_cutting_tariffs_an_offer() -> None:
    threat = ("France refused to withdraw its troops from Gabon. Defence Minister Sylvain Ekomi said Gabon would cut "
              "water and electricity to the base if French troops were still there on July 21.")
    assert ("Sylvain Ekomi", "France", "threaten") in _acts(threat)
    assert ("Mexico", "United States", "offer") in _acts("Mexico and the US met. Mexico said it would cut tariffs on US corn.")


def test_a_reporters_threatened_is_a_threat_frame() -> None:
    text = ("The US threatened to impose 30% tariffs on Mexican steel unless Mexico cracks down on Chinese goods. "
            "Delaney said Mexico had 60 days.")
    assert ("United States", "Mexico", "threaten") in _acts(text)


def test_a_deadline_given_to_a_party_is_a_demand_of_it() -> None:
    text = ("Mexico and the US clashed. US Trade Representative Marcus Delaney said that Mexico had 60 days to "
            "enforce rules of origin.")
    assert ("Marcus Delaney", "Mexico", "demand") in _acts(text)
    assert not _acts("Kenya and Uganda met. The talks will resume in 30 days to allow experts to meet, the minister said.")


def test_retaliatory_duties_threaten_and_an_offer_may_take_a_time_adjunct() -> None:
    text = ('Mexico and the US clashed over tariffs. Economy Secretary Lucía Barragán said that Mexico had drawn up '
            'a list of US products that would face retaliatory duties "if the tariffs are applied."')
    assert ("Lucía Barragán", "United States", "threaten") in _acts(text)
    text = "Mexico and Canada met. Foreign Minister Ana Ruiz said Mexico had offered in March to host the talks."
    assert any(s == "Ana Ruiz" and act == "offer" for s, _, act in _acts(text))
