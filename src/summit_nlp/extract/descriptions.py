"""An entity's descriptions as the article writes them: more aliases, never mentions.

Four rule families, over the mentions speaker resolution already linked to one entity:

* **Appositive descriptions** — a description set off by commas right after the person's name
  (``Tom Reid, a retired Army colonel, said``; ``… said Ana Ruiz, a researcher at the Centre
  for Peace in Lima.``), or a bare role word and its ``of``/``at``/``for`` phrase (``Mahmoud Khatatbeh,
  director of the Centre for Regional Studies,``).  It must hold a lower-case word (``Russia, the United States and
  China`` is a list) and no relative or reporting word (``Putin, the Kremlin said,`` is a
  clause), and the name must not follow a preposition (``On Capitol Hill, the obstacle
  remains …`` is an adverbial).
* **Roles with the place they serve** — a role description or a body followed by the place or
  body (``Mexico's ambassador in Washington``, ``the EU's special envoy for the Western Balkans``,
  a country's ``India's embassy in Washington``, ``The Chinese Embassy in Kathmandu``): the whole
  phrase, as written.

* **Titled names with their body** — a titled name followed by ``of`` and the body it belongs to
  (``political analyst Sanusha Naidu of the Institute for Global Dialogue``): the whole phrase.

* **Role, then name** — a role description set off by a comma before the name it describes
  (``his French counterpart, Jean-Noël Barrot``): the whole phrase, as written.

* **Names inside quotes** — a person's surname inside a quotation, with an honorific before it
  (``“I have told Mr. Putin …”``): as written.  Mentions are never read inside quotes, so this is
  the only way the speaker's words name someone; and a country's demonym with a word for its
  government (``“We urge the German side to …”``, ``the Iranian authorities``; ``side_noun`` in
  ``data/words.tsv``) is an alias of that country, when the article has it as an entity.

They only grow the alias list: a description is no mention, so it never changes who speaks
or whom a pronoun stands for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterable

from .lexicon import load_lexicon
from ..model import Mention, Span

__all__ = ["description_aliases", "quoted_name_aliases", "quoted_side_aliases"]

_APPOSITIVE = re.compile(r",[ \t]+((?:a|an|the)[ \t]+[^,;:“”\"\n—–]{2,100}?|"
                         r"(?P<bare>[A-Za-z][\w\-]*(?:[ \t]+[a-z][\w\-]*)?)[ \t]+(?:of|at|for|to)[ \t]+[^,;:“”\"\n—–]{2,100}?)"
                         r"(?=[ \t]*(?:,|\.\s|\.$|[—–]))")
_TRAILING_ABBREVIATION = re.compile(r"[ \t]+\([A-Z][A-Z0-9&.\-/]{1,9}\)$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|from|to|for|with|by|of|into|near)\s+$", re.IGNORECASE)
_CAP_WORD = r"[A-Z][\w.’'\-]*"
_PLACE_TAIL = re.compile(rf"[ \t]+(?:in|to|for|at)[ \t]+(?:the[ \t]+)?{_CAP_WORD}"
                         rf"(?:[ \t]+(?:(?:of|and|for|the|on)[ \t]+)*{_CAP_WORD})*")
_BODY_TAIL = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP_WORD}(?:[ \t]+(?:(?:of|and|for|the|on)[ \t]+)*{_CAP_WORD})*")
#: a capitalised name set off by commas after a description (its own name: the description is not the one before)
_NAME_SET_OFF = re.compile(r",[ \t]+[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,3},")
_NOT_IN_DESCRIPTION = frozenset({"who", "which", "that", "whose", "where", "when", "said", "says", "told", "tells",
                                 "added", "adds", "according", "and", "or"})


def description_aliases(text: str, mentions: Iterable[Mention]) -> list[str]:
    """The descriptions of one person (``mentions`` are the ones linked to it), in text order."""
    out: list[str] = []
    mentions = sorted(mentions, key=lambda m: m.span.start)
    for role, name in zip(mentions, mentions[1:]):  # "his French counterpart, Jean-Noël Barrot"
        if role.kind == "role" and name.kind == "name" and not role.in_quote \
                and text[role.span.end:name.span.start] == ", ":
            out.append(text[role.span.start:name.span.end])
    for m in mentions:
        if m.in_quote:
            continue
        if m.kind == "name" and m.title and (body := _BODY_TAIL.match(text, m.span.end)) is not None:
            out.append(m.text + body.group().rstrip("."))  # "analyst Sanusha Naidu of the Institute for …"
        if m.kind in {"name", "single"}:
            d = _APPOSITIVE.match(text, m.span.end)
            if d is None or _PREPOSITION_BEFORE.search(text, max(0, m.span.start - 8), m.span.start):
                continue
            if text[max(0, m.span.start - 3):m.span.start].rstrip().endswith(",") \
                    and _NAME_SET_OFF.match(text, d.end()):
                continue  # "the environment secretary, Ruth Marlowe, the EU commissioner, Henrik Vestergaard, said"
            if d.group("bare") and d.group("bare").split()[-1].lower() not in load_lexicon().roles:
                continue  # "director of the Centre …" (no article: only a role word opens it), not ", home to …"
            words = re.findall(r"[\w’'\-]+", d.group(1))
            if not any(w.lower() in _NOT_IN_DESCRIPTION for w in words[1:]) \
                    and (d.group("bare") or any(w.islower() and len(w) > 2 for w in words[1:])):
                written = d.group(1).rstrip()
                out.append(written)
                if _TRAILING_ABBREVIATION.search(written):  # "… of Mexico (UNAM)" and "… of Mexico" both
                    out.append(_TRAILING_ABBREVIATION.sub("", written))
        elif m.kind in {"role", "org"} and (tail := _PLACE_TAIL.match(text, m.span.end)) is not None:
            out.append(m.text + tail.group().rstrip("."))  # "… at State House.": the stop ends the sentence
    return out


@lru_cache(maxsize=1)
def _honorific() -> re.Pattern[str]:
    """A title (``data/words.tsv`` ``quoted_name_title``) ending right before a quoted surname."""
    titles = sorted(load_lexicon().word_class("quoted_name_title"), key=len, reverse=True)
    alt = "|".join("[ \t]+".join(re.escape(w[:1].upper() + w[1:]) for w in t.split()) for t in titles)
    return re.compile(rf"(?:(?:{alt})\.?[ \t]+)$")


def quoted_name_aliases(text: str, name: str, quotes: Iterable[Span]) -> list[str]:
    """The forms ``name``'s surname takes inside ``quotes`` (``Mr. Putin``, ``Putin``), in text order."""
    parts = name.split()
    if len(parts) < 2 or len(parts[-1]) < 3:
        return []
    last = parts[-1]
    out: list[str] = []
    for q in quotes:
        # a plain substring search with the word boundaries checked by hand: a regex compiled per
        # name and article cost more than all the searches it made
        pos = text.find(last, q.start, q.end)
        while pos >= 0:
            end = pos + len(last)
            before = text[pos - 1] if pos > 0 else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before in "_’'-") and not (after.isalnum() or after in "_-"):
                lead = _honorific().search(text, max(q.start, pos - 16), pos)
                out.append(text[lead.start() if lead else pos:end])
            pos = text.find(last, end, q.end)
    return out


def quoted_side_aliases(text: str, quotes: Iterable[Span]) -> list[tuple[str, str]]:
    """``(country, form)`` for each ``the <demonym> side`` (or government, authorities …) inside
    ``quotes``, in text order (module docstring, names inside quotes)."""
    lex = load_lexicon()
    out: list[tuple[str, str]] = []
    for q in quotes:
        for m in _side_pattern().finditer(text, q.start, q.end):
            place = lex.place_by_word.get(m.group(1).lower())
            if place is not None and not place.organisation and m.group(1) in place.demonyms:
                out.append((place.name, m.group()))
    return out


@lru_cache(maxsize=1)
def _side_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, load_lexicon().word_class("side_noun")), key=len, reverse=True))
    return re.compile(rf"\b(?i:the)\s+([A-Z][\w’'\-]+)\s+(?:{nouns})\b")
