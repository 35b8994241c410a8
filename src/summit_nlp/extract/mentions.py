"""Finding mentions of speaker-like entities outside quotes.

Four rule families, each driven by the tables in ``data/``:

* **Names** — runs of capitalised words (with name particles, ``d’`` elisions and initials:
  ``Côte d’Ivoire``, ``Giscard d'Estaing``).  Leading
  title words and nations are split off as the mention's ``title``
  (``Russian President`` | ``Vladimir Putin``), and lower-case titles right before a
  name are taken in too (``United States (US) counterpart Donald Trump``), with up to two
  lower-case nouns before the role word when a nation, a capital, a determiner, a cue or the
  sentence's start precedes them (``Maritime law expert Jay Batongbacal``, ``Afghan women's rights
  activist Mahbouba Seraj``; not ``Trump meets Chinese leader Xi``), and an owner before the title
  (``his Chinese counterpart Wang Yi``); a capitalised owner's possessive before a given name is a
  title, not part of the name (``Volvo's`` | ``Anna Berg``); a capitalised title ending in a role word
  with a name in apposition is a role (``Bangladesh’s Water Resources Adviser, Syeda Rizwana Hasan,``).
  A run that
  is a country, capital or seat of government is a ``place``; one with an organisation
  word or in capitals (``NATO``) is an ``org``, and an abbreviation in brackets right after an
  ``org`` is an alias of it (``the Kurdistan Workers Party (PKK)``); a mission or institute goes on
  with the place it sits in (``the UN Verification Mission in Colombia``, ``data/words.tsv``
  ``seated_body``).
* **Role descriptions and groups** — found by :func:`.roles.find_roles` (its docstring explains
  them: ``the Russian leader``, ``Russia’s foreign minister``, ``Western diplomats``); here, in the
  headline lines (the first line and a dek with no full stop), a bare role at a line start, after
  ``says`` or after a nation (``Ottawa summons U.S. envoy``); capitalised title words with no name
  (``Foreign Secretary says …``).  A party–state label (``R-Iowa``) is nobody.
* **Pronouns** — he, she, they, and a first-person I outside quotes (the writer); an ``I`` right
  after a capitalised word inside a sentence is a numeral (``Commission I``, ``World War I``).
* Mentions inside quotes are kept but flagged: they never become speakers or antecedents.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import titled
from .headline_mentions import DATELINE_AFTER, headline_lines_end, headline_roles, is_dateline, role_titled_names
from .lexicon import CAP_WORD, UPPER as _UPPER, Lexicon, load_lexicon, nation_of
from .roles import CAP_WORD_AFTER, NAME_AFTER, OWNERS, WHERE_NAME, edge_words, find_roles, is_role_token
from ..model import Mention, Quote, Span
from .segment import opens_sentence, title_case_headline_end
from .wordstarts import finditer_at, first_words, word_starts

__all__ = ["find_mentions", "nation_of"]

_PARTICLES = r"(?:de|da|di|del|los|las|van|von|der|den|bin|al|el|la|le|du|dos|das|ibn|abu|of|for)"
#: a Central Asian or Azerbaijani patronymic closing a name: "Nurlan Sadyk uulu", "Ilham Heydar oglu Aliyev"
_PATRONYMIC = r"(?:uulu|kyzy|oglu|ogly|qizi|kizi)"
_LEAD_PARTICLE = r"(?:(?:van|von|de|da|dos|das|del|di|al|el|bin|ibn|le|la|du)[ \t]+(?=[A-Z])|(?:al|el|ad|ash|as|at|az|an|ar)-(?=[A-Z]))?"
_HYPHEN_PARTICLE = r"(?:al|el|ad|ash|as|at|az|an|ar|ibn|bin|abu|bint)-"  # Karim el-Masri, Majed al-Ansari
_RUN = re.compile(
    rf"(?<![\w’'.])(?=\w){_LEAD_PARTICLE}{CAP_WORD}(?:(?:[ \t]+{_PARTICLES}){{0,2}}[ \t]+{CAP_WORD}|[ \t]+\([{_UPPER}][\w.]*\)|-{CAP_WORD}"
    rf"|[ \t]+{_PATRONYMIC}\b|[ \t]+{_HYPHEN_PARTICLE}{CAP_WORD}|[ \t]+d[’']{CAP_WORD}|[ \t]+[\"“‘][{_UPPER}][\w’'\-]*(?:[ \t]+[{_UPPER}][\w’'\-]*)?[\"”’](?=[ \t]+{CAP_WORD}))*"
)
_RUN_TOKEN = re.compile(r"\([^()]*\)|[^\s]+")  # the words of a run (blanks inside it are only spaces and tabs)
_PRONOUN = re.compile(r"\b(?:he|she|they|it|He|She|They|It|HE|SHE|THEY|I|him|them)\b(?![’'.])")
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:his|her|their|its|His|Her|Their|Its)\b(?=\s+[a-z])")
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_WORD = re.compile(r"[\w’'\-.]+|\([^()]{1,12}\)|[^\w\s]")
_POSSESSIVE = re.compile(r"[’']s?$")
_TITLE_MODIFIERS = frozenset({"former", "deputy", "acting", "then", "outgoing", "incoming", "interim", "senior",
                              "chief", "veteran", "longtime", "new"})
_ROLE_PREPOSITION_BEFORE = re.compile(r"\b(?:envoy|ambassador|minister|secretary|representative|commissioner|"
                                      r"coordinator|adviser|advisor|negotiator|mediator)\s+(?:for|to|of|in)\s+(?:the\s+)?$",
                                      re.IGNORECASE)
_COMPOUND_ADJECTIVE = re.compile(r"-(?:style|led|backed|based|born|era|linked|aligned|friendly|owned|run|made|like|"
                                 r"controlled|allied|funded|sponsored|occupied|held)$", re.IGNORECASE)
_NUMBERED = re.compile(rf"[\w,’'][ \t]+({CAP_WORD})[ \t]$")  # a capitalised word, not the sentence's first
_ABBREVIATION = re.compile(r"\([A-Z][A-Z0-9&.\-/]{1,9}\)")
#: past tenses without -ed, which "Siam met reporters" must not read as a group's modifier
_APPOSED_NAME = re.compile(r",[ \t]+[A-Z][\w’'\-]+[ \t]+[A-Z][\w’'\-]+")  # ", Syeda Rizwana Hasan"
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*")
_MID_SENTENCE = re.compile(r"[a-z,][ \t]+$")
_AFTER_QUOTE = re.compile(r"[”\"’'»][ \t]+$")



@lru_cache(maxsize=4096)  # a pure function of the words: the same runs come back in every article
def _split_title(tokens: tuple[str, ...], lex: Lexicon) -> int:
    """How many leading tokens of a capitalised run are title/nation words."""
    if tokens[-1].lower().strip(".") in lex.word_class("org_word") or " ".join(tokens).lower() in lex.place_by_word:
        return 0  # "State Department", "Foreign Office", "United States", "United Nations": no title + name
    # "External Affairs Minister Nadia Chaudhry": everything up to the last title word is title
    last_role = max((k for k, t in enumerate(tokens[:-1]) if is_role_token(_POSSESSIVE.sub("", t), lex)
                     and tokens[k].lower() not in {"of", "for"}), default=-1)
    # a bracketed abbreviation belongs to the title: "Kuomintang (KMT) Legislator Chen Shu-hui"
    if 0 <= last_role < len(tokens) - 1 and all(t[:1].isupper() or t.lower() in {"of", "for", "and"}
                                                 or _ABBREVIATION.fullmatch(t) for t in tokens[:last_role + 1]):
        return last_role + 1
    i = 0
    has_role = False
    while i < len(tokens) - 1:
        tok = _POSSESSIVE.sub("", tokens[i])
        low = tok.lower()
        span = next((n for n in (3, 2) if i + n < len(tokens)
                     and lex.place_by_word.get(" ".join(tokens[i:i + n]).lower())), 0)
        if span:  # "South Korean", "United States"
            i += span
            continue
        if low in lex.word_class("not_name"):
            if has_role or i == 0:
                i += 1
                continue
            break
        if is_role_token(tok, lex):
            has_role = True
        elif not (lex.place_by_word.get(low) or tok.startswith("(") or low in {"of", "for", "and"}
                  or low in lex.word_class("org_word")):
            break
        i += 1
    return i if has_role else 0  # "Sofia Lindgren": a capital's name is a first name here



def _cut_at_of(toks: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """Keep ``of`` inside a run only after a title or organisation word (``Secretary of State``,
    ``Bank of England``); ``James Corrigan of Idaho`` ends before ``of``."""
    for k, (_, _, word) in enumerate(toks):
        if word in {"of", "for"} and k > 0:
            prev = toks[k - 1][2].lower()
            # a title word after a name is a surname: "Representative Peter T. King of New York"
            after_name = any(t[2].lower() in lex.word_class("given_name") or re.fullmatch(r"[A-Z]\.", t[2])
                             for t in toks[:k - 1])
            group = lex.roles.get(prev) == "group"  # "Residents of Bhaktapur": a group and a place
            # "Alternative for Germany": a one-word name that is no given name, then a country, is one name
            named_for = k == 1 and k + 1 < len(toks) and prev not in lex.word_class("given_name") \
                and lex.place_by_word.get(toks[k + 1][2].lower()) is not None
            if not ((is_role_token(prev, lex) and not after_name and not group) or prev in lex.word_class("org_word")
                    or named_for):
                return toks[:k]
    return toks


def _first_headline_name(toks: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """The tokens of a Title Case run up to the first cue or function word."""
    stop = lex.word_class("not_name") | set(lex.cues)
    for k, (_, _, word) in enumerate(toks):
        if k > 0 and word.lower().rstrip("’'s") in stop:
            return toks[:k]
    return toks


@lru_cache(maxsize=4096)  # a pure function of its arguments, as _split_title
def _classify_core(core: str, tokens: tuple[str, ...], lex: Lexicon, titled: bool, after_the: bool = False) -> str:
    low = core.lower()
    if lex.place_by_word.get(low) or lex.place_by_word.get(low.removeprefix("the ")):
        return "place"
    words = [t.lower().strip(".") for t in tokens]
    if any(w in lex.word_class("org_word") for w in words):
        return "org"
    if len(words) > 1 and (words[-1] in lex.word_class("non_person_head") or words[0] in lex.word_class("ordinal")) \
            and not (len(tokens) == 2 and tokens[0] in lex.given_names):
        return "thing"  # "Second World War", "Paris Agreement": never a speaker (but "David French", "Steven Law")
    if len(tokens) == 1 and len(core) >= 2 and core.replace(".", "").isupper():
        return "org"
    if len(tokens) == 1 and not titled:
        return "single"  # a lone capitalised word: a surname, or a name we cannot type yet
    if after_the and not titled:
        return "org"  # "the Economic Freedom Fighters", "the Democratic Alliance": people's names take no article
    return "name"




def _opens_place_name(toks: list[tuple[int, int, str]], lex: Lexicon) -> bool:
    """Whether a leading word that is no name of its own (``New``) opens a gazetteer place here
    (``New Zealand``, ``New Delhi``; not ``New Russian sanctions``)."""
    words = [_POSSESSIVE.sub("", t[2]).lower() for t in toks[:3]]
    return len(words) > 1 and any(" ".join(words[:n]) in lex.place_by_word for n in (2, 3))


def _names(text: str, region: Span, lex: Lexicon, in_quote: bool, headline_end: int) -> list[Mention]:
    out: list[Mention] = []
    not_name = lex.word_class("not_name")
    skip = edge_words()
    for m in _RUN.finditer(text, region.start, region.end):
        run = m.group()
        if " " not in run and "\t" not in run and _edge_word(low := run.lower(), skip) \
                and low not in lex.roles and not (_AFTER_QUOTE.search(text, max(0, m.start() - 3), m.start())
                                                  and _cue_after(text, m.end())):
            continue  # "The", "But": a sentence word alone, which the rules below drop (the quick way)
        # most runs are one word ("Trump", "The"): no blank, so the whole run is its one token
        toks = [(0, len(run), run)] if " " not in run and "\t" not in run else \
            [(t.start(), t.end(), t.group()) for t in _RUN_TOKEN.finditer(run)]
        toks = _cut_at_of(toks, lex)
        if m.start() < headline_end:  # "Putin Says Russia …": cue words and function words split a headline run
            toks = _first_headline_name(toks, lex)
        # Drop leading sentence words ("The", "But") that are not part of a name; mid-sentence, a
        # word that is also a given name stays ("said Will Doyle", "told June Carter"), and so does
        # "New" ("in New York", "The New York Times": only a sentence's first word is the adjective).
        mid_sentence = _MID_SENTENCE.search(text, max(0, m.start() - 3), m.start()) is not None
        # "“…,” Read said.", "“…” From said": a word right after a quote and before a cue is a surname
        after_quote = len(toks) == 1 and _AFTER_QUOTE.search(text, max(0, m.start() - 3), m.start()) is not None \
            and _cue_after(text, m.end())
        dropped = False
        while toks and _edge_word(toks[0][2].lower(), skip) and toks[0][2].lower() not in lex.roles \
                and not (toks[0][2].islower() and len(toks) > 1) \
                and not (mid_sentence and len(toks) > 1 and (toks[0][2].lower() in lex.word_class("given_name")
                                                             or toks[0][2] == "He")) \
                and not ((mid_sentence or dropped) and len(toks) > 1 and toks[0][2] == "New") \
                and not after_quote and not _opens_place_name(toks, lex):
            toks.pop(0)
            dropped = True
        if len(toks) > 1 and toks[0][2].lower() in lex.cues and toks[0][2][1:].islower() and not mid_sentence \
                and m.start() >= headline_end and opens_sentence(text, m.start() + toks[0][0], region.start):
            toks.pop(0)  # "Said Comey, “…”", "Added Maria Lopez:": an inverted cue opening the sentence
        abbr = None  # "the Kurdistan Workers Party (PKK)": the abbreviation that closes the run
        while toks and (toks[-1][2].lower() in skip and not after_quote and not (
                len(toks) > 1 and toks[-1][2].lower() in lex.word_class("org_word")) or toks[-1][2].startswith("(")):
            last = toks.pop()
            if abbr is None and _ABBREVIATION.fullmatch(last[2]):
                abbr = (m.start() + last[0] + 1, m.start() + last[1] - 1)
        if not toks:
            continue
        words = [t[2] for t in toks]
        possessive = bool(_POSSESSIVE.search(words[-1])) and not words[-1].endswith("s’")
        n_title = _split_title(tuple(words), lex)
        owner = 1 if len(words) > 1 and _POSSESSIVE.search(words[0]) else 0
        if n_title > owner + 1 and words[owner].lower() in lex.word_class("org_word") and words[owner + 1] == "of" \
                and not any(w in lex.given_names for w in words[n_title:]):
            n_title = owner  # "Libya's Government of National Unity": a body's name, no title before a name
        if n_title and any(w in {"of", "for"} for w in words[:n_title + 1]) and len(words) - n_title > 2:
            n_title = len(words) - 2  # "Secretary of Homeland Security Dana Whitcomb": the name is the end
        if n_title and len(words) - n_title == 1 and {"for", "of"} & set(words[1:-1]) \
                and _split_title((*words, "Name"), lex) == len(words) \
                and (not NAME_AFTER.match(text, m.start() + toks[-1][1]) or text.startswith(",", m.start() + toks[-1][1])):
            continue  # "who is also Minister for Foreign Affairs,": a whole title, no one named "Affairs"
        if not n_title and len(words) > 2 and lex.place_by_word.get(words[0].lower()) \
                and _ROLE_PREPOSITION_BEFORE.search(text, max(0, m.start() + toks[0][0] - 40), m.start() + toks[0][0]):
            n_title = 1  # "envoy for Sudan Ramtane Lamamra": the place belongs to the title
        if not n_title and len(words) > 2 and words[0].lower() in lex.word_class("party_word") \
                and (words[1] in lex.given_names or len(words) == 3 and not any(
                    w.lower().strip(".") in lex.word_class("org_word") | lex.word_class("non_person_head")
                    or lex.place_by_word.get(w.lower()) for w in words[1:])):
            n_title = 1  # "Republican Donald Trump", "Democrat Kim Myers": the party is a title
        if not n_title and len(words) > 3 and words[1].lower() in lex.word_class("party_word") \
                and words[0][:1].isupper() and (words[2] in lex.given_names or len(words) == 4):
            n_title = 2  # "Liberal Democrat Calum Miller", "Social Democrat Anna Berg"
        if not n_title and len(words) >= 2 and _POSSESSIVE.search(words[0]) and not possessive \
                and lex.place_by_word.get(_POSSESSIVE.sub("", words[0]).lower()):
            n_title = 1  # "Taiwan's | Mainland Affairs Council", "Ethiopia's | Tigray": the place owns the rest
        if not n_title and not possessive:  # "Volvo's | Anna Berg", "Green Liberals' | Tiana Moser": an owner, a name
            n_title = next((j + 1 for j in range(min(3, len(words) - 2)) if _POSSESSIVE.search(words[j])
                            and words[j + 1] in lex.given_names), 0)
        core_toks = toks[n_title:]
        if not core_toks or core_toks[0][2] in {"of", "for"}:
            continue  # "the self-proclaimed Prime Minister of Crimea": a title and a place, no name
        start = m.start() + toks[0][0]
        core_start = m.start() + core_toks[0][0]
        end = m.start() + core_toks[-1][1]
        core_text = text[core_start:end]
        if possessive:
            core_text = _POSSESSIVE.sub("", core_text)
            end = core_start + len(core_text)
        # Lower-case titles right before the run: "counterpart Donald Trump", "foreign minister X".
        start, title_prefix = _extend_title_left(text, start, region.start, lex)
        title = (title_prefix + " " + text[m.start() + toks[0][0]:core_start]).strip() or None
        after_the = text[max(0, core_start - 4):core_start].lower() == "the "
        kind = _classify_core(core_text, tuple(t[2] for t in core_toks), lex, titled=bool(title), after_the=after_the)
        if start < headline_end and kind in {"single", "name"}:
            kind = "single"  # a Title Case headline: capitals do not make a name
        if kind == "org" and after_the and len(core_toks) > 1 \
                and lex.roles.get(core_toks[-1][2].lower()) not in {None, "institution", "document", "group"}:
            continue  # "the Chinese Ambassador", "the U.S. Ambassador": a role with its nation (the role rules)
        if kind == "place" and title_prefix:  # "to press Israel", "trade Russia": a verb, no title of a place
            start, title = m.start() + toks[0][0], text[m.start() + toks[0][0]:core_start].strip() or None
        head = core_text
        if kind == "place":
            head = nation_of(core_text, lex) or core_text
        if kind == "org" and core_text.split()[-1].lower() in lex.word_class("seated_body") \
                and (seat := WHERE_NAME.match(text, end, region.end)) is not None and " in " in seat.group():
            end = seat.end()  # "the American Institute in Taiwan", "the UN Verification Mission in Colombia"
            core_text = head = text[core_start:end]
        if kind in {"place", "org"} and text[max(0, start - 4):start].lower() == "the ":
            start -= 4  # "the Kremlin", "the Times"
        if kind in {"single", "name"} and core_text.lower() in not_name and not after_quote:
            continue
        if core_text.isupper() and len(core_text) > 4 and DATELINE_AFTER.match(text, end) \
                and (core_start == 0 or text[core_start - 1] == "\n"):
            continue  # "MOGADISHU, March 3 (AFP) —": a dateline
        if kind == "single" and re.fullmatch(r"\w+(?:ing|ly)", core_text) and text[end:end + 2].strip()[:1].islower() \
                and not mid_sentence and not after_quote and not _cue_after(text, end):
            continue  # "Holding signs …", "Similarly, …": a sentence-initial participle or adverb, not "Kelly said"
        if _COMPOUND_ADJECTIVE.search(core_text):
            continue  # "Trump-style", "Kremlin-backed": an adjective, not a name
        if _PARTY_STATE.fullmatch(core_text):
            continue  # "Sen. Tom Haskins, R-Iowa, said": a party and state label, no one of its own
        if kind in {"single", "name"} and not after_quote and not possessive \
                and all(is_role_token(t[2], lex) and lex.roles.get(t[2].lower()) not in (None, "group")
                        for t in core_toks):
            # "Foreign Secretary says China talks ‘frank’": title words and no name, a role (whose
            # person the resolver finds), no one called "Secretary"
            out.append(Mention(Span.of(text, start, end), "role", core_text.lower(), title=title,
                               nation=nation_of(title, lex) if title else None, in_quote=in_quote))
            continue
        if kind in {"single", "name"} and not possessive and len(core_toks) > 1 \
                and lex.roles.get(core_toks[-1][2].lower()) not in (None, "group", "institution", "document") \
                and _APPOSED_NAME.match(text, end):
            # "Bangladesh’s Water Resources Adviser, Syeda Rizwana Hasan,": a title ending in a role word
            # with the name in apposition; the resolver links the two
            lead = text[core_start:m.start() + core_toks[-1][0]].strip()
            title = " ".join(x for x in (title, lead) if x) or None
            out.append(Mention(Span.of(text, start, end), "role", core_toks[-1][2].lower(), title=title,
                               nation=nation_of(title, lex) if title else None, in_quote=in_quote))
            continue
        out.append(Mention(Span.of(text, start, end), kind, head,
                           title=title, nation=nation_of(title, lex) if title else None,
                           in_quote=in_quote))
        if kind == "org" and abbr is not None and text[end:abbr[0]].strip() == "(":
            # the abbreviation is an alias of the name (resolve files it under the name, as for "(DFA)")
            out.append(Mention(Span.of(text, *abbr), "org", text[abbr[0]:abbr[1]], title=core_text,
                               in_quote=in_quote))
        if possessive:
            # a possessive is never a speaker; keep it only as an antecedent-free alias source
            out[-1] = Mention(out[-1].span, "possessive", head, title=out[-1].title, nation=out[-1].nation,
                              in_quote=in_quote)
    return out


def _edge_word(low: str, skip: frozenset[str]) -> bool:
    """Whether a lower-case word is a sentence word (``edge_words``) or one's possessive (``its'``),
    never a name that only ends like one (``Wes`` is no ``we``, ``Dos`` no ``do``)."""
    return low.rstrip("’'s") in skip and (low in skip or _POSSESSIVE.search(low) is not None)


def _cue_after(text: str, pos: int) -> bool:
    """Whether a reporting verb (``data/cues.tsv``) follows ``pos``: ``From said``."""
    m = re.match(r"[ \t]+([a-z]+(?:[ \t]+[a-z]+)?)", text[pos:pos + 30])
    if m is None:
        return False
    cues = load_lexicon().cues
    words = m.group(1).split()
    return words[0] in cues or " ".join(words) in cues


#: ``(\([^()]{1,12}\)|[\w’'\-]+)[ \t]+$`` read backwards: the word (or bracket) before trailing
#: blanks, found by one anchored match on the reversed window instead of a search trying every
#: start in it (``\n?``: ``$`` also matches before a final line break)
_CLAUSE_OPENING = re.compile(r"[,;:][ \t]+$")
_WORD_BEFORE_REVERSED = re.compile(r"\n?[ \t]+(?:[\w’'\-]+|\)[^()]{1,12}\()")


def _word_before(text: str, lo: int, pos: int) -> tuple[int, str] | None:
    """The start and text of the word or bracket right before the blanks ending ``text[lo:pos]``."""
    window = text[lo:pos]
    m = _WORD_BEFORE_REVERSED.match(window[::-1])
    if m is None:
        return None
    blanks = len(m.group()) - len(m.group().lstrip("\n \t"))
    start = len(window) - m.end()
    return lo + start, window[start:len(window) - blanks]


def _extend_title_left(text: str, start: int, floor: int, lex: Lexicon) -> tuple[int, str]:
    """Take in lower-case role words and nations written right before a name."""
    pos = start
    taken = False
    nouns = 0  # lower-case noun modifiers taken in ("maritime law expert", "women's rights activist")
    kept = start
    while True:
        before = _word_before(text, max(floor, pos - 40), pos)  # within the line
        if before is None:
            if taken and _CLAUSE_OPENING.search(text, max(floor, pos - 3), pos):
                kept = pos  # "In Rarotonga, opposition leader Tina Browne": a clause opens after the comma
            break
        wstart, word = before
        low = _POSSESSIVE.sub("", word).lower()
        if is_role_token(word, lex) and low not in lex.word_class("not_name"):
            taken = True
        elif taken and (lex.place_by_word.get(low) or word.startswith("(") or word[0].isupper()
                        and low not in lex.word_class("not_name") or low in _TITLE_MODIFIERS):
            if pos != kept and not lex.place_by_word.get(low) and not opens_sentence(text, wstart, floor):
                break  # "Bhaktapur met district officer X": only a nation or the sentence's start before nouns
            nouns = 2  # "former", "deputy", a nation or an organisation before the title, and no noun before it
        elif taken and low in ("of", "for") and pos == kept and (head := _word_before(text, max(floor, wstart - 40), wstart)) \
                and head[1].islower() and f"{head[1]} {low} {text[pos:start].split()[0].lower()}" in lex.roles:
            pos = wstart  # "said chief of staff Roy Keller": a listed title with its "of" phrase, in lower case
            continue
        elif taken and nouns < 2 and word.islower() and low not in lex.word_class("not_name") \
                and low not in lex.cues and not low.endswith(("ed", "ing", "ly")):
            nouns += 1
            pos = wstart
            continue  # kept only if a title word, a nation or the line's start comes before it
        else:
            # noun modifiers stand after a determiner or a cue ("said maritime law expert X"), not
            # after a preposition ("on international relations X")
            if low in {"the", "a", "an"} or low in lex.cues:
                kept = pos
            elif taken and low in OWNERS - {"whose"}:
                kept = wstart  # "his Chinese counterpart Wang Yi": the owner is part of the title as written
            break
        pos = kept = wstart
    if pos != kept and opens_sentence(text, pos, floor):
        kept = pos  # the sentence's first words
    pos = kept
    if not taken:
        return start, ""
    return pos, text[pos:start].strip()




def _surname_he(text: str, m: re.Match[str]) -> bool:
    """``Trade negotiator He Jianguo``: a capitalised He inside a sentence before a capitalised word
    is the Chinese surname, not the pronoun."""
    return m.group() == "He" and _MID_SENTENCE.search(text, max(0, m.start() - 3), m.start()) is not None \
        and CAP_WORD_AFTER.match(text, m.end()) is not None


def _pronouns(text: str, region: Span, in_quote: bool, starts: list[list[int]] | None = None) -> list[Mention]:
    objective = {"him": "he", "them": "they"}
    out = [Mention(Span.of(text, m.start(), m.end()), "pronoun", objective.get(m.group(), m.group().lower()),
                   plural=m.group().lower() in {"they", "them"}, in_quote=in_quote)
           for m in _matches(_PRONOUN, text, region, starts, _PRONOUNS)
           if not (m.group() == "I" and _numbered(text, m.start())) and not _surname_he(text, m)]
    # "his promise of …", "her description of him as …": possessors, never speakers themselves
    out += [Mention(Span.of(text, m.start(), m.end()), "possessive", _POSSESSIVE_PRONOUNS[m.group().lower()],
                    plural=m.group().lower() == "their", in_quote=in_quote)
            for m in _matches(_POSSESSIVE_PRONOUN, text, region, starts, _POSSESSIVES)]
    return out


def _matches(pattern: re.Pattern[str], text: str, region: Span, starts: list[list[int]] | None, which: int):
    if starts is None:
        return pattern.finditer(text, region.start, region.end)
    return finditer_at(pattern, text, region.end, starts[which])


# the word lists of _mention_word_lists, in order
_TITLES, _ROLES, _GROUPS, _PRONOUNS, _POSSESSIVES = range(5)


@lru_cache(maxsize=1)
def _mention_word_lists() -> tuple[frozenset[str], ...] | None:
    """The first words of the titles, roles, groups, pronouns and possessive pronouns: where one
    of them begins is the only place its pattern can match (:mod:`.wordstarts`)."""
    lex = load_lexicon()
    lists = (titled.title_first_words(), first_words(r for r in lex.roles if not r.endswith(".")),
             first_words(lex.word_class("group_noun")),
             first_words(("he", "she", "they", "it", "i", "him", "them")), first_words(_POSSESSIVE_PRONOUNS))
    return None if any(words is None for words in lists) else lists


def _numbered(text: str, pos: int) -> bool:
    """``Commission I``, ``World War I``, ``Elizabeth I``: an ``I`` right after a capitalised word
    inside a sentence is a numeral (not ``Yesterday I``, ``In January I``)."""
    m = _NUMBERED.search(text, max(0, pos - 40), pos)
    return m is not None and m.group(1).lower() not in edge_words()


def _regions(text: str, quotes: list[Quote]) -> list[tuple[Span, bool]]:
    """The text cut into stretches outside and inside quotes."""
    out, pos = [], 0
    for q in quotes:
        if q.span.start > pos:
            out.append((Span.of(text, pos, q.open_mark.start), False))
        out.append((q.span, True))
        pos = q.close_mark.end if q.close_mark else q.span.end
    if pos < len(text):
        out.append((Span.of(text, pos, len(text)), False))
    return out


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (a title + name beats a role inside it)."""
    starts: list[int] = []  # kept spans, sorted and disjoint
    ends: list[int] = []
    kept: list[Mention] = []
    # longest first; on a tie a typed mention beats a bare capitalised word ("Members" as a group)
    for m in sorted(mentions, key=lambda m: (-len(m.span), m.kind == "single", m.span.start)):
        i = bisect.bisect_right(starts, m.span.start)
        if (i and ends[i - 1] > m.span.start) or (i < len(starts) and starts[i] < m.span.end):
            continue
        starts.insert(i, m.span.start)
        ends.insert(i, m.span.end)
        kept.append(m)
    return sorted(kept, key=lambda m: m.span.start)


def find_mentions(text: str, sentences: list[Span], quotes: list[Quote]) -> list[Mention]:
    """Every mention in text order; ones inside quotes carry ``in_quote=True``."""
    lex = load_lexicon()
    headline_end = title_case_headline_end(text)
    found: list[Mention] = []
    first_line = headline_lines_end(text)
    lists = _mention_word_lists()
    for region, in_quote in _regions(text, quotes):
        if in_quote:
            continue
        # where the words of the big patterns begin: they are tried only there (same matches)
        starts = word_starts(text, region.start, region.end, lists) if lists is not None else None
        # the long forms first: on a tie in length they win over the plain run inside them
        found.extend(titled.institutions(text, region, lex))
        found.extend(titled.titled_names(text, region, lex, starts[_TITLES] if starts is not None else None))
        found.extend(_names(text, region, lex, in_quote, headline_end))
        found.extend(find_roles(text, region, lex, in_quote, starts[_ROLES] if starts else None,
                                 starts[_GROUPS] if starts else None))
        found.extend(_pronouns(text, region, in_quote, starts))
        if region.start < first_line:
            found.extend(headline_roles(text, Span.of(text, region.start, min(region.end, first_line)), lex))
    return _dedupe(role_titled_names(text, [m for m in found if not is_dateline(text, m)
                                            and not _possessor_role(text, m)]))


#: "The rebel commander's deputy, Joseph Lado, …": after a description, a possessive and a noun of
#: its own set off by the name of whom it describes
_POSSESSED_NOUN = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+[A-Z]")


def _possessor_role(text: str, m: Mention) -> bool:
    """A role description that owns a noun the person named next is (``the rebel commander's deputy,
    Joseph Lado,``) is not who the sentence is about: no mention (the named person is)."""
    return m.kind == "role" and _POSSESSED_NOUN.match(text, m.span.end) is not None
