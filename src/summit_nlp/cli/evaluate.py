"""``summit-nlp evaluate``: score extracted JSON against gold annotations (the metrics of docs/schema.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..evaluate import ACCURACY_KEYS, PRF_KEYS, Evaluation, evaluate, prf_metric_name
from ..io import write_text_atomic

NAME = "evaluate"
HELP = "score predicted JSON against gold annotations"
DESCRIPTION = """\
Compare predictions (the JSON of 'summit-nlp extract') with gold annotations
in the same schema and print the metrics of docs/schema.md: quote detection
P/R/F1 (overlap and exact, per kind), attribution accuracy and end-to-end
attribution F1, kind/cue/addressee accuracy, reported speech, stances,
dyads and acts (for gold with "acts"), speech sentences (for gold with
"sentences": sentence-level conflict P/R/F1 and target accuracy, as the
UNSCon gold) and speaker aliases.  Corpus figures are micro-averaged over
articles.

PRED and GOLD are each a .json file (one article, or a list of articles
paired by the stem of their "article" field), a .jsonl file, or a directory
of *.json files paired by file stem (x.json with x.json).  Stems found on
one side only are listed and not scored.  In a directory, JSON files that
are not articles (manifest.json of a report or corpus run: no speakers,
quotes or reported_speech) are skipped with a warning.

Bad input (missing path, malformed JSON, no stems in common) is reported on
one line with exit status 1.

examples:
  summit-nlp extract articles/ --out pred/
  summit-nlp evaluate pred/ gold/
  summit-nlp evaluate pred/ gold/ --json > scores.json
  summit-nlp evaluate pred/ gold/ --errors errors.csv --per-article articles.csv
"""

#: How the table names each P/R/F1 key.
PRF_LABELS = {
    "quote_overlap": "quotes (overlap)",
    "quote_exact": "quotes (exact)",
    "quote_direct": "  direct (overlap)",
    "quote_partial": "  partial (overlap)",
    "quote_direct_exact": "  direct (exact)",
    "quote_partial_exact": "  partial (exact)",
    "e2e_attribution": "end-to-end attribution",
    "reported": "reported speech",
    "stance": "stances (triples)",
    "stance_pair": "stance pairs",
    "dyad": "dyads",
    "acts": "acts (type)",
    "act_polarity": "acts (polarity)",
    "act_detection": "acts (detected)",
    "speech_conflict": "conflict sentences",
}

#: How the table names each accuracy key.
ACCURACY_LABELS = {
    "attribution": "attribution (quotes)",
    "kind": "kind",
    "cue": "cue",
    "addressee": "addressee",
    "reported_speaker": "reported speaker",
    "stance_label": "stance label",
    "speech_target": "conflict target",
}

#: At most this many unmatched stems are named in the table.
MAX_LISTED = 10


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("pred", metavar="PRED", type=Path, help="predicted JSON: file or directory")
    p.add_argument("gold", metavar="GOLD", type=Path, help="gold JSON: file or directory")
    p.add_argument("--json", action="store_true",
                   help="print metrics, per-article rows, errors and unmatched stems as JSON")
    p.add_argument("--errors", metavar="CSV", type=Path, help="also write one row per error to CSV")
    p.add_argument("--per-article", metavar="CSV", type=Path, help="also write one row per article to CSV")


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}"


def _stems(label: str, stems: tuple[str, ...]) -> str:
    listed = ", ".join(stems[:MAX_LISTED]) + (f", … ({len(stems) - MAX_LISTED} more)" if len(stems) > MAX_LISTED else "")
    return f"{label} only ({len(stems)}): {listed}"


def metrics_table(result: Evaluation) -> str:
    """The metrics as a plain-text table."""
    m = result.metrics
    lines = [f"articles scored: {m['articles']}"]
    lines += [_stems(label, stems) for label, stems in (("prediction", result.unmatched_pred),
                                                        ("gold", result.unmatched_gold)) if stems]
    lines += ["", f"{'detection':<24} {'P':>6} {'R':>6} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6}"]
    for key in PRF_KEYS:
        values = [m[prf_metric_name(key, x)] for x in ("precision", "recall", "f1", "tp", "fp", "fn")]
        lines.append(f"{PRF_LABELS[key]:<24} " + " ".join(f"{_fmt(v):>6}" for v in values[:3])
                     + " " + " ".join(f"{v:>6}" for v in values[3:]))
    lines += ["", f"{'accuracy':<24} {'value':>6} {'correct/total':>14}"]
    for key in ACCURACY_KEYS:
        fraction = f"{m[f'{key}_correct']}/{m[f'{key}_total']}"
        lines.append(f"{ACCURACY_LABELS[key]:<24} {_fmt(m[f'{key}_accuracy']):>6} {fraction:>14}")
    fraction = f"{m['alias_found']}/{m['alias_total']}"
    lines.append(f"{'speaker aliases':<24} {_fmt(m['alias_recall']):>6} {fraction:>14}  "
                 f"(mean share over {m['alias_speakers']} gold speakers)")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    result = evaluate(args.pred, args.gold)
    if args.errors is not None:
        write_text_atomic(args.errors, result.errors.to_csv(index=False))
    if args.per_article is not None:
        write_text_atomic(args.per_article, result.per_article.to_csv(index=False))
    if args.json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(metrics_table(result))
    return 0
