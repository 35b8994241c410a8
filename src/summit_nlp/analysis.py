"""`Analysis`: everything found in one article, as objects, a SPEC dict and DataFrames."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from .model import Extraction, Span, Statement

if TYPE_CHECKING:  # pandas is imported lazily: the CLI's JSON path does not need it
    import pandas as pd

__all__ = ["Analysis"]


def _span_dict(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()


@dataclass(frozen=True)
class Analysis(Extraction):
    """The result of :func:`summit_nlp.analyze` for one article.

    An :class:`~summit_nlp.model.Extraction` (the article, its sentences,
    quotes, reported speech and resolved speakers) with what the scoring
    layer adds: ``scores`` maps a statement id to its sentiment/tone scores
    and ``stances`` holds the stance triples.
    """

    scores: Mapping[str, Any] = field(default_factory=dict)
    stances: tuple[Any, ...] = ()

    # ------------------------------------------------------------ SPEC schema
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

    def to_dict(self, *, article: str | None = None) -> dict[str, Any]:
        """The SPEC section 1 object.  ``article`` overrides the article field (default: the id)."""
        return {
            "article": article if article is not None else self.article.id,
            "text_sha256": self.article.sha256,
            "speakers": {e.name: list(e.aliases) for e in self.entities},
            "quotes": [self._statement_dict(q) for q in self.quotes],
            "reported_speech": [self._statement_dict(r) for r in self.reported],
            "stances": [s.to_dict() for s in self.stances],
            "dropped": [d.to_dict() for d in self.dropped],
        }

    # ------------------------------------------------------------- DataFrames
    def _statements_df(self, items: tuple[Statement, ...]) -> "pd.DataFrame":
        import pandas as pd

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
        columns = ["article_id", "id", "speaker", "kind", "text", "start", "end", "cue", "addressee",
                   "speaker_mention", "mention_start", "cue_start", "rule", "confidence"]
        return pd.DataFrame(rows, columns=columns)

    def quotes_df(self) -> "pd.DataFrame":
        """One row per quote: speaker, kind, text, offsets, cue, addressee, evidence."""
        return self._statements_df(self.quotes)

    def reported_df(self) -> "pd.DataFrame":
        """One row per piece of reported speech."""
        return self._statements_df(self.reported)

    def dropped_df(self) -> "pd.DataFrame":
        """One row per quotation-marked span that was not kept as a quote, with the reason."""
        import pandas as pd

        rows = [{"article_id": self.article.id, **d.to_dict()} for d in self.dropped]
        return pd.DataFrame(rows, columns=["article_id", "text", "start", "end", "reason", "detail"])

    def speakers_df(self) -> "pd.DataFrame":
        """One row per entity: name, kind, aliases, and how many quotes / reported items it has."""
        import pandas as pd

        rows = []
        for e in self.entities:
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
        return pd.DataFrame(rows, columns=["article_id", "speaker", "kind", "aliases", "n_quotes", "n_reported"])

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
