"""HTML output of the report notebooks: the ``Html``/``Svg`` wrappers Jupyter displays, headings,
notes, the plain HTML table, the title block and the methods notes, and the constants the
other rendering modules share (palette, the unknown speaker's label and colour).
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from .._display import UNKNOWN

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis

#: Speakers' colours, in the order they are handed out (most prominent speaker first).  Chosen
#: from Tableau, ColorBrewer and Paul Tol's qualitative sets so that every pair, and each with the
#: unknown speaker's grey, stays apart by CIEDE2000 ≥ 15 at full strength and ≥ 10 as the 45 %
#: tint behind text (``tests/reports/test_colors.py``); black text on every tint has a contrast
#: of at least 7:1, and each full colour at least 3:1 against white.
PALETTE: tuple[str, ...] = (
    "#1f77b4", "#c51b7d", "#2ca02c", "#d95f02", "#009988", "#e41a1c", "#393b79", "#b07aa1",
    "#8c6d31", "#843c39",
)
#: Colour for statements whose speaker is unknown (``UNKNOWN`` is their label).
UNKNOWN_COLOR = "#7f7f7f"


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
    """A chart: an SVG image and its alternative text, saying in words what the chart shows.

    Jupyter (and the HTML export) shows it as ``<figure><img alt=…></figure>``, so the
    description reaches screen readers and stays with the image; ``str()`` is the SVG.
    """

    svg: str
    alt: str = ""

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.svg.encode("utf-8")).decode("ascii")
        alt = html.escape(self.alt or "chart", quote=True)
        return (f'<figure class="sn-figure" style="margin:0.4em 0"><img class="sn-chart" alt="{alt}" '
                f'src="data:image/svg+xml;base64,{data}" style="max-width:100%;height:auto"></figure>')

    def __str__(self) -> str:
        return self.svg


def heading(text: str, level: int = 2) -> Html:
    """An HTML heading with ``text`` escaped."""
    return Html(f"<h{level}>{html.escape(text)}</h{level}>")


def note(text: str) -> Html:
    """A short italic remark, e.g. why a section is empty."""
    return Html(f'<p class="sn-note"><em>{html.escape(text)}</em></p>')


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


# -------------------------------------------------- one-call report sections
def headline_end(article: Any) -> int:
    """Where the article's first non-blank line (its headline) and the line breaks after it end
    (0 for a one-line article: its headline is all of it)."""
    text = article.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return 0
    return len(text) - len(text[end:].lstrip("\r\n"))


def title_block(article: Any, title: str = "") -> Html:
    """The report's title (``title`` or the article's first line) and a line identifying the article."""
    text = article.text.strip()
    heading = title or (text.splitlines()[0] if text else "(empty article)")
    ident = f"article <code>{html.escape(str(article.id))}</code> · {len(article.text):,} characters · " \
            f"SHA-256 <code>{article.sha256[:16]}…</code>"
    return Html(f'<h2 class="sn-title">{html.escape(heading)}</h2><p>{ident}</p>')


def methods_note(analysis: "Analysis") -> Html:
    """What produced the report: package version and the input's checksum (no dates: reports stay identical)."""
    from .._version import __version__

    return Html(
        f"<p>Produced by <code>summit_nlp {__version__}</code> from article "
        f"<code>{html.escape(str(analysis.article.id))}</code> (SHA-256 <code>{analysis.article.sha256}</code>). "
        f"{len(analysis.sentences)} sentences, {len(analysis.quotes)} quotes, "
        f"{len(analysis.reported)} reported-speech items, {len(analysis.entities)} speakers.</p>"
    )


def corpus_methods_note(result: Any, name: str) -> Html:
    """What produced a corpus report: package version, corpus name and size (no dates)."""
    from .._version import __version__

    return Html(f"<p>Produced by <code>summit_nlp {__version__}</code> from corpus <code>{html.escape(name)}</code>: "
                f"{len(result.articles)} articles analysed, {len(result.errors)} unreadable.</p>")
