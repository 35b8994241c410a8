"""DataFrames of the scoring layer: per statement, per act, per dyad, per stance, per speaker.

Each function takes an :class:`~summit_nlp.model.Extraction` (an
:class:`~summit_nlp.analysis.Analysis` is one); when it carries no scores yet
(an unscored analysis, or a bare extraction) it is scored here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._display import BOOL, FLOAT, INT, LIST, TEXT, conform_frame, typed_frame
from . import StatementScores, score_analysis
from .acts import Act
from .dyads import dyads
from .stance import Stance
from .tone import BIPOLAR, DIMENSIONS, MEAN, UNIPOLAR

if TYPE_CHECKING:
    import pandas as pd

    from ..model import Extraction

__all__ = ["sentiment_df", "stances_df", "tone_df", "speaker_summary_df", "acts_df", "dyads_df"]

#: Columns and dtypes of each table (the package's conventions: ``summit_nlp._display``).
SENTIMENT_SCHEMA = {"article_id": TEXT, "id": TEXT, "speaker": TEXT, "kind": TEXT, "words": INT, "compound": FLOAT,
                    "pos": FLOAT, "neu": FLOAT, "neg": FLOAT, "label": TEXT, "evidence": LIST}
TONE_SCHEMA = {"article_id": TEXT, "id": TEXT, "speaker": TEXT, "dimension": TEXT, "score": FLOAT, "hits": INT,
               "evidence": LIST}
STANCE_SCHEMA = {"article_id": TEXT, "speaker": TEXT, "target": TEXT, "stance": TEXT, "hedged": BOOL,
                 "evidence": LIST, "rule": TEXT, "trigger": TEXT}
ACT_SCHEMA = {"article_id": TEXT, "id": TEXT, "speaker": TEXT, "act": TEXT, "target": TEXT, "issue": TEXT,
              "polarity": TEXT, "intensity": FLOAT, "hedged": BOOL, "evidence": LIST, "start": INT, "end": INT,
              "text": TEXT, "trigger": TEXT, "trigger_start": INT, "rule": TEXT, "confidence": FLOAT}
DYAD_SCHEMA = {"article_id": TEXT, "speaker": TEXT, "target": TEXT, "n_acts": INT, "mean_intensity": FLOAT,
               "cooperative": INT, "conflictual": INT, "acts": LIST, "evidence": LIST}
SENTIMENT_COLUMNS, TONE_COLUMNS, STANCE_COLUMNS = list(SENTIMENT_SCHEMA), list(TONE_SCHEMA), list(STANCE_SCHEMA)
ACT_COLUMNS, DYAD_COLUMNS = list(ACT_SCHEMA), list(DYAD_SCHEMA)


def _statements(analysis: "Extraction") -> tuple[Any, ...]:
    """Every statement scores are kept for: quotes, reported speech and, in speech mode, the sentences."""
    return tuple(sorted(analysis.statements + analysis.speech, key=lambda s: (s.span.start, s.span.end)))


def _scored_all(analysis: "Extraction") -> tuple[Mapping[str, StatementScores], tuple[Stance, ...], tuple[Act, ...]]:
    """The analysis's scores, stances and acts, computed now when it was not scored."""
    scores = getattr(analysis, "scores", None)
    if _statements(analysis) and not scores:
        scored = score_analysis(analysis)
        return scored.scores, scored.stances, scored.acts
    return scores or {}, tuple(getattr(analysis, "stances", ())), tuple(getattr(analysis, "acts", ()))


def _scored(analysis: "Extraction") -> tuple[Mapping[str, StatementScores], tuple[Stance, ...]]:
    """The analysis's scores and stances, computed now when it was not scored."""
    scores, stances, _ = _scored_all(analysis)
    return scores, stances


def _scored_statements(analysis: "Extraction") -> list[tuple[Any, StatementScores]]:
    """Each scored statement with its scores, in text order."""
    scores, _ = _scored(analysis)
    return [(st, scores[st.id]) for st in _statements(analysis) if st.id in scores]


def _evidence_words(evidence: Any) -> list[str]:
    return [e["text"] for e in evidence]


def sentiment_df(analysis: "Extraction") -> "pd.DataFrame":
    """One row per statement: VADER scores, label and the lexicon words that fired."""
    rows = []
    for st, sc in _scored_statements(analysis):
        s = sc.sentiment
        rows.append({"article_id": analysis.article.id, "id": st.id, "speaker": st.speaker, "kind": st.kind,
                     "words": sc.words, "compound": s.compound, "pos": s.pos, "neu": s.neu, "neg": s.neg,
                     "label": s.label, "evidence": _evidence_words(s.evidence)})
    return typed_frame(rows, SENTIMENT_SCHEMA)


def tone_df(analysis: "Extraction") -> "pd.DataFrame":
    """One row per statement and tone dimension: score, number of hits, the words that fired."""
    rows = []
    for st, sc in _scored_statements(analysis):
        for dim in DIMENSIONS:
            t = sc.tone.get(dim)
            ev = t.evidence if t is not None else ()
            rows.append({"article_id": analysis.article.id, "id": st.id, "speaker": st.speaker, "dimension": dim,
                         "score": t.score if t is not None else 0.0, "hits": len(ev),
                         "evidence": _evidence_words(ev)})
    return typed_frame(rows, TONE_SCHEMA)


def stances_df(analysis: "Extraction") -> "pd.DataFrame":
    """One row per stance triple, with hedging, evidence ids, the rule and the trigger words."""
    _, stances = _scored(analysis)
    rows = [{"article_id": analysis.article.id, "speaker": s.speaker, "target": s.target, "stance": s.stance,
             "hedged": s.hedged, "evidence": list(s.evidence), "rule": s.rule,
             "trigger": s.trigger.text if s.trigger is not None else None} for s in stances]
    return typed_frame(rows, STANCE_SCHEMA)


def speaker_summary_df(analysis: "Extraction") -> "pd.DataFrame":
    """One row per speaker: sentiment (mean, length-weighted mean, counts per label), tone (means of
    the bipolar scales, hits per 100 words for warning and demand) and stance counts."""
    import pandas as pd

    scores, stances = _scored(analysis)
    by_speaker: dict[str, list[StatementScores]] = {}
    for st in _statements(analysis):
        if st.speaker and st.id in scores:
            by_speaker.setdefault(st.speaker, []).append(scores[st.id])
    rows = [_speaker_row(analysis.article.id, name, items, stances) for name, items in by_speaker.items()]
    columns = ["article_id", "speaker", "statements", "words", "compound_mean", "compound_weighted",
               "n_positive", "n_negative", "n_neutral", *[f"{d}_mean" for d in MEAN + BIPOLAR],
               *[f"{d}_per_100_words" for d in UNIPOLAR], "stances_favor", "stances_against"]
    df = pd.DataFrame(rows, columns=columns)
    return conform_frame(df, {c: (TEXT if c in ("article_id", "speaker") else
                                  INT if c in ("statements", "words") or c.startswith(("n_", "stances_")) else FLOAT)
                              for c in columns})


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
    for d in MEAN + BIPOLAR:
        row[f"{d}_mean"] = round(sum(s.tone[d].score if d in s.tone else 0.0 for s in items) / len(items), 4)
    for d in UNIPOLAR:
        hits = sum(len(s.tone[d].evidence) if d in s.tone else 0 for s in items)
        row[f"{d}_per_100_words"] = round(100.0 * hits / words, 3) if words else 0.0
    for label in ("favor", "against"):
        row[f"stances_{label}"] = sum(st.speaker == name and st.stance == label for st in stances)
    return row


def acts_df(analysis: "Extraction") -> "pd.DataFrame":
    """One row per act: type, speaker, target, issue, polarity, intensity, evidence, span, trigger, rule."""
    _, _, acts = _scored_all(analysis)
    rows = [{"article_id": analysis.article.id, "id": a.id, "speaker": a.speaker, "act": a.act, "target": a.target,
             "issue": a.issue, "polarity": a.polarity, "intensity": a.intensity, "hedged": a.hedged,
             "evidence": list(a.evidence), "start": a.span.start, "end": a.span.end, "text": a.span.text,
             "trigger": a.trigger.text, "trigger_start": a.trigger.start, "rule": a.rule,
             "confidence": a.confidence} for a in acts]
    return typed_frame(rows, ACT_SCHEMA)


def dyads_df(analysis: "Extraction") -> "pd.DataFrame":
    """One row per (speaker, target) pair of the acts with a target: how many acts, their mean
    intensity, how many cooperative and conflictual, the act ids and the evidence statement ids."""
    _, _, acts = _scored_all(analysis)
    rows = [{"article_id": analysis.article.id, **d.to_dict()} for d in dyads(acts)]
    return typed_frame(rows, DYAD_SCHEMA)
