"""``summit-nlp course init``: student and instructor folders, refusing to overwrite a student's work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from summit_nlp.cli import main
from summit_nlp.course import init_course
from summit_nlp.course.folder import MARKER
from summit_nlp.course.lessons import LESSONS
from summit_nlp.errors import InputError

NOTEBOOKS = [les.notebook for les in LESSONS.values()]


def test_init_writes_student_notebooks_data_and_a_readme(tmp_path: Path) -> None:
    result = init_course(tmp_path / "course")
    folder = tmp_path / "course"
    assert result.copy == "student" and "L1_article_as_data.ipynb" in result.written
    for name in NOTEBOOKS:
        nb = nbformat.read(folder / name, as_version=4)
        assert not [c for c in nb.cells if "solution" in c.metadata.get("tags", [])]
        assert nb.metadata["kernelspec"]["name"] == "python3"
    assert (folder / "data" / "sources.tsv").is_file() and (folder / "data" / "articles" / "seed.txt").is_file()
    assert (folder / "data" / "corpus" / "outlets.jsonl").is_file()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "student copy" in readme and all(n in readme for n in NOTEBOOKS)
    marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    assert marker["copy"] == "student" and set(marker["files"]) == set(result.written)


def test_init_instructor_writes_solutions(tmp_path: Path) -> None:
    init_course(tmp_path, instructor=True)
    nb = nbformat.read(tmp_path / NOTEBOOKS[0], as_version=4)
    assert [c for c in nb.cells if "solution" in c.metadata.get("tags", [])]
    assert not [c for c in nb.cells if "exercise" in c.metadata.get("tags", [])]


def test_rerunning_init_keeps_a_students_work_unless_forced(tmp_path: Path) -> None:
    init_course(tmp_path)
    again = init_course(tmp_path)
    assert again.written == () and len(again.unchanged) > 10  # nothing changed: nothing to do
    work = tmp_path / NOTEBOOKS[0]
    nb = nbformat.read(work, as_version=4)
    nb.cells[0].source += "\n\nMy notes."
    nbformat.write(nb, work)
    (tmp_path / "my_notes.txt").write_text("mine", encoding="utf-8")
    before = work.read_bytes()
    with pytest.raises(InputError, match=r"changed since they were written \(L1_article_as_data\.ipynb\).*--force"):
        init_course(tmp_path)
    with pytest.raises(InputError):
        init_course(tmp_path, instructor=True)  # switching copies does not overwrite work either
    assert work.read_bytes() == before
    forced = init_course(tmp_path, force=True)
    assert forced.written == (NOTEBOOKS[0],) and work.read_bytes() != before
    assert (tmp_path / "my_notes.txt").read_text(encoding="utf-8") == "mine"  # never touched


def test_untouched_files_are_refreshed_by_a_new_init(tmp_path: Path) -> None:
    init_course(tmp_path)
    readme = tmp_path / "README.md"
    marker = json.loads((tmp_path / MARKER).read_text(encoding="utf-8"))
    readme.write_text("an older version of the README\n", encoding="utf-8")  # as if written by an older init
    import hashlib

    marker["files"]["README.md"] = hashlib.sha256(readme.read_bytes()).hexdigest()
    (tmp_path / MARKER).write_text(json.dumps(marker), encoding="utf-8")
    assert init_course(tmp_path).written == ("README.md",)


def test_a_file_where_the_folder_should_be_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "course"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="exists and is not a folder"):
        init_course(target)


def test_cli_course_init_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["course", "init", str(tmp_path / "s")]) == 0
    err = capsys.readouterr().err
    assert "student copy in" in err and "jupyter lab" in err
    assert main(["course", "init", str(tmp_path / "t"), "--instructor"]) == 0
    assert "instructor copy" in capsys.readouterr().err
    (tmp_path / "s" / NOTEBOOKS[1]).write_text("{}", encoding="utf-8")
    status = main(["course", "init", str(tmp_path / "s")])
    err = capsys.readouterr().err
    assert status != 0 and err.startswith("summit-nlp course: error: ") and len(err.strip().splitlines()) == 1
    assert main(["course", "init", str(tmp_path / "s"), "--force"]) == 0
    assert main(["course", "list"]) == 0
    out = capsys.readouterr().out
    assert all(f"{lid}  {les.title} ({les.minutes} min)" in out for lid, les in LESSONS.items())


def test_init_works_from_any_folder_with_a_bare_environment(tmp_path: Path) -> None:
    """A fresh shell: no HOME, no activated venv, only the interpreter's own bin folder and /usr/bin on PATH;
    nothing is fetched (the package's own files are all init reads)."""
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "LANG": "C.UTF-8"}
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    proc = subprocess.run(["summit-nlp", "course", "init", "class"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (cwd / "class").glob("*.ipynb")) == sorted(NOTEBOOKS)
