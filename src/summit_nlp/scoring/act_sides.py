"""The sides of a story: whom a party stands for, and the two sides of a two-party story.

A person stands for the country the article says they speak for (``Japanese Foreign Minister
Kenji Morimoto`` → Japan: :func:`side`; for one of unknown side, the country their reported
clauses open with (``said Kenya had …``, ``saying Kenya "respects …"``, ``… and that Canada "will
not tolerate" …``; a government body of unknown side alike: ``the Ministry of Foreign Affairs said
Cuba would …``), the country their own first-person words open a sentence with (``“Brazil is not
defending illegal mining. We fight it …”``; not ``“Iran is counting on us …”``), or the capital
their sentences open with or they told reporters in (``In Tokyo, … Kihara told …``, ``Peskov told
reporters in Moscow``): :meth:`.act_context.ActContext.selves`); on the sides of a story an organisation counts for its
umbrella body (the European Commission for the European Union: ``parent`` in
``extract/data/organisations.tsv``; :func:`camp`). :func:`principal_sides` finds the two sides of a
two-party story (``Canada`` and ``India``) and :func:`counterpart` the other side for a speaker
on one of them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..extract.institutions import story_country
from ..extract.lexicon import load_lexicon
from .act_context import ActContext, party_kind
from ..model import Span
from .parties import PartyMention, seat_of
from .lexicons import word_class

__all__ = ["side", "camp", "own_camps", "principal_sides", "counterpart", "is_party", "is_audience", "is_locative",
           "is_person", "home_country"]

_PRINCIPAL_MIN = 3  # mentions the second side of a two-party story needs
_PRINCIPAL_SHARE = 0.4  # ... and its share of the first side's


def principal_sides(ctx: ActContext) -> tuple[str, ...]:
    """The two sides of a two-party story (``Canada`` and ``India``): the two sides the article
    names most around its statements (people counted for the country they speak for; not an
    audience such as ``AFP``), when the
    second is named at least three times and at least 0.4 times as often as the first; else ()."""
    if "principal" not in ctx.memo:
        counts: Counter[str] = Counter()
        for party, n in Counter(m.party for m in ctx.parties.mentions).items():
            if is_party(ctx, party):
                counts[camp(ctx, party)] += n
        top = counts.most_common(3)
        two: tuple[str, ...] = ()
        if len(top) >= 2 and top[1][1] >= _PRINCIPAL_MIN and top[1][1] >= _PRINCIPAL_SHARE * top[0][1]:
            two = (top[0][0], top[1][0])
        ctx.memo["principal"] = two
    return ctx.memo["principal"]  # type: ignore[return-value]


def camp(ctx: ActContext, party: str) -> str:
    """The side a party is on in the story: a person's country, an organisation's umbrella body."""
    key = f"camp:{party}"
    if key not in ctx.memo:
        ctx.memo[key] = ctx.parties.umbrella(side(ctx, party))
    return ctx.memo[key]  # type: ignore[return-value]


def own_camps(ctx: ActContext, speaker: str) -> frozenset[str]:
    """The sides the speaker is on: its own parties and their umbrella bodies."""
    return frozenset(camp(ctx, p) for p in ctx.selves(speaker) | {speaker}) | ctx.selves(speaker)


def counterpart(ctx: ActContext, speaker: str) -> str | None:
    """The other side of a two-party story for a speaker on one side of it, else None."""
    sides = principal_sides(ctx)
    if not sides:
        return None
    own = own_camps(ctx, speaker)
    mine = [s for s in sides if s in own]
    if len(mine) != 1:
        return None
    return next(s for s in sides if s not in own)


def side(ctx: ActContext, party: str) -> str:
    """The side a target found in the context stands for: a person's country when the article
    says which (``Japanese Foreign Minister Kenji Morimoto`` → Japan), else the party itself. An
    act aimed at someone only by context is aimed at the side, not the individual."""
    entity = ctx.parties.entities.get(party)
    if entity is not None and entity.kind != "person" and (seat := seat_of(party)) is not None:
        return ctx.parties.owners.of(seat)  # the Kremlin is on Russia's side
    if entity is None or entity.kind != "person":
        return party
    nations = sorted(ctx.selves(party) - {party})
    if len(nations) > 1:  # "Kremlin spokesman Yuri Belov": Russia, not also the Kremlin
        nations = [n for n in nations if seat_of(n) is None] or nations
    return nations[0] if len(nations) == 1 else party


def home_country(ctx: ActContext, speaker: str, at: Span | None = None) -> str | None:
    """The party whose government ``the government`` (at ``at``) is in the speaker's words
    (:func:`.act_context.home_mention`): the entity extraction resolved that very mention to (a
    speaker or a country that is only mentioned: ``accused the government of …`` filed under Finland);
    else the one country the speaker speaks for; else, for a speaker
    of unknown country (an opposition MP, a union), the story's own country
    (:func:`..extract.institutions.story_country`, over the parties named near the statements), else
    the first country named there; else None."""
    resolved = ctx.resolved.get((at.start, at.end)) if at is not None else None
    if resolved is not None:
        return resolved
    countries = sorted(p for p in ctx.selves(speaker) - {speaker} if party_kind(ctx.parties, p) == "country")
    if len(countries) == 1:
        return countries[0]
    named = [(m.span.start, m.party) for m in ctx.parties.mentions
             if party_kind(ctx.parties, m.party) == "country" and m.kind != "demonym"]
    return story_country(ctx.text, named) or next((party for _, party in named), None)


def is_person(ctx: ActContext, name: str) -> bool:
    """Whether the party is a person entity (an addressee that is a body is the statement's forum)."""
    entity = ctx.parties.entities.get(name)
    return entity is not None and entity.kind == "person"


def is_party(ctx: ActContext, name: str) -> bool:
    """Whether a name is a party acts can be aimed at, not a group or an audience (``reporters``, ``AFP``)."""
    entity = ctx.parties.entities.get(name)
    return not (entity is not None and entity.kind == "group") and not is_audience(name)


def is_audience(name: str) -> bool:
    """Whether a name is an audience (``reporters``, ``TASS``, ``Meridian News``), never an act's target:
    one of the audience words, or a news agency of the extractor's lexicon."""
    words = set(name.lower().replace("’s", "").replace("'s", "").split())
    return bool(words & _audience_words())


@lru_cache(maxsize=1)
def _audience_words() -> frozenset[str]:
    return word_class("audience") | load_lexicon().word_class("news_agency")


_LOCATIVE = re.compile(r"\b(?:in|on|at|across|inside|throughout|from|of|against|over|within|about|regarding|"
                       r"concerning)\s+"
                       r"(?:(?:the|its|their|eastern|western|northern|southern|central|[a-z]+ern)\s+)*$")


def is_locative(ctx: ActContext, m: PartyMention) -> bool:
    """Whether a mention is a place or a possession in a phrase (``peace in Ukraine``, ``the
    conflict in eastern Ukraine``), not the party an act is aimed at; ``the authorities in Kabul`` is
    the party (an institution noun before ``in``)."""
    found = _LOCATIVE.search(ctx.text, max(0, m.span.start - 40), m.span.start)
    if found is None:
        return False
    before = _WORD_BEFORE.search(ctx.text, max(0, found.start() - 30), found.start())
    return not (found.group().startswith("in") and before is not None
                and before.group(1).lower() in word_class("institution_noun"))


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
