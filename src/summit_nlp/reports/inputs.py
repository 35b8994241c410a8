"""The input files of a report: paths resolved against the cwd or the project checkout,
their SHA-256 (of a file, or of a folder's files), and predictions made now for a gold file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ..errors import InputError


# ------------------------------------------------------------------ inputs
def _roots() -> list[Path]:
    """Where relative default paths are looked up: the cwd, then the project checkout, if any."""
    roots = [Path.cwd()]
    for start in (Path.cwd(), Path(__file__).resolve().parent):
        for parent in (start, *start.parents):
            if (parent / "pyproject.toml").is_file() and (parent / "src" / "summit_nlp").is_dir():
                roots.append(parent)
                break
    return list(dict.fromkeys(roots))


def resolve_input(path: str | Path) -> Path:
    """An input path made absolute: as given, or relative to the project checkout.

    Notebook defaults such as ``seeds/000_9f4e31e1b15dc781.txt`` are relative to
    the repository, so they work from ``notebooks/`` in JupyterLab as well as
    from the repository root.
    """
    p = Path(path).expanduser()
    if p.is_absolute():
        if p.exists():
            return p
    else:
        for root in _roots():
            if (root / p).exists():
                return (root / p).resolve()
    raise InputError(f"{path}: no such file or folder")


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def input_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, or of a folder's sorted (relative name, file SHA-256) pairs."""
    if path.is_file():
        return _file_sha256(path)
    h = hashlib.sha256()
    for f in sorted(q for q in path.rglob("*") if q.is_file() and not q.name.startswith(".")):
        h.update(f"{f.relative_to(path).as_posix()}\0{_file_sha256(f)}\n".encode())
    return h.hexdigest()


def _gold_article_text(gold_file: Path, stem: str, article_field: Any) -> Path:
    """The article a gold annotation belongs to: its ``article`` path, or ``STEM.txt`` beside the gold."""
    candidates = []
    if isinstance(article_field, str) and article_field:
        candidates += [gold_file.parent / article_field, Path(article_field)]
    candidates.append((gold_file if gold_file.is_dir() else gold_file.parent) / f"{stem}.txt")
    for cand in candidates:
        try:
            return resolve_input(cand)
        except InputError:
            continue
    raise InputError(f"{gold_file}: cannot find the article text of {stem!r} (looked for {article_field or stem + '.txt'})")


def predictions_for_gold(gold_path: str | Path) -> list[dict[str, Any]]:
    """Run the extractor now on every article a gold file (or folder) annotates; SPEC dicts keyed like the gold."""
    from ..evaluate import load_articles
    from ..io import read_article
    from ..extract.pipeline import analyze_article

    gold_file = resolve_input(gold_path)
    golds, _ = load_articles(gold_file, role="gold")
    out = []
    for stem, gold in sorted(golds.items()):
        text_path = _gold_article_text(gold_file, stem, gold.get("article"))
        out.append(analyze_article(read_article(text_path)).to_dict(article=f"{stem}.txt"))
    return out
