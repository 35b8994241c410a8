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
"""

from __future__ import annotations

import hashlib
import json
import math
import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._version import __version__
from ..errors import InputError, SummitNLPError
from ..io import MAX_BYTES
from ..io import write_json_atomic
from ..extract.pipeline import analyze_article
from .readers import CorpusIndex, CorpusItem, Fields, load_item, scan_corpus

if TYPE_CHECKING:
    import pandas as pd
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

TABLES = ("articles", "quotes", "reported_speech", "speakers", "sentiment", "stances", "tone", "errors")
FORMATS = ("parquet", "csv", "jsonl")
ENGINES = ("local", "dask")

#: Largest default partition; smaller when the corpus is small, so that every worker gets work.
DEFAULT_PARTITION_SIZE = 100

_PARTS = "parts"
_DONE = "_done"
_RUN_STATE = "run.json"


# ------------------------------------------------------------------- schemas
def _schemas() -> dict[str, dict[str, "pa.DataType"]]:
    """Column types of the tables, so that every partition file has the same schema.

    Columns not listed (new fields of the scoring layer) keep the type pyarrow infers.
    """
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    statement = {"article_id": s, "id": s, "speaker": s, "kind": s, "text": s, "start": i, "end": i,
                 "cue": s, "addressee": s, "speaker_mention": s, "mention_start": i, "cue_start": i, "rule": s}
    return {
        "articles": {"article_id": s, "source": s, "title": s, "date": s, "outlet": s, "n_chars": i,
                     "text_sha256": s, "n_sentences": i, "n_quotes": i, "n_reported": i, "n_speakers": i,
                     "n_stances": i},
        "quotes": statement,
        "reported_speech": statement,
        "speakers": {"article_id": s, "speaker": s, "kind": s, "aliases": pa.list_(s), "n_quotes": i,
                     "n_reported": i},
        # The columns of summit_nlp.scoring.tables; the empty tables have them when Analysis
        # has no sentiment_df() / stances_df() / tone_df() yet.
        "sentiment": {"article_id": s, "id": s, "speaker": s, "kind": s, "words": i, "compound": f, "pos": f,
                      "neu": f, "neg": f, "label": s, "evidence": pa.list_(s)},
        "stances": {"article_id": s, "speaker": s, "target": s, "stance": s, "hedged": b,
                    "evidence": pa.list_(s), "rule": s, "trigger": s},
        "tone": {"article_id": s, "id": s, "speaker": s, "dimension": s, "score": f, "hits": i,
                 "evidence": pa.list_(s)},
        "errors": {"article_id": s, "source": s, "error_type": s, "message": s, "where": s},
    }


def _empty_frame(table: str) -> "pd.DataFrame":
    import pandas as pd

    return pd.DataFrame({name: pd.Series([], dtype=object) for name in _schemas()[table]})


# --------------------------------------------------------------- the task
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


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What a partition sends back: counts, and the tables themselves when nothing is written."""

    index: int
    n_items: int
    n_errors: int
    rows: Mapping[str, int]
    tables: Mapping[str, "pa.Table"] | None = None


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _error_row(item: CorpusItem, exc: BaseException) -> dict[str, Any]:
    """An ``errors`` row; unexpected exceptions also say where they were raised."""
    where = None
    message = _one_line(str(exc))
    if not isinstance(exc, SummitNLPError):
        frames = traceback.extract_tb(exc.__traceback__)
        if frames:
            last = frames[-1]
            where = f"{Path(last.filename).name}:{last.lineno} in {last.name}"
        message = f"{item.source}: {type(exc).__name__}: {message}"
    return {"article_id": item.id, "source": item.source, "error_type": type(exc).__name__,
            "message": message, "where": where}


def _scored_frame(analysis: Any, method: str, table: str, article_id: str | None) -> "pd.DataFrame":
    """A scoring-layer table if this version of ``Analysis`` has it, else an empty one."""
    if not hasattr(analysis, method):
        return _empty_frame(table)
    df = getattr(analysis, method)()
    if "article_id" not in df.columns:
        df.insert(0, "article_id", article_id)
    return df


def _article_frames(analysis: Any, item: CorpusItem) -> dict[str, "pd.DataFrame"]:
    """The per-article tables (all but ``articles`` and ``errors``)."""
    aid = analysis.article.id
    return {
        "quotes": analysis.quotes_df(),
        "reported_speech": analysis.reported_df(),
        "speakers": analysis.speakers_df(),
        "sentiment": _scored_frame(analysis, "sentiment_df", "sentiment", aid),
        "stances": _scored_frame(analysis, "stances_df", "stances", aid),
        "tone": _scored_frame(analysis, "tone_df", "tone", aid),
    }


def _article_row(analysis: Any, item: CorpusItem, frames: Mapping[str, "pd.DataFrame"]) -> dict[str, Any]:
    art = analysis.article
    return {"article_id": art.id, "source": item.source, "title": art.title, "date": art.date,
            "outlet": art.outlet, "n_chars": len(art.text), "text_sha256": art.sha256,
            "n_sentences": len(analysis.sentences), "n_quotes": len(frames["quotes"]),
            "n_reported": len(frames["reported_speech"]), "n_speakers": len(frames["speakers"]),
            "n_stances": len(frames["stances"])}


def _in_corpus_order(df: "pd.DataFrame", position: Mapping[str, int]) -> "pd.DataFrame":
    """Rows by article (corpus order), then by offsets where the table has them."""
    if len(df) < 2 or not {"start", "end"} <= set(df.columns):
        return df
    keyed = df.assign(_position=df["article_id"].map(position))
    return keyed.sort_values(["_position", "start", "end"], kind="stable").drop(columns="_position")


def _partition_frames(partition: Partition, config: TaskConfig) -> dict[str, "pd.DataFrame"]:
    """Analyse every item of a partition; a failing article becomes an ``errors`` row."""
    import pandas as pd

    collected: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES if t not in ("articles", "errors")}
    articles: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for item in partition.items:
        try:
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


def _to_arrow(df: "pd.DataFrame", table: str) -> "pa.Table":
    """A frame as an Arrow table with the known column types (see :func:`_schemas`)."""
    import pyarrow as pa

    t = pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False).replace_schema_metadata(None)
    known = _schemas()[table]
    fields_ = []
    for f in t.schema:
        if f.name in known:
            fields_.append(pa.field(f.name, known[f.name]))
        elif t.num_rows == t.column(f.name).null_count:
            fields_.append(pa.field(f.name, pa.null()))  # no values, no type: lets partitions unify
        else:
            fields_.append(f)
    return t.cast(pa.schema(fields_))


def _part_name(index: int) -> str:
    return f"part-{index:05d}"


def _write_parquet_atomic(table: "pa.Table", path: Path) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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
    write_json_atomic(parts / _DONE / f"{name}.json",
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


# --------------------------------------------------------------- results
def _arrow_to_frame(t: "pa.Table") -> "pd.DataFrame":
    import pyarrow as pa

    import pandas as pd

    df = t.to_pandas()
    for f in t.schema:
        if pa.types.is_list(f.type) or pa.types.is_large_list(f.type):
            # Arrow hands back numpy arrays; lists compare and serialise like the Analysis frames.
            df[f.name] = pd.Series([None if v is None else list(v) for v in df[f.name]], dtype=object,
                                   index=df.index)
    return df


def _conform(t: "pa.Table", schema: "pa.Schema") -> "pa.Table":
    import pyarrow as pa

    cols = [t.column(f.name).cast(f.type) if f.name in t.column_names else pa.nulls(t.num_rows, f.type)
            for f in schema]
    return pa.Table.from_arrays(cols, schema=schema)


def _unify(schemas: list["pa.Schema"]) -> "pa.Schema":
    import pyarrow as pa

    return pa.unify_schemas(schemas, promote_options="permissive")


def _concat(tables: list["pa.Table"]) -> "pa.Table":
    import pyarrow as pa

    schema = _unify([t.schema for t in tables])
    return pa.concat_tables([_conform(t, schema) for t in tables])


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


def _load_table(out_dir: Path, table: str) -> "pd.DataFrame":
    import pyarrow.parquet as pq

    parts = out_dir / _PARTS
    tables = [pq.read_table(parts / table / f"{_part_name(i)}.parquet") for i in _done_indexes(parts)]
    return _arrow_to_frame(_concat(tables)) if tables else _empty_frame(table)


def load_tables(out_dir: str | Path, tables: Iterable[str] = TABLES) -> dict[str, "pd.DataFrame"]:
    """The tables of a finished (or interrupted) run, read from ``OUT/parts``, in corpus order."""
    return {table: _load_table(Path(out_dir), table) for table in tables}


def _table_attribute(name: str) -> "cached_property[pd.DataFrame]":
    """A ``CorpusResult`` attribute holding table ``name``, read on first access."""

    def get(self: "CorpusResult") -> "pd.DataFrame":
        return self.table(name)

    get.__name__, get.__doc__ = name, f"The ``{name}`` table."
    return cached_property(get)


@dataclass(frozen=True)
class CorpusResult:
    """The tables of a corpus run (pandas DataFrames, each loaded on first access) and its manifest."""

    manifest: dict[str, Any]
    out_dir: Path | None = None
    _memory: Mapping[str, "pa.Table"] | None = field(default=None, repr=False)

    def table(self, name: str) -> "pd.DataFrame":
        """The table ``name`` (one of :data:`TABLES`), read afresh."""
        if name not in TABLES:
            raise InputError(f"table {name!r}: expected one of {', '.join(TABLES)}")
        if self._memory is not None:
            return _arrow_to_frame(self._memory[name])
        if self.out_dir is None:
            return _empty_frame(name)
        return _load_table(self.out_dir, name)

    @property
    def tables(self) -> dict[str, "pd.DataFrame"]:
        """Every table by name."""
        return {name: getattr(self, name) for name in TABLES}

    articles = _table_attribute("articles")
    quotes = _table_attribute("quotes")
    reported_speech = _table_attribute("reported_speech")
    speakers = _table_attribute("speakers")
    sentiment = _table_attribute("sentiment")
    stances = _table_attribute("stances")
    tone = _table_attribute("tone")
    errors = _table_attribute("errors")


# ------------------------------------------------------- writing the output
def _export_table(parts: Path, indexes: list[int], table: str, target: Path, fmt: str) -> None:
    """Concatenate one table's partitions into one file, streaming, written atomically."""
    import pyarrow.parquet as pq

    files = [parts / table / f"{_part_name(i)}.parquet" for i in indexes]
    schema = _unify([pq.read_schema(f).remove_metadata() for f in files]) if files else None
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        if fmt == "parquet":
            if schema is None:
                _write_parquet_atomic(_to_arrow(_empty_frame(table), table), target)
                return
            with pq.ParquetWriter(tmp, schema) as writer:
                for f in files:
                    writer.write_table(_conform(pq.read_table(f), schema))
        else:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                if schema is None:
                    _write_rows(fh, _empty_frame(table), fmt, header=True)
                for n, f in enumerate(files):
                    _write_rows(fh, _arrow_to_frame(_conform(pq.read_table(f), schema)), fmt, header=n == 0)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_rows(fh: Any, df: "pd.DataFrame", fmt: str, *, header: bool) -> None:
    if fmt == "jsonl":
        if len(df):
            text = df.to_json(orient="records", lines=True, force_ascii=False)
            fh.write(text if text.endswith("\n") else text + "\n")
        return
    # CSV cells are strings: list values (aliases, evidence) are written as JSON arrays.
    for col in df.columns:
        if df[col].map(lambda v: isinstance(v, list)).any():
            df[col] = [json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for v in df[col]]
    df.to_csv(fh, header=header, index=False, lineterminator="\n")


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
    """Remove what an earlier run wrote (only the files this module names)."""
    import shutil

    shutil.rmtree(out / _PARTS, ignore_errors=True)
    _clear_outputs(out)


def _remove_temp_files(parts: Path) -> None:
    """Temp files of partitions interrupted mid-write; their partitions will be redone."""
    for tmp in parts.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)


def _prepare_out_dir(out: Path, *, fingerprint: Callable[[int], str], partition_size: int | None,
                     resume: bool, default_size: int) -> tuple[int, list[int]]:
    """Set up ``OUT/parts`` for a fresh or resumed run: the partition size and the done partitions."""
    parts = out / _PARTS
    state_file = parts / _RUN_STATE
    if resume and state_file.exists():
        state = json.loads(state_file.read_text("utf-8"))
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
    write_json_atomic(state_file, {"fingerprint": fingerprint(size), "partition_size": size,
                                   "version": __version__})
    return size, []


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


def _default_partition_size(n_items: int, workers: int) -> int:
    """At most :data:`DEFAULT_PARTITION_SIZE`, and at least four partitions per worker."""
    return max(1, min(DEFAULT_PARTITION_SIZE, math.ceil(n_items / (4 * workers))))


def _partitions(items: tuple[CorpusItem, ...], size: int, skip: set[int]) -> list[Partition]:
    n_parts = math.ceil(len(items) / size)
    return [Partition(i, items[i * size:(i + 1) * size]) for i in range(n_parts) if i not in skip]


def _progress_bar(total: int, initial: int, enabled: bool) -> Any:
    from tqdm import tqdm  # the text bar: tqdm.auto would want ipywidgets inside notebooks

    # disable=None: tqdm turns itself off when stderr is not a terminal (logs, CI).
    return tqdm(total=total, initial=initial, unit=" articles", desc="corpus", smoothing=0.1,
                disable=None if enabled else True, file=sys.stderr, dynamic_ncols=True)


def _rows_from_markers(parts: Path, indexes: list[int]) -> tuple[dict[str, int], int]:
    rows = dict.fromkeys(TABLES, 0)
    n_items = 0
    for i in indexes:
        marker = json.loads((parts / _DONE / f"{_part_name(i)}.json").read_text("utf-8"))
        n_items += marker["n_items"]
        for table, n in marker["rows"].items():
            rows[table] = rows.get(table, 0) + n
    return rows, n_items


def _manifest(*, index: CorpusIndex, engine: str, workers: int, scheduler: str | None, fmt: str,
              size: int, fields: Fields, rows: Mapping[str, int], n_parts: int, n_resumed: int,
              n_skipped: int,
              n_run: int, started: float, seconds: float, files: Mapping[str, str]) -> dict[str, Any]:
    return {
        "package": "summit_nlp",
        "version": __version__,
        "python": sys.version.split()[0],
        "inputs": [index.describe()],
        "options": {"engine": engine, "workers": workers, "scheduler": scheduler, "format": fmt,
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
    ``dask.distributed`` scheduler at ``scheduler``.  ``on_partition`` is
    called in this process after each finished partition.  Ctrl-C raises
    ``KeyboardInterrupt`` once the workers are stopped; finished partitions
    stay on disk.
    """
    _check_options(engine=engine, workers=workers, scheduler=scheduler, fmt=fmt, partition_size=partition_size)
    fields = Fields(text=text_col, id=id_col, date=date_col, outlet=outlet_col, title=title_col)
    started, clock = time.time(), time.perf_counter()
    index = scan_corpus(source, fields=fields, pattern=pattern)
    out = Path(out_dir) if out_dir is not None else None
    config = TaskConfig(fields=fields, max_bytes=max_bytes,
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
                   fmt=fmt, size=size, fields=fields, n_parts=n_parts, n_resumed=len(done),
                   n_skipped=n_skipped, n_run=n_run, started=started, seconds=time.perf_counter() - clock)


def _finish(*, out: Path | None, index: CorpusIndex, memory: Mapping[int, Mapping[str, "pa.Table"]],
            n_parts: int, seconds: float, fmt: str, **info: Any) -> CorpusResult:
    """Concatenate the partitions into the final tables and write (or return) them with the manifest."""
    if out is None:
        order = sorted(memory)
        tables = {t: _concat([memory[i][t] for i in order]) if order else _to_arrow(_empty_frame(t), t)
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
