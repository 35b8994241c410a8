"""Extraction: the pipeline steps that turn an article's text into attributed statements.

One module per step (segment → quotes → cues → mentions → attribute → reported → resolve),
each a pure function over offsets; ``pipeline`` runs them in order and hands the result to scoring.
"""

from __future__ import annotations

from typing import Any

from .attribute import attribute_quotes
from .cues import find_cues
from .interview import attribute_turns, find_turns
from .mentions import find_mentions
from .quotes import find_quotes
from .reported import find_reported
from .resolve import resolve_speakers
from .segment import paragraphs, sentences, tokens

__all__ = [
    "analyze",
    "analyze_article",
    "sentences",
    "paragraphs",
    "tokens",
    "find_quotes",
    "find_cues",
    "find_mentions",
    "attribute_quotes",
    "find_reported",
    "find_turns",
    "attribute_turns",
    "resolve_speakers",
]


def __getattr__(name: str) -> Any:
    # The pipeline sits above scoring and analysis; importing a single step must not pull them in.
    if name in ("analyze", "analyze_article"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
