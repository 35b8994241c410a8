""""Who toward whom": the dyads of an article (a directed graph and its evidence) and of a corpus
(a speaker × target matrix and the cooperation–conflict index of the top dyads over time).

A dyad is one speaker's acts toward one target (``summit_nlp.scoring.dyads``); it is
*cooperative* when the mean intensity of its acts is positive, *conflictual* otherwise.
Everything is deterministic: nodes are placed on a circle in order of how many acts they
take part in (ties by name), figures are rendered with :func:`~.charts.svg`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pandas as pd

from .charts import _empty, _figure, _listing, _num, _rc, heatmap, line_chart, svg
from .corpus_tables import _periods
from .render import Svg

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis

__all__ = ["COOPERATIVE", "CONFLICTUAL", "dyad_frame", "dyad_evidence", "dyad_graph", "corpus_dyads",
           "dyad_matrix", "dyad_index_over_time", "dyad_time_chart"]

#: Edge colours: the two polarities, named in every legend and alt text.
COOPERATIVE, CONFLICTUAL = "#1a9850", "#d73027"
_EVIDENCE_CHARS = 180


def _acts_frame(analysis: "Analysis") -> pd.DataFrame:
    df = analysis.acts_df() if hasattr(analysis, "acts_df") else pd.DataFrame()
    return df if not df.empty else pd.DataFrame(columns=["speaker", "target", "act", "polarity", "intensity",
                                                         "trigger", "text", "evidence", "id"])


def dyad_frame(analysis: "Analysis") -> pd.DataFrame:
    """One row per (speaker, target): acts, mean intensity, cooperative and conflictual counts,
    the polarity of the dyad and its act types (``demand ×2, criticize``)."""
    acts = _acts_frame(analysis)
    acts = acts[acts["target"].notna()]
    rows = []
    for (speaker, target), part in acts.groupby(["speaker", "target"], sort=True):
        mean = float(part["intensity"].mean())
        counts = part["act"].value_counts()
        types = ", ".join(f"{a} ×{n}" if n > 1 else str(a) for a, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        rows.append({"speaker": speaker, "target": target, "acts": len(part), "mean_intensity": round(mean, 2),
                     "cooperative": int((part["polarity"] == "cooperative").sum()),
                     "conflictual": int((part["polarity"] == "conflictual").sum()),
                     "polarity": "cooperative" if mean > 0 else "conflictual", "act_types": types})
    return pd.DataFrame(rows, columns=["speaker", "target", "acts", "mean_intensity", "cooperative", "conflictual",
                                       "polarity", "act_types"])


def dyad_evidence(analysis: "Analysis") -> pd.DataFrame:
    """The acts behind the dyads, in text order: who, toward whom, the act, its polarity, the
    trigger words and the sentence it was read from."""
    acts = _acts_frame(analysis)
    acts = acts[acts["target"].notna()]
    rows = [{"speaker": r.speaker, "target": r.target, "act": r.act, "polarity": r.polarity, "trigger": r.trigger,
             "evidence": _cut(r.text)} for r in acts.itertuples()]
    return pd.DataFrame(rows, columns=["speaker", "target", "act", "polarity", "trigger", "evidence"])


def _cut(text: Any) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _EVIDENCE_CHARS else text[:_EVIDENCE_CHARS - 1] + "…"


def _node_order(dyads: pd.DataFrame) -> list[str]:
    weight: dict[str, int] = {}
    for r in dyads.itertuples():
        weight[r.speaker] = weight.get(r.speaker, 0) + r.acts
        weight[r.target] = weight.get(r.target, 0) + r.acts
    return sorted(weight, key=lambda n: (-weight[n], n))


def _graph_alt(dyads: pd.DataFrame, title: str) -> str:
    if dyads.empty:
        return f"{title}: no act in this article names a target."
    items = [f"{r.speaker} → {r.target}: {r.polarity} ({r.act_types}; mean intensity {_num(r.mean_intensity, '+.1f')})"
             for r in dyads.itertuples()]
    return f"Directed graph, {title.lower()}: {_listing(items)}."


def dyad_graph(analysis: "Analysis") -> Svg:
    """A directed graph of the article's dyads: one arrow per speaker → target, green when
    cooperative and red when conflictual, as wide as it has acts, labelled with the act types."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    dyads = dyad_frame(analysis)
    title = "Who toward whom"
    with _rc():
        nodes = _node_order(dyads)
        fig = _figure(7.0, 5.0 if len(nodes) > 2 else 3.2)
        if dyads.empty:
            return svg(_empty(fig, title, "no act in this article names a target"), alt=_graph_alt(dyads, title))
        ax = fig.subplots()
        n = len(nodes)
        pos = {name: (math.cos(math.pi / 2 - 2 * math.pi * k / n), math.sin(math.pi / 2 - 2 * math.pi * k / n))
               for k, name in enumerate(nodes)}
        widest = max(dyads["acts"])
        for r in dyads.itertuples():
            (x0, y0), (x1, y1) = pos[r.speaker], pos[r.target]
            color = COOPERATIVE if r.polarity == "cooperative" else CONFLICTUAL
            ax.add_patch(FancyArrowPatch((x0, y0), (x1, y1), connectionstyle="arc3,rad=0.18", arrowstyle="-|>",
                                         mutation_scale=14, shrinkA=22, shrinkB=22, color=color,
                                         linewidth=1.0 + 3.0 * r.acts / widest))
            mx, my = (x0 + x1) / 2 + 0.18 * (y1 - y0) / 2, (y0 + y1) / 2 - 0.18 * (x1 - x0) / 2
            ax.text(mx, my, r.act_types, fontsize=7, color=color, ha="center", va="center",
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
        for name, (x, y) in pos.items():
            ax.text(x, y, name, ha="center", va="center", fontsize=8.5,
                    bbox={"boxstyle": "round,pad=0.3", "facecolor": "#f2f2f2", "edgecolor": "#888888"})
        ax.set_xlim(-1.45, 1.45)
        ax.set_ylim(-1.3, 1.3)
        ax.set_aspect("equal")
        ax.set_axis_off()
        ax.legend(handles=[Line2D([], [], color=COOPERATIVE, lw=2, label="cooperative"),
                           Line2D([], [], color=CONFLICTUAL, lw=2, label="conflictual")],
                  loc="lower right", fontsize=8, frameon=False)
        ax.set_title(f"{title} (arrow width: number of acts)")
        return svg(fig, alt=_graph_alt(dyads, title))


# ------------------------------------------------------------------- corpus
def corpus_dyads(result: Any, *, top: int = 12) -> pd.DataFrame:
    """The corpus ``dyads`` table (summed over articles), most acts first (then by name), at most ``top``."""
    df = result.dyads if hasattr(result, "dyads") else pd.DataFrame()
    if df.empty:
        return pd.DataFrame(columns=["speaker", "target", "n_acts", "mean_intensity", "cooperative", "conflictual",
                                     "n_articles"])
    df = df.sort_values(["n_acts", "speaker", "target"], ascending=[False, True, True], kind="stable")
    cols = ["speaker", "target", "n_acts", "mean_intensity", "cooperative", "conflictual", "n_articles"]
    return df[cols].head(top).reset_index(drop=True)


def dyad_matrix(result: Any, *, top: int = 12) -> Svg:
    """Speakers × targets of the corpus's most active dyads, coloured by mean intensity from
    conflictual (red) to cooperative (green), each cell with its number of acts."""
    dyads = corpus_dyads(result, top=top)
    title = "Dyads across the corpus (mean intensity: conflictual < 0 < cooperative)"
    if dyads.empty:
        fig = heatmap(pd.DataFrame(), title=title, empty="no act names a target (yet)")
        return svg(fig, alt=f"{title}: no dyads.")
    values = dyads.pivot(index="speaker", columns="target", values="mean_intensity").sort_index().sort_index(axis=1)
    counts = dyads.pivot(index="speaker", columns="target", values="n_acts").reindex_like(values)
    labels = counts.apply(lambda col: col.map(lambda v: "" if pd.isna(v) else f"{int(v)} acts"))
    alt = "Heatmap, " + title + ": " + _listing(
        f"{r.speaker} → {r.target} {_num(r.mean_intensity, '+.1f')} over {r.n_acts} acts" for r in dyads.itertuples())
    fig = heatmap(values, title=title, annotations=labels, vmin=-6.0, vmax=6.0, colorbar="mean intensity")
    return svg(fig, alt=alt + ".")


def dyad_index_over_time(result: Any, *, top: int = 5) -> pd.DataFrame:
    """The cooperation–conflict index (mean act intensity) of the ``top`` dyads per period of the
    articles' dates: rows (period, dyad, index, acts)."""
    acts = result.acts if hasattr(result, "acts") else pd.DataFrame()
    columns = ["period", "dyad", "index", "acts"]
    if acts.empty or "date" not in result.articles.columns:
        return pd.DataFrame(columns=columns)
    acts = acts[acts["target"].notna()]
    keep = {(r.speaker, r.target) for r in corpus_dyads(result, top=top).itertuples()}
    acts = acts[[(s, t) in keep for s, t in zip(acts["speaker"], acts["target"])]]
    dates = result.articles.set_index("article_id")["date"]
    acts = acts.assign(period=_periods(acts["article_id"].map(dates)), dyad=acts["speaker"] + " → " + acts["target"])
    acts = acts.dropna(subset=["period"])
    if acts.empty:
        return pd.DataFrame(columns=columns)
    out = acts.groupby(["period", "dyad"], sort=True)["intensity"].agg(["mean", "size"]).reset_index()
    return out.rename(columns={"mean": "index", "size": "acts"})[columns]


def dyad_time_chart(result: Any, *, top: int = 5) -> Svg:
    """Lines of the cooperation–conflict index of the top dyads over time (by article date)."""
    df = dyad_index_over_time(result, top=top)
    title = "Cooperation–conflict index of the top dyads over time"
    fig = line_chart(df, x="period", y="index", group="dyad", title=title,
                     ylabel="mean intensity (conflictual < 0 < cooperative)", empty="no dated acts with a target (yet)")
    if df.empty:
        return svg(fig, alt=f"{title}: no dated acts with a target.")
    alt = "Line chart, " + title + ": " + _listing(
        f"{r.dyad} {r.period} {_num(r.index, '+.1f')}" for r in df.itertuples())
    return svg(fig, alt=alt + ".")
