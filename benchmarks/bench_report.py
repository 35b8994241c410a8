"""How long notebook reports take end to end: one article, and a batch of 20 in parallel workers.

Every figure is a full ``summit-nlp report`` process, as a user or cron runs it:
Python start-up, parameter validation, kernel start, execution, HTML export
and the manifest.  Usage::

    .venv/bin/python benchmarks/bench_report.py [--repeat 3] [--articles 20] [--workers 2] [--serial]

The batch uses the first N fixture articles (``tests/fixtures/articles``; the
seed fills up when there are fewer).  ``--serial`` also times the batch with
one worker, for comparison.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9f4e31e1b15dc781.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
CLI = Path(sys.executable).parent / "summit-nlp"


def _report(*args: str) -> float:
    """Seconds for one ``summit-nlp report`` process; exits on failure."""
    start = time.perf_counter()
    proc = subprocess.run([str(CLI), "report", *args], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"summit-nlp report {' '.join(args)} failed:\n{proc.stderr}")
    return seconds


def _batch_folder(folder: Path, n: int) -> Path:
    sources = sorted(FIXTURES.glob("*.txt"))[:n]
    sources += [SEED] * (n - len(sources))
    for i, src in enumerate(sources):
        shutil.copy(src, folder / f"{i:02d}_{src.name}")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="single-article runs (default 3)")
    parser.add_argument("--articles", type=int, default=20, help="articles in the batch (default 20)")
    parser.add_argument("--workers", type=int, default=2, help="parallel workers for the batch (default 2)")
    parser.add_argument("--serial", action="store_true", help="also time the batch with one worker")
    args = parser.parse_args()

    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        tmp_path = Path(tmp)
        singles = [_report(str(SEED), "--out", str(tmp_path / "single"), "--force") for _ in range(args.repeat)]
        print(f"single report (seed, {SEED.stat().st_size:,} bytes), end to end incl. kernel start: "
              f"median {statistics.median(singles):.2f} s, min {min(singles):.2f} s, max {max(singles):.2f} s "
              f"over {len(singles)} runs")
        skip = _report(str(SEED), "--out", str(tmp_path / "single"))
        print(f"unchanged re-run (skipped): {skip:.2f} s")

        (tmp_path / "batch_in").mkdir()
        folder = _batch_folder(tmp_path / "batch_in", args.articles)
        batch = _report(str(folder), "--out", str(tmp_path / "batch"), "--force", "--workers", str(args.workers))
        print(f"batch of {args.articles} articles, {args.workers} workers: {batch:.1f} s "
              f"({batch / args.articles:.2f} s per article)")
        again = _report(str(folder), "--out", str(tmp_path / "batch"), "--workers", str(args.workers))
        print(f"batch re-run, all unchanged (skipped): {again:.2f} s")
        if args.serial:
            serial = _report(str(folder), "--out", str(tmp_path / "serial"), "--force", "--workers", "1")
            print(f"batch of {args.articles} articles, 1 worker: {serial:.1f} s")


if __name__ == "__main__":
    main()
