"""summit_nlp: who said what, to whom and how, in news about diplomacy.

>>> from summit_nlp import analyze
>>> a = analyze("“We will talk again,” Putin said.")
>>> [(q.speaker, q.kind, q.cue_text) for q in a.quotes]
[('Putin', 'direct', 'said')]
"""

from __future__ import annotations

__version__ = "0.1.0"

from .analysis import Analysis
from .errors import InputError, SummitNLPError
from .model import Article, Attribution, Cue, Entity, Mention, Quote, Span, Statement
from .pipeline import analyze, analyze_article

__all__ = [
    "__version__",
    "analyze",
    "analyze_article",
    "Analysis",
    "Article",
    "Attribution",
    "Cue",
    "Entity",
    "Mention",
    "Quote",
    "Span",
    "Statement",
    "SummitNLPError",
    "InputError",
]
