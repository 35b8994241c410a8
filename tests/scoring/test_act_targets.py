"""Targets read from the context (scoring/act_targets.py): the two sides of a story, ``both
governments``, the speaker's previous act in the sentence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from summit_nlp.analysis import Analysis
from summit_nlp.model import Article, Entity
from summit_nlp.scoring import score_analysis
from conftest import statement

STORY = ("India and Canada restored their envoys after a year of tension between New Delhi and Ottawa, "
         "and Indian and Canadian officials met. ")


def _acts(text: str, items: list[tuple[str, str]], kinds: dict[str, str] | None = None) -> list[tuple[str, str, str | None]]:
    sts = []
    for k, (speaker, body) in enumerate(items, 1):
        start = text.index(body)
        sts.append(statement(text, sid=f"r{k}", start=start, end=start + len(body), kind="indirect", speaker=speaker))
    names = dict.fromkeys(sp for sp, _ in items)
    ents = tuple(Entity(sp, (kinds or {}).get(sp, "country"), (sp,)) for sp in names)
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=tuple(sts), entities=ents)
    return [(x.speaker, x.act, x.target) for x in score_analysis(a).acts]


def test_a_conflictual_act_naming_no_party_is_aimed_at_the_other_side_of_a_two_party_story() -> None:
    text = STORY + "Canada said the decision had been a strategic mistake."
    assert _acts(text, [("Canada", "the decision had been a strategic mistake.")]) == [
        ("Canada", "criticize", "India")]


def test_without_two_sides_there_is_no_counterpart() -> None:
    text = "Canada said the decision had been a strategic mistake."
    assert _acts(text, [("Canada", "the decision had been a strategic mistake.")]) == [("Canada", "criticize", None)]


def test_both_governments_are_the_two_sides_for_a_third_party() -> None:
    text = STORY + "The African Union called on both governments to show restraint."
    got = _acts(text, [("African Union", "The African Union called on both governments to show restraint.")],
                {"African Union": "organisation"})
    assert got == [("African Union", "appeal", "India"), ("African Union", "appeal", "Canada")]


def test_both_sides_agreeing_is_an_offer_to_the_other_side() -> None:
    text = STORY + "Canada said both sides had agreed to keep talking."
    assert _acts(text, [("Canada", "both sides had agreed to keep talking.")]) == [("Canada", "offer", "India")]


def test_an_act_naming_no_party_takes_the_target_of_the_speakers_previous_act_in_the_sentence() -> None:
    text = "Germany urged Poland to resume the talks and said it stood ready to help."
    assert _acts(text, [("Germany", text)]) == [("Germany", "appeal", "Poland"), ("Germany", "offer", "Poland")]


def test_a_party_after_the_speakers_next_verb_is_not_in_the_object() -> None:
    text = "The Commission said it rejects the findings and would defend its farmers at the World Trade Organization."
    body = text[text.index("it rejects"):]
    got = _acts(text, [("European Commission", body)], {"European Commission": "organisation"})
    assert got[0] == ("European Commission", "reject", None)


def test_both_leaders_are_the_people_who_speak_for_each_side() -> None:
    text = (STORY + "Mark Carney said Canada wanted calm. Narendra Modi said India wanted calm. "
            "The UN envoy urged both leaders to resume the talks.")
    items = [("Mark Carney", "Canada wanted calm."), ("Narendra Modi", "India wanted calm."),
             ("UN envoy", "The UN envoy urged both leaders to resume the talks.")]
    sts = []
    for k, (speaker, body) in enumerate(items, 1):
        start = text.index(body)
        sts.append(statement(text, sid=f"r{k}", start=start, end=start + len(body), kind="indirect", speaker=speaker))
    ents = (Entity("Mark Carney", "person", ("Canadian Prime Minister Mark Carney",)),
            Entity("Narendra Modi", "person", ("Indian Prime Minister Narendra Modi",)),
            Entity("UN envoy", "person", ("UN envoy",)))
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=tuple(sts), entities=ents)
    got = [(x.act, x.target) for x in score_analysis(a).acts if x.speaker == "UN envoy"]
    assert got == [("appeal", "Narendra Modi"), ("appeal", "Mark Carney")]


def test_told_reporters_in_a_capital_names_no_addressee_party() -> None:
    text = "“These duties are unjustified,” the spokesperson told reporters in Brussels."
    st = statement(text, sid="q1", start=1, end=text.index(",”"), kind="direct", speaker="Olof Gill", cue="told",
                   addressee="European Union")
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(st,), reported=(),
                 entities=(Entity("Olof Gill", "person", ("Olof Gill",)), Entity("European Union", "organisation",
                                                                                 ("Brussels",))))
    assert [(x.act, x.target) for x in score_analysis(a).acts] == [("criticize", None)]


@pytest.mark.parametrize("text", [
    'Deputy Foreign Minister Oleg Ozerov told TASS that he had "firmly rejected" the protest.',
    'The opposition leader told Lusa that "we will not accept these results."',
    'Senator Rick Holloway said the message was clear. Denmark, he told Meridian News, "should take the hint."',
])
def test_a_news_outlet_told_is_never_an_acts_target(text: str) -> None:
    from summit_nlp import analyze

    acts = analyze(text).acts
    assert acts and all(a.target not in ("TASS", "Lusa", "Meridian News") for a in acts)


def test_the_authorities_in_a_capital_are_its_country() -> None:
    from summit_nlp import analyze

    acts = analyze("Foreign Minister Mohamad Hasan urged the military authorities in Naypyidaw to agree to a "
                   "ceasefire and to release Aung San Suu Kyi.").acts
    assert {a.target for a in acts} == {"Myanmar"}


def test_a_report_by_a_party_is_aimed_at_its_author() -> None:
    from summit_nlp import analyze

    acts = analyze("China rejected the report by the United States on human rights.").acts
    assert [a.target for a in acts] == ["United States"]


def test_rejecting_the_criticism_denies_it_to_whoever_criticised() -> None:
    from summit_nlp import analyze

    acts = analyze("Opposition leader Mette Lindqvist accused Rasmussen of paying a ransom. Rasmussen rejected "
                   "the criticism, saying no money had changed hands.").acts
    assert ("Rasmussen", "deny", "Mette Lindqvist") in [(a.speaker, a.act, a.target) for a in acts]


def test_a_joint_pair_named_as_an_object_is_two_targets() -> None:
    from summit_nlp import analyze

    acts = analyze("Diop accused Côte d'Ivoire and Benin of sheltering \"those who finance terrorism\" in the "
                   "Sahel. Both countries deny the charge.").acts
    assert [(a.act, a.target) for a in acts if a.speaker == "Diop"] == [("criticize", "Côte d'Ivoire"),
                                                                          ("criticize", "Benin")]


def test_a_reporters_frame_aimed_at_both_sides_never_names_the_marker() -> None:
    from summit_nlp import analyze

    text = ("India and Sri Lanka held talks on fishing. India said the arrests must end. Sri Lanka said the "
            "trawlers were in its waters. India and Sri Lanka agreed to meet again. Fishermen leader P. Jesuraja "
            "told reporters the talks were overdue. He appealed to both governments to convene the working group.")
    targets = [a.target for a in analyze(text).acts if a.speaker == "P. Jesuraja"]
    assert targets and not any(t and t.startswith("<") for t in targets)


def test_a_person_of_unknown_side_speaks_for_the_country_their_reported_clauses_open_with() -> None:
    from summit_nlp import analyze

    text = ("India and Sri Lanka held talks. Ministry spokesperson Randhir Jaiswal said India had sought "
            "consular access to the fishermen. \"Fishermen's issues must be dealt with humanely,\" Jaiswal said.")
    acts = analyze(text).acts
    assert acts and all(a.target != "India" for a in acts if a.speaker == "Randhir Jaiswal")


def _one(text: str, body: str, speaker: str, ents: tuple[Entity, ...], **kw: str) -> Analysis:
    """An analysis of ``text`` with one reported statement ``body`` of ``speaker``."""
    start = text.index(body)
    st = statement(text, sid="r1", start=start, end=start + len(body), kind="indirect", speaker=speaker, **kw)
    return Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=(st,), entities=ents)


def _triples(a: Analysis) -> list[tuple[str, str, str | None]]:
    return [(x.speaker, x.act, x.target) for x in score_analysis(a).acts]


def _person(name: str, alias: str | None = None) -> Entity:
    return Entity(name, "person", (alias or name,))


def test_a_person_addressed_is_the_target_but_a_body_spoken_to_is_only_the_forum() -> None:
    body = "the blockade was unacceptable."
    text = "Gerda Holm told Pavel Orlov that the blockade was unacceptable."
    ents = (_person("Gerda Holm"), _person("Pavel Orlov"))
    assert _triples(_one(text, body, "Gerda Holm", ents, cue="told", addressee="Pavel Orlov")) == [
        ("Gerda Holm", "criticize", "Pavel Orlov")]
    text = "Gerda Holm told the Harbour Council that the blockade was unacceptable."
    ents = (_person("Gerda Holm"), Entity("Harbour Council", "organisation", ("Harbour Council",)))
    assert _triples(_one(text, body, "Gerda Holm", ents, cue="told", addressee="Harbour Council")) == [
        ("Gerda Holm", "criticize", None)]


HOME_STORY = "Norway and Sweden signed a fisheries deal on Monday. "
ACCUSED = "accused the government of selling out farmers."
NORDIC = (Entity("Norway", "country", ("Norway",)), Entity("Sweden", "country", ("Sweden",)))


def test_the_government_a_critic_names_is_the_government_of_the_critics_own_country() -> None:
    text = HOME_STORY + "Swedish MP Erik Lind " + ACCUSED
    ents = (_person("Erik Lind", "Swedish MP Erik Lind"), *NORDIC)
    assert _triples(_one(text, ACCUSED, "Erik Lind", ents)) == [("Erik Lind", "criticize", "Sweden")]


def test_the_government_of_a_critic_of_unknown_country_is_the_first_country_the_article_names() -> None:
    text = HOME_STORY + "The opposition leader, Mara Holt, " + ACCUSED
    ents = (_person("Mara Holt"), *NORDIC)
    assert _triples(_one(text, ACCUSED, "Mara Holt", ents)) == [("Mara Holt", "criticize", "Norway")]


def test_the_government_extraction_resolved_is_the_target_whatever_the_first_country_named() -> None:
    from summit_nlp.model import Mention, Span as _Span

    text = HOME_STORY + "The opposition leader, Mara Holt, " + ACCUSED
    at = text.index("the government")
    filed = Mention(_Span(at, at + len("the government"), "the government"), "role", "government")
    ents = (_person("Mara Holt"), NORDIC[0], Entity("Sweden", "country", ("Sweden", "the government"), (filed,)))
    assert _triples(_one(text, ACCUSED, "Mara Holt", ents)) == [("Mara Holt", "criticize", "Sweden")]


def test_a_plural_group_of_people_named_as_the_object_is_a_party_of_its_own() -> None:
    text = "Senator Ann Cole urged fellow lawmakers to reject the bill."
    body = "urged fellow lawmakers to reject the bill."
    assert ("Ann Cole", "demand", "fellow lawmakers") in _triples(_one(text, body, "Ann Cole", (_person("Ann Cole"),)))


def test_a_surname_that_is_a_demonym_names_no_country() -> None:
    from summit_nlp.scoring.parties import find_parties, self_parties

    text = "Denmark and Norway signed a fisheries deal on Monday. Oliver Dane " + ACCUSED
    ents = (_person("Oliver Dane"), Entity("Denmark", "country", ("Denmark",)), *NORDIC[:1])
    assert self_parties("Oliver Dane", find_parties(_one(text, ACCUSED, "Oliver Dane", ents))) == {"Oliver Dane"}


def test_a_reporters_rejected_the_criticism_answers_the_latest_critic_whomever_it_named() -> None:
    text = "Anna Berg accused Norway of hiding the figures. Lars Dahl rejected the criticism."
    ents = (_person("Anna Berg"), _person("Lars Dahl"), *NORDIC[:1])
    got = _triples(_one(text, "accused Norway of hiding the figures.", "Anna Berg", ents))
    assert ("Lars Dahl", "deny", "Anna Berg") in got


def test_an_offer_of_talks_naming_no_party_is_aimed_at_the_other_side_a_promise_at_home_at_no_one() -> None:
    text = STORY + "Canada said it was ready to resume talks."
    assert _acts(text, [("Canada", "it was ready to resume talks.")]) == [("Canada", "offer", "India")]
    text = STORY + "Canada said it was ready to build new roads."
    assert _acts(text, [("Canada", "it was ready to build new roads.")]) == [("Canada", "offer", None)]


def test_a_person_speaks_for_the_country_a_partial_quote_after_an_audience_says_what_it_does() -> None:
    from summit_nlp.scoring.act_context import make_context
    from summit_nlp.scoring.sentiment import make_analyzer

    text = 'Ruri Tanaka told a news conference in Osaka that Japan expected "a quick and positive outcome".'
    ents = (_person("Ruri Tanaka"), Entity("Japan", "country", ("Japan",)))
    a = _one(text, "a quick and positive outcome", "Ruri Tanaka", ents, cue="told")
    a = replace(a, quotes=tuple(replace(q, kind="partial") for q in a.reported), reported=())
    assert make_context(a, make_analyzer(), a.statements).selves("Ruri Tanaka") == {"Ruri Tanaka", "Japan"}


def test_the_council_is_the_one_organisation_named_council_and_no_one_when_two_are() -> None:
    harbour = Entity("Harbour Council", "organisation", ("Harbour Council",))
    text = "The Harbour Council met on Monday. Gerda Holm urged the council to publish the figures."
    body = "urged the council to publish the figures."
    assert _triples(_one(text, body, "Gerda Holm", (_person("Gerda Holm"), harbour))) == [
        ("Gerda Holm", "demand", "Harbour Council")]
    text = "The Harbour Council and the City Council met on Monday. Gerda Holm urged the council to publish the figures."
    city = Entity("City Council", "organisation", ("City Council",))
    assert _triples(_one(text, body, "Gerda Holm", (_person("Gerda Holm"), harbour, city))) == [
        ("Gerda Holm", "demand", None)]  # pressed all the same (an addressee naming no party), at no one


def test_told_the_council_makes_the_council_the_forum_whatever_addressee_the_extractor_read() -> None:
    # a guard for the two rules together: "the council" is a party now, and a forum here
    harbour = Entity("Harbour Council", "organisation", ("Harbour Council",))
    text = "The Harbour Council met on Monday. Gerda Holm told the council that the blockade was unacceptable."
    ents = (_person("Gerda Holm"), harbour, Entity("Norway", "country", ("Norway",)))
    got = _triples(_one(text, "the blockade was unacceptable.", "Gerda Holm", ents, cue="told", addressee="Norway"))
    assert got == [("Gerda Holm", "criticize", None)]


def test_an_act_naming_no_party_is_aimed_at_its_object_side_first() -> None:
    from conftest import one_statement_analysis

    text = "Next to Peru, Chile will not sign any treaty that rewards Bolivia."
    acts = score_analysis(one_statement_analysis(text, speaker="Chile")).acts
    assert [(a.act, a.target) for a in acts] == [("reject", "Bolivia")]


def test_a_person_of_unknown_side_speaks_for_the_country_of_the_capital_their_sentence_opens_with() -> None:
    from summit_nlp.scoring.act_context import make_context
    from summit_nlp.scoring.sentiment import make_analyzer

    text = "In Tokyo, Ruri Tanaka said the talks had been useful."
    ents = (_person("Ruri Tanaka"), Entity("Japan", "country", ("Japan",)))
    a = _one(text, "the talks had been useful.", "Ruri Tanaka", ents)
    assert make_context(a, make_analyzer(), a.statements).selves("Ruri Tanaka") == {"Ruri Tanaka", "Japan"}


def test_ministers_a_critic_accuses_are_the_home_government_too() -> None:
    text = HOME_STORY + "Swedish MP Erik Lind accused ministers of selling out farmers."
    body = "accused ministers of selling out farmers."
    ents = (_person("Erik Lind", "Swedish MP Erik Lind"), *NORDIC)
    assert _triples(_one(text, body, "Erik Lind", ents)) == [("Erik Lind", "criticize", "Sweden")]


def test_both_sides_must_presses_each_side_for_a_third_party() -> None:
    text = STORY + "The African Union said both sides must stop playing for time."
    got = _acts(text, [("African Union", "both sides must stop playing for time.")], {"African Union": "organisation"})
    assert got == [("African Union", "demand", "India"), ("African Union", "demand", "Canada")]


def test_a_target_from_context_is_never_the_speakers_own_side() -> None:
    from summit_nlp.model import Mention, Span
    text = "Chilean envoy Ortega met Peru's negotiators. Chile said Ortega was wrong, and Chile rejected the idea."
    ortega = Entity("Ortega", "person", ("Chilean envoy Ortega", "Ortega"),
                    mentions=(Mention(Span.of(text, 0, 20), "name", "Ortega", title="Chilean envoy"),))
    body = "Ortega was wrong, and Chile rejected the idea."  # Ortega, a Chilean, stands for Chile: not its target
    start = text.index(body)
    st = statement(text, sid="r1", start=start, end=start + len(body), kind="indirect", speaker="Chile")
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=(st,),
                 entities=(Entity("Chile", "country", ("Chile",)), ortega, Entity("Peru", "country", ("Peru",))))
    got = [(x.speaker, x.act, x.target) for x in score_analysis(a).acts]
    assert ("Chile", "reject", None) in got and all(t != "Chile" for _, _, t in got)


def test_the_government_an_opposition_mp_accuses_is_the_storys_own_country() -> None:
    from summit_nlp import analyze
    text = ("Abela defends Libya migration deal\n\nThe deal with Libya was signed by Malta on Monday. "
            "Opposition MP Karl Borg accused the government of \"hiding the text\".")
    acts = [(a.speaker, a.act, a.target) for a in analyze(text).acts]
    assert ("Karl Borg", "criticize", "Malta") in acts and not any(t == "Libya" for _, _, t in acts)
