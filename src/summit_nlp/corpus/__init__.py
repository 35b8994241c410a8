"""Corpora: readers for folders, JSONL, CSV and DataFrames, and the engines that analyse them
in partitions (local processes or Dask), writing resumable Parquet/CSV/JSONL tables."""

from __future__ import annotations

from .engines import ENGINES, PartitionResult, process_partition
from .layout import FORMATS, TABLES
from .plan import Partition, TaskConfig
from .readers import CorpusIndex, CorpusItem, Fields, load_item, read_corpus, scan_corpus
from .resume import finished_partitions
from .run import analyze_corpus
from .tables import CorpusResult, load_tables

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
