"""Reports: parameterised notebooks run by papermill (``runner``), the rendering helpers they
call (highlighted article, tables, charts) and the packaged notebooks themselves."""

from __future__ import annotations

from .runner import (
    NOTEBOOKS,
    PACKAGE_NOTEBOOK_DIR,
    ReportError,
    ReportJob,
    ReportResult,
    notebook_parameters,
    plan,
    resolve_input,
    run,
    run_batch,
)

__all__ = [
    "run",
    "plan",
    "run_batch",
    "ReportJob",
    "ReportResult",
    "ReportError",
    "NOTEBOOKS",
    "PACKAGE_NOTEBOOK_DIR",
    "notebook_parameters",
    "resolve_input",
]
