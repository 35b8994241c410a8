"""Cost per character from 1 KB to 1 MB: ``python benchmarks/bench_scale.py [--max-kb 1000] [--score]``.

Three kinds of input, each cut to 1, 10, 100 and 1000 KB (``--sizes``):

- ``prose``: the repository's articles (``seeds/``, ``tests/fixtures/``) one after another,
  ordinary news text with paragraphs and full stops;
- ``no-stop``: one 67-character clause with a quote repeated with no full stop, so the whole
  input is one sentence (the case that was quadratic: 268 KB took 11.5 s);
- ``quotes``: one line of short quotes with cues and no paragraph break (a 1 MB line holds
  about 30,000 quotes).

Prints seconds and microseconds per character for each size, the share of that time the garbage
collector took (its full collections traverse every live object, so their cost per character grows
with the objects one large input leaves alive, until it levels off), and the ratio of the largest to
the smallest cost per character of each kind (linear input stays within 2x).  One process; the best
of as many runs as fit in half a second (one run for the large sizes); each run's result is dropped
before the next starts, so no earlier input's objects are alive during a run.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from summit_nlp import analyze_article
from summit_nlp.model import Article

HERE = Path(__file__).resolve().parent.parent
CLAUSE = "the envoy said “we will talk” and the minister said “we will not” "
QUOTES = "“Yes,” he said. “No,” she replied, “not today.” "


def _prose() -> str:
    files = sorted(HERE.glob("seeds/*.txt")) + sorted(HERE.glob("tests/fixtures/**/*.txt"))
    return "\n\n".join(f.read_text(encoding="utf-8").strip() for f in files) + "\n"


def _cut(unit: str, n_chars: int) -> str:
    text = unit * (n_chars // len(unit) + 1)
    return text[:n_chars]


class _GcClock:
    """Seconds spent in garbage collections since the last :meth:`take` (a ``gc.callbacks`` hook)."""

    def __init__(self) -> None:
        self.spent = 0.0
        self._start = 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.spent += time.perf_counter() - self._start

    def take(self) -> float:
        spent, self.spent = self.spent, 0.0
        return spent


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="1,10,100,1000", help="sizes in KB (default: 1,10,100,1000)")
    p.add_argument("--score", action="store_true", help="also score (default: extraction only)")
    args = p.parse_args(argv)
    sizes = [int(float(s) * 1000) for s in args.sizes.split(",")]
    analyze_article(Article(CLAUSE + QUOTES), score=args.score)  # warm-up: rule data, Punkt
    prose = _prose()
    kinds = {"prose": prose, "no-stop": CLAUSE, "quotes": QUOTES}
    print(f"mode: {'extraction + scoring' if args.score else 'extraction only'}")
    print(f"{'input':<9}{'size':>10}{'seconds':>10}{'µs/char':>10}{'gc %':>7}{'quotes':>9}")
    clock = _GcClock()
    for kind, unit in kinds.items():
        costs = []
        for size in sizes:
            text = _cut(unit, size)
            dt, in_gc, spent, quotes = float("inf"), 0.0, 0.0, 0
            while spent < 0.5 or dt == float("inf"):  # small inputs: best of as many runs as fit in 0.5 s
                clock.take()
                t0 = time.perf_counter()
                analysis = analyze_article(Article(text), score=args.score)
                run = time.perf_counter() - t0
                if run < dt:
                    dt, in_gc = run, clock.take()
                spent += run
                quotes = len(analysis.quotes)
                del analysis  # not alive during the next run
            costs.append(dt / len(text) * 1e6)
            print(f"{kind:<9}{len(text):>10,}{dt:>10.3f}{costs[-1]:>10.2f}{100 * in_gc / dt:>7.1f}{quotes:>9,}",
                  flush=True)
        print(f"{kind:<9} largest/smallest cost per character: {max(costs) / min(costs):.2f}x")
    if len(prose) < max(sizes):
        print(f"(prose repeats after {len(prose):,} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
