"""What makes a corpus run resumable: done markers, finished partitions and the run state.

A partition is finished exactly when its marker ``OUT/parts/_done/part-NNNNN.json``
exists (with all its table files), which is what ``resume=True`` skips;
``OUT/parts/run.json`` records what a resumed run must match.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .._version import __version__
from ..io import write_json_atomic
from .layout import _DONE, _PARTS, _RUN_STATE, TABLES, _part_name

__all__ = ["finished_partitions"]


def _write_done_marker(parts: Path, index: int, marker: Mapping[str, Any]) -> None:
    """The done marker of partition ``index``; written after its tables."""
    write_json_atomic(parts / _DONE / f"{_part_name(index)}.json", marker)


def _done_indexes(parts: Path) -> list[int]:
    """Partitions whose done marker and table files all exist, in order."""
    done = []
    for marker in sorted((parts / _DONE).glob("part-*.json")):
        name = marker.stem
        if all((parts / t / f"{name}.parquet").exists() for t in TABLES):
            done.append(int(name.split("-")[1]))
    return done


def finished_partitions(out_dir: str | Path) -> int:
    """How many partitions of the run in ``out_dir`` are finished (kept for ``resume``)."""
    return len(_done_indexes(Path(out_dir) / _PARTS))


def _rows_from_markers(parts: Path, indexes: list[int]) -> tuple[dict[str, int], int]:
    rows = dict.fromkeys(TABLES, 0)
    n_items = 0
    for i in indexes:
        marker = json.loads((parts / _DONE / f"{_part_name(i)}.json").read_text("utf-8"))
        n_items += marker["n_items"]
        for table, n in marker["rows"].items():
            rows[table] = rows.get(table, 0) + n
    return rows, n_items


def _remove_temp_files(parts: Path) -> None:
    """Temp files of partitions interrupted mid-write; their partitions will be redone."""
    for tmp in parts.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)


def _read_run_state(parts: Path) -> dict[str, Any] | None:
    """The state an earlier run left in ``OUT/parts`` (fingerprint, partition size), if any."""
    state_file = parts / _RUN_STATE
    if not state_file.exists():
        return None
    return json.loads(state_file.read_text("utf-8"))


def _write_run_state(parts: Path, *, fingerprint: str, partition_size: int) -> None:
    write_json_atomic(parts / _RUN_STATE, {"fingerprint": fingerprint, "partition_size": partition_size,
                                           "version": __version__})
