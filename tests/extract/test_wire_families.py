"""The name, title and organisation rule families of issue 11 (extract/titled.py, mentions.py,
resolve.py), one small invented case each."""

from __future__ import annotations

import pytest

from summit_nlp import analyze


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in analyze(text, score=False).statements]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Chile's Ambassador to the United Nations Paula Reyes said the vote was “a turning point”.", "Paula Reyes"),
    ("Deputy Prime Minister and Minister of Finance Tomas Varga said the budget was “final”.", "Tomas Varga"),
    ("The High Commissioner to Accra Helen Moss told reporters the visa centre would reopen.", "Helen Moss"),
    ("U.N. special envoy on Yemen Lars Ekdal said the truce was “holding”.", "Lars Ekdal"),
    ("Qatar's Minister of State Sheikh Khalid bin Ali Al Thani said talks would resume.", "Khalid bin Ali Al Thani"),
])
def test_titled_names_keep_place_and_title_out_of_the_name(text: str, speaker: str) -> None:
    assert _speakers(text)[0] == speaker


def test_an_institution_named_x_of_y_with_its_abbreviation() -> None:
    text = ("Ghana's Ministry of Trade and Industry (MOTI) said exports had doubled.\n\n"
            "“We expect more,” MOTI said.")
    assert _speakers(text) == ["Ministry of Trade and Industry", "Ministry of Trade and Industry"]


@pytest.mark.parametrize(("first", "second", "speaker"), [
    ("Foreign Minister Karim el-Haddad", "el-Haddad", "Karim el-Haddad"),
    ("President Rodrigo Paz Pereira", "Paz Pereira", "Rodrigo Paz Pereira"),
    ("Chinese Foreign Minister Wang Yi", "Wang", "Wang Yi"),
    ("Dutch Defence Minister Anke van der Berg", "Van der Berg", "Anke van der Berg"),
    ("Polish Deputy Minister Łukasz Wiśniewski", "Wiśniewski", "Łukasz Wiśniewski"),
])
def test_second_mentions_of_names_that_are_not_first_last(first: str, second: str, speaker: str) -> None:
    text = f"{first} said the talks were useful.\n\n“We will meet again,” {second} said."
    assert _speakers(text) == [speaker, speaker]


def test_a_capital_speaking_alone_creates_its_country() -> None:
    text = "Canberra said it had protested to Beijing.\n\nCanberra said the ships had left."
    a = analyze(text, score=False)
    assert _speakers(text) == ["Australia", "Australia"] and a.entity("Australia").kind == "country"


def test_a_country_goes_by_the_name_the_article_writes() -> None:
    assert _speakers("Türkiye's foreign ministry said it condemned the attack.")[0] == "Türkiye"


def test_a_joint_speaker_and_the_two_countries() -> None:
    text = ("Egypt and Jordan said in a joint statement that the crossing must reopen.\n\n"
            "The two countries said they would send aid convoys next week.")
    assert _speakers(text) == ["Egypt and Jordan", "Egypt and Jordan"]


def test_also_known_as_is_one_person() -> None:
    text = "Palestinian President Mahmoud Abbas, also known as Abu Mazen, said the authority was ready."
    assert _speakers(text) == ["Mahmoud Abbas"]


def test_an_unnamed_ministry_belongs_to_the_country_named_with_it() -> None:
    text = "Indonesia will cut palm oil exports by a third, the trade ministry said on Monday."
    assert _speakers(text) == ["Indonesia"]


@pytest.mark.parametrize("text", [
    "Le ministre a dit « nous viendrons » hier, said Minister Paul Roche.",
    "»Wir bleiben«, sagte Außenministerin Anna Berg, said the Foreign Minister Anna Berg.",
    "„Wir bleiben“, said Minister Anna Berg.",
    '"We stay”, Minister Anna Berg said.',
])
def test_quotation_marks_of_other_traditions(text: str) -> None:
    quotes = analyze(text, score=False).quotes
    assert len(quotes) == 1 and quotes[0].text.strip(" ,") in {"nous viendrons", "Wir bleiben", "We stay"}


def test_capitalised_portfolio_words_after_a_titles_place_belong_to_the_title() -> None:
    from summit_nlp import analyze

    text = "Minister for European Relations Nick Thomas-Symonds said the deal was “good for both sides”.\n"
    assert analyze(text, score=False).quotes[0].speaker == "Nick Thomas-Symonds"
    text = "Dutch Ambassador to the U.N. Hester van den Bosch said the team was “ready to brief”.\n"
    assert analyze(text, score=False).quotes[0].speaker == "Hester van den Bosch"


def test_an_x_of_y_body_ends_before_the_title_of_the_person_named_next_and_gazetteer_bodies_stay_whole() -> None:
    from summit_nlp import analyze

    text = "Organization of Turkic States Secretary-General Kubanychbek Omuraliev said the study was “ready”.\n"
    assert analyze(text, score=False).quotes[0].speaker == "Kubanychbek Omuraliev"
    text = "The International Committee of the Red Cross (ICRC) said its teams were “exhausted”.\n"
    assert analyze(text, score=False).quotes[0].speaker == "International Committee of the Red Cross"
    text = "The Office of the High Commissioner for Human Rights said the report was “late”.\n"
    assert analyze(text, score=False).quotes[0].speaker == "Office of the High Commissioner for Human Rights"


def test_a_title_and_its_place_with_no_name_after_it_is_no_person() -> None:
    from summit_nlp import analyze

    text = ("The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, hosted the talks. “We will keep "
            "the channel open,” the Emir said. Crimea was raised.\n")
    names = {e.name for e in analyze(text, score=False).cast}
    assert "of Qatar" not in names and "Tamim bin Hamad Al Thani" in names


def test_a_document_relays_the_named_speakers_words_and_affirmed_is_a_cue() -> None:
    from summit_nlp import analyze

    text = ("Foreign Minister Ali Sabah affirmed, in a phone call with his Iraqi counterpart, that Kuwait "
            "wanted relations based on “mutual respect,” according to a ministry statement.\n")
    assert analyze(text, score=False).quotes[0].speaker == "Ali Sabah"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Minister for Peace, Reconciliation and Unity Carlito Galvez said the talks were “serious”.", "Carlito Galvez"),
    ("Presidential Adviser on the Peace Process Carlito Galvez Jr. said the talks were “serious”.",
     "Carlito Galvez Jr."),
    ("The head of the government panel, Presidential Adviser on Peace, Reconciliation and Unity Carlito Galvez Jr., "
     "said the talks were “serious”.", "Carlito Galvez Jr."),
])
def test_a_portfolio_listed_with_commas_or_after_on_belongs_to_the_title(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
