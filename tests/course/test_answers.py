"""How answers are compared: plain sentences about the answer, never the expected value."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from summit_nlp.course.answers import (Choice, Count, CountsByName, Function, Labels, NameSet, Number, Offsets, Text,
                                       explain_error, is_placeholder)


def test_placeholders_are_recognised() -> None:
    def empty(a, b):
        ...

    def passing(a):
        pass

    def documented(a):
        """Doc."""

    def answered(a):
        return a

    def returns_none(a):
        return None

    for unanswered in (..., (..., ...), [..., 3], {"a": ...}, empty, passing, documented):
        assert is_placeholder(unanswered)
    for answered_value in (0, None, "", (1, 2), [], {"a": 1}, answered, returns_none, lambda: None):
        assert not is_placeholder(answered_value)


def test_count_accepts_whole_numbers_of_any_numeric_type() -> None:
    assert Count().compare(7, 7) is None
    assert Count().compare(np.int64(7), 7) is None
    assert Count().compare(7.0, 7) is None
    assert "too high" in Count().compare(9, 7)
    assert "too low" in Count().compare(5, 7)
    assert Count(direction=False).compare(5, 7) == "5 is not right yet."


def test_count_explains_wrong_types() -> None:
    assert "leave out the quotation marks" in Count().compare("7", 7)
    assert Count().compare(True, 1).startswith("Your answer is a bool")
    assert "fractional part" in Count().compare(6.5, 7)
    assert Count().compare([7], 7).startswith("Your answer is a list of 1 item;")


def test_number_uses_a_tolerance_and_never_shows_the_value() -> None:
    assert Number(tolerance=1e-3).compare(0.7814, 0.78142) is None
    message = Number(tolerance=1e-3).compare(0.5, 0.7814)
    assert "0.5" in message and "0.78" not in message
    assert "NaN" in Number().compare(float("nan"), 0.2)


def test_text_and_choice() -> None:
    assert Text().compare("  Said ", "said") is None
    assert Text(exact=True).compare("Said", "said") == "'Said' is not right yet."
    choice = Choice(options=("positive", "negative", "neutral"))
    assert choice.compare("Neutral", "neutral") is None
    assert "not one of the options" in choice.compare("calm", "neutral")
    assert choice.compare("negative", "neutral") == "'negative' is not right yet."


def test_name_sets_name_extras_but_only_count_missing() -> None:
    expected = {"Vladimir Putin", "Donald Trump"}
    assert NameSet().compare(["donald trump", "Vladimir  Putin"], expected) is None
    assert NameSet().compare(pd.Series(["Donald Trump", "Vladimir Putin"]), expected) is None
    message = NameSet().compare(["Donald Trump", "Zelensky"], expected)
    assert message == "'Zelensky' should not be in it; 1 name is missing."
    assert "Putin" not in message
    assert "e.g. ['Putin']" in NameSet().compare("Putin", expected)


def test_offsets_show_what_the_answer_selects() -> None:
    text = "Putin said “yes”."
    assert Offsets().compare((11, 14), (text, (11, 14))) is None
    message = Offsets().compare((0, 5), (text, (11, 14)))
    assert message == "(0, 5) selects 'Putin', which is not the span asked for."
    assert "not a span of this text" in Offsets().compare((5, 99), (text, (11, 14)))
    assert "whole numbers" in Offsets().compare((1.5, 3), (text, (11, 14)))


def test_counts_by_name() -> None:
    expected = {"direct": 5, "partial": 9}
    assert CountsByName().compare(pd.Series({"partial": 9, "direct": 5}), expected) is None
    message = CountsByName().compare({"direct": 5, "partial": 8, "indirect": 1}, expected)
    assert message == "'indirect' should not be a key; the value for 'partial' is not right."
    assert "9" not in message
    assert "1 key is missing" in CountsByName().compare({"direct": 5}, expected)


def test_labels_report_how_many_agree() -> None:
    labels = Labels(options=("quote", "reported", "none"))
    assert labels.compare(["quote", "none", "Reported"], ["quote", "none", "reported"]) is None
    assert labels.compare(["quote", "quote", "quote"], ["quote", "none", "reported"]) == \
        "1 of your 3 labels agree with the gold annotation."
    assert "not one of the labels" in labels.compare(["quote", "maybe", "none"], ["quote", "none", "reported"])
    assert "one per item" in labels.compare(["quote"], ["quote", "none", "reported"])


def test_function_errors_become_plain_sentences() -> None:
    cases = [((3,), 4), ((10,), 11)]
    assert Function().compare(lambda x: x + 1, cases) is None
    assert "did you forget return?" in Function().compare(lambda x: None, cases)
    message = Function().compare(lambda x: {"a": 1}["b"], cases)
    assert message.startswith("Called with (3), your function stopped with an error.")
    assert "key or column that does not exist ('b')" in message
    assert "returned 3. 3 is not right yet: it is too low." in Function().compare(lambda x: x, cases)
    assert Function().compare(42, cases).startswith("Your answer is a int")


@pytest.mark.parametrize(("exc", "words"), [
    (NameError("name 'df' is not defined"), "Python does not know a name"),
    (KeyError("speaker"), "key or column that does not exist ('speaker')"),
    (AttributeError("'list' object has no attribute 'start'"), "attribute or method"),
    (IndexError("list index out of range"), "counts from 0"),
    (TypeError("unsupported operand"), "types that do not fit together"),
    (ZeroDivisionError("division by zero"), "divided by zero"),
    (RuntimeError("odd"), "Your code raised RuntimeError (odd)."),
])
def test_explain_error(exc: BaseException, words: str) -> None:
    sentence = explain_error(exc)
    assert words in sentence
    assert "Traceback" not in sentence and "\n" not in sentence
