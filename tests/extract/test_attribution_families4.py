"""Attribution families added for issues 10 and 11 (branch attr4): reporter's-frame subjects that
were cut short (a time phrase after a body's name, a body whose name opens with a title word, a
group "from" a region), and more.  Every case is invented for the test."""

from __future__ import annotations

from summit_nlp import analyze

from .test_attribution_families3 import _mention, _quotes


# ------------------------------------------------- subjects cut short (issue 11)
def test_a_time_phrase_after_a_body_is_no_part_of_its_name() -> None:
    text = "The U.N. Security Council on Thursday said it was “gravely alarmed” by the shelling.\n"
    assert _quotes(text)[0][1] == "U.N. Security Council"
    assert _mention(text) == "The U.N. Security Council"


def test_an_x_of_y_name_ends_before_a_weekday_or_a_month() -> None:
    text = "The Ministry of Fisheries on Monday called the quota “a betrayal of the coast”.\n"
    assert _quotes(text)[0][1] == "Ministry of Fisheries"
    text = "The Council of Elders in March called the plan “unworkable”.\n"
    assert _quotes(text)[0][1] == "Council of Elders"


def test_a_body_whose_name_opens_with_a_title_word_is_no_person() -> None:
    # "General" is a rank, but "General Assembly" is no general called Assembly
    text = "The U.N. General Assembly called for “an immediate halt to the fighting” on Friday.\n"
    assert _quotes(text)[0][1] == "U.N. General Assembly"


def test_a_titled_person_with_an_organisation_like_surname_stays_a_person() -> None:
    text = "“The harbour will reopen,” said Mayor Ellen Guardian.\n"
    assert _quotes(text)[0][1] == "Ellen Guardian"


def test_a_group_from_a_region_speaks_not_the_region() -> None:
    text = "Leaders from eastern and southern Africa said the summit was “a first step”.\n"
    assert _quotes(text)[0][1] == "Leaders"
    text = "Delegates from western and central Asia told the forum the river had “simply vanished”.\n"
    assert _quotes(text)[0][1] == "Delegates"


# ------------------------------------ a description opening the sentence speaks
def test_a_description_opening_the_sentence_is_the_subject_of_its_cue() -> None:
    assert _mention("The lawsuit contends that “the warnings were ignored for years”.") == "The lawsuit"
    assert _mention("Another shopper said, “Prices have doubled since spring.”") == "Another shopper"
    assert _mention("As one nurse told the radio station, “We are working double shifts.”") == "one nurse"


def test_a_clause_opening_the_sentence_is_no_description() -> None:
    # an auxiliary or a verb form before the cue: the words are a clause, not a speaker
    for text in ("The old bridge cannot be described as “safe”.",
                 "Another parade featured floats telling “the story of the town”."):
        got = analyze(text, score=False).quotes
        assert not got or got[0].attribution.rule != "cue_before"


# ------------------------------ a surname that looks like an adverb or a participle
def test_a_sentence_initial_surname_in_ly_or_ing_before_a_cue_is_a_name() -> None:
    text = "Senator Ann Kelly spoke first.\n\nKelly replied with a smile: “It can happen to anyone.”\n"
    assert _quotes(text)[0][1] == "Ann Kelly"
    text = "The coach, Tom Fielding, was asked about the loss.\n\nFielding told the station: “We were not ready.”\n"
    assert _quotes(text)[0][1] == "Tom Fielding"


def test_a_sentence_initial_participle_or_adverb_is_still_no_name() -> None:
    text = "Having announced the cuts, the mayor said the budget was “balanced at last”.\n"
    assert _quotes(text)[0][1] == "mayor"


# ------------------------------------------------ a possessive full name names the person
def test_a_possessive_full_name_makes_the_person_the_surname_and_pronoun_stand_for() -> None:
    text = ("Harold Finch's latest plan drew crowds.\n\n"
            "Although Finch has changed course before, he says he is “done with half measures.”\n")
    got = analyze(text, score=False)
    assert got.quotes[0].speaker == "Harold Finch"


def test_a_possessive_organisation_named_after_a_person_is_no_person() -> None:
    text = ("The Harold Finch Foundation's board met on Monday.\n\n"
            "Finch said the vote was “a formality.”\n")
    got = analyze(text, score=False)
    assert got.quotes[0].speaker != "Harold Finch Foundation"


# ------------------------------------- a paragraph of quotation after narration
def test_a_quotation_paragraph_after_a_narrating_paragraph_is_its_subjects() -> None:
    text = ("The debate turned sharp late in the evening.\n\n"
            "Councillor Dana Whitlock continued her attack on the budget.\n\n"
            "“Eight years ago this town was promised a new school, and we are still waiting for it.”\n")
    assert _quotes(text)[0][1:] == ("Dana Whitlock", "direct", "narration_before")


def test_a_short_quotation_paragraph_or_one_after_a_quoting_paragraph_is_not_attributed_so() -> None:
    text = ("Councillor Dana Whitlock continued her attack on the budget.\n\n"
            "“A fight to the finish.”\n")
    assert not [q for q in analyze(text, score=False).quotes if q.attribution.rule == "narration_before"]
    text = ("Councillor Dana Whitlock called the plan “a mess” and continued her attack.\n\n"
            "“Eight years ago this town was promised a new school, and we are still waiting for it.”\n")
    assert not [q for q in analyze(text, score=False).quotes if q.attribution.rule == "narration_before"]


# ------------------------------- a description whose role word opens a titled name
def test_a_description_before_a_name_is_the_names_title() -> None:
    text = ("The conservative radio host Mara Quill, who spoke on her show on Monday, said "
            "the party had “lost its way”.\n")
    assert _quotes(text)[0][1] == "Mara Quill"
    assert _mention(text) == "The conservative radio host Mara Quill"


def test_a_role_of_someone_else_stays_apart_from_the_name() -> None:
    text = "The daughter of former mayor Ned Orton said the vote was “a disgrace”.\n"
    assert _quotes(text)[0][1] != "Ned Orton"


# -------------------------------------- a person whose surname is a common noun
def test_a_given_name_and_a_thing_word_is_a_person() -> None:
    text = "“The rule is a disaster for shops,” said Robert Bridge of the retailers' group.\n"
    assert _quotes(text)[0][1:3] == ("Robert Bridge", "direct")
    text = "“We expected more,” said Susan Summit, a teacher.\n"
    assert _quotes(text)[0][1] == "Susan Summit"


def test_a_thing_named_after_a_person_stays_a_thing() -> None:
    text = "The Martin Luther King Day parade was cancelled. “It is a shame,” the organiser said.\n"
    assert "Martin Luther King Day" not in analyze(text, score=False).to_dict()["speakers"]


# ------------------------------------- a party-and-state bracket after the name
def test_a_party_and_state_bracket_with_a_stop_is_transparent() -> None:
    text = "Sen. Ada Brennan (D-Nev.) told reporters the bill was “dead on arrival”.\n"
    assert _quotes(text)[0][1] == "Ada Brennan"
    text = "Rep. Tom Hale (R-Ky.) called the plan “a giveaway” and accused the board of “hiding the cost”.\n"
    assert [q[1] for q in _quotes(text)] == ["Tom Hale", "Tom Hale"]


# ---------------------------- a relative clause with adjuncts before its reporting verb
def test_who_with_adjuncts_before_the_cue_stands_for_the_mention_before_it() -> None:
    text = "Ortega, who has in the past described the mayor as “a menace to the city”, stayed silent.\n"
    assert _quotes(text)[0][1] == "Ortega"


def test_which_before_a_capitalised_word_is_no_relative_subject() -> None:
    # "Will" is a surname here, not the modal: the relative clause has its own subject
    text = "Columnist Ray Will praised the speech in Dayton, Ohio, which Will claims “changed the race”.\n"
    assert _quotes(text)[0][1] != "Ohio"


# ------------------------------------- an abbreviation's stop inside a reporting clause
def test_an_abbreviation_in_a_long_subject_after_the_quote_ends_no_sentence() -> None:
    text = ("“Positions will soften, whether it is now or in two months,” Ohio Rep. Ann Lowe’s chief "
            "of staff, Joe Karp, told the paper on Monday. “That is inevitable.”\n")
    got = _quotes(text)
    assert [(g[1], g[3]) for g in got] == [("Joe Karp", "quote_first"), ("Joe Karp", "continuation")]


# --------------------------- shares of those polled, and adjuncts after a description
def test_a_share_of_those_polled_is_the_subject_of_its_cue() -> None:
    text = "Asked about the mayor, 31 percent said “not very likely” and 12 percent said “not at all.”\n"
    assert [q[1] for q in _quotes(text)] == ["31 percent", "12 percent"]
    assert _quotes("About four in 10 said the roads were “getting worse”.\n")[0][1] == "About four in 10"
    assert _quotes("While those surveyed said the fee was “too high”, the council kept it.\n")[0][1] == "those surveyed"


def test_an_adjunct_between_a_description_and_its_cue() -> None:
    assert _mention("The review panel has concluded that “serious” errors were made.") == "The review panel"


def test_an_infinitive_takes_no_description_for_its_subject() -> None:
    got = analyze("The essay goes on to slam the plan as “a fantasy”.\n", score=False).quotes
    assert not got or got[0].attribution.speaker_mention is None or \
        got[0].attribution.speaker_mention.text != "The essay goes"


# ----------------------------------------- a distant subject for an earlier cue
def test_a_cue_whose_subject_no_clause_rule_reads_takes_the_nearest_mention_in_its_clause() -> None:
    text = ('Lund, a retired Navy captain who spent six years at NATO headquarters in Oslo and described '
            'that period in her memoir "Far Posts," told the committee the ships would "anchor the alliance '
            'for a generation."\n')
    got = [q for q in analyze(text, score=False).quotes if q.text.startswith("anchor")]
    assert got and got[0].speaker == "Lund"
    assert got[0].attribution.rule == "distant_subject"


def test_a_quote_with_no_cue_in_its_sentence_gets_no_distant_subject() -> None:
    text = "Greta Lund toured the harbour, where the new “smart cranes” stood idle.\n"
    assert not [q for q in analyze(text, score=False).quotes if q.attribution.rule == "distant_subject"]


# ------------------------------------------------- mixed-case datelines, participles
def test_a_mixed_case_dateline_before_an_agency_is_no_subject() -> None:
    text = ("Mayor swipes at rival.\n\nLisbon (AFP) – Mayor Rita Sousa has criticised the port plan, saying "
            "that “empty promises” do more harm than good.\n")
    assert _quotes(text)[0][1] == "Rita Sousa"


def test_a_participle_after_a_quote_has_no_inverted_subject() -> None:
    # "telling reporters": the reporters are told, the sentence's subject tells
    text = "Rita Sousa has called the vote “historic,” telling reporters on Friday it was “a new start.”\n"
    assert [q[1] for q in _quotes(text)] == ["Rita Sousa", "Rita Sousa"]


# ---------------------------------- a document after a preposition is no subject
def test_a_document_after_a_preposition_is_an_adjunct_not_the_speaker() -> None:
    text = "Deputy mayor Ines Varga, who backs the plan, in a statement praised the council for its “courage.”\n"
    assert _quotes(text)[0][1] == "Ines Varga"


# --------------------------------------------- a party word before a full name
def test_a_party_word_before_a_full_name_is_a_title_not_part_of_the_name() -> None:
    text = "Republican Dale Norris said the tariff was “a gift to our rivals”.\n"
    assert _quotes(text)[0][1] == "Dale Norris"
    text = "The Republican National Committee said the ad was “misleading”.\n"
    assert _quotes(text)[0][1] == "Republican National Committee"


def test_neither_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = "Neither Carla Bruns nor her aides would comment. Bruns later said the report was “unfair”.\n"
    assert "Neither Carla Bruns" not in analyze(text, score=False).to_dict()["speakers"]
