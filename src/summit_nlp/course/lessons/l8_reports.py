"""Lesson 8: reproducible reports with papermill — parameters, manifests, notebooks without outputs."""

from __future__ import annotations

import hashlib

from ..answers import Choice, Count, NameSet, Text
from ..registry import Lesson

L8 = Lesson(
    "L8", "Reproducible reports with papermill", "L8_reproducible_reports.ipynb", minutes=45,
    goals=("run a parameterised notebook report with papermill from Python and from the command line",
           "read a report's manifest: parameters, input fingerprints, versions",
           "predict when a report is rebuilt and when it is skipped",
           "explain why notebooks are stored without outputs, and strip them"),
    parameters={"article": "seed", "out_dir": "course_reports"},
    other={"article": "balloon_protest", "out_dir": "course_reports_other"},
)

STATUSES = ("written", "skipped", "failed")


def _next_status(data, **extra) -> str:
    """What running the article report with these parameters would do now: ``skipped`` when a report
    with the same fingerprint (notebook, parameters, inputs, package version) is already there."""
    import json

    from ...reports.runner import plan

    (job,) = plan((), notebook="article", out_dir=data.out_dir,
                  parameters={"article_path": str(data.article.path), **extra})
    if not (job.html.is_file() and job.ipynb.is_file() and job.manifest.is_file()):
        return "written"
    old = json.loads(job.manifest.read_text(encoding="utf-8"))
    return "skipped" if old.get("fingerprint") == job.fingerprint() else "written"


@L8.exercise("q2", Text(exact=True), hints=(
    "The report is named after its input file.",
    "result.name, or the stem of result.html (Path(result.html).stem).",
))
def report_name(data):
    return data.article.path.stem


@L8.exercise("q3", Text(), hints=(
    "The manifest is the JSON file NAME.manifest.json beside the HTML; its 'inputs_sha256' part maps each "
    "input to its SHA-256.",
    "json.loads(manifest_path.read_text(encoding='utf-8'))['inputs_sha256'] — take the one value in it.",
))
def input_sha256(data):
    return hashlib.sha256(data.article.path.read_bytes()).hexdigest()


@L8.exercise("q1", NameSet(), varies=False, hints=(
    "summit_nlp.reports.notebook_parameters('article') reads the notebook's parameters cell.",
    "list(notebook_parameters('article')) gives the names.",
))
def parameter_names(data):
    from ...reports.parameters import notebook_parameters

    return set(notebook_parameters("article"))


@L8.exercise("q4", Text(exact=True), hints=(
    "papermill adds a cell tagged 'injected-parameters' right after the parameters cell of the executed notebook.",
    "Find it with 'injected-parameters' in cell.metadata.get('tags', []), and read article_path from its "
    "source (summit_nlp.reports.parameters.parse_parameters(cell.source) gives each name and value).",
))
def injected_article_path(data):
    return str(data.article.path)


@L8.exercise("q5", Choice(options=STATUSES), varies=False, hints=(
    "A report is skipped when its notebook, parameters, inputs and package version are all unchanged.",
    "Run the same call again and look at result.status.",
))
def status_of_same_run(data):
    return _next_status(data)


@L8.exercise("q6", Choice(options=STATUSES), varies=False, hints=(
    "Changing a parameter changes the report's fingerprint.",
    "Think of what the fingerprint covers; or try it: run(..., {..., 'title': 'Another title'}, ...).status",
))
def status_after_new_title(data):
    return _next_status(data, title="A title never used before")


@L8.exercise("q7", Count(), hints=(
    "The executed notebook is NAME.ipynb in the output folder; read it with nbformat.read(path, as_version=4).",
    "Count the cells with cell.cell_type == 'code' and len(cell.outputs) > 0.",
))
def executed_cells_with_outputs(data):
    import nbformat

    nb = nbformat.read(data.out_dir / f"{data.article.path.stem}.ipynb", as_version=4)
    return sum(1 for c in nb.cells if c.cell_type == "code" and c.outputs)
