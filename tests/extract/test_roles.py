"""Role descriptions and groups (:mod:`summit_nlp.extract.roles`)."""

from __future__ import annotations

import pytest

from summit_nlp.extract.lexicon import load_lexicon
from summit_nlp.extract.roles import find_roles
from summit_nlp.model import Span


def _roles(text: str) -> list[tuple[str, str]]:
    found = find_roles(text, Span.of(text, 0, len(text)), load_lexicon(), False)
    return [(m.span.text, m.kind) for m in sorted(found, key=lambda m: m.span.start)]


@pytest.mark.parametrize("text, expected", [
    ("The Russian leader arrived late.", "The Russian leader"),
    ("Russia’s foreign minister spoke first.", "Russia’s foreign minister"),
    ("a senior official said on Monday", "a senior official"),
])
def test_role_description_spans_determiner_modifiers_and_role(text: str, expected: str) -> None:
    assert expected in [t for t, _ in _roles(text)]


def test_phrase_with_article_ends_the_role_before_it() -> None:
    found = [t for t, _ in _roles("Then a spokesman for the Ministry of Health declined to comment.")]
    assert "a spokesman" in found
    assert not any("Ministry" in t for t in found)


def test_local_group_takes_its_place() -> None:
    assert "Many residents of Bhaktapur" in [t for t, _ in _roles("Many residents of Bhaktapur stayed away.")]


def test_group_without_determiner() -> None:
    assert "Western diplomats" in [t for t, _ in _roles("Western diplomats were sceptical.")]


def test_offsets_hold_for_every_found_role() -> None:
    text = "The ministry said analysts and the prime minister's aides disagreed."
    for m in find_roles(text, Span.of(text, 0, len(text)), load_lexicon(), False):
        assert text[m.span.start:m.span.end] == m.span.text


def test_a_gazetteer_name_after_the_is_no_group() -> None:
    assert not any("United Nations" in t for t, _ in _roles("He wrote to the United Nations on Monday."))
