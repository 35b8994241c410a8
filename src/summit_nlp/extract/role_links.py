"""Role links: descriptions tied to the person named next to them (part of family 3 of
:mod:`.resolve`, whose module docstring states the families).

* *described* — ``Sen. Carla Ruiz, a Texas Republican, accused …``: a capitalised run after an
  indefinite article set off after a person's name describes that person (people's names take
  no article);
* *forward* — ``Denmark's ambassador to the United States said …`` ⏎ ``…,” Ambassador Henrik
  Vestergaard said``: a definite description no earlier person fits is the one person named
  within the next paragraphs (``_FORWARD`` characters) whose titles hold its role;
* *backward* — ``Parliament elected Batbayar Ganzorig as prime minister.`` ⏎ ``“…,” the
  58-year-old told lawmakers``: a definite description that no title fits and that no person
  named after it announces is the one person named in the ``_BACKWARD`` characters before it
  (two people named there leave it alone: the description may be either, unless a pronoun after
  it in its sentence gives its gender and one person of that gender is named in the
  ``_BACKWARD_GENDERED`` characters before: ``The former secretary of state said she …``); an age
  description (``the 64-year-old``) is the one person named in those characters with that age
  (``Grace Achieng, 64,``, ``Grace Achieng (64)``, ``64-year-old Grace Achieng``, ``Grace Achieng, a
  64-year-old teacher,``), however many
  others are named there.

:class:`RoleLinkRules` is a part of the resolver, as :class:`~.documents.DocumentRules` is: it
reads the resolver's context (``ctx``), its entities and mention map (``of``) and links through
``_link``/``_merge``/``_entity``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .naming import INDEFINITE, describe, role_class
from ..model import Mention

if TYPE_CHECKING:
    from .builder import EntityBuilder as _Builder

__all__ = ["RoleLinkRules"]

#: How far after a description (in characters) the person it announces may be named.
_FORWARD = 1200
#: How far before a description (in characters) the one person it stands for may be named.
_BACKWARD = 300
#: How far back the one person of a description's gender may be named (``… said she``).
_BACKWARD_GENDERED = 1500
_PRONOUN_AFTER = re.compile(r"\b(he|his|him|she|her)\b", re.IGNORECASE)
_INDEFINITE_APPOSITION = re.compile(r",[ \t]+(?:a|an)[ \t]+")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?)[ \t]+$")
_TIME_PREPOSITION = re.compile(r"\b(?:before|after|during|until|since|around|across|outside)\s+$", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:former|ex-|retired)", re.IGNORECASE)
_OWNED = re.compile(r"\w[’']s\b")
_APPOSITION_AFTER = re.compile(r",[ \t]+(?:the|a|an|[A-Z])")
_AGE_ROLE = re.compile(r"(\d{1,3})-year-old")
#: role classes that describe no single person: a body, a document, a crowd
_NOT_PERSONS = frozenset({"document", "institution", "group"})


class RoleLinkRules:
    """The role-link methods of the speaker resolver (mixed into it; no state of their own)."""

    def describe_reporting_persons(self, speakers: list[Mention | None]) -> None:
        """Give a speaker's definite description that no rule linked (``the 58-year-old``, which
        the mention finder met only as a cue's subject) an entity of its own now, so the backward
        rule can link it."""
        for m in speakers:
            if m is None or m.kind != "role" or m.plural or m.in_quote or m.span.start in self.of \
                    or role_class(m.head) in _NOT_PERSONS or INDEFINITE.match(m.text):
                continue
            self._link(m, self._entity(describe(m), "person-description"))

    def resolve_described_names(self, mentions: list[Mention]) -> None:
        """``Sen. Carla Ruiz, a Texas Republican, accused …``: the entity the capitalised run after
        ``, a`` made on its own joins the person named before it."""
        for prev, m in zip(mentions, mentions[1:]):
            if m.kind not in {"name", "single"} or m.in_quote or prev.kind not in {"name", "single"} \
                    or not _INDEFINITE_APPOSITION.fullmatch(self.ctx.text, prev.span.end, m.span.start):
                continue
            person, described = self.of.get(prev.span.start), self.of.get(m.span.start)
            if person is None or person.kind != "person" or described is None or described is person \
                    or described.kind not in {"person", "unknown"}:
                continue
            if all(_ARTICLE_BEFORE.search(self.ctx.text, max(0, d.span.start - 4), d.span.start)
                   for d in described.mentions if d.kind in {"name", "single"}):
                self._merge(keep=person, drop=described)
            else:  # the run's entity holds other words too ("Texas" elsewhere): move this mention only
                described.mentions.remove(m)
                described.starts.remove(m.span.start)
                self._link(m, person)

    def resolve_forward_roles(self) -> None:
        """A definite description that stands for itself so far is the one person named within
        the next ``_FORWARD`` characters whose titles hold its role, nation permitting."""
        persons = self._persons()
        for e in self._descriptions():
            lead = min(e.mentions, key=lambda m: m.span.start)
            fits = [p for p in persons if lead.span.start < _first_named(p) <= lead.span.start + _FORWARD
                    and _same_role(lead.head, p.roles)
                    and (lead.nation is None or not p.nations or lead.nation in p.nations)]
            if len(fits) == 1:
                self._merge(keep=fits[0], drop=e)

    def resolve_backward_roles(self) -> None:
        """A definite description still standing for itself is the one person named in the
        ``_BACKWARD`` characters before its first mention, nation permitting; not when the
        description is introduced right there (an apposition after it, a person named later in
        its sentence), is owned (``the ELN's central command``), repeats an indefinite description
        (``A senior official …`` ⏎ ``the official said``: the one introduced), never speaks, or
        names a current role of another kind than the person's titles (``Sen. X`` is no ``the
        president``)."""
        text = self.ctx.text
        persons = self._persons()
        for e in self._descriptions():
            lead = min(e.mentions, key=lambda m: m.span.start)
            cls = role_class(lead.head)
            if cls in _NOT_PERSONS or _OWNED.search(lead.text) or _APPOSITION_AFTER.match(text, lead.span.end) \
                    or not any(m.span.start in self.speaker_starts for m in e.mentions):
                continue  # (a description that never speaks is left as written: "the president's authority")
            floor = lead.span.start - _BACKWARD
            before = self.ctx.mentions_between(max(0, floor), lead.span.start)
            if any(m.kind == "role" and m.head == lead.head and INDEFINITE.match(m.text) for m in before):
                continue  # "A senior official … the official said": the one introduced before
            sentence_end = self.ctx.sentence_at(lead.span.start).end
            if any(lead.span.start < _first_named(p) < sentence_end for p in persons):
                continue
            if (aged := self._of_age(persons, lead)) is not None:
                self._merge(keep=aged, drop=e)  # "Grace Achieng, 64, …" ⏎ "…," the 64-year-old said
                continue
            near = self._named_between(persons, floor, lead.span.start)
            # (only up to the next name: "The Vermont senator says …; Clinton says she …")
            named_next = next((m.span.start for m in self.ctx.mentions_between(lead.span.end, sentence_end)
                               if m.kind in {"name", "single"}), sentence_end)
            if len(near) != 1 and (gender := _gender_after(text, lead, named_next)) is not None:
                # "The former secretary of state said she …": the one woman named in the paragraphs before
                near = [p for p in self._named_between(persons, lead.span.start - _BACKWARD_GENDERED, lead.span.start)
                        if p.gender == gender]
            if len(near) != 1 or lead.nation is not None and near[0].nations and lead.nation not in near[0].nations:
                continue
            held = ({role_class(r) for r in near[0].roles}  # and abbreviated titles: "Sen." is a legislator's
                    | {role_class(w) for t in near[0].titles for w in t.split()}) - {"other"}
            # a senator is no "president"; a former general may now be a candidate
            if cls == "other" or not held or cls in held or _FORMER.search(lead.text):
                self._merge(keep=near[0], drop=e)

    def _of_age(self, persons: list[_Builder], lead: Mention) -> _Builder | None:
        """For ``the N-year-old``: the one person named with age N in the ``_BACKWARD_GENDERED``
        characters before it (``X, 64,``, ``X (64)``, ``64-year-old X``), else None."""
        age = _AGE_ROLE.fullmatch(lead.head)
        if age is None:
            return None
        n, text = age.group(1), self.ctx.text
        after = re.compile(rf"(?:,[ \t]*|[ \t]*\()({n})\b(?!-)|,[ \t]+(?:a|an|the)[ \t]+{n}-year-old\b")
        # (only lower-case title words between: "64-year-old former minister X", not "… Y and his aide X")
        before = re.compile(rf"\b{n}-year-old[ \t]+(?:(?!(?:and|or|with)\b)[a-z][\w’'.-]*[ \t]+){{0,3}}$")
        aged = [p for p in persons if any(
            lead.span.start - _BACKWARD_GENDERED <= m.span.start < lead.span.start and m.kind in {"name", "single"}
            and (after.match(text, m.span.end) or before.search(text, max(0, m.span.start - 60), m.span.start))
            for m in p.mentions)]
        return aged[0] if len(aged) == 1 else None

    def _named_between(self, persons: list[_Builder], start: int, end: int) -> list[_Builder]:
        """The persons named (not in a prepositional phrase) between ``start`` and ``end``."""
        return [p for p in persons if any(start <= m.span.start < end and m.kind in {"name", "single"}
                                          and not self._governed(m) for m in p.mentions)]

    def _governed(self, m: Mention) -> bool:
        """Whether a preposition governs ``m`` (``around Koh Kood``, ``before Burns Night``): a
        place or a date as often as a person, so no antecedent for a description."""
        return self.ctx.after_preposition(m) or bool(_TIME_PREPOSITION.search(self.ctx.text, max(0, m.span.start - 12),
                                                                              m.span.start))

    def _descriptions(self) -> list[_Builder]:
        """The definite descriptions that stand for themselves (every mention a role)."""
        return [e for e in self.entities if e.kind == "person-description"
                and all(m.kind == "role" for m in e.mentions)
                and not INDEFINITE.match(min(e.mentions, key=lambda m: m.span.start).text)]


def _gender_after(text: str, lead: Mention, end: int) -> str | None:
    """``m``/``f`` when the first third-person pronoun after ``lead`` in its sentence says which
    (``the former secretary of state said she …``), else None."""
    m = _PRONOUN_AFTER.search(text, lead.span.end, end)
    return None if m is None else "m" if m.group(1).lower() in {"he", "his", "him"} else "f"


def _same_role(role: str, roles: set[str]) -> bool:
    """``role`` is one of ``roles``, or both are a diplomat's (an envoy is an ambassador)."""
    return role in roles or role_class(role) == "diplomat" and "diplomat" in {role_class(r) for r in roles}


def _first_named(e: _Builder) -> int:
    """Where the article first names ``e`` (a name, not a description), or -1."""
    return min((m.span.start for m in e.mentions if m.kind in {"name", "single"}), default=-1)
