"""Scoring predictions against gold annotations: the metrics of SPEC section 4.

Both sides are article dicts in the SPEC section 1 schema.  Gold may also be
converted from a corpus such as PolNeAr, where ``speaker`` is the source text
and ``source_span: [start, end]`` says where it is; optional gold fields
(``speaker_mention``, ``cue_span``, ``addressee``, ``cue``, ``stances``) are
scored only when present, and extra fields (``note``) are ignored.

Conventions of the numbers:

* precision is ``None`` when nothing was predicted, recall ``None`` when the
  gold has nothing, F1 (``2TP / (2TP + FP + FN)``) ``None`` only when both are
  empty; an accuracy is ``None`` when there was nothing to score.
* corpus figures are micro-averaged: counts are summed over articles first.
* ``alias_recall`` is the mean, over every gold speaker of every article, of
  the share of its aliases found in the predicted entity that agrees with it.

The modules: ``normalize`` (when names, cues and targets agree), ``matching``
(span acceptance and one-to-one pairing), ``metrics`` (result types and metric
names), ``article`` (scoring one article), ``loading`` (reading files, pairing
articles, corpus figures).
"""

# QUOTE_KINDS, Interval and AliasIndex are not in __all__ but stay importable from here.
from .article import QUOTE_KINDS, evaluate_article
from .loading import evaluate, load_articles
from .matching import Interval, match_spans
from .metrics import (ACCURACY_KEYS, ERROR_COLUMNS, PRF, PRF_KEYS, Accuracy, AliasResult, ArticleEvaluation,
                      EvalError, Evaluation, prf_metric_name)
from .normalize import AliasIndex, alias_index, cue_key, names_agree, normalize_name, speakers_agree, targets_match

__all__ = [
    "PRF",
    "Accuracy",
    "AliasResult",
    "EvalError",
    "ArticleEvaluation",
    "Evaluation",
    "evaluate_article",
    "evaluate",
    "load_articles",
    "names_agree",
    "speakers_agree",
    "cue_key",
    "targets_match",
    "match_spans",
    "normalize_name",
    "alias_index",
    "prf_metric_name",
    "PRF_KEYS",
    "ACCURACY_KEYS",
    "ERROR_COLUMNS",
]
