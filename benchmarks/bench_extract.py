"""Throughput and memory of extraction: ``python benchmarks/bench_extract.py [DIR] [--repeat N]``.

Reads every ``*.txt`` in DIR (default: the repo's ``seeds/``), warms up on the first
articles, then analyses all of them in one process and prints articles/s, characters/s
and the peak memory (tracemalloc) over the run.  ``--repeat`` cycles the corpus N times
to show whether memory stays flat over many articles.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from summit_nlp import analyze_article
from summit_nlp.io import read_article


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent.parent
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dir", nargs="?", type=Path, default=here / "seeds", help="folder of .txt articles")
    p.add_argument("--repeat", type=int, default=1, help="cycle the corpus this many times")
    p.add_argument("--score", action="store_true",
                   help="also score sentiment, tone and stances (default: extraction only)")
    args = p.parse_args(argv)
    articles = [read_article(f) for f in sorted(args.dir.glob("*.txt"))]
    if not articles:
        print(f"no .txt articles in {args.dir}", file=sys.stderr)
        return 2
    score = args.score
    for a in articles[:20]:  # warm-up: lexicons, compiled patterns, Punkt
        analyze_article(a, score=score)
    gc.collect()
    n_chars = sum(len(a.text) for a in articles) * args.repeat
    n = len(articles) * args.repeat
    tracemalloc.start()
    checkpoints = []
    t0 = time.perf_counter()
    for r in range(args.repeat):
        for a in articles:
            analyze_article(a, score=score)
        checkpoints.append(tracemalloc.get_traced_memory()[0])
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    mean_kb = n_chars / n / 1000
    print(f"mode               {'extraction + scoring' if score else 'extraction only'}")
    print(f"articles           {n} ({len(articles)} files x {args.repeat}), mean {mean_kb:.1f} KB")
    print(f"time               {elapsed:.2f} s (tracemalloc on; it slows Python code ~1.5-2x)")
    print(f"articles/s         {n / elapsed:.1f}")
    print(f"characters/s       {n_chars / elapsed:,.0f}")
    print(f"peak traced memory {peak / 1e6:.1f} MB")
    print(f"traced memory after each pass (MB): {', '.join(f'{c / 1e6:.2f}' for c in checkpoints[:10])}")
    print(f"max RSS            {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    # A second timing without tracemalloc, for the throughput figure that matters.
    t0 = time.perf_counter()
    for a in articles:
        analyze_article(a, score=score)
    el2 = time.perf_counter() - t0
    print(f"articles/s (no tracemalloc, one pass) {len(articles) / el2:.1f}; "
          f"characters/s {sum(len(a.text) for a in articles) / el2:,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
