"""The rule data shipped in ``summit_nlp/extract/data/``, loaded once into immutable tables.

* ``cues.tsv``   — reporting verbs and phrases, with the roles they can play;
* ``roles.tsv``  — role nouns (``spokesman``, ``analysts``, ``the ministry``, ``the statement``);
* ``titles.tsv`` — diplomatic and governmental titles of many systems (``Chief Cabinet Secretary``,
  ``Permanent Representative``), with whether they take a place (``Ambassador to …``) and, for a
  title only one country has, that country (``Taoiseach``: Ireland);
* ``countries.tsv`` — every UN member and observer state and common territories: names, demonyms,
  capitals, seats of government;
* ``organisations.tsv`` — international organisations and their bodies, with short forms;
* ``words.tsv``  — closed word classes the rules need (pronouns, adjunct words, …);
* ``given_names.tsv`` — given names strongly associated with one gender (a clue for he/she);
* ``rules.tsv``  — every attribution rule with its confidence.

Each file says its source and licence in its header.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
import re
from importlib import resources
from typing import Iterable

__all__ = ["CAP_WORD", "CueEntry", "Place", "Lexicon", "UPPER", "load_lexicon", "nation_of", "rule_confidence",
           "title_nation", "union"]


@dataclass(frozen=True, slots=True)
class CueEntry:
    lemma: str
    form: str
    quotes: bool  # Q: attributes quotes
    reported: bool  # R: introduces reported speech
    addressee: bool  # A: object after the cue is the hearer
    needs_that: bool  # T: reported speech only with a "that" clause
    noun: bool = False  # N: the form is also a common noun ("a phone call", "the claims")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    organisation: bool
    parent: str = ""  # an organisation's parent body (organisations.tsv): the European Commission's is the European Union
    seats: tuple[str, ...] = ()  # a country's seats of government (countries.tsv metonyms: the Kremlin), not its capitals


# eq=False: a lexicon is equal only to itself, and hashable, so pure rule helpers taking one can be
# memoised with functools.lru_cache (there is one, load_lexicon's, and its tables never change)
@dataclass(frozen=True, eq=False)
class Lexicon:
    cues: dict[str, CueEntry]  # lower-case form -> entry
    roles: dict[str, str]  # lower-case role word(s) or title -> class
    places: tuple[Place, ...]
    place_by_word: dict[str, Place]  # lower-case name/demonym/capital/metonym (without "the") -> place
    words: dict[str, frozenset[str]]  # word class -> lower-case words
    place_titles: frozenset[str] = frozenset()  # titles followed by "to/of/for X" naming a place ("ambassador")
    given_names: dict[str, str] = field(default_factory=dict)  # given name -> "f" | "m" (strongly gendered only)
    title_nations: dict[str, str] = field(default_factory=dict)  # a title only one country has -> that country

    def word_class(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def _rows(name: str) -> list[list[str]]:
    raw = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    return [line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(",") if x.strip())


def _strip_the(s: str) -> str:
    return s[4:] if s.lower().startswith("the ") else s


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load every rule table (cached: the tables are immutable)."""
    cues: dict[str, CueEntry] = {}
    for lemma, forms, roles in (r[:3] for r in _rows("cues.tsv")):
        for form in _split(forms):
            cues[form.lower()] = CueEntry(lemma, form, "Q" in roles, "R" in roles, "A" in roles, "T" in roles,
                                          "N" in roles and not form.split()[0].endswith(("ed", "ing")))
    roles = {word.strip().lower(): cls.strip() for word, cls in (r[:2] for r in _rows("roles.tsv"))}
    place_titles = set()
    title_nations = {}
    for row in _rows("titles.tsv"):
        title, cls = row[0].strip().lower(), row[1].strip()
        roles.setdefault(title, cls)
        if len(row) > 2 and row[2].strip() == "yes":
            place_titles.add(title)
        if len(row) > 3 and row[3].strip():
            title_nations[title] = row[3].strip()
    places, by_word = _places()
    words: dict[str, set[str]] = {}
    for cls, items in (r[:2] for r in _rows("words.tsv")):
        words.setdefault(cls.strip(), set()).update(w.lower() for w in _split(items))
    given = {row[0].strip(): row[1].strip() for row in _rows("given_names.tsv")}
    return Lexicon(cues, roles, tuple(places), by_word, {k: frozenset(v) for k, v in words.items()},
                   frozenset(place_titles), given, title_nations)


def _plural(demonym: str) -> str | None:
    """``Kenyan`` → ``Kenyans``; None where English makes no such plural (Chinese, French, Swiss)."""
    if demonym.endswith(("ese", "sh", "ch", "ss", "s", "x", "z")) or not demonym[-1:].isalpha():
        return None
    return demonym + "s"


def _places() -> tuple[list[Place], dict[str, Place]]:
    """Countries (``countries.tsv``) and organisations (``organisations.tsv``), and every form of
    each: where two rows share a form the earlier row wins, and an organisation's seat (Brussels
    for the EU) wins over a capital."""
    places: list[Place] = []
    by_word: dict[str, Place] = {}

    def index(place: Place, forms: tuple[str, ...]) -> None:
        for word in forms:
            by_word.setdefault(_strip_the(word).lower(), place)
            if "'" in word:  # the files use straight apostrophes; news copy often curly
                by_word.setdefault(_strip_the(word).lower().replace("'", "’"), place)

    for row in _rows("countries.tsv"):
        row += [""] * (5 - len(row))
        name, names, demonyms, capitals, metonyms = row[:5]
        dem = _split(demonyms)
        plurals = tuple(p for d in dem if (p := _plural(d)) is not None)
        place = Place(name, (name, *_split(names)), dem + plurals, _split(capitals) + _split(metonyms),
                      organisation=False, seats=_split(metonyms))
        places.append(place)
        index(place, (*place.names, *place.demonyms, *place.metonyms))
    seats = []
    for row in _rows("organisations.tsv"):
        row += [""] * (6 - len(row))
        name, names, _kind, parent, demonym, metonyms = row[:6]
        place = Place(name, (name, *_split(names)), _split(demonym), _split(metonyms), organisation=True,
                      parent=parent)
        places.append(place)
        index(place, (*place.names, *place.demonyms))
        seats += [(m, place) for m in place.metonyms]
    for seat, place in seats:
        by_word[_strip_the(seat).lower()] = place
    return places, by_word


@lru_cache(maxsize=1)
def _rule_table() -> dict[str, float]:
    return {rule: float(conf) for rule, _item, conf, *_ in _rows("rules.tsv")}


def rule_confidence(rule: str) -> float:
    """The confidence of an attribution rule (``rules.tsv``); a rule missing there is a bug."""
    try:
        return _rule_table()[rule]
    except KeyError:
        raise KeyError(f"attribution rule {rule!r} is not listed in extract/data/rules.tsv") from None


#: ``\b`` before a pattern every alternative of which opens with a word character: the same
#: positions, but ``re`` skips word ends and inner letters at once (a big alternation of roles or
#: cues then costs a third less).
WORD_START = r"(?<!\w)(?=\w)"


def union(words: Iterable[str], *, space: str = r"\s+") -> str:
    """One regular expression for a set of literal words or phrases, factored as a trie.

    ``re`` tries the alternatives of ``a|b|c`` one by one at every position; with hundreds of
    titles or cue forms that dominates the run time.  The trie shares prefixes, so each position
    costs one pass down the tree, and at every node the longer continuation is tried first
    (``statement`` before ``state``).  A blank inside a phrase matches ``space``.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [(space if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return f"(?:{'|'.join(alts)})" + ("?" if "" in node else "")

    return emit(trie) or "(?!)"


def title_nation(words: str, lex: Lexicon) -> str | None:
    """The country of a title in ``words`` that only one country's system has (``titles.tsv``
    ``country``: ``Chief Cabinet Secretary`` → Japan, ``Taoiseach`` → Ireland), else ``None``."""
    low = words.lower()
    for title, country in lex.title_nations.items():
        pos = low.find(title)
        while pos >= 0:
            end = pos + len(title)
            if (pos == 0 or not low[pos - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                return country
            pos = low.find(title, pos + 1)
    return None


#: every upper-case letter of the Latin, Greek and Cyrillic blocks (names with diacritics: İbrahim, Łukasz)
UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c).isalpha())
_POSSESSIVE_END = re.compile(r"[’']s?$")
_ABBR_DOT = r"(?:(?<=Jr|Sr|St|Mr|Ms|Dr|Lt|Mt)|(?<=Mrs|Gov|Sen|Rep|Gen|Col|Adm|Sgt|Rev))\."
# One capitalised word of a name: initials first ("Michael C. Cernech"); capitals joined by a
# slash are one word ("RFE/RL"); an abbreviation keeps its stop ("Gov.")
CAP_WORD = rf"(?:[{UPPER}]\.(?:[{UPPER}]\.)*|[{UPPER}][\w’'\-]*(?:/[{UPPER}][\w\-]*)*(?:{_ABBR_DOT})?)"



@lru_cache(maxsize=4096)  # the same titles and modifiers come back in every article
def nation_of(words: str, lex: Lexicon | None = None) -> str | None:
    """The canonical country/organisation named by any word of ``words`` (``US`` → United States)."""
    lex = lex or load_lexicon()
    clean = re.sub(r"[()]", " ", words)
    found = lex.place_by_word.get(_POSSESSIVE_END.sub("", clean.strip()).lower())
    if found:
        return found.name
    toks = [_POSSESSIVE_END.sub("", t) for t in clean.split()]
    for n in (3, 2, 1):
        for i in range(len(toks) - n + 1):
            place = lex.place_by_word.get(" ".join(toks[i:i + n]).lower())
            if place:
                return place.name
    return title_nation(" ".join(toks), lex)  # "Chief Cabinet Secretary": a title only one country has
