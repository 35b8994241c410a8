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
"""

from __future__ import annotations

import ast
import copy
import functools
import hashlib
import io
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import tokenize
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from .._version import __version__
from ..errors import InputError, SummitNLPError
from ..io import iter_text_paths
from ..io import write_json_atomic, write_text_atomic

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

#: Short names of the notebooks shipped with the package.
NOTEBOOKS: dict[str, str] = {
    "article": "article_report.ipynb",
    "corpus": "corpus_report.ipynb",
    "evaluation": "evaluation.ipynb",
}
#: The kernel name recorded in the notebooks; execution always uses this interpreter.
KERNEL_NAME = "python3"
#: Libraries whose versions go into every manifest.
LIBRARIES = ("numpy", "pandas", "matplotlib", "nltk", "vaderSentiment", "papermill", "nbconvert", "nbclient",
             "nbformat", "ipykernel", "jupyter_client")
PACKAGE_NOTEBOOK_DIR = Path(__file__).resolve().parent / "notebooks"
#: Cell timeout (seconds): a runaway cell fails the report instead of hanging a cron job.
CELL_TIMEOUT = 600
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}
_TYPES: dict[str, type | tuple[type, ...]] = {"str": str, "int": int, "float": (int, float), "bool": bool}

# A template that drops the CDN scripts (require.js, MathJax, mermaid) of nbconvert's lab
# template: reports must open offline with no console errors.
_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


class ReportError(SummitNLPError):
    """A notebook failed while executing (the message names the cell and the error)."""


@dataclass(frozen=True)
class Parameter:
    """One entry of a notebook's ``parameters`` cell: name, declared type, default, help comment."""

    name: str
    type_name: str
    default: Any
    help: str = ""

    @property
    def is_path(self) -> bool:
        """Parameters named ``*_path`` are input files (or folders) that must exist."""
        return self.name.endswith("_path")


@dataclass(frozen=True)
class ReportJob:
    """A validated report to produce: which notebook, with which parameters, written where."""

    notebook: Path
    name: str
    parameters: Mapping[str, Any]  # every parameter: defaults merged, paths absolute
    inputs: Mapping[str, str]  # path parameter -> SHA-256 of its file (or folder)
    out_dir: Path
    force: bool = False

    @property
    def html(self) -> Path:
        return self.out_dir / f"{self.name}.html"

    @property
    def ipynb(self) -> Path:
        return self.out_dir / f"{self.name}.ipynb"

    @property
    def manifest(self) -> Path:
        return self.out_dir / f"{self.name}.manifest.json"

    @property
    def failed_ipynb(self) -> Path:
        return self.out_dir / f"{self.name}.failed.ipynb"

    def fingerprint(self) -> str:
        """What decides whether an existing report is still current."""
        data = {"notebook_sha256": _file_sha256(self.notebook), "parameters": dict(self.parameters),
                "inputs": dict(self.inputs), "package_version": __version__}
        return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


@dataclass(frozen=True)
class ReportResult:
    """What happened to one report: ``written``, ``skipped`` (unchanged) or ``failed``."""

    name: str
    status: str
    html: Path
    seconds: float = 0.0
    message: str = ""
    manifest: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def summary(self) -> str:
        """One line for the console."""
        if self.status == "written":
            return f"{self.name}: wrote {self.html} ({self.seconds:.1f} s)"
        if self.status == "skipped":
            return f"{self.name}: skipped, unchanged ({self.html}; use --force to rebuild)"
        return f"{self.name}: FAILED: {self.message}"


# -------------------------------------------------------------- notebooks
def notebook_path(notebook: str | Path) -> Path:
    """The notebook file for a short name (``article``, ``corpus``, ``evaluation``) or a path."""
    if str(notebook) in NOTEBOOKS:
        path = PACKAGE_NOTEBOOK_DIR / NOTEBOOKS[str(notebook)]
        if not path.is_file():
            raise InputError(f"{path}: packaged notebook missing (reinstall summit_nlp)")
        return path
    path = Path(notebook).expanduser()
    if not path.is_file():
        names = ", ".join(NOTEBOOKS)
        raise InputError(f"{notebook}: no such notebook (use one of {names} or a path to an .ipynb file)")
    if path.suffix != ".ipynb":
        raise InputError(f"{notebook}: not a notebook (expected an .ipynb file)")
    return path.resolve()


def _comments(source: str) -> dict[int, str]:
    """The trailing ``# comment`` of each line of ``source``, by line number."""
    out: dict[int, str] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                out[tok.start[0]] = tok.string.lstrip("#").strip()
    except (tokenize.TokenError, SyntaxError):
        pass
    return out


def parse_parameters(source: str, *, where: str = "parameters cell") -> tuple[Parameter, ...]:
    """The parameters of a ``parameters`` cell: ``name: type = default  # help`` (or ``name = default``).

    The declared type is the annotation, else the default's type; a default
    that is not a literal is kept as its source text with type ``None``.
    Parsed here rather than by papermill, so validation stays fast.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise InputError(f"{where}: not valid Python (line {exc.lineno}: {exc.msg})") from None
    comments = _comments(source)
    params = []
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            name, annotation = node.target.id, ast.unparse(node.annotation)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, annotation = node.targets[0].id, None
        else:
            continue
        try:
            default = ast.literal_eval(node.value)
        except ValueError:
            default, annotation = ast.unparse(node.value), annotation or "None"
        type_name = annotation if annotation is not None else type(default).__name__
        params.append(Parameter(name, "None" if type_name == "NoneType" else type_name, default,
                                comments.get(node.end_lineno or node.lineno, "")))
    return tuple(params)


@functools.lru_cache(maxsize=32)
def _parameters_cached(path: str, mtime_ns: int) -> tuple[Parameter, ...]:
    try:
        nb = json.loads(Path(path).read_text(encoding="utf-8"))
        cells = nb["cells"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a readable notebook ({type(exc).__name__})") from None
    for cell in cells:
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            source = cell.get("source", "")
            return parse_parameters("".join(source) if isinstance(source, list) else source,
                                    where=f"{Path(path).name}: parameters cell")
    return ()


def notebook_parameters(notebook: str | Path) -> dict[str, Parameter]:
    """The parameters a notebook declares in its cell tagged ``parameters``, in order."""
    path = notebook_path(notebook)
    return {p.name: p for p in _parameters_cached(str(path), path.stat().st_mtime_ns)}


# ------------------------------------------------------------------ inputs
def _roots() -> list[Path]:
    """Where relative default paths are looked up: the cwd, then the project checkout, if any."""
    roots = [Path.cwd()]
    for start in (Path.cwd(), Path(__file__).resolve().parent):
        for parent in (start, *start.parents):
            if (parent / "pyproject.toml").is_file() and (parent / "src" / "summit_nlp").is_dir():
                roots.append(parent)
                break
    return list(dict.fromkeys(roots))


def resolve_input(path: str | Path) -> Path:
    """An input path made absolute: as given, or relative to the project checkout.

    Notebook defaults such as ``seeds/000_9f4e31e1b15dc781.txt`` are relative to
    the repository, so they work from ``notebooks/`` in JupyterLab as well as
    from the repository root.
    """
    p = Path(path).expanduser()
    if p.is_absolute():
        if p.exists():
            return p
    else:
        for root in _roots():
            if (root / p).exists():
                return (root / p).resolve()
    raise InputError(f"{path}: no such file or folder")


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def input_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, or of a folder's sorted (relative name, file SHA-256) pairs."""
    if path.is_file():
        return _file_sha256(path)
    h = hashlib.sha256()
    for f in sorted(q for q in path.rglob("*") if q.is_file() and not q.name.startswith(".")):
        h.update(f"{f.relative_to(path).as_posix()}\0{_file_sha256(f)}\n".encode())
    return h.hexdigest()


def _gold_article_text(gold_file: Path, stem: str, article_field: Any) -> Path:
    """The article a gold annotation belongs to: its ``article`` path, or ``STEM.txt`` beside the gold."""
    candidates = []
    if isinstance(article_field, str) and article_field:
        candidates += [gold_file.parent / article_field, Path(article_field)]
    candidates.append((gold_file if gold_file.is_dir() else gold_file.parent) / f"{stem}.txt")
    for cand in candidates:
        try:
            return resolve_input(cand)
        except InputError:
            continue
    raise InputError(f"{gold_file}: cannot find the article text of {stem!r} (looked for {article_field or stem + '.txt'})")


def predictions_for_gold(gold_path: str | Path) -> list[dict[str, Any]]:
    """Run the extractor now on every article a gold file (or folder) annotates; SPEC dicts keyed like the gold."""
    from ..evaluate import load_articles
    from ..io import read_article
    from ..extract.pipeline import analyze_article

    gold_file = resolve_input(gold_path)
    golds, _ = load_articles(gold_file, role="gold")
    out = []
    for stem, gold in sorted(golds.items()):
        text_path = _gold_article_text(gold_file, stem, gold.get("article"))
        out.append(analyze_article(read_article(text_path)).to_dict(article=f"{stem}.txt"))
    return out


# --------------------------------------------------------------- validation
def _coerce(value: Any, param: Parameter, where: str) -> Any:
    """``value`` converted to the parameter's declared type; text from the command line is parsed.

    ``X | None`` accepts None as well; an undeclared type (default None or an
    expression) accepts anything.
    """
    members = [m.strip() for m in param.type_name.split("|")]
    if value is None and "None" in members:
        return None
    type_name = next((m for m in members if m in _TYPES), None)
    if type_name is None:
        return value
    if isinstance(value, Path) and type_name == "str":
        return str(value)
    if isinstance(value, str) and type_name != "str":
        text = value.strip().lower()
        try:
            if type_name == "bool":
                if text not in _TRUE | _FALSE:
                    raise ValueError(value)
                return text in _TRUE
            return int(text) if type_name == "int" else float(text)
        except ValueError:
            raise InputError(f"{where}: parameter {param.name} must be {param.type_name}, got {value!r}") from None
    if isinstance(value, bool) and type_name != "bool" or not isinstance(value, _TYPES[type_name]):
        raise InputError(f"{where}: parameter {param.name} must be {param.type_name}, got {value!r}")
    return float(value) if type_name == "float" else value


def validate_parameters(notebook: str | Path, parameters: Mapping[str, Any] | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """Check ``parameters`` against the notebook's parameters cell, before anything runs.

    Returns every parameter (defaults merged, values converted to the declared
    type, ``*_path`` values made absolute) and the SHA-256 of each input path.
    Raises :class:`InputError` naming the notebook and parameter for an
    unknown name, a wrong type, or a path that does not exist.
    """
    path = notebook_path(notebook)
    spec = notebook_parameters(path)
    where = path.name
    given = dict(parameters or {})
    unknown = sorted(set(given) - set(spec))
    if unknown:
        raise InputError(f"{where}: unknown parameter {unknown[0]!r} (parameters: {', '.join(spec) or 'none'})")
    values: dict[str, Any] = {}
    inputs: dict[str, str] = {}
    for name, param in spec.items():
        value = _coerce(given[name], param, where) if name in given else param.default
        if param.is_path and isinstance(value, str) and value:
            try:
                resolved = resolve_input(value)
            except InputError:
                raise InputError(f"{where}: parameter {name}: {value}: no such file or folder") from None
            value = str(resolved)
            inputs[name] = input_sha256(resolved)
        elif param.is_path and name in given and not value and param.default:
            raise InputError(f"{where}: parameter {name} must name a file")
        values[name] = value
    return values, inputs


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


# ------------------------------------------------------------------ manifest
def _git_commit() -> str | None:
    """The commit of the checkout the package runs from, or None (installed package, no git)."""
    src = Path(__file__).resolve().parent
    try:
        out = subprocess.run(["git", "-C", str(src), "rev-parse", "HEAD"], capture_output=True, text=True,
                             timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def _versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {"python": platform.python_version()}
    for lib in LIBRARIES:
        try:
            versions[lib] = metadata.version(lib)
        except metadata.PackageNotFoundError:
            versions[lib] = None
    return versions


def _manifest(job: ReportJob, seconds: float) -> dict[str, Any]:
    return {
        "report": job.name,
        "html": job.html.name,
        "notebook": job.ipynb.name,
        "source_notebook": job.notebook.name,
        "source_notebook_sha256": _file_sha256(job.notebook),
        "package": "summit_nlp",
        "package_version": __version__,
        "git_commit": _git_commit(),
        "parameters": dict(job.parameters),
        "inputs_sha256": dict(job.inputs),
        "libraries": _versions(),
        "kernel": {"name": KERNEL_NAME, "python": sys.executable},
        "fingerprint": job.fingerprint(),
        "seconds": round(seconds, 2),
        "timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def _is_current(job: ReportJob) -> bool:
    if not (job.html.is_file() and job.ipynb.is_file() and job.manifest.is_file()):
        return False
    try:
        old = json.loads(job.manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(old, dict) and old.get("fingerprint") == job.fingerprint()


def _update_index(out_dir: Path, manifests: Iterable[Mapping[str, Any]]) -> None:
    """Merge report manifests into ``out_dir/manifest.json``, holding a lock on the folder against a concurrent run."""
    index_path = out_dir / "manifest.json"
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir, os.O_RDONLY)
    try:
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)  # released when fd is closed
        except ImportError:  # pragma: no cover - Windows: last writer wins
            pass
        try:
            index = json.loads(index_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            index = {}
        reports = index.get("reports") if isinstance(index, dict) and isinstance(index.get("reports"), dict) else {}
        for m in manifests:
            reports[m["report"]] = dict(m)
        write_json_atomic(index_path, {"reports": dict(sorted(reports.items()))})
    finally:
        os.close(fd)


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
