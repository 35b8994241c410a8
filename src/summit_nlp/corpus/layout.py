"""The names a corpus run writes under: its tables, its output formats, its engines and ``OUT/parts``.

Shared by the table writing (:mod:`.tables`), the resume bookkeeping
(:mod:`.resume`), the planning (:mod:`.plan`) and the engines, so that each
can name the files of a run without importing the others.
"""

from __future__ import annotations

__all__ = ["TABLES", "FORMATS", "ENGINES"]

TABLES = ("articles", "quotes", "reported_speech", "speakers", "sentiment", "stances", "tone", "acts", "dyads",
          "errors")
FORMATS = ("parquet", "csv", "jsonl")
ENGINES = ("local", "dask")

_PARTS = "parts"
_DONE = "_done"
_RUN_STATE = "run.json"


def _part_name(index: int) -> str:
    return f"part-{index:05d}"
