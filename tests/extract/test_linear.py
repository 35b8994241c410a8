"""Linear on any input: one endless sentence with a quote in every clause (scraped text with no full
stop) costs the same per quote whatever its length.  Measured by an operation count, never by time:
the mentions the clause rules examine (``Context.examined``) per quote must not grow with length."""

from __future__ import annotations

import pytest

from summit_nlp import analyze
from summit_nlp.extract import clauses

CLAUSE = 'the minister said that "we will not give in" and '


@pytest.fixture
def examined(monkeypatch: pytest.MonkeyPatch):
    """A function returning how many mentions the clause rules examined since it was last called."""
    contexts: list[clauses.Context] = []
    real_init = clauses.Context.__init__

    def recording_init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        contexts.append(self)

    monkeypatch.setattr(clauses.Context, "__init__", recording_init)

    def read() -> int:
        n = sum(c.examined for c in contexts)
        contexts.clear()
        return n

    return read


def test_mentions_examined_per_quote_do_not_grow_with_length(examined) -> None:
    per_quote = []
    for n in (100, 400, 1600):
        a = analyze(CLAUSE * n, score=False)
        assert len(a.quotes) == n
        per_quote.append(examined() / n)
    assert per_quote[0] > 0
    assert per_quote[-1] <= 1.25 * per_quote[0], per_quote


def test_subjecthood_lookups_per_mention_do_not_grow_with_repeats(monkeypatch: pytest.MonkeyPatch) -> None:
    """One person named in every sentence: speaker resolution looks up each mention's subjecthood a
    bounded number of times (it once walked every earlier mention of the name again: quadratic)."""
    from summit_nlp.extract import resolve

    lookups = [0]

    class CountingDict(dict):
        def get(self, key, default=None):
            lookups[0] += 1
            return super().get(key, default)

    real_init = resolve._Resolver.__init__

    def init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        self._subject_at = CountingDict()

    monkeypatch.setattr(resolve._Resolver, "__init__", init)
    per_mention = []
    for n in (200, 800):
        lookups[0] = 0
        analyze("“We will keep talking,” Foreign Minister Penny Wong said on Monday. " * n, score=False)
        per_mention.append(lookups[0] / n)
    assert per_mention[1] <= per_mention[0] * 1.5 + 1, per_mention
