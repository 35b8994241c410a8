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


def test_scoring_work_per_act_does_not_grow_in_one_endless_sentence(monkeypatch) -> None:
    # The target rules look back over earlier acts and merging compares acts of the same key:
    # in text with no full stop every act is in the same sentence, so an unbounded look-back
    # makes scoring quadratic. Count the sentence look-ups (the unit of that work) per act.
    from summit_nlp import analyze
    from summit_nlp.scoring import act_context

    calls = [0]
    real = act_context.ActContext.sentence_index

    def counting(self, pos: int) -> int:
        calls[0] += 1
        return real(self, pos)

    monkeypatch.setattr(act_context.ActContext, "sentence_index", counting)
    clause = "the envoy said that “we reject the plan and condemn the attack” and "
    per_act = []
    for n in (100, 400):
        calls[0] = 0
        acts = analyze(clause * n).acts
        assert len(acts) >= n
        per_act.append(calls[0] / len(acts))
    assert per_act[1] <= 1.25 * per_act[0], per_act


def test_home_regex_gate_changes_no_match() -> None:
    """The first-letter look-ahead of ``_home_regex`` only makes it fail faster: on the fixtures, as
    written and with their case scrambled, it finds what the pattern without it finds."""
    import random
    import re
    from pathlib import Path

    from summit_nlp.scoring import act_context

    gated = act_context._home_regex()
    assert gated.pattern.startswith("(?=")
    plain = re.compile(gated.pattern[gated.pattern.index(")(?<!") + 1:])
    root = Path(__file__).resolve().parent.parent.parent
    rng = random.Random(4)
    for f in sorted(root.glob("tests/fixtures/articles/*.txt")):
        text = f.read_text("utf-8")
        for t in (text, "".join(c.upper() if rng.random() < 0.3 else c for c in text)):
            assert [m.span() for m in gated.finditer(t)] == [m.span() for m in plain.finditer(t)]
