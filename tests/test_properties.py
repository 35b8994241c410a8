"""Property-based checks: any text gives offsets inside the text that slice to the reported strings."""

from hypothesis import given, settings, strategies as st

from summit_nlp import analyze

MARKS = st.sampled_from(list("“”‘’\"'«»`") + ["``", "''", "\n", "\n\n", " ", ", ", ". ", ": "])
WORDS = st.sampled_from(["Putin", "said", "told", "he", "the Russian leader", "Russia", "according to",
                         "warned that", "We", "will", "Mr.", "U.S.", "called on", "Kyiv", "to", "stop",
                         "rejected", "the idea", "praised", "must", "if", "not", "illegal", "the European capitals",
                         "certainly", "could", "un-", "possibly", "would", "not clear", "the bill", "drafted by"])
TEXTS = st.lists(st.one_of(MARKS, WORDS, st.text(max_size=6)), max_size=60).map("".join)


def _check(text: str) -> None:
    d = analyze(text).to_dict()
    for q in d["quotes"]:
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert text[q["start"]:q["end"]] == q["quote"]
    for r in d["reported_speech"]:
        assert 0 <= r["start"] <= r["end"] <= len(text)
        assert text[r["start"]:r["end"]] == r["text"]
    for item in d["quotes"] + d["reported_speech"]:
        for key in ("speaker_mention", "cue_span"):
            ev = item[key]
            if ev is not None:
                assert text[ev["start"]:ev["end"]] == ev["text"]
        assert item["speaker"] is None or item["speaker"] in d["speakers"]
        _check_certainty(text, item, item["quote"] if "quote" in item else item["text"])
    _check_acts(text, d)


def _check_certainty(text: str, item: dict, words: str) -> None:
    """Hedges and boosters (read from the article's one scan) slice to their words and are what the
    tone scorer finds in the statement's own text."""
    from summit_nlp.scoring.tone import score_tone

    evidence = item["tone"]["certainty"]["evidence"]
    for e in evidence:
        assert text[e["start"]:e["end"]] == e["text"]
    assert evidence == list(score_tone(words, offset=item["start"])["certainty"].to_dict()["evidence"])


def _check_acts(text: str, d: dict) -> None:
    """Acts and speech statements keep their offsets; targets and speakers are listed entities."""
    for st in d.get("statements", []):
        assert text[st["start"]:st["end"]] == st["text"] and st["speaker"] in d["speakers"]
    for a in d["acts"]:
        assert 0 <= a["start"] <= a["end"] <= len(text)
        t = a["trigger"]
        assert text[t["start"]:t["end"]] == t["text"]
        assert a["speaker"] in d["speakers"] and (a["target"] is None or a["target"] in d["speakers"])
        assert a["polarity"] in ("cooperative", "conflictual") and a["rule"]
        if a["target_mention"] is not None:
            m = a["target_mention"]
            assert text[m["start"]:m["end"]] == m["text"]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_offsets_slice_to_the_reported_text(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_speech_mode_offsets_slice_to_the_reported_text(text):
    d = analyze(text, speaker="Russian Federation").to_dict()
    assert [st["id"] for st in d["statements"]] == [f"s{k}" for k in range(1, len(d["statements"]) + 1)]
    _check_acts(text, d)
