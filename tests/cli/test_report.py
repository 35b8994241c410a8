"""``summit-nlp report``: byte-identical re-runs, skip/force, one-line errors, failing cells, kernel under cron."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from summit_nlp.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_9f4e31e1b15dc781.txt"
SCRIPT = Path(sys.executable).parent / "summit-nlp"


def _cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, list[str]]:
    code = main(["report", *map(str, args)])
    return code, capsys.readouterr().err.strip().splitlines()


def _notebook(path: Path, body: str) -> Path:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('fail: bool = False  # raise in the second cell')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("# Test notebook"), params, nbformat.v4.new_code_cell(body)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def seed_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes | list[str]]:
    """The seed reported twice with --force (the bytes of each run), then once more without."""
    out = tmp_path_factory.mktemp("seed_cli")
    first = main(["report", str(SEED), "--out", str(out), "--force"])
    html1 = (out / "000_9f4e31e1b15dc781.html").read_bytes()
    manifest1 = json.loads((out / "000_9f4e31e1b15dc781.manifest.json").read_text())
    second = main(["report", str(SEED), "--out", str(out), "--force"])
    html2 = (out / "000_9f4e31e1b15dc781.html").read_bytes()
    manifest2 = json.loads((out / "000_9f4e31e1b15dc781.manifest.json").read_text())
    assert first == second == 0
    return {"out": out, "html1": html1, "html2": html2, "manifest1": manifest1, "manifest2": manifest2}


def test_rerun_on_the_seed_gives_byte_identical_html(seed_runs: dict) -> None:
    assert seed_runs["html1"] == seed_runs["html2"]
    m1, m2 = seed_runs["manifest1"], seed_runs["manifest2"]
    same = {k for k in m1 if k not in ("timestamp", "seconds")}
    assert {k: m1[k] for k in same} == {k: m2[k] for k in same}
    assert m1["inputs_sha256"]["article_path"] == __import__("hashlib").sha256(SEED.read_bytes()).hexdigest()


def test_report_files_sit_side_by_side(seed_runs: dict) -> None:
    out: Path = seed_runs["out"]
    for name in ("000_9f4e31e1b15dc781.html", "000_9f4e31e1b15dc781.ipynb", "000_9f4e31e1b15dc781.manifest.json",
                 "manifest.json"):
        assert (out / name).is_file()
    assert json.loads((out / "manifest.json").read_text())["reports"]["000_9f4e31e1b15dc781"]["html"] == \
        "000_9f4e31e1b15dc781.html"


def test_unchanged_is_skipped_changed_parameter_rebuilds(seed_runs: dict, capsys: pytest.CaptureFixture[str]) -> None:
    out: Path = seed_runs["out"]
    code, lines = _cli(capsys, SEED, "--out", out)
    assert code == 0 and lines == [f"000_9f4e31e1b15dc781: skipped, unchanged ({out / '000_9f4e31e1b15dc781.html'}; "
                                   "use --force to rebuild)"]
    code, lines = _cli(capsys, SEED, "--out", out, "-p", "title", "Another title")
    assert code == 0 and "wrote" in lines[0]
    html = (out / "000_9f4e31e1b15dc781.html").read_bytes()
    assert html != seed_runs["html1"] and b"Another title" in html


def test_changed_input_rebuilds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "note.txt"
    article.write_text("“We will meet again,” Putin said.\n", encoding="utf-8")
    assert _cli(capsys, article, "--out", tmp_path / "out")[0] == 0
    assert "skipped" in _cli(capsys, article, "--out", tmp_path / "out")[1][0]
    article.write_text("“We will not meet again,” Putin said.\n", encoding="utf-8")
    code, lines = _cli(capsys, article, "--out", tmp_path / "out")
    assert code == 0 and lines[0].startswith("note: wrote")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-p", "colour", "red"], "article_report.ipynb: unknown parameter 'colour'"),
        (["-p", "max_rows", "lots"], "article_report.ipynb: parameter max_rows must be int, got 'lots'"),
        (["-p", "show_reported", "maybe"], "article_report.ipynb: parameter show_reported must be bool"),
        (["--notebook", "nope"], "nope: no such notebook"),
        (["--workers", "0"], "--workers must be at least 1"),
    ],
)
def test_bad_parameters_one_line_nothing_executed(args: list[str], message: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code, lines = _cli(capsys, SEED, "--out", out, *args)
    assert code == 2
    assert len(lines) == 1 and lines[0].startswith(f"summit-nlp report: error: {message}")
    assert not out.exists()


def test_missing_input_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = _cli(capsys, tmp_path / "missing.txt", SEED, "--out", tmp_path / "out")
    assert code == 1 and lines == [f"summit-nlp report: error: {tmp_path / 'missing.txt'}: no such file or folder"]
    assert not (tmp_path / "out").exists()


def test_failing_cell_exits_non_zero_and_keeps_earlier_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nb = _notebook(tmp_path / "fragile.ipynb", 'if fail:\n    raise RuntimeError("kaput")\nprint("fine")')
    out = tmp_path / "out"
    assert _cli(capsys, "--notebook", nb, "--out", out)[0] == 0
    before = (out / "fragile.html").read_bytes(), (out / "fragile.manifest.json").read_bytes()
    code, lines = _cli(capsys, "--notebook", nb, "--out", out, "-p", "fail", "yes")
    assert code == 1 and len(lines) == 1
    assert lines[0].startswith("fragile: FAILED: fragile.ipynb: cell ") and "RuntimeError: kaput" in lines[0]
    assert ((out / "fragile.html").read_bytes(), (out / "fragile.manifest.json").read_bytes()) == before


def test_folder_batch_prints_a_line_per_article_and_a_total(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    arts = tmp_path / "arts"
    arts.mkdir()
    for name in ("one", "two"):
        (arts / f"{name}.txt").write_text(f"“Talks went well,” the {name} envoy said.\n", encoding="utf-8")
    code, lines = _cli(capsys, arts, "--out", tmp_path / "out", "--workers", "2")
    assert code == 0
    assert sorted(line.split(":")[0] for line in lines[:2]) == ["one", "two"]
    assert lines[2] == "2 reports: 2 written, 0 skipped, 0 failed"


def test_kernel_is_this_python_with_no_env_and_a_bogus_user_kernel(tmp_path: Path) -> None:
    """As under cron: nothing activated, no HOME; a user-level python3 kernelspec pointing elsewhere is ignored."""
    bogus = tmp_path / "jupyter" / "kernels" / "python3"
    bogus.mkdir(parents=True)
    (bogus / "kernel.json").write_text(json.dumps({"argv": ["/bin/false", "{connection_file}"],
                                                   "display_name": "broken", "language": "python"}))
    nb = _notebook(tmp_path / "which.ipynb", "import sys\nprint(sys.executable)")
    env = {"PATH": "/usr/bin:/bin", "JUPYTER_PATH": str(tmp_path / "jupyter")}
    proc = subprocess.run([str(SCRIPT), "report", "--notebook", str(nb), "--out", str(tmp_path / "out")],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"which: wrote {tmp_path / 'out' / 'which.html'} (")
    executed = nbformat.read(tmp_path / "out" / "which.ipynb", as_version=4)
    printed = [o["text"].strip() for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", [])
               if o.get("name") == "stdout"]
    assert printed == [sys.executable]


def test_seed_report_identical_from_a_bare_environment(seed_runs: dict, tmp_path: Path) -> None:
    proc = subprocess.run([str(SCRIPT), "report", str(SEED), "--out", str(tmp_path)], env={"PATH": "/usr/bin:/bin"},
                          cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "000_9f4e31e1b15dc781.html").read_bytes() == seed_runs["html1"]
    assert os.stat(tmp_path / "000_9f4e31e1b15dc781.html").st_mode & 0o044  # readable like a normal file
