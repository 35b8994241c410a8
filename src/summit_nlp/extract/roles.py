"""Role descriptions and groups: mentions of people and bodies by what they are, not by name.

One rule family, driven by ``data/roles.tsv`` and the word classes of ``data/words.tsv``:

* **Role descriptions** — a determiner or possessive (or ``whose``), optional modifiers and a
  role noun: ``the Russian leader``, ``a senior official``, ``Russia’s foreign minister``.  An owner
  (``his aide``) keeps the description only for bodies, spokespeople, documents, diplomats and
  ministers, or when a name follows it; a capitalised body's name goes on with its organisation
  words and portfolio (``the Department of Foreign Affairs and Trade``), and a mission with the
  country it represents (``The Embassy of China in Apia``); a prepositional phrase with an article
  among the modifiers ends the role before it (``a spokesman for the Ministry of Health``).
* **Groups** — group nouns without a determiner, within one line (``analysts``, ``Western
  diplomats``, ``tens of thousands of protesters``), with the place of a local group
  (``residents of Bhaktapur``, ``traders in Illela``, class ``local_group``) or ``from both parties``.

:mod:`.mentions` calls :func:`find_roles` for every stretch of text outside quotes, beside names
and pronouns, and keeps the longest of overlapping mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import CAP_WORD, UPPER as _UPPER, WORD_START, Lexicon, load_lexicon, nation_of, union
from ..model import Mention, Span
from .wordstarts import finditer_near

__all__ = ["CAP_WORD_AFTER", "GROUP_WORDS_BACK", "NAME_AFTER", "OWNERS", "edge_words", "find_roles", "group_pattern",
           "is_role_token", "role_pattern", "role_words", "role_words_back", "WHERE_NAME"]

OWNERS = frozenset({"its", "his", "her", "their", "whose"})  # "its foreign ministry", "Uruguay, whose ministry"
_AND_PORTFOLIO = re.compile(r"[ \t]+and[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})\b(?![ \t]+[A-Z])")
_MISSION_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][\w’'\-]*[ \t]+(?:of[ \t]+)?)*[A-Z][\w’'\-]*)"
                         r"(?:[ \t]+in[ \t]+[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?)?")
_IRREGULAR_PAST = ("met|held|gave|took|made|left|sent|won|lost|led|saw|got|put|set|began|came|went|ran|hit|cut|kept|"
                   "brought|bought|thought|sought|fought|taught|caught|found|drew|wrote|spoke|chose|rose|fell")
NAME_AFTER = re.compile(r",?[ \t]+[A-Z][\w’'\-]+[ \t]+[A-Z]")  # "his Paraguayan counterpart, Rubén Ramírez"
CAP_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b(?![’'])")
_FROM_ALL = re.compile(r"[ \t]+(?:from|of|in)[ \t]+(?:both|all|the[ \t]+two|the[ \t]+three|several)[ \t]+[a-z][a-z\-]+s\b")
WHERE_NAME = re.compile(rf"[ \t]+(?:of|in)[ \t]+{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}}")


@lru_cache(maxsize=1)
def edge_words() -> frozenset[str]:
    """Words that are never the edge of a name or a group: function words, weekdays, months."""
    lex = load_lexicon()
    return lex.word_class("not_name") | lex.word_class("weekday") | lex.word_class("month")


@lru_cache(maxsize=1)
def _role_word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words that spoil a role's modifiers; the modifiers that may stand before an
    institution or a document."""
    lex = load_lexicon()
    spoiling = lex.word_class("not_name") - lex.word_class("role_modifier") - {"the", "a", "an"}
    return spoiling, role_words() | lex.word_class("role_modifier")


@lru_cache(maxsize=1)
def role_pattern() -> re.Pattern[str]:
    lex = load_lexicon()
    roles = sorted(lex.roles, key=len, reverse=True)
    role_alt = union([r for r in roles if not r.endswith(".")], space=" ")
    lower_mods = sorted(role_words() | lex.word_class("role_modifier") | lex.word_class("document_modifier"),
                        key=len, reverse=True)  # (a document modifier is kept only after an owner: find_roles)
    # A modifier is a capitalised word (case-sensitive), a dotted abbreviation, or a listed word.
    mod_word = (rf"(?:[{_UPPER}][\w’'\-]*(?:/[{_UPPER}][\w\-]*)*|(?:[{_UPPER}]\.)+|[a-z]+[’']s|[a-z]+-[a-z]+|"
                rf"(?i:{union(lower_mods, space=' ')}))")
    # greedy: "a Chinese foreign ministry spokesman" ends at the last role; one unlisted
    # lower-case word may stand right before the role ("the minority leader")
    verbs = union({w for f in lex.cues for w in f.split()} | lex.word_class("not_name"))
    mod = rf"(?:{mod_word}[ \t]+){{0,5}}(?:(?!(?:{verbs})\b)[a-z][a-z\-]+[ \t]+)?"
    # (if the pattern's shape changes, so must role_words_back: how many words stand before the role)
    # one copy of the modifiers and roles after either opening (compiling them twice cost 50 ms a process)
    return re.compile(
        rf"{WORD_START}(?:(?P<det>(?i:the|a|an|one|another|its|his|her|their|whose))"
        rf"|(?P<poss>[{_UPPER}][\w\-]*(?:[ \t]+[{_UPPER}][\w\-]*)?[’']s))"
        rf"[ \t]+(?P<mods>{mod})(?P<role>(?i:{role_alt}))\b"
    )


@lru_cache(maxsize=1)
def role_words_back() -> int:
    """At most how many blank-separated words of a ``role_pattern`` match stand before its role:
    the determiner or a possessive of two words, five modifiers (a listed one may have blanks) and
    one free lower-case word."""
    lex = load_lexicon()
    longest_mod = max((len(w.split()) for w in role_words() | lex.word_class("role_modifier")), default=1)
    return 2 + 5 * longest_mod + 1


#: the same for ``group_pattern``: three leads of up to four words (``tens of thousands of``),
#: then a capitalised word and a lower-case one
GROUP_WORDS_BACK = 3 * 4 + 2


@lru_cache(maxsize=1)
def group_pattern() -> re.Pattern[str]:
    lex = load_lexicon()
    groups = sorted(lex.word_class("group_noun"), key=len, reverse=True)
    alt = union(groups, space=" ")
    verbs = union({w for f in lex.cues for w in f.split()} | lex.word_class("not_name"))
    cap = rf"(?:[{_UPPER}][\w\-]*|(?:[{_UPPER}]\.)+)"
    lead = rf"(?:the|{cap}|senior|top|some|many|several|other|local|foreign|two|three|four|five|six|seven|eight|" \
           rf"nine|ten|eleven|twelve|dozen|few|\d+|" \
           rf"(?i:thousands|hundreds|dozens|millions|scores|tens[ \t]+of[ \t]+thousands)[ \t]+of)"
    # "U.N. experts", "the three EU diplomats", and one lower-case noun after a capitalised word:
    # "Human rights groups" (never a lone lower-case word: "told journalists" is no group)
    # (within a line: a headline's last words are no part of the group opening the next paragraph)
    return re.compile(rf"{WORD_START}(?:{lead}[ \t]+){{0,3}}(?:{cap}[ \t]+(?!(?:{verbs}|{_IRREGULAR_PAST})\b)[a-z][a-z\-]+(?<!ed)[ \t]+)?"
                      rf"(?:(?i:{alt}))\b")


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Every word of every role (``prime``, ``minister``), except linking words."""
    words = {w for r in load_lexicon().roles for w in r.split()}
    return frozenset(words - {"of", "for"})


def is_role_token(tok: str, lex: Lexicon) -> bool:
    return tok.lower() in role_words()



@lru_cache(maxsize=1)
def _group_lead_skip() -> frozenset[str]:
    """Sentence words before a group ("On Monday residents"); not the group's own quantities
    (built once: a set difference of some hundred words per stretch of text cost 1 % of the run)."""
    return edge_words() - {"the", "some", "many", "several", "other", "few", "two", "three", "four", "five",
                              "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
                              "thousands", "hundreds", "dozens", "millions", "scores", "tens", "of"}


_PHRASE_IN_MODS = re.compile(rf"[ \t]+(?:for|at|of|in|with|from)[ \t]+(?:the|a|an)[ \t]+(?:[{_UPPER}][\w’'\-]*[ \t]+)*$")


def _role_before_phrase(m: re.Match[str], lex: Lexicon) -> tuple[int, str, str | None] | None:
    """Where a role ends when a prepositional phrase with an article and a capitalised body stands
    among its modifiers (``a spokesman for the Ministry of Health``: the role is ``spokesman``, the
    body a mention of its own): (end, role word, modifiers before it), or None."""
    mods = m.group("mods") or ""
    pp = _PHRASE_IN_MODS.search(mods)
    if pp is None or not m.group("det") or not m.group("role")[:1].isupper():
        return None  # ("a spokesperson for the embassy" stays one description, whose head is the body)
    before = mods[:pp.start()].split()
    if not before or not before[-1].islower() or before[-1] not in lex.roles:
        return None  # (capitalised, it is a title: "the Minister for the Environment")
    end = m.start("mods") + pp.start()
    return end, before[-1].lower(), " ".join(before[:-1]) or None


#: a role's modifier that changes its class between head of government and another office ("prime
#: minister", "vice president", "deputy prime minister"); not "minority leader", still whoever leads
_LEADER_SPLITS = ({"leader", "minister"}, {"leader", "official"})


def find_roles(text: str, region: Span, lex: Lexicon, in_quote: bool,
               role_starts: list[int] | None = None, group_starts: list[int] | None = None) -> list[Mention]:
    """Role descriptions and groups in ``region`` of ``text``.

    ``role_starts`` / ``group_starts`` are the offsets of the words that can anchor each pattern
    (from :func:`.wordstarts.word_starts`); without them the patterns scan the whole region."""
    out = []
    spoiling, free_modifiers = _role_word_sets()
    pattern = role_pattern()
    found = pattern.finditer(text, region.start, region.end) if role_starts is None else \
        finditer_near(pattern, text, region.start, region.end, role_starts, role_words_back())
    for m in found:
        role = m.group("role").lower()
        det = (m.group("det") or "").lower()
        cut = _role_before_phrase(m, lex)
        if cut is not None:  # "a spokesman for the Ministry of Health": the role ends before "for the"
            out.append(Mention(Span.of(text, m.start(), cut[0]), "role", cut[1], title=cut[2], in_quote=in_quote,
                               plural=lex.roles.get(cut[1]) == "group"))
            continue
        if det in OWNERS and lex.roles.get(role) not in {"institution", "spokes", "document", "diplomat", "minister"} \
                and not NAME_AFTER.match(text, m.end()):
            continue  # "his aide": someone else, who this rule cannot name (unless a name follows it)
        mods = (m.group("mods") or "") + (m.group("poss") or "")
        doc_mods = lex.word_class("document_modifier") \
            if lex.roles.get(role) == "document" and re.search(r"[’']s\b", mods) else frozenset()
        if any(w.islower() and w in spoiling and w not in doc_mods for w in mods.split()):
            continue
        if role in lex.word_class("honorific") or lex.roles.get(role) == "honorific":
            continue
        if role in lex.word_class("country_epithet") and not m.group("role").islower():
            continue  # "the United Kingdom", "the Czech Republic": a country's name, not "the kingdom"
        last_mod = mods.split()[-1] if mods.split() else ""
        if lex.roles.get(role) in {"institution", "document"} and last_mod.islower() and \
                last_mod not in free_modifiers and last_mod not in doc_mods and "-" not in last_mod \
                and not last_mod.endswith(("’s", "'s")):
            continue  # "a windowless office": the free modifier is for people ("the minority leader")
        start = m.start("det") if m.group("det") else m.start("poss")
        end = m.end()
        if text[m.start("role")].isupper():  # "the Lagos State Police Command": a body's name goes on
            while (more := CAP_WORD_AFTER.match(text, end)) is not None \
                    and more.group(1).lower() in lex.word_class("org_word"):
                end = more.end()
            if lex.roles.get(role) == "institution" and " of " in m.group("role").lower() \
                    and (more := _AND_PORTFOLIO.match(text, end)) is not None \
                    and not any(w in lex.given_names or w.lower() in lex.roles or lex.place_by_word.get(w.lower())
                                for w in more.group(1).split()):
                end = more.end()  # "the Department of Foreign Affairs and Trade": the portfolio goes on
        lead = text[max(region.start, m.start("role") - 40):m.start("role")].split()
        for n in (2, 1):  # "Samoa's prime minister" is a leader, not a minister: the words are the role
            before = lead[-n:]
            joined = " ".join([*before, role])
            if len(before) < n or not all(w.islower() and w in mods.split() for w in before) or joined not in lex.roles:
                continue
            if {lex.roles.get(joined), lex.roles.get(role)} in _LEADER_SPLITS:  # ("deputy prime minister": kept)
                words = mods.split()
                for w in before:
                    words.remove(w)
                role, mods = joined, " ".join(words)
            break
        nation = nation_of(mods, lex) if mods.strip() else None
        if role in lex.word_class("diplomatic_mission") and (of := _MISSION_OF.match(text, end, region.end)) \
                and (country := lex.place_by_word.get(of.group(1).lower())) is not None and not country.organisation:
            end, nation = of.end(), country.name  # "The Embassy of China in Apia": one mention, China's
        out.append(Mention(Span.of(text, start, end), "role", role,
                           title=((det + " ") if det in OWNERS else "") + mods.strip() or None,
                           nation=nation, plural=lex.roles.get(role) == "group", in_quote=in_quote))
    skip = _group_lead_skip()
    pattern = group_pattern()
    found = pattern.finditer(text, region.start, region.end) if group_starts is None else \
        finditer_near(pattern, text, region.start, region.end, group_starts, GROUP_WORDS_BACK)
    for m in found:
        if m.group().split()[0].lower() == "the" and " ".join(m.group().split()[1:]).lower() in lex.place_by_word:
            continue  # "the United States", "the United Nations": a country's or a body's name, no group
        start = m.start()
        for w in re.finditer(r"\S+\s+", m.group()):  # "On Monday residents": the sentence's words are no part of it
            if w.group().strip().lower() not in skip:
                break
            start = m.start() + w.end()
        end = m.end()
        head = m.group().split()[-1].lower()
        if head in lex.word_class("local_group") and (place := WHERE_NAME.match(text, end, region.end)) is not None:
            end = place.end()  # "residents of Bhaktapur", "traders in Illela": where the group lives belongs to it
        elif (among := _FROM_ALL.match(text, end, region.end)) is not None:
            end = among.end()  # "senators from both parties", "officials from both governments"
        out.append(Mention(Span.of(text, start, end), "group", head,
                           nation=nation_of(m.group(), lex), plural=True, in_quote=in_quote))
    return out
