"""The attribution rule families of issue 10, one small invented case each (see extract/attribute.py,
frames.py, nonquotes.py, interview.py and resolve.py for the rules)."""

from __future__ import annotations

import pytest

from summit_nlp import analyze


def _quotes(text: str, **kw) -> list[tuple[str, str | None, str, str]]:
    return [(q.text, q.speaker, q.kind, q.attribution.rule) for q in analyze(text, score=False, **kw).quotes]


def _dropped(text: str) -> dict[str, str]:
    return {d.quote.text: d.reason for d in analyze(text, score=False).dropped}


# ------------------------------------------------------------- block quotes
def test_a_colon_paragraph_without_a_cue_introduces_its_block_quote() -> None:
    text = ("The Finnish foreign minister, Elina Virtanen, issued the following statement:\n\n"
            "“Finland will not accept any change of borders by force.”\n\n"
            "“We stand with our neighbours, today and tomorrow.”\n")
    got = _quotes(text)
    assert [g[1] for g in got] == ["Elina Virtanen", "Elina Virtanen"]
    assert got[0][3] == "colon_intro" and got[1][3] == "continuation"


def test_a_colon_paragraph_with_a_cue_keeps_its_cue() -> None:
    text = "Senator Paul Okafor continued:\n\n\"The treaty is dead, and everyone in this room knows it.\"\n"
    (quote,) = analyze(text, score=False).quotes
    assert (quote.speaker, quote.cue_text, quote.attribution.rule) == ("Paul Okafor", "continued", "colon_paragraph")


# ---------------------------------------------------------------- transcripts
def test_labelled_turns_inside_quotation_marks_belong_to_their_labels() -> None:
    text = ("Ambassador Rosa Ibarra testified on Tuesday before Senator Mark Delaney. Partial transcript as follows:\n\n"
            "\"DELANEY: Will you stay in Caracas if the talks collapse?\n\n"
            "\"IBARRA: I will stay as long as there is one citizen to protect.\"\n")
    got = _quotes(text)
    assert [(g[0][:8], g[1], g[3]) for g in got] == [("Will you", "Mark Delaney", "transcript_turn"),
                                                     ("I will s", "Rosa Ibarra", "transcript_turn")]


def test_a_question_label_is_a_reporter_and_a_generic_label_names_no_one() -> None:
    text = "\"QUESTION: Will the embassy reopen this year?\"\n"
    (quote,) = analyze(text, score=False).quotes
    assert quote.text.startswith("Will") and quote.speaker == "reporters"
    (quote,) = analyze("\"VOICE: Will the embassy reopen this year?\"\n", score=False).quotes
    assert quote.text.startswith("Will") and quote.speaker is None


# --------------------------------------------------------------- nominal cues
@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("Senator Ana Ruiz spoke first. Her claim that there were “thousands of missing ballots” was rejected.",
     "Ana Ruiz", "claim"),
    ("The union's slogan “Fair pay now” was painted on every wall.", "union", "slogan"),
    ("Mayor Lin Wei took office in March. His promise of “a cleaner harbour by 2030” is on every poster.",
     "Lin Wei", "promise"),
])
def test_a_communication_noun_with_a_possessor_is_a_cue(text: str, speaker: str, cue: str) -> None:
    (quote,) = analyze(text, score=False).quotes
    assert quote.speaker == speaker and quote.cue_text == cue and quote.kind == "partial"


# ----------------------------------------------------- documents and outlets
def test_a_statement_from_a_body_is_that_body_speaking() -> None:
    text = ("Chile's Ministry of Foreign Affairs summoned the envoy on Monday.\n\n"
            "\"The incursion is unacceptable,\" said a statement from the ministry.")
    (quote,) = analyze(text, score=False).quotes
    assert quote.speaker == "Ministry of Foreign Affairs"


def test_a_resolution_speaks_for_the_body_that_adopted_it() -> None:
    text = ("The General Assembly on Friday adopted a resolution on the Sahel.\n\n"
            "The resolution condemns “all attacks on humanitarian convoys”.")
    (quote,) = analyze(text, score=False).quotes
    assert quote.speaker == "General Assembly"


def test_the_quoted_person_speaks_not_the_agency_that_quotes() -> None:
    text = "The news agency Tanjug quoted Foreign Minister Jovan Petrovic as saying the talks were “over”."
    (quote,) = analyze(text, score=False).quotes
    assert quote.speaker == "Jovan Petrovic"


# ---------------------------------------------------------------- floating
def test_a_pure_quote_paragraph_before_an_attributed_one_is_the_same_voice() -> None:
    text = ("Relief workers reached the town on Sunday.\n\n"
            "\"We counted forty families in the school alone.\"\n\n"
            "\"Nobody had eaten for two days,\" said Amira Haddad, who leads the convoy.\n")
    got = _quotes(text)
    assert got[0][1] == "Amira Haddad" and got[0][3] == "floating_before"
    assert analyze(text, score=False).quotes[0].confidence < analyze(text, score=False).quotes[1].confidence


def test_a_subhead_in_quotation_marks_is_no_floating_quote() -> None:
    text = ("\"We will rebuild,\" Governor Ines Alvarado said.\n\n'Plan B'\n\nThe province has no reserves left.\n")
    assert [g[0] for g in _quotes(text)] == ["We will rebuild,"]


# --------------------------------------------------------- plain fall-throughs
def test_a_long_quote_then_the_surname_alone() -> None:
    text = ("Defence Minister Karin Solheim opened the session. Officials expect a deal by June.\n\n"
            "\"We are not here to make speeches. We are here to decide how many ships each of us sends, "
            "and when,\" Solheim said.")
    (quote,) = analyze(text, score=False).quotes
    assert quote.speaker == "Karin Solheim" and quote.kind == "direct"


def test_an_anonymous_spokesperson_of_a_named_ministry_is_the_ministry() -> None:
    text = ("A spokesperson for Japan's Ministry of Economy, Trade and Industry said the quota was "
            "“a temporary measure”.")
    (quote,) = analyze(text, score=False).quotes
    assert quote.speaker == "Ministry of Economy, Trade and Industry"


# ---------------------------------------------------- pronoun compatibility
def test_he_never_goes_to_the_writer() -> None:
    text = ("I met the envoy, Tomas Berg, in Oslo. \"We talk, and then we talk again,\" he told me.")
    (quote,) = analyze(text, score=False).quotes
    assert quote.speaker == "Tomas Berg"


def test_a_given_name_decides_between_two_people() -> None:
    text = ("Senator Paul Hanley questioned Minister Greta Lind for an hour. \"The answer is no,\" she said.")
    (quote,) = analyze(text, score=False).quotes
    assert quote.speaker == "Greta Lind"


# ------------------------------------------------------------ direct/partial
@pytest.mark.parametrize("text", [
    'Envoy Samir Aziz said "We will be back in Geneva next week."',
    'Minister Helga Berg told the delegates on Monday "I am not leaving."',
    'Foreign Minister Ayo Bello said: "Nigeria is ready."',
])
def test_a_cue_first_with_only_the_reporting_clause_is_direct(text: str) -> None:
    (quote,) = analyze(text, score=False).quotes
    assert quote.kind == "direct"


# ------------------------------------------------------------- quotation marks
def test_a_single_quoted_cue_between_two_fragments() -> None:
    text = 'Prime Minister Anna Holm spoke last. "We agree," she \'insisted\', "on every single point."'
    got = _quotes(text)
    assert [(g[0], g[1], g[2]) for g in got] == [("We agree,", "Anna Holm", "direct"),
                                                 ("on every single point.", "Anna Holm", "direct")]
    assert _dropped(text) == {"insisted": "quoted cue"}


def test_same_family_nested_marks() -> None:
    text = '"He told me, "Go home." I said, "Not yet." We laughed," Ambassador Li Na recalled.'
    (quote,) = analyze(text, score=False).quotes
    assert quote.text.startswith("He told me") and quote.text.endswith("We laughed,") and quote.speaker == "Li Na"


def test_latex_style_single_marks() -> None:
    text = "`We stay,' said Mayor Olga Petrenko."
    assert _quotes(text)[0][:2] == ("We stay,", "Olga Petrenko")


def test_a_quote_broken_by_a_line_break() -> None:
    text = '"We will rebuild every road,\nevery school and every clinic," President Ana Mora said.'
    (quote,) = analyze(text, score=False).quotes
    assert quote.text == "We will rebuild every road,\nevery school and every clinic," and quote.speaker == "Ana Mora"


# ------------------------------------------------------------- what stays out
@pytest.mark.parametrize(("text", "reason"), [
    ('Her memoir "Nights in Kabul" sold well.', "title"),
    ('He appeared on "Face the Nation" on Sunday.', "title"),
    ("Officials avoided the words 'red line' all week.", "mentioned word"),
    ('The government\'s "reforms" took effect on Monday.', "scare quote"),
])
def test_titles_mentioned_words_and_scare_quotes_are_dropped_with_a_reason(text: str, reason: str) -> None:
    a = analyze(text, score=False)
    assert a.quotes == () and [d.reason for d in a.dropped] == [reason]


def test_a_nickname_inside_a_name_is_part_of_the_name() -> None:
    text = 'Spokesperson Maria "Mia" Santos told reporters that the talks would resume.'
    a = analyze(text, score=False)
    assert a.quotes == () and [d.reason for d in a.dropped] == ["nickname"]
    assert a.reported[0].speaker == 'Maria "Mia" Santos'
