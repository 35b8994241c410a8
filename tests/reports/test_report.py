"""Tests for summit_nlp.report: parameter validation, execution, manifest, skip/force, failures, batches."""

from __future__ import annotations

import hashlib
import re
import json
import shutil
from pathlib import Path

import nbformat
import pytest

from summit_nlp import __version__
from summit_nlp.errors import InputError
from summit_nlp.reports.runner import (
    NOTEBOOKS,
    ReportError,
    input_sha256,
    notebook_parameters,
    notebook_path,
    plan,
    predictions_for_gold,
    resolve_input,
    run,
    run_batch,
    validate_parameters,
)

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_9f4e31e1b15dc781.txt"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def _toy_notebook(path: Path) -> Path:
    """A tiny notebook: a parameters cell and a cell that raises when ``fail`` is true."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('fail: bool = False  # raise in the second cell\nword: str = "hello"')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Toy report"),
        params,
        nbformat.v4.new_code_cell('if fail:\n    raise ValueError("boom")\nprint(word)'),
    ]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


@pytest.fixture
def toy(tmp_path: Path) -> Path:
    return _toy_notebook(tmp_path / "toy.ipynb")


# ------------------------------------------------------------- notebooks
def test_short_names_resolve_to_packaged_notebooks() -> None:
    for short, filename in NOTEBOOKS.items():
        path = notebook_path(short)
        assert path.name == filename and path.is_file()


def test_unknown_notebook_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such notebook"):
        notebook_path("nonsense")
    other = tmp_path / "x.txt"
    other.write_text("x")
    with pytest.raises(InputError, match="not a notebook"):
        notebook_path(other)


def test_article_notebook_declares_typed_parameters() -> None:
    params = notebook_parameters("article")
    assert list(params)[:2] == ["article_path", "title"]
    assert params["article_path"].type_name == "str" and params["article_path"].is_path
    assert params["show_reported"].type_name == "bool" and params["show_reported"].default is True
    assert params["max_rows"].type_name == "int"


# ------------------------------------------------------------ validation
def test_validate_merges_defaults_and_resolves_paths() -> None:
    values, inputs = validate_parameters("article", {"max_rows": "7", "show_reported": "no"})
    assert values["max_rows"] == 7 and values["show_reported"] is False
    assert Path(values["article_path"]) == SEED.resolve()
    assert inputs == {"article_path": hashlib.sha256(SEED.read_bytes()).hexdigest()}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"colour": "red"}, "unknown parameter 'colour'"),
        ({"max_rows": "many"}, "parameter max_rows must be int, got 'many'"),
        ({"max_rows": 2.5}, "parameter max_rows must be int"),
        ({"show_reported": "perhaps"}, "parameter show_reported must be bool"),
        ({"show_reported": 1}, "parameter show_reported must be bool"),
        ({"title": 3}, "parameter title must be str"),
        ({"article_path": "no/such/article.txt"}, "parameter article_path: no/such/article.txt: no such file"),
        ({"article_path": ""}, "parameter article_path must name a file"),
    ],
)
def test_bad_parameters_are_refused_before_running(params: dict, message: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(InputError, match=message.replace("(", r"\(")) as info:
        run("article", params, out)
    assert "\n" not in str(info.value) and str(info.value).startswith("article_report.ipynb: ")
    assert not out.exists()  # nothing executed, nothing written


def test_bool_and_number_text_forms(toy: Path) -> None:
    for text, expected in (("true", True), ("Yes", True), ("1", True), ("off", False), ("0", False)):
        assert validate_parameters(toy, {"fail": text})[0]["fail"] is expected


def test_resolve_input_finds_repo_relative_paths(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # outside the checkout: found relative to the project root
    assert resolve_input("seeds/000_9f4e31e1b15dc781.txt") == SEED.resolve()
    with pytest.raises(InputError, match="no such file"):
        resolve_input("seeds/missing.txt")


def test_input_sha256_of_a_folder_depends_on_names_and_content(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    first = input_sha256(tmp_path)
    (tmp_path / "a.txt").write_text("two")
    second = input_sha256(tmp_path)
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")
    assert len({first, second, input_sha256(tmp_path)}) == 3


# -------------------------------------------------------------- planning
def test_plan_expands_folders_for_the_article_notebook(tmp_path: Path) -> None:
    jobs = plan([ARTICLES], out_dir=tmp_path)
    assert [j.name for j in jobs] == sorted(p.stem for p in ARTICLES.glob("*.txt"))
    assert all(Path(j.parameters["article_path"]).parent == ARTICLES.resolve() for j in jobs)


def test_plan_refuses_duplicate_names_and_double_inputs(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(SEED, tmp_path / "a" / "x.txt")
    shutil.copy(SEED, tmp_path / "b" / "x.txt")
    with pytest.raises(InputError, match="same report 'x'"):
        plan([tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"], out_dir=tmp_path / "out")
    with pytest.raises(InputError, match="given both as INPUT and with -p"):
        plan([SEED], parameters={"article_path": str(SEED)}, out_dir=tmp_path / "out")
    with pytest.raises(InputError, match="no such file"):
        plan([tmp_path / "nope.txt"], out_dir=tmp_path / "out")


def test_no_input_names_the_report_after_the_default_input(tmp_path: Path) -> None:
    (job,) = plan((), notebook="article", out_dir=tmp_path)
    assert job.name == "000_9f4e31e1b15dc781"


# ------------------------------------------------------------- execution
def test_run_writes_html_ipynb_manifest_and_index(toy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(toy, {"word": "bonjour"}, out)
    assert result.status == "written" and result.html == out / "toy.html"
    html = (out / "toy.html").read_text(encoding="utf-8")
    assert "bonjour" in html and "Toy report" in html
    assert "print(word)" not in html  # code hidden
    assert "<script src=" not in html  # no CDN scripts: reports open offline
    executed = nbformat.read(out / "toy.ipynb", as_version=4)
    assert any("bonjour" in o.get("text", "") for c in executed.cells if c.cell_type == "code" for o in c.outputs)
    manifest = json.loads((out / "toy.manifest.json").read_text())
    assert manifest["package_version"] == __version__
    assert manifest["parameters"] == {"fail": False, "word": "bonjour"}
    assert manifest["libraries"]["papermill"] and manifest["timestamp"]
    if (ROOT / ".git").exists():  # a checkout: the manifest pins the commit the package ran from
        assert re.fullmatch(r"[0-9a-f]{40}", manifest["git_commit"])
    assert manifest["inputs_sha256"] == {} and manifest["source_notebook"] == "toy.ipynb"
    index = json.loads((out / "manifest.json").read_text())
    assert index["reports"]["toy"]["fingerprint"] == manifest["fingerprint"]
    assert not list(out.glob(".*tmp*")) and not list(out.glob(".summit-report-*"))


def test_unchanged_report_is_skipped_and_changes_rebuild(toy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(toy, {}, out).status == "written"
    assert run(toy, {}, out).status == "skipped"
    assert run(toy, {}, out, force=True).status == "written"
    assert run(toy, {"word": "other"}, out).status == "written"
    nb = nbformat.read(toy, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("changed notebook"))
    nbformat.write(nb, toy)
    assert run(toy, {"word": "other"}, out).status == "written"


def test_failing_cell_names_cell_and_error_and_keeps_earlier_report(toy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(toy, {}, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    with pytest.raises(ReportError) as info:
        run(toy, {"fail": True}, out)
    message = str(info.value)
    assert "toy.ipynb: cell " in message and "ValueError: boom" in message and "\n" not in message
    assert "raise ValueError" in message or "if fail:" in message
    for name, data in before.items():
        assert (out / name).read_bytes() == data, name
    assert (out / "toy.failed.ipynb").is_file()
    run(toy, {"word": "fixed"}, out)
    assert not (out / "toy.failed.ipynb").exists()


def test_batch_runs_in_parallel_workers_and_reports_each(tmp_path: Path, toy: Path) -> None:
    arts = tmp_path / "arts"
    arts.mkdir()
    for name in ("b", "a", "c"):
        (arts / f"{name}.txt").write_text(f"“We will talk,” {name.upper()}ardo said.\n", encoding="utf-8")
    seen: list[str] = []
    jobs = plan([arts], out_dir=tmp_path / "out")
    results = run_batch(jobs, workers=2, on_result=lambda r: seen.append(r.name))
    assert [r.name for r in results] == ["a", "b", "c"] and sorted(seen) == ["a", "b", "c"]
    assert all(r.status == "written" for r in results)
    index = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert sorted(index["reports"]) == ["a", "b", "c"]
    (arts / "b.txt").write_text("“Changed,” Bernardo said.\n", encoding="utf-8")
    again = run_batch(plan([arts], out_dir=tmp_path / "out"), workers=2)
    assert [r.status for r in again] == ["skipped", "written", "skipped"]


def test_batch_failure_does_not_stop_other_reports(toy: Path, tmp_path: Path) -> None:
    ok = plan((), notebook=toy, out_dir=tmp_path / "ok")
    bad = plan((), notebook=toy, parameters={"fail": "true"}, out_dir=tmp_path / "bad")
    results = run_batch(bad + ok, workers=1)
    assert [r.status for r in results] == ["failed", "written"]
    assert "ValueError: boom" in results[0].summary() and results[0].summary().startswith("toy: FAILED")


def test_predictions_for_gold_runs_the_extractor_on_the_gold_article() -> None:
    (pred,) = predictions_for_gold(ROOT / "seeds" / "000_9f4e31e1b15dc781.json")
    assert pred["article"] == "000_9f4e31e1b15dc781.txt"
    assert pred["text_sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()


def test_parse_parameters_reads_types_defaults_and_help() -> None:
    from summit_nlp.reports.runner import parse_parameters

    params = parse_parameters('a: int = 3  # how many\nb = "x"\nc = compute()\nd: str | None = None\nprint(a)\n')
    assert [(p.name, p.type_name, p.default, p.help) for p in params] == [
        ("a", "int", 3, "how many"), ("b", "str", "x", ""), ("c", "None", "compute()", ""), ("d", "str | None", None, "")]
    with pytest.raises(InputError, match="not valid Python"):
        parse_parameters("a = (")


def test_optional_parameters_accept_none_and_text(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("limit: int | None = None  # optional cap")
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell]
    nbformat.write(nb, tmp_path / "opt.ipynb")
    assert validate_parameters(tmp_path / "opt.ipynb", {"limit": "5"})[0] == {"limit": 5}
    assert validate_parameters(tmp_path / "opt.ipynb", {"limit": None})[0] == {"limit": None}
    with pytest.raises(InputError, match=re.escape("must be int | None, got 'five'")):
        validate_parameters(tmp_path / "opt.ipynb", {"limit": "five"})
