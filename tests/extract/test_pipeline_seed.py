"""Acceptance on the seed article: the extraction reproduces the hand annotation."""

from summit_nlp import analyze
from summit_nlp.evaluate import evaluate


def test_seed_scores_one_on_quotes_attribution_and_reported_speech(seed_text, seed_gold):
    pred = analyze(seed_text, "000_9f4e31e1b15dc781").to_dict(article=seed_gold["article"])
    m = evaluate(pred, seed_gold).metrics
    for key in ("quote_f1_exact", "quote_f1_overlap", "e2e_attribution_f1", "attribution_accuracy",
                "kind_accuracy", "cue_accuracy", "addressee_accuracy", "reported_f1",
                "reported_speaker_accuracy", "alias_recall"):
        assert m[key] == 1.0, (key, m[key])


def test_seed_evidence_points_into_the_text(seed_text):
    d = analyze(seed_text).to_dict()
    for item in d["quotes"] + d["reported_speech"]:
        for key in ("speaker_mention", "cue_span"):
            ev = item[key]
            assert ev is not None and seed_text[ev["start"]:ev["end"]] == ev["text"]
        assert item["speaker"] in d["speakers"]


def test_seed_lists_the_countries_that_speak(seed_text):
    speakers = analyze(seed_text).to_dict()["speakers"]
    assert {"Vladimir Putin", "Donald Trump", "Volodymyr Zelensky", "Russia", "Ukraine"} <= set(speakers)
    assert "the Russian leader" in speakers["Vladimir Putin"]
    assert "the US president" in speakers["Donald Trump"]


def test_dataframes_have_one_row_per_item(seed_text):
    a = analyze(seed_text, "seed")
    assert len(a.quotes_df()) == 14 and len(a.reported_df()) == 3
    sp = a.speakers_df().set_index("speaker")
    assert sp.loc["Vladimir Putin", "n_quotes"] == 11 and sp.loc["Donald Trump", "n_quotes"] == 3
    assert (a.quotes_df()["article_id"] == "seed").all()


def test_seed_stances_end_to_end(seed_text, seed_gold):
    d = analyze(seed_text).to_dict(article=seed_gold["article"])
    m = evaluate(d, seed_gold).metrics
    # stances are derived from acts (issue 12): one per act, toward its issue (else its target party)
    assert m["stance_tp"] == 8 and m["stance_fn"] == 0 and m["stance_fp"] <= 10
    visit = [s for s in d["stances"] if s["speaker"] == "Donald Trump" and "Moscow" in s["target"]]
    assert len(visit) == 1 and visit[0]["stance"] == "favor" and visit[0]["hedged"] is True


def test_seed_warning_scores_as_warning_and_negative(seed_text):
    d = analyze(seed_text).to_dict()
    warning = next(q for q in d["quotes"] if q["cue"] == "warned")
    assert warning["sentiment"]["compound"] < 0
    assert warning["tone"]["warning"]["score"] > 0 and warning["tone"]["warning"]["evidence"]
