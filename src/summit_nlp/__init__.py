"""summit_nlp: who said what, to whom and how, in news about diplomacy.

>>> from summit_nlp import analyze
>>> a = analyze("“We will talk again,” Putin said.")
>>> [(q.speaker, q.kind, q.cue_text) for q in a.quotes]
[('Putin', 'direct', 'said')]

The package is organised in wings, one per layer (``docs/architecture.md``):
``extract`` (the pipeline steps), ``scoring``, ``reports``, ``corpus``, ``cli``;
the core every wing uses sits here (``model``, ``analysis``, ``errors``, ``io``,
``evaluate``).
"""

from __future__ import annotations

from . import _compat
from ._version import __version__
from .errors import InputError, SummitNLPError, SummitNLPWarning, UsageError
from .model import Article, Attribution, Cue, Entity, Extraction, Mention, Quote, Span, Statement

_compat.install()
# loaded on first use: "import summit_nlp" (and "summit-nlp --help") does not load the pipeline
__getattr__ = _compat.lazy(globals(), {"analyze": ".extract.pipeline", "analyze_article": ".extract.pipeline",
                                      "Analysis": ".analysis"})

__all__ = [
    "__version__",
    "analyze",
    "analyze_article",
    "Analysis",
    "Article",
    "Attribution",
    "Cue",
    "Entity",
    "Extraction",
    "Mention",
    "Quote",
    "Span",
    "Statement",
    "SummitNLPError",
    "InputError",
    "UsageError",
    "SummitNLPWarning",
]
