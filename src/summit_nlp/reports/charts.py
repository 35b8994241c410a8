"""Deterministic matplotlib charts for the reports, rendered to inline SVG.

The generic charts (bar, stacked bar, panels of bars, lines, heatmap) return a
``Figure``; the one-call charts of the article, evaluation and corpus reports
return it rendered by :func:`svg`, which is byte-stable: a fixed ``svg.hashsalt``,
glyphs as paths and no embedded date.  With nothing to show, a chart says so in words.

Charts that compare speakers keep one reading across panels: small multiples share
their x-axis (tone on the fixed −1 … +1 scale), every bar carries its value, so a
zero is written "0.00" and a speaker with nothing to score "no statements"; text on
coloured cells is black or white, whichever contrasts more with the cell.  Every
one-call chart comes with alternative text that states what it shows, with its numbers.
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING, Any, Iterable, Mapping

import pandas as pd

from .article_tables import sentiment_by_speaker, stance_matrix, stances_frame, tone_by_speaker
from .corpus_tables import speaker_quote_counts, tone_by_outlet, tone_over_time
from .evaluation_tables import metrics_table
from .highlight import _analysis_colors, _counts, speaker_colors
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


#: What a bar with no value (NaN) says instead of being left blank.
NO_STATEMENTS = "no statements"


def _value_labels(ax: Any, values: Any, limits: tuple[float, float], missing: str, fmt: str) -> None:
    """Write each bar's value at its end (``missing`` where there is none), inside the axes."""
    lo, hi = limits
    span = (hi - lo) or 1.0
    for i, v in enumerate(values):
        if v is None or (isinstance(v, float) and math.isnan(v)):
            ax.text(0.0 if lo < 0 < hi else lo, i, f" {missing}", ha="left", va="center", fontsize=7.5,
                    color="#555555", style="italic")
            continue
        x = float(v)
        inside = (x > hi - 0.18 * span) if x >= 0 else (x < lo + 0.18 * span)
        ha = ("right" if x >= 0 else "left") if inside else ("left" if x >= 0 else "right")
        pad = -0.01 * span if (x >= 0) == inside else 0.01 * span
        ax.text(x + pad, i, format(x, fmt.lstrip("+") if x == 0 else fmt), ha=ha, va="center", fontsize=7.5,
                color="#ffffff" if inside else "#222222")


def _limits(values: Any, limits: tuple[float, float] | None) -> tuple[float, float]:
    if limits is not None:
        return limits
    finite = [float(v) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    hi = max([abs(v) for v in finite] + [1e-9])
    return (-hi * 1.1, hi * 1.1) if any(v < 0 for v in finite) else (0.0, hi * 1.1)


def bar_chart(values: pd.Series, *, title: str, xlabel: str = "", colors: Mapping[str, str] | None = None,
              empty: str = "no data yet", limits: tuple[float, float] | None = None, fmt: str = "+.2f",
              missing: str = NO_STATEMENTS) -> "Figure":
    """Horizontal bars, one per index label (top to bottom in the series' order), each with its value.

    A NaN value is a label (``missing``, "no statements") rather than an empty slot.
    """
    with _rc():
        fig = _figure(6.5, 0.6 + 0.35 * max(len(values), 2))
        if values.empty:
            return _empty(fig, title, empty)
        ax = fig.subplots()
        labels = [str(i) for i in values.index]
        palette = colors or speaker_colors(labels)
        data = values.to_numpy(dtype=float, na_value=float("nan"))
        ax.barh(range(len(values)), [0.0 if math.isnan(v) else v for v in data],
                color=[palette.get(n, UNKNOWN_COLOR) for n in labels])
        ax.set_yticks(range(len(values)), labels)
        ax.invert_yaxis()
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        lim = _limits(data, limits)
        ax.set_xlim(*lim)
        ax.axvline(0, color="#444444", linewidth=0.8)
        _value_labels(ax, data, lim, missing, fmt)
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
                    empty: str = "no data yet", columns: int = 3, limits: tuple[float, float] | None = None,
                    missing: str = NO_STATEMENTS, fmt: str = "+.2f") -> "Figure":
    """Small multiples: one panel of horizontal bars per column of ``values``, one bar per row label.

    Every panel has the same x-axis (``limits``, else one range over all values), so
    bars compare across panels; each bar is labelled with its value and a row with no
    value (NaN) says ``missing``.
    """
    with _rc():
        n = max(values.shape[1], 1)
        rows = math.ceil(n / columns)
        fig = _figure(8.0, 0.8 + rows * (0.5 + 0.3 * max(len(values), 2)))
        if values.empty:
            return _empty(fig, title, empty)
        labels = [str(i) for i in values.index]
        palette = colors or speaker_colors(labels)
        lim = _limits(values.to_numpy(dtype=float, na_value=float("nan")).ravel(), limits)
        axes = fig.subplots(rows, min(columns, n), squeeze=False, sharey=True, sharex=True)
        for k, ax in enumerate(axes.flat):
            if k >= n:
                ax.set_axis_off()
                continue
            col = values.columns[k]
            data = values[col].to_numpy(dtype=float, na_value=float("nan"))
            ax.barh(range(len(values)), [0.0 if math.isnan(v) else v for v in data],
                    color=[palette.get(name, UNKNOWN_COLOR) for name in labels])
            ax.set_yticks(range(len(values)), labels)
            ax.set_xlim(*lim)
            ax.axvline(0, color="#444444", linewidth=0.8)
            ax.set_title(str(col), fontsize=9)
            _value_labels(ax, data, lim, missing, fmt)
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
            cells = values.to_numpy(dtype=float, na_value=float("nan"))
            for (i, j), text in _cells(annotations):
                rgba = image.cmap(image.norm(cells[i, j])) if not math.isnan(cells[i, j]) else (1, 1, 1, 1)
                ax.text(j, i, text, ha="center", va="center", fontsize=8, color=text_color(rgba))
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


def _luminance(rgb: Iterable[float]) -> float:
    """WCAG relative luminance of an sRGB colour given as 0–1 floats."""
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in list(rgb)[:3]]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: Iterable[float], b: Iterable[float]) -> float:
    """WCAG contrast ratio of two sRGB colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_color(background: Iterable[float]) -> str:
    """Black or white, whichever contrasts more with ``background`` (sRGB 0–1 floats)."""
    bg = list(background)
    return "#000000" if contrast(bg, (0, 0, 0)) >= contrast(bg, (1, 1, 1)) else "#ffffff"


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


def _figure_titles(fig: "Figure") -> str:
    titles = [fig._suptitle.get_text()] if getattr(fig, "_suptitle", None) is not None else []
    titles += [ax.get_title() for ax in fig.axes if ax.get_title()]
    return "; ".join(t for t in titles if t)


def svg(fig: "Figure", alt: str | None = None) -> Svg:
    """Render a figure as byte-stable SVG (fixed hash salt, no date, glyphs as paths) with its alt text.

    ``alt`` says in words what the figure shows; without it, the figure's titles are used.
    The text is also written into the SVG as its ``<title>``.
    """
    import html as _html

    description = alt or f"Chart: {_figure_titles(fig) or 'untitled'}"
    buf = io.StringIO()
    with _rc():
        fig.savefig(buf, format="svg", metadata={"Date": None, "Title": description})
    text = buf.getvalue()
    body = text[text.index("<svg"):]  # drop the XML prolog and doctype: the SVG goes into HTML
    head_end = body.index(">") + 1
    body = f'{body[:head_end - 1]} role="img" aria-label="{_html.escape(description, quote=True)}">{body[head_end:]}'
    return Svg(body, alt=description)


# ------------------------------------------------------------- alt texts
def _num(value: Any, fmt: str = "+.2f") -> str:
    v = float(value)
    return format(v, fmt.lstrip("+") if v == 0 else fmt).replace("-", "−")


def _listing(items: Iterable[str], limit: int = 12) -> str:
    items = list(items)
    shown = "; ".join(items[:limit])
    return shown + (f"; and {len(items) - limit} more" if len(items) > limit else "")


def _prominent(analysis: "Analysis", names: Iterable[str]) -> list[str]:
    """``names`` in the order of the highlighted article's legend (most statements first)."""
    order = {c.name: i for i, c in enumerate(_counts(analysis))}
    return sorted(names, key=lambda n: (order.get(n, len(order)), n))


# -------------------------------------------------- one-call report sections
def sentiment_chart(analysis: "Analysis") -> Svg:
    """Mean sentiment per speaker, −1 (negative) to +1 (positive), in each speaker's colour and legend order."""
    df = sentiment_by_speaker(analysis)
    title = "Mean sentiment of each speaker's statements"
    if df.empty:
        return svg(bar_chart(pd.Series(dtype="float64"), title=title, empty="no sentiment scores yet"),
                   alt=f"{title}: no statement has a sentiment score.")
    by = df.set_index("speaker")
    order = _prominent(analysis, by.index)
    values = by["sentiment"].reindex(order)
    parts = [f"{n} {_num(by.loc[n, 'sentiment'])} ({int(by.loc[n, 'n'])} statements)" for n in order]
    alt = (f"Bar chart: {title.lower()}, on a scale from −1 (negative) to +1 (positive): {_listing(parts)}.")
    return svg(bar_chart(values, title=title, xlabel="sentiment (−1 negative … +1 positive)",
                         colors=_analysis_colors(analysis), limits=(-1.0, 1.0)), alt=alt)


def tone_chart(analysis: "Analysis") -> Svg:
    """Each speaker's mean score on every tone dimension, one panel per dimension, on one −1 … +1 axis."""
    tone = tone_by_speaker(analysis)
    title = "Tone of each speaker's statements (mean per dimension)"
    if tone.empty:
        return svg(panel_bar_chart(tone, title=title, empty="no tone scores yet"),
                   alt=f"{title}: no statement has tone scores.")
    speaking = [c.name for c in _counts(analysis) if c.statements]
    order = _prominent(analysis, set(tone.index) | set(speaking))
    tone = tone.reindex(order)
    dims = list(tone.columns)
    parts = [f"{n}: " + (", ".join(f"{d} {_num(tone.loc[n, d])}" for d in dims)
                         if tone.loc[n].notna().any() else NO_STATEMENTS) for n in order]
    alt = (f"Bar charts, one per tone dimension ({', '.join(dims)}), of each speaker's mean score on a shared "
           f"scale from −1 to +1: {_listing(parts)}.")
    return svg(panel_bar_chart(tone, title=title, colors=_analysis_colors(analysis), limits=(-1.0, 1.0)), alt=alt)


def _stance_alt(stances: pd.DataFrame, title: str) -> str:
    if stances.empty:
        return f"{title}: no stances found."
    items = [f"{r.speaker} {r.stance} {r.target}" + (" (hedged)" if r.hedged else "")
             for r in stances.itertuples()]
    return (f"Heatmap of stances, speakers (rows) by targets (columns), green for favor (+1), yellow for "
            f"neutral (0), red for against (−1): {_listing(items, 20)}.")


def stance_chart(analysis: "Analysis") -> Svg:
    """The stance heatmap of an analysis (speakers × targets)."""
    stances = stances_frame(analysis)
    return svg(stance_heatmap(stances), alt=_stance_alt(stances, "Stances"))


# --------------------------------------------------------------- evaluation
def f1_chart(metrics: Mapping[str, Any]) -> Svg:
    """F1 of each detection task as bars from 0 to 1."""
    table_ = metrics_table(metrics).dropna(subset=["f1"])
    values = table_.set_index("task")["f1"].astype(float)
    alt = (f"Bar chart of F1 by task, from 0 to 1: {_listing(f'{t} {v:.2f}' for t, v in values.items())}."
           if not values.empty else "F1 by task: nothing to score.")
    return svg(bar_chart(values, title="F1 by task", xlabel="F1", colors={t: PALETTE[0] for t in values.index},
                         limits=(0.0, 1.0), empty="nothing to score", fmt=".2f"), alt=alt)


# ------------------------------------------------------------------- corpus
def quote_counts_chart(result: Any, *, top: int = 15) -> Svg:
    """Stacked bars: each speaker's direct quotes, partial quotes and reported speech."""
    counts = speaker_quote_counts(result, top=top)[["direct", "partial", "reported"]]
    title = f"Statements per speaker (top {top})"
    parts = [f"{name} {int(r.direct)} direct, {int(r.partial)} partial, {int(r.reported)} reported"
             for name, r in counts.iterrows()]
    alt = (f"Stacked bar chart of each speaker's statements (direct quotes, partial quotes, reported speech), "
           f"the {len(parts)} most quoted: {_listing(parts, 15)}." if parts else f"{title}: no statements found.")
    return svg(stacked_bar_chart(counts, title=title, xlabel="statements", empty="no statements found"), alt=alt)


def tone_time_chart(result: Any) -> Svg:
    """Lines of each score's mean per period of the articles' dates."""
    df = tone_over_time(result)
    title = "Tone over time (mean per period)"
    if df.empty:
        alt = f"{title}: no dated, scored statements."
    else:
        periods = sorted(df["period"].unique())
        lines = [f"{score} " + ", ".join(f"{p} {_num(v)}" for p, v in zip(part["period"], part["value"]))
                 for score, part in df.groupby("score", sort=True)]
        alt = (f"Line chart of the mean of each score per period, {periods[0]} to {periods[-1]}, one line per "
               f"score: {_listing(lines)}.")
    return svg(line_chart(df, x="period", y="value", group="score", title=title,
                          empty="no dated, scored statements (yet)"), alt=alt)


def tone_outlet_chart(result: Any) -> Svg:
    """Each outlet's mean score on every tone dimension, one panel per dimension."""
    tone = tone_by_outlet(result)
    title = "Tone by outlet (mean per dimension)"
    if tone.empty:
        alt = f"{title}: no outlets or no tone scores."
    else:
        parts = [f"{o}: " + ", ".join(f"{d} {_num(v)}" for d, v in row.items() if not pd.isna(v))
                 for o, row in tone.iterrows()]
        alt = (f"Bar charts, one per score ({', '.join(map(str, tone.columns))}), of each outlet's mean on a "
               f"shared axis: {_listing(parts)}.")
    return svg(panel_bar_chart(tone, title=title, empty="no outlets or no tone scores (yet)"), alt=alt)
