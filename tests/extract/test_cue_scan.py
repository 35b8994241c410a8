"""The cue scan over the lower-cased text finds exactly what the case-insensitive scan finds."""

from __future__ import annotations

import random
from pathlib import Path

from summit_nlp.extract import cues

ROOT = Path(__file__).resolve().parent.parent.parent


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_lower_cased_scan_matches_the_case_insensitive_one() -> None:
    assert cues._lower_cue_scan() is not None
    rng = random.Random(1)
    files = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/fixtures/articles/*.txt"))
    for f in files:
        text = f.read_text("utf-8")
        # the text as written, and with its letters' case scrambled ("SAID", "Told", "According To")
        scrambled = "".join(c.upper() if rng.random() < 0.3 else c for c in text)
        for t in (text, scrambled):
            assert _spans(cues._cue_matches(t)) == _spans(cues._cue_pattern().finditer(t))


def test_letters_re_folds_otherwise_turn_the_shortcut_off() -> None:
    text = "the minister ſaid and İnsisted, Kenya’s envoy said"
    assert cues._lower_cue_scan()[1].search(text) is not None
    assert _spans(cues._cue_matches(text)) == _spans(cues._cue_pattern().finditer(text))


def test_a_bare_noun_like_cue_after_one_singular_name_is_a_noun() -> None:
    # "in Kaduna state where …" is a place; "Officials state that …" and "Russia and China demand" are verbs
    def lemmas(text: str) -> list[str]:
        return [c.lemma for c in cues.find_cues(text, [], [])]

    assert lemmas("Trucks waited in Kaduna state where the border had closed.") == []
    assert lemmas("Officials state that the border had closed.") == ["state"]
    assert lemmas("He said Russia and China demand that it reopen.") == ["say", "demand"]
