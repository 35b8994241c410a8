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

from .._display import UNKNOWN, cut, speaker_counts, summary_html
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
                 "cue": s, "addressee": s, "speaker_mention": s, "mention_start": i, "cue_start": i, "rule": s,
                 "confidence": f}
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
        "acts": {"article_id": s, "id": s, "speaker": s, "act": s, "target": s, "issue": s, "polarity": s,
                 "intensity": f, "hedged": b, "evidence": pa.list_(s), "start": i, "end": i, "text": s,
                 "trigger": s, "trigger_start": i, "rule": s, "confidence": f},
        # per article in the partitions; summed over articles in the final table (_sum_dyads)
        "dyads": {"article_id": s, "speaker": s, "target": s, "n_acts": i, "mean_intensity": f, "cooperative": i,
                  "conflictual": i, "acts": pa.list_(s), "evidence": pa.list_(s)},
        "errors": {"article_id": s, "source": s, "error_type": s, "message": s, "where": s},
    }


def _empty_frame(table: str) -> "pd.DataFrame":
    """A table with no rows, with the column types the table has when it has rows."""
    import pyarrow as pa

    return _arrow_to_frame(pa.schema([pa.field(n, t) for n, t in _schemas()[table].items()]).empty_table())

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
        "acts": _scored_frame(analysis, "acts_df", "acts", aid),
        "dyads": _scored_frame(analysis, "dyads_df", "dyads", aid),
    }


#: Columns of the final ``dyads`` table: one row per (speaker, target) over the whole corpus.
SUMMED_DYAD_COLUMNS = ("speaker", "target", "n_acts", "mean_intensity", "cooperative", "conflictual",
                       "n_articles", "article_ids", "acts")


def _sum_dyads(t: "pa.Table") -> "pa.Table":
    """The per-article dyads summed over the corpus: acts and their mean intensity (weighted by
    acts), cooperative and conflictual counts, the article ids and ``article:act`` ids, in order
    of first appearance."""
    import pyarrow as pa

    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for r in t.to_pylist():
        key = (r.get("speaker"), r.get("target"))
        n = int(r.get("n_acts") or 0)
        agg = rows.setdefault(key, {"speaker": key[0], "target": key[1], "n_acts": 0, "_sum": 0.0, "cooperative": 0,
                                    "conflictual": 0, "article_ids": [], "acts": []})
        agg["n_acts"] += n
        agg["_sum"] += float(r.get("mean_intensity") or 0.0) * n
        agg["cooperative"] += int(r.get("cooperative") or 0)
        agg["conflictual"] += int(r.get("conflictual") or 0)
        if r.get("article_id") not in agg["article_ids"]:
            agg["article_ids"].append(r.get("article_id"))
        agg["acts"] += [f"{r.get('article_id')}:{a}" for a in r.get("acts") or []]
    out = [{**{k: v for k, v in a.items() if k != "_sum"}, "n_articles": len(a["article_ids"]),
            "mean_intensity": round(a["_sum"] / a["n_acts"], 4) if a["n_acts"] else 0.0} for a in rows.values()]
    s, i, f = pa.string(), pa.int64(), pa.float64()
    types = {"speaker": s, "target": s, "n_acts": i, "mean_intensity": f, "cooperative": i, "conflictual": i,
             "n_articles": i, "article_ids": pa.list_(s), "acts": pa.list_(s)}
    schema = pa.schema([pa.field(c, types[c]) for c in SUMMED_DYAD_COLUMNS])
    return pa.Table.from_pylist([{c: r[c] for c in SUMMED_DYAD_COLUMNS} for r in out], schema=schema)


def _final(table: str, t: "pa.Table") -> "pa.Table":
    """A table as the corpus result shows it: ``dyads`` summed over articles, the others as stored."""
    return _sum_dyads(t) if table == "dyads" else t


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
    columns, fields_ = [], []
    for f in t.schema:
        column = t.column(f.name)
        if f.name in known:
            columns.append(column.cast(known[f.name]))
            fields_.append(pa.field(f.name, known[f.name]))
        elif t.num_rows == column.null_count:  # no values, no type (a typed frame's NA column too):
            columns.append(pa.nulls(t.num_rows))  # lets partitions unify
            fields_.append(pa.field(f.name, pa.null()))
        else:
            columns.append(column)
            fields_.append(f)
    return pa.Table.from_arrays(columns, schema=pa.schema(fields_))


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
    """An Arrow table as a DataFrame with the package's column types (``summit_nlp._display``):
    text as ``string`` and integers as nullable ``Int64``, missing values as ``pd.NA``, like the
    frames of an :class:`~summit_nlp.analysis.Analysis`."""
    import pyarrow as pa

    import pandas as pd

    mapping = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype()}
    df = t.to_pandas(types_mapper=mapping.get)
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
    if not tables:
        return _arrow_to_frame(_final(table, _to_arrow(_empty_frame(table), table)))
    return _arrow_to_frame(_final(table, _concat(tables)))


def load_tables(out_dir: str | Path, tables: Iterable[str] = TABLES) -> "CorpusResult":
    """The result of a finished (or interrupted) run in ``out_dir``: the same :class:`CorpusResult`
    :func:`~summit_nlp.corpus.analyze_corpus` returns, its tables read from ``OUT/parts`` in corpus
    order on first access, its manifest from ``OUT/manifest.json`` (empty for an interrupted run).

    ``tables`` only checks names; ``result["quotes"]`` works as it did when this returned a dict.
    """
    out = Path(out_dir)
    if not (out / _PARTS).is_dir():
        raise InputError(f"{out}: not the output folder of a corpus run (no {_PARTS}/ in it)")
    for name in tables:
        if name not in TABLES:
            raise InputError(f"table {name!r}: expected one of {', '.join(TABLES)}")
    manifest: dict[str, Any] = {}
    if (out / "manifest.json").is_file():
        try:
            manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{out / 'manifest.json'}: not readable JSON ({type(exc).__name__})") from None
    return CorpusResult(manifest=manifest, out_dir=out)


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

    def __getitem__(self, name: str) -> "pd.DataFrame":
        """``result["quotes"]`` is ``result.quotes``."""
        return getattr(self, name) if name in TABLES and hasattr(type(self), name) else self.table(name)

    def keys(self) -> tuple[str, ...]:
        return TABLES

    @property
    def name(self) -> str:
        """The corpus's name: its input path's last part (else the output folder's)."""
        inputs = self.manifest.get("inputs") or [{}]
        source = inputs[0].get("path") or (str(self.out_dir) if self.out_dir is not None else "corpus")
        return Path(source).name or source

    def _count(self, table: str) -> int:
        rows = self.manifest.get("counts", {}).get("rows", {})
        return int(rows[table]) if table in rows else len(self[table])

    def __repr__(self) -> str:
        """One line: ``<CorpusResult 'wire.jsonl': 4 articles, 57 quotes, 12 reported, 0 errors>``."""
        where = f" in {self.out_dir}" if self.out_dir is not None else ""
        return (f"<CorpusResult {self.name!r}: {self._count('articles')} articles, {self._count('quotes')} quotes, "
                f"{self._count('reported_speech')} reported, {self._count('errors')} errors{where}>")

    def _repr_html_(self) -> str:
        """Jupyter's view: counts, the most quoted speakers, the first errors, the tables."""
        quotes, reported = self.quotes, self.reported_speech
        counts = speaker_counts((), [*zip(quotes["speaker"], quotes["kind"]),
                                     *((s, "indirect") for s in reported["speaker"])])
        errors = self.errors
        facts = [f"{self._count('articles'):,} articles", f"{self._count('quotes'):,} quotes",
                 f"{self._count('reported_speech'):,} reported",
                 f"{sum(c.name != UNKNOWN for c in counts):,} speakers", f"{self._count('stances'):,} stances",
                 f"{len(errors):,} errors"]
        speakers = [[c.name, c.direct, c.partial, c.reported] for c in counts[:12]]
        shown = [[r.article_id, r.error_type, cut(r.message, 120)] for r in errors.head(5).itertuples()]
        sections = [("Speakers, most statements first", ["speaker", "direct", "partial", "reported"], speakers,
                     len(counts) - 12),
                    ("Errors", ["article", "type", "message"], shown, len(errors) - 5)]
        methods = [(f".{t}", f"the {t} table ({self._count(t):,} rows)") for t in TABLES]
        return summary_html("CorpusResult", self.name, facts, sections, methods, "sn-corpus")

    articles = _table_attribute("articles")
    quotes = _table_attribute("quotes")
    reported_speech = _table_attribute("reported_speech")
    speakers = _table_attribute("speakers")
    sentiment = _table_attribute("sentiment")
    stances = _table_attribute("stances")
    tone = _table_attribute("tone")
    acts = _table_attribute("acts")
    dyads = _table_attribute("dyads")
    errors = _table_attribute("errors")


# ------------------------------------------------------- writing the output
def _export_table(parts: Path, indexes: list[int], table: str, target: Path, fmt: str) -> None:
    """Concatenate one table's partitions into one file, streaming, written atomically."""
    import pyarrow.parquet as pq

    files = [parts / table / f"{_part_name(i)}.parquet" for i in indexes]
    if table == "dyads":  # summed over the corpus: small, written in one go
        whole = _final(table, _concat([pq.read_table(f) for f in files]) if files
                       else _to_arrow(_empty_frame(table), table))
        if fmt == "parquet":
            _write_parquet_atomic(whole, target)
        else:
            tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                _write_rows(fh, _arrow_to_frame(whole), fmt, header=True)
            os.replace(tmp, target)
        return
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
        if df[col].dtype == object and any(isinstance(v, list) for v in df[col]):  # typed columns hold no lists
            df[col] = [json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for v in df[col]]
    df.to_csv(fh, header=header, index=False, lineterminator="\n")
