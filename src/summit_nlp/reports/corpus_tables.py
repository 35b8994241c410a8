"""The DataFrames of the corpus report: statements and scores across articles, quote counts
per speaker, tone over time and by outlet, frequent stances, two speakers side by side and
the corpus at a glance.

They read a corpus result (its ``articles``, ``quotes``, ``reported_speech``, ``tone``,
``stances`` and ``errors`` tables); score columns appear only once the scoring layer adds them.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .render import UNKNOWN

# ------------------------------------------------------------------- corpus
#: Numeric columns of the corpus tables that are bookkeeping, not scores.
_NOT_SCORES = frozenset({"start", "end", "mention_start", "cue_start", "n_chars", "n_sentences", "n_quotes",
                         "n_reported", "n_speakers", "n_stances", "hedged"})
_SENTIMENT_COLUMNS = ("sentiment", "compound", "sentiment_compound")


def corpus_statements(result: Any) -> pd.DataFrame:
    """Quotes and reported speech of a corpus with a ``type`` column and the article's date and outlet."""
    parts = [df.assign(type=typ) for df, typ in ((result.quotes, "quote"), (result.reported_speech, "reported"))
             if not df.empty]
    articles = result.articles[["article_id", "date", "outlet"]]
    if not parts:
        return pd.DataFrame(columns=["article_id", "id", "speaker", "kind", "type", "date", "outlet"])
    df = pd.concat(parts, ignore_index=True).merge(articles, on="article_id", how="left")
    return df.assign(speaker=df["speaker"].fillna(UNKNOWN))


def speaker_quote_counts(result: Any, *, top: int = 15) -> pd.DataFrame:
    """Per speaker: direct quotes, partial quotes, reported speech and articles; the ``top`` busiest."""
    df = corpus_statements(result)
    if df.empty:
        return pd.DataFrame(columns=["direct", "partial", "reported", "articles"])
    kinds = df.assign(col=df["kind"].where(df["type"] == "quote", "reported"))
    counts = pd.crosstab(kinds["speaker"], kinds["col"]).reindex(columns=["direct", "partial", "reported"], fill_value=0)
    counts["articles"] = df.groupby("speaker")["article_id"].nunique()
    total = counts[["direct", "partial", "reported"]].sum(axis=1)
    order = sorted(counts.index, key=lambda n: (n == UNKNOWN, -total[n], n))
    return counts.loc[order].head(top).rename_axis(index="speaker", columns=None)


def _score_columns(df: pd.DataFrame) -> list[str]:
    return sorted(c for c in df.columns if c not in _NOT_SCORES and pd.api.types.is_numeric_dtype(df[c])
                  and not pd.api.types.is_bool_dtype(df[c]))


def corpus_scores(result: Any) -> pd.DataFrame:
    """One row per scored statement: article_id, speaker, date, outlet and every numeric tone/sentiment score.

    Reads numeric columns of the ``tone`` table (one per tone dimension) and
    a sentiment column of the statement tables when the scoring layer adds
    them; with none of these the frame has no score columns.
    """
    meta = ["article_id", "id", "speaker"]
    stmts = corpus_statements(result)
    frames = []
    tone = _wide_tone(result.tone)
    if not tone.empty and _score_columns(tone):
        frames.append(tone[[c for c in meta if c in tone.columns] + _score_columns(tone)])
    sent = [c for c in _SENTIMENT_COLUMNS if c in stmts.columns and pd.api.types.is_numeric_dtype(stmts[c])]
    if sent and not stmts.empty:
        frames.append(stmts[meta + sent[:1]].rename(columns={sent[0]: "sentiment"}))
    if not frames:
        return pd.DataFrame(columns=meta + ["date", "outlet"])
    df = frames[0]
    for other in frames[1:]:
        df = df.merge(other, on=[c for c in meta if c in df.columns and c in other.columns], how="outer")
    df = df.merge(result.articles[["article_id", "date", "outlet"]], on="article_id", how="left")
    return df.assign(speaker=df["speaker"].fillna(UNKNOWN) if "speaker" in df.columns else UNKNOWN)


def _wide_tone(tone: pd.DataFrame) -> pd.DataFrame:
    """The tone table with one column per dimension: long rows (``dimension``, ``score``) are pivoted."""
    if tone.empty or not {"dimension", "score"} <= set(tone.columns):
        return tone
    keys = [c for c in ("article_id", "id", "speaker") if c in tone.columns]
    wide = tone.assign(speaker=tone["speaker"].fillna(UNKNOWN)).pivot_table(
        index=keys, columns="dimension", values="score", aggfunc="mean")
    return wide.reset_index().rename_axis(columns=None)


def _periods(dates: pd.Series) -> pd.Series:
    """Dates as sortable period labels: days for a short span, months for a longer one."""
    parsed = pd.to_datetime(dates, errors="coerce", utc=True)
    if parsed.notna().sum() == 0:
        return pd.Series([None] * len(dates), index=dates.index, dtype="object")
    span = parsed.max() - parsed.min()
    fmt = "%Y-%m-%d" if span <= pd.Timedelta(days=62) else "%Y-%m"
    return parsed.dt.strftime(fmt).where(parsed.notna(), None)


def tone_over_time(result: Any) -> pd.DataFrame:
    """Mean of each score per period (day or month) of the articles' dates, as long rows (period, score, value)."""
    df = corpus_scores(result)
    scores = _score_columns(df)
    if df.empty or not scores:
        return pd.DataFrame(columns=["period", "score", "value"])
    df = df.assign(period=_periods(df["date"])).dropna(subset=["period"])
    long = df.melt(id_vars=["period"], value_vars=scores, var_name="score", value_name="value").dropna(subset=["value"])
    return long.groupby(["period", "score"], sort=True)["value"].mean().reset_index()


def tone_by_outlet(result: Any) -> pd.DataFrame:
    """Mean of each score per outlet (outlets × scores, sorted)."""
    df = corpus_scores(result)
    scores = _score_columns(df)
    if df.empty or not scores or df["outlet"].dropna().empty:
        return pd.DataFrame()
    return df.dropna(subset=["outlet"]).groupby("outlet", sort=True)[scores].mean().sort_index(axis=1)


def top_stances(result: Any, *, top: int = 20) -> pd.DataFrame:
    """The most frequent (speaker, target, stance) triples: articles, and how many were hedged."""
    df = result.stances
    if df.empty:
        return pd.DataFrame(columns=["speaker", "target", "stance", "count", "hedged", "articles"])
    df = df.assign(hedged=df["hedged"].fillna(False).astype(bool))
    out = df.groupby(["speaker", "target", "stance"], sort=True).agg(
        count=("article_id", "size"), hedged=("hedged", "sum"), articles=("article_id", "nunique")).reset_index()
    return out.sort_values(["count", "speaker", "target", "stance"], ascending=[False, True, True, True],
                           kind="stable").head(top).reset_index(drop=True)


def pick_speakers(result: Any, speaker_a: str = "", speaker_b: str = "") -> tuple[str, str]:
    """The two speakers to compare: those given, else the most quoted ones (in order)."""
    ranked = [n for n in speaker_quote_counts(result, top=10_000).index if n != UNKNOWN]
    chosen = [s for s in (speaker_a, speaker_b) if s]
    for name in ranked:
        if len(chosen) >= 2:
            break
        if name not in chosen:
            chosen.append(name)
    chosen += [""] * (2 - len(chosen))
    return chosen[0], chosen[1]


def compare_speakers(result: Any, speaker_a: str, speaker_b: str) -> pd.DataFrame:
    """Two speakers side by side: statements by kind, articles, addressees, mean scores, stances."""
    stmts = corpus_statements(result)
    scores = corpus_scores(result)
    score_cols = _score_columns(scores)
    stances = result.stances
    table: dict[str, dict[str, Any]] = {}
    for name in (speaker_a, speaker_b):
        mine = stmts[stmts["speaker"] == name] if not stmts.empty else stmts
        col: dict[str, Any] = {
            "articles": int(mine["article_id"].nunique()) if not mine.empty else 0,
            "direct quotes": int(((mine.get("type") == "quote") & (mine.get("kind") == "direct")).sum()) if not mine.empty else 0,
            "partial quotes": int(((mine.get("type") == "quote") & (mine.get("kind") == "partial")).sum()) if not mine.empty else 0,
            "reported speech": int((mine.get("type") == "reported").sum()) if not mine.empty else 0,
            "addresses": ", ".join(sorted(mine["addressee"].dropna().unique())) if "addressee" in mine else "",
        }
        own_scores = scores[scores["speaker"] == name] if not scores.empty else scores
        for c in score_cols:
            col[f"mean {c}"] = round(float(own_scores[c].mean()), 3) if own_scores[c].notna().any() else None
        own_stances = stances[stances["speaker"] == name] if not stances.empty else stances
        col["stances"] = "; ".join(f"{s} {t}" for s, t in sorted(zip(own_stances.get("stance", []), own_stances.get("target", []))))
        table[name or "(none)"] = col
    return pd.DataFrame(table).rename_axis("measure")


def corpus_overview(result: Any) -> pd.DataFrame:
    """The corpus at a glance: articles, date range, outlets, statements, speakers, stances, unreadable articles."""
    arts = result.articles
    dates = pd.to_datetime(arts["date"], errors="coerce", utc=True) if not arts.empty else pd.Series(dtype="datetime64[ns, UTC]")
    span = f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if dates.notna().any() else "no dates"
    outlets = sorted(arts["outlet"].dropna().astype(str).unique()) if not arts.empty else []
    stmts = corpus_statements(result)
    rows = [
        ("articles analysed", len(arts)),
        ("articles that could not be read", len(result.errors)),
        ("dates", span),
        ("outlets", ", ".join(outlets[:8]) + (f" and {len(outlets) - 8} more" if len(outlets) > 8 else "") or "none given"),
        ("quotes", len(result.quotes)),
        ("reported speech", len(result.reported_speech)),
        ("distinct speakers", stmts["speaker"].nunique() if not stmts.empty else 0),
        ("stances", len(result.stances)),
    ]
    return pd.DataFrame(rows, columns=["fact", "value"]).astype({"value": "string"})
