"""``init_course``: write a course folder — the lesson notebooks, their data, a README.

``init_course(DIR)`` writes the student copy of every lesson (``LN_*.ipynb``), the course
data under ``DIR/data/`` (each file as shipped, with ``data/sources.tsv`` giving source and
licence) and ``README.md``; ``instructor=True`` writes the instructor copies instead.  The
notebooks read the data beside them, so the folder runs offline from anywhere it is moved to.

A file already in ``DIR`` that differs from what would be written is never overwritten unless
``force=True``: it may hold a student's work.  The one exception is a file that ``init`` itself
wrote and that nobody has changed since (its SHA-256 is recorded in ``DIR/.summit-course.json``),
so re-running ``init`` after an upgrade of the package refreshes untouched files.  Files that
``init`` does not write (a student's own notes) are never touched.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .._version import __version__
from ..errors import InputError
from ..io import write_text_atomic
from . import copies
from .data import PACKAGE_DATA

__all__ = ["init_course", "InitResult", "MARKER", "course_files"]

MARKER = ".summit-course.json"


@dataclass(frozen=True)
class InitResult:
    """What ``init_course`` did: files written, files already up to date, and the copy's kind."""

    directory: Path
    copy: str
    written: tuple[str, ...] = field(default=())
    unchanged: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        return (f"{self.copy} copy in {self.directory}: {len(self.written)} file(s) written, "
                f"{len(self.unchanged)} already up to date")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _readme(instructor: bool) -> str:
    from .lessons import LESSONS

    kind = "instructor" if instructor else "student"
    rows = "\n".join(f"| `{les.notebook}` | {les.title} | {les.minutes} min |" for les in LESSONS.values())
    return f"""# summit_nlp course ({kind} copy)

Lesson notebooks on who said what, to whom and how in news about diplomacy, written by
`summit-nlp course init` (summit_nlp {__version__}). Open them in JupyterLab from this folder:

```sh
jupyter lab
```

Run each notebook from top to bottom. Exercise cells hold `...`: replace it with your answer
and run the check cell below it, which says **pass**, **not yet** or **not attempted**.
`course.hint("L1.q1")` gives a hint (call it again for the next one). Nothing is downloaded:
the articles, corpus and annotator files the lessons use are in `data/` (`data/sources.tsv`
says where each comes from and under which licence).

| notebook | lesson | time |
|---|---|---|
{rows}

Prose of the lessons: CC BY 4.0. Code: MIT.
"""


def course_files(*, instructor: bool = False) -> dict[str, bytes]:
    """Every file of a course folder, by path relative to it, as the bytes to write."""
    import nbformat

    from .lessons import LESSONS

    make = copies.instructor_copy if instructor else copies.student_copy
    files: dict[str, bytes] = {}
    for les in LESSONS.values():
        nb = make(copies.read_source(les.id))
        files[les.notebook] = (nbformat.writes(nb) + "\n").encode("utf-8")
    for path in sorted(PACKAGE_DATA.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            files[f"data/{path.relative_to(PACKAGE_DATA).as_posix()}"] = path.read_bytes()
    files["README.md"] = _readme(instructor).encode("utf-8")
    return files


def _recorded(directory: Path) -> dict[str, str]:
    try:
        marker = json.loads((directory / MARKER).read_text(encoding="utf-8"))
        return dict(marker.get("files", {}))
    except (OSError, ValueError, AttributeError):
        return {}


def init_course(directory: str | Path, *, instructor: bool = False, force: bool = False) -> InitResult:
    """Write the student (or instructor) copy of the course into ``directory``.

    Raises :class:`~summit_nlp.errors.InputError`, writing nothing, when ``directory`` is a file
    or holds changed course files (unless ``force``).
    """
    directory = Path(directory).expanduser()
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory}: exists and is not a folder")
    files = course_files(instructor=instructor)
    recorded = _recorded(directory)
    conflicts, todo, same = [], [], []
    for rel, data in files.items():
        target = directory / rel
        if not target.exists():
            todo.append(rel)
            continue
        current = target.read_bytes() if target.is_file() else None
        if current == data:
            same.append(rel)
        elif current is not None and recorded.get(rel) == _sha(current):
            todo.append(rel)  # written by init and untouched since: safe to refresh
        elif force:
            todo.append(rel)
        else:
            conflicts.append(rel)
    if conflicts:
        shown = ", ".join(conflicts[:3]) + (f" and {len(conflicts) - 3} more" if len(conflicts) > 3 else "")
        raise InputError(f"{directory}: already holds course files that were changed since they were written "
                         f"({shown}); they may be a student's work. Nothing was written: use another folder, "
                         f"or --force to overwrite them")
    for rel in todo:
        target = directory / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir():
            raise InputError(f"{target}: is a folder where the course needs a file")
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(files[rel])
        tmp.replace(target)
    marker = {"package": "summit_nlp", "version": __version__, "copy": "instructor" if instructor else "student",
              "files": {rel: _sha(data) for rel, data in sorted(files.items())}}
    write_text_atomic(directory / MARKER, json.dumps(marker, indent=1) + "\n")
    return InitResult(directory, marker["copy"], tuple(todo), tuple(same))
