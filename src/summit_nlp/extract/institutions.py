"""Institutions: the speaker-resolution rules for ministries, governments, embassies and other bodies
(part of family 3 of :mod:`.resolve`, whose module docstring states the families).

* *owner* — ``her government``, ``its foreign ministry``, ``Uruguay, whose foreign ministry``: the
  country or organisation of the owner;
* *national body* — ``the Turkish Embassy``, ``Kuwait's Foreign Ministry``, ``the Indian High
  Commission``: a government's own body, or its mission abroad (``data/words.tsv``
  ``national_institution``, ``diplomatic_mission``), is filed under its country, as is ``the
  Embassy of`` a country;
* *the institution* — ``the ministry`` is whoever an earlier ``… ministry`` stood for; a government
  body said to sit in a place (``the government in Minsk``) is that place's country; ``the
  government`` is the story's own country (:func:`story_country`: the first country the body names
  that no preposition governs; else the first one named, before it or, in a summary line, after
  it); ``the sultanate``, ``the kingdom`` the latest country of that form of state (``epithet_*`` in
  ``data/words.tsv``), another epithet the latest country; a capitalised body of several words (``the
  Federal Foreign Office``) is its own organisation; else (``the organisation``, not ``an organisation
  representing …``, someone new) the latest organisation named before it;
* *ruling body* — ``the junta`` is the junta of the latest country named (``Guinea-Bissau junta``), a
  party of its own, never the organisation named before it (``data/words.tsv`` ``ruling_body``);
* *home government* — ``the Government``, ``the Federal Government`` in capitals are the story's own
  country, as ``the government`` is (``data/words.tsv`` ``government_modifier``), and so is an
  anonymous source or official of the government with no nation (``A senior government source``);
* *headed by* — ``the Commission`` after ``the European Commission`` is that organisation; ``an
  embassy spokesperson`` after ``The Embassy of China`` is what that embassy stood for, and ``a
  Clinton campaign spokesman`` the Clinton campaign, not the Sanders campaign named before;
* *body* — an organisation's own name, or a gazetteer organisation (``UNHCR``), which a description
  right before it (``The UN refugee agency, UNHCR,``) stands for.

:class:`InstitutionRules` is a part of the resolver, as :class:`~.sources.SourceRules` is: it reads
the resolver's context (``ctx``), its mention-to-entity map (``of``), its lexicon (``lex``) and creates
entities through ``_entity`` and ``_country``.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING, Iterable, TypeVar

from .naming import INDEFINITE, named_institution, role_class
from ..model import Mention

if TYPE_CHECKING:
    from .builder import EntityBuilder as _Builder

__all__ = ["InstitutionRules", "story_country"]

#: bodies named by their owner's name before them ("the Trump campaign", "a Clinton campaign spokesman")
_OWNED_BODIES = frozenset({"campaign", "office", "team", "party", "government"})

T = TypeVar("T")

_OF_PLACE = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,5})")


_GOVERNED = re.compile(r"\b(?:with|to|in|from|on|against|over|for|of|into|at|between|and|toward|towards|across|"
                       r"near)\s+(?:the\s+)?$", re.IGNORECASE)


def story_country(text: str, places: Iterable[tuple[int, T]]) -> T | None:
    """The story's own country, whose government a bare ``the government`` is: the first country the
    body (after the headline line) names by a name, capital or seat, not a demonym, that no
    preposition governs (``Malta would not be lectured``, ``backed by Jamaica's cabinet``; not ``a
    deal with Libya``, ``soldiers to Haiti``); ``places``: (start, country) in text order.  On the
    fixture articles whose gold files ``the government`` under a country, a text-level version of
    this rule is right in 73 of 112, the first country named in 62."""
    body = text.find("\n")
    for start, country in places:
        if start > body and not _GOVERNED.search(text, max(0, start - 12), start):
            return country
    return None


class InstitutionRules:
    """The institution methods of the speaker resolver (mixed into it; no state of their own but the
    story country, read once from the mentions)."""

    def _national_body(self, name: str, owner: str | None = None) -> _Builder | None:
        """``the Turkish Embassy``, ``the Chinese Foreign Ministry``, ``Kuwait's Foreign Ministry``: a
        government's own body is filed under its country, as ``the Chinese foreign ministry`` is."""
        first, _, rest = name.partition(" ")
        if owner and re.fullmatch(r"[^\s’']+[’']s", owner):
            first, rest = owner[:-2], name
        words = name.split()
        for k in range(min(3, len(words) - 1), 1, -1):  # "the United States Embassy": a country of several words
            if self.lex.place_by_word.get(" ".join(words[:k]).lower()) is not None:
                first, rest = " ".join(words[:k]), " ".join(words[k:])
                break
        place = self.lex.place_by_word.get(first.lower())
        if place is None or place.organisation or not rest \
                or rest.lower().split()[-1] not in self.lex.word_class("national_institution") \
                and rest.lower() not in self.lex.word_class("diplomatic_mission"):  # "the Indian High Commission"
            return None
        return self._country(place.name)

    def _mission_of(self, m: Mention) -> _Builder | None:
        """``The Embassy of the People's Republic of China in Apia``: a mission (``data/words.tsv``
        ``diplomatic_mission``) of the country named right after it is that country."""
        if re.sub(r"^the\s+", "", m.head, flags=re.I).lower() not in self.lex.word_class("diplomatic_mission"):
            return None
        of = _OF_PLACE.match(self.ctx.text, m.span.end)
        if of is None:
            return None
        words = re.sub(r"^the\s+", "", of.group(1)).split()
        for n in range(len(words), 0, -1):  # the longest gazetteer name: "the People's Republic of China"
            place = self.lex.place_by_word.get(" ".join(words[:n]).lower())
            if place is not None:
                return None if place.organisation else self._country(place.name)
        return None

    def _body_named_before(self, title: str, pos: int) -> _Builder | None:
        """``an embassy spokesperson`` after ``The Embassy of China``: the body a role's institution
        word stood for when it was last written before (the country an embassy is filed under); a
        body named by its owner (``a Clinton campaign spokesman``) is that owner's body: a new one
        when none was named before (not ``the Sanders campaign``)."""
        *lead, word = title.split()
        owner = [w for w in lead if w[:1].isupper()]  # "senior State Department": State
        if role_class(word.lower()) != "institution":
            return None
        for x in self.ctx.mentions_back(pos, 0):
            if word.lower() in {x.head.lower(), x.text.split()[-1].lower()} and x.span.start in self.of \
                    and x.kind in {"org", "role"} and all(w in x.text.split() for w in owner):
                return self.of[x.span.start]
        if owner and owner == lead and word.lower() in _OWNED_BODIES:
            return self._entity(title, "organisation")
        return None

    def _home_government(self, name: str, pos: int) -> _Builder | None:
        """``the Government``, ``the Federal Government`` written with capitals (Commonwealth style): the
        story's own country, as ``the government`` is."""
        words = name.lower().split()
        if not words or words[-1] not in self.lex.word_class("home_institution") \
                or any(w not in self.lex.word_class("government_modifier") for w in words[:-1]):
            return None
        return self._home_country(pos)

    def _home_country(self, pos: int) -> _Builder | None:
        """The story's own country (:func:`story_country`); else the first one named before ``pos``, or
        after it when a summary line opens the story with ``the government``."""
        home = self._story_home
        return (self._country(home) if home is not None else None) or self._first(pos, lambda e: e.kind == "country") \
            or self._first(len(self.ctx.text), lambda e: e.kind == "country")

    @cached_property
    def _story_home(self) -> str | None:
        """The name of the story's own country, read once per article (the mentions never change, and
        a text with many ``the government`` would otherwise rescan them for each)."""
        places = [(m.span.start, place.name) for m in self.ctx.mentions if not m.in_quote
                  and (place := self._country_named(m)) is not None]
        return story_country(self.ctx.text, places)

    def _country_named(self, m: Mention):
        """The country a mention names by a name, capital, seat or possessive (``Malta``, ``Valletta``,
        ``Sudan’s warring parties``), not by a demonym (``Libyan``), else None."""
        owner = next((w for w in m.title.split() if re.search(r"[’']s$", w)), None) \
            if m.kind in {"role", "group"} and m.title and m.text[:1].isupper() else None
        word = m.head if m.kind in {"place", "possessive"} else re.sub(r"[’']s$", "", owner) if owner else None
        place = self.lex.place_by_word.get(word.lower()) if word else None
        return place if place is not None and not place.organisation and m.text not in place.demonyms else None

    def _headed_by(self, word: str, pos: int) -> _Builder | None:
        """``the Commission`` after ``the European Commission``: a one-word organisation name that
        ends the name of an organisation named before it is that organisation."""
        if " " in word or not self.lex.word_class("org_word") & {word.lower()}:
            return None
        return self._latest(pos, lambda e: e.kind == "organisation" and " " in e.name
                            and e.name.split()[-1].lower() == word.lower())

    def _owner(self, m: Mention) -> _Builder | None:
        """``her government``, ``its foreign ministry``, ``Uruguay, whose foreign ministry``: the country
        or organisation of the owner."""
        lead = m.title.split()[0].lower() if m.title else ""
        if m.kind != "role" or lead not in {"its", "his", "her", "their", "whose"}:
            return None  # "His government" opening a sentence too
        if lead == "whose":  # the mention the relative clause hangs on
            prev = next(self.ctx.mentions_back(m.span.start, max(0, m.span.start - 60)), None)
            gap = self.ctx.text[prev.span.end:m.span.start] if prev is not None else ""
            owner = self.of.get(prev.span.start) if prev is not None and re.fullmatch(r",?\s*", gap) else None
        else:
            pron = Mention(m.span, "pronoun", {"its": "it", "his": "he", "her": "she", "their": "they"}[lead])
            owner = self._antecedent(pron, {})
        if owner is None:
            return None
        if owner.kind in {"country", "organisation"}:
            return owner
        nation = next(iter(sorted(owner.nations)), None)
        return self._country(nation) if nation else None

    def _institution(self, m: Mention) -> _Builder | None:
        """``the ministry``: whoever an earlier ``… ministry`` stood for; a government's own body
        (``the commerce ministry``, ``the embassy``) the country of the capital it sits in (``the
        foreign ministry in Warsaw``), else the country named nearest before it in its sentence or
        the one before; ``the government`` the story's own country; else (``the agency``)
        the latest organisation named before it (not a news agency)."""
        if (named := named_institution(m)) is not None and (m.text.split()[-1].islower() or " of " in named):
            # "the Trump campaign", "the Department of Foreign Affairs": not the body named before it
            return self._entity(named, "organisation")
        earlier = next((x for x in self.ctx.mentions_back(m.span.start, 0) if x.kind in {"role", "org"}
                        and m.head in x.head.lower().split() and x.span.start in self.of), None)
        if earlier is not None:  # "the ministry" after "the Ministry of Commerce" or "China's commerce ministry"
            return self.of[earlier.span.start]
        if m.head in self.lex.word_class("country_epithet"):  # "the sultanate" after Oman
            forms = {n.lower() for n in self.lex.word_class(f"epithet_{m.head}")}  # "the kingdom": a kingdom's
            return self._latest(m.span.start, lambda e: e.kind == "country" and (not forms or e.name.lower() in forms))
        seated = m.head not in self.lex.word_class("diplomatic_mission") and self._seat(m)
        if seated:  # "the foreign ministry in Warsaw", "the government in Minsk": that country's (an embassy is abroad)
            return seated
        if m.head in self.lex.word_class("home_institution"):  # "the government": the story's own country
            return self._home_country(m.span.start)
        if m.head in self.lex.word_class("national_institution"):
            si = self.ctx.sentence_index(m.span.start)
            window = self.ctx.sentences[max(0, si - 1)].start if self.ctx.sentences else 0
            country = self._latest(m.span.start, lambda e: e.kind == "country", floor=window)
            if country is not None:
                return country
        if named is not None and " " in named:  # "the Federal Foreign Office": a body of its own name
            return self._entity(named, "organisation")
        if m.head in self.lex.word_class("ruling_body"):  # "the junta": the latest country's, a party of its own
            country = self._latest(m.span.start, lambda e: e.kind == "country")
            return self._entity(f"{country.name} {m.head}", "organisation") if country is not None else None
        if INDEFINITE.match(m.text):
            return None  # "A group representing the families …": someone new, not the body named before
        agencies = self.lex.word_class("news_agency")
        return self._latest(m.span.start, lambda e: e.kind == "organisation" and e.name.lower() not in agencies)

    def _seat(self, m: Mention) -> _Builder | None:
        """The country of the place a government body is said to sit in (``the government in Minsk``)."""
        if m.head not in self.lex.word_class("home_institution") | self.lex.word_class("national_institution"):
            return None
        seat = next(iter(self.ctx.mentions_between(m.span.end, m.span.end + 40)), None)
        if seat is None or seat.kind != "place" or not re.fullmatch(r"\s+in\s+", self.ctx.text[m.span.end:seat.span.start]):
            return None
        return self.of.get(seat.span.start)

    def _is_body(self, m: Mention) -> bool:
        """An organisation's own name: a named body, or a gazetteer organisation (``UNHCR``)."""
        if m.kind == "org":
            return True
        place = self._place_named(m.head) if m.kind == "place" else None
        return place is not None and place.organisation
