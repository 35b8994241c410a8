"""The course data: every file with its source and licence, gold offsets, corpus and annotator files."""

from __future__ import annotations

import json
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

from summit_nlp.course import data
from summit_nlp.course.copies import NOTEBOOK_DIR

ROOT = Path(__file__).resolve().parents[2]
COURSE = data.PACKAGE_DATA.parent


def test_every_data_file_has_a_source_and_a_licence() -> None:
    listed = {row["file"]: row for row in data.sources()}
    on_disk = {p.relative_to(data.PACKAGE_DATA).as_posix() for p in data.PACKAGE_DATA.rglob("*") if p.is_file()
               and "__pycache__" not in p.parts}
    assert set(listed) == on_disk
    for row in listed.values():
        assert row["source"].strip() and row["licence"].strip(), row


def test_the_seed_is_the_projects_seed_unchanged() -> None:
    assert (data.PACKAGE_DATA / "articles" / "seed.txt").read_bytes() == \
        (ROOT / "seeds" / "000_9f4e31e1b15dc781.txt").read_bytes()


@pytest.mark.parametrize("name", ["seed", "andes_crossing", "balloon_protest"])
def test_gold_offsets_point_at_their_text(name: str) -> None:
    article = data.find_article(name)
    gold = article.gold()
    assert gold["article"] == name and gold["licence"]
    for q in gold["quotes"]:
        assert article.text[q["start"]:q["end"]] == q["quote"]
    for r in gold["reported_speech"]:
        assert article.text[r["start"]:r["end"]] == r["text"]
    for item in gold["quotes"] + gold["reported_speech"]:
        assert item["speaker"] in gold["speakers"]
    for act in gold.get("acts", []):
        assert act["target"] is None or act["target"] in gold["speakers"]
        trigger = act["trigger"]
        assert article.text[trigger["start"]:trigger["end"]] == trigger["text"]


def test_the_outlets_corpus() -> None:
    corpus = data.load_corpus("outlets")
    assert len(corpus) >= 20 and corpus["id"].is_unique
    assert corpus["outlet"].nunique() >= 3 and corpus["country"].nunique() >= 3
    assert corpus["text"].str.len().min() > 200
    rows = [json.loads(line) for line in (data.PACKAGE_DATA / "corpus" / "outlets.jsonl").read_text("utf-8").splitlines()]
    assert all(r["source"] and r["licence"] == "CC BY 4.0" for r in rows)
    lessons = data.load_corpus("lessons")
    assert lessons["outlet"].nunique() >= 3 and set(data.article_names()) <= set(lessons["id"])


def test_two_annotators_label_the_same_units() -> None:
    units = data.short_articles()
    a, b = data.load_annotations("annotator_a"), data.load_annotations("annotator_b")
    key = ["article", "unit"]
    assert a[key].values.tolist() == b[key].values.tolist() == units[key].values.tolist()
    assert len(units) >= 20
    speech = {"quote", "reported", "none"}
    assert set(a["speech"]) <= speech and set(b["speech"]) <= speech
    assert set(a["polarity"].dropna()) | set(b["polarity"].dropna()) <= {"cooperative", "conflictual", "none"}
    disagree = (a["speech"] != b["speech"]).sum() + (a["polarity"] != b["polarity"]).sum()
    assert 3 <= disagree <= len(units)  # partly disagreeing, independent annotators
    assert b["polarity"].isna().sum() >= 1  # a '?' for Krippendorff's alpha to handle
    assert "Codebook" in data.codebook_path().read_text(encoding="utf-8")


def test_bad_references_are_plain_errors(tmp_path: Path) -> None:
    from summit_nlp.errors import InputError

    with pytest.raises(InputError, match="there is no corpus called 'nope'"):
        data.load_corpus("nope")
    with pytest.raises(InputError, match="there is no annotator file called 'annotator_c'"):
        data.load_annotations("annotator_c")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl, line 2: not a JSON object"):
        data.load_corpus(bad)


def test_a_course_folder_reads_its_own_copy_of_the_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data" / "articles").mkdir(parents=True)
    (tmp_path / "data" / "sources.tsv").write_text("file\tsource\tlicence\n", encoding="utf-8")
    (tmp_path / "data" / "articles" / "index.tsv").write_text(
        "name\toutlet\tcountry\tdate\ttitle\tsource\tlicence\nmine\tX\tY\t2025-01-01\tT\tme\tCC0\n", encoding="utf-8")
    (tmp_path / "data" / "articles" / "mine.txt").write_text("Headline\n“Yes,” she said.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert data.data_root() == tmp_path / "data"
    assert data.article_names() == ("mine",)
    assert data.find_article("mine").outlet == "X"


def test_package_data_ships_every_course_file() -> None:
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]["summit_nlp"]
    package = COURSE.parent
    needed = [p for p in list(data.PACKAGE_DATA.rglob("*")) + list(NOTEBOOK_DIR.glob("*")) + [COURSE / "LICENSE.md"]
              if p.is_file() and "__pycache__" not in p.parts]
    unshipped = [str(p.relative_to(package)) for p in needed
                 if not any(fnmatch(p.relative_to(package).as_posix(), g) and
                            p.relative_to(package).as_posix().count("/") == g.count("/") for g in globs)]
    assert unshipped == []
