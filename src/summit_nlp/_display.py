"""How results look to an analyst: the column types every DataFrame of the package uses, the
per-speaker counts every summary shares, and the compact HTML summaries Jupyter shows for an
analysis or a corpus run.

**Column types.** Every table (``Analysis.quotes_df()`` and the other frames, the scoring
tables, the corpus tables however they were loaded) declares its columns with one of the
kinds below, so the same column has the same dtype and the same missing-value marker
everywhere: text is pandas ``string`` and offsets and counts nullable ``Int64``, both
missing as ``pd.NA``; scores are ``float64`` (missing as NaN); lists (aliases, evidence)
stay Python lists in ``object`` columns.

**Summaries.** ``_repr_html_`` of :class:`~summit_nlp.analysis.Analysis` and of the
corpus result is built here from plain values with the standard library only (``html``),
so displaying a result never imports pandas or matplotlib.  The HTML is self-contained
(inline styles, no scripts) and bounded: long texts are cut, long lists end in "… N more".
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["TEXT", "INT", "FLOAT", "BOOL", "LIST", "UNKNOWN", "typed_frame", "conform_frame",
           "SpeakerCount", "speaker_counts", "summary_html", "cut", "frame_methods", "analysis_repr",
           "analysis_html"]

#: Column kinds (pandas dtype names).
TEXT, INT, FLOAT, BOOL, LIST = "string", "Int64", "float64", "bool", "object"
#: The label of statements whose speaker is unknown, in every table, legend and summary.
UNKNOWN = "(unknown)"


# ------------------------------------------------------------------ frames
def conform_frame(df: "pd.DataFrame", schema: Mapping[str, str]) -> "pd.DataFrame":
    """``df`` with the declared dtype for every column of ``schema`` it has (others untouched)."""
    casts = {c: kind for c, kind in schema.items() if c in df.columns and kind != LIST and str(df[c].dtype) != kind}
    if BOOL in casts.values():
        casts = {c: ("boolean" if k == BOOL and df[c].isna().any() else k) for c, k in casts.items()}
    return df.astype(casts) if casts else df


def typed_frame(rows: Iterable[Mapping[str, Any]], schema: Mapping[str, str]) -> "pd.DataFrame":
    """A DataFrame of ``rows`` with exactly the columns of ``schema``, in order, with their dtypes."""
    import pandas as pd

    return conform_frame(pd.DataFrame(list(rows), columns=list(schema)), schema)


# ---------------------------------------------------------------- speakers
@dataclass(frozen=True)
class SpeakerCount:
    """How much one speaker says: direct and partial quotes, reported speech."""

    name: str
    direct: int = 0
    partial: int = 0
    reported: int = 0

    @property
    def quotes(self) -> int:
        return self.direct + self.partial

    @property
    def statements(self) -> int:
        return self.quotes + self.reported


def speaker_counts(names: Iterable[str], statements: Iterable[tuple[str | None, str]]) -> list[SpeakerCount]:
    """One row per speaker in order of prominence: most statements first, then by name.

    ``names`` are the article's speakers (listed even when they say nothing: an
    addressee, a target); ``statements`` are ``(speaker, kind)`` pairs with kind
    ``direct``, ``partial`` or ``indirect``.  Statements with no speaker (``None``,
    ``pd.NA``) are counted under :data:`UNKNOWN`, which comes last.
    """
    counts: dict[str, list[int]] = {n: [0, 0, 0] for n in names if n}
    for speaker, kind in statements:
        row = counts.setdefault(speaker if isinstance(speaker, str) and speaker else UNKNOWN, [0, 0, 0])
        row[{"direct": 0, "partial": 1}.get(kind, 2)] += 1
    rows = [SpeakerCount(n, *c) for n, c in counts.items()]
    return sorted(rows, key=lambda r: (r.name == UNKNOWN, -r.statements, -r.quotes, r.name))


# ------------------------------------------------------------------- HTML
def cut(text: str, limit: int = 140) -> str:
    """``text`` on one line, at most ``limit`` characters (an ellipsis marks the cut)."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


_BOX = ("font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:13px;line-height:1.4;"
        "border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;max-width:58em;color:#1f2328;"
        "background:#ffffff")
_CELL = "text-align:left;vertical-align:top;padding:2px 10px 2px 0;border:none"


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]], more: int = 0) -> str:
    head = "".join(f'<th style="{_CELL};border-bottom:1px solid #d0d7de">{html.escape(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f'<td style="{_CELL}">{html.escape(str(v))}</td>' for v in row) + "</tr>"
                   for row in rows)
    tail = f'<p style="margin:2px 0;color:#57606a">… and {more:,} more</p>' if more > 0 else ""
    return (f'<table style="border-collapse:collapse;margin:4px 0 6px 0;font-size:12px">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{tail}")


def summary_html(kind: str, name: str, facts: Sequence[str],
                 sections: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]], int]],
                 methods: Sequence[tuple[str, str]], css_class: str) -> str:
    """The compact summary box: a title line, facts, small tables and the methods that give the full tables.

    ``sections`` are ``(heading, headers, rows, n_not_shown)``; ``methods`` are
    ``(call, what it returns)`` pairs, listed as code with their description.
    """
    parts = [f'<div class="{css_class}" style="{_BOX}">',
             f'<div style="font-size:14px"><b>{html.escape(kind)}</b> <code>{html.escape(name)}</code></div>',
             f'<div style="margin:2px 0 6px 0">{" · ".join(html.escape(f) for f in facts)}</div>']
    for heading, headers, rows, more in sections:
        parts.append(f'<div style="margin-top:4px;font-weight:600">{html.escape(heading)}</div>')
        parts.append(_table(headers, rows, more) if rows else '<p style="margin:2px 0;color:#57606a">none</p>')
    if methods:
        items = "".join(f'<li><code>{html.escape(call)}</code> {html.escape(doc)}</li>' for call, doc in methods)
        parts.append(f'<div style="margin-top:4px;font-weight:600">Full tables</div>'
                     f'<ul style="margin:2px 0;padding-left:1.4em">{items}</ul>')
    parts.append("</div>")
    return "".join(parts)


# --------------------------------------------------------------- analysis
#: The frames listed first in a summary; any other public ``*_df`` method follows, by name.
_FRAME_ORDER = ("quotes_df", "reported_df", "speakers_df", "stances_df", "acts_df", "dyads_df", "sentiment_df",
                "tone_df", "speaker_summary_df", "dropped_df")
_SHOWN_SPEAKERS, _SHOWN_QUOTES = 12, 5


def _label(item: Any, key: str) -> str | None:
    value = item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)
    return None if value is None else str(value)


def _tally(items: Iterable[Any], key: str) -> str:
    """``"6 favor, 3 against"``: how many items have each value of ``key``, most frequent first."""
    counts: dict[str, int] = {}
    for item in items:
        label = _label(item, key) or "?"
        counts[label] = counts.get(label, 0) + 1
    return ", ".join(f"{n} {label}" for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def frame_methods(obj: Any) -> list[tuple[str, str]]:
    """``(".quotes_df()", "One row per quote …")`` for every public ``*_df`` method of ``obj``'s class."""
    names = [n for n in dir(type(obj)) if n.endswith("_df") and not n.startswith("_") and callable(getattr(obj, n))]
    names.sort(key=lambda n: (_FRAME_ORDER.index(n) if n in _FRAME_ORDER else len(_FRAME_ORDER), n))
    out = []
    for n in names:
        paragraph = (getattr(type(obj), n).__doc__ or "").strip().split("\n\n")[0].replace("``", "")
        sentence = " ".join(paragraph.split()).split(". ")[0].rstrip(".")
        out.append((f".{n}()", cut(sentence, 100)))
    return out


def analysis_repr(a: Any) -> str:
    """``<Analysis 'seed': 14 quotes, 3 reported, 5 speakers>`` (and acts, when the analysis has them)."""
    acts = getattr(a, "acts", None)
    more = f", {len(acts)} acts" if acts else ""
    return (f"<{type(a).__name__} {a.article.id!r}: {len(a.quotes)} quotes, {len(a.reported)} reported, "
            f"{len(a.entities)} speakers{more}>")


def analysis_html(a: Any) -> str:
    """The summary box of one analysis: counts, speakers, the first quotes, stances and acts, the frames."""
    quotes, reported = a.quotes, a.reported
    acts = tuple(getattr(a, "acts", None) or ())
    stances = tuple(getattr(a, "stances", None) or ())
    direct = sum(q.kind == "direct" for q in quotes)
    facts = [f"{len(a.article.text):,} characters", f"{len(quotes)} quotes ({direct} direct, {len(quotes) - direct} partial)",
             f"{len(reported)} reported", f"{len(a.entities)} speakers", f"{len(stances)} stances"]
    if hasattr(a, "acts"):
        facts.append(f"{len(acts)} acts")
    speech = tuple(getattr(a, "speech", None) or ())
    if getattr(a, "speaker", None) is not None:  # speech mode: the whole text is one speaker's statements
        facts.insert(1, f"speech of {a.speaker}: {len(speech)} statements")
    counts = speaker_counts([e.name for e in a.entities], [(s.speaker, s.kind) for s in a.statements])
    acts_by = {}
    for act in acts:
        who = _label(act, "speaker") or UNKNOWN
        acts_by[who] = acts_by.get(who, 0) + 1
    headers = ["speaker", "quotes", "reported"] + (["acts"] if acts else [])
    rows = [[c.name, c.quotes, c.reported] + ([acts_by.get(c.name, 0)] if acts else [])
            for c in counts[:_SHOWN_SPEAKERS]]
    first = [[q.id, q.speaker or UNKNOWN, q.cue_text or "—", cut(q.text)] for q in quotes[:_SHOWN_QUOTES]]
    sections = [("Speakers", headers, rows, len(counts) - _SHOWN_SPEAKERS),
                ("First quotes", ["id", "speaker", "cue", "quote"], first, len(quotes) - _SHOWN_QUOTES)]
    tallies = [["stances", _tally(stances, "stance") or "none"]]
    if hasattr(a, "acts"):
        tallies.append(["acts", _tally(acts, "act") or "none"])
    sections.append(("Stances and acts" if hasattr(a, "acts") else "Stances", ["", "by label"], tallies, 0))
    return summary_html(type(a).__name__, str(a.article.id), facts, sections, frame_methods(a), "sn-analysis")
