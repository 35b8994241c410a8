"""Deterministic matplotlib charts for the reports, rendered to inline SVG.

The generic charts (bar, stacked bar, panels of bars, lines, heatmap) return a
``Figure``; the one-call charts of the article, evaluation and corpus reports
return it rendered by :func:`svg`, which is byte-stable: a fixed ``svg.hashsalt``,
glyphs as paths and no embedded date.  With nothing to show, a chart says "no data yet".
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING, Any, Iterable, Mapping

import pandas as pd

from .article_tables import sentiment_by_speaker, stance_matrix, stances_frame, tone_by_speaker
from .corpus_tables import speaker_quote_counts, tone_by_outlet, tone_over_time
from .evaluation_tables import metrics_table
from .highlight import _analysis_colors, speaker_colors
from .render import PALETTE, UNKNOWN_COLOR, Svg

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from ..analysis import Analysis

#: matplotlib settings that make SVG output byte-stable.
_SVG_RC = {"svg.hashsalt": "summit_nlp", "svg.fonttype": "path", "font.family": "DejaVu Sans", "font.size": 9}


# ------------------------------------------------------------------ figures
def _figure(width: float, height: float) -> "Figure":
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _empty(fig: "Figure", title: str, message: str) -> "Figure":
    ax = fig.subplots()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", color="#777777", transform=ax.transAxes)
    return fig


def bar_chart(values: pd.Series, *, title: str, xlabel: str = "", colors: Mapping[str, str] | None = None,
              empty: str = "no data yet", limits: tuple[float, float] | None = None) -> "Figure":
    """Horizontal bars, one per index label (top to bottom in the series' order)."""
    with _rc():
        fig = _figure(6.5, 0.6 + 0.35 * max(len(values), 2))
        if values.empty:
            return _empty(fig, title, empty)
        ax = fig.subplots()
        labels = [str(i) for i in values.index]
        palette = colors or speaker_colors(labels)
        ax.barh(range(len(values)), values.to_numpy(dtype=float), color=[palette.get(n, UNKNOWN_COLOR) for n in labels])
        ax.set_yticks(range(len(values)), labels)
        ax.invert_yaxis()
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        if limits is not None:
            ax.set_xlim(*limits)
            ax.axvline(0, color="#444444", linewidth=0.8)
        return fig


def stacked_bar_chart(counts: pd.DataFrame, *, title: str, xlabel: str = "", empty: str = "no data yet") -> "Figure":
    """Horizontal stacked bars: rows are bars, columns the stacked categories (coloured by name)."""
    with _rc():
        fig = _figure(6.5, 0.9 + 0.35 * max(len(counts), 2))
        if counts.empty:
            return _empty(fig, title, empty)
        ax = fig.subplots()
        palette = speaker_colors(map(str, counts.columns))
        left = [0.0] * len(counts)
        for col in counts.columns:
            vals = counts[col].to_numpy(dtype=float)
            ax.barh(range(len(counts)), vals, left=left, label=str(col), color=palette[str(col)])
            left = [a + b for a, b in zip(left, vals)]
        ax.set_yticks(range(len(counts)), [str(i) for i in counts.index])
        ax.invert_yaxis()
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        ax.legend(loc="lower right", fontsize=8, frameon=False)
        return fig


def panel_bar_chart(values: pd.DataFrame, *, title: str, colors: Mapping[str, str] | None = None,
                    empty: str = "no data yet", columns: int = 3) -> "Figure":
    """Small multiples: one panel of horizontal bars per column of ``values``, one bar per row label."""
    with _rc():
        n = max(values.shape[1], 1)
        rows = math.ceil(n / columns)
        fig = _figure(8.0, 0.8 + rows * (0.5 + 0.3 * max(len(values), 2)))
        if values.empty:
            return _empty(fig, title, empty)
        labels = [str(i) for i in values.index]
        palette = colors or speaker_colors(labels)
        axes = fig.subplots(rows, min(columns, n), squeeze=False, sharey=True)
        for k, ax in enumerate(axes.flat):
            if k >= n:
                ax.set_axis_off()
                continue
            col = values.columns[k]
            ax.barh(range(len(values)), values[col].to_numpy(dtype=float),
                    color=[palette.get(name, UNKNOWN_COLOR) for name in labels])
            ax.set_yticks(range(len(values)), labels)
            ax.axvline(0, color="#444444", linewidth=0.8)
            ax.set_title(str(col), fontsize=9)
        axes[0][0].invert_yaxis()
        fig.suptitle(title)
        return fig


def line_chart(df: pd.DataFrame, *, x: str, y: str, group: str, title: str, ylabel: str = "",
               empty: str = "no data yet") -> "Figure":
    """One line per ``group`` value of ``y`` against ``x`` (sorted), coloured like the speaker/outlet."""
    with _rc():
        fig = _figure(7.0, 3.2)
        if df.empty:
            return _empty(fig, title, empty)
        ax = fig.subplots()
        palette = speaker_colors(map(str, df[group].unique()))
        for name, part in sorted(df.groupby(group), key=lambda kv: str(kv[0])):
            part = part.sort_values(x)
            ax.plot(part[x].astype(str), part[y], marker="o", label=str(name), color=palette[str(name)])
        ax.set_title(title)
        ax.set_ylabel(ylabel)
        ax.tick_params(axis="x", labelrotation=45)
        ax.legend(fontsize=8, frameon=False)
        return fig


def heatmap(values: pd.DataFrame, *, title: str, annotations: pd.DataFrame | None = None,
            vmin: float = -1.0, vmax: float = 1.0, cmap: str = "RdYlGn", colorbar: str = "",
            empty: str = "no data yet") -> "Figure":
    """A labelled heatmap of ``values`` (NaN cells left blank), with optional text in each cell."""
    with _rc():
        fig = _figure(1.8 + 1.1 * max(values.shape[1], 2), 1.2 + 0.45 * max(values.shape[0], 2))
        if values.empty:
            return _empty(fig, title, empty)
        ax = fig.subplots()
        image = ax.imshow(values.to_numpy(dtype=float), cmap=cmap, vmin=vmin, vmax=vmax, aspect="auto")
        ax.set_xticks(range(values.shape[1]), [_wrap(str(c)) for c in values.columns], rotation=30, ha="right")
        ax.set_yticks(range(values.shape[0]), [str(i) for i in values.index])
        if annotations is not None:
            for (i, j), text in _cells(annotations):
                ax.text(j, i, text, ha="center", va="center", fontsize=8)
        ax.set_title(title)
        fig.colorbar(image, ax=ax, label=colorbar, shrink=0.8)
        return fig


def stance_heatmap(stances: pd.DataFrame) -> "Figure":
    """Speakers × targets coloured favor (green) to against (red); hedged cells marked "hedged"."""
    values, hedged = stance_matrix(stances)
    labels = None
    if not values.empty:
        word = {1.0: "favor", 0.0: "neutral", -1.0: "against"}
        labels = values.apply(lambda col: col.map(lambda v: "" if pd.isna(v) else word.get(v, f"{v:+.1f}")))
        labels = labels.where(~hedged, labels + "\n(hedged)")
    return heatmap(values, title="Stances (favor +1, against −1)", annotations=labels, colorbar="stance",
                   empty="no stances found (yet)")


def _cells(df: pd.DataFrame) -> Iterable[tuple[tuple[int, int], str]]:
    for i in range(df.shape[0]):
        for j in range(df.shape[1]):
            value = df.iat[i, j]
            if isinstance(value, str) and value:
                yield (i, j), value


def _wrap(label: str, width: int = 18) -> str:
    words, lines, line = label.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join(lines + [line])


def _rc():
    import matplotlib

    return matplotlib.rc_context(_SVG_RC)


def svg(fig: "Figure") -> Svg:
    """Render a figure as byte-stable SVG (fixed hash salt, no date, glyphs as paths)."""
    buf = io.StringIO()
    with _rc():
        fig.savefig(buf, format="svg", metadata={"Date": None})
    text = buf.getvalue()
    return Svg(text[text.index("<svg"):])  # drop the XML prolog and doctype: the SVG goes inline into HTML


# -------------------------------------------------- one-call report sections
def sentiment_chart(analysis: "Analysis") -> Svg:
    """Mean sentiment per speaker, −1 (negative) to +1 (positive), in each speaker's colour."""
    df = sentiment_by_speaker(analysis)
    values = df.set_index("speaker")["sentiment"] if not df.empty else pd.Series(dtype="float64")
    return svg(bar_chart(values, title="Mean sentiment of each speaker's statements", xlabel="sentiment",
                         colors=_analysis_colors(analysis), limits=(-1.0, 1.0),
                         empty="no sentiment scores yet"))


def tone_chart(analysis: "Analysis") -> Svg:
    """Each speaker's mean score on every tone dimension, one panel per dimension."""
    return svg(panel_bar_chart(tone_by_speaker(analysis), title="Tone of each speaker's statements (mean per dimension)",
                               colors=_analysis_colors(analysis), empty="no tone scores yet"))


def stance_chart(analysis: "Analysis") -> Svg:
    """The stance heatmap of an analysis (speakers × targets)."""
    return svg(stance_heatmap(stances_frame(analysis)))


# --------------------------------------------------------------- evaluation
def f1_chart(metrics: Mapping[str, Any]) -> Svg:
    """F1 of each detection task as bars from 0 to 1."""
    table_ = metrics_table(metrics).dropna(subset=["f1"])
    values = table_.set_index("task")["f1"].astype(float)
    return svg(bar_chart(values, title="F1 by task", xlabel="F1", colors={t: PALETTE[0] for t in values.index},
                         limits=(0.0, 1.0), empty="nothing to score"))


# ------------------------------------------------------------------- corpus
def quote_counts_chart(result: Any, *, top: int = 15) -> Svg:
    """Stacked bars: each speaker's direct quotes, partial quotes and reported speech."""
    counts = speaker_quote_counts(result, top=top)[["direct", "partial", "reported"]]
    return svg(stacked_bar_chart(counts, title=f"Statements per speaker (top {top})", xlabel="statements",
                                 empty="no statements found"))


def tone_time_chart(result: Any) -> Svg:
    """Lines of each score's mean per period of the articles' dates."""
    df = tone_over_time(result)
    return svg(line_chart(df, x="period", y="value", group="score", title="Tone over time (mean per period)",
                          empty="no dated, scored statements (yet)"))


def tone_outlet_chart(result: Any) -> Svg:
    """Each outlet's mean score on every tone dimension, one panel per dimension."""
    return svg(panel_bar_chart(tone_by_outlet(result), title="Tone by outlet (mean per dimension)",
                               empty="no outlets or no tone scores (yet)"))
