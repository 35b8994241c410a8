"""Every lesson executed with papermill, as the instructor copy (on two data sets, strict) and as the
student copy (every check "not attempted"), each from a course folder written by ``init_course``."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from summit_nlp.course import init_course
from summit_nlp.course.grading import check_outcomes, run_notebook
from summit_nlp.course.lessons import LESSONS
from summit_nlp.course.session import LessonData

RUNS = [(lid, which) for lid in LESSONS for which in ("default", "other")]


@pytest.fixture(scope="module")
def instructor_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("instructor")
    init_course(folder, instructor=True)
    return folder


@pytest.fixture(scope="module")
def student_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("student")
    init_course(folder)
    return folder


def _errors(executed: Path) -> list[str]:
    nb = json.loads(executed.read_text(encoding="utf-8"))
    return [f"{o.get('ename')}: {o.get('evalue')}" for c in nb["cells"] if c["cell_type"] == "code"
            for o in c.get("outputs", []) if o.get("output_type") == "error"
            or (o.get("output_type") == "stream" and o.get("name") == "stderr" and "Traceback" in o.get("text", ""))]


@pytest.mark.parametrize(("lesson_id", "which"), RUNS)
def test_instructor_copy_passes_every_check_in_strict_mode(lesson_id: str, which: str, instructor_dir: Path,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    les = LESSONS[lesson_id]
    monkeypatch.chdir(instructor_dir)
    monkeypatch.setenv("COURSE_STRICT", "1")
    params = {} if which == "default" else les.other
    result = run_notebook(instructor_dir / les.notebook, tmp_path, parameters=params)
    assert result.status == "written", result.message
    assert result.outcomes == {qid: "pass" for qid in les.exercises}
    assert _errors(result.executed) == []


@pytest.mark.parametrize("lesson_id", list(LESSONS))
def test_student_copy_runs_to_the_end_with_every_check_not_attempted(lesson_id: str, student_dir: Path,
                                                                     tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    les = LESSONS[lesson_id]
    monkeypatch.chdir(student_dir)
    monkeypatch.delenv("COURSE_STRICT", raising=False)
    result = run_notebook(student_dir / les.notebook, tmp_path)
    assert result.status == "written", result.message
    assert result.outcomes == {qid: "not attempted" for qid in les.exercises}
    assert _errors(result.executed) == []
    executed = nbformat.read(result.executed, as_version=4)
    assert not [c for c in executed.cells if "solution" in c.metadata.get("tags", [])]


def test_strict_mode_stops_an_unanswered_student_copy(student_dir: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(student_dir)
    monkeypatch.setenv("COURSE_STRICT", "1")
    result = run_notebook(student_dir / LESSONS["L1"].notebook, tmp_path)
    assert result.status == "failed"
    assert "raised CourseCheckError: L1.q1: not attempted" in result.message
    assert result.outcomes == {"L1.q1": "not attempted"}


def test_a_hard_coded_answer_passes_on_its_article_and_fails_on_the_second(instructor_dir: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(instructor_dir)
    monkeypatch.setenv("COURSE_STRICT", "1")
    seed_value = len(LessonData("L1").analysis.sentences)
    other_value = len(LessonData("L1", **LESSONS["L1"].other).analysis.sentences)
    assert seed_value != other_value
    nb = nbformat.read(instructor_dir / LESSONS["L1"].notebook, as_version=4)
    (cell,) = [c for c in nb.cells if c.source.startswith("n_sentences = ")]
    cell.source = f"n_sentences = {seed_value}  # typed in from the seed article"
    hard_coded = tmp_path / "hard_coded.ipynb"
    nbformat.write(nb, hard_coded)
    on_seed = run_notebook(hard_coded, tmp_path / "seed")
    assert on_seed.status == "written" and on_seed.outcomes["L1.q1"] == "pass"
    on_other = run_notebook(hard_coded, tmp_path / "other", parameters=LESSONS["L1"].other)
    assert on_other.status == "failed" and on_other.outcomes == {"L1.q1": "not yet"}
    assert "CourseCheckError: L1.q1: not yet" in on_other.message
    shown = json.dumps(json.loads(on_other.executed.read_text(encoding="utf-8"))["cells"])
    assert f"{seed_value} is not right yet" in shown
    assert f" {other_value} " not in shown.replace(f"{seed_value} is not right yet", "")


def test_grading_reads_every_check_of_a_notebook(student_dir: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from summit_nlp.course.grading import grade

    monkeypatch.chdir(student_dir)
    monkeypatch.delenv("COURSE_STRICT", raising=False)
    table = grade([student_dir / LESSONS["L3"].notebook], tmp_path)
    assert list(table.columns) == ["notebook", "run", *LESSONS["L3"].exercises]
    assert table.iloc[0]["run"] == "written" and set(table.iloc[0][2:]) == {"not attempted"}
    assert check_outcomes({"cells": []}) == {}


def test_cli_grades_a_class_on_another_article(instructor_dir: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from summit_nlp.cli import main

    monkeypatch.chdir(tmp_path)  # grading runs outside the course folder: the package's data is used
    monkeypatch.delenv("COURSE_STRICT", raising=False)
    notebook = instructor_dir / LESSONS["L2"].notebook
    status = main(["course", "grade", str(notebook), "--out", str(tmp_path / "graded"), "-p", "article",
                   "balloon_protest", "--csv", str(tmp_path / "grades.csv")])
    assert status == 0
    out = capsys.readouterr().out
    assert "L2.q1" in out.splitlines()[0] and "pass" in out
    rows = (tmp_path / "grades.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("notebook,run,L2.q1") and rows[1].count(",pass") == len(LESSONS["L2"].exercises)


def test_a_students_error_still_stops_the_cell_and_gets_a_plain_sentence(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from nbformat.v4 import new_code_cell, new_notebook

    monkeypatch.chdir(tmp_path)
    nb = new_notebook(cells=[new_code_cell('article = "seed"', metadata={"tags": ["parameters"]}),
                             new_code_cell("from summit_nlp import course\nlesson = course.start('L2', article=article)"),
                             new_code_cell("quotes = lesson.analysis.quotes_df()\nquotes['speakr']")],
                      metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    path = tmp_path / "mistake.ipynb"
    nbformat.write(nb, path)
    result = run_notebook(path, tmp_path / "out")
    assert result.status == "failed" and "raised KeyError: 'speakr'" in result.message
    cells = json.loads(result.executed.read_text(encoding="utf-8"))["cells"]
    outputs = [o for c in cells if c["cell_type"] == "code" for o in c.get("outputs", [])]
    assert [o["ename"] for o in outputs if o["output_type"] == "error"] == ["KeyError"]
    said = "".join("".join(o["text"]) for o in outputs if o["output_type"] == "stream")
    assert "In plain words: Your code asked for a key or column that does not exist ('speakr')" in said
