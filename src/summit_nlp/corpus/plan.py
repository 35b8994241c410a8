"""Planning a corpus run: cutting the corpus into partitions, what a worker is told
(:class:`TaskConfig`), and preparing the output folder for a fresh or resumed run.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import InputError
from ..io import MAX_BYTES
from .layout import _PARTS, FORMATS, TABLES
from .readers import CorpusIndex, CorpusItem, Fields
from .resume import _done_indexes, _read_run_state, _remove_temp_files, _write_run_state

__all__ = ["DEFAULT_PARTITION_SIZE", "Partition", "TaskConfig"]

#: Largest default partition; smaller when the corpus is small, so that every worker gets work.
DEFAULT_PARTITION_SIZE = 100


@dataclass(frozen=True, slots=True)
class Partition:
    """Consecutive corpus items; ``index`` orders partitions (and names their files)."""

    index: int
    items: tuple[CorpusItem, ...]


@dataclass(frozen=True, slots=True)
class TaskConfig:
    """What a worker needs besides the partition: how to read items, where to write."""

    fields: Fields = Fields()
    max_bytes: int = MAX_BYTES
    parts_dir: str | None = None  # None: return the tables instead of writing them
    timeout: float | None = None  # seconds per article (see .limits); None: no limit



def _default_partition_size(n_items: int, workers: int) -> int:
    """At most :data:`DEFAULT_PARTITION_SIZE`, and at least four partitions per worker."""
    return max(1, min(DEFAULT_PARTITION_SIZE, math.ceil(n_items / (4 * workers))))


def _partitions(items: tuple[CorpusItem, ...], size: int, skip: set[int]) -> list[Partition]:
    n_parts = math.ceil(len(items) / size)
    return [Partition(i, items[i * size:(i + 1) * size]) for i in range(n_parts) if i not in skip]


def _fingerprint(index: CorpusIndex, config: TaskConfig, pattern: str, partition_size: int) -> str:
    """What must not change between a run and its resumption."""
    key = {"input": index.sha256, "n_items": len(index.items), "fields": asdict(config.fields),
           "max_bytes": config.max_bytes, "pattern": pattern, "partition_size": partition_size}
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()


def _clear_outputs(out: Path) -> None:
    """Remove the final tables and manifest of an earlier run (they are rewritten at the end)."""
    for table in TABLES:
        for fmt in FORMATS:
            (out / f"{table}.{fmt}").unlink(missing_ok=True)
    (out / "manifest.json").unlink(missing_ok=True)


def _clear_previous(out: Path) -> None:
    """Remove what an earlier run wrote (only the files of :mod:`.layout`)."""
    import shutil

    shutil.rmtree(out / _PARTS, ignore_errors=True)
    _clear_outputs(out)


def _prepare_out_dir(out: Path, *, fingerprint: Callable[[int], str], partition_size: int | None,
                     resume: bool, default_size: int) -> tuple[int, list[int]]:
    """Set up ``OUT/parts`` for a fresh or resumed run: the partition size and the done partitions."""
    parts = out / _PARTS
    state = _read_run_state(parts) if resume else None
    if state is not None:
        size = int(state["partition_size"])
        if partition_size is not None and partition_size != size:
            raise InputError(f"{out}: the run to resume used partition size {size}, not {partition_size}")
        if state["fingerprint"] != fingerprint(size):
            raise InputError(f"{out}: the input or options differ from the run being resumed; "
                             "use a new output folder or drop --resume")
        _remove_temp_files(parts)
        _clear_outputs(out)  # a resumed run may ask for another format
        return size, _done_indexes(parts)
    size = partition_size or default_size
    _clear_previous(out)
    parts.mkdir(parents=True, exist_ok=True)
    _write_run_state(parts, fingerprint=fingerprint(size), partition_size=size)
    return size, []

