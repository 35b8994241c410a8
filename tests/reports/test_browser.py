"""The seed report in headless Chromium: it loads offline with no console errors, and renders its parts.

Chromium is the Debian package (``apt-get install chromium`` when it is
missing; never a browser download).  The browser is driven over the
DevTools protocol through ``--remote-debugging-pipe`` (NUL-separated JSON on
file descriptors 3 and 4), so no websocket client or driver is needed.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from summit_nlp.reports.runner import run

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--window-size=1280,2000"]


def _chromium() -> tuple[str | None, str]:
    """The chromium binary, installing the Debian package when missing; or None and why not."""
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None)
    if found:
        return found, ""
    if not shutil.which("apt-get") or os.geteuid() != 0:
        return None, "chromium is missing and apt-get is unavailable (or not root) to install it"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}

    def install() -> subprocess.CompletedProcess[str]:
        return subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"], env=env,
                              capture_output=True, text=True, timeout=900, check=False)

    proc = install()
    if proc.returncode != 0:
        subprocess.run(["apt-get", "update"], env=env, capture_output=True, text=True, timeout=600, check=False)
        proc = install()
    found = shutil.which("chromium")
    if found:
        return found, ""
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
    return None, f"chromium could not be installed with apt-get: {tail[0]}"


class DevTools:
    """A minimal DevTools-protocol client over Chromium's ``--remote-debugging-pipe``."""

    def __init__(self, binary: str, profile: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # Move the child's ends above fd 4 so that placing them on 3 and 4 cannot clobber each other.
        child_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_chrome_r)
        os.close(from_chrome_w)

        def wire_fds() -> None:  # the child reads commands on fd 3 and writes replies on fd 4
            os.dup2(child_r, 3)  # dup2 makes them inheritable; every other fd is close-on-exec
            os.dup2(child_w, 4)

        self.proc = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire_fds, close_fds=False,
        )
        os.close(child_r)
        os.close(child_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_chrome], [], [], left)[0]:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise EOFError("chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: str | None = None,
             timeout: float = 30.0) -> dict[str, Any]:
        """Send a command and return its result; events arriving meanwhile are kept in ``events``."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._read_message(deadline)
            self.events.append(event)
            if event.get("method") == method:
                return event

    def drain(self, seconds: float) -> None:
        """Collect the events of the next ``seconds`` (late console messages)."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read_message(deadline))
        except TimeoutError:
            pass

    def open(self, url: str, *, settle: float = 0.5) -> str:
        """Open ``url`` in a new tab with console and log reporting on; wait for load; return the session id."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            self.send(f"{domain}.enable", session=session)
        self.send("Page.navigate", {"url": url}, session=session)
        self.wait_for("Page.loadEventFired")
        self.drain(settle)
        return session

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except (OSError, RuntimeError, TimeoutError, EOFError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)


def _console_errors(events: list[dict[str, Any]]) -> list[str]:
    errors = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            errors.append(f"{details.get('text')} {details.get('exception', {}).get('description', '')}".strip())
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append("console.error: " + " ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            errors.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}".strip())
    return errors


@pytest.fixture(scope="module")
def chromium() -> str:
    binary, why = _chromium()
    if binary is None:
        pytest.skip(why)
    return binary


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return run("article", {}, tmp_path_factory.mktemp("browser_report"), force=True).html


def test_seed_report_loads_without_console_errors(chromium: str, seed_html: Path, tmp_path: Path) -> None:
    tools = DevTools(chromium, tmp_path / "profile")
    try:
        session = tools.open(seed_html.as_uri())

        def evaluate(expression: str) -> Any:
            result = tools.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
            return result["result"]["value"]

        title = evaluate("document.title")
        figures = evaluate("Array.from(document.querySelectorAll('img.sn-chart'))"
                           ".filter(i => i.complete && i.naturalWidth > 0).length")
        # the browser's default <mark> look (yellow background, black text) must appear nowhere
        default_mark = evaluate(
            "(() => { const m = document.createElement('mark'); m.textContent = 'x'; document.body.appendChild(m);"
            " const bg = getComputedStyle(m).backgroundColor; m.remove(); return bg; })()")
        yellow = evaluate(
            f"Array.from(document.querySelectorAll('body *')).filter(e => getComputedStyle(e).backgroundColor"
            f" === {json.dumps(default_mark)}).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 40))")
        marks = evaluate("Array.from(document.querySelectorAll('mark')).map(m => m.className)")
        tokens = evaluate("Array.from(document.querySelectorAll('.sn-mention, .sn-cue')).map(e => e.tagName)")
        figures_alt = evaluate(
            "Array.from(document.querySelectorAll('img, svg')).filter(e => !e.closest('svg') || e.tagName === 'svg')"
            ".filter(e => e.tagName === 'IMG' || e.getBBox().width > 40)"
            ".map(e => e.tagName === 'IMG' ? e.getAttribute('alt') : (e.getAttribute('aria-label')"
            " || (e.querySelector('title') || {}).textContent || null))")
        headings = evaluate("Array.from(document.querySelectorAll('h2')).map(h => h.textContent.replace('¶', '').trim())")
        quotes = evaluate("document.querySelectorAll('mark.sn-quote').length")
        shot = tools.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session=session)
        tools.drain(0.2)
    finally:
        tools.close()
    screenshot = tmp_path / "seed_report.png"
    screenshot.write_bytes(base64.b64decode(shot["data"]))
    assert _console_errors(tools.events) == []
    assert title == "article report: 000_9f4e31e1b15dc781"
    assert figures >= 3  # every chart decoded and drawn
    assert default_mark == "rgb(255, 255, 0)"  # what Chromium gives a plain <mark>: the test can see it
    assert yellow == []
    assert marks and set(marks) <= {"sn-quote", "sn-reported", "sn-key"}
    assert tokens and set(tokens) == {"SPAN"}  # mentions and cues are styled spans, as the key says
    assert len(figures_alt) >= 3
    assert all(alt and len(alt) > 40 and "No description has been provided" not in alt for alt in figures_alt), \
        figures_alt
    assert "The article, highlighted" in headings and "Stances" in headings
    assert quotes > 0  # extractor
    assert screenshot.read_bytes().startswith(b"\x89PNG") and screenshot.stat().st_size > 20_000


def test_console_error_detection_catches_a_broken_page(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text("<html><body><script>console.error('bad thing'); undefinedFunction();</script></body></html>")
    tools = DevTools(chromium, tmp_path / "profile")
    try:
        tools.open(page.as_uri(), settle=0.3)
    finally:
        tools.close()
    errors = _console_errors(tools.events)
    assert any("bad thing" in e for e in errors) and any("undefinedFunction" in e for e in errors)
