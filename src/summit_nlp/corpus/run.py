"""Corpus analysis at scale: every core of one machine, or a Dask cluster, resumable.

The corpus (see :mod:`summit_nlp.readers`) is cut into partitions of N
articles.  :func:`process_partition` analyses one partition — each article
with :func:`summit_nlp.analyze_article`, a bad article becoming a row of the
``errors`` table — and, when there is an output folder, writes the
partition's tables to ``OUT/parts/<table>/part-NNNNN.parquet`` (temp file,
then rename) and, last, its done marker ``OUT/parts/_done/part-NNNNN.json``.
A partition is finished exactly when its marker exists, which is what
``resume=True`` skips.  The same function runs in-process (one worker), in a
``ProcessPoolExecutor`` (local engine) or on ``dask.distributed`` workers
(dask engine), so every engine yields the same tables.

At the end the partitions are concatenated in corpus order into
``OUT/<table>.parquet`` (or ``.csv`` / ``.jsonl``) and ``OUT/manifest.json``
records inputs, hashes, version, counts and timing.

The work is split by responsibility: :mod:`.plan` cuts the corpus into
partitions and prepares the output folder, :mod:`.engines` runs
:func:`process_partition` on them, :mod:`.tables` builds and writes the
tables, :mod:`.resume` keeps the done markers and run state, and
:mod:`.layout` names the files; this module runs the whole.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._version import __version__
from ..errors import InputError, SummitNLPError
from ..io import MAX_BYTES, write_json_atomic
from .engines import ENGINES, PartitionResult, _run_dask, _run_local, process_partition
from .layout import _PARTS, FORMATS, TABLES
from .limits import check_time_limit
from .plan import Partition, TaskConfig, _default_partition_size, _fingerprint, _partitions, _prepare_out_dir
from .readers import CorpusIndex, Fields, scan_corpus
from .resume import _done_indexes, _rows_from_markers, finished_partitions
from .tables import CorpusResult, _concat, _empty_frame, _export_table, _final, _to_arrow, load_tables

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "TABLES",
    "FORMATS",
    "ENGINES",
    "Partition",
    "TaskConfig",
    "PartitionResult",
    "CorpusResult",
    "analyze_corpus",
    "process_partition",
    "load_tables",
    "finished_partitions",
]


# ------------------------------------------------------------------ the run
def _check_options(*, engine: str, workers: int, scheduler: str | None, fmt: str,
                   partition_size: int | None) -> None:
    if engine not in ENGINES:
        raise InputError(f"engine {engine!r}: expected one of {', '.join(ENGINES)}")
    if fmt not in FORMATS:
        raise InputError(f"format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if not isinstance(workers, int) or workers < 1:
        raise InputError(f"workers {workers!r}: expected a whole number ≥ 1")
    if partition_size is not None and (not isinstance(partition_size, int) or partition_size < 1):
        raise InputError(f"partition size {partition_size!r}: expected a whole number ≥ 1")
    if scheduler and engine != "dask":
        raise InputError(f"scheduler {scheduler}: only the dask engine uses a scheduler")


def _progress_bar(total: int, initial: int, enabled: bool) -> Any:
    from tqdm import tqdm  # the text bar: tqdm.auto would want ipywidgets inside notebooks

    # disable=None: tqdm turns itself off when stderr is not a terminal (logs, CI).
    return tqdm(total=total, initial=initial, unit=" articles", desc="corpus", smoothing=0.1,
                disable=None if enabled else True, file=sys.stderr, dynamic_ncols=True)


def _manifest(*, index: CorpusIndex, engine: str, workers: int, scheduler: str | None, timeout: float | None,
              fmt: str,
              size: int, fields: Fields, rows: Mapping[str, int], n_parts: int, n_resumed: int,
              n_skipped: int,
              n_run: int, started: float, seconds: float, files: Mapping[str, str]) -> dict[str, Any]:
    return {
        "package": "summit_nlp",
        "version": __version__,
        "python": sys.version.split()[0],
        "inputs": [index.describe()],
        "options": {"engine": engine, "workers": workers, "scheduler": scheduler, "timeout": timeout,
                    "format": fmt,
                    "partition_size": size, "fields": asdict(fields)},
        "counts": {"items": len(index.items), "analysed": rows.get("articles", 0),
                   "errors": rows.get("errors", 0), "rows": dict(rows), "partitions": n_parts,
                   "partitions_resumed": n_resumed, "articles_resumed": n_skipped},
        "timing": {"started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
                   "seconds": round(seconds, 3), "articles_this_run": n_run,
                   "articles_per_second": round(n_run / seconds, 2) if seconds > 0 else None},
        "tables": dict(files),
    }


def analyze_corpus(
    source: Any,
    out_dir: str | Path | None = None,
    *,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    fmt: str = "parquet",
    resume: bool = False,
    partition_size: int | None = None,
    progress: bool = True,
    text_col: str = "text",
    id_col: str = "id",
    date_col: str = "date",
    outlet_col: str = "outlet",
    title_col: str = "title",
    pattern: str = "*.txt",
    max_bytes: int = MAX_BYTES,
    timeout: float | None = None,
    on_partition: Callable[[PartitionResult], None] | None = None,
) -> CorpusResult:
    """Analyse every article of a corpus; return its tables and manifest.

    ``source``: a folder of ``pattern`` files (recursive), a ``.jsonl`` /
    ``.csv`` file (``text_col`` required; ``id_col``, ``date_col``,
    ``outlet_col``, ``title_col`` optional), a DataFrame or a list of
    :class:`~summit_nlp.model.Article`.  With ``out_dir`` the tables go to
    ``out_dir/<table>.<fmt>`` with ``manifest.json`` (``resume=True`` keeps
    the partitions an interrupted run finished); without it nothing is written.
    ``engine="local"`` uses ``workers`` processes (1: this process);
    ``engine="dask"`` a ``LocalCluster`` of ``workers`` processes, or the
    ``dask.distributed`` scheduler at ``scheduler``.  ``timeout``: seconds
    one article may take (local engine only); a slower one becomes a
    :class:`~summit_nlp.errors.TimeLimitError` row of ``errors``.  ``on_partition`` is
    called in this process after each finished partition.  Ctrl-C raises
    ``KeyboardInterrupt`` once the workers are stopped; finished partitions
    stay on disk.
    """
    _check_options(engine=engine, workers=workers, scheduler=scheduler, fmt=fmt, partition_size=partition_size)
    check_time_limit(timeout, engine=engine)
    fields = Fields(text=text_col, id=id_col, date=date_col, outlet=outlet_col, title=title_col)
    started, clock = time.time(), time.perf_counter()
    index = scan_corpus(source, fields=fields, pattern=pattern)
    out = Path(out_dir) if out_dir is not None else None
    config = TaskConfig(fields=fields, max_bytes=max_bytes, timeout=timeout,
                        parts_dir=str(out.resolve() / _PARTS) if out is not None else None)
    default_size = _default_partition_size(len(index.items), workers)
    if out is not None:
        size, done = _prepare_out_dir(out, fingerprint=lambda s: _fingerprint(index, config, pattern, s),
                                      partition_size=partition_size, resume=resume, default_size=default_size)
    else:
        size, done = partition_size or default_size, []
    todo = _partitions(index.items, size, set(done))
    n_parts = math.ceil(len(index.items) / size)
    n_skipped = len(index.items) - sum(len(p.items) for p in todo)
    memory: dict[int, Mapping[str, Any]] = {}
    n_run = n_errors = 0
    with _progress_bar(len(index.items), n_skipped, progress) as bar:
        def on_result(result: PartitionResult) -> None:
            nonlocal n_run, n_errors
            n_run += result.n_items
            n_errors += result.n_errors
            if result.tables is not None:
                memory[result.index] = result.tables
            if n_errors:
                bar.set_postfix(errors=n_errors, refresh=False)
            bar.update(result.n_items)
            if on_partition is not None:
                on_partition(result)

        if engine == "dask":
            _run_dask(todo, config, workers, scheduler, on_result)
        else:
            _run_local(todo, config, workers, on_result)
    return _finish(out=out, index=index, memory=memory, engine=engine, workers=workers, scheduler=scheduler,
                   timeout=timeout, fmt=fmt, size=size, fields=fields, n_parts=n_parts, n_resumed=len(done),
                   n_skipped=n_skipped, n_run=n_run, started=started, seconds=time.perf_counter() - clock)


def _finish(*, out: Path | None, index: CorpusIndex, memory: Mapping[int, Mapping[str, "pa.Table"]],
            n_parts: int, seconds: float, fmt: str, **info: Any) -> CorpusResult:
    """Concatenate the partitions into the final tables and write (or return) them with the manifest."""
    if out is None:
        order = sorted(memory)
        tables = {t: _final(t, _concat([memory[i][t] for i in order]) if order else _to_arrow(_empty_frame(t), t))
                  for t in TABLES}
        rows = {t: tables[t].num_rows for t in TABLES}
        manifest = _manifest(index=index, fmt=fmt, rows=rows, n_parts=n_parts, seconds=seconds, files={}, **info)
        return CorpusResult(manifest=manifest, out_dir=None, _memory=tables)
    parts = out / _PARTS
    indexes = _done_indexes(parts)
    if len(indexes) != n_parts:
        raise SummitNLPError(f"{out}: {n_parts - len(indexes)} partitions are missing from {parts}; "
                             "rerun with resume")
    files = {}
    for table in TABLES:
        target = out / f"{table}.{fmt}"
        _export_table(parts, indexes, table, target, fmt)
        files[table] = target.name
    rows, _ = _rows_from_markers(parts, indexes)
    manifest = _manifest(index=index, fmt=fmt, rows=rows, n_parts=n_parts, seconds=seconds, files=files, **info)
    write_json_atomic(out / "manifest.json", manifest)
    return CorpusResult(manifest=manifest, out_dir=out)
