"""The pipeline: segment → find quotes → find cues and mentions → attribute → resolve speakers → score."""

from __future__ import annotations

from ..analysis import Analysis
from ..errors import InputError
from ..model import Article, Dropped
from . import attribute, cues, headlines, interview, mentions, nonquotes, quotes, reported, resolve, segment
from ..scoring import score_analysis, speech_mode

__all__ = ["analyze", "analyze_article", "DEFAULT_MIN_CONFIDENCE"]


#: Attributions less sure than this are left out by default: every rule family but none is kept
#: (``data/rules.tsv``); raise it to keep only the surest, lower it to 0 to keep everything.
DEFAULT_MIN_CONFIDENCE = 0.5


def analyze(text: str, article_id: str | None = None, *, score: bool = True,
            min_confidence: float = DEFAULT_MIN_CONFIDENCE, speaker: str | None = None,
            **metadata: str | None) -> Analysis:
    """Analyse one article's text.  ``metadata`` may give ``title``, ``date``, ``outlet``;
    ``score=False`` skips sentiment, tone, acts and stances; quotes and reported speech whose
    rule's confidence is below ``min_confidence`` are left out (quotes go to ``dropped``).
    ``speaker`` reads the text in speech mode (SPEC 2b): every sentence is a statement of it."""
    if not isinstance(text, str):
        raise InputError(f"{article_id or '<text>'}: expected str, got {type(text).__name__}")
    return analyze_article(Article(text=text, id=article_id, **metadata), score=score, min_confidence=min_confidence,
                           speaker=speaker)


def _check_confidence(min_confidence: float) -> float:
    if isinstance(min_confidence, bool) or not isinstance(min_confidence, (int, float)) \
            or not 0.0 <= min_confidence <= 1.0:
        raise InputError(f"min_confidence must be a number from 0 to 1, got {min_confidence!r}")
    return float(min_confidence)


def analyze_article(article: Article, *, score: bool = True,
                    min_confidence: float = DEFAULT_MIN_CONFIDENCE, speaker: str | None = None) -> Analysis:
    """Run every step of the pipeline on an :class:`Article` (scoring last, unless ``score=False``)."""
    floor = _check_confidence(min_confidence)
    text = article.text
    sents = segment.sentences(text)
    turns = interview.find_turns(text)
    turn_spans = quotes.QuoteIndex([t for t, _ in turns])
    found_quotes = [q for q in quotes.find_quotes(text) if not turn_spans.touches(q.span.start, q.span.end)]
    found_quotes, quoted_cue_words = nonquotes.quoted_cues(text, found_quotes)  # he 'insisted', "…"
    labelled = interview.labelled_turns(text, found_quotes)  # "CALLAHAN: …" inside quotation marks
    if labelled:
        cut = {q.span.start: turn for q, turn, _ in labelled}
        found_quotes = [cut.get(q.span.start, q) for q in found_quotes]
    # Interview turns are quotes too: no cue or mention is looked for inside them.
    all_quotes = sorted(found_quotes + [t for t, _ in turns], key=lambda q: q.span.start)
    found_cues = cues.find_cues(text, sents, all_quotes)
    found_mentions = mentions.find_mentions(text, sents, all_quotes)
    found_cues = cues.outside_mentions(found_cues, found_mentions)
    labels = [label for _, _, label in labelled if label is not None]
    if labels:
        found_mentions = sorted(found_mentions + labels, key=lambda m: m.span.start)
    turn_starts = {turn.span.start for _, turn, _ in labelled}
    quote_atts, not_kept = attribute.attribute_quotes(text, sents, [q for q in found_quotes
                                                                   if q.span.start not in turn_starts],
                                                     found_cues, found_mentions)
    dropped = sorted(not_kept + quoted_cue_words, key=lambda d: d.quote.span.start)
    quote_atts = sorted(quote_atts + interview.attribute_turns(text, turns, found_mentions)
                        + interview.attribute_labelled(labelled), key=lambda a: a.span.start)
    unsure = [a for a in quote_atts if a.attribution.confidence < floor]
    if unsure:
        quote_atts = [a for a in quote_atts if a.attribution.confidence >= floor]
        dropped = sorted(dropped + [Dropped(a.quote, "below min_confidence", f"rule {a.attribution.rule} "
                                            f"({a.attribution.confidence:.2f} < {floor:.2f})")
                                    for a in unsure if a.quote is not None], key=lambda d: d.quote.span.start)
    quote_cues = frozenset(a.attribution.cue.span.start for a in quote_atts if a.attribution.cue is not None)
    reported_items = [r for r in reported.find_reported(text, sents, all_quotes, found_cues, found_mentions,
                                                        quote_cues=quote_cues)
                      if r.attribution.confidence >= floor]
    entities, quote_stmts, reported_stmts, mentioned = resolve.resolve_speakers(
        text, sents, found_mentions, quote_atts, reported_items
    )
    quote_stmts = headlines.credit_headline_quotes(text, quote_stmts, entities)  # "Pretoria says … ‘…’"
    analysis = Analysis(
        article=article,
        sentences=tuple(sents),
        quotes=tuple(quote_stmts),
        reported=tuple(reported_stmts),
        entities=tuple(entities),
        dropped=tuple(dropped),
        mentioned=tuple(mentioned),
    )
    speaker = speaker if speaker is not None else article.speaker
    if speaker is not None and str(speaker).strip():
        analysis = speech_mode(analysis, speaker)
    if not score:
        return analysis
    return analysis.with_scores(score_analysis(analysis))
