"""``summit-nlp report``: execute a report notebook per input and export it as HTML."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "report"
HELP = "run a report notebook (papermill) per article and export it as HTML"
DESCRIPTION = """\
Execute a parameterised report notebook with papermill on this package's own
Python, and export it as HTML with the code hidden.  For each report NAME the
output folder gets NAME.html, the executed NAME.ipynb and NAME.manifest.json
(package version, git commit, parameters, input SHA-256, library versions,
timestamp); manifest.json there indexes them all.  Files are written
atomically: a failed run leaves earlier reports untouched.

INPUT fills the notebook's first *_path parameter (article_path, corpus_path,
pred_path) and names the report after its stem.  For the article notebook a
folder means each *.txt in it: one report per article, run in parallel
workers.  With no INPUT the notebook runs once on its defaults and -p values.

Parameters are checked before anything runs: an unknown name or a value of
the wrong type is reported on one line with exit status 2, a missing file
with exit status 1.  A report that fails (a cell raised) is named with its
cell; the other reports are still written.  A report whose input,
parameters and notebook are unchanged is skipped unless --force.

examples:
  summit-nlp report seeds/000_9f4e31e1b15dc781.txt
  summit-nlp report articles/ --out reports/ -p show_reported false --workers 2
  summit-nlp report --notebook corpus corpus.jsonl
  summit-nlp report --notebook evaluation -p pred_path pred.json -p gold_path gold.json
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="article .txt files or folders (or the notebook's input)")
    p.add_argument("--notebook", default="article", metavar="article|corpus|evaluation|PATH",
                   help="which report notebook to run (default: article)")
    p.add_argument("--out", type=Path, default=Path("reports"), metavar="DIR", help="output folder (default: reports/)")
    p.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                   dest="parameters", help="set a notebook parameter (repeatable)")
    p.add_argument("--force", action="store_true", help="rebuild reports even when unchanged")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="parallel reports (default: number of CPUs, at most one per input)")


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..reports.runner import plan, run_batch

    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be at least 1, got {args.workers}")
    parameters = dict(args.parameters)
    jobs = plan(args.inputs, notebook=args.notebook, parameters=parameters, out_dir=args.out, force=args.force)
    results = run_batch(jobs, workers=args.workers, on_result=lambda r: print(r.summary(), file=sys.stderr))
    failed = [r for r in results if not r.ok]
    if len(results) > 1:
        written = sum(r.status == "written" for r in results)
        skipped = sum(r.status == "skipped" for r in results)
        print(f"{len(results)} reports: {written} written, {skipped} skipped, {len(failed)} failed", file=sys.stderr)
    return 1 if failed else 0
