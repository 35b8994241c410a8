"""The DataFrames of the evaluation report: detection metrics, accuracies, the per-article
breakdown and the errors by type."""

from __future__ import annotations

from typing import Any, Mapping

import pandas as pd

# --------------------------------------------------------------- evaluation
_PRF_LABELS = {
    "quote_overlap": "quotes (overlap ≥ 0.5)", "quote_exact": "quotes (exact)", "quote_direct": "direct quotes",
    "quote_partial": "partial quotes", "quote_direct_exact": "direct quotes (exact)",
    "quote_partial_exact": "partial quotes (exact)", "e2e_attribution": "end-to-end attribution",
    "reported": "reported speech", "stance": "stances (full triple)", "stance_pair": "stance pairs",
}


def metrics_table(metrics: Mapping[str, Any]) -> pd.DataFrame:
    """Detection metrics as a table: one row per task with precision, recall, F1, TP, FP, FN."""
    from ..evaluate import PRF_KEYS, prf_metric_name

    rows = []
    for key in PRF_KEYS:
        row = {"task": _PRF_LABELS.get(key, key)}
        for measure in ("precision", "recall", "f1", "tp", "fp", "fn"):
            row[measure] = metrics.get(prf_metric_name(key, measure))
        rows.append(row)
    return pd.DataFrame(rows).round({"precision": 3, "recall": 3, "f1": 3})


def accuracy_table(metrics: Mapping[str, Any]) -> pd.DataFrame:
    """Accuracies over matched items (attribution, kind, cue, addressee, …) and alias recall."""
    from ..evaluate import ACCURACY_KEYS

    rows = [{"measure": key.replace("_", " "), "accuracy": metrics.get(f"{key}_accuracy"),
             "correct": metrics.get(f"{key}_correct"), "total": metrics.get(f"{key}_total")} for key in ACCURACY_KEYS]
    rows.append({"measure": "speaker aliases (recall)", "accuracy": metrics.get("alias_recall"),
                 "correct": metrics.get("alias_found"), "total": metrics.get("alias_total")})
    return pd.DataFrame(rows).round({"accuracy": 3})


#: Columns of the per-article breakdown, in order.
PER_ARTICLE_COLUMNS = ("article", "quote_f1_overlap", "quote_f1_exact", "e2e_attribution_f1", "attribution_accuracy",
                       "reported_f1", "stance_f1", "alias_recall")


def per_article_table(per_article: pd.DataFrame) -> pd.DataFrame:
    """The headline metrics of each article, worst end-to-end attribution F1 first."""
    if per_article.empty:
        return per_article
    cols = [c for c in PER_ARTICLE_COLUMNS if c in per_article.columns]
    df = per_article[cols].copy()
    sort = [c for c in ("e2e_attribution_f1", "article") if c in df.columns]
    return df.sort_values(sort, na_position="first", kind="stable").round(3).reset_index(drop=True)


def error_counts(errors: pd.DataFrame) -> pd.DataFrame:
    """How many errors of each type (missed, spurious, wrong_speaker, …) per item type."""
    if errors.empty:
        return pd.DataFrame()
    return pd.crosstab(errors["item"], errors["error"]).sort_index().sort_index(axis=1)


#: Error types listed in sections of their own; the rest are "other disagreements".
MAIN_ERRORS = ("missed", "spurious", "wrong_speaker")


def errors_of(errors: pd.DataFrame, error: str | None = None) -> pd.DataFrame:
    """The errors of one type (``None``: every type but :data:`MAIN_ERRORS`), in article and text order."""
    if not errors.empty:
        errors = errors[errors["error"] == error] if error else errors[~errors["error"].isin(MAIN_ERRORS)]
    df = errors.sort_values(["article", "start", "end", "item", "error"], na_position="last", kind="stable")
    return df[["article", "item", "error", "start", "end", "text", "gold", "predicted"]].reset_index(drop=True)
