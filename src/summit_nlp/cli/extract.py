"""``summit-nlp extract``: quotes, reported speech and speakers of articles, as JSON, JSONL or CSV."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from .._display import UNKNOWN, SpeakerCount, speaker_counts
from ..errors import SummitNLPError
from ..io import iter_text_paths, read_article
from ..io import write_text_atomic

NAME = "extract"
HELP = "extract quotes, reported speech and speakers from articles"
DESCRIPTION = """\
Extract every quote and piece of reported speech from news articles, with its
speaker, cue and addressee, and the article's speakers with their aliases.

PATH is a .txt file (UTF-8) or a directory, meaning every *.txt in it.
With one file and no --out, the result is printed to standard output.
With --out DIR, each article is written to DIR/<file stem>.<format>
(atomically: a bad article never leaves a half-written file).

A bad input (missing, empty path, binary, not UTF-8, too large) is reported
on one line naming the file; the other articles are still processed, and the
exit status is 1 if any article failed.  A .csv, .tsv or .jsonl file is a
corpus, not an article: it is refused with a pointer to 'summit-nlp corpus'
(and a .json file, a result or annotation, to 'summit-nlp evaluate').

--summary prints, per article, one row for every speaker of the result's
"speakers" (those who say nothing get zeros) and one for statements whose
speaker is unknown; the counts above it are the same as the table's.

Every quote and reported item carries the confidence of the rule that
attributed it (how often that rule is right on annotated news); items below
--min-confidence are left out, and quotation-marked spans that were not kept
(titles, scare quotes, no speaker found, below the threshold) are listed with
their reason by --explain.

With --speaker NAME the text is read in speech mode (a UN speech, a briefing
read by one spokesperson): every sentence is a statement of NAME (listed under
"statements", ids s1, s2 …), and acts are read from every sentence.

examples:
  summit-nlp extract seeds/000_9f4e31e1b15dc781.txt
  summit-nlp extract speech.txt --speaker "Russian Federation"
  summit-nlp extract articles/ --out results/ --format csv
  summit-nlp extract article.txt --explain --min-confidence 0.8
"""

CSV_COLUMNS = ["article", "id", "type", "speaker", "kind", "text", "start", "end", "cue", "addressee",
               "speaker_mention", "rule"]


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="article .txt files or directories of them")
    p.add_argument("--format", choices=["json", "jsonl", "csv"], default="json",
                   help="json: one object per article (default); jsonl: one line per article; "
                        "csv: one row per quote or reported-speech item")
    p.add_argument("--out", metavar="DIR", type=Path, help="write DIR/<stem>.<format> per article")
    p.add_argument("--summary", action="store_true",
                   help="also print a table of quotes and reported speech per speaker")
    p.add_argument("--explain", action="store_true",
                   help="also print (to stderr) every quotation-marked span that was not kept, with the reason")
    p.add_argument("--min-confidence", type=_confidence, default=None, metavar="C",
                   help="leave out attributions less sure than C, from 0 to 1 (default: the library's, which "
                        "keeps every rule family)")
    p.add_argument("--speaker", metavar="NAME", default=None,
                   help="speech mode: every sentence is a statement of NAME (a speech, a briefing)")


def _confidence(value: str) -> float:
    try:
        c = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= c <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return c


def explain_lines(path: str, result: dict) -> list[str]:
    """One line per dropped quotation-marked span: offsets, reason, detail and the text."""
    lines = []
    for d in result.get("dropped", []):
        text = d["text"] if len(d["text"]) <= 70 else d["text"][:67] + "..."
        detail = f" ({d['detail']})" if d.get("detail") else ""
        lines.append(f"{path}:{d['start']}-{d['end']}: {d['reason']}{detail}: “{text}”")
    return lines


def _render(result: dict, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    if fmt == "jsonl":
        return json.dumps(result, ensure_ascii=False) + "\n"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for typ, key, text_key in (("quote", "quotes", "quote"), ("reported", "reported_speech", "text")):
        for item in result[key]:
            mention = item.get("speaker_mention") or {}
            writer.writerow({**item, "article": result["article"], "type": typ, "text": item[text_key],
                             "speaker_mention": mention.get("text")})
    return buf.getvalue()


def _speaker_counts(result: dict) -> list[SpeakerCount]:
    return speaker_counts(result["speakers"], [(q["speaker"], q["kind"]) for q in result["quotes"]]
                          + [(r["speaker"], "indirect") for r in result["reported_speech"]])


def summary_table(result: dict) -> str:
    """A plain-text table: per speaker (every one of ``speakers``, most statements first), the number of
    direct/partial quotes and reported items; unattributed statements in a last ``(unknown)`` row."""
    counts = _speaker_counts(result)
    name_w = max([len("speaker")] + [len(c.name) for c in counts])
    lines = [f"{'speaker':<{name_w}}  direct  partial  reported",
             f"{'-' * name_w}  ------  -------  --------"]
    for c in counts:
        lines.append(f"{c.name:<{name_w}}  {c.direct:>6}  {c.partial:>7}  {c.reported:>8}")
    return "\n".join(lines)


def summary_heading(path: str, result: dict) -> str:
    """``PATH: 14 quotes, 3 reported, 5 speakers`` (speakers as in the table below it)."""
    unknown = sum(c.name == UNKNOWN for c in _speaker_counts(result))
    return (f"{path}: {len(result['quotes'])} quotes, {len(result['reported_speech'])} reported, "
            f"{len(result['speakers'])} speakers" + (" (and statements by unknown speakers)" if unknown else ""))


def run(args: argparse.Namespace) -> int:
    from ..extract.pipeline import DEFAULT_MIN_CONFIDENCE, analyze_article  # not needed for --help

    floor = DEFAULT_MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence
    paths = iter_text_paths(args.paths)
    if not paths:
        raise SummitNLPError("no *.txt articles found in " + ", ".join(map(str, args.paths)))
    if args.out is None and len(paths) > 1 and args.format == "json":
        args.format = "jsonl"  # several JSON objects on stdout would not be one JSON document
    failed = 0
    for path in paths:
        try:
            result = analyze_article(read_article(path), min_confidence=floor,
                                     speaker=args.speaker).to_dict(article=str(path))
        except SummitNLPError as exc:
            print(f"summit-nlp extract: error: {exc}", file=sys.stderr)
            failed += 1
            continue
        text = _render(result, args.format)
        if args.out is None:
            sys.stdout.write(text)
        else:
            target = args.out / f"{Path(path).stem}.{args.format}"
            write_text_atomic(target, text)
            print(f"wrote {target}", file=sys.stderr)
        if args.explain:
            lines = explain_lines(str(path), result)
            print("\n".join(lines) if lines else f"{path}: every quotation-marked span was kept", file=sys.stderr)
        if args.summary:
            print(f"\n{summary_heading(str(path), result)}\n{summary_table(result)}\n")
    return 1 if failed else 0
