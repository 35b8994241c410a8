"""Extraction and acts of every fixture article against stored expected output.

A speed-up or a refactoring must not change what is extracted: this test compares the quotes,
reported speech, speakers, acts, stances and dropped candidates of the seed article, the fixture
articles and the short cases with ``tests/fixtures/expected_output.json``.  A deliberate change of
behaviour regenerates the file (and the diff of the file shows, in review, exactly what changed)::

    python tests/test_output_unchanged.py --update
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from summit_nlp import analyze_article
from summit_nlp.io import read_article
from summit_nlp.model import Article

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "tests" / "fixtures" / "expected_output.json"


@lru_cache(maxsize=1)
def _inputs() -> dict[str, Article]:
    files = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/fixtures/articles/*.txt"))
    inputs = {f.relative_to(ROOT).as_posix(): read_article(f) for f in files}
    for case in json.loads((ROOT / "tests" / "fixtures" / "short_cases.json").read_text("utf-8")):
        inputs[f"short_cases/{case['id']}"] = Article(case["text"])
    return inputs


def _start(span: dict[str, Any] | None) -> int | None:
    return None if span is None else span["start"]


def summary(article: Article) -> dict[str, Any]:
    """What must not change, in a compact form: offsets, speakers, kinds and the rules that fired."""
    d = analyze_article(article).to_dict()
    return {
        "speakers": d["speakers"],
        "quotes": [[q["start"], q["end"], q["kind"], q["speaker"], _start(q["speaker_mention"]),
                    _start(q["cue_span"]), q["addressee"], q["rule"]] for q in d["quotes"]],
        "reported": [[r["start"], r["end"], r["kind"], r["speaker"], _start(r["speaker_mention"]),
                      _start(r["cue_span"]), r["addressee"], r["rule"]] for r in d["reported_speech"]],
        "acts": [[a["start"], a["end"], a["act"], a["speaker"], a["target"], a["polarity"],
                  _start(a["trigger"]), a["rule"]] for a in d["acts"]],
        "stances": [[s["speaker"], s["target"], s["stance"], s["rule"]] for s in d["stances"]],
        "dropped": [[x["start"], x["end"], x["reason"]] for x in d["dropped"]],
    }


@lru_cache(maxsize=1)
def _expected() -> dict[str, Any]:
    return json.loads(EXPECTED.read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(_inputs()))
def test_output_unchanged(name: str) -> None:
    expected = _expected()
    assert name in expected, f"{name} is new: run python tests/test_output_unchanged.py --update"
    got = summary(_inputs()[name])
    for part in expected[name]:
        assert got[part] == expected[name][part], f"{name}: {part} changed"


def test_every_expected_input_still_exists() -> None:
    assert sorted(_expected()) == sorted(_inputs())


def _update() -> None:
    out = {name: summary(article) for name, article in sorted(_inputs().items())}
    lines = ["{"]
    for n, (name, parts) in enumerate(out.items()):
        # one line per item: readable diffs when behaviour changes on purpose
        lines.append(f"  {json.dumps(name)}: {{")
        for k, (part, items) in enumerate(parts.items()):
            end = "," if k < len(parts) - 1 else ""
            if isinstance(items, list) and items:
                body = ",\n".join(f"      {json.dumps(i, ensure_ascii=False)}" for i in items)
                lines.append(f"    {json.dumps(part)}: [\n{body}\n    ]{end}")
            else:
                lines.append(f"    {json.dumps(part)}: {json.dumps(items, ensure_ascii=False)}{end}")
        lines.append("  }" + ("," if n < len(out) - 1 else ""))
    lines.append("}")
    EXPECTED.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED.relative_to(ROOT)} ({len(out)} inputs)")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit(__doc__)
    _update()
