"""One source notebook per lesson, and the student and instructor copies made from it."""

from __future__ import annotations

import ast

import nbformat
import pytest

from summit_nlp.course import copies
from summit_nlp.course.lessons import LESSONS

LESSON_IDS = list(LESSONS)


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_source_notebook_is_well_formed(lesson_id: str) -> None:
    nb = copies.read_source(lesson_id)
    nbformat.validate(nb)
    assert copies.problems(nb, list(LESSONS[lesson_id].exercises)) == []


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_stored_notebook_has_no_outputs_and_the_python3_kernelspec(lesson_id: str) -> None:
    nb = nbformat.read(copies.source_path(lesson_id), as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
        assert "execution" not in cell.metadata


def test_every_notebook_belongs_to_a_lesson() -> None:
    on_disk = sorted(p.name for p in copies.NOTEBOOK_DIR.glob("*.ipynb"))
    assert on_disk == sorted(les.notebook for les in LESSONS.values())
    assert [les.notebook[:2] for les in LESSONS.values()] == LESSON_IDS


def _code(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "code")


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_student_copy_has_placeholders_and_no_solution_code(lesson_id: str) -> None:
    source = copies.read_source(lesson_id)
    student = copies.student_copy(source)
    nbformat.validate(student)
    assert not [c for c in student.cells if "solution" in c.metadata.get("tags", [])]
    exercises = [c for c in student.cells if "exercise" in c.metadata.get("tags", [])]
    assert len(exercises) == len(LESSONS[lesson_id].exercises) and all("..." in c.source for c in exercises)
    code = _code(student)
    for solution in (c for c in source.cells if "solution" in c.metadata.get("tags", [])):
        lines = [ln.strip() for ln in solution.source.splitlines()
                 if ln.strip() and not ln.strip().startswith(("#", "def ", "return None", "from ", "import "))]
        leaked = [ln for ln in lines if ln in code.splitlines() or any(ln == c.strip() for c in code.splitlines())]
        assert leaked == [], f"solution lines in the student copy: {leaked}"
    assert student.metadata["kernelspec"]["name"] == "python3"
    ast.parse(code.replace("%", "#"))  # still valid Python


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_instructor_copy_has_each_solution_in_place_of_its_exercise(lesson_id: str) -> None:
    source = copies.read_source(lesson_id)
    teacher = copies.instructor_copy(source)
    student = copies.student_copy(source)
    assert not [c for c in teacher.cells if "exercise" in c.metadata.get("tags", [])]
    assert len(teacher.cells) == len(student.cells)
    for s_cell, t_cell in zip(student.cells, teacher.cells):
        if "exercise" in s_cell.metadata.get("tags", []):
            assert "solution" in t_cell.metadata.get("tags", [])
        else:
            assert s_cell.source == t_cell.source


def test_problems_catches_a_broken_source() -> None:
    nb = copies.read_source("L1")
    broken = copies.instructor_copy(nb)  # no exercise cells left: solutions follow nothing
    found = copies.problems(broken, list(LESSONS["L1"].exercises))
    assert any("a solution cell must follow an exercise cell" in p for p in found)
    nb.cells[3].outputs = [nbformat.v4.new_output("stream", text="x")] if nb.cells[3].cell_type == "code" else []
    nb.cells.append(nbformat.v4.new_code_cell("import nltk; nltk.download('vader_lexicon')"))
    found = copies.problems(nb, list(LESSONS["L1"].exercises) + ["L1.q99"])
    assert any("nltk.download" in p for p in found)
    assert any("L1.q99 is checked 0 times" in p for p in found)
