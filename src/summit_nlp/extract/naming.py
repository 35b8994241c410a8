"""Naming: the small pure functions speaker resolution uses to compare and name things.

Name tokens with particles folded and suffixes dropped (``Van Weel`` = ``van Weel``), whether one
name is part of another (``López Obrador`` of ``Andrés Manuel López Obrador``), the gender a title
word gives (``Dame``, ``Sir``), the role class of a title (``data/titles.tsv``, ``roles.tsv``),
whether a word is an abbreviation, the organisation named inside a description's modifiers, and
the name an unmatched description goes by.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_lexicon, union
from ..model import Mention

__all__ = ["LEADER_ROLES", "SUFFIXES", "PARTICLE_WORDS", "title_gender", "name_tokens", "contains", "surname",
           "role_class", "title_roles", "is_abbreviation", "organisation_in", "named_institution", "describe",
           "INDEFINITE", "whole_words", "describes_next", "joint_name"]

#: An indefinite description opens with one of these: it introduces someone new ("a diplomat").
INDEFINITE = re.compile(r"(?:a|an|one|another)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def whole_words(name: str) -> re.Pattern[str]:
    """A pattern matching ``name`` as a whole word sequence (memoised: names repeat)."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")

LEADER_ROLES = {"president", "prime minister", "premier", "chancellor", "leader", "king", "queen", "emir",
                 "sultan", "crown prince", "supreme leader", "head of state", "dictator", "strongman"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii"}

PARTICLE_WORDS = frozenset({"van", "von", "der", "den", "de", "la", "le", "du", "da", "di", "del", "della", "dos",
                             "das", "los", "las", "bin", "bint", "ibn", "al", "el", "abu", "ter"})
#: patronymic words that close a name and go with the word before them: "Sadyk uulu"
PATRONYMICS = frozenset({"uulu", "kyzy", "oglu", "ogly", "qizi", "kizi"})

def title_gender(title: str | None) -> str | None:
    """``f``/``m`` when a title word says (``Ms``, ``Dame``, ``Sir``, ``King``; ``data/words.tsv``)."""
    if not title:
        return None
    words = {w.strip(".,").lower() for w in title.split()}
    lex = load_lexicon()
    if words & lex.word_class("female_title"):
        return "f"
    if words & lex.word_class("male_title"):
        return "m"
    return None


@lru_cache(maxsize=8192)
def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name, suffixes left out, particles folded (``van``/``Van``, ``al-``/``Al-``)."""
    return tuple(p.lower() if p.lower() in PARTICLE_WORDS or "-" in p[:4] else p
                 for p in name.split() if p.lower().strip(",") not in SUFFIXES)


def contains(parts: tuple[str, ...], tokens: tuple[str, ...]) -> bool:
    """Whether ``tokens`` occur as a contiguous run in ``parts``."""
    n = len(tokens)
    return any(parts[i:i + n] == tokens for i in range(len(parts) - n + 1))


#: a hyphenated given name with a lower-case second syllable, written after the family name
#: ("Chen Shu-hui", "Tsai Ing-wen"); a hyphenated surname capitalises both halves ("Demirtaş-Yılmaz")
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,6}-[a-z]{1,6}")


def surname(name: str) -> str:
    """The words a second mention uses: the last word with the particles before it (``von der
    Leyen``), the family name written first before a hyphenated given name (``Chen Shu-hui`` →
    ``Chen``), or a patronymic with its name (``Sadyk uulu``)."""
    parts = [p for p in name.split() if p.lower().strip(",") not in SUFFIXES]
    if len(parts) == 2 and _HYPHENATED_GIVEN.fullmatch(parts[1]) and parts[0][:1].isupper():
        return parts[0]
    if len(parts) > 2 and parts[-1] in PATRONYMICS:
        return " ".join(parts[-2:])  # "Nurlan Sadyk uulu" -> "Sadyk uulu"
    k = len(parts) - 1
    while k > 1 and parts[k - 1] in PARTICLE_WORDS:
        k -= 1  # "Ursula von der Leyen" -> "von der Leyen", "Benjamin de los Santos" -> "de los Santos"
    return " ".join(parts[k:]) if parts else name


def role_class(role: str) -> str:
    lex = load_lexicon()
    return "leader" if role in LEADER_ROLES else lex.roles.get(role, "other")


@lru_cache(maxsize=1)
def _roles_pattern() -> re.Pattern[str]:
    roles = sorted(load_lexicon().roles, key=len, reverse=True)
    return re.compile(r"(?=\b(" + union(roles, space=" ") + r")\b)")


@lru_cache(maxsize=4096)
def title_roles(title: str) -> frozenset[str]:
    """Role words inside a lower-case title (``russian president`` → {president}); a role with a
    portfolio holds its head too (``minister of foreign affairs`` → {minister of foreign affairs,
    minister}), as ``foreign affairs minister`` holds ``minister``."""
    found = {m.group(1) for m in _roles_pattern().finditer(title)}
    roles = load_lexicon().roles
    heads = {head for r in found if (head := re.split(r" (?:of|for|to) ", r, maxsplit=1)[0]) != r and head in roles}
    return frozenset(found | heads)



def is_abbreviation(word: str) -> bool:
    """``DFA``, ``MOFA``, ``U.N.``: an abbreviation rather than a name."""
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 10 and sum(ch.isupper() for ch in letters) >= max(2, len(letters) - 2)


def organisation_in(title: str, lex) -> str | None:
    """The organisation named inside a description's modifiers: ``senior State Department`` →
    ``State Department``, ``IAEA`` → ``IAEA``; None for a country or a seat of government."""
    words = title.split()
    caps = [i for i, w in enumerate(words) if w[:1].isupper() and w.lower() not in {"a", "an", "the"}]
    if not caps:
        return None
    name = " ".join(words[caps[0]:caps[-1] + 1])
    if lex.place_by_word.get(name.lower()) or lex.place_by_word.get(name.lower().rstrip("’'s")):
        return None
    is_org = name.replace(".", "").isupper() and len(name) > 1 or \
        any(w.lower() in lex.word_class("org_word") for w in name.split())
    return name if is_org else None


#: Bodies named by capitalised words before a lower-case body word ("the Trump campaign", "the ruling
#: Georgian Dream party").
_OWNED_BODIES = frozenset({"campaign", "party", "faction", "bloc", "union"})
_GENERIC_BODIES = frozenset({"party", "faction", "union"})  # named without the body word ("Georgian Dream")


def named_institution(m: Mention) -> str | None:
    """``the opposition Democratic Alliance``: an institution word written with a capital after
    capitalised modifiers is a proper name (``Democratic Alliance``); so is a campaign after its
    candidate's name (``the Kowalski campaign`` → ``Kowalski campaign``), and so are capitalised
    words joined by ``of``/``for``/``and`` (``a spokeswoman for the Department of Foreign Affairs``)."""
    if m.kind != "role" or role_class(m.head) != "institution":
        return None
    words = m.text.split()
    if not words[-1][:1].isupper() and not (words[-1].lower() in _OWNED_BODIES and len(words) > 1
                                            and words[-2][:1].isupper() and words[-2].lower() not in {"the", "a", "an"}):
        return None
    k = len(words) - 1
    while k > 0 and (words[k - 1][:1].isupper() and words[k - 1].lower() not in {"the", "a", "an"}
                     or words[k - 1] in {"of", "for", "and"} and k > 1 and words[k - 2][:1].isupper()):
        k -= 1  # "the Department of Foreign Affairs": a capitalised name with its connectors
    if k >= len(words) - 1:
        return None
    # "the Georgian Dream party" is Georgian Dream; "the Democratic Party" keeps its capital Party
    return " ".join(words[k:-1] if words[-1] in _GENERIC_BODIES else words[k:])


def describe(m: Mention) -> str:
    """The name an unmatched description goes by: its words without a leading article, quantity or
    generic possessive (``Thousands of farmers`` → ``farmers``, ``the country's Catholic bishops`` →
    ``Catholic bishops``); a group mention whose head is none of its words (a briefing transcript's
    ``Q:`` label, head ``reporters``) goes by its head."""
    if m.kind == "group" and m.head.lower() not in m.text.lower():
        return m.head
    name = re.sub(r"^(?:the|a|an|one|another)\s+", "", m.text, flags=re.IGNORECASE)
    name = re.sub(r"^(?:country|nation|state|region|city|island|government|party)[’']s\s+(?=\w)", "", name,
                  flags=re.IGNORECASE)
    return re.sub(r"^(?:thousands|hundreds|dozens|millions|scores|tens\s+of\s+thousands)\s+of\s+", "", name,
                  flags=re.IGNORECASE)


def describes_next(text: str, prev: Mention, m: Mention, after: Mention | None) -> bool:
    """``to the environment secretary, Ruth Marlowe, the EU fisheries commissioner, Henrik Vestergaard,
    said``: the name before the role ``m`` is itself set off by a comma (an apposition) and a name set
    off by commas follows the role: the role describes the name after it, not the one before."""
    return text[max(0, prev.span.start - 3):prev.span.start].rstrip().endswith(",") \
        and after is not None and after.kind == "name" and text[m.span.end:after.span.start].strip() == "," \
        and text.startswith(",", after.span.end)


def joint_name(members: list[Mention]) -> str | None:
    """The name of a joint speaker of titled people and places: the people without their titles
    (``Han Seung-woo and Takeshi Morioka``); None when a member is no titled name or place (then the
    speaker is named as written)."""
    if not all(x.kind == "place" or x.kind == "name" and x.title and title_roles(x.title.lower()) for x in members) \
            or not any(x.kind == "name" for x in members):
        return None
    parts = [x.head if x.kind == "name" else re.sub(r"^the\s+", "", x.text, flags=re.I) for x in members]
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def seat_named(text: str, place) -> str | None:
    """The seat of government a place mention names (``the Kremlin`` → ``Kremlin``, ``Downing
    Street``), as the gazetteer writes it without its article; None for the country, its capital
    or a demonym."""
    key = re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.IGNORECASE).replace("’", "'").lower()
    return next((re.sub(r"^the\s+", "", f) for f in place.seats
                 if re.sub(r"^the\s+", "", f).lower() == key), None)
