"""Property-based checks: any text gives offsets inside the text that slice to the reported strings."""

from hypothesis import given, settings, strategies as st

from summit_nlp import analyze

MARKS = st.sampled_from(list("“”‘’\"'«»`") + ["``", "''", "\n", "\n\n", " ", ", ", ". ", ": "])
WORDS = st.sampled_from(["Putin", "said", "told", "he", "the Russian leader", "Russia", "according to",
                         "warned that", "We", "will", "Mr.", "U.S.", "called on", "Kyiv", "to", "stop"])
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


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_offsets_slice_to_the_reported_text(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text):
    _check(text)
