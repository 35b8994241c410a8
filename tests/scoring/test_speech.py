"""Speech mode (SPEC 2b): every sentence a statement of the speaker, acts from every sentence."""

from __future__ import annotations

import json
from pathlib import Path

from summit_nlp import analyze
from summit_nlp.cli.main import main

SPEECH = ("We thank the presidency for convening this meeting. The Russian Federation has violated the "
          "territorial integrity of Ukraine. That is completely unacceptable. My delegation calls on Moscow to "
          "withdraw its troops. We stand ready to support dialogue. The representative of the United Kingdom "
          "said that “our patience is not unlimited”.")


def test_every_sentence_is_a_statement_of_the_speaker_with_ids_s1_to_sn() -> None:
    a = analyze(SPEECH, "speech", speaker="Lithuania")
    assert [s.id for s in a.speech] == ["s1", "s2", "s3", "s4", "s5", "s6"]
    assert all(s.speaker == "Lithuania" and s.kind == "speech" for s in a.speech)
    d = a.to_dict()
    assert d["speaker"] == "Lithuania" and [s["id"] for s in d["statements"]] == ["s1", "s2", "s3", "s4", "s5", "s6"]
    for s in d["statements"]:
        assert SPEECH[s["start"]:s["end"]] == s["text"]
    assert "Lithuania" in d["speakers"]


def test_acts_are_read_from_every_sentence_and_we_is_the_speaker() -> None:
    a = analyze(SPEECH, "speech", speaker="Lithuania")
    by_sentence = {act.evidence[0]: (act.act, act.target) for act in a.acts if act.speaker == "Lithuania"}
    assert by_sentence["s2"] == ("criticize", "Russia")
    assert by_sentence["s3"] == ("criticize", "Russia")  # "That is unacceptable": aimed at whom the speech is about
    assert by_sentence["s4"] == ("demand", "Russia")
    assert by_sentence["s5"][0] == "offer"
    assert all(act.target != "Lithuania" for act in a.acts)


def test_the_speakers_own_name_is_the_speaker_not_a_target() -> None:
    text = "The Russian Federation will vote against the draft resolution. Russia rejects the accusations of Kyiv."
    a = analyze(text, speaker="Russian Federation")
    assert {e.name for e in a.entities} >= {"Russian Federation"}
    assert all(act.speaker == "Russian Federation" and act.target != "Russian Federation" for act in a.acts)
    assert ("deny", "Ukraine") in {(act.act, act.target) for act in a.acts}


def test_without_speaker_the_text_is_an_article() -> None:
    a = analyze(SPEECH, "speech")
    assert a.speech == () and a.speaker is None and "statements" not in a.to_dict()


def test_cli_extract_speaker(tmp_path: Path, capsys) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    assert main(["extract", str(path), "--speaker", "Lithuania"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["speaker"] == "Lithuania" and len(d["statements"]) == 6 and d["acts"]


def test_corpus_speaker_column_runs_speech_mode_per_row(tmp_path: Path) -> None:
    from summit_nlp.corpus import analyze_corpus

    rows = [{"id": "lt", "text": SPEECH, "speaker": "Lithuania"}, {"id": "news", "text": "“We will talk,” Putin said."}]
    src = tmp_path / "speeches.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = analyze_corpus(src, workers=1, progress=False)
    acts = result.acts
    mine = acts[(acts["article_id"] == "lt") & (acts["speaker"] == "Lithuania")]
    assert len(mine) >= 3 and all(e[0].startswith("s") for e in mine["evidence"])
    others = acts[(acts["article_id"] == "lt") & (acts["speaker"] != "Lithuania")]
    assert all(e[0].startswith("q") for e in others["evidence"])  # what the speaker quotes of others
    dyads = result.dyads.set_index(["speaker", "target"])
    assert dyads.loc[("Lithuania", "Russia"), "conflictual"] >= 2
    assert dyads.loc[("Lithuania", "Russia"), "article_ids"] == ["lt"]
