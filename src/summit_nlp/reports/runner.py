"""Notebook reports: validate parameters, execute with papermill, export HTML, write a manifest.

>>> from summit_nlp.report import run
>>> run("article", {"article_path": "seeds/000_9f4e31e1b15dc781.txt"}, "reports")  # doctest: +SKIP
ReportResult(name='000_9f4e31e1b15dc781', status='written', ...)

Every report ``NAME`` in ``out_dir`` is three files, each written atomically
(temp file, then rename): ``NAME.html`` (code hidden), ``NAME.ipynb`` (the
executed notebook) and ``NAME.manifest.json`` (package version, git commit,
parameters, input SHA-256, library versions, timestamp); ``manifest.json``
in ``out_dir`` indexes the manifests of every report there.  A report whose
notebook, parameters, inputs and package version are unchanged is skipped
unless ``force=True``.  The HTML is byte-identical between two runs on the
same input and parameters: only the manifest's timestamp differs.

The kernel is always this interpreter (``sys.executable -m ipykernel_launcher``),
so reports run the same from an activated venv, ``.venv/bin/summit-nlp`` under
cron, or a fresh environment without an installed kernelspec.

This module plans and runs the jobs; the rest of the machinery lives beside it and is
re-exported here: :mod:`.parameters` (packaged notebooks, the parameters cell, validation),
:mod:`.inputs` (input paths and their SHA-256), :mod:`.jobs` (``ReportJob``,
``ReportResult``) and :mod:`.manifest` (manifests, the skip check, the folder index).
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from ..errors import InputError, SummitNLPError
from ..io import iter_text_paths
from ..io import write_json_atomic, write_text_atomic
from .inputs import input_sha256, predictions_for_gold, resolve_input
from .jobs import ReportJob, ReportResult
from .manifest import LIBRARIES, _is_current, _manifest, _update_index
from .parameters import (
    KERNEL_NAME,
    NOTEBOOKS,
    PACKAGE_NOTEBOOK_DIR,
    Parameter,
    notebook_parameters,
    notebook_path,
    parse_parameters,
    validate_parameters,
)

__all__ = [
    "NOTEBOOKS",
    "KERNEL_NAME",
    "Parameter",
    "ReportJob",
    "ReportResult",
    "ReportError",
    "notebook_path",
    "notebook_parameters",
    "parse_parameters",
    "validate_parameters",
    "resolve_input",
    "input_sha256",
    "predictions_for_gold",
    "plan",
    "run",
    "run_batch",
    "export_html",
]

#: Cell timeout (seconds): a runaway cell fails the report instead of hanging a cron job.
CELL_TIMEOUT = 600

# A template that drops the CDN scripts (require.js, MathJax, mermaid) of nbconvert's lab
# template: reports must open offline with no console errors.
_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


class ReportError(SummitNLPError):
    """A notebook failed while executing (the message names the cell and the error)."""


# ------------------------------------------------------------------ planning
def _input_parameter(spec: Mapping[str, Parameter]) -> str | None:
    """The parameter a positional INPUT fills: the notebook's first ``*_path`` parameter."""
    return next((p.name for p in spec.values() if p.is_path), None)


def _job(nb: Path, name: str, parameters: Mapping[str, Any], out_dir: Path, force: bool) -> ReportJob:
    values, inputs = validate_parameters(nb, parameters)
    return ReportJob(notebook=nb, name=name, parameters=values, inputs=inputs, out_dir=Path(out_dir), force=force)


def plan(inputs: Iterable[str | Path] = (), *, notebook: str | Path = "article", parameters: Mapping[str, Any] | None = None,
         out_dir: str | Path = "reports", force: bool = False) -> list[ReportJob]:
    """Validate a batch: one job per input (a folder means each ``*.txt`` for the article notebook).

    Each input fills the notebook's first ``*_path`` parameter and names the
    report after its stem; with no inputs there is one job with the parameters
    as given.  Everything is checked before anything runs.
    """
    nb = notebook_path(notebook)
    spec = notebook_parameters(nb)
    base = dict(parameters or {})
    target = _input_parameter(spec)
    items = list(inputs)
    if not items:
        job = _job(nb, nb.stem, base, Path(out_dir), force)
        first = job.parameters.get(target) if target else None
        return [replace(job, name=Path(first).stem) if first else job]
    if target is None:
        raise InputError(f"{nb.name}: takes no input file (it has no *_path parameter); pass parameters with -p")
    if target in base:
        raise InputError(f"{nb.name}: parameter {target} is given both as INPUT and with -p")
    if target == "article_path":
        missing = [p for p in items if not Path(p).exists()]
        if missing:
            raise InputError(f"{missing[0]}: no such file or folder")
        items = list(iter_text_paths(items))
        if not items:
            raise InputError(f"no *.txt articles found in {', '.join(map(str, inputs))}")
    jobs: list[ReportJob] = []
    for item in items:
        jobs.append(_job(nb, Path(item).stem, {**base, target: str(item)}, Path(out_dir), force))
    names = [j.name for j in jobs]
    dup = next((n for n in names if names.count(n) > 1), None)
    if dup is not None:
        raise InputError(f"two inputs would write the same report {dup!r}; run them into different --out folders")
    return jobs


# ---------------------------------------------------------------- execution
def _kernel_manager_class(ipc_dir: str) -> type:
    """A kernel manager that always starts this interpreter's ipykernel, over IPC sockets in ``ipc_dir``.

    Kernelspec lookup could pick a user-level ``python3`` kernel of another
    Python (cron, no venv activated); pinning ``sys.executable`` cannot.  IPC
    sockets open no TCP ports, so parallel reports cannot race for them.
    """
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager

    class OwnPythonKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("transport", "ipc")
            kwargs.setdefault("ip", os.path.join(ipc_dir, "kernel"))
            super().__init__(**kwargs)

        async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
            # the kernel's own log (startup notices, shutdown chatter) would otherwise reach the
            # console or a cron mail; cell output is captured by papermill either way
            with open(os.path.join(ipc_dir, "kernel.log"), "ab") as log:
                kw.setdefault("stdout", log)
                kw.setdefault("stderr", log)
                await super()._async_launch_kernel(kernel_cmd, **kw)

        @property
        def kernel_spec(self) -> KernelSpec:
            if self._kernel_spec is None:
                self._kernel_spec = KernelSpec(
                    argv=[sys.executable, "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                    display_name="Python 3 (summit_nlp)", language="python", env=_kernel_env(), metadata={},
                    resource_dir=str(PACKAGE_NOTEBOOK_DIR),
                )
            return self._kernel_spec

    return OwnPythonKernelManager


def _kernel_env() -> dict[str, str]:
    """Environment additions for the kernel: fixed hash seed, inline plots, quiet debugger."""
    env = {"PYTHONHASHSEED": "0", "PYDEVD_DISABLE_FILE_VALIDATION": "1",
           "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
    home = os.environ.get("HOME")
    if "MPLCONFIGDIR" not in os.environ and not (home and os.access(home, os.W_OK)):
        # with no writable HOME (env -i, some cron setups) matplotlib would warn into the report
        env["MPLCONFIGDIR"] = str(Path(tempfile.gettempdir()) / f"summit_nlp-matplotlib-{os.getuid()}")
    return env


def _cell_error(exc: Any, notebook: Path) -> str:
    source = str(getattr(exc, "source", "") or "").strip().splitlines()
    first = source[0][:60] if source else ""
    evalue = str(getattr(exc, "evalue", "") or "").strip().splitlines()
    detail = f"{exc.ename}: {evalue[0]}" if evalue else str(exc.ename)
    return f"{notebook.name}: cell {exc.cell_index} ({first!r}) raised {detail}"


def export_html(nb: Any, *, title: str) -> str:
    """The executed notebook as standalone HTML with code hidden and no external scripts.

    Cell ids are renumbered (papermill gives its injected cell a random id)
    so the HTML depends only on the outputs.
    """
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    nb = copy.deepcopy(nb)
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i}"
        cell["metadata"] = {}
    nb.metadata = {"title": title, "kernelspec": nb.metadata.get("kernelspec", {}),
                   "language_info": {"name": "python"}}
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, extra_loaders=[DictLoader({"summit_report.html.j2": _TEMPLATE})],
                            template_file="summit_report.html.j2")
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    return body


def _title(job: ReportJob) -> str:
    given = job.parameters.get("title")
    return str(given) if given else f"{job.notebook.stem.replace('_', ' ')}: {job.name}"


def _execute(job: ReportJob) -> ReportResult:
    """Run one job: execute into a temp folder, then move the outputs into place one by one."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    start = time.perf_counter()
    job.out_dir.mkdir(parents=True, exist_ok=True)
    # the kernel's sockets live in a short /tmp path: unix socket paths are limited to ~100 bytes
    with tempfile.TemporaryDirectory(prefix=".summit-report-", dir=job.out_dir) as tmp, \
            tempfile.TemporaryDirectory(prefix="summit-kernel-") as ipc_dir:
        executed = Path(tmp) / job.ipynb.name
        try:
            nb = papermill.execute_notebook(
                str(job.notebook), str(executed), parameters=dict(job.parameters), kernel_name=KERNEL_NAME,
                progress_bar=False, log_output=False, request_save_on_cell_execute=False,
                execution_timeout=CELL_TIMEOUT, kernel_manager_class=_kernel_manager_class(ipc_dir),
            )
        except PapermillExecutionError as exc:
            message = _cell_error(exc, job.notebook)
            if executed.is_file():
                write_text_atomic(job.failed_ipynb, executed.read_text(encoding="utf-8"))
                message += f" (executed notebook: {job.failed_ipynb})"
            raise ReportError(message) from None
        except Exception as exc:  # kernel died, timeout, ...: still one line, never a traceback
            raise ReportError(f"{job.notebook.name}: execution failed: {type(exc).__name__}: {exc}".splitlines()[0]) from None
        html_text = export_html(nb, title=_title(job))
        write_text_atomic(job.ipynb, nbformat.writes(nb) + "\n")
        write_text_atomic(job.html, html_text)
    job.failed_ipynb.unlink(missing_ok=True)
    seconds = time.perf_counter() - start
    manifest = _manifest(job, seconds)
    write_json_atomic(job.manifest, manifest)
    return ReportResult(job.name, "written", job.html, seconds, manifest=manifest)


def _run_job(job: ReportJob) -> ReportResult:
    """Execute a job in a batch worker; a failure becomes a ``failed`` result instead of an exception."""
    try:
        return _execute(job)
    except SummitNLPError as exc:
        return ReportResult(job.name, "failed", job.html, message=str(exc))


def run(notebook: str | Path, parameters: Mapping[str, Any] | None = None, out_dir: str | Path = "reports", *,
        name: str | None = None, force: bool = False) -> ReportResult:
    """Execute one notebook report and write ``out_dir/NAME.{html,ipynb,manifest.json}``.

    ``notebook`` is ``article``, ``corpus``, ``evaluation`` or a path; ``name``
    defaults to the stem of the notebook's first ``*_path`` parameter.  Raises
    :class:`InputError` for bad parameters (nothing runs) and
    :class:`ReportError` when a cell fails (earlier reports stay untouched).
    An unchanged report is skipped unless ``force``.
    """
    (job,) = plan((), notebook=notebook, parameters=parameters, out_dir=out_dir, force=force)
    if name is not None:
        job = replace(job, name=name)
    if not force and _is_current(job):
        return ReportResult(job.name, "skipped", job.html)
    result = _execute(job)
    _update_index(job.out_dir, [result.manifest])
    return result


def run_batch(jobs: list[ReportJob], *, workers: int | None = None,
              on_result: Callable[[ReportResult], None] | None = None) -> list[ReportResult]:
    """Run validated jobs (from :func:`plan`) in parallel worker processes; results in job order.

    ``on_result`` is called in this process as each report finishes (for
    progress lines).  A failing report does not stop the others.
    """
    results: dict[int, ReportResult] = {}
    todo: list[int] = []
    for i, job in enumerate(jobs):  # skips are decided here: no worker is started for an unchanged batch
        if not job.force and _is_current(job):
            results[i] = ReportResult(job.name, "skipped", job.html)
            if on_result:
                on_result(results[i])
        else:
            todo.append(i)
    workers = max(1, min(workers or os.cpu_count() or 1, len(todo)))
    if workers == 1:
        for i in todo:
            results[i] = _run_job(jobs[i])
            if on_result:
                on_result(results[i])
    else:
        import multiprocessing

        # spawn, not fork: the parent may hold threads (zmq, asyncio) that fork would copy mid-flight
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = {pool.submit(_run_job, jobs[i]): i for i in todo}
            for future in as_completed(futures):
                i = futures[future]
                results[i] = future.result()
                if on_result:
                    on_result(results[i])
    ordered = [results[i] for i in range(len(jobs))]
    by_dir: dict[Path, list[Mapping[str, Any]]] = {}
    for job, r in zip(jobs, ordered):
        if r.status == "written":
            by_dir.setdefault(job.out_dir, []).append(r.manifest)
    for out_dir, manifests in by_dir.items():
        _update_index(out_dir, manifests)
    return ordered
