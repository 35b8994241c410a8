"""The DataFrames of the article report: headline facts, quotes, reported speech, speakers,
sentiment and tone scores, stances and who addresses whom.

Functions that read scores (sentiment, tone, stances) accept an
:class:`~summit_nlp.analysis.Analysis` whether or not the scoring layer has
filled them in; with nothing to show, the frame is empty.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Mapping

import pandas as pd

from .._display import speaker_counts
from .render import UNKNOWN

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis

_STANCE_VALUE = {"favor": 1.0, "neutral": 0.0, "against": -1.0}


# ------------------------------------------------------------------- frames
def headline_facts(analysis: "Analysis") -> pd.DataFrame:
    """The article at a glance: counts of speakers, quotes by kind, reported speech and stances.

    "most quoted" counts quotes only, like the legend of the highlighted article
    ("11 quotes, 1 reported"); speakers are counted as in ``to_dict()["speakers"]``.
    """
    quotes = analysis.quotes
    counts = speaker_counts([e.name for e in analysis.entities], [(s.speaker, s.kind) for s in analysis.statements])
    speaking = [c for c in counts if c.statements and c.name != UNKNOWN]
    quoted = sorted((c for c in speaking if c.quotes), key=lambda c: (-c.quotes, c.name))
    top = ", ".join(f"{c.name} ({c.quotes} quote{'s' if c.quotes != 1 else ''})" for c in quoted[:3])
    rows = [
        ("speakers (entities)", len(analysis.entities)),
        ("speakers with statements", len(speaking)),
        ("quotes", len(quotes)),
        ("direct quotes", sum(q.kind == "direct" for q in quotes)),
        ("partial quotes", sum(q.kind == "partial" for q in quotes)),
        ("reported speech", len(analysis.reported)),
        ("unattributed statements", sum(s.speaker is None for s in analysis.statements)),
        ("stances", len(analysis.stances)),
        ("most quoted", top or "—"),
    ]
    return pd.DataFrame(rows, columns=["fact", "value"]).astype({"value": "string"})


# ------------------------------------------------------------------- tables
def _join(value: Any) -> Any:
    return ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else value


def quotes_table(analysis: "Analysis") -> pd.DataFrame:
    """One row per quote: id, speaker, kind, cue, addressee, sentiment, text."""
    df = analysis.quotes_df()
    return _with_scores(df, analysis)[["id", "speaker", "kind", "cue", "addressee", "sentiment", "text"]]


def reported_table(analysis: "Analysis") -> pd.DataFrame:
    """One row per piece of reported speech: id, speaker, cue, addressee, sentiment, text."""
    df = analysis.reported_df()
    return _with_scores(df, analysis)[["id", "speaker", "cue", "addressee", "sentiment", "text"]]


def speakers_table(analysis: "Analysis") -> pd.DataFrame:
    """One row per speaker: name, kind, aliases (joined), quote and reported counts; busiest first."""
    df = analysis.speakers_df()
    df = df.assign(aliases=df["aliases"].map(_join))
    df = df.sort_values(["n_quotes", "n_reported", "speaker"], ascending=[False, False, True], kind="stable")
    return df[["speaker", "kind", "n_quotes", "n_reported", "aliases"]].reset_index(drop=True)


# ------------------------------------------------------------------- scores
def _number(value: Any) -> float | None:
    """A sentiment score as a float: numbers as is, dicts by their compound/score/value entry."""
    if isinstance(value, Mapping):
        for key in ("compound", "score", "value", "polarity"):
            if key in value:
                return _number(value[key])
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not math.isnan(value):
        return float(value)
    return None


def _tone(value: Any) -> dict[str, float]:
    """A statement's tone as ``{dimension: score}``.

    The scoring layer gives ``{dimension: {"score": x, "evidence": [...]}}`` (or
    plain numbers); a bare label counts as ``{label: 1.0}``.
    """
    if isinstance(value, str) and value:
        return {value: 1.0}
    if not isinstance(value, Mapping):
        return {}
    scores = {str(k): _number(v) for k, v in value.items()}
    return {k: v for k, v in sorted(scores.items()) if v is not None}


def score_frame(analysis: "Analysis") -> pd.DataFrame:
    """Per statement: id, speaker, type, sentiment (float or NaN) and tone (``{dimension: score}``, maybe empty).

    Reads the ``sentiment`` and ``tone`` fields the scoring layer adds to each
    statement of ``Analysis.to_dict()``; both are missing until it does.
    """
    data = analysis.to_dict()
    rows = []
    for key, typ in (("quotes", "quote"), ("reported_speech", "reported")):
        for item in data.get(key, []):
            rows.append({
                "id": item["id"],
                "speaker": item.get("speaker") or UNKNOWN,
                "type": typ,
                "sentiment": _number(item.get("sentiment")),
                "tone": _tone(item.get("tone")),
            })
    df = pd.DataFrame(rows, columns=["id", "speaker", "type", "sentiment", "tone"])
    return df.astype({"sentiment": "float64"})


def _with_scores(df: pd.DataFrame, analysis: "Analysis") -> pd.DataFrame:
    scores = score_frame(analysis)[["id", "sentiment"]]
    return df.merge(scores, on="id", how="left") if not df.empty else df.assign(sentiment=pd.Series(dtype="float64"))


def sentiment_by_speaker(analysis: "Analysis") -> pd.DataFrame:
    """Mean sentiment and number of scored statements per speaker, sorted by name."""
    df = score_frame(analysis).dropna(subset=["sentiment"])
    out = df.groupby("speaker", sort=True)["sentiment"].agg(["mean", "count"]).reset_index()
    return out.rename(columns={"mean": "sentiment", "count": "n"})


def tone_by_speaker(analysis: "Analysis") -> pd.DataFrame:
    """Mean score of each tone dimension per speaker (speakers × dimensions, both sorted; empty without tone)."""
    df = score_frame(analysis)
    rows = [{"speaker": sp, **tone} for sp, tone in zip(df["speaker"], df["tone"]) if tone]
    if not rows:
        return pd.DataFrame()
    return pd.DataFrame(rows).groupby("speaker", sort=True).mean().fillna(0.0).sort_index(axis=1)


def stances_frame(analysis: "Analysis") -> pd.DataFrame:
    """The stance triples: speaker, target, stance, hedged, evidence (sorted by speaker and target)."""
    rows = [s.to_dict() if hasattr(s, "to_dict") else dict(s) for s in analysis.stances]
    df = pd.DataFrame(rows, columns=["speaker", "target", "stance", "hedged", "evidence"])
    df = df.assign(hedged=df["hedged"].fillna(False).astype(bool), evidence=df["evidence"].map(_join))
    return df.sort_values(["speaker", "target", "stance"], kind="stable").reset_index(drop=True)


def stance_matrix(stances: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Speakers × targets: the mean stance value (favor +1, neutral 0, against −1) and a hedged flag."""
    if stances.empty:
        return pd.DataFrame(), pd.DataFrame()
    df = stances.assign(value=stances["stance"].map(_STANCE_VALUE))
    values = df.pivot_table(index="speaker", columns="target", values="value", aggfunc="mean").sort_index().sort_index(axis=1)
    hedged = df.pivot_table(index="speaker", columns="target", values="hedged", aggfunc="any")
    return values, hedged.reindex_like(values).fillna(False).astype(bool)


def address_table(analysis: "Analysis") -> pd.DataFrame:
    """Who addresses whom: one row per (speaker, addressee) pair with the number of statements."""
    pairs = [(s.speaker or UNKNOWN, s.addressee) for s in analysis.statements if s.addressee]
    df = pd.DataFrame(pairs, columns=["speaker", "addressee"])
    out = df.value_counts().rename("statements").reset_index()
    return out.sort_values(["statements", "speaker", "addressee"], ascending=[False, True, True], kind="stable").reset_index(drop=True)
