"""`Analysis`: everything found in one article, as objects, a result dict (docs/schema.md) and DataFrames."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Mapping

from ._display import FLOAT, INT, LIST, TEXT, analysis_html, analysis_repr, typed_frame
from .model import Extraction, Span, Statement

if TYPE_CHECKING:  # pandas is imported lazily: the CLI's JSON path does not need it
    import pandas as pd

__all__ = ["Analysis", "STATEMENT_COLUMNS"]

#: The columns of ``quotes_df()`` and ``reported_df()`` (and of the corpus ``quotes`` and
#: ``reported_speech`` tables) with their dtypes (``_display``: text ``string``, offsets ``Int64``).
STATEMENT_COLUMNS = {"article_id": TEXT, "id": TEXT, "speaker": TEXT, "kind": TEXT, "text": TEXT, "start": INT,
                     "end": INT, "cue": TEXT, "addressee": TEXT, "speaker_mention": TEXT, "mention_start": INT,
                     "cue_start": INT, "rule": TEXT, "confidence": FLOAT}


def _span_dict(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()


@dataclass(frozen=True)
class Analysis(Extraction):
    """The result of :func:`summit_nlp.analyze` for one article.

    An :class:`~summit_nlp.model.Extraction` (the article, its sentences,
    quotes, reported speech and resolved speakers) with what the scoring
    layer adds: ``scores`` maps a statement id to its sentiment/tone scores,
    ``acts`` holds the directed acts (SPEC section 2, "Acts") and ``stances`` the
    stance triples derived from them.
    """

    scores: Mapping[str, Any] = field(default_factory=dict)
    stances: tuple[Any, ...] = ()
    acts: tuple[Any, ...] = ()

    def with_scores(self, scored: Any) -> "Analysis":
        """This analysis with what :func:`summit_nlp.scoring.score_analysis` found: scores, acts,
        stances, and the entities with every targeted party listed."""
        return replace(self, scores=scored.scores, stances=scored.stances, acts=scored.acts,
                       entities=scored.entities)

    # ---------------------------------------------------------------- display
    def __repr__(self) -> str:
        """One line: ``<Analysis 'seed': 14 quotes, 3 reported, 5 speakers>``."""
        return analysis_repr(self)

    def _repr_html_(self) -> str:
        """Jupyter's view: counts, speakers, the first quotes, stances (and acts), the frame methods."""
        return analysis_html(self)

    # ---------------------------------------------- the schema (docs/schema.md)
    def _statement_dict(self, st: Statement) -> dict[str, Any]:
        att = st.attribution
        d: dict[str, Any] = {"id": st.id}
        if st.is_quote:
            d.update(quote=st.text, start=st.span.start, end=st.span.end)
        d.update(speaker=st.speaker)
        if not st.is_quote:
            d.update(text=st.text)
        d.update(kind=st.kind)
        if not st.is_quote:
            d.update(start=st.span.start, end=st.span.end)
        d.update(
            cue=st.cue_text,
            addressee=st.addressee,
            speaker_mention=_span_dict(att.speaker_mention.span if att.speaker_mention else None),
            cue_span=_span_dict(att.cue.span if att.cue else None),
            rule=att.rule,
            confidence=att.confidence,
        )
        score = self.scores.get(st.id)
        if score is not None:
            d.update(score.to_dict())
        return d

    def _speech_dict(self, st: Statement) -> dict[str, Any]:
        d: dict[str, Any] = {"id": st.id, "speaker": st.speaker, "text": st.text, "start": st.span.start,
                             "end": st.span.end, "rule": st.attribution.rule}
        score = self.scores.get(st.id)
        if score is not None:
            d.update(score.to_dict())
        return d

    def to_dict(self, *, article: str | None = None) -> dict[str, Any]:
        """The result object of docs/schema.md, section 1.  ``article`` overrides the article field (default: the id).
        In speech mode it also has ``speaker`` and ``statements`` (SPEC section 2b)."""
        out: dict[str, Any] = {
            "article": article if article is not None else self.article.id,
            "text_sha256": self.article.sha256,
            "speakers": {e.name: list(e.aliases) for e in self.cast},
        }
        if self.speaker is not None:
            out["speaker"] = self.speaker
            out["statements"] = [self._speech_dict(st) for st in self.speech]
        out.update({
            "quotes": [self._statement_dict(q) for q in self.quotes],
            "reported_speech": [self._statement_dict(r) for r in self.reported],
            "stances": [s.to_dict() for s in self.stances],
            "acts": [a.to_dict() for a in self.acts],
            "dropped": [d.to_dict() for d in self.dropped],
        })
        return out

    # ------------------------------------------------------------- DataFrames
    def _statements_df(self, items: tuple[Statement, ...]) -> "pd.DataFrame":
        rows = []
        for st in items:
            att = st.attribution
            rows.append(
                {
                    "article_id": self.article.id,
                    "id": st.id,
                    "speaker": st.speaker,
                    "kind": st.kind,
                    "text": st.text,
                    "start": st.span.start,
                    "end": st.span.end,
                    "cue": st.cue_text,
                    "addressee": st.addressee,
                    "speaker_mention": att.speaker_mention.text if att.speaker_mention else None,
                    "mention_start": att.speaker_mention.span.start if att.speaker_mention else None,
                    "cue_start": att.cue.span.start if att.cue else None,
                    "rule": att.rule,
                    "confidence": att.confidence,
                }
            )
        return typed_frame(rows, STATEMENT_COLUMNS)

    def quotes_df(self) -> "pd.DataFrame":
        """One row per quote: speaker, kind, text, offsets, cue, addressee, evidence."""
        return self._statements_df(self.quotes)

    def reported_df(self) -> "pd.DataFrame":
        """One row per piece of reported speech."""
        return self._statements_df(self.reported)

    def dropped_df(self) -> "pd.DataFrame":
        """One row per quotation-marked span that was not kept as a quote, with the reason."""
        rows = [{"article_id": self.article.id, **d.to_dict()} for d in self.dropped]
        return typed_frame(rows, {"article_id": TEXT, "text": TEXT, "start": INT, "end": INT, "reason": TEXT,
                                  "detail": TEXT})

    def speakers_df(self) -> "pd.DataFrame":
        """One row per entity of the cast (as the JSON's ``speakers``): name, kind, aliases, and how many
        quotes / reported items it has (none for an organisation or country the article only names)."""
        rows = []
        for e in self.cast:
            rows.append(
                {
                    "article_id": self.article.id,
                    "speaker": e.name,
                    "kind": e.kind,
                    "aliases": list(e.aliases),
                    "n_quotes": sum(q.speaker == e.name for q in self.quotes),
                    "n_reported": sum(r.speaker == e.name for r in self.reported),
                }
            )
        return typed_frame(rows, {"article_id": TEXT, "speaker": TEXT, "kind": TEXT, "aliases": LIST,
                                  "n_quotes": INT, "n_reported": INT})

    # ------------------------------------------------------- scoring tables
    def sentiment_df(self) -> "pd.DataFrame":
        """One row per statement: VADER sentiment and the words that fired (see ``summit_nlp.scoring``)."""
        from .scoring.tables import sentiment_df

        return sentiment_df(self)

    def stances_df(self) -> "pd.DataFrame":
        """One row per stance triple, with hedging, evidence ids and the rule."""
        from .scoring.tables import stances_df

        return stances_df(self)

    def tone_df(self) -> "pd.DataFrame":
        """One row per statement and tone dimension, with the words that fired."""
        from .scoring.tables import tone_df

        return tone_df(self)

    def speaker_summary_df(self) -> "pd.DataFrame":
        """One row per speaker: sentiment, tone and stance aggregates."""
        from .scoring.tables import speaker_summary_df

        return speaker_summary_df(self)

    def acts_df(self) -> "pd.DataFrame":
        """One row per act: type, speaker, target, issue, polarity, intensity, evidence, trigger, rule."""
        from .scoring.tables import acts_df

        return acts_df(self)

    def dyads_df(self) -> "pd.DataFrame":
        """One row per (speaker, target): number of acts, mean intensity, cooperative and
        conflictual counts, act and evidence ids."""
        from .scoring.tables import dyads_df

        return dyads_df(self)
