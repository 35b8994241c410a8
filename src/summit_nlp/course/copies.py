"""One source notebook per lesson, two copies: the student's and the instructor's.

In the source (``course/notebooks/LN_*.ipynb``) every exercise is a pair of adjacent code
cells: one tagged ``exercise`` (the starter code, with ``...`` where the answer goes) and,
right after it, one tagged ``solution`` (the same names, answered).  The check itself sits
in an untagged cell after the pair, so both copies run it:

* the **student copy** keeps the ``exercise`` cells and drops every ``solution`` cell;
* the **instructor copy** puts each ``solution`` cell in the place of its ``exercise`` cell.

Both are written without outputs, with the ``python3`` kernelspec.  ``problems`` lists what
is wrong with a source notebook (the tests require it to be empty for every lesson).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

__all__ = ["NOTEBOOK_DIR", "source_path", "read_source", "student_copy", "instructor_copy", "problems",
           "EXERCISE", "SOLUTION", "KERNELSPEC"]

NOTEBOOK_DIR = Path(__file__).resolve().parent / "notebooks"
EXERCISE, SOLUTION, PARAMETERS = "exercise", "solution", "parameters"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
_CHECK_CALL = re.compile(r"""course\.check\(\s*["'](L\d+\.q\d+)["']""")


def _tags(cell: Any) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def source_path(lesson_id: str) -> Path:
    """The source notebook of a lesson."""
    from .session import lesson

    return NOTEBOOK_DIR / lesson(lesson_id).notebook


def read_source(lesson_id: str) -> Any:
    """The source notebook of a lesson, as an ``nbformat`` node."""
    import nbformat

    return nbformat.read(source_path(lesson_id), as_version=4)


def _clean(nb: Any, cells: list[Any]) -> Any:
    out = copy.deepcopy(nb)
    out.cells = copy.deepcopy(cells)
    for cell in out.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
    out.metadata.pop("papermill", None)
    out.metadata["kernelspec"] = dict(KERNELSPEC)
    return out


def student_copy(nb: Any) -> Any:
    """The source without its solution cells: exercises keep their ``...`` placeholders."""
    return _clean(nb, [c for c in nb.cells if SOLUTION not in _tags(c)])


def instructor_copy(nb: Any) -> Any:
    """The source with every solution in the place of its exercise cell."""
    return _clean(nb, [c for c in nb.cells if EXERCISE not in _tags(c)])


def problems(nb: Any, exercise_ids: list[str]) -> list[str]:
    """What is wrong with a source notebook (empty when it is well formed)."""
    found: list[str] = []
    cells = nb.cells
    if nb.metadata.get("kernelspec", {}).get("name") != "python3":
        found.append("the kernelspec is not python3")
    if not cells or cells[0].cell_type != "markdown" or not cells[0].source.startswith("# "):
        found.append("the first cell is not a markdown title ('# …')")
    params = [i for i, c in enumerate(cells) if PARAMETERS in _tags(c)]
    if len(params) != 1 or cells[params[0]].cell_type != "code":
        found.append("there must be exactly one code cell tagged 'parameters'")
    for i, cell in enumerate(cells):
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None):
            found.append(f"cell {i} has outputs or an execution count (store notebooks without outputs)")
        tags = _tags(cell)
        if EXERCISE in tags:
            if cell.cell_type != "code" or "..." not in cell.source:
                found.append(f"cell {i}: an exercise cell must be code with a ... placeholder")
            nxt = cells[i + 1] if i + 1 < len(cells) else None
            if nxt is None or SOLUTION not in _tags(nxt):
                found.append(f"cell {i}: an exercise cell must be followed by its solution cell")
        if SOLUTION in tags:
            prev = cells[i - 1] if i > 0 else None
            if prev is None or EXERCISE not in _tags(prev):
                found.append(f"cell {i}: a solution cell must follow an exercise cell")
            if cell.cell_type != "code" or re.search(r"(?<![\w.])\.\.\.(?![\w.])", cell.source):
                found.append(f"cell {i}: a solution cell must be code without ... placeholders")
            if _CHECK_CALL.search(cell.source):
                found.append(f"cell {i}: put the check in a cell after the solution, so students run it too")
    checked = [m.group(1) for c in cells if c.cell_type == "code" and not _tags(c)
               for m in _CHECK_CALL.finditer(c.source)]
    for qid in exercise_ids:
        if checked.count(qid) != 1:
            found.append(f"{qid} is checked {checked.count(qid)} times in untagged cells (expected once)")
    for qid in sorted(set(checked) - set(exercise_ids)):
        found.append(f"{qid} is checked but not registered")
    n_exercises = sum(EXERCISE in _tags(c) for c in cells)
    if n_exercises < 3:
        found.append(f"only {n_exercises} exercise cells (a lesson has at least 3 checked exercises)")
    text = "\n".join(c.source for c in cells if c.cell_type == "markdown").lower()
    for heading in ("learning goals", "predict", "discussion", "key points"):
        if heading not in text:
            found.append(f"no '{heading}' section")
    for bad in ("nltk.download", "pip install", "!pip", "%pip", "http://", "https://"):
        if any(bad in c.source for c in cells if c.cell_type == "code"):
            found.append(f"a code cell contains {bad!r}: lessons run offline")
    return found
