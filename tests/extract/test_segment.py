import nltk

from summit_nlp.extract import segment


def test_sentences_do_not_split_at_abbreviations_or_initials():
    text = "Mr. Smith met Donald J. Trump in the U.S. capital. Then he left.\nNew paragraph here."
    sents = [s.text for s in segment.sentences(text)]
    assert sents == ["Mr. Smith met Donald J. Trump in the U.S. capital.", "Then he left.", "New paragraph here."]


def test_sentences_never_cross_paragraphs():
    text = "No final stop here\nNext line."
    assert [s.text for s in segment.sentences(text)] == ["No final stop here", "Next line."]


def test_offsets_round_trip():
    text = "  Lead.  “Quote,” he said.\n\nLast one!"
    for span in segment.sentences(text) + segment.tokens(text) + segment.paragraphs(text):
        assert text[span.start:span.end] == span.text


def test_tokens_keep_apostrophes_and_abbreviations():
    toks = [t.text for t in segment.tokens("Russia’s U.S. behind-the-scenes talks.")]
    assert toks == ["Russia’s", "U.S.", "behind-the-scenes", "talks", "."]


def test_no_global_nltk_state_changed():
    before = list(nltk.data.path)
    segment.sentences("One. Two.")
    assert nltk.data.path == before


def test_title_case_headline():
    assert segment.title_case_headline_end("Putin Says Russia Ready For Talks\nBody text here.") == 33
    assert segment.title_case_headline_end("Putin says Russia is ready for talks\nBody.") == 0
    assert segment.title_case_headline_end("One Line Only Without Break") == 0


def test_paired_initials_do_not_end_a_sentence():
    text = "Chief Minister M.K. Stalin urged the prime minister to act. George H.W. Bush met him."
    assert [s.text for s in segment.sentences(text)] == ["Chief Minister M.K. Stalin urged the prime minister to act.",
                                                         "George H.W. Bush met him."]
