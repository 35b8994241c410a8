"""``make lab``: JupyterLab on working copies, as root too; running and saving a notebook there
never changes what ``summit-nlp report`` runs or writes.

The test does what a user does: ``make lab-notebooks`` (the copy step of ``make lab``) into a
fresh folder, runs a notebook there on the registered ``summit_nlp`` kernel, starts JupyterLab
(as whoever runs the tests: root in CI and course images) and saves the executed notebook
through JupyterLab's contents API, then renders the seed report again.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from summit_nlp.reports.runner import KERNEL_NAME, NOTEBOOKS, PACKAGE_NOTEBOOK_DIR, run

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _make(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env}, check=False)


def _snapshot() -> dict[str, bytes]:
    files = [PACKAGE_NOTEBOOK_DIR / n for n in NOTEBOOKS.values()] + [ROOT / "notebooks" / n for n in NOTEBOOKS.values()]
    return {str(f): f.read_bytes() for f in files}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(url: str, token: str, method: str = "GET", body: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as reply:  # noqa: S310 (loopback only)
        return json.loads(reply.read() or b"{}")


def test_make_lab_starts_jupyterlab_on_working_copies_as_any_user() -> None:
    dry = _make("-n", "lab", "LAB=/tmp/somewhere")
    assert dry.returncode == 0, dry.stderr
    assert re.search(r"jupyter lab --allow-root /tmp/somewhere/", dry.stdout)  # root (course images) and everyone else


def test_lab_copies_never_overwrite_your_work(tmp_path: Path) -> None:
    lab = tmp_path / "lab"
    assert _make("lab-notebooks", f"LAB={lab}").returncode == 0
    for name in NOTEBOOKS.values():
        copy = lab / name
        assert copy.is_file() and not copy.is_symlink()
        assert copy.read_bytes() == (ROOT / "notebooks" / name).read_bytes()
    mine = lab / NOTEBOOKS["article"]
    mine.write_text("my edits", encoding="utf-8")
    assert _make("lab-notebooks", f"LAB={lab}").returncode == 0
    assert mine.read_text(encoding="utf-8") == "my edits"


def test_the_notebooks_kernel_is_registered_in_this_environment() -> None:
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    assert spec.display_name == "Python 3 (summit_nlp)"
    assert spec.argv[:3] == ["python", "-m", "ipykernel_launcher"]
    shipped = json.loads((ROOT / "kernel" / "summit_nlp" / "kernel.json").read_text(encoding="utf-8"))
    assert shipped["argv"] == spec.argv


def test_environment_yml_pins_python_and_registers_the_kernel() -> None:
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    python = re.search(r"^\s*- python([^\n]*)$", text, flags=re.M).group(1).replace(" ", "")
    assert python == ">=3.11,<3.12"  # the range the suite runs on (and pyproject's lower bound)
    assert re.search(r"^\s*- \./kernel\s*$", text, flags=re.M)  # the same registration as make
    assert "./kernel" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_running_and_saving_in_jupyterlab_leaves_reports_byte_identical(tmp_path: Path) -> None:
    before = run("article", {}, tmp_path / "before", force=True).html.read_bytes()
    templates = _snapshot()
    lab = tmp_path / "lab"
    assert _make("lab-notebooks", f"LAB={lab}").returncode == 0
    notebook = lab / NOTEBOOKS["article"]
    # run it where the user runs it, on the kernel JupyterLab would pick (the notebook's kernelspec)
    executed = subprocess.run([str(BIN / "jupyter"), "nbconvert", "--to", "notebook", "--execute", "--inplace",
                               str(notebook)], cwd=lab, capture_output=True, text=True, timeout=300, check=False)
    assert executed.returncode == 0, executed.stderr[-2000:]
    content = json.loads(notebook.read_text(encoding="utf-8"))
    assert any(cell.get("outputs") for cell in content["cells"])  # it ran, with outputs

    token, port = "summit-test", _free_port()
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
           "JUPYTER_RUNTIME_DIR": str(home / "runtime")}
    server = subprocess.Popen(
        [str(BIN / "jupyter"), "lab", "--allow-root", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={lab}", "--ServerApp.port_retries=0"],
        cwd=lab, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                _request(f"{base}/api/status", token)
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()[-2000:]
                assert time.monotonic() < deadline, "JupyterLab did not start"
                time.sleep(0.3)
        listed = {item["name"] for item in _request(f"{base}/api/contents/", token)["content"]}
        assert set(NOTEBOOKS.values()) <= listed  # the notebooks are there to open
        assert KERNEL_NAME in _request(f"{base}/api/kernelspecs", token)["kernelspecs"]
        saved = _request(f"{base}/api/contents/{notebook.name}", token, "PUT",
                         {"type": "notebook", "format": "json", "content": content})
        assert saved["name"] == notebook.name
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    assert any(c.get("outputs") for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"])
    assert _snapshot() == templates  # neither the templates nor notebooks/ changed
    after = run("article", {}, tmp_path / "after", force=True).html.read_bytes()
    assert after == before
    shutil.rmtree(lab)
