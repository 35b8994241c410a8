from summit_nlp import analyze

TEXT = """Trade minister on tariffs
Canada's trade minister, Leila Haddad, spoke to our economics editor, Tom Reyes, in Ottawa.
Q: Will Canada retaliate?
A: We will respond in proportion. Nobody wins a trade war.
Q: When?
A: When the duties take effect, and not a day before.
Haddad flies to Washington on Monday."""


def test_questions_go_to_the_interviewer_and_answers_to_the_interviewee():
    got = [(q.text, q.speaker, q.kind, q.cue_text, q.attribution.rule) for q in analyze(TEXT).quotes]
    assert got == [
        ("Will Canada retaliate?", "Tom Reyes", "direct", None, "interview_question"),
        ("We will respond in proportion. Nobody wins a trade war.", "Leila Haddad", "direct", None, "interview_answer"),
        ("When?", "Tom Reyes", "direct", None, "interview_question"),
        ("When the duties take effect, and not a day before.", "Leila Haddad", "direct", None, "interview_answer"),
    ]


def test_a_single_q_line_is_no_interview():
    assert analyze("Q: is this an interview?\nNo.").quotes == ()


def test_a_host_label_is_the_host_named_before_the_transcript():
    text = ('Representative Claire Donnelly made the case to host Tess Alvarado on the radio. From the broadcast:\n\n'
            '"HOST: The administration says Canada has been taking advantage of us. Is this hardball?\n\n'
            '"DONNELLY: Hardball is when the other side pays."')
    assert [q.speaker for q in analyze(text).quotes] == ["Tess Alvarado", "Claire Donnelly"]


def test_a_q_label_in_a_quoted_briefing_transcript_is_a_reporters_question():
    text = ('Press secretary Megan Calloway sparred with a reporter. The exchange went as follows:\n\n'
            '"Q: So you are not asking Israel to stop?\n\n'
            '"CALLOWAY: I did not say that."')
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == [
        ("So you are not asking Israel to stop?", "reporters"), ("I did not say that.", "Megan Calloway")]


def test_one_quoted_q_and_a_pair_is_an_interview_of_the_named_interviewer_and_interviewee():
    text = ('Radio Mambo\'s Halima Yusuf interviewed Ghanaian trade minister Kwesi Boateng in Accra.\n\n'
            'Q: "Will the levy stay?"\n\n'
            'A: "Only until the harvest is in."')
    got = [(q.text, q.speaker, q.kind, q.attribution.rule) for q in analyze(text).quotes]
    assert got == [("Will the levy stay?", "Halima Yusuf", "direct", "interview_question"),
                   ("Only until the harvest is in.", "Kwesi Boateng", "direct", "interview_answer")]


def test_a_single_quoted_turn_or_an_unquoted_pair_is_no_interview():
    assert analyze('Q: "Will the levy stay?"').quotes == ()
    assert analyze('Q: Will the levy stay?\nA: "Only until the harvest is in."').quotes == ()
