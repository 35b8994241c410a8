"""HTML output of the report notebooks: the ``Html``/``Svg`` wrappers Jupyter displays, headings,
notes, the plain HTML table, the title block and the methods notes, and the constants the
other rendering modules share (palette, the unknown speaker's label and colour).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis

#: Highlight colours (Tableau 20, saturated members first).  Text stays readable on them at 40 % alpha.
PALETTE: tuple[str, ...] = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d",
)
#: Label and colour for statements whose speaker is unknown.
UNKNOWN = "(unknown)"
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
