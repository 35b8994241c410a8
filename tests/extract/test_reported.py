import pytest

from summit_nlp import analyze


def reported(text: str):
    return [(r.text, r.speaker, r.cue_text, r.attribution.rule) for r in analyze(text).reported]


def test_called_on_clause_from_subject_to_final_stop():
    text = "Germany has repeatedly called on Iran to return to talks."
    assert reported(text) == [(text, "Germany", "called on", "cue_clause")]


def test_coordinated_cues_give_one_item():
    text = "Israel has rejected the proposal and called for a new round of talks."
    assert reported(text) == [(text, "Israel", "rejected", "cue_clause")]


def test_relative_clause_span_starts_at_the_pronoun():
    text = "Prime Minister Mark Carney presented a plan, which he said would cut tariffs, on Tuesday."
    assert reported(text) == [("which he said would cut tariffs", "Mark Carney", "said", "relative_clause")]


def test_warned_that_is_reported_but_warned_against_is_not():
    assert reported("Japan warned that the missile tests must stop.")[0][1] == "Japan"
    assert reported("Japan warned against escalation in the region.") == []


def test_according_to():
    got = reported("The talks will resume next week, according to Secretary-General Antonio Guterres.")
    assert got and got[0][1] == "Antonio Guterres" and got[0][3] == "according_to"


def test_content_first():
    got = reported("The ceasefire would hold through the weekend, officials said.")
    assert got and got[0][1] == "officials" and got[0][3] == "content_first"


def test_thinking_verbs_and_quotes_are_not_reported_speech():
    assert reported("Analysts believe the talks will fail.") == []
    assert reported("Kenya said the deal was “a turning point” for the region.") == []


def test_passives_have_no_speaker():
    assert reported("It was said that the border would reopen in May.") == []
    assert reported("The minister was told that the border would reopen.") == []


def test_a_time_after_the_cue_then_a_clause_is_content():
    from summit_nlp import analyze

    assert analyze("Jane Smith said on Wednesday she would introduce a bill.", score=False).reported
    assert analyze("Jane Smith said late Tuesday the talks had failed.", score=False).reported
    assert not analyze("Jane Smith said on Monday in Geneva.", score=False).reported


def test_made_clear_reports_what_was_made_clear():
    from summit_nlp import analyze

    got = analyze("Mexico has made clear it will not simply accept new terms.", score=False).reported
    assert [(r.speaker, r.cue_text) for r in got] == [("Mexico", "made clear")]


def test_an_inverted_reporting_clause_after_the_content_names_the_speaker():
    from summit_nlp import analyze

    got = analyze("The union will sit out the race, said Tom Hale.", score=False).reported
    assert [(r.speaker, r.cue_text) for r in got] == [("Tom Hale", "said")]


def test_a_that_clause_after_a_short_adjunct_and_an_agency_report_are_reported_speech() -> None:
    from summit_nlp import analyze

    items = analyze("Prime Minister Donald Tusk wrote on X that the vessel was part of a shadow fleet.",
                    score=False).reported
    assert [(r.speaker, r.cue_text) for r in items] == [("Donald Tusk", "wrote")]
    items = analyze("TASS earlier reported that the commission had refused to accredit the observers.",
                    score=False).reported
    assert [r.speaker for r in items] == ["TASS"]


def test_a_ministry_in_a_capital_is_that_capitals_country_but_an_embassy_is_not() -> None:
    from summit_nlp import analyze

    text = "Georgia was named. The foreign ministry in Warsaw said it had summoned the Russian envoy."
    assert [r.speaker for r in analyze(text, score=False).reported] == ["Poland"]


def test_the_body_in_a_roles_of_phrase_after_a_name_is_no_subject() -> None:
    from summit_nlp import analyze

    for text in ("Ines Baro, head of the charity Open Doors, said the camps were full.",
                 "Ines Baro, director of the Lagos-based group Safe Haven, which runs two shelters, said the camps were full."):
        assert [r.speaker for r in analyze(text, score=False).reported] == ["Ines Baro"], text


def test_plural_role_words_are_groups_that_speak() -> None:
    from summit_nlp import analyze

    for text, group in (("Western ambassadors said the vote was flawed.", "Western ambassadors"),
                        ("Senior army commanders said the vote was flawed.", "Senior army commanders"),
                        ("Opposition legislators said the vote was flawed.", "Opposition legislators")):
        assert [r.speaker for r in analyze(text, score=False).reported] == [group], text


def test_according_to_an_owners_named_body_is_that_body() -> None:
    from summit_nlp import analyze

    text = "Only 400 families have returned, according to the government's Safe Return programme."
    assert [r.speaker for r in analyze(text, score=False).reported] == ["Safe Return"]


def test_a_second_verb_after_its_subjects_quote_starts_its_own_item():
    text = ("Union leader Matthew Parks warned that the deal could “lock us into expensive gas” and called "
            "on the government to publish the terms.")
    assert reported(text) == [("called on the government to publish the terms.", "Matthew Parks", "called on",
                               "coordinated_cue")]


def test_a_participle_after_a_quote_is_no_second_statement():
    text = "Tom Hale said the plan was “dead” and telling them to retake the exam was wrong."
    assert [r[3] for r in reported(text)] == []


def test_a_participles_clause_inside_a_closing_reporting_clause_is_the_closing_speakers():
    text = ("Fiji will back a General Assembly resolution calling on states to implement the court's opinion, "
            "Prime Minister Sitiveni Rabuka said yesterday.")
    got = [(r.speaker, r.attribution.rule) for r in analyze(text).reported]
    assert got == [("Sitiveni Rabuka", "content_first")]


def test_a_later_reporting_clause_with_its_own_subject_ends_the_earlier_item():
    text = "Ruiz said the plan would fail, while Tom Hale said it would work."
    got = [(r.speaker, r.text) for r in analyze(text).reported]
    assert got == [("Ruiz", "Ruiz said the plan would fail"), ("Tom Hale", "Tom Hale said it would work.")]


@pytest.mark.parametrize("text", ["Harris dismissed the criticism.", "Thornquist rejected that characterization.",
                                  "Kachka rejected the Hungarian claims."])
def test_a_rejection_of_earlier_words_is_no_reported_speech(text: str) -> None:
    assert analyze(text).reported == ()


def test_a_rejection_with_content_is_reported_speech() -> None:
    assert len(analyze("Harris rejected claims that the bill would hurt farmers.").reported) == 1


def test_a_refusal_joined_after_a_quote_with_no_clause_of_its_own_is_no_reported_speech():
    from summit_nlp import analyze
    a = analyze('The Gulf Cooperation Council expressed its "full solidarity" with Kuwait and rejected any '
                'violation of its sovereignty.')
    assert a.reported == ()


def test_a_participle_after_a_coordinate_clause_belongs_to_that_clauses_subject() -> None:
    text = "Ghana reopened its border in May, but Togo kept its crossings shut, accusing Ghana of harbouring rebels."
    assert [(r.speaker, r.cue_text) for r in analyze(text).reported] == [("Togo", "accusing")]


def test_a_rejection_of_earlier_words_with_only_a_time_phrase_states_nothing() -> None:
    text = "Brussels proposed a joint grid operator. Kastrati rejected the idea on Tuesday."
    assert [r.speaker for r in analyze(text).reported if "rejected" in r.text] == []


def test_a_denial_with_a_that_clause_joined_after_a_quote_is_its_own_item() -> None:
    text = 'Minister Amina Farah said the ban was "final" and denied that it was meant to protect importers.'
    got = [(r.speaker, r.text, r.attribution.rule) for r in analyze(text).reported]
    assert got == [("Amina Farah", "denied that it was meant to protect importers.", "coordinated_cue")]


def test_a_second_verb_after_a_quote_has_the_quotes_speaker_past_a_relative_clause() -> None:
    text = ('Piotr Nowicki, a lawmaker for the nationalist Law and Justice (PiS) party, which commissioned the 2022 '
            'report, said the government had been "far too soft" with Berlin and called on the minister to go to court.')
    assert [(r.speaker, r.attribution.rule) for r in analyze(text).reported] == [("Piotr Nowicki", "coordinated_cue")]
