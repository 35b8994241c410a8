"""The seed article's acts, dyads and stances (SPEC section 4), on gold-built statements and end to end."""

from __future__ import annotations

from summit_nlp import analyze
from summit_nlp.evaluate import evaluate_article
from summit_nlp.scoring import score_analysis
from summit_nlp.scoring.dyads import dyads

GOLD_DYADS = {("Vladimir Putin", "Donald Trump", "cooperative"), ("Vladimir Putin", "Ukraine", "conflictual"),
              ("Vladimir Putin", "European capitals", "conflictual"), ("Donald Trump", "Vladimir Putin", "cooperative"),
              ("Russia", "Ukraine", "conflictual"), ("Ukraine", "Russia", "conflictual")}


def test_the_seed_gold_has_six_dyads_and_nineteen_acts(seed_gold) -> None:
    dyads = {(a["speaker"], a["target"], a["polarity"]) for a in seed_gold["acts"] if a["target"]}
    assert dyads == GOLD_DYADS and len(seed_gold["acts"]) == 19
    assert {"Russia", "Ukraine", "European capitals"} <= set(seed_gold["speakers"])


def test_end_to_end_the_six_dyads_exactly_and_acts_f1(seed_text, seed_gold) -> None:
    a = analyze(seed_text, "000_9f4e31e1b15dc781")
    assert {(a_.speaker, a_.target, a_.polarity) for a_ in a.acts if a_.target} == GOLD_DYADS
    assert len(dyads(a.acts)) == 6
    result = evaluate_article(a.to_dict(article=seed_gold["article"]), seed_gold)
    assert result.prf["dyad"].precision == result.prf["dyad"].recall == 1.0
    assert result.prf["act_polarity"].f1 >= 0.8 and result.prf["acts"].f1 >= 0.65


def test_end_to_end_the_eight_seed_stances_are_still_found(seed_text, seed_gold) -> None:
    d = analyze(seed_text).to_dict(article=seed_gold["article"])
    result = evaluate_article(d, seed_gold)
    assert result.prf["stance"].tp == len(seed_gold["stances"]) == 8
    visit = [s for s in d["stances"] if s["speaker"] == "Donald Trump" and "Moscow" in s["target"]]
    assert len(visit) == 1 and visit[0]["stance"] == "favor" and visit[0]["hedged"] is True


def test_gold_built_statements_give_the_dyads_too(seed_analysis, seed_gold) -> None:
    scored = score_analysis(seed_analysis)
    result = evaluate_article(seed_analysis.with_scores(scored).to_dict(), seed_gold)
    assert result.prf["dyad"].tp == 6 and result.prf["dyad"].fp == 0
    assert result.prf["act_polarity"].f1 >= 0.8


def test_targets_are_listed_in_speakers_with_the_aliases_the_text_uses(seed_text) -> None:
    d = analyze(seed_text).to_dict()
    for act in d["acts"]:
        assert act["target"] is None or act["target"] in d["speakers"]
    assert "Kyiv" in d["speakers"]["Ukraine"] and "the European capitals" in d["speakers"]["European capitals"]


def test_putin_warning_is_a_warn_act_and_its_tone(seed_analysis) -> None:
    scored = score_analysis(seed_analysis)
    warn = [a for a in scored.acts if a.act == "warn"]
    assert [(a.speaker, a.target, a.trigger.text) for a in warn] == [("Vladimir Putin", None, "warned against")]
    q4 = scored.scores["q4"]
    assert q4.tone["warning"].score == 1 and q4.tone["cooperation_conflict"].score == -0.3
    assert q4.sentiment.label == "negative" and q4.sentiment.compound < 0


def test_trump_acceptance_is_a_hedged_offer_toward_putin(seed_analysis) -> None:
    acts = score_analysis(seed_analysis).acts
    reply = [a for a in acts if a.speaker == "Donald Trump" and a.rule.startswith("reply")]
    assert [(a.act, a.target, a.hedged, a.evidence) for a in reply] == [("offer", "Vladimir Putin", True, ("q14",))]


def test_every_stance_comes_from_acts_with_evidence(seed_analysis) -> None:
    scored = score_analysis(seed_analysis)
    ids = {a.id for a in scored.acts}
    for s in scored.stances:
        assert s.acts and set(s.acts) <= ids and s.rule.split(":")[0] in ("party", "issue")


def test_to_dict_carries_acts_tone_and_stances(seed_analysis) -> None:
    out = seed_analysis.with_scores(score_analysis(seed_analysis)).to_dict()
    assert set(out["quotes"][0]["tone"]) == {"cooperation_conflict", "certainty", "praise", "cooperation", "warning",
                                             "demand"}
    assert {"id", "speaker", "act", "target", "issue", "polarity", "hedged", "intensity", "evidence", "start", "end",
            "trigger", "rule", "confidence"} <= set(out["acts"][0])
