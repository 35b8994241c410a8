"""Titled names and named institutions: the long forms of diplomatic copy, read before plain names.

Two patterns, both driven by the gazetteer and the title list (``data/titles.tsv``,
``countries.tsv``, ``organisations.tsv``); each gives a mention that outranks the shorter
capitalised runs inside it (the mention finder keeps the longest of overlapping mentions):

* **Titled names** — ``[Nation('s) | Demonym | Organisation] TITLE [and TITLE]* [to|for|of|on
  [the] PLACE] NAME``: ``Brazil's Ambassador to the United Nations Ana Souza``, ``Deputy Prime
  Minister and Minister of Finance Bishnu Prasad Paudel``, ``the High Commissioner to Nairobi Tom
  Reid``, ``U.N. special envoy on Myanmar Julie Bishop``, ``Sheikh Tamim bin Hamad Al Thani``.  The
  titles are the listed ones (longest first, any case); a place after a title that takes one
  (``ambassador to``, ``minister of``) is a gazetteer form or a run of capitalised words that
  still leaves a name after it.  The nation is read from what stands before the title, never
  from the place of posting (``High Commissioner to Nairobi`` is no Kenyan).
* **Institutions named ``X of Y``** — ``[Nation's] [Capitalised words] Ministry|Department|Office
  |… of|for|on [the] Capitalised words, with ``and`` and commas inside a list (``Ministry of
  Foreign Affairs, Migration and Tunisians Abroad``)``, and an abbreviation in brackets right
  after (``Department of Foreign Affairs (DFA)``), which becomes a mention of its own that the
  resolver files under the same entity.  A weekday or a month after the linking word is a time
  phrase, no part of the name (``the Security Council on Thursday said``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon, load_lexicon, title_nation, union
from .wordstarts import first_words, search_at
from ..model import Mention, Span

__all__ = ["titled_names", "institutions", "title_first_words"]

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"  # upper-case letters of the Latin scripts news uses (İ, Ł, Ş, Ž …)
_CAP = rf"(?:[{_UP}]\.(?:[{_UP}]\.)*|[{_UP}][\w’'\-]*(?:(?<=Jr|Sr|St|Ma)\.)?)"  # "Ma." as in Ma. Theresa
# a name: capitalised words, particles (bin, al, van, von der, de la), hyphenated particles
# (el-Masri), a nickname in quotation marks (Maria "Mia" Santos), initials, a suffix (Jr.)
_PARTICLE = r"(?:de|da|di|del|della|dos|das|los|las|du|van|von|der|den|ter|bin|bint|binti|ibn|al|el|ad|abu|abd|le|la|y)"
_NAME = re.compile(
    rf"(?:{_PARTICLE}[ \t]+)?{_CAP}"
    rf"(?:(?:[ \t]+{_PARTICLE}){{0,2}}[ \t]+(?:(?:al|el|ad|ash|as|at|az|an|ar|ibn|bin|abu)-)?{_CAP}"
    rf"|[ \t]+[\"“‘'][{_UP}][\w’'\-]*(?:[ \t]+[{_UP}][\w’'\-]*)?[\"”’'](?=[ \t]+{_CAP})"
    rf"|[ \t]+(?:al|el|ad|ash|as|at|az|an|ar)-{_CAP}|[ \t]+(?:uulu|kyzy|oglu|ogly|qizi|kizi)\b)*"
)
_PREPOSITION = re.compile(r"[ \t]+(?:to|for|of|on|at|in)[ \t]+(?:the[ \t]+)?")
_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+")
_SEPARATOR = re.compile(r"[ \t]+")  # "foreign minister, Ingrid Solberg" is an apposition, not one mention
_POSSESSIVE = re.compile(r"[’']s$")
_INSTITUTION_HEADS = ("Ministry", "Department", "Office", "Agency", "Council", "Committee", "Commission", "Court",
                      "Bureau", "Institute", "Authority", "Service", "Board", "Secretariat", "Directorate",
                      "Administration", "Federation", "Organisation", "Organization", "Centre", "Center",
                      "Chamber", "Tribunal", "Command", "Corps", "Force", "Forces", "Bank", "Fund", "Union",
                      "Community", "League", "Association", "Conference", "Assembly", "Alliance", "Movement",
                      "Party", "Parliament")
_W = rf"(?:[{_UP}]\.(?:[{_UP}]\.)+|[{_UP}][\w’'\-]*)"  # a capitalised word or a dotted abbreviation ("U.S.")
_INSTITUTION = re.compile(
    rf"(?=[{_UP}])(?P<name>(?:{_W}[ \t]+){{0,3}}(?:{'|'.join(_INSTITUTION_HEADS)})[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?"
    rf"{_W}(?:(?:[ \t]+(?:and|of|for|on|&)[ \t]+(?:the[ \t]+)?|[ \t]+){_W})*"
    rf"(?:(?:,[ \t]+{_W}(?:[ \t]+{_W})*)+[ \t]+(?:and|&)[ \t]+{_W}(?:[ \t]+{_W})*)?)"
    rf"(?:[ \t]*\((?P<abbr>[{_UP}][{_UP}A-Za-z.&]{{1,9}})\))?"
)

_ANY_HEAD = re.compile(rf"(?:{'|'.join(_INSTITUTION_HEADS)})(?![\w])")  # what every institution match holds

# "the International Boundary and Water Commission": "and" inside a body's name, after "the"
_JOINED_INSTITUTION = re.compile(
    rf"(?<![\w])(?:[Tt]he)[ \t]+(?P<name>(?:{_W}[ \t]+){{1,3}}and[ \t]+(?:{_W}[ \t]+){{0,2}}"
    rf"(?:{'|'.join(_INSTITUTION_HEADS)}))(?![\w])")


@lru_cache(maxsize=1)
def _title_list() -> tuple[str, ...]:
    lex = load_lexicon()
    return tuple(t for t, cls in lex.roles.items() if cls not in {"group", "person", "document", "institution"})


@lru_cache(maxsize=1)
def _titles() -> re.Pattern[str]:
    alt = union(_title_list(), space=r"[ \t]+")
    return re.compile(rf"(?<![\w.])(?=\w)(?:{alt})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def title_first_words() -> frozenset[str] | None:
    """The first words of the titles (:func:`.wordstarts.first_words`): a title match opens with one."""
    return first_words(_title_list())


def _place_at(text: str, pos: int, lex: Lexicon) -> int:
    """End of the longest gazetteer form (up to six words) starting at ``pos``; ``pos`` when none."""
    words = list(re.finditer(r"[^\s,;:()]+", text[pos:pos + 80]))
    for n in range(min(6, len(words)), 0, -1):
        end = pos + words[n - 1].end()
        form = text[pos:end]
        if form[:1].isupper() and lex.place_by_word.get(form.lower()):
            return end
    return pos


_LEAD_RUN = re.compile(rf"((?:{_CAP}(?:[ \t]+(?:of|for|the|and|on)(?=[ \t]+[{_UP}]))*[ \t]+)*{_CAP}(?:[’']s?)?)[ \t]+$")


def _nation_before(text: str, start: int, floor: int, lex: Lexicon) -> tuple[int, str | None]:
    """What names the office right before a title or an institution: ``Brazil's``, ``Kenyan``,
    ``U.N.``, ``Organization of Turkic States``.  Returns the new start of the mention (the whole
    capitalised run is taken in) and the country or organisation it names, if the gazetteer knows it."""
    m = _LEAD_RUN.search(text, max(floor, start - 80), start)
    if m is None:
        return start, None
    run_start = m.start(1)
    words = m.group(1).split()
    for k in range(len(words)):  # the longest tail of the run that is a place: "the Philippines'"
        place = _place_form(" ".join(words[k:]), lex)
        if place is not None:
            return run_start + len(" ".join(words[:k])) + (1 if k else 0), place.name
    for k in range(len(words), 0, -1):  # a place that owns the rest: "Kenya's | Prime", "U.N. | special"
        place = _place_form(" ".join(words[:k]), lex)
        if place is not None:
            return run_start, place.name
    if words[0].lower() in lex.word_class("not_name") or len(words) < 2:
        return start, None
    return run_start, None  # an organisation the gazetteer does not know: part of the mention


def titled_names(text: str, region: Span, lex: Lexicon | None = None,
                 title_starts: list[int] | None = None) -> list[Mention]:
    """Every ``[Nation] TITLE [of PLACE] NAME`` in ``region`` (see the module docstring).
    ``title_starts``: where the region's words that open a title begin (:func:`title_first_words`),
    so the title pattern is tried only there (the same matches as a search of the whole region)."""
    lex = lex or load_lexicon()
    out: list[Mention] = []
    titles = _titles()
    pos = region.start
    while True:
        if title_starts is None:
            m = titles.search(text, pos, region.end)
        else:
            m = search_at(titles, text, pos, region.end, title_starts)
        if m is None:
            return out
        pos = m.end()
        end = m.end()
        if len(m.group()) > 1 and m.group().isupper() and lex.roles.get(m.group().lower()) == "honorific":
            continue  # "DR Congo's minister": an honorific is not written in capitals without its period
        while (a := _AND.match(text, end, region.end)) and (t := titles.match(text, a.end(), region.end)):
            end = t.end()  # "Deputy Prime Minister and Minister of Finance"
        if re.search(r"\b(?:of|for)\b", text[m.start():end], re.IGNORECASE):
            end = _portfolio_end(text, end, region.end, lex)  # "… Foreign Affairs and Regional Integration"
        title_words = text[m.start():end].lower()
        if (p := _PREPOSITION.match(text, end, region.end)) is not None \
                and any(title_words.endswith(t) for t in lex.place_titles):
            place_end = _place_at(text, p.end(), lex)
            if place_end > p.end():
                end = _portfolio_words(text, place_end, region.end, lex)  # "Ambassador to the United Nations"
            elif re.match(r"[ \t]+(?:of|for|to|on)\b", p.group()) \
                    and text[p.end():p.end() + 12].split(" ")[0].lower() not in lex.word_class("weekday"):
                # not "the King at Horse Guards Parade"; "Adviser on Peace, Reconciliation and Unity X"
                # (not "… on Tuesday")
                end = _office_end(text, p.end(), region.end, lex) or end
        sep = _SEPARATOR.match(text, end, region.end)
        while sep is not None and (h := titles.match(text, sep.end(), region.end)) is not None \
                and lex.roles.get(h.group().lower()) == "honorific":
            end = h.end()  # "Minister of Foreign Affairs Sheikh | Abdullah bin Zayed Al Nahyan"
            sep = _SEPARATOR.match(text, end, region.end)
        name = _NAME.match(text, sep.end(), region.end) if sep is not None and sep.end() > end else None
        if name is None or not text[m.start()].isupper() and not _LEAD_RUN.search(text, max(0, m.start() - 80),
                                                                                m.start()):
            continue  # a lower-case title with no name or possessive before it is left to the role rules
        head = name.group().rstrip(",.") if not name.group().endswith(("Jr.", "Sr.")) else name.group()
        possessive = bool(_POSSESSIVE.search(head))
        head = _POSSESSIVE.sub("", head)  # "Prime Minister Abiy Ahmed’s government": a possessor
        times = lex.word_class("weekday") | lex.word_class("month")
        while " " in head and head.rsplit(" ", 1)[1].lower() in times and not possessive:
            head = head.rsplit(" ", 1)[0]  # "President Joseph Aoun Wednesday called …": a time, no name
        first = head.split()[0].lower()
        if lex.roles.get(first) or lex.place_by_word.get(head.lower()) or first in lex.word_class("not_name"):
            continue  # "Foreign Minister Minister…", a place, "President Trump said": not a name after a title
        if " " not in head and head.lower() in lex.word_class("org_word"):
            continue  # "the U.N. General Assembly": a body whose name opens with a title word, no person
        start, nation = _nation_before(text, m.start(), region.start, lex)
        if nation is None:
            nation = _nation_in(text[m.start():m.end()], lex)
        out.append(Mention(Span.of(text, start, name.start() + len(head)), "possessive" if possessive else "name",
                           head, title=text[start:end].strip(), nation=nation))
        pos = name.start() + len(head)


def _portfolio_words(text: str, end: int, limit: int, lex: Lexicon) -> int:
    """``Minister for European | Relations | Nick Thomas-Symonds``: capitalised words after the place
    that open no name (no given name) belong to the portfolio while a two-word name still follows."""
    while True:
        rest = _NAME.match(text, end + 1, limit) if text[end:end + 1] in " \t" else None
        words = rest.group().split() if rest is not None else []
        capitals = [w for w in words if w[:1].isupper()]  # "Hester van den Bosch" is two names' worth
        if len(capitals) < 3 or not words[1][:1].isupper() or words[0] in lex.given_names \
                or words[0].lower() in lex.word_class("not_name"):
            return end
        end = end + 1 + len(words[0])


_OFFICE_TOKEN = re.compile(rf"{_CAP}|and|of|for|the|&")


def _office_end(text: str, pos: int, limit: int, lex: Lexicon) -> int | None:
    """``Minister of | Water Resources and Meteorology | Thor Chetha``, ``Speaker of the | Verkhovna
    Rada | Ruslan Stefanchuk``: the capitalised words (and their ``and``/``of``) of a portfolio or
    body no list holds, up to the name at the end of the run: from its first given name, else its
    last two words.  None when no name of two words closes the run."""
    toks, at = [], pos
    while (t := _OFFICE_TOKEN.match(text, at, limit)) is not None:
        toks.append(t)
        # a comma only inside a list of the portfolio's capitalised words: "Peace, Reconciliation and Unity"
        nxt = re.match(rf"[ \t]+|,[ \t]+(?={_CAP}(?:,|[ \t]+(?:and|&)[ \t]))", text[t.end():limit])
        if nxt is None:
            break
        at = t.end() + nxt.end()
    while toks and not toks[-1].group()[:1].isupper():
        toks.pop()
    caps = [i for i, t in enumerate(toks) if t.group()[:1].isupper()]
    # a suffix is no word of the name's two: "… Unity | Carlito Galvez Jr."
    suffix = 1 if caps and toks[caps[-1]].group().lower().rstrip(".") in {"jr", "sr", "ii", "iii"} else 0
    if len(caps) < 3 + suffix:
        return None
    last_two = caps[-2 - suffix]
    starts = [i for i in caps[1:] if toks[i - 1].group()[:1].isupper() or i == last_two]
    given = [i for i in starts if toks[i].group() in lex.given_names and i <= last_two]
    first = given[0] if given else last_two
    name = [t.group() for t in toks[first:]]
    if any(not w[:1].isupper() for w in name):
        return None  # "… and" inside what would be the name: no name closes the run
    stop = _title_words() | lex.word_class("org_word") | lex.word_class("non_person_head")
    if any(w.lower() in stop or lex.place_by_word.get(w.lower()) for w in name):
        return None  # "for the Office of the US Trade Representative", "at Horse Guards Parade": no person
    return toks[first - 1].end()


def _portfolio_end(text: str, end: int, limit: int, lex: Lexicon) -> int:
    """``Minister of Foreign Affairs | and Regional Integration | Akosua Mensah-Boateng``: the
    capitalised words after ``and`` that belong to the portfolio (words of listed titles, or any but
    a given name) while a name of at least two words still follows."""
    a = _AND.match(text, end, limit)
    if a is None:
        return end
    words = list(re.finditer(rf"{_CAP}", text[a.end():limit]))
    role_words = _title_words()
    best = end
    pos = a.end()
    for k, w in enumerate(words):
        if text[pos:a.end() + w.start()].strip() or w.group().lower() not in role_words \
                and (w.group() in lex.given_names or w.group().lower() in lex.word_class("not_name")):
            break  # "… and Meteorology Thor Chetha": any word but a given name, while a name follows
        pos = a.end() + w.end()
        rest = _NAME.match(text, pos + 1, limit) if text[pos:pos + 1] in " \t" else None
        if rest is not None and len(rest.group().split()) >= 2:
            best = pos
    return best


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset(w for t in lex.roles for w in t.split()) - {"and", "of", "for", "the", "to"}


_LINK = re.compile(r"[ \t]+(?:of|for|on|and|&)[ \t]+(?:the[ \t]+)?([\w’'\-]+)")


def _before_time(name: str, lex: Lexicon) -> str | None:
    """``Ministry of Foreign Affairs on Monday`` → ``Ministry of Foreign Affairs``: the name ends
    before a linking word followed by a weekday or a month; None when nothing of the ``X of Y``
    form is left (``Security Council on Thursday``)."""
    times = lex.word_class("weekday") | lex.word_class("month")
    for k, link in enumerate(_LINK.finditer(name)):
        if link.group(1).lower() in times:
            return name[:link.start()] if k else None
    return name


def _before_title(name: str, lex: Lexicon) -> str:
    """An ``X of Y`` name ends before a title word after its linking word (the title of the person
    named next: ``Organization of Turkic States Secretary-General …``)."""
    link = re.search(r"[ \t](?:of|for|on)[ \t]", name)
    if link is None:
        return name
    rest = name[link.end():]
    for w in re.finditer(r"[\w’'\-]+", rest):
        cls = lex.roles.get(w.group().lower())
        if cls is not None and cls not in {"institution", "group", "document", "person"} and w.start() > 0 \
                and re.match(rf"[ \t]+{_W}[ \t]+{_W}", rest[w.end():]):  # a person's name follows the title
            return name[:link.end() + w.start()].rstrip()
    return name


def _place_form(words: str, lex: Lexicon):
    """The place a possessive or plain form names (``the Philippines'``, ``Kenya's``), or None."""
    form = re.sub(r"^the\s+", "", _POSSESSIVE.sub("", words).rstrip("’'"), flags=re.I)
    return lex.place_by_word.get(form.lower())


def _nation_in(words: str, lex: Lexicon) -> str | None:
    for w in words.split():
        place = lex.place_by_word.get(_POSSESSIVE.sub("", w).lower())
        if place is not None:
            return place.name
    return title_nation(words, lex)


def institutions(text: str, region: Span, lex: Lexicon | None = None) -> list[Mention]:
    """Every named institution ``… Ministry of …`` in ``region``, and its bracketed abbreviation;
    ``the International Boundary and Water Commission`` (an ``and`` inside the name) too."""
    lex = lex or load_lexicon()
    out: list[Mention] = []
    if _ANY_HEAD.search(text, region.start, region.end) is None:
        return out  # both patterns need a head word: one cheap scan saves their costly ones
    for m in _INSTITUTION.finditer(text, region.start, region.end):
        name = _before_time(m.group("name"), lex)
        cut = name != m.group("name")
        if name is None:
            continue  # "the Security Council on Thursday": a time phrase, no "X of Y" name
        name_start = m.start("name")
        if name.startswith("The "):
            name, name_start = name[4:], name_start + 4
        lead = re.match(rf"((?:{_W}[ \t]+){{0,2}}{_W}[’']s?)[ \t]+", name)
        if lead is not None and _place_form(lead.group(1), lex):
            name, name_start = name[lead.end():], name_start + lead.end()  # "Kenya's | Ministry of …"
        name = _before_title(name, lex)  # "Organization of Turkic States | Secretary-General Kubanychbek …"
        words = name.split()
        if words[0].lower() in lex.word_class("not_name"):
            continue
        if (place := lex.place_by_word.get(name.lower())) is not None:
            # a gazetteer body ("Community of Latin American and Caribbean States", "International
            # Committee of the Red Cross"): a place mention, which the plain capitalised run could not
            # give with an "and" or a "the" inside
            out.append(Mention(Span.of(text, name_start, name_start + len(name)), "place", place.name))
            continue
        start, nation = _nation_before(text, name_start, region.start, lex)
        if text[max(region.start, start - 4):start].lower() == "the ":
            start -= 4  # "the Philippines' Department of Foreign Affairs", as the plain run would have it
        out.append(Mention(Span.of(text, start, name_start + len(name)), "org", name, nation=nation))
        if m.group("abbr") and not cut:
            out.append(Mention(Span.of(text, m.start("abbr"), m.end("abbr")), "org", m.group("abbr"),
                               title=name, nation=nation))
    for m in _JOINED_INSTITUTION.finditer(text, region.start, region.end):
        if not _place_form(m.group("name").split()[0], lex):  # "the Russia and China Commission"? a list
            out.append(Mention(Span.of(text, m.start(), m.end()), "org", m.group("name")))
    return out
