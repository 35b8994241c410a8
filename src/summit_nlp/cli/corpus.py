"""``summit-nlp corpus``: analyse a whole corpus on every core, or on a Dask cluster, resumably."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..corpus.layout import ENGINES, FORMATS
from ..errors import UsageError

NAME = "corpus"
HELP = "analyse a corpus (folder, JSONL, CSV) into tables, on all cores or a Dask cluster"
DESCRIPTION = """\
Analyse every article of a corpus and write one table per kind of result
into DIR: articles, quotes, reported_speech, speakers, sentiment, stances,
tone, acts, dyads (summed over articles) and errors (Parquet by default), with
DIR/manifest.json (inputs and their
hashes, package version, counts, timing).

INPUT is a folder of .txt articles (searched recursively; the id of an
article is its file stem), a .jsonl or .csv file with a text column and
optional id, date, outlet and title columns (the id defaults to the row
number, from 0), or a single .txt file.  Ids must be unique.  A row with a
speaker column is read as that speaker's speech (every sentence a statement).

A bad article (empty, binary, not UTF-8, too large, one the analysis
fails on, or one that takes longer than --timeout) becomes a row of the
errors table and the run goes on; the exit status is 1 if any article
failed.  Work is saved partition by partition: after Ctrl-C (exit status
130) or a crash, run the same command with --resume to skip what is done.

examples:
  summit-nlp corpus articles/ --out results/
  summit-nlp corpus wire.jsonl --out results/ --workers 2 --format csv
  summit-nlp corpus wire.jsonl --out results/ --resume
  summit-nlp corpus scraped/ --out results/ --timeout 30
  summit-nlp corpus /shared/articles/ --out /shared/results/ --engine dask --scheduler tcp://scheduler.example.org:8786
"""

_MAX_ERRORS_SHOWN = 5


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", metavar="INPUT", help="folder of .txt articles, .jsonl or .csv file")
    p.add_argument("--out", metavar="DIR", type=Path, required=True, help="output folder for the tables")
    p.add_argument("--workers", metavar="N", type=int, default=None,
                   help=f"worker processes (default: every core, here {_cores()})")
    p.add_argument("--engine", choices=ENGINES, default=None,
                   help="local: a process pool on this machine (default); dask: dask.distributed")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="address of a running dask.distributed scheduler (implies --engine dask)")
    p.add_argument("--resume", action="store_true",
                   help="keep the partitions an earlier run of this command into DIR finished")
    p.add_argument("--format", dest="fmt", choices=FORMATS, default="parquet",
                   help="table file format (default: parquet)")
    p.add_argument("--partition-size", metavar="N", type=int, default=None,
                   help="articles per partition, the unit of work and of resuming (default: up to 100)")
    p.add_argument("--timeout", metavar="S", type=float, default=None,
                   help="seconds one article may take; a slower one goes to the errors table and the run "
                        "goes on (local engine; default: no limit)")
    p.add_argument("--pattern", default="*.txt", help="file pattern inside a folder (default: *.txt)")
    for col in ("text", "id", "date", "outlet", "title"):
        p.add_argument(f"--{col}-col", metavar="NAME", default=col, help=f"name of the {col} column (default: {col})")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")


def _report(result_manifest: dict, out: Path, errors_file: str, messages: list[str]) -> None:
    counts, timing = result_manifest["counts"], result_manifest["timing"]
    rate = timing["articles_per_second"]
    print(f"summit-nlp corpus: {counts['items']:,} articles, {counts['analysed']:,} analysed, "
          f"{counts['errors']:,} errors; {timing['articles_this_run']:,} this run in {timing['seconds']:.1f} s"
          f"{f' ({rate:,.1f} articles/s)' if rate else ''}; tables in {out}/", file=sys.stderr)
    for message in messages[:_MAX_ERRORS_SHOWN]:
        print(f"summit-nlp corpus: error: {message}", file=sys.stderr)
    if counts["errors"] > _MAX_ERRORS_SHOWN:
        more = counts["errors"] - _MAX_ERRORS_SHOWN
        print(f"summit-nlp corpus: … and {more:,} more in {out / errors_file}", file=sys.stderr)


def _check(args: argparse.Namespace, engine: str) -> None:
    """Options that cannot work together or are out of range: a wrong command line (exit status 2)."""
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be at least 1, got {args.workers}")
    if args.partition_size is not None and args.partition_size < 1:
        raise UsageError(f"--partition-size must be at least 1, got {args.partition_size}")
    if args.scheduler and engine != "dask":
        raise UsageError(f"--scheduler {args.scheduler}: only the dask engine uses a scheduler (drop --engine local)")
    if args.timeout is not None and not args.timeout > 0:
        raise UsageError(f"--timeout must be a number of seconds > 0, got {args.timeout:g}")
    if args.timeout is not None and engine == "dask":
        raise UsageError("--timeout: the dask engine runs articles in worker threads, which a time limit "
                         "cannot interrupt (use --engine local, or drop --timeout)")


def run(args: argparse.Namespace) -> int:
    from ..corpus import analyze_corpus, finished_partitions  # not needed for --help

    engine = args.engine or ("dask" if args.scheduler else "local")
    _check(args, engine)
    try:
        result = analyze_corpus(
            args.input, args.out, engine=engine, scheduler=args.scheduler,
            workers=args.workers if args.workers is not None else _cores(),
            fmt=args.fmt, resume=args.resume, partition_size=args.partition_size, timeout=args.timeout,
            progress=not args.no_progress, text_col=args.text_col, id_col=args.id_col, date_col=args.date_col,
            outlet_col=args.outlet_col, title_col=args.title_col, pattern=args.pattern,
        )
    except KeyboardInterrupt:
        print(f"summit-nlp corpus: interrupted; {finished_partitions(args.out)} finished partitions kept in "
              f"{args.out}/parts (run again with --resume to continue)", file=sys.stderr)
        return 130
    errors = result.errors if result.manifest["counts"]["errors"] else None
    messages = [] if errors is None else list(errors["message"].head(_MAX_ERRORS_SHOWN))
    _report(result.manifest, args.out, result.manifest["tables"]["errors"], messages)
    return 1 if messages else 0
