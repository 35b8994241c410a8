"""Reading predictions and gold (JSON, JSONL, directories), pairing them, scoring a corpus."""

from __future__ import annotations

import json
import warnings
from dataclasses import asdict
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..errors import InputError, SummitNLPWarning
from .article import _article_name, _check_article, evaluate_article
from .metrics import ACCURACY_KEYS, ERROR_COLUMNS, PRF, PRF_KEYS, Accuracy, Evaluation, _flat_metrics


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        if path.suffix == ".jsonl":
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None


#: The fields that make a JSON object an article (result or gold); a manifest has none of them.
ARTICLE_KEYS = ("speakers", "quotes", "reported_speech")


def _is_article(data: Any) -> bool:
    return not isinstance(data, Mapping) or any(k in data for k in ARTICLE_KEYS)


def _keyed(items: Sequence[Any], where: str) -> dict[str, dict[str, Any]]:
    """Articles keyed by the stem of their ``article`` field; duplicates and unnamed articles refused."""
    out: dict[str, dict[str, Any]] = {}
    for i, item in enumerate(items):
        _check_article(item, f"{where}[{i}]")
        stem = _article_name(item, "")
        if not stem:
            raise InputError(f"{where}[{i}]: no 'article' field to pair it with its counterpart")
        if stem in out:
            raise InputError(f"{where}: article '{stem}' appears twice")
        out[stem] = dict(item)
    return out


def load_articles(source: Any, *, role: str = "input") -> tuple[dict[str, dict[str, Any]], bool]:
    """Articles of ``source`` keyed by stem, and whether it was a single article.

    ``source`` is an article dict, a list of them (keyed by the stem of their
    ``article`` field), or a path: a ``.json`` file (one article, keyed by the
    file stem, or a list), a ``.jsonl`` file, or a directory of ``*.json``
    files (keyed by file stem).  In a directory, JSON objects with none of
    :data:`ARTICLE_KEYS` (``manifest.json`` and the like) are skipped with a
    :class:`~summit_nlp.errors.SummitNLPWarning`.
    """
    if isinstance(source, Mapping):
        _check_article(source, role)
        return {_article_name(source, "article"): dict(source)}, True
    if isinstance(source, (list, tuple)):
        return _keyed(source, role), False
    if not isinstance(source, (str, Path)):
        raise InputError(f"{role}: expected a dict, a list of dicts or a path, got {type(source).__name__}")
    path = Path(source)
    if not str(source):
        raise InputError(f"{role}: empty path")
    if path.is_dir():
        files = sorted(p for p in path.glob("*.json") if p.is_file())
        if not files:
            raise InputError(f"{path}: no *.json files in this directory")
        loaded = {}
        for p in files:
            data = _read_json(p)
            if _is_article(data):
                loaded[p.stem] = data
            else:  # a manifest.json (report, corpus) beside the results
                warnings.warn(f"{p}: skipped, not an article (no {', '.join(ARTICLE_KEYS)} field)",
                              SummitNLPWarning, stacklevel=2)
        if not loaded:
            raise InputError(f"{path}: no article *.json files in this directory (only manifests or other JSON)")
        for stem, article in loaded.items():
            _check_article(article, str(path / f"{stem}.json"))
        return loaded, False
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    data = _read_json(path)
    if isinstance(data, list):
        return _keyed(data, str(path)), False
    _check_article(data, str(path))
    return {path.stem: data}, True


def _pairs(pred: Any, gold: Any) -> tuple[list[tuple[str, dict, dict]], tuple[str, ...], tuple[str, ...]]:
    """Pair predicted and gold articles; a single article on each side pairs whatever its name."""
    preds, pred_single = load_articles(pred, role="prediction")
    golds, gold_single = load_articles(gold, role="gold")
    if pred_single and gold_single:
        (p,), ((stem, g),) = preds.values(), golds.items()
        return [(stem, p, g)], (), ()
    common = sorted(preds.keys() & golds.keys())
    if not common:
        raise InputError(f"no article in common between prediction ({len(preds)} article(s)) and gold "
                         f"({len(golds)} article(s)): articles are paired by file stem")
    return ([(s, preds[s], golds[s]) for s in common], tuple(sorted(preds.keys() - golds.keys())),
            tuple(sorted(golds.keys() - preds.keys())))


def evaluate(pred: Any, gold: Any) -> Evaluation:
    """Score predictions against gold over a corpus (micro-averaged) and per article.

    ``pred`` and ``gold`` are each an article dict, a list of article dicts,
    or a path (see :func:`load_articles`).  Articles are paired by stem;
    stems found on one side only are listed in ``unmatched_pred`` /
    ``unmatched_gold`` and not scored.
    """
    import pandas as pd

    pairs, only_pred, only_gold = _pairs(pred, gold)
    articles = tuple(evaluate_article(p, g, name=stem) for stem, p, g in pairs)
    prf = {key: sum((a.prf[key] for a in articles if key in a.prf), PRF()) for key in PRF_KEYS}
    acc = {key: sum((a.accuracy[key] for a in articles if key in a.accuracy), Accuracy()) for key in ACCURACY_KEYS}
    metrics = {"articles": len(articles),
               **_flat_metrics(prf, acc, [r for a in articles for r in a.aliases])}
    per_article = pd.DataFrame([{"article": a.article, **a.metrics()} for a in articles])
    errors = pd.DataFrame([asdict(e) for a in articles for e in a.errors], columns=ERROR_COLUMNS)
    errors[["start", "end"]] = errors[["start", "end"]].astype("Int64")
    return Evaluation(metrics, per_article, errors, articles, only_pred, only_gold)
