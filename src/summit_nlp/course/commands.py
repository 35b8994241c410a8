"""``command("summit-nlp evaluate pred.json gold.json")``: run a summit-nlp command line from a notebook.

The command runs in a new process on the notebook's own Python (``sys.executable``), so it
works whether or not ``summit-nlp`` is on the ``PATH`` of the kernel (JupyterLab started from
a desktop menu, a venv not activated).  Its output is printed and returned.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from dataclasses import dataclass

from ..errors import InputError

__all__ = ["CommandResult", "command"]

_ENTRY = "import sys; from summit_nlp.cli import main; sys.exit(main(sys.argv[1:]))"


@dataclass(frozen=True)
class CommandResult:
    """What a command printed, and its exit status (0 = done)."""

    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str


def command(line: str, *, show: bool = True, timeout: float = 600) -> CommandResult:
    """Run ``summit-nlp ARGS…`` (``line`` starts with ``summit-nlp``); print and return its output."""
    words = shlex.split(line)
    if not words or words[0] != "summit-nlp":
        raise InputError(f"{line!r}: a course command starts with summit-nlp, e.g. 'summit-nlp --help'")
    proc = subprocess.run([sys.executable, "-c", _ENTRY, *words[1:]], capture_output=True, text=True,
                          timeout=timeout, check=False)
    if show:
        if proc.stdout:
            print(proc.stdout, end="" if proc.stdout.endswith("\n") else "\n")
        if proc.stderr:
            print(proc.stderr, end="" if proc.stderr.endswith("\n") else "\n", file=sys.stderr)
    return CommandResult(tuple(words), proc.returncode, proc.stdout, proc.stderr)
