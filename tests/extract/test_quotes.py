from summit_nlp.extract.quotes import find_quotes


def texts(s: str) -> list[str]:
    return [q.text for q in find_quotes(s)]


def test_curly_and_straight_marks_exclude_the_marks():
    s = 'He said “yes, we will.” She said "no."'
    qs = find_quotes(s)
    assert [q.text for q in qs] == ["yes, we will.", "no."]
    for q in qs:
        assert s[q.span.start:q.span.end] == q.text
        assert s[q.open_mark.start] in "“\"" and s[q.close_mark.start] in "”\""


def test_doubled_backtick_marks():
    assert texts("``Hello there,'' he said.") == ["Hello there,"]


def test_nested_single_quotes_stay_inside():
    assert texts("She said “a ‘fine’ day” ok") == ["a ‘fine’ day"]


def test_apostrophes_are_not_quotes():
    assert texts("Russia’s plan in the ’90s and rock ’n’ roll, don't") == []
    assert texts("It's Putin's 'plan'") == ["plan"]


def test_headline_single_quotes():
    assert texts("Flynn says Trump 'absolutely right'") == ["absolutely right"]
    assert texts("Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP") == ["Incredibly Hateful Rhetoric"]


def test_stray_opener_does_not_swallow_the_rest():
    s = "A stray “ mark here. Then “a real quote” here.\nNext paragraph “also found” ok."
    assert texts(s) == ["a real quote", "also found"]


def test_unclosed_quote_is_dropped_locally():
    s = 'He said "unclosed and then some text.\nNext "para" ok'
    assert texts(s) == ["para"]


def test_stray_closer_is_ignored():
    assert texts("odd” mark, then “quote” here") == ["quote"]


def test_quote_across_sentences():
    assert texts("“We came. We saw. We left,” he said.") == ["We came. We saw. We left,"]


def test_quote_running_over_paragraphs_gives_one_quote_per_paragraph():
    s = "“First paragraph of the speech.\n“Second paragraph,” he said."
    assert texts(s) == ["First paragraph of the speech.", "Second paragraph,"]


def test_only_quotation_marks_and_empty_quotes():
    assert texts('"""""') == []
    assert texts("“”  “ ”") == []


def test_offsets_into_unnormalised_text():
    s = "\ufeffA\r\n“quoted”\ttext"
    q = find_quotes(s)[0]
    assert s[q.span.start:q.span.end] == "quoted"


def test_german_low_nine_marks_close_with_the_english_opening_shapes():
    text = "„Our message to the far right is ‚never again‘“, said Mayor Petra Schulze-Wendt of Chemnitz."
    assert [q.span.text for q in find_quotes(text)] == ["Our message to the far right is ‚never again‘"]
