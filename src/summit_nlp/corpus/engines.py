"""The engines of a corpus run: :func:`process_partition`, which analyses one partition,
run in this process, in a local process pool, or on ``dask.distributed`` workers.

Every engine maps the same function over the partitions, so every engine
yields the same tables; Ctrl-C stops the workers (finished partitions stay on disk).
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, SummitNLPError
from ..extract.pipeline import analyze_article
from .layout import ENGINES, TABLES, _part_name
from .limits import time_limit
from .plan import Partition, TaskConfig
from .readers import load_item
from .resume import _write_done_marker
from .tables import (
    _article_frames,
    _article_row,
    _empty_frame,
    _error_row,
    _in_corpus_order,
    _one_line,
    _schemas,
    _to_arrow,
    _write_parquet_atomic,
)

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = ["ENGINES", "PartitionResult", "process_partition"]



@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What a partition sends back: counts, and the tables themselves when nothing is written."""

    index: int
    n_items: int
    n_errors: int
    rows: Mapping[str, int]
    tables: Mapping[str, "pa.Table"] | None = None


def _partition_frames(partition: Partition, config: TaskConfig) -> dict[str, "pd.DataFrame"]:
    """Analyse every item of a partition; a failing (or, with a time limit, too slow) article becomes an ``errors`` row."""
    import pandas as pd

    collected: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES if t not in ("articles", "errors")}
    articles: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for item in partition.items:
        try:
            with time_limit(config.timeout, item.source):
                analysis = analyze_article(load_item(item, fields=config.fields, max_bytes=config.max_bytes))
                frames = _article_frames(analysis, item)
                row = _article_row(analysis, item, frames)
        except Exception as exc:  # one bad article must never stop the run: it is recorded instead
            errors.append(_error_row(item, exc))
            continue
        articles.append(row)
        for name, df in frames.items():
            collected[name].append(df)
    out = {"articles": pd.DataFrame(articles, columns=list(_schemas()["articles"])),
           "errors": pd.DataFrame(errors, columns=list(_schemas()["errors"]))}
    position = {item.id: n for n, item in enumerate(partition.items)}
    for name, frames_ in collected.items():
        non_empty = [f for f in frames_ if len(f)]
        if non_empty:
            out[name] = _in_corpus_order(pd.concat(non_empty, ignore_index=True), position)
        else:
            out[name] = frames_[0].iloc[0:0] if frames_ else _empty_frame(name)
    return out


def process_partition(partition: Partition, config: TaskConfig) -> PartitionResult:
    """Analyse one partition and write (or return) its tables.  Top-level, so workers can import it."""
    tables = {name: _to_arrow(df, name) for name, df in _partition_frames(partition, config).items()}
    rows = {name: t.num_rows for name, t in tables.items()}
    n_errors = rows["errors"]
    if config.parts_dir is None:
        return PartitionResult(partition.index, len(partition.items), n_errors, rows, tables)
    parts = Path(config.parts_dir)
    name = _part_name(partition.index)
    for table, t in tables.items():
        _write_parquet_atomic(t, parts / table / f"{name}.parquet")
    # Written last: its presence is what makes the partition count as done.
    _write_done_marker(parts, partition.index,
                       {"index": partition.index, "n_items": len(partition.items), "n_errors": n_errors,
                        "rows": rows, "ids": [it.id for it in partition.items]})
    return PartitionResult(partition.index, len(partition.items), n_errors, rows)


# ------------------------------------------------------------------ engines
OnResult = Callable[[PartitionResult], None]


def _ignore_sigint() -> None:
    """Worker initializer: Ctrl-C is the parent's to handle; workers are stopped by it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Cancel queued partitions and stop running ones now (finished partitions are on disk)."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    # Before 3.14 there is no public way; shutdown() forgets the processes, so take them first.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        proc.terminate()
    for proc in processes:
        proc.join(timeout=5)


def _run_local(partitions: Iterable[Partition], config: TaskConfig, workers: int, on_result: OnResult) -> None:
    """One worker: in this process.  More: a process pool fed a few partitions ahead."""
    if workers <= 1:
        for part in partitions:
            on_result(process_partition(part, config))
        return
    # spawn: a forked child would inherit this process's threads and locks (tqdm, dask clients).
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_ignore_sigint)
    pending: set[Future[PartitionResult]] = set()
    todo = iter(partitions)
    try:
        while True:
            for part in todo:
                pending.add(pool.submit(process_partition, part, config))
                if len(pending) >= 2 * workers:
                    break
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                on_result(fut.result())
    except BrokenProcessPool:
        _stop_pool(pool)
        raise SummitNLPError("a worker process died (out of memory or killed?); finished partitions "
                             "are kept: run again with --resume (resume=True) to continue") from None
    except BaseException:
        _stop_pool(pool)
        raise
    pool.shutdown(wait=True)


def _run_dask(partitions: list[Partition], config: TaskConfig, workers: int, scheduler: str | None,
              on_result: OnResult) -> None:
    """The same per-partition function as a ``dask.bag`` map, on a local or remote cluster."""
    import contextlib

    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed

    if not partitions:
        return
    with contextlib.ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
            except (OSError, TimeoutError) as exc:
                raise InputError(f"{scheduler}: cannot connect to the Dask scheduler ({_one_line(str(exc))})") from None
        else:
            cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                       host="127.0.0.1", dashboard_address=None))
            client = stack.enter_context(Client(cluster))
        bag = db.from_sequence(partitions, npartitions=len(partitions)).map(process_partition, config)
        futures = client.compute(bag.to_delayed())
        for fut in as_completed(futures):
            for result in fut.result():
                on_result(result)
            fut.release()
