"""How often each attribution rule is right: the figures behind ``extract/data/rules.tsv``.

    python benchmarks/rule_precision.py TEXT_DIR GOLD_DIR [TEXT_DIR GOLD_DIR ...]

For every quote and piece of reported speech the pipeline keeps (with ``min_confidence=0``),
the rule that attributed it is credited with a hit when the item matches a gold item (SPEC
section 4 span matching) whose speaker agrees, a wrong speaker when only the span matches, and
a false alarm otherwise.  Printed per rule: items, precision (hits / items), span-only matches.
Gold files are paired with ``TEXT_DIR/<stem>.txt`` by file stem.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

from summit_nlp import analyze_article
from summit_nlp.evaluate import alias_index, match_spans, speakers_agree
from summit_nlp.io import read_article


def _iou_half(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return union > 0 and inter / union >= 0.5


def _shorter_half(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and inter / shorter >= 0.5


def _score(pair: tuple[str, str]) -> list[tuple[str, str, str]]:
    """(item kind, rule, outcome) for every predicted item of one article."""
    text_path, gold_path = pair
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    pred = analyze_article(read_article(text_path), score=False, min_confidence=0.0).to_dict()
    pa, ga = alias_index(pred["speakers"]), alias_index(gold.get("speakers", {}))
    out = []
    for key, accept in (("quotes", _iou_half), ("reported_speech", _shorter_half)):
        p_items, g_items = pred[key], gold.get(key, [])
        pairs = dict(match_spans([(p["start"], p["end"]) for p in p_items],
                                 [(g["start"], g["end"]) for g in g_items], accept))
        for i, p in enumerate(p_items):
            if i not in pairs:
                outcome = "false alarm"
            elif speakers_agree(p, g_items[pairs[i]], pred_aliases=pa, gold_aliases=ga):
                outcome = "hit"
            else:
                outcome = "wrong speaker"
            out.append((key, p["rule"], outcome))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", help="TEXT_DIR GOLD_DIR pairs")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if len(args.dirs) % 2:
        parser.error("give TEXT_DIR GOLD_DIR pairs")
    pairs = []
    for text_dir, gold_dir in zip(args.dirs[::2], args.dirs[1::2]):
        for g in sorted(Path(gold_dir).glob("*.json")):
            t = Path(text_dir) / f"{g.stem}.txt"
            if t.exists():
                pairs.append((str(t), str(g)))
    with Pool(args.workers) as pool:
        rows = [r for article in pool.map(_score, pairs, chunksize=8) for r in article]
    counts = Counter(rows)
    rules = sorted({(k, r) for k, r, _ in rows})
    print(f"{len(pairs)} articles")
    print(f"{'item':<16}{'rule':<20}{'items':>7}{'precision':>11}{'wrong speaker':>15}{'false alarm':>13}")
    for key, rule in rules:
        n = sum(counts[(key, rule, o)] for o in ("hit", "wrong speaker", "false alarm"))
        hit = counts[(key, rule, "hit")]
        print(f"{key:<16}{rule:<20}{n:>7}{hit / n:>11.3f}{counts[(key, rule, 'wrong speaker')]:>15}"
              f"{counts[(key, rule, 'false alarm')]:>13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
