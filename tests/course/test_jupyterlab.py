"""A student copy opens and runs in JupyterLab: a real ``jupyter lab`` server on 127.0.0.1 serves the
lab page, opens the notebook through its contents API, starts the notebook's ``python3`` kernel in
the course folder (as the lab does when the student opens it) and runs every code cell over the
kernel's websocket, as the lab's "Run all" does."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest

from summit_nlp.course import init_course
from summit_nlp.course.checks import MIME_TYPE
from summit_nlp.course.lessons import LESSONS

LESSON = "L3"


@pytest.fixture()
def lab(tmp_path: Path):
    folder = tmp_path / "course"
    init_course(folder)
    runtime = tmp_path / "runtime"
    token = secrets.token_hex(16)
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path / "home"),
           "JUPYTER_CONFIG_DIR": str(tmp_path / "config"), "COURSE_STRICT": ""}
    log = (tmp_path / "lab.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
                             "--ServerApp.port=0", f"--ServerApp.token={token}", f"--ServerApp.root_dir={folder}",
                             "--ServerApp.open_browser=False", "--LabApp.news_url=", "--LabApp.check_for_updates_class="
                             "jupyterlab.NeverCheckForUpdate", "--LabApp.extension_manager=readonly",
                             *(["--allow-root"] if os.geteuid() == 0 else [])], cwd=folder, env=env, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 90
        info = None
        while time.monotonic() < deadline and info is None:
            if proc.poll() is not None:
                raise AssertionError(f"jupyter lab exited: {(tmp_path / 'lab.log').read_text(errors='replace')[-2000:]}")
            for path in runtime.glob("jpserver-*.json"):
                info = json.loads(path.read_text(encoding="utf-8"))
            time.sleep(0.2)
        assert info, "jupyter lab did not start within 90 s"
        yield folder, f"http://127.0.0.1:{info['port']}", token
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _http(base: str, token: str, path: str, method: str = "GET", body: Any = None) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(f"{base}{path}", data=data, method=method,
                                 headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        raw = resp.read()
        kind = resp.headers.get("Content-Type", "")
        return resp.status, json.loads(raw) if "json" in kind and raw else raw.decode("utf-8", "replace")


async def _run_cells(base: str, token: str, kernel_id: str, cells: list[str]) -> list[dict[str, Any]]:
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    url = base.replace("http", "ws", 1) + f"/api/kernels/{kernel_id}/channels"
    ws = await websocket_connect(HTTPRequest(url, headers={"Authorization": f"token {token}"}))
    outputs: list[dict[str, Any]] = []
    session = uuid.uuid4().hex
    for source in cells:
        msg_id = uuid.uuid4().hex
        await ws.write_message(json.dumps({
            "header": {"msg_id": msg_id, "username": "student", "session": session, "msg_type": "execute_request",
                       "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": source, "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True}}))
        while True:
            raw = await asyncio.wait_for(ws.read_message(), timeout=300)
            assert raw is not None, "the kernel's websocket closed"
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["header"]["msg_type"]
            if kind in ("display_data", "execute_result", "error", "stream"):
                outputs.append({"type": kind, **msg["content"]})
            if kind == "status" and msg["content"]["execution_state"] == "idle":
                break
    ws.close()
    return outputs


def test_a_student_copy_opens_and_runs_in_jupyterlab(lab: tuple[Path, str, str]) -> None:
    folder, base, token = lab
    notebook = LESSONS[LESSON].notebook
    status, page = _http(base, token, "/lab")
    assert status == 200 and "JupyterLab" in page
    status, model = _http(base, token, f"/api/contents/{notebook}?content=1")
    assert status == 200 and model["type"] == "notebook"
    assert model["content"]["metadata"]["kernelspec"]["name"] == "python3"
    status, session = _http(base, token, "/api/sessions", "POST",
                            {"path": notebook, "type": "notebook", "name": notebook, "kernel": {"name": "python3"}})
    assert status == 201
    cells = [c["source"] for c in model["content"]["cells"] if c["cell_type"] == "code"]
    outputs = asyncio.run(_run_cells(base, token, session["kernel"]["id"], cells))
    errors = [o for o in outputs if o["type"] == "error"]
    assert errors == [], errors[:1]
    outcomes = {o["data"][MIME_TYPE]["qid"]: o["data"][MIME_TYPE]["status"]
                for o in outputs if MIME_TYPE in o.get("data", {})}
    assert outcomes == {qid: "not attempted" for qid in LESSONS[LESSON].exercises}
    status, _ = _http(base, token, f"/api/sessions/{session['id']}", "DELETE")
    assert status == 204
