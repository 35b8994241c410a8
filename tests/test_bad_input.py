"""Bad input: one documented exception type, or an honest empty result; never a crash."""

import pytest

from summit_nlp import InputError, SummitNLPError, analyze
from summit_nlp.io import read_article


@pytest.mark.parametrize("text", ["", "   \n\t ", "No quotes at all in this text.", "“”\"\"''‘’«»", "“ “ ” ” \" ' ’"])
def test_degenerate_texts_give_a_valid_result(text):
    d = analyze(text).to_dict()
    assert set(d) >= {"speakers", "quotes", "reported_speech", "stances"}
    for q in d["quotes"]:
        assert text[q["start"]:q["end"]] == q["quote"]


def test_unbalanced_marks_stay_local():
    # a paragraph left open before one that opens with a mark is a quotation over paragraphs (SPEC
    # section 2): it ends with its own paragraph and never swallows the marks that follow
    text = "“Open and never closed, he said.\n“Fine,” said Minister Ana Brnabic. Then “another” one, she said."
    d = analyze(text).to_dict()
    assert [q["quote"] for q in d["quotes"]] == ["Open and never closed, he said.", "Fine,", "another"]
    text = "“Open and never closed, he said. “Fine,” said Minister Ana Brnabic."
    assert [q["quote"] for q in analyze(text).to_dict()["quotes"]] == ["Fine,"]


def test_non_str_input_is_an_input_error():
    with pytest.raises(InputError, match="expected str"):
        analyze(b"bytes")  # type: ignore[arg-type]


def test_big_article_is_processed():
    para = "“We will keep talking,” Foreign Minister Penny Wong said on Monday. " * 40 + "\n"
    text = para * (5_000_000 // len(para) + 1)
    assert len(text.encode()) > 5_000_000
    a = analyze(text)
    assert len(a.quotes) > 10_000 and {q.speaker for q in a.quotes} == {"Penny Wong"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n ", "empty file"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_files_raise_one_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_article(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(SummitNLPError, match="directory"):
        read_article(tmp_path)


def test_oversized_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000)
    with pytest.raises(InputError, match="too large"):
        read_article(path, max_bytes=1000)
