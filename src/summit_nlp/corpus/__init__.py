"""Corpora: readers for folders, JSONL, CSV and DataFrames, and the engines that analyse them
in partitions (local processes or Dask), writing resumable Parquet/CSV/JSONL tables."""

from __future__ import annotations

from .readers import CorpusIndex, CorpusItem, Fields, load_item, read_corpus, scan_corpus
from .run import (
    ENGINES,
    FORMATS,
    TABLES,
    CorpusResult,
    Partition,
    PartitionResult,
    TaskConfig,
    analyze_corpus,
    finished_partitions,
    load_tables,
    process_partition,
)

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
