"""One sha256 over the full analysis of every text of the shared corpora:
``python benchmarks/output_digest.py [DIR ...]``.

A speed-up must not change any output, and the fixtures of ``tests/test_output_unchanged.py``
are only a sample; this script runs ``analyze_article`` (with scoring, the default) on every
``*.txt`` of the given folders (default: PolNeAr train and test, UNSCon, those that exist
under ``../shared``), serialises each result dict as canonical JSON and prints one digest
over all of them, plus one per folder.  Run it before and after a change: the digests must
be the same.  Not a test: it needs the shared corpora, which are not shipped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from summit_nlp import analyze_article
from summit_nlp.io import read_article

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEFAULT_DIRS = [SHARED / "polnear" / "train" / "text", SHARED / "polnear" / "test" / "text",
                SHARED / "unscon" / "text"]


def folder_digest(folder: Path, total: "hashlib._Hash") -> tuple[int, str]:
    """Digest of one folder's outputs (file name + canonical JSON), also fed into ``total``."""
    h = hashlib.sha256()
    files = sorted(folder.glob("*.txt"))
    for f in files:
        d = analyze_article(read_article(f)).to_dict()
        blob = f.name.encode("utf-8") + b"\0" + json.dumps(d, sort_keys=True, ensure_ascii=False).encode("utf-8") + b"\n"
        h.update(blob)
        total.update(blob)
    return len(files), h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dirs", nargs="*", type=Path, help="folders of .txt articles (default: the shared corpora)")
    args = p.parse_args(argv)
    dirs = args.dirs or [d for d in DEFAULT_DIRS if d.is_dir()]
    if not dirs:
        print("no folders to digest", file=sys.stderr)
        return 2
    total = hashlib.sha256()
    n_all = 0
    for d in dirs:
        n, digest = folder_digest(d, total)
        n_all += n
        print(f"{digest}  {n:4d} articles  {d}")
    print(f"{total.hexdigest()}  {n_all:4d} articles  all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
