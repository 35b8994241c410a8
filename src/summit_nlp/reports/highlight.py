"""Speakers' colours and the highlighted article: the text with every quote and piece of
reported speech marked in its speaker's colour, and the legend above it.

Colours are assigned in order of prominence (most statements first, then by name): the most
quoted speaker gets ``PALETTE[0]``, the next ``PALETTE[1]`` and so on, so the speakers a reader
compares are the ones that differ most.  The palette's colours stay apart pairwise (CIEDE2000)
both at full strength (bars, borders) and as the light tint behind the text; the same input
always gives the same colours.

Quotes and reported speech are marked alike: a ``<mark>`` in the speaker's tint (solid
underline for quoted words, dashed for reported speech).  The speaker's mention is a bold
``<span>`` underlined in the speaker's colour, the cue an italic one, exactly as the key says;
no element is left with the browser's default ``<mark>`` yellow.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from .._display import speaker_counts
from .render import PALETTE, UNKNOWN, UNKNOWN_COLOR, Html, headline_end

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis

#: Opacity of the tint behind marked text (hex alpha suffix), the same for quotes and reported speech.
TINT = "73"


# ------------------------------------------------------------------ colours
def speaker_colors(names: Iterable[str | None]) -> dict[str, str]:
    """Colours for speakers given in order of prominence (most prominent first), plus the unknown's grey.

    The first ``len(PALETTE)`` distinct names get distinct colours; later ones
    reuse the palette from the start.
    """
    colors: dict[str, str] = {}
    for name in dict.fromkeys(n for n in names if n and n != UNKNOWN):
        colors[name] = PALETTE[len(colors) % len(PALETTE)]
    colors[UNKNOWN] = UNKNOWN_COLOR
    return colors


def _analysis_colors(analysis: "Analysis") -> dict[str, str]:
    return speaker_colors(c.name for c in _counts(analysis))


def _counts(analysis: "Analysis") -> list:
    return speaker_counts([e.name for e in analysis.entities], [(s.speaker, s.kind) for s in analysis.statements])


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


def statement_style(layer: str, color: str) -> str:
    """The inline style of a quote or reported-speech mark: the speaker's tint, a solid or dashed underline."""
    line = "solid" if layer == "quote" else "dashed"
    return (f"background:{color}{TINT};color:inherit;border-bottom:2px {line} {color};padding:0 1px;"
            "border-radius:2px;box-decoration-break:clone;-webkit-box-decoration-break:clone")


def token_style(layer: str, color: str) -> str:
    """The inline style of a speaker mention (bold, underlined in the speaker's colour) or a cue (italic)."""
    if layer == "mention":
        return f"font-weight:bold;text-decoration:underline 2px {color};text-underline-offset:4px"
    return f"font-style:italic;text-decoration:underline dotted 1px {color};text-underline-offset:4px"


def _open_statement(mark: _Mark, colors: Mapping[str, str]) -> str:
    color = colors.get(mark.speaker, UNKNOWN_COLOR)
    return (f'<mark class="sn-{mark.layer}" data-speaker="{html.escape(mark.speaker)}" '
            f'style="{statement_style(mark.layer, color)}" title="{html.escape(mark.label)}">')


def _open_token(mark: _Mark, colors: Mapping[str, str]) -> str:
    color = colors.get(mark.speaker, UNKNOWN_COLOR)
    return (f'<span class="sn-{mark.layer}" style="{token_style(mark.layer, color)}" '
            f'title="{html.escape(mark.label)}">')


def _highlight(text: str, marks: Sequence[_Mark], colors: Mapping[str, str], offset: int = 0) -> str:
    """``text[offset:]`` as HTML: each statement one ``<mark>``, mentions and cues ``<span>``s inside or outside."""
    bounds = sorted({offset, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    parts: list[str] = []
    stmt: _Mark | None = None
    token: _Mark | None = None
    for a, b in zip(bounds, bounds[1:]):
        if not offset <= a < b <= len(text):
            continue
        new_stmt = _innermost(marks, ("quote", "reported"), a, b)
        new_token = _innermost(marks, ("mention", "cue"), a, b)
        if new_token != token or new_stmt != stmt:
            if token is not None:
                parts.append("</span>")
            if new_stmt != stmt:
                if stmt is not None:
                    parts.append("</mark>")
                if new_stmt is not None:
                    parts.append(_open_statement(new_stmt, colors))
            if new_token is not None:
                parts.append(_open_token(new_token, colors))
            stmt, token = new_stmt, new_token
        parts.append(html.escape(text[a:b]))
    parts.append(("</span>" if token is not None else "") + ("</mark>" if stmt is not None else ""))
    return "".join(parts)


def legend_html(colors: Mapping[str, str], counts: Mapping[str, tuple[int, int]]) -> str:
    """A legend: one colour chip per speaker (in the order of ``counts``) with its quote/reported counts, and the key."""
    chips = []
    for name, (q, r) in sorted(counts.items(), key=lambda kv: kv[0] == UNKNOWN):
        color = colors.get(name, UNKNOWN_COLOR)
        chips.append(
            f'<span class="sn-chip" style="display:inline-block;margin:2px 8px 2px 0;padding:1px 6px;'
            f'background:{color}{TINT};border-left:6px solid {color}">{html.escape(name)} '
            f"<small>({q} quotes, {r} reported)</small></span>"
        )
    grey = UNKNOWN_COLOR
    key = (f'<mark class="sn-key" style="{statement_style("quote", grey)}">quoted words</mark> · '
           f'<mark class="sn-key" style="{statement_style("reported", grey)}">reported speech</mark> · '
           f'<span style="{token_style("mention", grey)}">speaker mention</span> · '
           f'<span style="{token_style("cue", grey)}">cue</span> · each in the speaker\'s colour')
    return (f'<div class="sn-legend" style="margin:0.5em 0">{"".join(chips) or "<em>no speakers</em>"}'
            f'<div style="margin-top:4px;font-size:90%">Key: {key}</div></div>')


def article_html(analysis: "Analysis", *, show_reported: bool = True, max_chars: int | None = None,
                 skip_headline: bool = False) -> Html:
    """The article text with every quote (and reported-speech span) highlighted in its speaker's colour.

    Hovering a highlight shows the statement id, speaker, addressee, kind and
    cue.  ``max_chars`` truncates very long articles (highlights past it are
    dropped).  ``skip_headline`` leaves out the first line when nothing in it is
    marked (the report's title block already shows it).
    """
    text = analysis.article.text
    counts_ = _counts(analysis)
    colors = speaker_colors(c.name for c in counts_)
    marks = _marks(analysis, show_reported=show_reported)
    if max_chars is not None and len(text) > max_chars:
        text = text[:max_chars]
        marks = [m for m in marks if m.end <= max_chars]
    offset = headline_end(analysis.article) if skip_headline else 0
    if any(m.start < offset for m in marks):
        offset = 0
    counts = {c.name: (c.quotes, c.reported) for c in counts_ if c.statements}
    body = _highlight(text, marks, colors, offset)
    more = "<p><em>… (truncated)</em></p>" if max_chars is not None and len(analysis.article.text) > max_chars else ""
    return Html(
        f'<div class="sn-article">{legend_html(colors, counts)}'
        f'<div class="sn-text" style="white-space:pre-wrap;line-height:1.8;padding:0.6em;'
        f'border:1px solid #ddd;border-radius:4px;max-width:60em">{body}</div>{more}</div>'
    )
