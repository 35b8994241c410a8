"""Corpus readers: folders, JSONL, CSV, DataFrames and lists of articles, ids and bad items."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summit_nlp.errors import InputError
from summit_nlp.model import Article
from summit_nlp.corpus.readers import Fields, load_item, read_corpus, scan_corpus

TEXT_A = "“We will talk again,” Putin said.\nTrump said the meeting was productive.\n"
TEXT_B = "Zelensky urged Europe to stay united, the minister said.\n"


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _load_all(source, **kw) -> list[Article]:
    fields = kw.pop("fields", Fields())
    return [load_item(item, fields=fields) for item in scan_corpus(source, fields=fields, **kw).items]


# --------------------------------------------------------------- folders
def test_folder_is_read_recursively_in_path_order_with_stem_ids(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", TEXT_B)
    _write(tmp_path / "sub" / "a.txt", TEXT_A)
    _write(tmp_path / "notes.md", "not an article")
    _write(tmp_path / ".ipynb_checkpoints" / "c.txt", TEXT_A)
    index = scan_corpus(tmp_path)
    assert [(i.id, i.source) for i in index.items] == [("b", "b.txt"), ("a", "sub/a.txt")]
    assert index.kind == "folder" and len(index.sha256) == 64
    assert [a.text for a in read_corpus(tmp_path)] == [TEXT_B, TEXT_A]


def test_folder_hash_changes_when_an_article_changes(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", TEXT_A)
    before = scan_corpus(tmp_path).sha256
    path.write_text(TEXT_A + "More.\n", encoding="utf-8")
    assert scan_corpus(tmp_path).sha256 != before


def test_duplicate_stems_are_one_clear_error(tmp_path: Path) -> None:
    _write(tmp_path / "x" / "same.txt", TEXT_A)
    _write(tmp_path / "y" / "same.txt", TEXT_B)
    with pytest.raises(InputError, match=r"duplicate article id 'same' \(x/same.txt and y/same.txt\)"):
        scan_corpus(tmp_path)


def test_folder_without_articles_and_missing_path_are_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no \\*.txt files"):
        scan_corpus(tmp_path)
    with pytest.raises(InputError, match="no such file or directory"):
        scan_corpus(tmp_path / "missing")
    with pytest.raises(InputError, match="not a corpus"):
        scan_corpus(_write(tmp_path / "a.pdf", b"%PDF"))


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"", "empty file"), (b"ab\x00cd", "not a text file \\(binary content\\)"),
     (b"caf\xe9 au lait", "not valid UTF-8")],
)
def test_bad_files_fail_one_by_one(tmp_path: Path, data: bytes, problem: str) -> None:
    _write(tmp_path / "good.txt", TEXT_A)
    _write(tmp_path / "bad.txt", data)
    bad, good = scan_corpus(tmp_path).items  # scanning never reads a bad file's content as text
    assert load_item(good).text == TEXT_A
    with pytest.raises(InputError, match=f"bad.txt: {problem}"):
        load_item(bad)


def test_oversized_file_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path / "big.txt", "word " * 100)
    (item,) = scan_corpus(tmp_path).items
    with pytest.raises(InputError, match="too large"):
        load_item(item, max_bytes=100)


def test_a_single_txt_file_is_a_corpus_of_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "one.txt", TEXT_A)
    monkeypatch.chdir(tmp_path)
    (item,) = scan_corpus("one.txt").items
    assert (item.id, item.source, item.kind) == ("one", "one.txt", "txt")
    assert Path(item.path).is_absolute()  # workers elsewhere must not depend on this working directory
    assert load_item(item).text == TEXT_A


def test_whitespace_only_file_is_a_valid_empty_article(tmp_path: Path) -> None:
    _write(tmp_path / "blank.txt", "\n \n")
    assert [a.text for a in read_corpus(tmp_path)] == ["\n \n"]


# ------------------------------------------------------------------ JSONL
def test_jsonl_ids_metadata_and_row_number_ids(tmp_path: Path) -> None:
    rows = [{"id": "wire-1", "text": TEXT_A, "date": "2025-08-15", "outlet": "Wire", "title": "Summit"},
            {"text": TEXT_B},
            {"id": 7, "text": "Short."}]
    path = _write(tmp_path / "c.jsonl", "".join(json.dumps(r) + "\n" for r in rows[:2]) + "\n"
                  + json.dumps(rows[2]) + "\n")
    articles = _load_all(path)
    assert [a.id for a in articles] == ["wire-1", "1", "7"]
    assert articles[0] == Article(text=TEXT_A, id="wire-1", title="Summit", date="2025-08-15", outlet="Wire")
    assert articles[1].date is None and articles[1].text == TEXT_B


def test_jsonl_custom_field_names(tmp_path: Path) -> None:
    path = _write(tmp_path / "c.jsonl", json.dumps({"key": "k1", "body": TEXT_A, "source": "AP"}) + "\n")
    fields = Fields(text="body", id="key", outlet="source")
    (article,) = _load_all(path, fields=fields)
    assert (article.id, article.text, article.outlet) == ("k1", TEXT_A, "AP")


def test_jsonl_bad_lines_fail_one_by_one(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": TEXT_A}).encode() + b"\n"
    lines = [good, b"{not json\n", json.dumps({"id": "nt"}).encode() + b"\n",
             json.dumps({"id": "num", "text": 3}).encode() + b"\n", b'{"id": "lat", "text": "caf\xe9"}\n',
             b"[1, 2]\n"]
    path = _write(tmp_path / "c.jsonl", b"".join(lines))
    items = scan_corpus(path).items
    assert [i.id for i in items] == ["ok", "1", "nt", "num", "lat", "5"]
    assert load_item(items[0]).text == TEXT_A
    expected = ["c.jsonl:2: not valid JSON", "c.jsonl:3: no 'text' field", "c.jsonl:4: 'text' is not a string",
                "c.jsonl:5: not valid UTF-8", "c.jsonl:6: not a JSON object"]
    for item, message in zip(items[1:], expected):
        with pytest.raises(InputError, match=message):
            load_item(item)


def test_empty_jsonl_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no records"):
        scan_corpus(_write(tmp_path / "c.jsonl", "\n\n"))


# -------------------------------------------------------------------- CSV
def test_csv_multiline_cells_crlf_and_non_ascii(tmp_path: Path) -> None:
    df = pd.DataFrame({"id": ["a", "b", "c"], "title": ["Één", "", "x"],
                       "text": [TEXT_A, "line one\r\nline «two», “three”", TEXT_B]})
    path = tmp_path / "c.csv"
    df.to_csv(path, index=False, lineterminator="\r\n")
    articles = _load_all(path)
    assert [a.id for a in articles] == ["a", "b", "c"]
    assert [a.text for a in articles] == list(df["text"])
    assert (articles[0].title, articles[1].title) == ("Één", None)


def test_csv_without_text_column_and_with_bom(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"c.csv: no 'text' column \(columns: id, body\)"):
        scan_corpus(_write(tmp_path / "c.csv", "id,body\n1,hello\n"))
    (article,) = _load_all(_write(tmp_path / "d.csv", "\ufefftext,id\nhello,z\n"))
    assert (article.id, article.text) == ("z", "hello")


def test_csv_row_numbers_and_duplicate_ids(tmp_path: Path) -> None:
    assert [a.id for a in _load_all(_write(tmp_path / "c.csv", "text\nx\ny\n"))] == ["0", "1"]
    with pytest.raises(InputError, match="duplicate article id '1'"):
        scan_corpus(_write(tmp_path / "d.csv", "id,text\n1,x\n1,y\n"))


def test_csv_long_cells_are_read(tmp_path: Path) -> None:
    long_text = "Putin said the talks went well. " * 10_000  # beyond the csv module's default field limit
    path = tmp_path / "c.csv"
    pd.DataFrame({"text": [long_text, "short"]}).to_csv(path, index=False)
    assert [a.text for a in _load_all(path)] == [long_text, "short"]
    assert csv.field_size_limit() == 131072  # the module-wide limit is restored


_CSV_TRICKY = st.sampled_from(['"', ",", "\r", "\n", "\u2028", "\x85", "\ufeff"])
_ANY_CHAR = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.text(_CSV_TRICKY | _ANY_CHAR, max_size=40), min_size=1, max_size=5))
def test_csv_byte_ranges_round_trip_any_text(tmp_path_factory: pytest.TempPathFactory, texts: list[str]) -> None:
    path = tmp_path_factory.mktemp("csv") / "c.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text"])
        writer.writerows([[f"r{n}", t] for n, t in enumerate(texts)])
    assert [a.text for a in _load_all(path)] == texts


# ------------------------------------------------- DataFrames and articles
def test_dataframe_index_labels_are_default_ids(tmp_path: Path) -> None:
    df = pd.DataFrame({"text": [TEXT_A, TEXT_B, None], "outlet": ["AP", None, "X"]}, index=[10, 20, 30])
    index = scan_corpus(df)
    assert [i.id for i in index.items] == ["10", "20", "30"]
    a, b, missing = index.items
    assert (load_item(a).outlet, load_item(b).outlet) == ("AP", None)
    with pytest.raises(InputError, match=r"<DataFrame>\[30\]: no text"):
        load_item(missing)


def test_dataframe_id_column_and_errors() -> None:
    df = pd.DataFrame({"id": [1.0, 2.0], "body": ["x", "y"]})
    assert [i.id for i in scan_corpus(df, fields=Fields(text="body")).items] == ["1", "2"]
    with pytest.raises(InputError, match="no 'text' column"):
        scan_corpus(df)
    with pytest.raises(InputError, match="duplicate article id"):
        scan_corpus(pd.DataFrame({"id": ["a", "a"], "text": ["x", "y"]}))


def test_list_of_articles_ids_default_to_positions() -> None:
    articles = [Article(text=TEXT_A), Article(text=TEXT_B, id="b")]
    assert [(a.id, a.text) for a in read_corpus(articles)] == [("0", TEXT_A), ("b", TEXT_B)]
    with pytest.raises(InputError, match="not an Article"):
        scan_corpus(["just a string"])
    with pytest.raises(InputError, match="not a corpus"):
        scan_corpus(42)


def test_read_corpus_stops_at_the_first_bad_article(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", TEXT_A)
    _write(tmp_path / "b.txt", b"")
    reader = read_corpus(tmp_path)
    assert next(reader).text == TEXT_A
    with pytest.raises(InputError, match="empty file"):
        next(reader)
