"""Rendering helpers for the report notebooks: highlighted text, tables and deterministic SVG charts.

The notebooks stay thin: every cell calls one function here.  Everything is
deterministic, so two runs on the same input give byte-identical reports:
colours come from a hash of the speaker's name (not Python's salted ``hash``),
orders are sorted, and figures are rendered to SVG with a fixed
``svg.hashsalt`` and no embedded date.

Functions that read scores (sentiment, tone, stances) accept an
:class:`~summit_nlp.analysis.Analysis` whether or not the scoring layer has
filled them in; with nothing to show, a chart says "no data yet".
"""

from __future__ import annotations

import hashlib
import html
import io
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from ..analysis import Analysis

__all__ = [
    "PALETTE",
    "UNKNOWN",
    "UNKNOWN_COLOR",
    "Html",
    "Svg",
    "speaker_color",
    "speaker_colors",
    "headline_facts",
    "article_html",
    "legend_html",
    "table",
    "quotes_table",
    "reported_table",
    "speakers_table",
    "score_frame",
    "sentiment_by_speaker",
    "tone_by_speaker",
    "stances_frame",
    "stance_matrix",
    "address_table",
    "bar_chart",
    "stacked_bar_chart",
    "panel_bar_chart",
    "line_chart",
    "heatmap",
    "stance_heatmap",
    "svg",
    "note",
    "heading",
    "corpus_methods_note",
    "title_block",
    "sentiment_chart",
    "tone_chart",
    "stance_chart",
    "methods_note",
    "metrics_table",
    "accuracy_table",
    "f1_chart",
    "per_article_table",
    "error_counts",
    "errors_of",
    "corpus_statements",
    "speaker_quote_counts",
    "corpus_scores",
    "tone_over_time",
    "tone_by_outlet",
    "top_stances",
    "pick_speakers",
    "compare_speakers",
    "corpus_overview",
    "quote_counts_chart",
    "tone_time_chart",
    "tone_outlet_chart",
]

#: Highlight colours (Tableau 20, saturated members first).  Text stays readable on them at 40 % alpha.
PALETTE: tuple[str, ...] = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d",
)
#: Label and colour for statements whose speaker is unknown.
UNKNOWN = "(unknown)"
UNKNOWN_COLOR = "#7f7f7f"

#: matplotlib settings that make SVG output byte-stable.
_SVG_RC = {"svg.hashsalt": "summit_nlp", "svg.fonttype": "path", "font.family": "DejaVu Sans", "font.size": 9}
_STANCE_VALUE = {"favor": 1.0, "neutral": 0.0, "against": -1.0}


# ----------------------------------------------------------------- wrappers
@dataclass(frozen=True)
class Html:
    """An HTML fragment that Jupyter displays as HTML (and ``str()`` gives back)."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


@dataclass(frozen=True)
class Svg:
    """An SVG image that Jupyter displays inline."""

    svg: str

    def _repr_svg_(self) -> str:
        return self.svg

    def __str__(self) -> str:
        return self.svg


def heading(text: str, level: int = 2) -> Html:
    """An HTML heading with ``text`` escaped."""
    return Html(f"<h{level}>{html.escape(text)}</h{level}>")


def note(text: str) -> Html:
    """A short italic remark, e.g. why a section is empty."""
    return Html(f'<p class="sn-note"><em>{html.escape(text)}</em></p>')


# ------------------------------------------------------------------ colours
def speaker_color(name: str | None) -> str:
    """The palette colour a speaker's name hashes to (grey for an unknown speaker)."""
    if not name or name == UNKNOWN:
        return UNKNOWN_COLOR
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return PALETTE[int.from_bytes(digest[:4], "big") % len(PALETTE)]


def speaker_colors(names: Iterable[str | None]) -> dict[str, str]:
    """Colours for several speakers: each keeps its hashed colour unless an earlier name took it.

    Names are handled in sorted order and a clash moves to the next free
    palette entry, so the mapping depends only on the set of names.
    """
    colors: dict[str, str] = {}
    used: set[str] = set()
    for name in sorted({n for n in names if n and n != UNKNOWN}):
        start = PALETTE.index(speaker_color(name))
        free = [PALETTE[(start + i) % len(PALETTE)] for i in range(len(PALETTE))]
        color = next((c for c in free if c not in used), PALETTE[start])
        colors[name] = color
        used.add(color)
    colors[UNKNOWN] = UNKNOWN_COLOR
    return colors


def _analysis_colors(analysis: "Analysis") -> dict[str, str]:
    names = [e.name for e in analysis.entities] + [s.speaker for s in analysis.statements]
    return speaker_colors(names)


# ------------------------------------------------------------------- frames
def headline_facts(analysis: "Analysis") -> pd.DataFrame:
    """The article at a glance: counts of speakers, quotes by kind, reported speech and stances."""
    quotes = analysis.quotes
    speaking = sorted({s.speaker for s in analysis.statements if s.speaker})
    counts = pd.Series([s.speaker for s in analysis.statements if s.speaker], dtype="object").value_counts()
    top = ", ".join(f"{n} ({c})" for n, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
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


# --------------------------------------------------------- highlighted text
@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    layer: str  # quote | reported | mention | cue
    speaker: str
    label: str


def _marks(analysis: "Analysis", *, show_reported: bool) -> list[_Mark]:
    marks: list[_Mark] = []
    for st in analysis.statements:
        if st.kind == "indirect" and not show_reported:
            continue
        speaker = st.speaker or UNKNOWN
        layer = "quote" if st.is_quote else "reported"
        cue = st.cue_text or "no cue"
        to = f" → {st.addressee}" if st.addressee else ""
        marks.append(_Mark(st.span.start, st.span.end, layer, speaker, f"{st.id} · {speaker}{to} · {st.kind} · {cue}"))
        att = st.attribution
        if att.speaker_mention is not None:
            sp = att.speaker_mention.span
            marks.append(_Mark(sp.start, sp.end, "mention", speaker, f"speaker of {st.id}: {speaker}"))
        if att.cue is not None:
            cs = att.cue.span
            marks.append(_Mark(cs.start, cs.end, "cue", speaker, f"cue of {st.id}: {cue}"))
    return marks


def _innermost(marks: Sequence[_Mark], layers: tuple[str, ...], a: int, b: int) -> _Mark | None:
    """The shortest mark of ``layers`` covering ``[a, b)``; quotes win over reported speech on ties."""
    covering = [m for m in marks if m.layer in layers and m.start <= a and b <= m.end]
    if not covering:
        return None
    return min(covering, key=lambda m: (m.end - m.start, layers.index(m.layer), m.start, m.label))


def _segment_open(stmt: _Mark | None, token: _Mark | None, colors: Mapping[str, str]) -> str:
    classes, styles, titles, attrs = [], [], [], ""
    if stmt is not None:
        color = colors.get(stmt.speaker, UNKNOWN_COLOR)
        classes.append(f"sn-{stmt.layer}")
        if stmt.layer == "quote":
            styles.append(f"background:{color}55")
        else:
            styles.append(f"background:{color}1f;border-bottom:2px dashed {color}")
        titles.append(stmt.label)
        attrs = f' data-speaker="{html.escape(stmt.speaker)}"'
    if token is not None:
        color = colors.get(token.speaker, UNKNOWN_COLOR)
        classes.append(f"sn-{token.layer}")
        if token.layer == "mention":
            styles.append(f"font-weight:bold;text-decoration:underline 2px {color}")
        else:
            styles.append("font-style:italic;text-decoration:underline dotted")
        titles.append(token.label)
    title = html.escape(" | ".join(titles))
    return f'<mark class="{" ".join(classes)}"{attrs} style="{";".join(styles)}" title="{title}">'


def _highlight(text: str, marks: Sequence[_Mark], colors: Mapping[str, str]) -> str:
    """``text`` as HTML, each elementary segment wrapped in the marks covering it."""
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    parts: list[str] = []
    prev_key: tuple[_Mark | None, _Mark | None] = (None, None)
    for a, b in zip(bounds, bounds[1:]):
        if not 0 <= a < b <= len(text):
            continue
        key = (_innermost(marks, ("quote", "reported"), a, b), _innermost(marks, ("mention", "cue"), a, b))
        if key != prev_key and prev_key != (None, None):
            parts.append("</mark>")
        if key != prev_key and key != (None, None):
            parts.append(_segment_open(*key, colors))
        parts.append(html.escape(text[a:b]))
        prev_key = key
    if prev_key != (None, None):
        parts.append("</mark>")
    return "".join(parts)


def legend_html(colors: Mapping[str, str], counts: Mapping[str, tuple[int, int]]) -> str:
    """A legend: one colour chip per speaker with its quote/reported counts, and the marking key."""
    chips = []
    for name in sorted(counts, key=lambda n: (n == UNKNOWN, n)):
        q, r = counts[name]
        color = colors.get(name, UNKNOWN_COLOR)
        chips.append(
            f'<span class="sn-chip" style="display:inline-block;margin:2px 8px 2px 0;padding:1px 6px;'
            f'background:{color}55;border-left:6px solid {color}">{html.escape(name)} '
            f"<small>({q} quotes, {r} reported)</small></span>"
        )
    key = ('<span style="background:#bbbbbb55">quoted words</span> · '
           '<span style="border-bottom:2px dashed #888">reported speech</span> · '
           "<b><u>speaker mention</u></b> · <i>cue</i>")
    return (f'<div class="sn-legend" style="margin:0.5em 0">{"".join(chips) or "<em>no speakers</em>"}'
            f'<div style="margin-top:4px;font-size:90%">Key: {key}</div></div>')


def article_html(analysis: "Analysis", *, show_reported: bool = True, max_chars: int | None = None) -> Html:
    """The article text with every quote (and reported-speech span) highlighted in its speaker's colour.

    Hovering a highlight shows the statement id, speaker, addressee, kind and
    cue.  ``max_chars`` truncates very long articles (highlights past it are dropped).
    """
    text = analysis.article.text
    colors = _analysis_colors(analysis)
    marks = _marks(analysis, show_reported=show_reported)
    if max_chars is not None and len(text) > max_chars:
        text = text[:max_chars]
        marks = [m for m in marks if m.end <= max_chars]
    counts: dict[str, tuple[int, int]] = {}
    for st in analysis.statements:
        q, r = counts.get(st.speaker or UNKNOWN, (0, 0))
        counts[st.speaker or UNKNOWN] = (q + st.is_quote, r + (not st.is_quote))
    body = _highlight(text, marks, colors)
    more = "<p><em>… (truncated)</em></p>" if max_chars is not None and len(analysis.article.text) > max_chars else ""
    return Html(
        f'<div class="sn-article">{legend_html(colors, counts)}'
        f'<div class="sn-text" style="white-space:pre-wrap;line-height:1.7;padding:0.6em;'
        f'border:1px solid #ddd;border-radius:4px;max-width:60em">{body}</div>{more}</div>'
    )


# ------------------------------------------------------------------- tables
def table(df: pd.DataFrame, *, empty: str = "Nothing found.", max_rows: int = 200, index: bool = False) -> Html:
    """A DataFrame as a plain HTML table (or ``empty`` as a note when it has no rows)."""
    if df.empty:
        return note(empty)
    shown = df.head(max_rows)
    shown = shown.astype(object).where(shown.notna(), "—")  # pd.NA and None print as "<NA>"/"None" otherwise
    tail = f"<p><em>{len(df) - max_rows} more rows not shown.</em></p>" if len(df) > max_rows else ""
    # more specific than JupyterLab's right-aligned `:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td`
    style = ("<style>.jp-RenderedHTMLCommon table.sn-table td, .jp-RenderedHTMLCommon table.sn-table th, "
             "table.sn-table td, table.sn-table th {text-align: left; vertical-align: top}</style>")
    return Html(style + shown.to_html(index=index, escape=True, na_rep="—", border=0, classes="sn-table") + tail)


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
def title_block(article: Any, title: str = "") -> Html:
    """The report's title (``title`` or the article's first line) and a line identifying the article."""
    text = article.text.strip()
    heading = title or (text.splitlines()[0] if text else "(empty article)")
    ident = f"article <code>{html.escape(str(article.id))}</code> · {len(article.text):,} characters · " \
            f"SHA-256 <code>{article.sha256[:16]}…</code>"
    return Html(f'<h2 class="sn-title">{html.escape(heading)}</h2><p>{ident}</p>')


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


def methods_note(analysis: "Analysis") -> Html:
    """What produced the report: package version and the input's checksum (no dates: reports stay identical)."""
    from .._version import __version__

    return Html(
        f"<p>Produced by <code>summit_nlp {__version__}</code> from article "
        f"<code>{html.escape(str(analysis.article.id))}</code> (SHA-256 <code>{analysis.article.sha256}</code>). "
        f"{len(analysis.sentences)} sentences, {len(analysis.quotes)} quotes, "
        f"{len(analysis.reported)} reported-speech items, {len(analysis.entities)} speakers.</p>"
    )


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


def f1_chart(metrics: Mapping[str, Any]) -> Svg:
    """F1 of each detection task as bars from 0 to 1."""
    table_ = metrics_table(metrics).dropna(subset=["f1"])
    values = table_.set_index("task")["f1"].astype(float)
    return svg(bar_chart(values, title="F1 by task", xlabel="F1", colors={t: PALETTE[0] for t in values.index},
                         limits=(0.0, 1.0), empty="nothing to score"))


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


def corpus_methods_note(result: Any, name: str) -> Html:
    """What produced a corpus report: package version, corpus name and size (no dates)."""
    from .._version import __version__

    return Html(f"<p>Produced by <code>summit_nlp {__version__}</code> from corpus <code>{html.escape(name)}</code>: "
                f"{len(result.articles)} articles analysed, {len(result.errors)} unreadable.</p>")
