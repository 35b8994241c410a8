"""Corpus readers: a folder of ``.txt`` files, JSONL, CSV, a DataFrame or a list of articles.

A corpus is read in two steps so that a 100,000-article corpus never has to sit
in memory and one bad article never stops a run:

1. :func:`scan_corpus` lists the corpus as :class:`CorpusItem` references — a
   file path, or a byte range of a JSONL/CSV file — with their ids, checks that
   the ids are unique and fingerprints the input (sha256).  A problem with the
   corpus as a whole (missing path, no ``text`` column, duplicate ids) raises
   one :class:`~summit_nlp.errors.InputError`.
2. :func:`load_item` turns one reference into an :class:`~summit_nlp.model.Article`,
   raising :class:`~summit_nlp.errors.InputError` for that article only (empty
   file, binary, not UTF-8, too large, bad JSON line, missing text).  It runs
   wherever the article is analysed, e.g. in a worker process.

:func:`read_corpus` does both and yields articles, for callers that want them
one by one (it stops at the first bad article).

Ids default to the file stem (folders) or the row number counting from 0 among
the data rows (JSONL, CSV; the index label for a DataFrame; the position for a
list of articles).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..io import MAX_BYTES, decode_text
from ..model import Article

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "Fields",
    "CorpusItem",
    "CorpusIndex",
    "scan_corpus",
    "load_item",
    "read_corpus",
]

_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_HASH_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Fields:
    """Column (JSONL key) names of a tabular corpus.  Only ``text`` must exist; a ``speaker``
    value reads that row in speech mode (SPEC 2b: every sentence is a statement of the speaker)."""

    text: str = "text"
    id: str = "id"
    date: str = "date"
    outlet: str = "outlet"
    title: str = "title"
    speaker: str = "speaker"


@dataclass(frozen=True, slots=True)
class CorpusItem:
    """One article of a corpus, by reference: where to read it, and its id.

    ``kind`` is ``txt`` (the whole file at ``path``), ``jsonl`` or ``csv`` (the
    ``length`` bytes at ``offset`` of ``path``: one record), or ``article``
    (``article`` holds it already; ``problem`` says why it cannot be analysed).
    """

    id: str
    source: str  # for messages: "news/a.txt", "wire.jsonl:12"
    kind: str
    path: str | None = None
    offset: int = 0
    length: int = -1
    header: tuple[str, ...] = ()  # CSV column names
    article: Article | None = None
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class CorpusIndex:
    """A scanned corpus: its items in corpus order and a description of the input."""

    items: tuple[CorpusItem, ...]
    kind: str  # folder | txt | jsonl | csv | dataframe | articles
    name: str  # the path, or "<DataFrame>" / "<articles>"
    sha256: str  # of the input's bytes (a folder: of its files' paths and hashes)

    def describe(self) -> dict[str, Any]:
        """The manifest's ``inputs`` entry."""
        return {"path": self.name, "kind": self.kind, "sha256": self.sha256, "n_items": len(self.items)}


# ------------------------------------------------------------------ scanning
def scan_corpus(
    source: Any,
    *,
    fields: Fields = Fields(),
    pattern: str = "*.txt",
) -> CorpusIndex:
    """List a corpus without reading its articles into memory; see the module docstring."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            index = _scan_folder(path, pattern)
        elif path.suffix.lower() in _JSONL_SUFFIXES:
            index = _scan_jsonl(path, fields)
        elif path.suffix.lower() == ".csv":
            index = _scan_csv(path, fields)
        elif path.suffix.lower() == ".txt":
            index = CorpusIndex((_txt_item(path.resolve(), path.resolve().parent),), "txt", str(path),
                                _file_sha256(path))
        else:
            raise InputError(f"{path}: not a corpus (expected a folder, .jsonl, .csv or .txt)")
    elif _is_dataframe(source):
        index = _scan_dataframe(source, fields)
    elif isinstance(source, Iterable) and not isinstance(source, (bytes, dict)):
        index = _scan_articles(source)
    else:
        raise InputError(f"<{type(source).__name__}>: not a corpus (expected a path, a DataFrame or Articles)")
    _check_unique(index)
    return index


def _check_unique(index: CorpusIndex) -> None:
    seen: dict[str, str] = {}
    for item in index.items:
        if item.id in seen:
            raise InputError(
                f"{index.name}: duplicate article id {item.id!r} ({seen[item.id]} and {item.source}); "
                "ids must be unique"
            )
        seen[item.id] = item.source


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _txt_item(path: Path, root: Path) -> CorpusItem:
    """``path`` must be absolute: workers elsewhere (a Dask cluster) need no working directory."""
    rel = path.relative_to(root).as_posix() if path != root else path.name
    return CorpusItem(id=path.stem, source=rel, kind="txt", path=str(path))


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _scan_folder(folder: Path, pattern: str) -> CorpusIndex:
    root = folder.resolve()
    # Hidden folders (.ipynb_checkpoints, .git) hold copies, not articles.
    paths = sorted(
        (p for p in root.rglob(pattern) if p.is_file() and not _is_hidden(p, root)),
        key=lambda p: p.relative_to(root).as_posix(),
    )
    if not paths:
        raise InputError(f"{folder}: no {pattern} files found (searched recursively)")
    digest = hashlib.sha256()
    items = []
    for p in paths:
        item = _txt_item(p, root)
        digest.update(f"{item.source}\t{_file_sha256(p)}\n".encode("utf-8", "surrogateescape"))
        items.append(item)
    return CorpusIndex(tuple(items), "folder", str(folder), digest.hexdigest())


def _iter_lines(path: Path, digest: "hashlib._Hash") -> Iterator[tuple[int, bytes]]:
    """Each line of a file with its byte offset, feeding ``digest`` on the way."""
    offset = 0
    with path.open("rb") as fh:
        for raw in fh:
            digest.update(raw)
            yield offset, raw
            offset += len(raw)


def _scan_jsonl(path: Path, fields: Fields) -> CorpusIndex:
    digest = hashlib.sha256()
    abs_path = str(path.resolve())
    items = []
    for offset, raw in _iter_lines(path, digest):
        if not raw.strip():
            continue
        row = len(items)
        ident = str(row)
        try:
            record = json.loads(raw.decode("utf-8", "surrogateescape"))  # the id may be fine when the text is not
        except ValueError:
            record = None  # load_item reports it for this article; the run goes on
        if isinstance(record, dict) and _present(record.get(fields.id)):
            ident = _as_id(record[fields.id])
        items.append(CorpusItem(id=ident, source=f"{path}:{row + 1}", kind="jsonl", path=abs_path,
                                offset=offset, length=len(raw)))
    if not items:
        raise InputError(f"{path}: no records (empty JSONL file)")
    return CorpusIndex(tuple(items), "jsonl", str(path), digest.hexdigest())


@contextlib.contextmanager
def _csv_big_fields() -> Iterator[None]:
    """Let the csv module read whole articles (its default field limit is 128 KiB)."""
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, 2 * MAX_BYTES))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _csv_records(path: Path, digest: "hashlib._Hash") -> Iterator[tuple[int, int, list[str]]]:
    """Each CSV record with the byte range it occupies (records may span lines)."""
    end = 0

    def lines() -> Iterator[str]:
        nonlocal end
        for offset, raw in _iter_lines(path, digest):
            end = offset + len(raw)
            yield raw.decode("utf-8", "surrogateescape")  # strict decoding happens per article

    start = 0
    with _csv_big_fields():
        try:
            for row in csv.reader(lines()):
                yield start, end - start, row
                start = end
        except csv.Error as exc:
            raise InputError(f"{path}: not a readable CSV file ({exc})") from None


def _scan_csv(path: Path, fields: Fields) -> CorpusIndex:
    digest = hashlib.sha256()
    abs_path = str(path.resolve())
    records = _csv_records(path, digest)
    header: tuple[str, ...] | None = None
    items = []
    for offset, length, row in records:
        if header is None:
            header = tuple(h.lstrip("\ufeff").strip() for h in row)
            if fields.text not in header:
                raise InputError(f"{path}: no {fields.text!r} column (columns: {', '.join(header)})")
            continue
        if not row:
            continue
        n = len(items)
        ident = str(n)
        if fields.id in header:
            k = header.index(fields.id)
            if k < len(row) and row[k].strip():
                ident = row[k].strip()
        items.append(CorpusItem(id=ident, source=f"{path}:row {n}", kind="csv", path=abs_path,
                                offset=offset, length=length, header=header))
    if header is None:
        raise InputError(f"{path}: empty CSV file")
    if not items:
        raise InputError(f"{path}: no data rows")
    return CorpusIndex(tuple(items), "csv", str(path), digest.hexdigest())


def _is_dataframe(obj: Any) -> bool:
    return type(obj).__name__ == "DataFrame" and hasattr(obj, "columns") and hasattr(obj, "itertuples")


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return str(value).strip() != ""


def _as_id(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an id column read as float (because of a gap) keeps "12", not "12.0"
    return str(value).strip()


def _meta(value: Any) -> str | None:
    return str(value) if _present(value) else None


def _scan_dataframe(df: "pd.DataFrame", fields: Fields) -> CorpusIndex:
    if fields.text not in df.columns:
        raise InputError(f"<DataFrame>: no {fields.text!r} column (columns: {', '.join(map(str, df.columns))})")
    if df.empty:
        raise InputError("<DataFrame>: no rows")
    digest = hashlib.sha256()
    items = []
    columns = list(df.columns)
    for label, values in zip(df.index, df.itertuples(index=False, name=None)):
        record = dict(zip(columns, values))
        ident = _as_id(record[fields.id]) if _present(record.get(fields.id)) else _as_id(label)
        source = f"<DataFrame>[{label!r}]"
        text = record[fields.text]
        if isinstance(text, str):
            article = Article(text=text, id=ident, title=_meta(record.get(fields.title)),
                              date=_meta(record.get(fields.date)), outlet=_meta(record.get(fields.outlet)),
                              speaker=_meta(record.get(fields.speaker)))
            digest.update(f"{ident}\t{article.sha256}\n".encode("utf-8", "surrogateescape"))
            items.append(CorpusItem(id=ident, source=source, kind="article", article=article))
        else:
            digest.update(f"{ident}\t-\n".encode("utf-8", "surrogateescape"))
            items.append(CorpusItem(id=ident, source=source, kind="article",
                                    problem=f"{source}: no text (got {type(text).__name__})"))
    return CorpusIndex(tuple(items), "dataframe", "<DataFrame>", digest.hexdigest())


def _scan_articles(articles: Iterable[Any]) -> CorpusIndex:
    digest = hashlib.sha256()
    items = []
    for n, article in enumerate(articles):
        if not isinstance(article, Article):
            raise InputError(f"<articles>[{n}]: not an Article (got {type(article).__name__})")
        ident = article.id if article.id is not None else str(n)
        if article.id is None:
            article = Article(text=article.text, id=ident, title=article.title, date=article.date,
                              outlet=article.outlet, speaker=article.speaker)
        problem = None if isinstance(article.text, str) else f"<articles>[{n}]: text is not a str"
        digest.update(f"{ident}\t{article.sha256 if problem is None else '-'}\n".encode("utf-8", "surrogateescape"))
        items.append(CorpusItem(id=ident, source=f"<articles>[{n}]", kind="article",
                                article=article if problem is None else None, problem=problem))
    if not items:
        raise InputError("<articles>: no articles")
    return CorpusIndex(tuple(items), "articles", "<articles>", digest.hexdigest())


# ------------------------------------------------------------------- loading
def _read_range(item: CorpusItem, max_bytes: int) -> bytes:
    assert item.path is not None
    try:
        with open(item.path, "rb") as fh:
            if item.length < 0:
                data = fh.read(max_bytes + 1)  # one byte over is enough to know it is too large
            else:
                fh.seek(item.offset)
                data = fh.read(item.length)
    except FileNotFoundError:
        raise InputError(f"{item.source}: no such file (was it removed during the run?)") from None
    except OSError as exc:
        raise InputError(f"{item.source}: cannot read ({exc.strerror})") from None
    return data


def _record_article(item: CorpusItem, record: dict[str, Any], fields: Fields) -> Article:
    if fields.text not in record:
        raise InputError(f"{item.source}: no {fields.text!r} field")
    text = record[fields.text]
    if not isinstance(text, str):
        raise InputError(f"{item.source}: {fields.text!r} is not a string (got {type(text).__name__})")
    return Article(text=text, id=item.id, title=_meta(record.get(fields.title)),
                   date=_meta(record.get(fields.date)), outlet=_meta(record.get(fields.outlet)),
                   speaker=_meta(record.get(fields.speaker)))


def _load_jsonl(item: CorpusItem, fields: Fields, max_bytes: int) -> Article:
    line = decode_text(_read_range(item, max_bytes), name=item.source, max_bytes=max_bytes)
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise InputError(f"{item.source}: not valid JSON ({exc})") from None
    if not isinstance(record, dict):
        raise InputError(f"{item.source}: not a JSON object (got {type(record).__name__})")
    return _record_article(item, record, fields)


def _load_csv(item: CorpusItem, fields: Fields, max_bytes: int) -> Article:
    chunk = decode_text(_read_range(item, max_bytes), name=item.source, max_bytes=max_bytes)
    with _csv_big_fields():
        rows = [r for r in csv.reader(io.StringIO(chunk, newline="")) if r]
    if len(rows) != 1:
        raise InputError(f"{item.source}: not one CSV record")
    return _record_article(item, dict(zip(item.header, rows[0])), fields)


def load_item(item: CorpusItem, *, fields: Fields = Fields(), max_bytes: int = MAX_BYTES) -> Article:
    """Read one corpus item as an :class:`Article`; :class:`InputError` if it cannot be."""
    if item.kind == "article":
        if item.article is None:
            raise InputError(item.problem or f"{item.source}: no article")
        return item.article
    if item.kind == "jsonl":
        return _load_jsonl(item, fields, max_bytes)
    if item.kind == "csv":
        return _load_csv(item, fields, max_bytes)
    data = _read_range(item, max_bytes)
    if not data:
        raise InputError(f"{item.source}: empty file")
    return Article(text=decode_text(data, name=item.source, max_bytes=max_bytes), id=item.id)


def read_corpus(
    source: Any,
    *,
    fields: Fields = Fields(),
    pattern: str = "*.txt",
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article]:
    """Yield the articles of a corpus in order; the first bad one raises :class:`InputError`.

    ``source`` is a folder (every ``pattern`` file, recursively), a ``.jsonl``
    or ``.csv`` file, a ``.txt`` file, a pandas DataFrame or an iterable of
    :class:`Article`.  :func:`summit_nlp.corpus.analyze_corpus` records bad
    articles and goes on instead.
    """
    for item in scan_corpus(source, fields=fields, pattern=pattern).items:
        yield load_item(item, fields=fields, max_bytes=max_bytes)
