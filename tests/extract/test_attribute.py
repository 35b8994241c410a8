"""The attribution rules, one small example each."""

import pytest

from summit_nlp import analyze


def quotes(text: str):
    return [(q.text, q.speaker, q.kind, q.cue_text, q.addressee, q.attribution.rule) for q in analyze(text).quotes]


def test_quote_first_with_name_and_cue():
    assert quotes("“We will talk again,” Chancellor Olaf Scholz said on Monday.") == [
        ("We will talk again,", "Olaf Scholz", "direct", "said", None, "quote_first")]


def test_inverted_cue():
    assert quotes("“It is over,” said Foreign Minister Annalena Baerbock.")[0][1:4] == (
        "Annalena Baerbock", "direct", "said")


def test_addressee_after_told():
    q = quotes("President Emmanuel Macron met Prime Minister Mark Rutte. “See you in Paris,” Macron told Rutte.")[0]
    assert q[1:5] == ("Emmanuel Macron", "direct", "told", "Mark Rutte")


def test_said_to_reporters_sets_a_group_addressee():
    q = quotes("“No comment,” Senator Ann Lee said to reporters.")[0]
    assert q[1] == "Ann Lee" and q[4] == "reporters"


def test_colon_introduced_quote_is_direct():
    assert quotes("Defence Minister Boris Pistorius said: “We are ready.”")[0][1:4] == (
        "Boris Pistorius", "direct", "said")


def test_partial_quote_after_cue():
    q = quotes("President Xi Jinping spoke of a “new era” in relations.")[0]
    assert q[:4] == ("new era", "Xi Jinping", "partial", "spoke of")


def test_split_quote_and_following_quote_are_continuations():
    text = "“We tried,” Prime Minister Keir Starmer said, “and we failed.” “Next time we win.”"
    got = quotes(text)
    assert [g[3] for g in got] == ["said", "said (continuation)", "said (continuation)"]
    assert {g[1] for g in got} == {"Keir Starmer"}
    assert all(g[2] == "direct" for g in got)


def test_name_colon_headline_has_no_cue():
    got = quotes("Erdogan: 'We will not back down'\nTurkish President Recep Tayyip Erdogan spoke on Monday.")
    assert got[0][1:4] == ("Recep Tayyip Erdogan", "direct", None)


def test_colon_paragraph():
    text = "Foreign Minister Penny Wong said:\n“Australia stands with its partners.”"
    assert quotes(text)[0][1:3] == ("Penny Wong", "direct")


def test_according_to():
    q = quotes("According to Foreign Minister Radek Sikorski, the plan was “dead on arrival.”")[0]
    assert q[1] == "Radek Sikorski" and q[3] == "According to"


def test_scare_quotes_and_titles_are_dropped():
    assert quotes("The so-called “peace plan” was mocked on “Saturday Night Live” last week.") == []


def test_pronoun_speaker_resolves_to_the_previous_subject():
    text = "Chinese Foreign Minister Wang Yi met Secretary Marco Rubio in Kuala Lumpur. He said the talks were “candid.”"
    assert quotes(text)[0][1] == "Wang Yi"


def test_quoted_as_saying():
    q = quotes("State media quoted President Alexander Lukashenko as saying he was “ready to help.”")[0]
    assert q[1] == "Alexander Lukashenko" and q[3] == "quoted as saying"


def test_cited_as_saying_is_the_cited_persons_as_quoted_as_saying_is():
    q = quotes("Kyodo cited Foreign Minister Aiko Mori as saying Japan would \u201cnot give an inch.\u201d")[0]
    assert q[1] == "Aiko Mori" and q[3] == "quoted as saying"
    (r,) = analyze("The paper cited a statement from the Chadian government as saying the border was closed.").reported
    assert r.speaker == "Chad"


def test_an_apposition_between_dashes_before_the_cue_leaves_the_named_subject():
    text = 'Prime Minister Ama Mensah \u2014 a former union organiser \u2014 told parliament: "The era of favours is over."'
    assert [(q[1], q[2]) for q in quotes(text)] == [("Ama Mensah", "direct")]


def test_a_handle_in_brackets_after_the_name_is_transparent():
    text = '"Aid is moving again," WFP chief Tomas Lindqvist (@wfp_tomas) posted on Sunday.'
    assert [(q[1], q[2]) for q in quotes(text)] == [("Tomas Lindqvist", "direct")]


def test_a_relative_clauses_predicate_before_the_cue_leaves_the_subject_it_describes():
    text = ('Rosa Mendez, whose son Carlos, the former Marine, was among those freed, told reporters that the '
            'family had been "living on hope" for two years.')
    assert [q[1] for q in quotes(text)] == ["Rosa Mendez"]


def test_according_to_after_a_quote():
    q = quotes("The expansion was “a strategic mistake,” according to opposition spokesman Pieter van Wyk.")[0]
    assert q[1] == "Pieter van Wyk" and q[2] == "partial" and q[3] == "according to"


def test_participle_continues_the_previous_clause():
    got = quotes("“It is not new,” said Senator Maria Lopez at the time, adding that “we have done this before.”")
    assert [g[1] for g in got] == ["Maria Lopez", "Maria Lopez"] and got[1][3] == "adding"


def test_clause_with_colon_belongs_to_the_next_quote():
    text = ("Justice Anna Berg said students might do better at “less advanced schools,” "
            "Governor Tom Reed said: “I disagree.”")
    got = quotes(text)
    assert got[0][1] == "Anna Berg" and got[1][1] == "Tom Reed"


def test_question_quote_then_its_frame():
    got = quotes("Senator Ann Lee spoke.\n“Why do the richest get away with it?” Ms. Lee asked.")
    assert got[0][1:4] == ("Ann Lee", "direct", "asked")


def test_name_of_place_between_speaker_and_cue():
    got = quotes("“He should retract it,” former Gov. Jeb Bush of Florida said on Twitter.")
    assert got[0][1] == "Jeb Bush"


def test_title_case_headline_cue():
    text = ("Putin Says Russia 'Ready' For Talks With Kyiv\n"
            "MOSCOW (Reuters) - Russian President Vladimir Putin said on Monday that Moscow was ready for talks.")
    got = quotes(text)
    assert got == [("Ready", "Vladimir Putin", "partial", "Says", None, "cue_before")]


def test_headline_role_refers_forward_to_the_named_person():
    text = ("Mexican president: 'We will not be anyone's wall'\n"
            "MEXICO CITY — Mexican President Sofía Ramírez on Thursday rejected the plan.")
    assert quotes(text)[0][:4] == ("We will not be anyone's wall", "Sofía Ramírez", "direct", None)


def test_headline_says_minister():
    text = ("Visa deal ‘not free movement by the back door’, says minister\n"
            "Minister for European Relations Nick Thomas-Symonds said the deal was good.")
    assert quotes(text)[0][1:4] == ("Nick Thomas-Symonds", "partial", "says")


def test_inverted_subject_after_an_owner_and_its_title_is_the_name():
    text = "The film won the top prize in Busan. “I am speechless,” said its director, Park Ji-hoon."
    assert [q[1] for q in quotes(text)] == ["Park Ji-hoon"]


def test_inverted_subject_after_an_organisation_role_word_and_name_is_the_name():
    text = "“The match was decided by a single mistake,” said Real Oviedo manager Javier Morales Ruiz."
    assert [q[1] for q in quotes(text)] == ["Javier Morales Ruiz"]


def test_a_spokeswoman_for_a_company_is_filed_under_the_company():
    text = "“The airport will reopen on Thursday,” a spokeswoman for Kenya Airways said."
    assert [q[1] for q in quotes(text)] == ["Kenya Airways"]


def test_a_quote_the_reporters_sentence_runs_on_from_is_partial():
    text = "“Irresponsible” was how opposition leader Baraka Otieno described the budget."
    assert [q[:3] for q in quotes(text)] == [("Irresponsible", "Baraka Otieno", "partial")]
    assert [q[2] for q in quotes("“We won” said Ana Ruiz.")] == ["direct"]


def test_a_statement_quoting_someone_as_saying_gives_the_quoted_person():
    text = ("“China urges the Philippine side to honor its commitments,” the statement quoted Vice Foreign "
            "Minister Sun Weidong as saying.")
    assert [q[1] for q in quotes(text)] == ["Sun Weidong"]


def test_what_a_subject_called_something_is_its_own_word_not_the_outer_speakers():
    text = ("Tom Hale said the council had backed what Ambassador Ines Baro called “a mission that delivers.”")
    assert [q[1] for q in quotes(text)] == ["Ines Baro"]


def test_what_he_called_inside_a_spokesmans_statement_stays_the_spokesmans():
    text = ("Prime Minister Tom Hale spoke in Dublin. In Brussels, a spokesman for the European Commission said "
            "the EU respected the decision and welcomed what he called Ireland's “continued commitment”.")
    assert [q[1] for q in quotes(text)] == ["European Commission"]


def test_a_cue_introducing_the_quote_with_a_colon_inside_an_outer_report_gives_its_own_subject():
    text = "Ambassador Farid Haddad said Prime Minister Kamal Rashid had told him: “Baghdad will not be a battlefield.”"
    assert [(q[1], q[4]) for q in quotes(text)] == [("Kamal Rashid", "Farid Haddad")]
    # a participle's or a relative clause's colon keeps the outer speaker
    text = "The senator emailed supporters saying: “The struggle continues.”"
    assert [q[1] for q in quotes(text)] == ["senator"]
    text = "Isaac Saul tweeted back at a candidate who promised mass deportation: “Your proposal is unrealistic.”"
    assert [q[1] for q in quotes(text)] == ["Isaac Saul"]


def test_an_inverted_cue_opening_its_sentence_before_a_quote():
    text = "Roof bought the weapon. Said Comey, “The thought that an error on our part is connected to this is painful.”"
    assert [q[1] for q in quotes(text)] == ["Comey"]
    assert [q[1] for q in quotes("Added Maria Lopez: “We will not stop.”")] == ["Maria Lopez"]


def test_a_cue_in_a_subordinate_clause_is_no_outer_frame_for_the_main_verbs_quote():
    text = "After the host asked him about it, Smith replied, “If I had to bet now, I would bet on her.”"
    assert [q[1] for q in quotes(text)] == ["Smith"]


def test_speaking_to_hearers_before_the_speaker_names_the_addressee():
    text = "Speaking to reporters after the meeting, Motegi said the ban had “no scientific basis”."
    assert [(q[1], q[4]) for q in quotes(text)] == [("Motegi", "reporters")]


def test_a_new_clause_or_an_infinitive_after_a_quote_is_no_reporting_clause_for_it():
    text = 'Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he is "losing the war on terror."'
    assert [q[1] for q in quotes(text)] == ["Ted Cruz", "Donald Trump"]
    text = "McConnell said that it was “totally inappropriate” for Ginsburg to criticize Trump."
    assert [q[1] for q in quotes(text)] == ["McConnell"]


def test_and_before_a_new_subject_closes_the_earlier_verbs_content():
    text = "At one point, a woman asked for a photo and Clinton said, “as long as we’re not violating any laws.”"
    assert [q[1] for q in quotes(text)] == ["Clinton"]


def test_a_list_bullet_before_a_quote_leaves_its_lead_empty():
    text = "Aoun spoke on Monday.\n• “Whoever wants our weapons should first stop the aggression,” Aoun said."
    assert [(q[1], q[2], q[5]) for q in quotes(text)] == [("Aoun", "direct", "quote_first")]


def test_a_clause_after_a_quote_that_reports_the_next_quote_is_not_this_ones():
    text = ("While Prime Minister Grace Odongo called the deal “a win for both sides”, Kenya’s trade minister, "
            "Peter Njoroge, said it was “only a first step”.")
    assert [q[1] for q in quotes(text)] == ["Grace Odongo", "Peter Njoroge"]


def test_an_age_and_a_description_between_the_name_and_the_cue_after_a_quote():
    text = "“Nobody came to fix the pipe,” Lyudmila Sokolova, 71, a retired teacher, told the Vologda Herald."
    assert [q[1] for q in quotes(text)] == ["Lyudmila Sokolova"]


def test_a_quote_left_open_at_a_paragraphs_end_takes_the_voice_of_the_paragraph_it_runs_into():
    text = ("“The first thing we did was count the children.\n\n“Then we counted the boats, and there was one "
            "missing,” said Captain Yusuf Demirtaş of the Turkish coast guard.")
    assert [q[1] for q in quotes(text)] == ["Yusuf Demirtaş", "Yusuf Demirtaş"]


@pytest.mark.parametrize("text", [
    'North Korea on Wednesday rejected the proposal, with Kim Yo-jong, the sister of leader Kim Jong-un, '
    'calling the offer a "deceptive peace show."',
    'North Korea on Wednesday rejected the proposal, with Kim Yo-jong calling the offer a "deceptive peace show."',
])
def test_a_participle_in_an_absolute_with_clause_is_its_own_subjects(text):
    assert [q.speaker for q in analyze(text).quotes] == ["Kim Yo-jong"]


def test_a_participle_after_a_comma_is_still_the_sentence_subjects():
    text = 'Lula spoke with Macron on Monday, saying the deal was "fair."'
    assert [q.speaker for q in analyze(text).quotes] == ["Lula"]


def test_a_quote_after_a_second_cue_of_a_clause_that_quoted_already_is_partial():
    text = ('Algerian Foreign Minister Ahmed Benali-Tounsi warned against "foreign interference in the Sahel" '
            'and called for "African solutions to African problems."')
    assert [q.kind for q in analyze(text).quotes] == ["partial", "partial"]


def test_a_title_in_a_relative_clause_leaves_the_quote_direct():
    text = 'The director Parisa Karimi, whose film "A Hundred Winters" won the prize, said: "I made it for my mother."'
    assert [q.kind for q in analyze(text).quotes] == ["direct"]


def test_a_quote_opening_the_clause_after_a_semicolon_is_direct():
    a = analyze("“Yes,” said the Taoiseach, Conor Whelan; “no,” said his deputy, Siobhán Kehoe.")
    assert [(q.text, q.kind, q.speaker) for q in a.quotes] == [
        ("Yes,", "direct", "Conor Whelan"), ("no,", "direct", "Siobhán Kehoe")]


@pytest.mark.parametrize("text", [
    'Vice Minister Kenji Hayashida conveyed "serious concern" over the intrusions, according to the ministry.',
    'Vice Minister Kenji Hayashida said the intrusions were "unacceptable", according to the ministry.',
])
def test_a_body_a_named_speakers_words_are_according_to_relays_them(text):
    assert [q.speaker for q in analyze(text).quotes] == ["Kenji Hayashida"]


def test_expressed_and_conveyed_attribute_the_quoted_words():
    a = analyze('Foreign Minister Ana Lopes expressed "deep regret" over the decision.')
    assert [(q.text, q.speaker, q.kind) for q in a.quotes] == [("deep regret", "Ana Lopes", "partial")]


@pytest.mark.parametrize(("text", "kind"), [
    ('President Bola Adeyemi told the summit "Africa will no longer be an afterthought."', "direct"),
    ('President Bola Adeyemi told the summit "there is no alternative" to the plan.', "partial"),
    ('Asked if he trusted the Kremlin, President Aarne Virtanen answered with a single word: "No."', "direct"),
])
def test_a_hearer_no_mention_names_and_words_said_after_a_colon(text, kind):
    assert [q.kind for q in analyze(text).quotes] == [kind]


def test_words_mentioned_as_words_stay_out():
    assert analyze('He used the word "betrayal" twice.').quotes == ()


def test_a_quote_after_a_transcripts_a_label_opens_its_sentence():
    text = 'Q: Will Ankara extend the corridor?\nA: "That depends on Moscow," Foreign Minister Kemal Aydın told reporters.'
    assert [(q.kind, q.speaker) for q in analyze(text).quotes] == [("direct", "Kemal Aydın")]


def test_a_colon_paragraphs_speaker_is_the_subject_of_its_last_clause():
    text = ('Hundreds of farmers gathered outside the parliament, and their spokesman, Jean-Luc Baert, addressed '
            'the crowd:\n\n“We feed this continent, and this continent has forgotten us.”')
    assert [q.speaker for q in analyze(text).quotes] == ["Jean-Luc Baert"]


def test_a_where_clause_has_its_own_subject_and_a_possessed_letters_is_no_mentioned_word():
    a = analyze('The warning came during a hearing, where Assistant Secretary Rachel Imbrie defended the package as '
                '"a direct investment in stability."')
    assert [q.speaker for q in a.quotes] == ["Rachel Imbrie"]
    b = analyze("Rachel Imbrie promised a reply to the senators' letters \"within two weeks.\"")
    assert [q.text for q in b.quotes] == ["within two weeks."]
