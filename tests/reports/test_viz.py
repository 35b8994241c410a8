"""Tests for summit_nlp.viz: colours, highlighted HTML, tables and deterministic SVG charts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pytest

from summit_nlp.reports import viz
from summit_nlp.analysis import Analysis
from summit_nlp.model import Article, Attribution, Cue, Entity, Mention, Quote, Span, Statement

TEXT = "“We hope for peace,” Putin said. Trump told Putin he would “probably see you again”. Russia said it <won>."


@dataclass(frozen=True)
class _Score:
    """Shaped like the scoring layer's output: VADER-style sentiment, tone dimensions with evidence."""

    sentiment: float
    conciliatory: float

    def to_dict(self) -> dict[str, Any]:
        return {"sentiment": {"compound": self.sentiment, "label": "positive"},
                "tone": {"conciliatory": {"score": self.conciliatory, "evidence": []},
                         "warning": {"score": 0.0, "evidence": []}}}


@dataclass(frozen=True)
class _Stance:
    speaker: str
    target: str
    stance: str
    hedged: bool

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "target": self.target, "stance": self.stance, "hedged": self.hedged,
                "evidence": ["q1"]}


def _span(sub: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return Span.of(TEXT, start, start + len(sub))


def _quote(id_: str, sub: str, speaker: str | None, mention: str, cue: str, *, kind: str = "direct",
           addressee: str | None = None) -> Statement:
    span = _span(sub)
    marks = Quote(span, Span.of(TEXT, span.start - 1, span.start), Span.of(TEXT, span.end, span.end + 1))
    m = Mention(_span(mention), "name", mention)
    c = Cue(_span(cue), "say")
    return Statement(id_, span, kind, Attribution(m, c, "test"), speaker, addressee, marks)


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    q1 = _quote("q1", "We hope for peace,", "Vladimir Putin", "Putin", "said")
    q2 = _quote("q2", "probably see you again", "Donald Trump", "Trump", "told", kind="partial", addressee="Vladimir Putin")
    r1 = Statement("r1", _span("it <won>."), "indirect", Attribution(Mention(_span("Russia"), "place", "Russia"), None, "t"),
                   None)
    entities = (Entity("Vladimir Putin", "person", ("Putin",)), Entity("Donald Trump", "person", ("Trump", "he")))
    return Analysis(
        article=Article(TEXT, id="a1"), sentences=(), quotes=(q1, q2), reported=(r1,), entities=entities,
        scores={"q1": _Score(0.6, 0.5), "q2": _Score(0.2, -0.25)},
        stances=(_Stance("Donald Trump", "a visit to Moscow", "favor", True),
                 _Stance("Vladimir Putin", "provocations", "against", False)),
    )


@pytest.fixture(scope="module")
def empty() -> Analysis:
    return Analysis(article=Article("Nothing said here.", id="e"), sentences=(), quotes=(), reported=(), entities=())


def test_speaker_colors_follow_the_order_given_and_grey_for_unknown() -> None:
    names = [f"Speaker {i}" for i in range(len(viz.PALETTE))]
    a = viz.speaker_colors(names)
    assert [a[n] for n in names] == list(viz.PALETTE)  # most prominent first gets PALETTE[0]
    assert viz.speaker_colors(list(reversed(names)))[names[-1]] == viz.PALETTE[0]
    assert a[viz.UNKNOWN] == viz.UNKNOWN_COLOR and viz.speaker_colors([None, viz.UNKNOWN]) == {viz.UNKNOWN: viz.UNKNOWN_COLOR}
    assert viz.speaker_colors(names + ["one more"])["one more"] == viz.PALETTE[0]  # the palette repeats after it


def test_article_html_highlights_each_quote_in_its_speaker_colour(analysis: Analysis) -> None:
    out = str(viz.article_html(analysis))
    colors = viz.speaker_colors(["Donald Trump", "Vladimir Putin"])  # one quote each: prominence ties go by name
    quote_marks = re.findall(r'<mark class="sn-quote"[^>]*style="background:(#[0-9a-f]{6})73;[^>]*>([^<]*)<', out)
    assert ("" + colors["Vladimir Putin"], "We hope for peace,") in quote_marks
    assert (colors["Donald Trump"], "probably see you again") in quote_marks
    assert 'class="sn-reported"' in out
    assert "it &lt;won&gt;." in out  # article text is escaped
    assert "sn-legend" in out and "Vladimir Putin" in out and viz.UNKNOWN in out


def test_article_html_keeps_all_text_once(analysis: Analysis) -> None:
    out = str(viz.article_html(analysis))
    body = out.split('class="sn-text"', 1)[1]
    plain = re.sub(r"<[^>]+>", "", body.split(">", 1)[1])
    import html as _html
    assert _html.unescape(plain).startswith(TEXT)


def test_article_html_can_hide_reported_speech(analysis: Analysis) -> None:
    assert 'class="sn-reported"' not in str(viz.article_html(analysis, show_reported=False))


def test_overlapping_marks_do_not_break_nesting() -> None:
    text = "He said “a b c” today."
    outer = Span.of(text, 0, len(text))
    inner = Span.of(text, text.index("a b c"), text.index("a b c") + 5)
    stmts = (
        Statement("q1", inner, "partial", Attribution(None, None, "t"), "X", None, Quote(inner, inner, None)),
        Statement("r1", outer, "indirect", Attribution(None, None, "t"), "Y"),
    )
    a = Analysis(Article(text), (), stmts[:1], stmts[1:], ())
    out = str(viz.article_html(a))
    assert out.count("<mark") == out.count("</mark>")
    assert re.search(r'class="sn-quote"[^>]*>a b c</mark>', out)


def test_tables(analysis: Analysis) -> None:
    q = viz.quotes_table(analysis)
    assert list(q.columns) == ["id", "speaker", "kind", "cue", "addressee", "sentiment", "text"]
    assert q.loc[q["id"] == "q1", "sentiment"].item() == pytest.approx(0.6)
    assert q.loc[q["id"] == "q2", "addressee"].item() == "Vladimir Putin"
    s = viz.speakers_table(analysis)
    assert s.loc[s["speaker"] == "Donald Trump", "aliases"].item() == "Trump, he"
    facts = dict(viz.headline_facts(analysis).itertuples(index=False))
    assert facts["quotes"] == "2" and facts["reported speech"] == "1" and facts["stances"] == "2"
    assert list(viz.address_table(analysis).itertuples(index=False)) == [("Donald Trump", "Vladimir Putin", 1)]
    assert "more rows not shown" in str(viz.table(q, max_rows=1))
    assert "sn-note" in str(viz.table(q.iloc[0:0], empty="none"))


def test_scores_by_speaker(analysis: Analysis) -> None:
    sent = viz.sentiment_by_speaker(analysis)
    assert dict(zip(sent["speaker"], sent["sentiment"])) == {"Donald Trump": 0.2, "Vladimir Putin": 0.6}
    tone = viz.tone_by_speaker(analysis)
    assert list(tone.columns) == ["conciliatory", "warning"]
    assert tone.loc["Vladimir Putin", "conciliatory"] == 0.5
    assert tone.loc["Donald Trump", "conciliatory"] == -0.25
    assert "<svg" in str(viz.tone_chart(analysis)) and "<svg" in str(viz.sentiment_chart(analysis))


def test_stance_matrix_marks_hedged(analysis: Analysis) -> None:
    values, hedged = viz.stance_matrix(viz.stances_frame(analysis))
    assert values.loc["Donald Trump", "a visit to Moscow"] == 1.0
    assert values.loc["Vladimir Putin", "provocations"] == -1.0
    assert bool(hedged.loc["Donald Trump", "a visit to Moscow"]) is True
    assert "hedged" in str(viz.svg(viz.stance_heatmap(viz.stances_frame(analysis))))


def test_empty_analysis_renders_placeholders(empty: Analysis) -> None:
    assert "sn-quote" not in str(viz.article_html(empty)) and "sn-reported" not in str(viz.article_html(empty))
    assert viz.quotes_table(empty).empty and viz.stances_frame(empty).empty
    assert viz.tone_by_speaker(empty).empty and viz.address_table(empty).empty
    for fig in (viz.bar_chart(viz.sentiment_by_speaker(empty).set_index("speaker")["sentiment"], title="t"),
                viz.stance_heatmap(viz.stances_frame(empty)),
                viz.panel_bar_chart(viz.tone_by_speaker(empty), title="t")):
        assert "<svg" in str(viz.svg(fig))


def test_svg_is_deterministic(analysis: Analysis) -> None:
    def render() -> str:
        sent = viz.sentiment_by_speaker(analysis).set_index("speaker")["sentiment"]
        return str(viz.svg(viz.bar_chart(sent, title="Sentiment", limits=(-1, 1))))

    first, second = render(), render()
    assert first == second
    assert first.startswith("<svg") and "<dc:date>" not in first


def test_line_and_stacked_charts() -> None:
    df = pd.DataFrame({"date": ["2024-01", "2024-02", "2024-01"], "tone": [0.1, 0.3, -0.2], "outlet": ["A", "A", "B"]})
    assert "<svg" in str(viz.svg(viz.line_chart(df, x="date", y="tone", group="outlet", title="t")))
    counts = pd.DataFrame({"x": [1, 2], "y": [0, 3]}, index=["A", "B"])
    assert "<svg" in str(viz.svg(viz.stacked_bar_chart(counts, title="t")))


# --------------------------------------------------------------- evaluation
def test_metrics_and_accuracy_tables() -> None:
    metrics = {"quote_precision_overlap": 0.5, "quote_recall_overlap": 1.0, "quote_f1_overlap": 2 / 3,
               "quote_tp_overlap": 1, "quote_fp_overlap": 1, "quote_fn_overlap": 0,
               "attribution_accuracy": 1.0, "attribution_correct": 1, "attribution_total": 1, "alias_recall": 0.5}
    table = viz.metrics_table(metrics)
    row = table[table["task"] == "quotes (overlap ≥ 0.5)"].iloc[0]
    assert (row["precision"], row["recall"], row["f1"], row["tp"]) == (0.5, 1.0, 0.667, 1)
    acc = viz.accuracy_table(metrics).set_index("measure")
    assert acc.loc["attribution", "accuracy"] == 1.0 and acc.loc["speaker aliases (recall)", "accuracy"] == 0.5
    assert "<svg" in str(viz.f1_chart(metrics))


def test_error_listings() -> None:
    errors = pd.DataFrame([
        {"article": "b", "item": "quote", "error": "missed", "start": 5, "end": 9, "text": "late", "gold": "X", "predicted": None},
        {"article": "a", "item": "quote", "error": "missed", "start": 1, "end": 3, "text": "early", "gold": "Y", "predicted": None},
        {"article": "a", "item": "quote", "error": "wrong_cue", "start": 1, "end": 3, "text": "cue", "gold": "say", "predicted": "tell"},
    ])
    assert list(viz.errors_of(errors, "missed")["text"]) == ["early", "late"]
    assert list(viz.errors_of(errors)["error"]) == ["wrong_cue"]
    assert viz.error_counts(errors).loc["quote", "missed"] == 2
    per_article = pd.DataFrame({"article": ["a", "b"], "e2e_attribution_f1": [0.9, 0.1], "extra": [1, 2]})
    assert list(viz.per_article_table(per_article)["article"]) == ["b", "a"]


# ------------------------------------------------------------------- corpus
@dataclass(frozen=True)
class _Corpus:
    """Shaped like summit_nlp.corpus.CorpusResult (the DataFrame attributes the notebook reads)."""

    articles: pd.DataFrame
    quotes: pd.DataFrame
    reported_speech: pd.DataFrame
    stances: pd.DataFrame
    tone: pd.DataFrame
    errors: pd.DataFrame


@pytest.fixture(scope="module")
def corpus() -> _Corpus:
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "date": ["2024-01-05", "2024-04-01", None],
                             "outlet": ["Wire", "Daily", "Wire"], "title": ["A", "B", "C"]})
    q = [("a1", "q1", "Ann", "direct", None), ("a1", "q2", "Ann", "partial", "Bob"), ("a2", "q1", "Bob", "direct", None),
         ("a3", "q1", "Ann", "direct", None), ("a3", "q2", None, "direct", None)]
    quotes = pd.DataFrame(q, columns=["article_id", "id", "speaker", "kind", "addressee"])
    reported = pd.DataFrame([("a2", "r1", "Bob", "indirect", None)], columns=quotes.columns)
    stances = pd.DataFrame([("a1", "Ann", "the deal", "favor", True), ("a3", "Ann", "the deal", "favor", False),
                            ("a2", "Bob", "the deal", "against", False)],
                           columns=["article_id", "speaker", "target", "stance", "hedged"])
    tone = pd.DataFrame([("a1", "q1", "Ann", 0.5, 0.0), ("a2", "q1", "Bob", -0.5, 1.0), ("a3", "q1", "Ann", 0.1, 0.0)],
                        columns=["article_id", "id", "speaker", "conciliatory", "warning"])
    return _Corpus(articles, quotes, reported, stances, tone, pd.DataFrame(columns=["article_id", "message"]))


def test_speaker_counts_and_picks(corpus: _Corpus) -> None:
    counts = viz.speaker_quote_counts(corpus)
    assert list(counts.index) == ["Ann", "Bob", viz.UNKNOWN]
    assert counts.loc["Ann"].tolist() == [2, 1, 0, 2] and counts.loc["Bob"].tolist() == [1, 0, 1, 1]
    assert viz.pick_speakers(corpus) == ("Ann", "Bob")
    assert viz.pick_speakers(corpus, "Bob") == ("Bob", "Ann")


def test_tone_over_time_and_by_outlet(corpus: _Corpus) -> None:
    over = viz.tone_over_time(corpus)
    assert set(over["period"]) == {"2024-01", "2024-04"}  # a span over two months is counted by month
    assert over.set_index(["period", "score"]).loc[("2024-04", "conciliatory"), "value"] == -0.5
    outlet = viz.tone_by_outlet(corpus)
    assert outlet.loc["Wire", "conciliatory"] == pytest.approx(0.3) and outlet.loc["Daily", "warning"] == 1.0
    for chart in (viz.tone_time_chart(corpus), viz.tone_outlet_chart(corpus), viz.quote_counts_chart(corpus)):
        assert "<svg" in str(chart)


def test_top_stances_and_comparison(corpus: _Corpus) -> None:
    top = viz.top_stances(corpus)
    assert top.iloc[0][["speaker", "target", "stance", "count", "hedged", "articles"]].tolist() == \
        ["Ann", "the deal", "favor", 2, 1, 2]
    table = viz.compare_speakers(corpus, "Ann", "Bob")
    assert table.loc["direct quotes", "Ann"] == 2 and table.loc["reported speech", "Bob"] == 1
    assert table.loc["addresses", "Ann"] == "Bob" and table.loc["mean conciliatory", "Ann"] == 0.3
    facts = dict(viz.corpus_overview(corpus).itertuples(index=False))
    assert facts["articles analysed"] == "3" and facts["dates"] == "2024-01-05 to 2024-04-01"


def test_long_tone_table_is_pivoted_to_dimensions(corpus: _Corpus) -> None:
    long = corpus.tone.melt(id_vars=["article_id", "id", "speaker"], var_name="dimension", value_name="score")
    long = long.assign(hits=1, evidence=[[]] * len(long))
    pivoted = _Corpus(corpus.articles, corpus.quotes, corpus.reported_speech, corpus.stances, long, corpus.errors)
    assert viz.tone_by_outlet(pivoted).equals(viz.tone_by_outlet(corpus))
    assert "hits" not in viz.corpus_scores(pivoted).columns
