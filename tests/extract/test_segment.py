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


def _break_contexts(text: str) -> list[str]:
    """The contexts Punkt decides on in ``text`` (the word before a mark, the mark, the token after)."""
    punkt = segment._punkt()
    return [context for para in segment.paragraphs(text) for _, context in punkt._match_potential_end_contexts(para.text)]


def test_written_out_break_decision_is_nltks() -> None:
    """``_Punkt.text_contains_sentbreak`` (nltk's annotation passes written out for our parameters)
    decides as nltk's own on every candidate break of the fixtures and on random contexts of
    abbreviations, initials, numbers, ellipses and punctuation."""
    import random
    from pathlib import Path

    from nltk.tokenize.punkt import PunktSentenceTokenizer

    punkt = segment._punkt()
    root = Path(__file__).resolve().parent.parent.parent
    contexts = [c for f in sorted(root.glob("seeds/*.txt")) + sorted(root.glob("tests/fixtures/articles/*.txt"))
                for c in _break_contexts(f.read_text("utf-8"))]
    rng = random.Random(2)
    words = ["said", "Mr", "U.S", "J", "p.m", "Sen", "No", "2016", "3,000", "-1.5", "i.e", "Gen", "U", "etc", "al",
             "Ala", "ex-Sen", "vs", "Co", "St", "a", "ii", "1st", "’", "”", "(", ")", "..", "...", "word...", "x"]
    after = ["The", "the", "he", ",", ";", ":", ".", "!", "?", "(", "“", "”", "’", "2017", "Ä", "é", "3", "-", "—"]
    for _ in range(3000):
        mark = rng.choice([".", ".", ".", "?", "!", "..", "...", ".”", "?”", ".)"])
        contexts.append(rng.choice(words) + mark + rng.choice([" ", "  ", "", "\t"]) + rng.choice(after))
    assert len(contexts) > 3000
    for context in contexts:
        assert punkt.text_contains_sentbreak(context) == PunktSentenceTokenizer.text_contains_sentbreak(punkt, context), \
            context
