"""Speaker resolution: every mention to one entity per person, organisation, country or group.

Rule families, in the order they run:

1. **Names** — full names found in the article become person entities (a possessive one too,
   when a given name opens it and no organisation word is in it: ``Donald Trump's victories``); a bare surname
   (or first name) links to the person who carries it, the most recent one when two share it; so
   does a possessive one (``Clinton's website``), which a pronoun may then stand for.
   The canonical name is the fullest proper name without titles (``Vladimir Putin``).
2. **Places and organisations** — countries and capitals go to the country (``Moscow`` → Russia);
   a seat of government is an office of its own (``the Kremlin``, ``the White House``, ``Downing
   Street``: ``countries.tsv`` metonyms, the fixture conventions), and so is the anonymous
   spokesperson speaking from it (``a White House spokesperson``); except a speaking ``the Estonian``: the person of
   that nation named before (else one named in the paragraph before whom no title gives a country);
   named organisations are their own entity.
3. **Role descriptions** — ``the Russian leader`` (``Poland’s top diplomat``: a foreign minister) links to the person whose title or
   apposition matches it: same nation (``Russian`` ~ ``Russian President``) and a compatible
   role (a leader is a president, a premier, a chancellor; a ``counterpart`` matches any
   role), the person whose title it repeats first (``the prime minister``: Prime Minister De Wever,
   not Foreign Minister Prévot named since); else an apposition next to a name; an anonymous ``Kremlin spokesman`` is filed
   under the organisation/country, but anonymous envoys at an international body are a group of
   their own (``EU diplomats``; ``another diplomat`` after them is that group); an unmatched description stands for itself, unless it
   announces a person named within the next paragraphs whose titles hold its role (``Denmark's
   ambassador … said`` ⏎ ``Ambassador Henrik Vestergaard said``), or a speaking one is the one
   person named just before it (``… elected X as speaker.`` ⏎ ``the 58-year-old said``; :mod:`.role_links`).  A bare ``the government`` is the
   story's own country (the first country the body names that no preposition governs, else the
   first one named), not the body named last.  A document (``the statement``, ``the
   resolution``) speaks for whoever issued it (:mod:`.documents`); anonymous sources and ``the
   spokesperson`` follow :mod:`.sources`; ministries, governments and embassies :mod:`.institutions`.  ``The two countries``, ``both sides`` are the latest joint speaker of as
   many members, else two countries or bodies joined by ``and`` just before (``accused Côte d'Ivoire
   and Benin …. Both countries deny …``).
4. **Pronouns** — he/she go to the nearest compatible person, preferring the subject of
   the same sentence, then the speakers and subjects of the sentences before; they goes to
   the nearest group, organisation or country, else (a singular they) to the person the sentence
   before is about when that sentence says the person goes by they (``nonbinary``, ``they/them``).  Compatible: never the writer's own ``I``, never
   a plural, never across a known gender (from ``Ms``/``Sir``/``Dame`` titles, an earlier
   he/she, or a given name strongly associated with one gender, ``data/given_names.tsv``), never a
   capitalised word met only at sentence starts with no title and no cue after it (``Optimism is
   scarce.``).  A he/she may stand for an official's description filed under a country (``A Brazilian
   diplomat … he added`` → Brazil).  The one who asked the question before a quote does not answer
   it, and the people an ``Asked whether …,`` clause names are not the answerer.  Mentions inside
   quotes never count.  When nothing fits, the speaker stays unknown (``None``).  The writer's ``I`` outside quotes is the
   person a ``By …`` line near the top names, else an entity ``I`` (:mod:`.pronouns`).
5. **Descriptions** — a person's appositive descriptions join its aliases as written
   (:mod:`.descriptions`); they are no mentions, so they never change who speaks.  A capitalised
   run after ``, a`` following a name describes that person (``Carla Ruiz, a Texas Republican,``):
   it and, when all its names take an article, its entity join the person.
6. **The cast** — entities are the speakers, addressees and fully named persons; the named
   organisations and countries that neither speak nor are addressed are returned apart
   (``Extraction.mentioned``), so the output's ``speakers`` lists the whole cast while scoring's
   parties stay the speakers'.  An organisation, country or other body that is no person, written
   with its article, keeps it in an alias (``the State Department``, ``the EU``, ``the Dáil``); a one-word organisation name that ends an
   earlier one's is that one (``the Commission`` after ``the European Commission``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .clauses import Context
from .builder import EntityBuilder as _Builder
from .documents import DocumentRules
from .role_links import RoleLinkRules
from .institutions import InstitutionRules
from .sources import SourceRules
from .pronouns import PRONOUN_HEADS as _PRONOUN_HEADS, PronounRules
from .descriptions import description_aliases, quoted_name_aliases, quoted_side_aliases
from .lexicon import Place, load_lexicon, union
from .naming import (contains, describe, is_abbreviation, name_tokens, whole_words,
                     named_institution, organisation_in, role_class, surname, title_gender, describes_next, joint_name,
                     seat_named)
from ..model import Attributed, Entity, Mention, Span, Statement

__all__ = ["resolve_speakers"]

#: how far back the person a bare demonym stands for may be named when no title gives that nation
_NATIONAL_REACH = 400
_OF_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)")  # "Macron of France"
_OWNER_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})
_JOINT_AND = re.compile(r",?\s+(?:and|&)\s+")
_JOINT_COMMA = re.compile(r",\s+")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")
_JOINT_REFERENCE = re.compile(r"(?:the\s+)?(two|three|four|both|all\s+three|all\s+four)\s+(?:countries|nations|sides|"
                              r"governments|states|neighbours|neighbors|leaders|ministers|parties|allies)",
                              re.IGNORECASE)
_JOINT_LEAD = re.compile(r"\b((?:[Bb]oth|[Tt]he\s+two|[Aa]ll\s+three)\s+)$")
_NUMBERS = {"two": 2, "both": 2, "three": 3, "all three": 3, "four": 4, "all four": 4}
_AKA = re.compile(r",?\s+(?:(?:also|better|widely|commonly|formally)\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?")
# "the role, Name", "the role Name", "the envoy for the Balkans, Name", "the Permanent Representative
# of the European Union to the United Nations Name" (a phrase of names needs no comma; any other
# does: "residents of Bhaktapur met district officer Sunita Rai" is a clause)
#: a sentence opening with a participle's phrase up to the mention: "Writing on the social network X, …"
_PARTICIPLE_OPENING = re.compile(r"[\s“\"‘']*[A-Z][a-z]+ing\b[^.;:“”\"\n,]*")
_PLACE_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Oo]utside|[Ii]nside|[Nn]ear)\s+$")
#: a sentence opening with a prepositional phrase up to the mention: "On the Teesta, …", "Regarding NATO, …"
_OPENING_PHRASE = re.compile(r"[\s“\"]*(?:(?:On|Over|Regarding|Across|Along|Under|Beyond|Despite|After|Before)\s+"
                             r"|(?:In|At|During|After|Before|From|Under)\s[^,;:“”\"\n]{0,60}?\s"
                             r"(?:to|with|by|at|of|from|for|in|on)\s+)(?:the\s+)?")
# (not "For Renato Feitosa, a professor …": "For" opens a person's apposition; "In a statement to RTÉ
# News, a spokesperson …" is an adjunct)
_APPOSITION_CLOSE = re.compile(r"\s*(?:(?:of|at|for|in|from|to|on|with|and|who|which)\b[^,;:.“”\"\n]{0,80})?"
                               r"\s*(?:[,.;:)!?\n]|[—–]|$)")
# (the phrase never crosses a full stop: "accused the army of obstructing aid. An RSF adviser, X,")
_APPOSITIVE_GAP = re.compile(r"\s+(?:for|of|to|in|at|on)\s+(?:(?![.!?]\s+[A-Z])[^,;:“”\"\n]){1,50}?\s*,\s*"
                             r"|(?:\s+(?:for|of|to|in|at|on)(?:(?:\s+(?:the|and|of))*(?:\s+[A-Z][\w’'.\-]*)+|\s+the)){1,3}\s+"
                             r"|\s*,?\s*")


@lru_cache(maxsize=1)
def _places_by_name() -> dict:
    return {p.name: p for p in load_lexicon().places}


class _Resolver(PronounRules, DocumentRules, SourceRules, InstitutionRules, RoleLinkRules):
    def __init__(self, ctx: Context, speaker_starts: frozenset[int] = frozenset()):
        self.ctx = ctx
        self.speaker_starts = speaker_starts  # where a statement's speaker is named (a subject too)
        self.lex = load_lexicon()
        self.entities: list[_Builder] = []
        self.by_key: dict[tuple[str, str], _Builder] = {}
        self.of: dict[int, _Builder] = {}  # mention start -> entity
        self._places_by_name = _places_by_name()
        self.abbreviations: dict[str, _Builder] = {}  # "DFA" -> the Department of Foreign Affairs
        self._owners: dict[str, str] = {}  # "Ministry of Foreign Affairs" -> the country first named as its owner
        self._subject_at: dict[int, bool] = {}  # mention start -> is it its sentence's subject
        self._subject_seen: dict[int, tuple[_Builder, int, bool]] = {}  # id -> (entity, mentions looked at, found)
        self.joint: dict[int, _Builder] = {}  # start of a joint speaker's last member -> the joint entity
        self._forms_in_text: dict[str, str] = {}
        # name word -> the entities whose name has it, in order of creation: what _person_for looks
        # through, instead of every person of the article for every name (quadratic in long texts)
        self._by_word: dict[str, list[_Builder]] = {}
        self._rank: dict[int, int] = {}
        self._envoy_bodies: set[str] = set()  # "EU" once "EU diplomats" is an entity

    # --------------------------------------------------------------- entities
    def _entity(self, name: str, kind: str) -> _Builder:
        e = self.by_key.get((name, kind))
        if e is None:
            e = self.by_key[(name, kind)] = _Builder(name, kind)
            self._rank[id(e)] = len(self.entities)
            self.entities.append(e)
            self._index(e)
        return e

    def _index(self, e: _Builder) -> None:
        """File ``e`` under the words of its (new) name; stale entries are filtered by the callers."""
        for word in set(name_tokens(e.name)):
            self._by_word.setdefault(word, []).append(e)

    def _link(self, m: Mention, e: _Builder) -> None:
        e.add(m)
        self.of[m.span.start] = e
        if (m.kind in {"org", "place"} or e.kind != "person" and m.kind in {"name", "group", "single"}) \
                and not m.text.lower().startswith("the "):
            lead = _THE_BEFORE.search(self.ctx.text, max(0, m.span.start - 4), m.span.start)
            if lead is not None:  # aliases as written: "the State Department", "the EU"
                e.add_alias(self.ctx.text[lead.start():m.span.end])

    def _persons(self) -> list[_Builder]:
        return [e for e in self.entities if e.kind == "person"]

    def resolve_names(self, mentions: list[Mention]) -> None:
        # "Donald Trump's latest victories": a possessive full name (a given name first) names the
        # person too, though it never speaks; the bare surnames after it link to that person
        org_words = self.lex.word_class("org_word")
        full = [m for m in mentions if not m.in_quote and (m.kind == "name" or m.kind == "possessive"
                and " " in m.head and m.head.split()[0] in self.lex.given_names
                and not any(w.lower() in org_words for w in m.head.split()))]
        # Longest names first, so "Vladimir Putin" exists before "Putin" is met.
        for m in sorted(full, key=lambda m: -len(m.head.split())):
            target = self._person_for(m.head, m.span.start)
            if target is None:
                target = next((e for e in self._named_like(m.head) if e.name == m.head
                               or (e.name.split()[-1] == m.head.split()[-1]
                                   and e.name.split()[0] == m.head.split()[0])), None)
            if target is None:
                target = self._entity(m.head, "person")
            self._link(m, target)
            if target.name.count(" ") < m.head.count(" "):
                target.name = m.head
                self._index(target)
            gender = title_gender(m.title)
            if gender is not None:
                target.gender = gender
            elif target.gender is None:  # "Ingrid Solberg" is a she; an unlisted name says nothing
                target.gender = self.lex.given_names.get(m.head.split()[0])
        for e in self._persons():
            e.add_alias(e.name)
            if " " in e.name:
                e.add_alias(surname(e.name))

    def _named_like(self, name: str) -> list[_Builder]:
        """The persons whose name has the first word of ``name``, in order of creation (all of them
        when that word is a suffix, which the word index leaves out)."""
        tokens = name_tokens(name.split()[0]) if name.split() else ()
        if not tokens:
            return self._persons()
        rank = self._rank
        return sorted({id(e): e for e in self._by_word.get(tokens[0], ()) if e.kind == "person"}.values(),
                      key=lambda e: rank[id(e)])

    def _person_for(self, words: str, pos: int) -> _Builder | None:
        """The person of whose fuller name ``words`` is a part (``Putin``, ``López Obrador``, ``Lula``,
        ``Van Weel``, ``Zhao``): a sentence subject before one met only inside a phrase ("Kim Yo Jong,
        the sister of … Kim Jong Un, said …": ``Kim`` is her), then the latest mentioned before ``pos``."""
        tokens = name_tokens(words)
        best, best_key = None, (False, -1)
        for e in self._named_like(tokens[0]) if tokens else self._persons():
            parts = name_tokens(e.name)
            if len(parts) < len(tokens) or not contains(parts, tokens):
                continue  # (the same words: "Obama" after "President Obama" made a person of that name)
            key = (self._is_subject(e), e.last_before(pos + 1))
            if best is None or key > best_key:
                best, best_key = e, key
        return best

    def _is_subject(self, e: _Builder) -> bool:
        """Whether some mention of ``e`` is the subject of its sentence or names a statement's
        speaker (``…, with Kim Yo-jong calling the offer “…”``; cached per mention; the
        mentions already looked at are not looked at again: one name said 60,000 times stays linear)."""
        ctx = self.ctx
        owner, seen, found = self._subject_seen.get(id(e), (e, 0, False))
        if owner is not e or seen > len(e.mentions):
            seen, found = 0, False  # another entity under a reused id, or mentions moved away
        if found:
            return True
        for k in range(seen, len(e.mentions)):
            m = e.mentions[k]
            known = self._subject_at.get(m.span.start)
            if known is None:
                s = None if m.span.start in self.speaker_starts else \
                    ctx.sentence_subject(ctx.sentence_at(m.span.start), m.span.end)
                known = self._subject_at[m.span.start] = m.span.start in self.speaker_starts or \
                    s is not None and s.span.start == m.span.start
            if known:
                self._subject_seen[id(e)] = (e, k + 1, True)
                return True
        self._subject_seen[id(e)] = (e, len(e.mentions), False)
        return False

    def resolve_singles(self, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.kind == "possessive" and not m.in_quote and m.head[:1].isupper() and " " not in m.head \
                    and m.span.start not in self.of and not self.lex.place_by_word.get(m.head.lower()):
                e = self._person_for(m.head, m.span.start)  # "Clinton's website": her, an antecedent for "she"
                if e is not None:
                    self._link(m, e)
                continue
            if m.kind != "single" or m.in_quote:
                continue
            e = self._person_for(m.head, m.span.start)
            if e is not None:
                self._link(m, e)
            elif self.ctx.text[m.span.start:m.span.start + 1].isupper() and not m.head.isupper():
                # "Obama" with no full name in the article: a person-like name of unknown kind
                self._link(m, self._entity(m.head, "unknown"))

    def resolve_places(self, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.in_quote:
                continue
            if m.kind == "place":
                place = self._place_named(m.head)
                person = self._person_for(m.text, m.span.start) if " " not in m.text and m.text != m.head \
                    and place is not None and m.text not in place.demonyms else None
                if person is not None and " " in person.name and surname(person.name) == m.text \
                        and person.last_before(m.span.start) >= 0:
                    self._link(m, person)  # "Siam said" after "Foreign Secretary Asad Alam Siam": his surname
                elif (national := self._national_person(m, place)) is not None:
                    self._link(m, national)  # "the Estonian wrote on X": the Estonian named before
                elif place is not None and place.organisation:
                    self._link(m, self._entity(self._article_form(place), "organisation"))
                elif place is not None and (seat := seat_named(m.text, place)) is not None:
                    self._link(m, self._entity(seat, "organisation"))  # "the Kremlin said": the office speaks
                else:
                    self._link(m, self._country(m.head))
            elif m.kind == "org":
                # "(DFA)" after its full name; not a description before a short name ("broadcaster ZDF")
                if m.title and m.head in m.text and is_abbreviation(m.head) and m.title.split()[-1][:1].isupper():
                    e = self._entity(m.title, "organisation")
                    self.abbreviations[m.head] = e
                else:
                    name = re.sub(r"^the\s+", "", m.head, flags=re.I)
                    if m.nation and self._owners.setdefault(name, m.nation) != m.nation and m.head in m.text:
                        # "The UAE's Ministry of Foreign Affairs" after Qatar's: another country's, named with it
                        name = re.sub(r"^the\s+", "", m.text, flags=re.I)
                    e = self.abbreviations.get(m.head) or self._headed_by(name, m.span.start) \
                        or self._national_body(name, m.title) or self._mission_of(m) \
                        or self._home_government(name, m.span.start) or self._entity(name, "organisation")
                self._link(m, e)

    def _national_person(self, m: Mention, place) -> _Builder | None:
        """``“…,” the Estonian wrote``: a speaking singular demonym with its article is the latest person
        before it whose titles give that nation (not ``the Estonians``, not ``the Estonian government``)."""
        if place is None or place.organisation or m.span.start not in self.speaker_starts:
            return None
        words = m.text.split()
        if len(words) != 2 or words[0].lower() != "the" or words[1] not in place.demonyms:
            return None
        found = self._latest(m.span.start, lambda e: e.kind == "person" and place.name in e.nations)
        if found is None:  # "Commissioner Marta Kos said … ⏎ “…,” the Slovenian told reporters": a person
            # the article gives no country, named in the paragraph before
            found = self._latest(m.span.start, lambda e: e.kind == "person" and not any(
                (p := self._place_named(n)) is not None and not p.organisation for n in e.nations)
                and not self._of_country(e), floor=m.span.start - _NATIONAL_REACH)
        return found

    def _of_country(self, e: _Builder) -> bool:
        """Whether a mention of ``e`` is followed by ``of`` and a country (``Emmanuel Macron of France``)."""
        for x in e.mentions:
            of = _OF_COUNTRY_AFTER.match(self.ctx.text, x.span.end, x.span.end + 40)
            if of is not None and (p := self.lex.place_by_word.get(of.group(1).lower())) is not None \
                    and not p.organisation:
                return True
        return False

    def _place_named(self, name: str):
        return self._places_by_name.get(name)

    def _country(self, name: str) -> _Builder:
        """The country entity of a gazetteer name, under the fullest of its names the article writes
        (``Türkiye`` when the article writes it; ``Australia`` when only ``Canberra`` speaks)."""
        place = self._place_named(name)
        return self._entity(self._article_form(place) if place is not None else name, "country")

    def _article_form(self, place) -> str:
        """The fullest of a place's names that the article writes (``NATO`` when the article never
        spells out ``North Atlantic Treaty Organization``), else its gazetteer name; for a country only
        another spelling of its name replaces it (``Türkiye``), never a short form (``US``, ``America``)
        or an official long one (``Sultanate of Oman``, ``Russian Federation``)."""
        found = self._forms_in_text.get(place.name)
        if found is None:
            written = [n for n in place.names if self._written(n)]
            if place.organisation and not written:  # British style writes an acronym as a word: "Nato", "Unesco"
                written = [v for n in place.names if n.isalpha() and n.isupper() and len(n) > 3
                           and self._written(v := n.capitalize())]
            if not place.organisation:  # a spelling of the name, not a short or an official long form
                words = len(place.name.split())
                written = [n for n in written if len(n) >= len(place.name) and len(n.split()) <= words]
            found = self._forms_in_text[place.name] = max(written, key=len) if written else place.name
        return found

    def _written(self, name: str) -> bool:
        """Whether the text has ``name`` as a whole word sequence: a plain substring search, with the
        word boundaries checked only where the name occurs (a regex search costs ten times more)."""
        text = self.ctx.text
        pattern = whole_words(name)
        pos = text.find(name)
        while pos >= 0:
            if pattern.match(text, pos):
                return True
            pos = text.find(name, pos + 1)
        return False

    def resolve_roles(self, mentions: list[Mention]) -> None:
        documents: list[int] = []
        for i, m in enumerate(mentions):
            if m.kind not in {"role", "group"} or m.in_quote:
                continue
            if role_class(m.head) == "document" and not m.nation:
                documents.append(i)  # issued by whom: after the other roles (below), or resolve_documents
                continue
            e = self._joint_for(m) or self._apposition(mentions, i) or self._spokesperson_for(mentions, i) \
                or self._aide_of(m) or self._owner(m) or self._member_envoys(m) or self._one_of_national_group(m) or self._home_official(m)
            if e is None and m.kind == "role" and not (m.nation and role_class(m.head) == "institution"):
                e = (self._mission_of(m) or self._institution(m)) if role_class(m.head) == "institution" \
                    else self._titled_person(m)
            if e is None and m.nation and m.head in self.lex.word_class("diplomatic_mission") \
                    and (place := self._place_named(m.nation)) is not None and not place.organisation:
                e = self._country(m.nation)  # "a spokesperson for the US Embassy": its country's
            if e is None and named_institution(m):
                e = self._entity(named_institution(m), "organisation")  # "the opposition Democratic Alliance"
            if e is None and m.title and role_class(m.head) in {"spokes", "official"} and not m.nation:
                owner = re.sub(r"[’']s$", "", m.title)  # "the ministry's spokeswoman" as "a ministry spokeswoman"
                e = self._headed_by(owner.split()[-1], m.span.start) \
                    or self._body_named_before(owner, m.span.start)  # "a commission spokesperson"
            if e is None and not m.nation and m.title and role_class(m.head) in {"spokes", "official", "group"} \
                    and set(m.title.lower().split()) & self.lex.word_class("home_institution"):
                e = self._home_country(m.span.start)  # "A senior government source": the story's own government's
            if e is None and m.title and role_class(m.head) in {"spokes", "official", "group", "institution", "document"}:
                org = organisation_in(m.title, self.lex)
                if org is not None:  # "a Department for Business and Trade spokesperson"
                    e = self._entity(org, "organisation")
            indefinite_diplomat = role_class(m.head) == "diplomat" and re.match(r"(?:a|an|one)\b", m.text, re.I)
            if e is None and m.nation and (m.kind == "group" or indefinite_diplomat or
                                           role_class(m.head) in {"spokes", "official", "group", "institution", "document"}):
                # an anonymous spokesperson or institution is filed under its country/organisation
                place = self._place_named(m.nation)
                if place is not None and place.organisation:
                    e = self._entity(self._article_form(place), "organisation")
                elif place is not None and m.title and (seat := seat_named(m.title, place)) is not None:
                    e = self._entity(seat, "organisation")  # "a White House spokesperson": the office's
                else:
                    e = self._country(m.nation)
            if e is None:
                kind = "group" if m.plural else "organisation" if role_class(m.head) in {"institution", "document"} \
                    else "person-description"
                e = self._entity(describe(m), kind)
            self._link(m, e)
        for i in documents:  # "a statement from the ministry": the ministry's, now that it is resolved
            issuer = self._spokesperson_for(mentions, i) or self._issuer_subject(mentions[i]) \
                or self._earlier_document(mentions[i])
            if issuer is None and (org := organisation_in(mentions[i].title or "", self.lex)) is not None:
                issuer = self._entity(org, "organisation")  # "a Treasury memo", "an IAEA report": its body's
            owner = (mentions[i].title or "").split()[:1]
            if issuer is None and owner and owner[0].lower() in _OWNER_PRONOUNS:
                # "Her message was clear: …", "his statement": whoever the possessive stands for
                pron = Mention(mentions[i].span, "pronoun", _OWNER_PRONOUNS[owner[0].lower()])
                issuer = self._antecedent(pron, {})
            if issuer is not None:
                self._link(mentions[i], issuer)

    def resolve_joint(self, speakers: list[Mention | None]) -> None:
        """``China and Russia said in a joint statement``: coordinated countries, organisations or
        people speaking together are one joint speaker, named as written, people by their names without
        titles (also after the cue:
        ``replied Ahmed and Leila.``); ``the two countries``
        later in the article is that speaker (see :meth:`_joint_for`)."""
        for sm in speakers:
            if sm is None or sm.kind not in {"place", "org", "name", "single"} or sm.span.start in self.joint:
                continue
            members = [sm]
            pos = sm.span.start
            while True:
                before = [m for m in self.ctx.mentions_between(max(0, pos - 120), pos) if m.span.end <= pos]
                if not before or before[-1].kind not in {"place", "org", "name", "single"}:
                    break
                gap = self.ctx.text[before[-1].span.end:pos]
                if not (_JOINT_AND.fullmatch(gap) if len(members) == 1 else _JOINT_COMMA.fullmatch(gap)):
                    break
                members.insert(0, before[-1])
                pos = before[-1].span.start
            if len(members) == 1:  # after its cue: "…," replied Ahmed and Leila.
                after = [m for m in self.ctx.mentions_between(sm.span.end, sm.span.end + 60)
                         if m.span.start >= sm.span.end]
                if after and after[0].kind in {"place", "org", "name", "single"} \
                        and _JOINT_AND.fullmatch(self.ctx.text, sm.span.end, after[0].span.start) \
                        and _CLAUSE_END.match(self.ctx.text, after[0].span.end):
                    members.append(after[0])
            if len(members) < 2:
                continue
            written = self.ctx.text[members[0].span.start:members[-1].span.end]
            name = re.sub(r"^the\s+", "", written, flags=re.I)
            joint = self._entity(joint_name(members) or name, "group")
            joint.add_alias(written)
            joint.members = len(members)
            self.joint[sm.span.start] = joint

    def _joint_for(self, m: Mention) -> _Builder | None:
        """``the two countries``, ``both sides``: two countries or organisations joined by ``and`` in this
        sentence or the one before (``accused Côte d'Ivoire and Benin of …. Both countries deny the
        charge.``; ``Israeli and Syrian officials …, though both sides said``) when they were named after
        the latest joint speaker of as many members, else that joint speaker."""
        match = _JOINT_REFERENCE.fullmatch(m.text)
        if match is None:  # the mention may leave out its quantifier: "Both | countries deny …"
            lead = _JOINT_LEAD.search(self.ctx.text, max(0, m.span.start - 12), m.span.start)
            match = _JOINT_REFERENCE.fullmatch(lead.group(1) + m.text) if lead is not None else None
        if match is None:
            return None
        n = _NUMBERS.get(match.group(1).lower(), 0)
        before = [(start, e) for start, e in self.joint.items() if start < m.span.start and e.members == n]
        latest = max(before, key=lambda x: x[0]) if before else None
        nearby = self._pair_before(m, n, after=latest[0] if latest else -1)
        return nearby or (latest[1] if latest else None)

    def _pair_before(self, m: Mention, n: int, *, after: int) -> _Builder | None:
        """Two countries or organisations joined by ``and`` in the sentence of ``m`` or the one before,
        both after position ``after`` (a joint speaker named later than any before it)."""
        floor = self.ctx.start_of_sentences_back(m.span.start, 1)
        back = [x for x in self.ctx.mentions_back(m.span.start, floor)
                if x.kind in {"place", "org"} or self._demonym_place(x)][:6]
        for b, a in zip(back, back[1:]):  # nearest first: b follows a
            if a.span.start <= after:
                break
            if n == 2 and _JOINT_AND.fullmatch(self.ctx.text, a.span.end, b.span.start) \
                    and self.of.get(a.span.start) is not self.of.get(b.span.start):
                sides = [self._demonym_place(x) or self.of.get(x.span.start) for x in (a, b)]
                name = (f"{sides[0].name} and {sides[1].name}" if all(sides) else
                        re.sub(r"^the\s+", "", self.ctx.text[a.span.start:b.span.end], flags=re.I))
                joint = self._entity(name, "group")
                joint.members = 2
                self.joint[m.span.start] = joint  # "the two sides" later in the article is the same pair
                return joint
        return None

    def _demonym_place(self, m: Mention) -> Place | None:
        """The country of ``Syrian officials`` (a group led by a demonym), as in ``Israeli and Syrian
        officials ….  Both sides said …``; ``None`` for any other mention."""
        if m.kind != "group":
            return None
        place = self.lex.place_by_word.get(m.text.split()[0].lower())
        return place if place is not None and not place.organisation else None

    def resolve_also_known_as(self, mentions: list[Mention]) -> None:
        """``Mahmoud Abbas, also known as Abu Mazen,``, ``The three European countries, known as the
        E3,``: one entity, under the proper name (a description joins the name after it)."""
        for a, b in zip(mentions, mentions[1:]):
            if not _AKA.fullmatch(self.ctx.text, a.span.end, b.span.start):
                continue
            ea, eb = self.of.get(a.span.start), self.of.get(b.span.start)
            if ea is None or eb is None or ea is eb:
                continue
            if a.kind in {"group", "role"} and b.kind in {"name", "single", "org", "place"}:
                self._merge(keep=eb, drop=ea)
            else:
                self._merge(keep=ea, drop=eb)

    def _merge(self, keep: _Builder, drop: _Builder) -> None:
        """Move every mention of ``drop`` to ``keep`` and forget ``drop``."""
        for m in drop.mentions:
            self._link(m, keep)
        for alias in drop.aliases:
            keep.add_alias(alias)
        self.entities = [e for e in self.entities if e is not drop]
        self.by_key = {k: v for k, v in self.by_key.items() if v is not drop}

    def _first(self, pos: int, keep) -> _Builder | None:
        """The entity ``keep`` accepts that was mentioned first, before ``pos``."""
        firsts = [(min(x.span.start for x in e.mentions), i) for i, e in enumerate(self.entities)
                  if keep(e) and e.mentions and min(x.span.start for x in e.mentions) < pos]
        return self.entities[min(firsts)[1]] if firsts else None

    def _latest(self, pos: int, keep, floor: int = 0) -> _Builder | None:
        """The entity ``keep`` accepts that was mentioned last before ``pos`` (not before ``floor``)."""
        best = None
        for e in self.entities:
            if keep(e):
                last = e.last_before(pos)
                if last >= floor and (best is None or last > best[0]):
                    best = (last, e)
        return best[1] if best else None

    def _apposition(self, mentions: list[Mention], i: int) -> _Builder | None:
        """``Name, the role,`` or ``the role, Name,``: the name's entity."""
        m = mentions[i]
        text = self.ctx.text
        if i > 0:
            prev = mentions[i - 1]  # "The FNSEA, France's largest farmers' union,"
            # (a description with a nation of its own is closed by a comma or a stop: "…west of Hokkaido, the
            # Japanese government said" opens a new clause; "hosted by Univision, the network said" is Univision)
            if prev.kind in {"name", "single", "org"} and text[prev.span.end:m.span.start].strip() == "," \
                    and (m.nation is None or _APPOSITION_CLOSE.match(text, m.span.end)) \
                    and not _PLACE_PREPOSITION.search(text, max(0, prev.span.start - 8), prev.span.start) \
                    and not _OPENING_PHRASE.fullmatch(text, self.ctx.sentence_at(prev.span.start).start,
                                                      prev.span.start) \
                    and not _PARTICIPLE_OPENING.fullmatch(text, self.ctx.sentence_at(prev.span.start).start,
                                                          prev.span.start):
                # not "In Jaffna, members of …", "On the Teesta, the minister …", "Writing on X, the minister …"
                if not describes_next(text, prev, m, mentions[i + 1] if i + 1 < len(mentions) else None):
                    return self.of.get(prev.span.start)
        following = mentions[i + 1:i + 4]
        for k, nxt in enumerate(following):  # "the EU's special envoy for the Western Balkans, Katarina Holm,"
            if nxt.kind in {"name", "single"} and _APPOSITIVE_GAP.fullmatch(text, m.span.end, nxt.span.start):
                if nxt.kind == "single" and k + 1 < len(following) and following[k + 1].kind == "name" \
                        and text[nxt.span.end:following[k + 1].span.start] == ", ":
                    continue  # "Australia's Minister for the Pacific, Pat Conroy": the word ends the title
                return self.of.get(nxt.span.start)
        if i + 1 < len(mentions) and role_class(m.head) == "institution" and self._is_body(nxt := mentions[i + 1]) \
                and re.fullmatch(r"\s*,\s*|\s*\(\s*|\s+", text[m.span.end:nxt.span.start]):
            return self.of.get(nxt.span.start)  # "The UN refugee agency, UNHCR,", "the agency (UNHCR)": the body named
        return None

    def _titled_person(self, m: Mention) -> _Builder | None:
        """The latest person before ``m`` whose titles fit the description's role and nation."""
        best = None
        role_cls = role_class(m.head)
        word_before = m.text.split()[-2].lower() if len(m.text.split()) > 1 else ""
        if role_cls not in {"minister", "leader"} and role_class(f"{word_before} {m.head}") != "other":
            role_cls = role_class(f"{word_before} {m.head}")  # "the top diplomat" is a minister's description
        if m.plural or role_cls == "group" or re.match(r"(?:a|an|one|another)\b", m.text, re.IGNORECASE):
            return None  # groups and indefinite descriptions introduce someone new
        words = m.text.lower().split()
        qualified = " ".join(words[-2:]) if len(words) > 2 or len(words) == 2 and words[0] not in _DETERMINERS else ""
        breaks = self.ctx.line_breaks()  # a headline: no line break before it, one after it
        headline = bool(breaks) and breaks[0] >= m.span.start and breaks[-1] >= m.span.end
        for e in self._persons():
            # a headline speaks of someone the article names only later ("Mexican president: …")
            last = e.last_before(m.span.start) if not headline else len(self.ctx.text) - min(e.starts, default=0)
            # the titles given so far: "the Minister" before "Lithuanian Foreign Minister Budrys" is
            # not Budrys, introduced as "his Lithuanian counterpart" (a headline: every title)
            roles = e.roles_before(m.span.start) if not headline else e.roles
            if last < 0 or not roles:
                continue
            role_ok = m.head in roles or role_cls in {role_class(r) for r in roles} \
                or ("counterpart" in roles and m.nation is not None)
            nation_ok = m.nation is None or m.nation in e.nations
            if role_ok and nation_ok and (m.nation is not None or m.head in roles or role_cls != "other"):
                # "the prime minister": Prime Minister De Wever, not Foreign Minister Prévot named since;
                # "the chancellor": the chancellor, before a president met later
                key = (bool(qualified) and any(f" {qualified} " in f" {t} " for t in e.titles), m.head in roles, last)
                if best is None or key > best[0]:
                    best = (key, e)
        if m.nation is None and m.text.lower().startswith("the "):  # "the spokesperson" after "a USTR spokesperson"
            same = self._same_role_before(m)
            kinds = {"organisation", "country", "group"} | ({"person-description"} if role_cls == "diplomat" else set())
            if same is not None and same[1].kind in kinds and (best is None or same[0] > best[0][1]):
                # filed under the body it spoke for; "the diplomat" after "one EU diplomat" or "A Gulf diplomat"
                return same[1]
        return best[1] if best else None

    def resolve_appositive_aliases(self) -> None:
        """An entity's descriptions as written (:mod:`.descriptions`) join its aliases (a country's
        ``India's embassy in Washington`` too)."""
        for e in self.entities:
            for alias in description_aliases(self.ctx.text, e.mentions):
                e.add_alias(alias)

    def resolve_quoted_names(self, quotes: list[Span]) -> None:
        """A person's surname inside a quotation joins the person's aliases as written (``Mr. Putin``)."""
        for e in self._persons():
            for alias in quoted_name_aliases(self.ctx.text, e.name, quotes):
                e.add_alias(alias)
        countries = {e.name: e for e in self.entities if e.kind == "country"}
        for name, alias in quoted_side_aliases(self.ctx.text, quotes):
            if name in countries:  # "We urge the German side to …"
                countries[name].add_alias(alias)

    def entity_of(self, m: Mention | None) -> _Builder | None:
        if m is None:
            return None
        e = self.joint.get(m.span.start) or self.of.get(m.span.start)
        if e is None and m.kind == "possessive" and m.head not in _PRONOUN_HEADS:  # "Trump's claim that …"
            e = self._person_for(m.head, m.span.start) or next(
                (x for x in self.entities if x.name == m.head), None)
            if e is None and m.head[:1].isupper():
                e = self._entity(m.head, "person" if " " in m.head else "unknown")
            if e is not None:
                self._link(m, e)
        if e is None and m.kind in {"single", "name"}:
            e = self._entity(m.head, "person" if m.kind == "name" else "unknown")
            self._link(m, e)
        if e is not None and e.kind == "unknown":
            e.kind = "person" if any(x.kind == "pronoun" and x.head in {"he", "she"} for x in e.mentions) else e.kind
        elif e is None and m.kind == "role":  # a description the mention finder did not know
            e = self._entity(describe(m), "person-description")
            self._link(m, e)
        return e


def resolve_speakers(text: str, sentences: list[Span], mentions: list[Mention],
                     quotes: list[Attributed], reported: list[Attributed]
                     ) -> tuple[list[Entity], list[Statement], list[Statement], list[Entity]]:
    """Entities for the article, the quotes and reported speech with canonical speakers, and the
    named organisations and countries that neither speak nor are addressed (the rest of the cast:
    listed in the output's ``speakers``, no party of their own to scoring)."""
    ctx = Context(text, sentences, mentions, [])
    r = _Resolver(ctx, frozenset(item.attribution.speaker_mention.span.start for item in quotes + reported
                                 if item.attribution.speaker_mention is not None))
    r.resolve_names(mentions)
    r.resolve_singles(mentions)
    r.resolve_places(mentions)
    r.resolve_joint([item.attribution.speaker_mention for item in quotes + reported])
    r.resolve_roles(mentions)
    r.resolve_forward_roles()
    r.describe_reporting_persons([item.attribution.speaker_mention for item in quotes + reported])
    r.resolve_backward_roles()
    r.resolve_also_known_as(mentions)
    r.resolve_voted_documents(mentions)
    r.resolve_described_names(mentions)
    speakers_by_sentence: dict[int, list[Mention]] = {}
    for item in quotes + reported:
        sm = item.attribution.speaker_mention
        if sm is not None and sm.kind != "pronoun":
            speakers_by_sentence.setdefault(ctx.sentence_index(sm.span.start), []).append(sm)
    askers = frozenset(q.attribution.speaker_mention.span.start for q in quotes
                       if q.attribution.speaker_mention is not None and q.span.text.rstrip(" ,”\"'’").endswith("?"))
    answering = frozenset(q.attribution.speaker_mention.span.start for q in quotes
                          if q.attribution.speaker_mention is not None and q.attribution.speaker_mention.kind == "pronoun")
    r.resolve_pronouns(mentions, speakers_by_sentence, askers, answering)
    r.resolve_documents(quotes + reported)
    r.resolve_appositive_aliases()
    r.resolve_quoted_names([q.span for q in quotes])

    def statement(item: Attributed, sid: str) -> Statement:
        att = item.attribution
        speaker = r.entity_of(att.speaker_mention)
        addressee = r.entity_of(att.addressee_mention)
        for e in (speaker, addressee):
            if e is not None:
                e.speaks = True
        return Statement(sid, item.span, item.kind, att, speaker.name if speaker else None,
                         addressee.name if addressee else None, item.quote)

    quote_stmts = [statement(q, f"q{i}") for i, q in enumerate(quotes, 1)]
    reported_stmts = [statement(x, f"r{i}") for i, x in enumerate(reported, 1)]
    entities = [
        Entity(e.name, "person" if e.kind == "person-description" else e.kind, tuple(e.aliases), tuple(e.mentions))
        for e in r.entities
        if e.speaks or (e.kind == "person" and " " in e.name)
    ]
    mentioned = [Entity(e.name, e.kind, tuple(e.aliases), tuple(e.mentions)) for e in r.entities
                 if not e.speaks and e.kind in {"organisation", "country"} and e.named]
    return entities, quote_stmts, reported_stmts, mentioned
