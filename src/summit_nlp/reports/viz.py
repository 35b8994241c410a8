"""Rendering helpers for the report notebooks: highlighted text, tables and deterministic SVG charts.

The notebooks stay thin: every cell calls one function here.  Everything is
deterministic, so two runs on the same input give byte-identical reports:
colours go to speakers in order of prominence (ties broken by name), orders
are sorted, and figures are rendered to SVG with a fixed ``svg.hashsalt`` and
no embedded date.  Every figure carries alternative text saying what it shows.

Functions that read scores (sentiment, tone, stances) accept an
:class:`~summit_nlp.analysis.Analysis` whether or not the scoring layer has
filled them in; with nothing to show, a chart says "no data yet".

This module is the facade the notebooks import (``from summit_nlp.reports import viz``);
the code lives in the modules it re-exports:

- :mod:`.render`: the ``Html``/``Svg`` wrappers, headings, notes, the HTML table,
  title block, methods notes and the shared palette;
- :mod:`.highlight`: speakers' colours, the highlighted article and its legend;
- :mod:`.article_tables`, :mod:`.evaluation_tables`, :mod:`.corpus_tables`: the
  DataFrames of each report;
- :mod:`.charts`: the matplotlib charts and their byte-stable SVG rendering;
- :mod:`.dyads`: "who toward whom", the dyad graph, evidence, corpus matrix and index over time.
"""

from __future__ import annotations

from .article_tables import (
    address_table,
    headline_facts,
    quotes_table,
    reported_table,
    score_frame,
    sentiment_by_speaker,
    speakers_table,
    stance_matrix,
    stances_frame,
    tone_by_speaker,
)
from .charts import (
    bar_chart,
    f1_chart,
    heatmap,
    line_chart,
    panel_bar_chart,
    quote_counts_chart,
    sentiment_chart,
    stacked_bar_chart,
    stance_chart,
    stance_heatmap,
    svg,
    text_color,
    tone_chart,
    tone_outlet_chart,
    tone_time_chart,
)
from .dyads import corpus_dyads, dyad_evidence, dyad_frame, dyad_graph, dyad_matrix, dyad_time_chart
from .corpus_tables import (
    compare_speakers,
    corpus_overview,
    corpus_scores,
    corpus_statements,
    pick_speakers,
    speaker_quote_counts,
    tone_by_outlet,
    tone_over_time,
    top_stances,
)
from .evaluation_tables import (
    MAIN_ERRORS,
    PER_ARTICLE_COLUMNS,
    accuracy_table,
    error_counts,
    errors_of,
    metrics_table,
    per_article_table,
)
from .highlight import (
    article_html,
    legend_html,
    speaker_colors,
)
from .render import (
    Html,
    PALETTE,
    Svg,
    UNKNOWN,
    UNKNOWN_COLOR,
    corpus_methods_note,
    heading,
    methods_note,
    note,
    table,
    title_block,
)

__all__ = [
    "PALETTE",
    "UNKNOWN",
    "UNKNOWN_COLOR",
    "Html",
    "Svg",
    "speaker_colors",
    "text_color",
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
    "dyad_frame",
    "dyad_evidence",
    "dyad_graph",
    "corpus_dyads",
    "dyad_matrix",
    "dyad_time_chart",
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
