"""The word-start shortcut of the mention step finds exactly what a scan of the whole text finds.

``wordstarts`` runs the title, role, group and pronoun patterns only near the words that can open
or end their matches; these tests compare its matches with the plain ``finditer``/``search`` of the
same patterns, on every fixture article (whole texts and stretches cut at odd places) and on random
text made of the listed words, capitals, blanks, line breaks and punctuation.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from summit_nlp.extract import mentions, roles, titled, wordstarts
from summit_nlp.extract.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parent.parent.parent


def _texts() -> list[str]:
    files = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/fixtures/articles/*.txt"))
    return [f.read_text("utf-8") for f in files]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    lex = load_lexicon()
    rng = random.Random(seed)
    vocab = sorted(lex.roles)[:400:3] + sorted(lex.word_class("group_noun")) + sorted(lex.word_class("role_modifier"))
    vocab += ["the", "a", "his", "its", "their", "Russia’s", "U.N.", "U.S.", "Western", "senior", "tens of thousands of",
              "he", "He", "I", "it", "them", "said", "of", "Kenya", "President", "Minister", "human", "rights", "20"]
    seps = [" ", " ", " ", " ", "  ", "\t", "\n", ", ", ". ", " (", ") ", " “", "” ", "-", "’s "]
    out = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(5, 120)):
            w = rng.choice(vocab)
            r = rng.random()
            w = w.title() if r < 0.2 else w.upper() if r < 0.25 else w
            words.append(w + rng.choice(seps))
        out.append("".join(words))
    return out


def _regions(text: str, rng: random.Random) -> list[tuple[int, int]]:
    cuts = sorted(rng.sample(range(len(text) + 1), min(4, len(text) + 1)))
    return [(0, len(text))] + [(a, b) for a, b in zip(cuts, cuts[1:])]


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


@pytest.mark.parametrize("source", ["fixtures", "random"])
def test_shortcut_matches_the_full_scan(source: str) -> None:
    lists = mentions._mention_word_lists()
    assert lists is not None
    rng = random.Random(3)
    texts = _texts() if source == "fixtures" else _random_texts(300)
    role, group, titles = roles.role_pattern(), roles.group_pattern(), titled._titles()
    checked = 0
    for text in texts:
        for start, end in _regions(text, rng):
            starts = wordstarts.word_starts(text, start, end, lists)
            if starts is None:  # a dotless ı, say: the mention step scans such a text in full
                continue
            assert _spans(wordstarts.finditer_near(role, text, start, end, starts[mentions._ROLES],
                                                   roles.role_words_back())) \
                == _spans(role.finditer(text, start, end))
            assert _spans(wordstarts.finditer_near(group, text, start, end, starts[mentions._GROUPS],
                                                   roles.GROUP_WORDS_BACK)) \
                == _spans(group.finditer(text, start, end))
            for pos in sorted(rng.sample(range(start, end + 1), min(5, end - start + 1))):
                plain = titles.search(text, pos, end)
                short = wordstarts.search_at(titles, text, pos, end, starts[mentions._TITLES])
                assert (plain and plain.span()) == (short and short.span())
            checked += 1
    assert checked > 100


def test_letters_re_folds_to_ascii_turn_the_shortcut_off() -> None:
    lists = mentions._mention_word_lists()
    assert wordstarts.word_starts("the \u212aremlin spokesman said", 0, 28, lists) is None
    assert wordstarts.word_starts("the Kremlin spokesman said", 0, 26, lists) is not None


def test_first_words() -> None:
    assert wordstarts.first_words(["foreign minister", "vice-president", "spokesman"]) == \
        frozenset({"foreign", "vice", "spokesman"})
    assert wordstarts.first_words(["(acting) minister"]) is None
