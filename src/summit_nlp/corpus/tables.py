"""The tables of a corpus run: their Arrow schemas, the frames of one article, the
partition files, and the final Parquet / CSV / JSONL tables and :class:`CorpusResult`.

Every partition file of a table has the same column types (:func:`_schemas`),
so that the partitions concatenate, in corpus order, into one table.
"""

from __future__ import annotations

import json
import os
import traceback
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, SummitNLPError
from .layout import _PARTS, TABLES, _part_name
from .readers import CorpusItem
from .resume import _done_indexes

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = ["TABLES", "CorpusResult", "load_tables"]


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
