"""Scoring is linear on any input: in one endless sentence (scraped text with no full stop) the work
per statement does not grow with length.  Measured by operation counts, never by time."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, SupportsIndex

import pytest

from summit_nlp import analyze
from summit_nlp.model import Span
from summit_nlp.scoring import acts, score_analysis


class _CountingTuple(tuple):
    """A tuple that counts the items its slices copy (``read[0]``)."""

    read: list[int]

    def __getitem__(self, key: SupportsIndex | slice) -> Any:
        got = tuple.__getitem__(self, key)
        if isinstance(key, slice):
            self.read[0] += len(got)
        return got


def _per_statement(clause: str, sizes: tuple[int, ...], count: Callable[[], int], head: str = "",
                   tail: str = "") -> list[float]:
    """The count per statement (per character when ``head`` is given) of scoring ``head + clause * n + tail``."""
    out = []
    for n in sizes:
        extraction = analyze(head + clause * n + tail, score=False)
        before = count()
        score_analysis(extraction)
        out.append((count() - before) / (len(extraction.article.text) if head else len(extraction.statements)))
    return out


def test_lookups_copy_a_bounded_number_of_items_per_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    # The context's tables (triggers, party mentions, hedging hits) are sorted and searched by
    # bisection; a slice from the first hit to the end of a table copied every later item, so a
    # look-up cost the length of the text: quadratic in one long sentence.
    read = [0]
    real = acts.make_context

    def counting(*args: Any, **kwargs: Any) -> Any:
        ctx = real(*args, **kwargs)
        wrap: Callable[[tuple], _CountingTuple] = lambda t: _CountingTuple(t)  # noqa: E731
        tables = {"triggers": wrap(ctx.triggers), "certainty": wrap(ctx.certainty),
                  "parties": replace(ctx.parties, mentions=wrap(ctx.parties.mentions))}
        for t in (tables["triggers"], tables["certainty"], tables["parties"].mentions):
            t.read = read
        return replace(ctx, **tables)

    monkeypatch.setattr(acts, "make_context", counting)
    clause = "the envoy from Russia said that “we will probably reject the plan and condemn the attack” and "
    per = _per_statement(clause, (100, 400), lambda: read[0])
    assert per[0] > 0
    assert per[1] <= 1.25 * per[0], per


def test_acts_read_before_merging_per_statement_do_not_grow(monkeypatch: pytest.MonkeyPatch) -> None:
    # An invitation's answer is looked for in the statements after it; with no full stop the
    # sentence horizon is the end of the text, and every offer read every later reply.
    merged = [0]
    real = acts._merge

    def counting(found: Any) -> Any:
        found = list(found)
        merged[0] += len(found)
        return real(found)

    monkeypatch.setattr(acts, "_merge", counting)
    clause = ("Vladimir Putin met Donald Trump and “Next time in Moscow,” Putin told Trump and "
              "“I could see it possibly happening,” Trump responded and ")
    per = _per_statement(clause, (50, 200), lambda: merged[0])
    assert per[0] > 0
    assert per[1] <= 1.25 * per[0], per


def test_characters_copied_into_spans_per_character_do_not_grow(monkeypatch: pytest.MonkeyPatch) -> None:
    # A reporter's act spans its sentence: the span was copied once per act, and in one long
    # sentence holding many acts every copy was the length of the text.
    copied = [0]
    real = Span.of.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Span], text: str, start: int, end: int) -> Span:
        copied[0] += max(0, end - start)
        return real(cls, text, start, end)

    monkeypatch.setattr(Span, "of", classmethod(counting))
    per = _per_statement("Russia praised the meeting and ", (100, 400), lambda: copied[0],
                         head="Vladimir Putin said “we will talk” and ")
    assert per[0] > 0
    assert per[1] <= 1.25 * per[0], per


def test_a_long_statement_is_read_once_not_once_per_act(monkeypatch: pytest.MonkeyPatch) -> None:
    # An act naming no party is aimed at the party its statement names nearest the trigger: the
    # statement's tokens and the parties it names were read again for every act, so one long quote
    # holding many acts cost its length per act. Count characters tokenized and mentions tested.
    from summit_nlp.scoring import act_targets, text

    work = [0]
    real_tokens, real_locative = text.tokens, act_targets.is_locative

    def counting_tokens(s: str, offset: int = 0) -> Any:
        work[0] += len(s)
        return real_tokens(s, offset)

    def counting_locative(ctx: Any, m: Any) -> bool:
        work[0] += 1
        return real_locative(ctx, m)

    for module in (acts, act_targets):
        monkeypatch.setattr(module, "tokens", counting_tokens)
    monkeypatch.setattr(act_targets, "is_locative", counting_locative)
    per = _per_statement(" and we reject the plan and we condemn the attack on Ukraine", (50, 200),
                         lambda: work[0], head="Vladimir Putin said “we are ready", tail=".”")
    assert per[0] > 0
    assert per[1] <= 1.25 * per[0], per


def test_an_act_or_stance_repeated_through_a_long_text_is_joined_in_linear_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A reporter's act repeated in every clause of one long sentence merges into one act, and one
    # speaker praising the same party thousands of times gives one stance, each with thousands of
    # pieces of evidence: joining each new one into a tuple copied (and searched) all of them.
    from summit_nlp.scoring import stance

    copied = [0]
    for module in (acts, stance):
        def counting(obj: Any, *, _real: Any = module.replace, **changes: Any) -> Any:
            copied[0] += len(changes.get("evidence", ())) + len(changes.get("acts", ()))
            return _real(obj, **changes)

        monkeypatch.setattr(module, "replace", counting)
    per = _per_statement("“We will talk,” Vladimir Putin said, and Putin praised Donald Trump and ", (50, 200),
                         lambda: copied[0])
    assert per[0] > 0
    assert per[1] <= 1.25 * per[0], per
