"""A report's manifest (package version, git commit, parameters, input SHA-256, library
versions, timestamp), the check that an existing report is still current, and the
``manifest.json`` index of an output folder."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable, Mapping

from .._version import __version__
from ..io import write_json_atomic
from .inputs import _file_sha256
from .jobs import ReportJob
from .parameters import KERNEL_NAME

#: Libraries whose versions go into every manifest.
LIBRARIES = ("numpy", "pandas", "matplotlib", "nltk", "vaderSentiment", "papermill", "nbconvert", "nbclient",
             "nbformat", "ipykernel", "jupyter_client")


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
