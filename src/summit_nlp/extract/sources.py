"""Anonymous and role-word sources: the speaker-resolution rules for spokespeople, envoys and
``the spokesperson`` (part of family 3 of :mod:`.resolve`, whose module docstring states the families).

* *member of* — ``a spokesperson for the Foreign Office``, ``a statement from the ministry``:
  filed under the organisation or country named after it; a spokesperson for a one-word name that
  is no person (``a spokesman for Shell``) makes it a body; a document from a named person (``the
  message from President William Ruto``) is that person's;
* *envoys at a body* — ``EU diplomats``, ``one senior NATO diplomat``: anonymous envoys at an
  international body are the group ``EU diplomats`` (they speak for member states, not the body);
  ``another diplomat``, ``four diplomats briefed on the talks`` after them are that group;
* *same role* — ``the spokesperson`` after ``a spokesperson for the Office of the US Trade
  Representative`` is the body that spokesperson was filed under, when that mention is nearer than
  any person holding the role;
* *one of them* — ``a senior official`` right after ``Indian officials`` (in the two sentences
  before) is one of them: filed under the country they were filed under;
* *a person's aide* — ``A Thune spokesman``, ``Markey's office``, ``His office`` (the person named
  just before, of that gender): a spokesperson, aide or office named after a person speaks for that person;
* *home official* — ``a senior government official``, ``a senior coalition source``: an anonymous
  official of a government no word names is the story's own country's (the first one named), or
  the country of the capital it is placed in (``a government official in Seoul``).

:class:`SourceRules` is a part of the resolver, as :class:`~.pronouns.PronounRules` is: it reads the
resolver's context (``ctx``), its mention-to-entity map (``of``), its lexicon (``lex``) and creates
entities through ``_entity``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .naming import INDEFINITE, named_institution, role_class, whole_words
from ..model import Mention

if TYPE_CHECKING:
    from .builder import EntityBuilder as _Builder

__all__ = ["SourceRules"]

_SAME_ROLE_REACH = 1500  # characters back an earlier mention of the same role is looked for
#: "a report published on Monday by the …", "a statement posted on the website of the …"
_ISSUED_BY = re.compile(r"\s+(?:from|by|of|(?:issued|released|published|signed|posted|put\s+out)(?:\s+(?:on|last|this|"
                        r"late|early)\s+(?:the\s+)?[A-Za-z]+)?\s+(?:by|of))\s+(?:the\s+)?")
_POSSESSOR = re.compile(r"[’']s$")
_AIDE_REACH = 300  # how far back (characters) the person of "his office" may be named
_IN_PLACE = re.compile(r"[ \t]+in[ \t]+")
_MEMBER_OF = re.compile(r"\s+(?:for|of|at|from)\s+(?:the\s+)?(?:[a-z]+\s+)?")



class SourceRules:
    """The anonymous-source methods of the speaker resolver (mixed into it; its ``_envoy_bodies`` set
    is created by the resolver)."""

    def _aide_of(self, m: Mention) -> _Builder | None:
        """``A Thune spokesman``, ``Markey's office``: the person whose surname the description opens with."""
        if m.kind != "role" or m.plural or not m.title or role_class(m.head) not in {"spokes", "official", "institution"} \
                or role_class(m.head) == "institution" and m.head != "office":
            return None
        owner = m.title.strip().lower()
        if owner in {"his", "her"}:  # "His office said": the person the possessive stands for, named just before
            wanted = "m" if owner == "his" else "f"

            def fits(e: _Builder | None) -> bool:
                return e is not None and e.kind == "person" and e.gender in (None, wanted)
            # the subject of its own sentence first ("Aoun told Ortagus …, according to a readout from his office")
            sentence = self.ctx.sentence_at(m.span.start)
            subject = self.ctx.sentence_subject(sentence, m.span.start)
            own = self.of.get(subject.span.start) if subject is not None and subject.span.start < m.span.start else None
            if fits(own):
                return own
            named = {id(e): e for x in self.ctx.mentions_between(sentence.start, m.span.start)
                     if fits(e := self.of.get(x.span.start))}
            if len(named) > 1:
                return None  # two people it may stand for
            return self._latest(m.span.start, fits, floor=max(0, m.span.start - _AIDE_REACH))
        word = _POSSESSOR.sub("", m.title)
        if " " in word or not word[:1].isupper() or role_class(m.head) == "institution" and word == m.title:
            return None  # ("the Kremlin's office" needs a person; an office takes its owner's possessive)
        person = self._person_for(word, m.span.start)
        return person if person is not None and " " in person.name and person.name.split()[-1] == word else None

    def _spokesperson_for(self, mentions: list[Mention], i: int) -> _Builder | None:
        """``a spokesperson for the Foreign Office``, ``a statement from the ministry``: filed under
        the organisation or country."""
        m = mentions[i]
        cls = role_class(m.head)
        if (m.kind != "group" and cls not in {"spokes", "official", "group", "document"}) or i + 1 >= len(mentions):
            return None
        nxt = mentions[i + 1]
        if m.nation and nxt.kind == "place" and nxt.head != m.nation:
            return None  # "withdraw Ugandan troops from eastern DR Congo": where they are, not whose
        link = _ISSUED_BY if cls == "document" else _MEMBER_OF  # "a statement from the ministry"
        if not link.fullmatch(self.ctx.text, m.span.end, nxt.span.start):
            return None
        if nxt.kind in {"org", "place"} or nxt.kind == "role" and nxt.span.start in self.of:
            return self.of.get(nxt.span.start)
        if nxt.kind == "name" and cls == "document" and (author := self.of.get(nxt.span.start)) is not None:
            return author  # "a letter from Pope Leo", "the message from President William Ruto": the author's
        if nxt.kind == "single" and cls == "spokes" and not nxt.in_quote:
            # "a spokesman for Shell": a one-word name a spokesperson speaks for is a body, not a person
            e = self.of.get(nxt.span.start)
            return self._entity(nxt.head, "organisation") if e is None else e if e.kind != "person" else None
        named = named_institution(nxt)
        return self._entity(named, "organisation") if named else None  # "Members of the … Democratic Alliance"

    def _member_envoys(self, m: Mention) -> _Builder | None:
        """``EU diplomats``, ``one senior NATO diplomat``: anonymous envoys at an international body are
        the group ``EU diplomats`` (they speak for member states, not for the body); ``another
        diplomat``, ``four diplomats briefed on the talks`` after one are that group."""
        if m.head.lower() not in self.lex.word_class("member_envoy") or m.title and m.nation is None:
            return None
        if m.nation is None:
            if not (m.plural or INDEFINITE.match(m.text) or m.text.lower().startswith("another")):
                return None
            found = self._latest(m.span.start, lambda e: e.kind == "group" and e.name.endswith(" diplomats")
                                 and e.name.split()[0] in self._envoy_bodies)
            if found is None:  # "according to four diplomats …" before the article says whose: the next
                later = (x for x in self.ctx.mentions if x.span.start > m.span.end and x.nation and x.kind
                         in {"role", "group"} and x.head.lower() in self.lex.word_class("member_envoy"))
                found = next((g for g in map(self._envoy_group, later) if g is not None), None)
            return found
        return self._envoy_group(m)

    def _envoy_group(self, m: Mention) -> _Builder | None:
        """The group ``<body> diplomats`` of a diplomat mention naming an international body."""
        place = self._place_named(m.nation) if m.nation else None
        if place is None or not place.organisation:
            return None
        body = next((w for w in re.findall(r"[\w.’'-]+", m.text) if self.lex.place_by_word.get(w.lower()) is place), None)
        if body is None:
            return None
        self._envoy_bodies.add(body)
        return self._entity(f"{body} diplomats", "group")

    def _same_role_before(self, m: Mention) -> tuple[int, _Builder] | None:
        """The entity the role word of ``m`` last stood for before it: an earlier mention with the same
        head (``a USTR spokesperson``), or the body after an earlier ``spokesperson for …``."""
        text, floor = self.ctx.text, max(0, m.span.start - _SAME_ROLE_REACH)
        pos = text.rfind(m.head, floor, m.span.start)
        while pos >= 0 and not whole_words(m.head).match(text, pos):
            pos = text.rfind(m.head, floor, pos)
        if pos < 0:
            return None
        for x in self.ctx.mentions_between(max(0, pos - 40), pos + len(m.head) + 60):
            if x.span.start in self.of and (x.span.start <= pos < x.span.end or x.span.start >= pos + len(m.head)
                                            and _MEMBER_OF.fullmatch(text, pos + len(m.head), x.span.start)):
                return pos, self.of[x.span.start]
        return None

    def _one_of_national_group(self, m: Mention) -> _Builder | None:
        """``Indian officials dismissed the claim. "…," a senior official told TOI``: an anonymous
        ``a``/``one`` official with no country of its own, after a national group of the same role
        word in this sentence or the two before, is filed under that group's country."""
        if m.kind != "role" or m.nation or not INDEFINITE.match(m.text) \
                or role_class(m.head) not in {"official", "diplomat"}:
            return None
        floor = self.ctx.start_of_sentences_back(m.span.start, 2)  # two: a quote before the cue may hold a stop
        for prev in self.ctx.mentions_back(m.span.start, floor):
            if prev.kind == "group" and prev.nation and prev.head.lower() == m.head.lower() + "s":
                e = self.of.get(prev.span.start)
                return e if e is not None and e.kind == "country" else None
        return None

    def _home_official(self, m: Mention) -> _Builder | None:
        """``A senior government official, speaking on background, said``: an anonymous official or
        source of no named country or body, whose words say it belongs to a government
        (``data/words.tsv`` ``home_government_word``), is the story's own country's, as a bare
        ``the government`` is (:meth:`.institutions.InstitutionRules._home_country`)."""
        if m.kind != "role" or m.nation or not INDEFINITE.match(m.text) or not m.title \
                or role_class(m.head) not in {"official", "group"} or m.plural:
            return None
        if not set(m.title.lower().split()) & self.lex.word_class("home_government_word"):
            return None
        seat = _IN_PLACE.match(self.ctx.text, m.span.end)
        place = self.ctx.mention_at(seat.end()) if seat is not None else None
        if place is not None and place.kind == "place" and (p := self.lex.place_by_word.get(place.head.lower())) \
                is not None and not p.organisation:
            return self._country(place.head)  # "A government official in Seoul": that capital's government
        return self._home_country(m.span.start)
