"""Mentions at a story's edges: the headline's bare roles, datelines, and role words that open a titled
name (a part of the mention step, :mod:`.mentions`, whose module docstring states the rules).

* *headline roles* — headlines drop articles: ``Mexican president: '…'``, ``…, says minister``;
* *datelines* — ``UNITED NATIONS (AP) —``, ``MOGADISHU, March 3 (AFP) –``, ``ISLAMABAD:`` are no mentions;
* *role-titled names* — ``the conservative radio host Charlie Sykes``: the role word is the name's title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import UPPER as _UPPER, Lexicon, load_lexicon, nation_of, union
from ..model import Mention, Span

__all__ = ["headline_lines_end", "headline_roles", "is_dateline", "role_titled_names", "DATELINE_AFTER"]

_STOP_END = re.compile(r"[.!?][”\"’']?$")
# after a dateline's place: a comma, a bracket or a dash, perhaps after a numeric date ("BRUSSELS 02/12 (BELGA) -")
DATELINE_AFTER = re.compile(r"\s*(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*)?(?:,|\(|—|–|-)")
_AGENCY_AFTER = re.compile(r"(?:,[^–—\-\n(]{0,40})?\s*\([A-Z][\w .&]{1,20}\)\s*[–—\-]")

_LINKED_ROLE = re.compile(r"\b(?:of|for)\b", re.IGNORECASE)


def role_titled_names(text: str, found: list[Mention]) -> list[Mention]:
    """``the conservative radio host Charlie Sykes``: a role description whose role word opens a
    titled name (``host Charlie Sykes``) is that name's title, so the name, not the shorter-titled
    one, is the mention (not after ``of``/``for``: ``the daughter of President X`` is someone else;
    only a role word in lower case)."""
    names: dict[int, list[Mention]] = {}
    for m in found:
        if m.kind == "name" and m.title:
            names.setdefault(m.span.start, []).append(m)
    if not names:
        return found
    out = list(found)
    for r in found:
        if r.kind != "role" or _LINKED_ROLE.search(r.text) or not text[r.span.end - len(r.head)].islower():
            continue  # "the Girl | Scouts": a capitalised role word is a name's own title, read by the name rules
        for pos in range(r.span.start + 1, r.span.end):
            for m in names.get(pos, ()):
                core = m.span.end - len(m.head)
                if m.span.end > r.span.end and text[core:m.span.end] == m.head and core >= r.span.end:
                    out.append(Mention(Span.of(text, r.span.start, m.span.end), "name", m.head,
                                       title=text[r.span.start:core].strip(), nation=m.nation or r.nation))
    return out


def is_dateline(text: str, m: Mention) -> bool:
    """``UNITED NATIONS (AP) —``, ``MOGADISHU, March 3 (AFP) –``, ``ISLAMABAD:``: a place in capitals opening a paragraph;
    ``Washington (AFP) –``: a place in any case before a news agency in brackets."""
    if m.span.start > 0 and text[m.span.start - 1] != "\n":
        return False
    if m.text.isupper() and len(m.text) > 4 and DATELINE_AFTER.match(text, m.span.end) is not None:
        return True
    if m.text.isupper() and len(m.text) > 4 and text.startswith(": ", m.span.end) \
            and m.text.lower() in load_lexicon().place_by_word:
        return True  # "UNITED NATIONS: The Security Council …" (a known place: a transcript's "SMITH:" stays)
    return m.kind == "place" and _AGENCY_AFTER.match(text, m.span.end) is not None  # "Washington (AFP) –"


def headline_lines_end(text: str) -> int:
    """End of the headline lines: the first line, and the lines after it (blank lines between them
    allowed) while the line before ends with no full stop (a dek or standfirst: ``Ambassador says
    Washington ‘does not ask permission’``); a line that reads as a sentence ends them."""
    end = text.find("\n")
    while end >= 0 and not _STOP_END.search(text[:end].rstrip()):
        start = end + 1
        while text.startswith("\n", start):
            start += 1  # blank lines between a headline and its dek
        nxt = text.find("\n", start)
        line = text[start:nxt].strip() if nxt >= 0 else ""
        if not line or len(line) > 240 or _STOP_END.search(line):
            break
        end = nxt
    return end


def headline_roles(text: str, headline: Span, lex: Lexicon) -> list[Mention]:
    """Headlines drop articles: ``Mexican president: '…'``, ``…, says minister``, ``Ottawa summons
    U.S. envoy`` (a role after a nation needs no place in the line)."""
    out = []
    for m in _bare_role_pattern().finditer(text, headline.start, headline.end):
        mods = m.group("mods") or ""
        if m.group("lead") is None and not nation_of(mods, lex):
            continue
        out.append(Mention(Span.of(text, m.start(), m.end()), "role", m.group("role").lower(),
                           title=mods.strip() or None, nation=nation_of(mods, lex) if mods.strip() else None))
    return out


@lru_cache(maxsize=1)
def _bare_role_pattern() -> re.Pattern[str]:
    lex = load_lexicon()
    roles = union([r for r in lex.roles if lex.roles[r] not in {"honorific", "group", "institution", "document", "person"}
                   and not r.endswith(".")], space=" ")
    return re.compile(rf"(?:(?P<lead>(?<=^)|(?<=\bsays\s)|(?<=\bsaid\s))|(?<=[ \t]))"
                      rf"(?P<mods>(?:[{_UPPER}][\w’'.\-]*[ \t]+){{0,2}})(?P<role>(?i:{roles}))\b", re.MULTILINE)
