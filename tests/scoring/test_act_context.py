"""The clause walks of act_context: what they read, and that they read a bounded stretch."""

from __future__ import annotations

from summit_nlp.scoring.act_context import _CLAUSE_REACH, clause_end, clause_start, conditional
from summit_nlp.scoring.text import tokens


def _index(toks, word: str) -> int:
    return next(i for i, t in enumerate(toks) if t.lower == word)


def test_a_condition_holds_up_to_a_comma() -> None:
    toks = tokens("If the talks fail we will impose sanctions, and we will talk again.")
    assert conditional(toks, _index(toks, "impose"))
    assert not conditional(toks, _index(toks, "talk"))


def test_a_clause_ends_at_stops_and_conjunctions_after_commas() -> None:
    toks = tokens("They met; the envoy offered talks, but the minister refused.")
    k = _index(toks, "offered")
    assert toks[clause_start(toks, k)].lower == "the"
    assert toks[clause_end(toks, k)].text == ","


def test_walks_stop_at_the_reach_in_unpunctuated_text() -> None:
    # One sentence with no stop at all (a pasted transcript): a condition word 500 words back is
    # not read, and the clause around a word is at most the reach either side; this is what keeps
    # scoring linear in such a text.
    filler = " ".join(["word"] * 500)
    toks = tokens(f"if {filler} offered {filler}")
    k = _index(toks, "offered")
    assert not conditional(toks, k)
    assert clause_start(toks, k) == k - _CLAUSE_REACH
    assert clause_end(toks, k) == k + _CLAUSE_REACH
    near = tokens("if " + " ".join(["word"] * (_CLAUSE_REACH - 2)) + " offered")
    assert conditional(near, _index(near, "offered"))
