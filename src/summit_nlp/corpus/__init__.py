"""Corpora: readers for folders, JSONL, CSV and DataFrames, and the engines that analyse them
in partitions (local processes or Dask), writing resumable Parquet/CSV/JSONL tables."""

from __future__ import annotations

from .._compat import lazy

_WHERE = {"ENGINES": ".layout", "PartitionResult": ".engines", "process_partition": ".engines",
          "FORMATS": ".layout", "TABLES": ".layout", "Partition": ".plan", "TaskConfig": ".plan",
          "CorpusIndex": ".readers", "CorpusItem": ".readers", "Fields": ".readers", "load_item": ".readers",
          "read_corpus": ".readers", "scan_corpus": ".readers", "finished_partitions": ".resume",
          "analyze_corpus": ".run", "CorpusResult": ".tables", "load_tables": ".tables"}
__getattr__ = lazy(globals(), _WHERE)  # each name is imported from its module on first use

__all__ = [
    "analyze_corpus",
    "load_tables",
    "finished_partitions",
    "CorpusResult",
    "TABLES",
    "FORMATS",
    "ENGINES",
    "Fields",
    "CorpusItem",
    "CorpusIndex",
    "scan_corpus",
    "load_item",
    "read_corpus",
    "Partition",
    "TaskConfig",
    "PartitionResult",
    "process_partition",
]
