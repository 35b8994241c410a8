"""The course's data: shipped articles (with gold), the outlets corpus, the annotator files.

Everything lives in ``course/data/`` inside the package and is listed, with its source and
licence, in ``data/sources.tsv``.  A course folder written by ``summit-nlp course init`` holds
a copy in ``DIR/data/``; when a notebook runs in such a folder (the current folder has
``data/sources.tsv``) that copy is read, so a student can open, and even edit, the files the
lesson works on.  Otherwise the package's own copy is read.  Nothing is ever downloaded.

An article is named by its short name (``seed``, ``andes_crossing``, …) or given as a path to
any UTF-8 ``.txt`` file; a corpus by its name (``outlets``, ``lessons``) or a ``.jsonl`` path.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..io import read_article

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "PACKAGE_DATA",
    "CourseArticle",
    "data_root",
    "article_names",
    "find_article",
    "corpus_names",
    "load_corpus",
    "load_annotations",
    "short_articles",
    "codebook_path",
    "sources",
]

PACKAGE_DATA = Path(__file__).resolve().parent / "data"
CORPORA = {"outlets": "corpus/outlets.jsonl"}  # "lessons" is built from the single articles and the short ones
CORPUS_COLUMNS = ["id", "outlet", "country", "date", "title", "text"]


def data_root() -> Path:
    """``./data`` when the current folder is a course folder (it has ``data/sources.tsv``), else the package's."""
    local = Path.cwd() / "data"
    return local if (local / "sources.tsv").is_file() else PACKAGE_DATA


def _table(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file whose ``#`` lines are comments."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [dict(row) for row in csv.DictReader(lines, delimiter="\t")]


def sources(root: Path | None = None) -> list[dict[str, str]]:
    """Every data file of the course with its source and licence (``data/sources.tsv``)."""
    return _table((root or PACKAGE_DATA) / "sources.tsv")


@dataclass(frozen=True)
class CourseArticle:
    """One article a lesson works on: its text, where it came from and (for shipped ones) its gold."""

    name: str
    path: Path
    text: str
    outlet: str | None = None
    country: str | None = None
    date: str | None = None
    title: str | None = None
    gold_path: Path | None = None

    def gold(self) -> dict[str, Any] | None:
        """The gold annotation (SPEC schema), or ``None`` when the article has none."""
        if self.gold_path is None:
            return None
        return json.loads(self.gold_path.read_text(encoding="utf-8"))


def _index(root: Path) -> dict[str, dict[str, str]]:
    return {row["name"]: row for row in _table(root / "articles" / "index.tsv")}


def article_names() -> tuple[str, ...]:
    """Short names of the shipped single articles, in the order of ``articles/index.tsv``."""
    return tuple(_index(data_root()))


def find_article(ref: str | Path) -> CourseArticle:
    """The article called ``ref`` (a shipped short name) or the ``.txt`` file at path ``ref``."""
    root = data_root()
    index = _index(root)
    name = str(ref)
    if name in index:
        row = index[name]
        path = root / "articles" / f"{name}.txt"
        gold = path.with_suffix(".json")
        return CourseArticle(name, path, read_article(path).text, row.get("outlet") or None, row.get("country") or None,
                             row.get("date") or None, row.get("title") or None, gold if gold.is_file() else None)
    path = Path(name).expanduser()
    if not path.is_file():
        raise InputError(f"there is no article called {name!r}: use one of {', '.join(index)}, "
                         f"or the path of a .txt file")
    gold = path.with_suffix(".json")
    text = read_article(path).text
    return CourseArticle(path.stem, path.resolve(), text, gold_path=gold if gold.is_file() else None)


def corpus_names() -> tuple[str, ...]:
    """Names of the shipped corpora: ``outlets`` (lesson 7) and ``lessons`` (every other article of the course)."""
    return (*CORPORA, "lessons")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                raise InputError(f"{path.name}, line {n}: not a JSON object (each line must be one article)") from None
    return rows


def _lessons_corpus(root: Path) -> list[dict[str, Any]]:
    rows = []
    for name, meta in _index(root).items():
        text = read_article(root / "articles" / f"{name}.txt").text
        rows.append({"id": name, **{k: meta.get(k) for k in ("outlet", "country", "date", "title")}, "text": text})
    for row in _read_jsonl(root / "annotation" / "short_articles.jsonl"):
        rows.append({**row, "country": row.get("country")})
    return rows


def load_corpus(ref: str | Path = "outlets") -> "pd.DataFrame":
    """A corpus as a DataFrame with columns id, outlet, country, date, title, text (one row per article)."""
    import pandas as pd

    root = data_root()
    name = str(ref)
    if name == "lessons":
        rows = _lessons_corpus(root)
    elif name in CORPORA:
        rows = _read_jsonl(root / CORPORA[name])
    else:
        path = Path(name).expanduser()
        if not path.is_file():
            raise InputError(f"there is no corpus called {name!r}: use one of {', '.join(corpus_names())}, "
                             f"or the path of a .jsonl file")
        rows = _read_jsonl(path)
    if any("text" not in r for r in rows):
        raise InputError(f"{name}: every article needs a 'text' field")
    frame = pd.DataFrame(rows)
    for column in CORPUS_COLUMNS:
        if column not in frame:
            frame[column] = None
    return frame[CORPUS_COLUMNS].reset_index(drop=True)


def load_annotations(ref: str | Path) -> "pd.DataFrame":
    """An annotator file (``annotator_a``, ``annotator_b`` or a CSV path) as a DataFrame, one row per unit.

    ``?`` (the annotator could not decide) becomes a missing value (``None``).
    """
    import pandas as pd

    name = str(ref)
    path = data_root() / "annotation" / f"{name}.csv"
    if not path.is_file():
        path = Path(name).expanduser()
        if not path.is_file():
            raise InputError(f"there is no annotator file called {name!r}: use annotator_a, annotator_b "
                             f"or the path of a .csv file")
    frame = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
    missing = {"article", "unit", "speech", "polarity"} - set(frame.columns)
    if missing:
        raise InputError(f"{path.name}: missing column(s) {', '.join(sorted(missing))}")
    frame["unit"] = frame["unit"].astype(int)
    for column in ("speech", "polarity"):
        frame[column] = frame[column].map(lambda v: None if v.strip() in ("", "?") else v.strip()).astype(object)
    return frame


def short_articles() -> "pd.DataFrame":
    """The short articles annotated in lesson 6, one row per unit (line): article, unit, text."""
    import pandas as pd

    rows = []
    for art in _read_jsonl(data_root() / "annotation" / "short_articles.jsonl"):
        for unit, line in enumerate(art["text"].splitlines(), 1):
            rows.append({"article": art["id"], "unit": unit, "text": line})
    return pd.DataFrame(rows, columns=["article", "unit", "text"])


def codebook_path() -> Path:
    """The lesson 6 codebook (Markdown)."""
    return data_root() / "annotation" / "codebook.md"
