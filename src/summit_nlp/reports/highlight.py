"""Speakers' colours and the highlighted article: the text with every quote and piece of
reported speech marked in its speaker's colour, and the legend above it.

Colours come from a hash of the speaker's name (not Python's salted ``hash``), so two
runs on the same input give the same HTML.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from .render import PALETTE, UNKNOWN, UNKNOWN_COLOR, Html

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis


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
