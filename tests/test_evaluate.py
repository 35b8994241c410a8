"""Tests of summit_nlp.evaluate on hand-made predictions whose right scores are known."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summit_nlp.errors import InputError
from summit_nlp.evaluate import (
    ERROR_COLUMNS,
    cue_key,
    evaluate,
    evaluate_article,
    match_spans,
    names_agree,
    speakers_agree,
    targets_match,
)

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT / "seeds" / "000_9f4e31e1b15dc781.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "evaluate"

SPEAKERS = {"Vladimir Putin": ["Putin", "Russian President Vladimir Putin", "the Russian leader", "he"],
            "Donald Trump": ["Trump", "the US president"]}


def quote(start: int, end: int, speaker: str | None = "Vladimir Putin", kind: str = "direct",
          cue: str | None = "said", addressee: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"quote": f"q{start}", "start": start, "end": end, "speaker": speaker, "kind": kind,
            "cue": cue, "addressee": addressee, **extra}


def article(quotes: list[dict] = (), reported: list[dict] = (), stances: list[dict] | None = None,
            speakers: dict | None = None, name: str = "art.txt") -> dict[str, Any]:
    d: dict[str, Any] = {"article": name, "speakers": SPEAKERS if speakers is None else speakers,
                         "quotes": list(quotes), "reported_speech": list(reported)}
    if stances is not None:
        d["stances"] = stances
    return d


def reported(start: int, end: int, speaker: str | None = "Vladimir Putin", **extra: Any) -> dict[str, Any]:
    return {"speaker": speaker, "text": f"r{start}", "kind": "indirect", "start": start, "end": end, **extra}


def metrics_of(pred: dict, gold: dict) -> dict[str, Any]:
    return evaluate_article(pred, gold).metrics()


# ------------------------------------------------------------------- perfect
def test_seed_gold_against_itself_scores_one_everywhere() -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    result = evaluate(gold, gold)
    scores = {k: v for k, v in result.metrics.items() if v is not None and not k.startswith("speech_")
              and (k.endswith(("_precision", "_recall", "_accuracy")) or "_f1" in k or k == "alias_recall")}
    assert result.metrics["dyad_f1"] == result.metrics["acts_f1"] == 1.0
    assert scores and all(v == 1.0 for v in scores.values()), {k: v for k, v in scores.items() if v != 1.0}
    assert result.metrics["quote_tp_overlap"] == len(gold["quotes"])
    assert result.metrics["stance_tp"] == len(gold["stances"])
    assert result.errors.empty


def test_perfect_match_is_one() -> None:
    gold = article([quote(0, 20), quote(30, 50, "Donald Trump", "partial", "warned")], [reported(60, 90)],
                   [{"speaker": "Donald Trump", "target": "the summit", "stance": "favor"}])
    m = metrics_of(gold, gold)
    assert m["quote_f1_overlap"] == m["quote_f1_exact"] == m["e2e_attribution_f1"] == 1.0
    assert m["quote_f1_direct"] == m["quote_f1_partial"] == 1.0
    assert m["reported_f1"] == m["stance_f1"] == m["alias_recall"] == 1.0


# ------------------------------------------------------------------- quotes
def test_shifted_span_matches_by_overlap_but_not_exactly() -> None:
    m = metrics_of(article([quote(2, 22)]), article([quote(0, 20)]))  # IoU 18/22
    assert m["quote_f1_overlap"] == 1.0
    assert (m["quote_tp_exact"], m["quote_fp_exact"], m["quote_fn_exact"]) == (0, 1, 1)
    assert m["quote_f1_exact"] == 0.0
    assert m["attribution_accuracy"] == 1.0


def test_span_below_half_overlap_is_missed_and_spurious() -> None:
    result = evaluate_article(article([quote(10, 30)]), article([quote(0, 20)]))  # IoU 10/30
    m = result.metrics()
    assert (m["quote_tp_overlap"], m["quote_fp_overlap"], m["quote_fn_overlap"]) == (0, 1, 1)
    assert m["attribution_accuracy"] is None
    assert sorted(e.error for e in result.errors) == ["missed", "spurious"]


def test_matching_is_one_to_one_and_greedy_by_overlap() -> None:
    assert match_spans([(0, 10), (0, 18)], [(0, 20)], lambda a, b: True) == [(1, 0)]
    m = metrics_of(article([quote(0, 12), quote(0, 18)]), article([quote(0, 20)]))
    assert (m["quote_tp_overlap"], m["quote_fp_overlap"], m["quote_fn_overlap"]) == (1, 1, 0)


def test_per_kind_detection_counts_only_that_kind() -> None:
    gold = article([quote(0, 20, kind="direct"), quote(30, 50, kind="partial")])
    pred = article([quote(0, 20, kind="direct"), quote(30, 50, kind="direct")])
    m = metrics_of(pred, gold)
    assert m["quote_f1_overlap"] == 1.0
    assert (m["quote_tp_direct"], m["quote_fp_direct"], m["quote_fn_direct"]) == (1, 1, 0)
    assert (m["quote_tp_partial"], m["quote_fn_partial"]) == (0, 1)
    assert m["kind_accuracy"] == 0.5


def test_wrong_speaker_lowers_attribution_and_end_to_end() -> None:
    gold = article([quote(0, 20), quote(30, 50, "Donald Trump")])
    pred = article([quote(0, 20), quote(30, 50, "Vladimir Putin")])
    result = evaluate_article(pred, gold)
    m = result.metrics()
    assert m["attribution_accuracy"] == 0.5
    assert (m["e2e_attribution_tp"], m["e2e_attribution_fp"], m["e2e_attribution_fn"]) == (1, 1, 1)
    assert m["e2e_attribution_f1"] == 0.5
    (err,) = result.errors
    assert (err.item, err.error, err.start, err.gold, err.predicted) == (
        "quote", "wrong_speaker", 30, "Donald Trump", "Vladimir Putin")


def test_null_speaker_never_agrees_with_a_name() -> None:
    m = metrics_of(article([quote(0, 20, None)]), article([quote(0, 20)]))
    assert m["attribution_accuracy"] == 0.0
    assert metrics_of(article([quote(0, 20, None)]), article([quote(0, 20, None)]))["attribution_accuracy"] == 1.0


# ----------------------------------------------------------------- speakers
def test_names_agree_by_surname_when_one_holds_a_quoted_nickname() -> None:
    assert names_agree("Maria Santos", 'Maria "Mia" Santos')
    assert not names_agree("Maria Santos", 'Maria "Mia" Reyes')


def test_names_agree_after_normalisation_and_through_aliases() -> None:
    aliases = {"Vladimir Putin": frozenset({"putin", "russian leader"})}
    assert names_agree("the Kremlin", "Kremlin")
    assert names_agree("WHITE  HOUSE.", "the White House")
    assert names_agree("the Russian leader", "Vladimir Putin", gold_aliases=aliases)
    assert names_agree("Vladimir Putin", "Putin", pred_aliases=aliases)
    assert not names_agree("Vladimir Putin", "Donald Trump", pred_aliases=aliases, gold_aliases=aliases)


def test_surnames_agree_for_people_only() -> None:
    assert names_agree("President Trump", "Donald J. Trump")
    assert names_agree("Trump", "Donald Trump")
    assert not names_agree("North Korea", "South Korea")
    assert not names_agree("the European Union", "the Soviet Union")
    assert not names_agree("the Russian leader", "the Ukrainian leader")


def test_pronoun_alias_does_not_make_speakers_agree() -> None:
    gold = article([quote(0, 20, "he")], speakers={"he": ["he"]})
    assert metrics_of(article([quote(0, 20)]), gold)["attribution_accuracy"] == 0.0


def test_predicted_mention_overlapping_gold_source_span_agrees() -> None:
    gold_q = quote(0, 20, "he", source_span=[40, 42])
    hit = quote(0, 20, "Vladimir Putin", speaker_mention={"text": "he", "start": 40, "end": 42})
    miss = quote(0, 20, "Vladimir Putin", speaker_mention={"text": "Putin", "start": 60, "end": 65})
    unknown = quote(0, 20, None, speaker_mention={"text": "he", "start": 40, "end": 42})
    assert speakers_agree(hit, gold_q)
    assert not speakers_agree(miss, gold_q)
    assert not speakers_agree(unknown, gold_q)
    gold = article([gold_q], speakers={"he": ["he"]})
    assert metrics_of(article([hit]), gold)["attribution_accuracy"] == 1.0


def test_gold_speaker_mention_dict_serves_as_source_span() -> None:
    gold_q = quote(0, 20, "the official", speaker_mention={"text": "the official", "start": 30, "end": 42})
    assert speakers_agree(quote(0, 20, "John Smith", speaker_mention={"start": 34, "end": 42}), gold_q)


# --------------------------------------------------------- kind, cue, addressee
@pytest.mark.parametrize("a, b", [("said", "says"), ("say", "saying"), ("told", "tells"), ("warned", "warns"),
                                  ("spoke of", "speaks"), ("according to", "according"), ("called for", "call"),
                                  ("responded (continuation)", "responds"), ("added", "adds"),
                                  ("has repeatedly said", "say"), ("did not deny", "denied"),
                                  ("to state", "stated"), ("relentlessly referring to", "referred to"),
                                  ("reply to", "replied")])
def test_cue_heads_agree_across_inflection(a: str, b: str) -> None:
    assert cue_key(a) == cue_key(b)


@pytest.mark.parametrize("a, b", [("said", "warned"), ("told", "said"), ("called for", "spoke of")])
def test_different_cue_heads_disagree(a: str, b: str) -> None:
    assert cue_key(a) != cue_key(b)


def test_cue_accuracy_ignores_continuation_and_lets_two_nulls_agree() -> None:
    gold = article([quote(0, 20, cue="responded (continuation)"), quote(30, 50, cue=None),
                    quote(60, 80, cue="said"), quote(90, 99, cue=None)])
    pred = article([quote(0, 20, cue="responded"), quote(30, 50, cue=None),
                    quote(60, 80, cue="warned"), quote(90, 99, cue="said")])
    result = evaluate_article(pred, gold)
    assert result.metrics()["cue_accuracy"] == 0.5
    assert sorted((e.start, e.gold, e.predicted) for e in result.errors if e.error == "wrong_cue") == [
        (60, "said", "warned"), (90, None, "said")]


def test_addressee_accuracy_uses_name_agreement() -> None:
    gold = article([quote(0, 20, addressee="Donald Trump"), quote(30, 50), quote(60, 80, addressee="Donald Trump")])
    pred = article([quote(0, 20, addressee="Trump"), quote(30, 50), quote(60, 80, addressee=None)])
    m = metrics_of(pred, gold)
    assert (m["addressee_correct"], m["addressee_total"]) == (2, 3)


def test_gold_without_optional_fields_is_scored_on_what_it_has() -> None:
    gold = {"article": "x.txt", "quotes": [{"quote": "a", "start": 0, "end": 5, "speaker": "Putin",
                                             "kind": "direct", "note": "no cue, addressee or mentions"}]}
    pred = article([quote(0, 5, cue="said", addressee="Donald Trump")],
                   stances=[{"speaker": "Putin", "target": "peace", "stance": "favor"}])
    m = metrics_of(pred, gold)
    assert m["attribution_accuracy"] == 1.0  # "Putin" is an alias of the predicted speaker
    assert m["cue_total"] == m["addressee_total"] == 0 and m["cue_accuracy"] is None
    assert m["stance_f1"] is None and m["stance_fp"] == 0  # gold has no 'stances': not scored
    assert m["alias_recall"] is None and m["reported_f1"] is None


# ---------------------------------------------------------------- reported
def test_reported_matches_on_half_of_the_shorter_span() -> None:
    gold = article(reported=[reported(0, 100), reported(200, 300)])
    pred = article(reported=[reported(40, 100, "Putin"), reported(290, 400, "Donald Trump")])
    result = evaluate_article(pred, gold)
    m = result.metrics()
    assert (m["reported_tp"], m["reported_fp"], m["reported_fn"]) == (1, 1, 1)
    assert m["reported_speaker_accuracy"] == 1.0
    assert sorted((e.item, e.error, e.start) for e in result.errors) == [
        ("reported", "missed", 200), ("reported", "spurious", 290)]


def test_reported_wrong_speaker_is_an_error() -> None:
    m = metrics_of(article(reported=[reported(0, 50, "Donald Trump")]), article(reported=[reported(0, 50)]))
    assert m["reported_f1"] == 1.0 and m["reported_speaker_accuracy"] == 0.0


# ------------------------------------------------------------------ stances
def test_stance_targets_match_by_containment_or_shared_content_words() -> None:
    assert targets_match("NATO", "Ukraine joining NATO")
    assert targets_match("Ukraine joining NATO", "ukraine's joining of nato")
    assert targets_match("the summit", "the Alaska summit")
    assert not targets_match("peace in Ukraine", "sanctions on Russia")
    assert not targets_match("war", "software")


def test_stance_label_mismatch_counts_as_pair_but_not_triple() -> None:
    gold = article(stances=[{"speaker": "Russia", "target": "Ukraine joining NATO", "stance": "against"},
                            {"speaker": "Ukraine", "target": "security guarantees", "stance": "favor"}],
                   speakers={})
    pred = article(stances=[{"speaker": "Russia", "target": "NATO", "stance": "favor"},
                            {"speaker": "Ukraine", "target": "security guarantees in a peace deal",
                             "stance": "favor"},
                            {"speaker": "Moscow", "target": "Ukraine joining NATO", "stance": "against"}],
                   speakers={})
    result = evaluate_article(pred, gold)
    m = result.metrics()
    assert (m["stance_pair_tp"], m["stance_pair_fp"], m["stance_pair_fn"]) == (2, 1, 0)
    assert (m["stance_tp"], m["stance_fp"], m["stance_fn"]) == (1, 2, 1)
    assert m["stance_label_accuracy"] == 0.5
    assert sorted((e.error, e.text) for e in result.errors if e.item == "stance") == [
        ("spurious", "Ukraine joining NATO"), ("wrong_stance", "Ukraine joining NATO")]


# ------------------------------------------------------------------ aliases
def test_alias_recall_is_mean_share_over_gold_speakers() -> None:
    pred = article(speakers={"Vladimir Putin": ["putin", "Russian  President Vladimir Putin", "he"],
                             "Emmanuel Macron": ["Macron"]})
    result = evaluate_article(pred, article())
    m = result.metrics()
    assert m["alias_recall"] == pytest.approx((3 / 4 + 0 / 2) / 2)
    assert (m["alias_found"], m["alias_total"], m["alias_speakers"]) == (3, 6, 2)
    missing = sorted((e.gold, e.text, e.predicted) for e in result.errors if e.item == "alias")
    assert missing == [("Donald Trump", "Trump", None), ("Donald Trump", "the US president", None),
                       ("Vladimir Putin", "the Russian leader", "Vladimir Putin")]


# ------------------------------------------------------------------ corpus
def test_directories_are_paired_by_stem_and_micro_averaged() -> None:
    result = evaluate(FIXTURES / "pred", FIXTURES / "gold")
    m = result.metrics
    assert m["articles"] == 2 and result.unmatched_pred == ("gamma",) and result.unmatched_gold == ()
    assert (m["quote_tp_overlap"], m["quote_fp_overlap"], m["quote_fn_overlap"]) == (3, 1, 0)
    assert m["quote_precision_overlap"] == 0.75 and m["quote_f1_overlap"] == pytest.approx(6 / 7)
    assert m["e2e_attribution_f1"] == pytest.approx(4 / 7)
    assert m["attribution_accuracy"] == pytest.approx(2 / 3)
    assert m["cue_accuracy"] == 1.0 and m["reported_speaker_accuracy"] == 1.0
    assert (m["stance_tp"], m["stance_fp"], m["stance_fn"]) == (1, 0, 0)
    assert list(result.per_article["article"]) == ["alpha", "beta"]
    assert list(result.per_article["quote_precision_overlap"]) == [1.0, 0.5]
    assert list(result.errors.columns) == ERROR_COLUMNS
    assert sorted(zip(result.errors["article"], result.errors["error"])) == [
        ("alpha", "wrong_speaker"), ("beta", "spurious")]
    json.dumps(result.to_dict())


def test_lists_are_paired_by_article_stem() -> None:
    gold = [article([quote(0, 20)], name="dir/a.txt"), article([quote(0, 20)], name="dir/b.txt")]
    pred = [article([quote(0, 20)], name="b.txt"), article([], name="c.txt")]
    result = evaluate(pred, gold)
    assert result.metrics["articles"] == 1 and result.metrics["quote_f1_overlap"] == 1.0
    assert (result.unmatched_pred, result.unmatched_gold) == (("c",), ("a",))


def test_two_single_files_pair_whatever_their_names(tmp_path: Path) -> None:
    (tmp_path / "out.json").write_text(json.dumps(article([quote(0, 20)], name="other.txt")), encoding="utf-8")
    result = evaluate(tmp_path / "out.json", str(SEED_GOLD))
    assert result.metrics["articles"] == 1 and result.per_article["article"].tolist() == [SEED_GOLD.stem]


@pytest.mark.parametrize("pred, gold, message", [
    (FIXTURES / "malformed.json", FIXTURES / "gold", "not valid JSON"),
    (FIXTURES / "missing", FIXTURES / "gold", "no such file or directory"),
    ([article(name="x.txt")], [article(name="y.txt")], "no article in common"),
    ([article(name="x.txt"), article(name="x.txt")], [article(name="x.txt")], "appears twice"),
    ([{"quotes": []}], [article()], "no 'article' field"),
    (article([{"start": "0", "end": 5}]), article(), "'start'/'end' must be integers"),
    (article(stances=[{"speaker": "x"}]), article(stances=[]), "'target' must be a string"),
    ({**article(), "text_sha256": "aa"}, {**article(), "text_sha256": "bb"}, "text_sha256 differs"),
    (42, article(), "expected a dict"),
])
def test_bad_input_raises_one_clear_error(pred: Any, gold: Any, message: str) -> None:
    with pytest.raises(InputError, match=message):
        evaluate(pred, gold)


# ------------------------------------------------------- dyads, acts, speech
def act(start: int, end: int, kind: str, speaker: str = "Vladimir Putin", target: str | None = None,
        evidence: list[str] = (), **extra: Any) -> dict[str, Any]:
    return {"act": kind, "speaker": speaker, "target": target, "start": start, "end": end,
            "evidence": list(evidence), **extra}


def with_acts(acts: list[dict], quotes: list[dict] = (), speakers: dict | None = None) -> dict[str, Any]:
    d = article(quotes=quotes, speakers=speakers)
    d["acts"] = acts
    return d


def test_dyads_are_speaker_target_polarity_sets_agreeing_by_alias() -> None:
    speakers = {**SPEAKERS, "Ukraine": ["Ukraine", "Kyiv"]}
    gold = with_acts([act(0, 10, "demand", target="Ukraine"), act(20, 30, "criticize", target="Ukraine"),
                      act(40, 50, "praise", target="Donald Trump")], speakers=speakers)
    pred = with_acts([act(0, 10, "warn", target="Kyiv"), act(60, 70, "offer", target="Ukraine")],
                     speakers={**SPEAKERS, "Kyiv": ["Kyiv"]})
    m = metrics_of(pred, gold)
    # gold dyads: (Putin, Ukraine, conflictual), (Putin, Trump, cooperative); predicted: Kyiv conflictual (agrees
    # through gold's alias list), Ukraine cooperative (spurious)
    assert (m["dyad_tp"], m["dyad_fp"], m["dyad_fn"]) == (1, 1, 1)


def test_acts_match_by_speaker_and_overlap_strict_on_type_lenient_on_polarity() -> None:
    gold = with_acts([act(0, 10, "demand"), act(20, 30, "praise"), act(40, 50, "warn", speaker="Donald Trump")])
    pred = with_acts([act(5, 12, "demand"), act(25, 28, "offer"), act(40, 50, "warn"), act(90, 95, "reject")])
    m = metrics_of(pred, gold)
    assert (m["acts_tp"], m["acts_fp"], m["acts_fn"]) == (1, 3, 2)
    assert (m["act_polarity_tp"], m["act_polarity_fp"], m["act_polarity_fn"]) == (2, 2, 1)
    assert m["act_detection_tp"] == 2  # the warn has the wrong speaker


def test_acts_match_through_shared_evidence_statements_looked_up_on_each_side() -> None:
    gold = with_acts([act(100, 120, "praise", evidence=["q1"])], quotes=[quote(0, 10, **{"id": "q1"})])
    pred = with_acts([act(200, 210, "praise", evidence=["q7"])], quotes=[quote(2, 9, **{"id": "q7"})])
    assert metrics_of(pred, gold)["acts_tp"] == 1
    far = with_acts([act(200, 210, "praise", evidence=["q7"])], quotes=[quote(50, 60, **{"id": "q7"})])
    assert metrics_of(far, gold)["acts_tp"] == 0


def test_acts_are_scored_only_when_the_gold_annotates_them() -> None:
    m = metrics_of(with_acts([act(0, 5, "praise")]), article())
    assert m["acts_f1"] is None and m["dyad_f1"] is None


def _speech_gold(labels: list[tuple[int, int, bool, str | None]]) -> dict[str, Any]:
    return {"speech": "s", "speaker": "Lithuania", "speakers": {"Lithuania": [], "Russian Federation": ["Russia"]},
            "sentences": [{"start": a, "end": b, "conflict": c, "target": t, "labels": ["Direct_NegEval"] if c else []}
                          for a, b, c, t in labels]}


def test_speech_sentences_conflict_prf_and_target_accuracy() -> None:
    gold = _speech_gold([(0, 10, True, "Russian Federation"), (11, 20, True, None), (21, 30, False, None),
                         (31, 40, True, "Russian Federation")])
    pred = {"article": "s", "speakers": {"Lithuania": [], "Russia": ["Russia", "Moscow"]},
            "acts": [act(0, 10, "criticize", speaker="Lithuania", target="Russia"),
                     act(11, 20, "demand", speaker="Lithuania"),
                     act(21, 30, "reject", speaker="Lithuania"),
                     act(31, 40, "praise", speaker="Lithuania", target="Russia")]}
    m = metrics_of(pred, gold)
    assert (m["speech_conflict_tp"], m["speech_conflict_fp"], m["speech_conflict_fn"]) == (2, 1, 1)
    assert (m["speech_target_correct"], m["speech_target_total"]) == (1, 1)


def test_speech_gold_needs_sentence_offsets() -> None:
    bad = {"speech": "s", "sentences": [{"conflict": True}]}
    with pytest.raises(InputError, match="start"):
        evaluate_article({"article": "s", "acts": []}, bad)


def test_article_names_keep_dots_that_are_not_file_endings() -> None:
    a = dict(article(name="UNSC_2014_SPV.7138_spch002"), acts=[])
    b = dict(article(name="other/UNSC_2014_SPV.7138_spch004.txt"), acts=[])
    result = evaluate([a, b], [a, dict(b, article="UNSC_2014_SPV.7138_spch004")])
    assert sorted(x.article for x in result.articles) == ["UNSC_2014_SPV.7138_spch002", "UNSC_2014_SPV.7138_spch004"]
