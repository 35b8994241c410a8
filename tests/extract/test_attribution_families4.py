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


# ------------------------------------------------ a few more strongly gendered given names
def test_a_listed_female_given_name_keeps_he_away() -> None:
    text = "Hillary Moss met the crowd in Dayton.\n\nHe was late, one aide said.\n\n“We will win,” she said.\n"
    speakers = analyze(text, score=False).to_dict()["speakers"]
    assert "He" not in speakers.get("Hillary Moss", [])


def test_a_possessive_surname_is_an_antecedent_for_a_pronoun() -> None:
    text = ("Maria Okonjo won the vote on Friday.\n\nHer rival Grace Banda conceded defeat.\n\n"
            "Okonjo’s first term was dominated by a drought.\n\nDuring the campaign, she promised “an end to the cuts.”\n")
    assert _quotes(text)[0][1] == "Maria Okonjo"


# ---------------------------------------- Title Case words right after a verb of speaking
def test_title_case_words_right_after_a_verb_of_speaking_are_speech() -> None:
    text = "Outside the hall, the protesters chanted “Dump The Mayor” until midnight.\n"
    got = _quotes(text)
    assert got and got[0][1] == "protesters"
    text = "Asked whether she would run again, Governor Ana Pino said, “No.”\n"
    assert _quotes(text)[0][1] == "Ana Pino"


def test_title_case_words_after_a_naming_verb_stay_a_title() -> None:
    text = "The mayor praised a local play called “The Harbour Years” at the event.\n"
    assert not _quotes(text)


# ------------------------------------------- a quoted title inside an apposition
def test_a_quoted_title_inside_an_apposition_is_no_clause_boundary() -> None:
    text = ('Ray Olin, the co-author of "Paper Trails," about the decline of local news, said the town '
            'had lost "a shared story".\n')
    got = _quotes(text)
    assert got[0][1] == "Ray Olin" and got[0][3] == "cue_before"


def test_the_two_after_a_quote_is_a_description_that_speaks() -> None:
    text = "Two senators wrote to the agency.\n\n“You seem to have picked a new standard,” the two write.\n"
    assert _quotes(text)[0][3] == "quote_first"
    assert _mention(text) == "the two"


def test_one_or_another_after_the_cue_is_the_inverted_subject() -> None:
    text = "Banners hung from every bridge.\n\n“The river is ours!” read one.\n"
    assert _quotes(text)[0][1:] == ("one", "direct", "quote_first")
    text = "Voters lined up early.\n\n“It is time for a change,” said another.\n"
    assert _mention(text) == "another"


def test_a_name_in_apposition_to_an_inverted_description_is_the_speaker() -> None:
    text = "“He was a classic case,” said his best friend at college, Bruce Tarry, who knew him well.\n"
    assert _quotes(text)[0][1] == "Bruce Tarry"


def test_a_mention_closing_the_quotes_own_clause_before_said_name_is_no_subject() -> None:
    text = ("Beijing has used “velvet gloves” in its dealings with Central Asia, said Nora Kassel, "
            "an expert at the institute.\n")
    assert _quotes(text)[0][1] == "Nora Kassel"


def test_a_person_of_a_place_with_age_speaks_not_the_place() -> None:
    text = "Cora Janes, 22, of Flint, Mich., said she still hoped for a “surprise” at the convention.\n"
    assert _quotes(text)[0][1] == "Cora Janes"


def test_a_place_in_an_adverbial_phrase_set_off_by_commas_is_no_subject() -> None:
    text = "Okafor, during a town hall meeting in Dayton, Ohio, said the plan would “put miners out of work.”\n"
    assert _quotes(text)[0][1] == "Okafor"
    text = "Rachel Bern, a philanthropist from Monsey, New York, said the rally was “a disgrace.”\n"
    assert _quotes(text)[0][1] == "Rachel Bern"


def test_a_quote_after_a_clause_ending_according_to_a_relay_continues_the_speaker() -> None:
    text = ("“They do not care about politics,” Mayor Ines Ruiz said of the families, according to a pool "
            "report. “Neither do I.”\n")
    got = _quotes(text)
    assert [(g[1], g[3]) for g in got] == [("Ines Ruiz", "quote_first"), ("Ines Ruiz", "continuation")]


def test_a_quote_after_a_sentence_closing_with_its_reporting_clause_continues_it() -> None:
    text = ('The lawyer is not taking the case but plans to watch it closely, Ana Lee says. '
            '"If the government can cherry-pick our statements, nobody is safe."\n')
    got = analyze(text, score=False).quotes
    assert got[0].speaker == "Ana Lee" and got[0].attribution.rule == "clause_before"


def test_more_reporting_verbs_after_a_quote() -> None:
    assert _quotes("“This is fantastic!” beamed Dora Hale of Mobile, Alabama.\n")[0][1] == "Dora Hale"
    assert _quotes("“Gun owners should leave their weapons at home,” opined the Daily Ledger.\n")[0][1] == "Daily Ledger"
    assert _quotes("“Nobody saw it coming,” remembered Paul Verne, a former aide.\n")[0][1] == "Paul Verne"


def test_an_organisation_named_watch_keeps_its_last_word() -> None:
    assert _quotes("“The arrests are arbitrary,” Human Rights Watch said in a statement.\n")[0][1] == "Human Rights Watch"
    assert _quotes("“The files were sent at night,” Civic Watch added.\n")[0][1] == "Civic Watch"


def test_a_later_quote_in_the_paragraph_reads_its_own_pronoun_subject() -> None:
    text = ("Mayor Ines Ruiz says she goes “back to work tomorrow.” She is predicting she will do "
            "“very, very well” in the next vote.\n")
    got = analyze(text, score=False).quotes
    assert got[1].speaker == "Ines Ruiz"
    assert got[1].attribution.speaker_mention.text == "She"
