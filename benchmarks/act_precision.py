"""How often acts read by each rule family are right: the figures behind ``scoring/data/act_rules.tsv``.

    python benchmarks/act_precision.py TEXT_DIR GOLD_DIR [TEXT_DIR GOLD_DIR ...] [--first N --last M]

Every predicted act is credited with a hit when it is one of the acts matched one-to-one to a gold
act of the same polarity (SPEC section 4, "Acts", lenient: same speaker, overlapping evidence).
Printed per rule family (the rule's frame, ``frame/…`` for the reporter's frames): acts, hits,
precision.  Gold files are paired with ``TEXT_DIR/<stem>.txt`` by file stem; ``--first``/``--last``
keep the files whose name starts with a number in that range (the fixtures' development half).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from summit_nlp import analyze_article
from summit_nlp.evaluate import alias_index
from summit_nlp.evaluate.acts import lenient_pairs
from summit_nlp.io import read_article


def family(rule: str) -> str:
    """``eval:criticize+context`` -> ``eval``; ``frame/object:praise`` -> ``frame/object``."""
    return rule.split(":")[0]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dirs", nargs="+", help="TEXT_DIR GOLD_DIR pairs")
    p.add_argument("--first", type=int, default=None)
    p.add_argument("--last", type=int, default=None)
    args = p.parse_args(argv)
    if len(args.dirs) % 2:
        p.error("give TEXT_DIR GOLD_DIR pairs")
    total, hits = Counter(), Counter()
    for text_dir, gold_dir in zip(args.dirs[::2], args.dirs[1::2]):
        for gold_path in sorted(Path(gold_dir).glob("*.json")):
            number = re.match(r"(\d+)_", gold_path.name)
            if number and ((args.first is not None and int(number.group(1)) < args.first)
                           or (args.last is not None and int(number.group(1)) > args.last)):
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text_path = Path(text_dir) / f"{gold_path.stem}.txt"
            if "acts" not in gold or not text_path.exists():
                continue
            pred = analyze_article(read_article(text_path)).to_dict(article=gold.get("article"))
            matched = {i for i, _ in lenient_pairs(pred, gold, alias_index(pred["speakers"]),
                                                   alias_index(gold.get("speakers") or {}))}
            for i, act in enumerate(pred["acts"]):
                total[family(act["rule"])] += 1
                hits[family(act["rule"])] += i in matched
    print(f"{'rule family':<16} {'acts':>5} {'hits':>5} {'precision':>9}")
    for fam, n in total.most_common():
        print(f"{fam:<16} {n:>5} {hits[fam]:>5} {hits[fam] / n:>9.2f}")
    print(f"{'all':<16} {sum(total.values()):>5} {sum(hits.values()):>5} "
          f"{sum(hits.values()) / max(1, sum(total.values())):>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
