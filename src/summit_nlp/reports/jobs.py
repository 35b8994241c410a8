"""What a report run is given and gives back: :class:`ReportJob` (a validated notebook,
parameters and output folder, with the paths it writes and the fingerprint that decides
whether it is current) and :class:`ReportResult`."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from .._version import __version__
from .inputs import _file_sha256


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
