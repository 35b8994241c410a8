"""Files in and out: reading articles with one clear error for every kind of bad file, and
writing results atomically (a temp file beside the target, then a rename)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import Article

__all__ = ["MAX_BYTES", "NOT_ARTICLES", "read_article", "decode_text", "iter_text_paths", "write_text_atomic", "write_json_atomic"]

#: Largest article accepted, in bytes.  Far above any news article; it keeps a
#: stray log file or database dump from tying up a batch.
MAX_BYTES = 20_000_000

#: Files that hold many articles, results or tables rather than one article's text: reading one
#: as an article would analyse its markup, so :func:`read_article` refuses them and says what to use.
NOT_ARTICLES = {
    ".csv": "a CSV file holds a corpus (one article per row)",
    ".tsv": "a TSV file holds a corpus (one article per row)",
    ".jsonl": "a JSONL file holds a corpus (one article per line)",
    ".ndjson": "a JSONL file holds a corpus (one article per line)",
    ".parquet": "a Parquet file holds a table",
    ".json": "a JSON file holds results or annotations",
}


def decode_text(data: bytes, *, name: str = "<input>", max_bytes: int = MAX_BYTES) -> str:
    """Decode an article's bytes as UTF-8, refusing binary and oversized input."""
    if len(data) > max_bytes:
        raise InputError(f"{name}: too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: not a text file (binary content)")
    try:
        text = data.decode("utf-8")  # a BOM stays in the text: offsets are into the file as decoded
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") from None
    return text


def read_article(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read one ``.txt`` article; its id is the file stem.

    Raises :class:`InputError` for a missing path, a directory, a corpus, table or
    JSON file (:data:`NOT_ARTICLES`, with a pointer to the right command), an empty
    or blank file, binary content, invalid UTF-8 or a file over ``max_bytes``.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not an article file")
    why = NOT_ARTICLES.get(p.suffix.lower())
    if why is not None:
        hint = ("score it with 'summit-nlp evaluate'" if p.suffix.lower() == ".json"
                else f"analyse it with 'summit-nlp corpus {p} --out DIR' (summit_nlp.corpus.analyze_corpus)")
        raise InputError(f"{p}: {why}, not one article's text; {hint}")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    text = decode_text(data, name=str(p), max_bytes=max_bytes)
    if not text.strip():
        raise InputError(f"{p}: empty file (no text to analyse)")
    return Article(text=text, id=p.stem)


def iter_text_paths(paths: list[str | Path], *, pattern: str = "*.txt") -> list[Path]:
    """Expand arguments: a file stays itself, a directory means every ``*.txt`` in it (sorted)."""
    out: list[Path] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            out.extend(sorted(q for q in p.glob(pattern) if q.is_file()))
        else:
            out.append(p)
    return out



def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` so that readers see the old file or the whole new one, never half."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes owner-only files; give the usual mode
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_json_atomic(path: str | Path, data: Any) -> Path:
    return write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
