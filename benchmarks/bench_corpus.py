"""Corpus throughput, peak memory and cost against article length.

    .venv/bin/python benchmarks/bench_corpus.py            # 10,000 articles: ~4 minutes on 2 cores
    .venv/bin/python benchmarks/bench_corpus.py --n 1000   # a quick check

1. Generates a corpus of ``--n`` articles (a folder of .txt files) from the
   repository's articles (``seeds/*.txt`` and ``tests/fixtures/**/*.txt``),
   each one varied — paragraphs reordered, a unique dateline and closing
   paragraph — so that no two texts are equal and nothing can be cached.
2. Runs ``analyze_corpus`` on it with the local engine and 1 worker (in
   process), 2 workers (process pool), and the Dask engine (a LocalCluster of
   2 workers), each in a fresh Python process, and reports articles/s and peak
   resident memory (the process and, separately, its largest child).  Memory
   is also sampled after every partition of the 1-worker run, and the 1-worker
   run is repeated on ``--small`` articles: flat memory means the same peak.
3. Times the per-partition function on articles of 1 KB, 10 KB, 100 KB and
   1 MB (about ``--length-chars`` characters of text per size) and reports
   the time per character, which should not grow with the length.

Figures go to standard output as Markdown tables, with the git commit.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CITIES = ["GENEVA", "VIENNA", "NAIROBI", "JAKARTA", "BRASILIA", "OSLO", "ANKARA", "CANBERRA", "DOHA", "LIMA"]
OUTLETS = ["Wire", "Daily Ledger", "Courier", "Observer", "Gazette"]


def base_texts() -> list[str]:
    """The repository's articles: the seed and the test fixtures."""
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/fixtures/**/*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if not texts:
        sys.exit("bench_corpus: no articles found under seeds/ or tests/fixtures/")
    return texts


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def varied_article(texts: list[str], k: int) -> str:
    """Article ``k``: a base text with its body reordered, a dateline and a closing line of its own."""
    rng = random.Random(k)
    paras = paragraphs(texts[k % len(texts)])
    head, body = paras[:1], paras[1:]
    rng.shuffle(body)
    dateline = f"{rng.choice(CITIES)}, {1 + k % 28} March ({rng.choice(OUTLETS)} {k}) —"
    closing = f"Report {k} was filed at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} local time."
    return "\n".join([f"{dateline} {head[0]}" if head else dateline, *body, closing]) + "\n"


def article_of_length(texts: list[str], target: int, k: int) -> str:
    """About ``target`` characters of whole paragraphs drawn from every base text."""
    rng = random.Random(10_000_000 + k)
    pool = [p for t in texts for p in paragraphs(t)]
    out, size = [], 0
    while size < target:
        para = rng.choice(pool)
        out.append(para)
        size += len(para) + 1
    text = "\n".join(out) + "\n"
    return text[:target] if len(text) > target * 1.05 else text


def write_corpus(folder: Path, n: int, texts: list[str]) -> int:
    """``n`` varied articles in 100 subfolders; returns the total size in bytes."""
    total = 0
    for k in range(n):
        path = folder / f"{k % 100:02d}" / f"article-{k:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = varied_article(texts, k).encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total


# ------------------------------------------------------- one measured run
def _rss_mb() -> float:
    """This process's resident memory now (Linux), in MB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def code_fingerprint() -> str:
    """A hash of the package's files: shows whether the code changed between two runs."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted((ROOT / "src" / "summit_nlp").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


def child_run(spec: dict) -> dict:
    """Run ``analyze_corpus`` once (in a fresh process) and measure it."""
    from summit_nlp.corpus import analyze_corpus

    code = code_fingerprint()

    samples: list[float] = []
    start = time.perf_counter()
    result = analyze_corpus(spec["src"], spec["out"], engine=spec["engine"], workers=spec["workers"],
                            progress=False, on_partition=lambda _: samples.append(_rss_mb()))
    wall = time.perf_counter() - start
    counts = result.manifest["counts"]
    return {
        "wall_s": round(wall, 2),
        "run_s": result.manifest["timing"]["seconds"],
        "articles": counts["items"],
        "errors": counts["errors"],
        "rows": counts["rows"],
        "peak_self_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_child_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "rss_samples_mb": [round(s, 1) for s in samples],
        "code": code,
    }


def measure(src: Path, out: Path, *, engine: str, workers: int) -> dict:
    spec = {"src": str(src), "out": str(out), "engine": engine, "workers": workers}
    proc = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"bench_corpus: the {engine}/{workers} run failed:\n{proc.stderr[-2000:]}")
    shutil.rmtree(out, ignore_errors=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------ length scaling
def length_scaling(texts: list[str], lengths: list[int], chars_per_size: int) -> list[dict]:
    """Seconds per million characters of the per-partition function, by article length."""
    from summit_nlp.corpus import Partition, TaskConfig, process_partition
    from summit_nlp.model import Article
    from summit_nlp.corpus.readers import CorpusItem

    config = TaskConfig()
    rows = []
    for length in lengths:
        count = max(2, chars_per_size // length)
        items = tuple(CorpusItem(id=f"L{length}-{k}", source="bench", kind="article",
                                 article=Article(text=article_of_length(texts, length, k), id=f"L{length}-{k}"))
                      for k in range(count))
        chars = sum(len(i.article.text) for i in items)
        process_partition(Partition(0, items[:1]), config)  # warm-up: lexicons, compiled patterns
        start = time.perf_counter()
        result = process_partition(Partition(0, items), config)
        seconds = time.perf_counter() - start
        rows.append({"length": length, "articles": count, "chars": chars, "seconds": round(seconds, 2),
                     "us_per_char": round(seconds / chars * 1e6, 3), "quotes": result.rows["quotes"],
                     "reported": result.rows["reported_speech"], "errors": result.n_errors})
    return rows


# --------------------------------------------------------------------- main
def git_commit() -> str:
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True,
                               text=True).stdout.strip()
        return sha + (" (src/ has uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def report_runs(runs: list[tuple[str, int, dict]]) -> None:
    base = runs[0][2]["articles"] / runs[0][2]["run_s"]
    print("| engine | workers | articles | run s | articles/s | speed-up | peak RSS main MB | peak RSS child MB "
          "| code |")
    print("|---|---|---|---|---|---|---|---|---|")
    for engine, workers, r in runs:
        rate = r["articles"] / r["run_s"]
        print(f"| {engine} | {workers} | {r['articles']:,} | {r['run_s']:.1f} | {rate:.1f} | {rate / base:.2f}× "
              f"| {r['peak_self_mb']:.0f} | {r['peak_child_mb']:.0f} | {r['code']} |")
    same_rows = len({json.dumps(r["rows"], sort_keys=True) for _, _, r in runs}) == 1
    same_code = len({r["code"] for _, _, r in runs}) == 1
    print(f"\nsame row counts from every run: {same_rows} (same code in every run: {same_code}); "
          f"errors: {runs[0][2]['errors']}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=10_000, help="articles in the corpus (default 10,000)")
    p.add_argument("--small", type=int, default=2_000, help="articles in the memory comparison run")
    p.add_argument("--lengths", default="1000,10000,100000,1000000", help="article lengths in characters")
    p.add_argument("--length-chars", type=int, default=1_000_000, help="characters of text per length")
    p.add_argument("--no-dask", action="store_true", help="skip the Dask engine")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(child_run(json.loads(args.child))))
        return 0
    texts = base_texts()
    print(f"# bench_corpus — commit {git_commit()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"load average at start {os.getloadavg()[0]:.2f}\n")
    with tempfile.TemporaryDirectory(prefix="bench_corpus_") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        size = write_corpus(work / "corpus", args.n, texts)
        small = min(args.small, args.n)
        write_corpus(work / "small", small, texts)
        print(f"corpus: {args.n:,} articles, {size / 1e6:.1f} MB, from {len(texts)} base articles "
              f"(written in {time.perf_counter() - t0:.1f} s)\n")
        plans = [("local", 1), ("local", 2)] + ([] if args.no_dask else [("dask", 2)])
        runs = [(e, w, measure(work / "corpus", work / f"out-{e}-{w}", engine=e, workers=w)) for e, w in plans]
        report_runs(runs)
        small_run = measure(work / "small", work / "out-small", engine="local", workers=1)
        samples = runs[0][2]["rss_samples_mb"]
        tenth = max(1, len(samples) // 10)
        print("\n## memory (local engine, 1 worker, in process)\n")
        print(f"- peak RSS: {small_run['peak_self_mb']:.0f} MB for {small:,} articles, "
              f"{runs[0][2]['peak_self_mb']:.0f} MB for {args.n:,} articles")
        print(f"- RSS after the first 10% of partitions: {max(samples[:tenth]):.0f} MB; "
              f"after the last 10%: {max(samples[-tenth:]):.0f} MB (of {len(samples)} partitions)")
    print(f"\nload average after the runs: {os.getloadavg()[0]:.2f} (other processes share the cores)")
    lengths = [int(x) for x in args.lengths.split(",")]
    scaling = length_scaling(texts, lengths, args.length_chars)
    print("\n## cost against article length (per-partition function, one process)\n")
    print("| article length | articles | seconds | µs per char | relative | quotes | reported |")
    print("|---|---|---|---|---|---|---|")
    for r in scaling:
        print(f"| {r['length']:,} | {r['articles']} | {r['seconds']:.2f} | {r['us_per_char']:.2f} | "
              f"{r['us_per_char'] / scaling[0]['us_per_char']:.2f}× | {r['quotes']:,} | {r['reported']:,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
