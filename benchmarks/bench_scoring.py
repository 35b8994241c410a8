"""Cost of scoring: ``python benchmarks/bench_scoring.py [DIR] [--repeat N] [--limit N] [--cpu]``.

Reads every ``*.txt`` in DIR (default: the repo's ``seeds/``, repeated 50 times),
runs extraction alone (``analyze_article(score=False)``) and then scoring
(``summit_nlp.scoring.score_analysis``) on each extraction result, and prints
both times and the overhead of scoring (acts, stances, sentiment and tone) as a
share of extraction time (the project's budget is 40%).  Timings are best-of-3 per phase;
``--cpu`` measures CPU time over interleaved rounds instead (steadier on a shared machine).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from summit_nlp import analyze_article
from summit_nlp.io import read_article
from summit_nlp.scoring import score_analysis


def _best_of(n: int, fn) -> float:
    """The fastest of ``n`` runs of ``fn`` in seconds."""
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _interleaved(articles: list, rounds: int) -> tuple[float, float, list]:
    """Minimum CPU seconds of extraction and of scoring over ``rounds`` alternating rounds."""
    t_extract = t_score = float("inf")
    extracted: list = []
    for _ in range(rounds):
        t0 = time.process_time()
        extracted = [analyze_article(a, score=False) for a in articles]
        t_extract = min(t_extract, time.process_time() - t0)
        t0 = time.process_time()
        scored = [score_analysis(x) for x in extracted]
        t_score = min(t_score, time.process_time() - t0)
        del scored
    return t_extract, t_score, extracted


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent.parent
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dir", nargs="?", type=Path, default=None, help="folder of .txt articles (default: seeds/)")
    p.add_argument("--repeat", type=int, default=None, help="cycle the corpus this many times")
    p.add_argument("--limit", type=int, default=None, help="use at most this many files")
    p.add_argument("--cpu", action="store_true",
                   help="CPU time (process_time) of interleaved extraction and scoring rounds, the minimum of "
                        "each: steadier than wall-clock time on a machine shared with other jobs")
    args = p.parse_args(argv)
    folder = args.dir or here / "seeds"
    repeat = args.repeat or (50 if args.dir is None else 1)
    files = sorted(folder.glob("*.txt"))[: args.limit]
    if not files:
        print(f"bench_scoring: no .txt articles in {folder}", file=sys.stderr)
        return 2
    articles = [read_article(f) for f in files] * repeat
    for a in articles[:5]:  # warm-up: lexicons and compiled patterns are loaded once
        score_analysis(analyze_article(a, score=False))
    if args.cpu:
        t_extract, t_score, extracted = _interleaved(articles, 3)
    else:
        extracted = [analyze_article(a, score=False) for a in articles]
        t_extract = _best_of(3, lambda: [analyze_article(a, score=False) for a in articles])
        t_score = _best_of(3, lambda: [score_analysis(x) for x in extracted])
    n_statements = sum(len(x.statements) for x in extracted)
    scored = [score_analysis(x) for x in extracted[: len(files)]]
    n_stances = sum(len(s.stances) for s in scored)
    n_acts = sum(len(s.acts) for s in scored)
    print(f"articles          {len(articles)} ({len(files)} files x {repeat}) from {folder}")
    print(f"statements        {n_statements} ({n_statements / len(articles):.1f} per article)")
    print(f"acts              {n_acts} in {len(files)} files")
    print(f"stances           {n_stances} in {len(files)} files")
    print(f"extraction        {t_extract:.3f} s ({1000 * t_extract / len(articles):.2f} ms/article)")
    print(f"scoring           {t_score:.3f} s ({1000 * t_score / len(articles):.2f} ms/article)")
    print(f"extraction+score  {t_extract + t_score:.3f} s")
    print(f"scoring overhead  {100 * t_score / t_extract:.1f}% of extraction time (budget 40%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
