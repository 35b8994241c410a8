"""Start-up cost, as whole processes: ``python benchmarks/bench_startup.py [--repeat 5]``.

Times, best of ``--repeat``: ``summit-nlp --help``; ``python -c "import summit_nlp"``; and
``summit-nlp extract`` on the seed article (start-up, rule data, the first analysis with scoring,
writing the JSON); a bare ``python -c pass`` for scale.  Prints seconds for each and the peak
resident memory of the children.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def _best(cmd: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5, help="runs of each command (best is kept)")
    p.add_argument("--summit", default=str(Path(sys.executable).parent / "summit-nlp"), help="the summit-nlp command")
    args = p.parse_args(argv)
    seed = sorted(HERE.glob("seeds/*.txt"))[0]
    with tempfile.TemporaryDirectory() as tmp:
        rows = [
            ("python -c pass", [sys.executable, "-c", "pass"]),
            ("import summit_nlp", [sys.executable, "-c", "import summit_nlp"]),
            ("summit-nlp --help", [args.summit, "--help"]),
            (f"summit-nlp extract {seed.name}", [args.summit, "extract", str(seed), "--out", tmp]),
        ]
        for label, cmd in rows:
            print(f"{label:<40} {_best(cmd, args.repeat):6.3f} s", flush=True)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak resident memory of a child process: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
