"""The seed article's eight gold stances, scored by summit_nlp.evaluate on gold-built statements."""

from __future__ import annotations

import dataclasses

from summit_nlp.evaluate import evaluate_article
from summit_nlp.scoring import score_analysis


def _scored(analysis):
    scores, stances = score_analysis(analysis)
    return dataclasses.replace(analysis, scores=scores, stances=stances)


def test_seed_gold_stances_all_matched_with_few_extras(seed_analysis, seed_gold) -> None:
    result = evaluate_article(_scored(seed_analysis).to_dict(), seed_gold)
    prf = result.prf["stance"]
    assert prf.tp == len(seed_gold["stances"]) == 8
    assert prf.fp <= 2


def test_trump_visit_stance_is_hedged_favor(seed_analysis) -> None:
    _, stances = score_analysis(seed_analysis)
    visit = [s for s in stances if s.speaker == "Donald Trump" and "Moscow" in s.target]
    assert len(visit) == 1
    assert visit[0].stance == "favor" and visit[0].hedged
    assert visit[0].evidence == ("q14",)


def test_putin_warning_is_a_warning_and_negative(seed_analysis) -> None:
    scores, _ = score_analysis(seed_analysis)
    q4 = scores["q4"]
    assert seed_analysis.quotes[3].text.startswith("attempts to disrupt")
    assert q4.tone["warning"].score > 0
    assert {e["text"] for e in q4.tone["warning"].evidence} >= {"provocation"}
    assert q4.sentiment.label == "negative" and q4.sentiment.compound < 0


def test_every_stance_has_evidence_from_its_speaker_or_sentence(seed_analysis) -> None:
    _, stances = score_analysis(seed_analysis)
    ids = {st.id for st in seed_analysis.statements}
    for s in stances:
        assert s.evidence and set(s.evidence) <= ids
        assert s.rule and s.trigger is not None


def test_evidence_spans_lie_inside_their_statement(seed_analysis) -> None:
    scores, _ = score_analysis(seed_analysis)
    text = seed_analysis.article.text
    for st in seed_analysis.statements:
        d = scores[st.id].to_dict()
        items = list(d["sentiment"]["evidence"])
        for dim, t in d["tone"].items():
            if t["score"] != 0:
                assert t["evidence"], f"{st.id} {dim}: non-zero score without evidence"
            items += t["evidence"]
        for e in items:
            assert st.span.start <= e["start"] < e["end"] <= st.span.end
            assert text[e["start"]:e["end"]] == e["text"]


def test_to_dict_carries_sentiment_tone_and_stances(seed_analysis) -> None:
    out = _scored(seed_analysis).to_dict()
    assert {"sentiment", "tone"} <= set(out["quotes"][0]) and {"sentiment", "tone"} <= set(out["reported_speech"][0])
    assert set(out["quotes"][0]["tone"]) == {"conciliatory", "certainty", "praise", "cooperation", "warning", "demand"}
    assert {"speaker", "target", "stance", "hedged", "evidence", "rule"} <= set(out["stances"][0])
