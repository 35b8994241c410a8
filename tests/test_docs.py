"""The documentation a user reads is in the repository and points at itself, not at files outside it."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "docs" / "schema.md"


def test_the_schema_and_conventions_are_in_the_repository() -> None:
    text = SCHEMA.read_text(encoding="utf-8")
    for heading in ("## 1. One article, as JSON", "## 2. Annotation conventions", "## 3. What evaluation measures"):
        assert heading in text
    for term in ("text[start:end]", "`direct`", "`partial`", "(continuation)", "Reported speech", "Stances",
                 "Acts", "Speech mode", "Int64", "<NA>"):
        assert term in text, term


def test_every_reference_points_at_docs_schema() -> None:
    docs = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    notebooks = sorted((ROOT / "src" / "summit_nlp" / "reports" / "notebooks").glob("*.ipynb"))
    texts = {str(p): p.read_text(encoding="utf-8") for p in docs}
    texts.update({str(p): "\n".join(c.source for c in nbformat.read(p, as_version=4).cells) for p in notebooks})
    citing = {name: re.findall(r".{0,30}\bSPEC\b.{0,30}", text) for name, text in texts.items()}
    assert {name: hits for name, hits in citing.items() if hits} == {}
    readme = texts[str(ROOT / "README.md")]
    assert "docs/schema.md" in readme and all(f"| {s} |" in readme for s in ("0", "1", "2", "130"))
