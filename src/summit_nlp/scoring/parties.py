"""Parties: every mention of a person, country, organisation or group an act can be aimed at.

A party mention is one of:

* ``name`` — an alias of one of the article's entities (``Putin``, ``the Russian leader``),
  or the surname of a person entity;
* ``place`` — a country, organisation, capital or seat of government of the gazetteer
  (``extract/data/places.tsv``: ``Kyiv`` and ``Kiev`` are Ukraine, ``the Kremlin`` Russia);
* ``demonym`` — a demonym before a noun (``Russian troops``, ``Chinese coast guard ships``)
  stands for its country;
* ``group`` — a demonym before a group noun (``the European capitals``, ``Western governments``)
  is a party of its own, named by the phrase without its article;
* ``description`` — ``the council``, ``the commission``, ``the mission`` (a ``description_head`` of
  ``data/act_words.tsv``) is the one organisation of the article whose name has that word
  (``urged the council to …`` → the U.N. Security Council); none when two names have it;
* ``role`` — a role description extraction resolved to a person or a country, where it stands
  (``backed the prime minister`` after ``Prime Minister Bart De Wever``): a lower-case description
  is no name to look for elsewhere, where it may be someone else;
* ``body`` — a named organisation that never speaks (``the Taliban``, ``Transparency International``,
  extraction's ``mentioned``) is kept apart (``Parties.bodies``): a party only as the object right
  after a trigger (``accused the Taliban of …``), never read from the context of a statement (an
  analyst's own institute, the federation a speaker heads), and never over a gazetteer place.

A place that is already an entity (``Moscow`` when ``Russia`` speaks) resolves to that entity;
in speech mode a place that names the speaker resolves to the speaker.  Parties that acts aim
at but that were not entities yet are returned as new :class:`~summit_nlp.model.Entity`
objects (SPEC: every party an act is aimed at is listed in ``speakers``), and every name or
place form a party is mentioned by is added to its aliases.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping

from ..extract.lexicon import Place, load_lexicon
from ..model import Entity, Span
from .lexicons import chunk_class, word_class

if TYPE_CHECKING:
    from ..model import Extraction

__all__ = ["PartyMention", "Parties", "find_parties", "self_parties"]

_WORD_AFTER = re.compile(r"[ \t]+(?:-\s*)?([A-Za-z][\w’'-]*(?:\s+(?:guard|guards|ministry|media))?)")


@dataclass(frozen=True, slots=True)
class PartyMention:
    """A mention of a party: where it is, whom it names and how it was recognised."""

    span: Span
    party: str  # canonical name
    kind: str  # name | body | place | demonym | group | description | role
    alias: bool  # whether the surface form is an alias worth listing (names and places, not demonyms)


@dataclass(frozen=True)
class Parties:
    """The party mentions of one article in text order, and the entities they resolve to."""

    mentions: tuple[PartyMention, ...]
    starts: tuple[int, ...]
    entities: Mapping[str, Entity]  # the extraction's entities by name
    kinds: Mapping[str, str]  # party name -> entity kind, for parties that are not entities yet
    #: named organisations that never speak, by position: a party only as the object right after a
    #: trigger ("accused the Taliban of …", :func:`.act_context.party_after`), never read from context
    bodies: tuple[PartyMention, ...] = ()

    def between(self, start: int, end: int) -> list[PartyMention]:
        """The mentions lying inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)  # a slice to the end would copy every later mention
        return [m for m in self.mentions[lo:hi] if m.span.end <= end]

    def covering(self, pos: int) -> PartyMention | None:
        """The mention whose span holds position ``pos``."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.mentions[k] if k >= 0 and self.mentions[k].span.start <= pos < self.mentions[k].span.end else None

    @cached_property
    def _body_starts(self) -> tuple[int, ...]:
        return tuple(b.span.start for b in self.bodies)

    def body_covering(self, pos: int) -> PartyMention | None:
        """The named organisation (``bodies``) whose span holds position ``pos``."""
        k = bisect.bisect_right(self._body_starts, pos) - 1
        return self.bodies[k] if k >= 0 and self.bodies[k].span.start <= pos < self.bodies[k].span.end else None

    def at(self, start: int) -> PartyMention | None:
        """The mention starting exactly at ``start``."""
        k = bisect.bisect_left(self.starts, start)
        return self.mentions[k] if k < len(self.starts) and self.starts[k] == start else None

    @cached_property
    def owners(self) -> "_Owners":
        """Which party a gazetteer place resolves to here (outside speech mode's own-name rule)."""
        return _Owners(self.entities, None)

    def umbrella(self, name: str) -> str:
        """The body a party belongs to at the top, as this article names it (the European
        Commission's is the European Union: ``parent`` in ``organisations.tsv``); else the party."""
        gaz = _gazetteer()
        entity = self.entities.get(name)
        place = next((gaz.by_form[f] for f in (name, *(entity.aliases if entity else ())) if f in gaz.by_form), None)
        if place is None or not place.parent:
            return name
        seen = {place.name}
        while place.parent and place.parent in gaz.by_form and place.parent not in seen:
            place = gaz.by_form[place.parent]
            seen.add(place.name)
        return self.owners.of(place)

    def with_targets(self, targets: Iterable[str], named: Iterable[tuple[str, str]] = ()) -> tuple[Entity, ...]:
        """The article's entities, each with the names and places it is mentioned by added to its
        aliases, followed by a new entity for every target that was not one; ``named`` gives more
        (party, surface form) pairs (a group an act named: ``wealthy nations``)."""
        forms: dict[str, list[str]] = {}
        for m in self.mentions:
            if m.alias:
                forms.setdefault(m.party, []).append(m.span.text)
        for party, form in named:
            forms.setdefault(party, []).append(form)
        out = []
        for e in self.entities.values():
            merged = _merged(e.aliases, forms.get(e.name, ()))
            if e.kind != "person":
                merged = _merged(merged, self._full_name(e.name, merged))
            out.append(replace(e, aliases=merged) if merged != e.aliases else e)
        for name in dict.fromkeys(t for t in targets if t not in self.entities):
            aliases = _merged((), forms.get(name, ()))
            out.append(Entity(name=name, kind=self.kinds.get(name, "group"),
                              aliases=_merged(aliases, self._full_name(name, aliases))))
        return tuple(out)

    def _full_name(self, name: str, aliases: Iterable[str]) -> tuple[str, ...]:
        """The gazetteer's name of the country or organisation a party named by an abbreviation or a
        metonym is (``U.S.`` -> ``United States``), when it is not its name already: one of its names."""
        gaz = _gazetteer()
        for form in (name, *aliases):
            place = gaz.by_form.get(form)
            if place is not None and place.name != name and self.owners.of(place) == name:
                return (place.name,)
        return ()


def _merged(old: Iterable[str], new: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*old, *new]))


@dataclass(frozen=True)
class _Gazetteer:
    """The places of ``extract/data/places.tsv``: their names and metonyms, and their demonyms."""

    by_form: Mapping[str, Place]
    by_demonym: Mapping[str, Place]
    index: Mapping[str, tuple[str, ...]]  # first word -> names/metonyms starting with it, longest first


_FIRST = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<![\w-])\w+")
#: Where a party mention may begin: a capitalised word or "the" (every form starts so: _entity_forms).
_MENTION_START = re.compile(r"(?<![\w-])(?:[^\W\da-z_]\w*|the\b)")


_THE_NEXT = re.compile(r"\s+(\w+)")


def _first_word(form: str) -> str:
    """The index key of a form: its first word, or ``the X`` for a form that opens with ``the``."""
    words = _FIRST.findall(form)
    if not words:
        return ""
    return f"{words[0]} {words[1]}" if words[0] in ("the", "The") and len(words) > 1 else words[0]


def _key_at(text: str, w: "re.Match[str]") -> str:
    """The index key of the word at ``w`` (with the next word after ``the``)."""
    word = w.group()
    if word in ("the", "The"):
        nxt = _THE_NEXT.match(text, w.end())
        return f"{word} {nxt.group(1)}" if nxt else word
    return word


def _index(forms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Forms by their first word, longest first (a literal matcher: no regex per form)."""
    out: dict[str, list[str]] = {}
    for f in set(forms):
        out.setdefault(_first_word(f), []).append(f)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _the_variants(form: str) -> list[str]:
    return [form, "T" + form[1:]] if form.startswith("the ") else [form]


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    places = load_lexicon().places
    by_form: dict[str, Place] = {}
    by_demonym: dict[str, Place] = {}
    for p in places:
        for form in (*p.names, *p.metonyms):
            for f in _the_variants(" ".join(form.split())):
                by_form.setdefault(f, p)
        for d in p.demonyms:
            if d[:1].isupper() and d not in by_form:
                by_demonym.setdefault(d, p)
    for p in places:  # an organisation's seat wins over a capital (Brussels is the EU), as in extract/lexicon.py
        if p.organisation:
            for form in p.metonyms:
                for f in _the_variants(" ".join(form.split())):
                    by_form[f] = p
    by_demonym.setdefault("Western", Place("the West", ("the West",), ("Western",), (), organisation=True))
    return _Gazetteer(by_form, by_demonym, _index(by_form))


#: A first word with more forms than this (``United``, ``UN``, ``Republic``) is matched by one regex.
_MANY_FORMS = 6


@lru_cache(maxsize=4096)
def _forms_regex(forms: tuple[str, ...]) -> re.Pattern[str]:
    """``forms`` (longest first) as one alternation ending on a word boundary: the first form of the
    tuple that matches is the one the regex matches (a word character is ``isalnum()`` or ``_``)."""
    return re.compile("(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


def _longest(text: str, pos: int, hi: int, forms: tuple[str, ...]) -> str | None:
    """The longest of ``forms`` (sorted longest first) written at ``pos``, ending on a word boundary."""
    if len(forms) > _MANY_FORMS:
        m = _forms_regex(forms).match(text, pos)
        if m is None:
            return None
        if m.end() <= hi:
            return m.group()
    for form in forms:
        end = pos + len(form)
        if end <= hi and text.startswith(form, pos) and not (end < len(text) and (
                text[end].isalnum() or text[end] in "_-")):
            return form
    return None


def _matches(text: str, ranges: Iterable[tuple[int, int]], index: Mapping[str, tuple[str, ...]]) -> Iterator[tuple[int, str]]:
    """Every (start, form) of ``index`` in the ranges of ``text``, on word boundaries, longest first."""
    for lo, hi in ranges:
        for w in _WORD_START.finditer(text, lo, hi):
            form = _longest(text, w.start(), hi, index.get(_key_at(text, w), ()))
            if form is not None:
                yield w.start(), form


def _entity_forms(entities: Iterable[Entity]) -> dict[str, str]:
    """Surface form -> entity name: names, aliases (no pronouns, no lower-case groups) and surnames."""
    pronouns = chunk_class("pronoun")
    out: dict[str, str] = {}
    for e in entities:
        if e.kind == "group" and _JOINT_PARTS.search(e.name):
            continue  # a joint speaker ("Côte d'Ivoire and Benin"): its members are the parties named
        forms = [e.name, *e.aliases]
        if e.kind == "person" and len(e.name.split()) > 1:
            forms.append(e.name.split()[-1])
            # a one-word form of a person that is a place is the place ("London" of "King's College London")
            forms = [f for f in forms if f == e.name or " " in f.strip() or f.strip() not in _gazetteer().by_form]
        for f in forms:
            f = f.strip()
            first = f.split()[0] if f.split() else ""
            if len(f) < 2 or f.lower() in pronouns or not (first[:1].isupper() or first.lower() == "the"
                                                             and any(w[:1].isupper() for w in f.split())):
                continue
            for v in _the_variants(" ".join(f.split())):
                out.setdefault(v, e.name)
    return out


def find_parties(extraction: "Extraction", speaker: str | None = None,
                 ranges: Iterable[tuple[int, int]] | None = None) -> Parties:
    """Every party mention of the article (see the module docstring), non-overlapping, longest first;
    ``ranges`` limits the search to those stretches of the text (default: all of it)."""
    text = extraction.article.text
    spans = list(ranges) if ranges is not None else [(0, len(text))]
    entities = {e.name: e for e in extraction.entities}
    # a named organisation that never speaks is a party too ("accused the Taliban of …")
    # (kind "body": kept apart, see ``Parties.bodies``)
    bodies = [e for e in extraction.mentioned if e.kind == "organisation" and e.name not in entities]
    body_names = {e.name for e in bodies}
    forms = _entity_forms([*extraction.entities, *bodies])
    gaz = _gazetteer()
    owners = _Owners(entities, speaker)
    found: list[PartyMention] = []
    kinds: dict[str, str] = {}
    names = _index(forms)
    groups, institutions = word_class("group_noun"), word_class("institution_noun")
    for lo, hi in spans:  # one pass over the words: entity forms, gazetteer places, demonyms
        for w in _MENTION_START.finditer(text, lo, hi):
            word = _key_at(text, w)
            cands, places = names.get(word), gaz.index.get(word)
            if cands is None and places is None and word not in gaz.by_demonym:
                continue
            pos = w.start()
            name = _longest(text, pos, hi, cands) if cands else None
            place_form = _longest(text, pos, hi, places) if places else None
            if name is not None and forms[name] in body_names and place_form is not None:
                name = None  # a gazetteer place or body ("the EU") is read as one, never as a mere body
            if name is not None and (place_form is None or len(name) >= len(place_form)):
                found.append(PartyMention(Span(pos, pos + len(name), name), forms[name],
                                          "body" if forms[name] in body_names else "name", True))
            elif place_form is not None:
                place = gaz.by_form[place_form]
                owner = owners.of(place)
                kinds.setdefault(owner, "organisation" if place.organisation else "country")
                found.append(PartyMention(Span(pos, pos + len(place_form), place_form), owner, "place", True))
            elif word in gaz.by_demonym:
                m = _demonym(text, w, gaz, owners, kinds, groups, institutions)
                if m is not None:
                    found.append(m)
    found += _descriptions(text, spans, extraction.entities)
    found += _resolved_roles(spans, extraction.entities)
    return _parties(found, entities, kinds, text)


def _resolved_roles(spans: Iterable[tuple[int, int]], entities: Iterable[Entity]) -> list[PartyMention]:
    """The role descriptions extraction resolved to a person or a country, at their own places
    (module docstring, ``role``)."""
    ranges = sorted(spans)
    los = [lo for lo, _ in ranges]

    def inside(span: Span) -> bool:  # (a bisection: an article has as many ranges as statements)
        k = bisect.bisect_right(los, span.start) - 1
        return k >= 0 and span.end <= ranges[k][1]

    # (an organisation's descriptions are left out: measured on the fixture articles, aiming acts at
    # "the ministry" or "the committee" where they stand lost more dyads than it found)
    return [PartyMention(m.span, e.name, "role", False) for e in entities if e.kind in ("person", "country")
            for m in e.mentions if m.kind == "role" and not m.in_quote and inside(m.span)]


def _descriptions(text: str, spans: Iterable[tuple[int, int]], entities: Iterable[Entity]) -> list[PartyMention]:
    """``the council`` -> the one organisation whose name holds ``Council`` (module docstring)."""
    heads = word_class("description_head")
    owners: dict[str, set[str]] = {}
    for e in entities:
        if e.kind == "person":
            continue
        for w in _WORD_START.findall(e.name):
            if w[:1].isupper() and w.lower() in heads:
                owners.setdefault(w.lower(), set()).add(e.name)
    unique = {h: next(iter(names)) for h, names in owners.items() if len(names) == 1}
    if not unique:
        return []
    rx = _description_regex(tuple(sorted(unique)))
    return [PartyMention(Span.of(text, m.start(), m.end()), unique[m.group(1).lower()], "description", False)
            for lo, hi in spans for m in rx.finditer(text, lo, hi)]


@lru_cache(maxsize=256)
def _description_regex(heads: tuple[str, ...]) -> re.Pattern[str]:
    """``the <head>``, not ``the council of Europe`` (a name of its own)."""
    alts = "|".join(map(re.escape, heads))
    return re.compile(rf"(?<![\w-])[Tt]he\s+({alts})(?![\w-])(?!\s+(?:of|for|on)\s+[A-Z])", re.IGNORECASE)


class _Owners:
    """Which party a gazetteer place resolves to in one article (memoised per place)."""

    def __init__(self, entities: Mapping[str, Entity], speaker: str | None) -> None:
        self.keys = {_key(n): n for n in entities}
        self.speaker_key = _key(speaker) if speaker is not None else None
        self.speaker = speaker
        self.memo: dict[str, str] = {}

    def of(self, place: Place) -> str:
        if place.name not in self.memo:
            # (not its seats of government: "the Kremlin" speaking is an office of its own, "Moscow" is Russia)
            own = [_key(f) for f in (place.name, *place.names, *place.metonyms) if f not in place.seats]
            if self.speaker is not None and self.speaker_key in own:
                self.memo[place.name] = self.speaker
            else:
                self.memo[place.name] = next((self.keys[k] for k in own if k in self.keys), place.name)
        return self.memo[place.name]


def _key(name: str) -> str:
    low = " ".join(name.split()).lower()
    return low[4:] if low.startswith("the ") else low


def _demonym(text: str, w: "re.Match[str]", gaz: _Gazetteer, owners: "_Owners", kinds: dict[str, str],
             groups: frozenset[str], institutions: frozenset[str]) -> PartyMention | None:
    """``Russian troops`` -> Russia; ``the European capitals`` -> the party ``European capitals``;
    a demonym alone or before a name (``Russian President Vladimir Putin``) is no mention."""
    demonym = w.group()
    if w.end() < len(text) and text[w.end()] in "’'":
        return None
    nxt = _WORD_AFTER.match(text, w.end())
    if nxt is None or not nxt.group(1)[0].islower():
        return None
    noun = nxt.group(1).lower()
    if noun in groups:
        start = w.start() - 4 if text[max(0, w.start() - 4):w.start()].lower() == "the " else w.start()
        name = f"{demonym} {noun}"
        kinds.setdefault(name, "group")
        return PartyMention(Span.of(text, start, nxt.end()), name, "group", True)
    place = gaz.by_demonym[demonym]
    owner = owners.of(place)
    kinds.setdefault(owner, "organisation" if place.organisation else "country")
    strong = noun in institutions or noun.split()[0] in institutions
    return PartyMention(Span.of(text, w.start(), nxt.end() if strong else w.end()), owner, "demonym", False)


_DOCUMENT_OF = re.compile(r"(\w+)\s+of\s+(?:the\s+)?$")


def _in_document_name(text: str, start: int) -> bool:
    """Whether the mention at ``start`` names a document's owner (``the Charter of the United Nations``)."""
    lo = max(0, start - 40)
    if text.find("of", lo, start) < 0:
        return False
    m = _DOCUMENT_OF.search(text, lo, start)
    return m is not None and m.group(1).lower() in word_class("document_noun")


def _parties(found: list[PartyMention], entities: Mapping[str, Entity], kinds: Mapping[str, str],
             text: str) -> Parties:
    """The party mentions, disjoint, and apart from them the named bodies that overlap none (module docstring)."""
    kept = _disjoint([p for p in found if p.kind != "body"], text)
    starts = [p.span.start for p in kept]

    def free(b: PartyMention) -> bool:  # a body never hides a party inside it ("EU-Central Asia")
        k = bisect.bisect_left(starts, b.span.end) - 1  # the last party starting before the body ends
        return k < 0 or kept[k].span.end <= b.span.start

    bodies = tuple(b for b in _disjoint([p for p in found if p.kind == "body"], text) if free(b))
    kinds = {**kinds, **{b.party: "organisation" for b in bodies}}
    return Parties(tuple(kept), tuple(starts), entities,
                   {k: v for k, v in kinds.items() if k not in entities}, bodies)


def _disjoint(found: list[PartyMention], text: str) -> list[PartyMention]:
    """Non-overlapping mentions, left to right, the longest at each position; none in a document's name."""
    found.sort(key=lambda p: (p.span.start, -len(p.span), p.kind != "name"))
    kept: list[PartyMention] = []
    for p in found:
        if kept and p.span.start < kept[-1].span.end:
            continue
        kept.append(p)
    return [p for p in kept if not _in_document_name(text, p.span.start)]


@lru_cache(maxsize=20_000)
def _alias_places(alias: str, name: str = "") -> tuple[Place, ...]:
    """The gazetteer places a person's alias names: its demonyms (``Russian President …``) and its
    place names (``the US president``), not a word of the person's own ``name`` (``Oliver Dane`` is
    no Dane); memoised, aliases repeat across articles."""
    gaz = _gazetteer()
    own = set(name.split())
    found = [gaz.by_demonym[w.group()] for w in _WORD_START.finditer(alias)
             if w.group() in gaz.by_demonym and w.group() not in own]
    found += [gaz.by_form[f] for pos, f in _matches(alias, [(0, len(alias))], gaz.index)
              if gaz.by_form[f].organisation or not _POSTED_TO.search(alias, 0, pos)]
    return tuple(found)


#: a country a title names after these is where the person is posted or what they deal with, not whom
#: they speak for (``Ambassador to Japan``, ``envoy in Kabul``, ``Special Representative for Sudan``);
#: an organisation is (``Indonesia's Ambassador to ASEAN`` speaks in it: "we stand ready")
_POSTED_TO = re.compile(r"\b(?:to|in|for|at)\s+(?:the\s+)?$", re.IGNORECASE)


_JOINT_PARTS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


def seat_of(name: str) -> Place | None:
    """The country whose seat of government ``name`` is (``Kremlin``, ``White House``), else None."""
    place = _gazetteer().by_form.get(name) or _gazetteer().by_form.get(f"the {name}")
    return place if place is not None and (name in place.seats or f"the {name}" in place.seats) else None


def self_parties(speaker: str, parties: Parties) -> frozenset[str]:
    """The parties a speaker speaks for: itself and the countries its mentions' titles name
    (``Russian President Vladimir Putin`` speaks for Russia), or that open an organisation's or a
    group's name (``the US State Department``, ``EU diplomats``)."""
    entity = parties.entities.get(speaker)
    if entity is None:
        return frozenset({speaker})
    nations = {m.nation for m in entity.mentions if m.nation}
    if entity.kind == "person":  # "Russian President Vladimir Putin", "the US president": the title's country
        owners = parties.owners
        # the forms it is mentioned by, not the appositive descriptions of its aliases ("a spokesperson
        # for the … Organization of Canada" is no side); an entity built from gold has aliases only
        for alias in dict.fromkeys(m.text for m in entity.mentions) or entity.aliases:
            nations.update(owners.of(place) for place in _alias_places(alias, entity.name))
    elif entity.kind != "country":  # "the US State Department", "Chinese foreign ministry", "EU diplomats"
        gaz, owners = _gazetteer(), parties.owners
        for form in (entity.name, *entity.aliases):
            words = form.split()
            first = words[1] if len(words) > 1 and words[0].lower() == "the" else (words[0] if words else "")
            first = first[:-2] if first.endswith(("’s", "'s")) else first
            place = gaz.by_demonym.get(first) or gaz.by_form.get(first)
            if place is not None and len(words) > 1:
                nations.add(owners.of(place))
    if (seat := seat_of(entity.name)) is not None:
        nations.add(parties.owners.of(seat))  # "the Kremlin" speaks for Russia
    # and a Kremlin spokesman (Russia) for the Kremlin too
    nations |= {n for n in parties.entities if (p := seat_of(n)) is not None and parties.owners.of(p) in nations}
    if entity.kind == "group":  # a joint speaker ("Türkiye, Azerbaijan and Georgia"): each member too
        gaz, owners = _gazetteer(), parties.owners
        for part in _JOINT_PARTS.split(entity.name):
            part = _THE.sub("", part.strip())
            if part in parties.entities:
                nations.add(part)
            elif part in gaz.by_form:
                nations.add(owners.of(gaz.by_form[part]))
    return frozenset({speaker, *nations})
