"""Running lesson notebooks with papermill and reading what their checks said.

``run_notebook`` executes a lesson notebook (a student's, an instructor copy, a source) with the
report runner of :mod:`summit_nlp.reports` — this package's own Python as the kernel, the HTML and
executed notebook written atomically — and returns the outcome of every check it ran, read
from the machine-readable output each check leaves (``checks.MIME_TYPE``).  ``grade`` does that
for a class: one row per notebook, one column per exercise.

Checks run in the kernel, on the data the notebook was started with; the environment is the
caller's, so ``COURSE_STRICT=1`` set here makes any non-pass stop the notebook (the run then
fails with a one-line message naming the cell).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from .checks import MIME_TYPE

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["NotebookRun", "check_outcomes", "run_notebook", "grade"]


@dataclass(frozen=True)
class NotebookRun:
    """One executed notebook: its report status, where it went, and each check's outcome by exercise id."""

    name: str
    status: str
    executed: Path | None
    outcomes: dict[str, str] = field(default_factory=dict)
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def check_outcomes(nb: Any) -> dict[str, str]:
    """``{exercise id: status}`` of every check a (executed) notebook shows; the last one counts."""
    if isinstance(nb, (str, Path)):
        nb = json.loads(Path(nb).read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for cell in nb["cells"]:
        for output in cell.get("outputs", []) if cell.get("cell_type") == "code" else []:
            data = output.get("data", {}).get(MIME_TYPE)
            if isinstance(data, Mapping):
                found[str(data["qid"])] = str(data["status"])
    return found


def run_notebook(notebook: str | Path, out_dir: str | Path, *, parameters: Mapping[str, Any] | None = None,
                 name: str | None = None) -> NotebookRun:
    """Execute one notebook (it must have a ``parameters`` cell) and read its checks' outcomes."""
    from ..errors import SummitNLPError
    from ..reports.runner import run

    notebook = Path(notebook)
    name = name or notebook.stem
    try:
        result = run(notebook, dict(parameters or {}), out_dir, name=name, force=True)
    except SummitNLPError as exc:
        failed = Path(out_dir) / f"{name}.failed.ipynb"
        outcomes = check_outcomes(failed) if failed.is_file() else {}
        return NotebookRun(name, "failed", failed if failed.is_file() else None, outcomes, str(exc))
    executed = Path(result.html).with_suffix(".ipynb")
    return NotebookRun(name, result.status, executed, check_outcomes(executed))


def grade(notebooks: Iterable[str | Path], out_dir: str | Path, *,
          parameters: Mapping[str, Any] | None = None) -> "pd.DataFrame":
    """Run each notebook into ``out_dir`` (one sub-folder per notebook) and tabulate its checks.

    One row per notebook (``notebook``, ``run``: written or failed, then one column per exercise
    with ``pass`` / ``not yet`` / ``not attempted``, empty when the check never ran).  ``parameters``
    are given to every notebook (e.g. another article, to catch answers typed in as numbers).
    """
    import pandas as pd

    rows = []
    for i, path in enumerate(notebooks):
        path = Path(path)
        run_ = run_notebook(path, Path(out_dir) / f"{i:03d}_{path.parent.name or 'notebook'}", name=path.stem,
                            parameters=parameters)
        rows.append({"notebook": str(path), "run": run_.status, **run_.outcomes})
    frame = pd.DataFrame(rows)
    fixed = ["notebook", "run"]
    qids = sorted((c for c in frame.columns if c not in fixed), key=lambda q: (int(q[1:].split(".")[0]), q))
    return frame.reindex(columns=fixed + qids).fillna("")
