"""DataFrames of the scoring layer: per statement, per stance, per speaker.

Each function takes an :class:`~summit_nlp.model.Extraction` (an
:class:`~summit_nlp.analysis.Analysis` is one); when it carries no scores yet
(an unscored analysis, or a bare extraction) it is scored here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from . import StatementScores, score_analysis
from .stance import Stance
from .tone import BIPOLAR, DIMENSIONS, UNIPOLAR

if TYPE_CHECKING:
    import pandas as pd

    from ..model import Extraction

__all__ = ["sentiment_df", "stances_df", "tone_df", "speaker_summary_df"]

SENTIMENT_COLUMNS = ["article_id", "id", "speaker", "kind", "words", "compound", "pos", "neu", "neg", "label",
                     "evidence"]
TONE_COLUMNS = ["article_id", "id", "speaker", "dimension", "score", "hits", "evidence"]
STANCE_COLUMNS = ["article_id", "speaker", "target", "stance", "hedged", "evidence", "rule", "trigger"]


def _scored(analysis: "Extraction") -> tuple[Mapping[str, StatementScores], tuple[Stance, ...]]:
    """The analysis's scores and stances, computed now when it was not scored."""
    scores = getattr(analysis, "scores", None)
    if analysis.statements and not scores:
        return score_analysis(analysis)
    return scores or {}, tuple(getattr(analysis, "stances", ()))


def _scored_statements(analysis: "Extraction") -> list[tuple[Any, StatementScores]]:
    """Each scored statement with its scores, in text order."""
    scores, _ = _scored(analysis)
    return [(st, scores[st.id]) for st in analysis.statements if st.id in scores]


def _evidence_words(evidence: Any) -> list[str]:
    return [e["text"] for e in evidence]


def sentiment_df(analysis: "Extraction") -> "pd.DataFrame":
    """One row per statement: VADER scores, label and the lexicon words that fired."""
    import pandas as pd

    rows = []
    for st, sc in _scored_statements(analysis):
        s = sc.sentiment
        rows.append({"article_id": analysis.article.id, "id": st.id, "speaker": st.speaker, "kind": st.kind,
                     "words": sc.words, "compound": s.compound, "pos": s.pos, "neu": s.neu, "neg": s.neg,
                     "label": s.label, "evidence": _evidence_words(s.evidence)})
    return pd.DataFrame(rows, columns=SENTIMENT_COLUMNS)


def tone_df(analysis: "Extraction") -> "pd.DataFrame":
    """One row per statement and tone dimension: score, number of hits, the words that fired."""
    import pandas as pd

    rows = []
    for st, sc in _scored_statements(analysis):
        for dim in DIMENSIONS:
            t = sc.tone.get(dim)
            ev = t.evidence if t is not None else ()
            rows.append({"article_id": analysis.article.id, "id": st.id, "speaker": st.speaker, "dimension": dim,
                         "score": t.score if t is not None else 0.0, "hits": len(ev),
                         "evidence": _evidence_words(ev)})
    return pd.DataFrame(rows, columns=TONE_COLUMNS)


def stances_df(analysis: "Extraction") -> "pd.DataFrame":
    """One row per stance triple, with hedging, evidence ids, the rule and the trigger words."""
    import pandas as pd

    _, stances = _scored(analysis)
    rows = [{"article_id": analysis.article.id, "speaker": s.speaker, "target": s.target, "stance": s.stance,
             "hedged": s.hedged, "evidence": list(s.evidence), "rule": s.rule,
             "trigger": s.trigger.text if s.trigger is not None else None} for s in stances]
    return pd.DataFrame(rows, columns=STANCE_COLUMNS)


def speaker_summary_df(analysis: "Extraction") -> "pd.DataFrame":
    """One row per speaker: sentiment (mean, length-weighted mean, counts per label), tone (means of
    the bipolar scales, hits per 100 words for warning and demand) and stance counts."""
    import pandas as pd

    scores, stances = _scored(analysis)
    by_speaker: dict[str, list[StatementScores]] = {}
    for st in analysis.statements:
        if st.speaker and st.id in scores:
            by_speaker.setdefault(st.speaker, []).append(scores[st.id])
    rows = [_speaker_row(analysis.article.id, name, items, stances) for name, items in by_speaker.items()]
    columns = ["article_id", "speaker", "statements", "words", "compound_mean", "compound_weighted",
               "n_positive", "n_negative", "n_neutral", *[f"{d}_mean" for d in BIPOLAR],
               *[f"{d}_per_100_words" for d in UNIPOLAR], "stances_favor", "stances_against", "stances_neutral"]
    return pd.DataFrame(rows, columns=columns)


def _speaker_row(article_id: str | None, name: str, items: list[StatementScores],
                 stances: tuple[Stance, ...]) -> dict[str, Any]:
    """The summary row of one speaker (``items`` is never empty)."""
    words = sum(s.words for s in items)
    compounds = [s.sentiment.compound for s in items]
    row: dict[str, Any] = {
        "article_id": article_id,
        "speaker": name,
        "statements": len(items),
        "words": words,
        "compound_mean": round(sum(compounds) / len(items), 4),
        "compound_weighted": round(sum(s.sentiment.compound * s.words for s in items) / words, 4) if words else 0.0,
        "n_positive": sum(s.sentiment.label == "positive" for s in items),
        "n_negative": sum(s.sentiment.label == "negative" for s in items),
        "n_neutral": sum(s.sentiment.label == "neutral" for s in items),
    }
    for d in BIPOLAR:
        row[f"{d}_mean"] = round(sum(s.tone[d].score if d in s.tone else 0.0 for s in items) / len(items), 4)
    for d in UNIPOLAR:
        hits = sum(len(s.tone[d].evidence) if d in s.tone else 0 for s in items)
        row[f"{d}_per_100_words"] = round(100.0 * hits / words, 3) if words else 0.0
    for label in ("favor", "against", "neutral"):
        row[f"stances_{label}"] = sum(st.speaker == name and st.stance == label for st in stances)
    return row
