"""The phrase matcher (scoring/matcher.py): every alternative of a pattern is found, the ones after a
top-level ``|`` too (their heads were not indexed, so they never matched)."""

from __future__ import annotations

from summit_nlp.scoring.matcher import build_matcher


def test_a_top_level_alternative_is_found() -> None:
    m = build_matcher([r"(?:the )?door (?:remains|is) open|(?:does not|will not) close (?:any|the) door",
                       r"falls? short|(?:did not|does not) go far enough"])
    text = "Chile does not close any door. The reform did not go far enough, and the door remains open."
    found = {(text[s:e], i) for s, e, i in m.find(text)}
    assert ("does not close any door", 0) in found
    assert ("did not go far enough", 1) in found
    assert ("the door remains open", 0) in found


def test_an_alternative_that_opens_no_word_leaves_the_pattern_indexed_by_its_other_heads() -> None:
    # "[’']re not" can never match at a word start, the only place the matcher tries: the pattern is
    # indexed by "is", "are" ... instead of being tried at every word of every text
    m = build_matcher([r"(?:(?:is|are|[’']re)\s+not\s+going\s+to)"])
    assert not m.headless and {"is", "are"} <= set(m.heads)
    text = "They are not going to sign, and we're not going to wait."
    assert [text[s:e] for s, e, _ in m.find(text)] == ["are not going to"]
