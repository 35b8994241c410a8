"""Reporting clauses: who is the subject of a cue, and who it is addressed to.

No parser is involved; news reporting clauses are regular enough for a few rules:

* **Subject on the left** — the nearest mention before the cue, when only *adjunct*
  material stands between them: adverbs (``also``, ``repeatedly``, any ``-ly`` word),
  auxiliaries (``has``), time phrases (``on Friday``, ``in the past``), a comma-enclosed
  apposition (``Dmitry Peskov, the Kremlin spokesman, said``), an abbreviation in
  brackets, or ``of <Place>`` (``Senator John McCain of Arizona said``).  A place in a
  locative phrase gives way to the mention before it (``a spokesperson in Honiara said``,
  ``leaders from eastern and southern Africa said``);
  a passive (``was told``) has no subject; an apposition (two descriptions in a row, a ``led
  by …`` list) is stepped over, and one that names a pronoun or partitive subject speaks (``One of
  them, Sen. X, told``); a participle after a place phrase is the sentence subject's; the body in a
  role's of-phrase after a name is no subject (``Ines Baro, head of the charity Open Doors, said``),
  nor is the person a named body is ``led by`` (``The army delegation, led by General X, said``); a
  party a member is ``of`` is none either (``Rep. Kim of the main opposition People Power Party said``).
  After ``according to``, what an owner's name leads is the source (``the government's X programme``).
* **Subject on the right** (inversion) — ``said Putin``, used only where a clause
  starts with the cue (after a quote or a comma); a lower-case aside between commas may stand
  between them (``said, to nobody's surprise, the finance minister``).
* **Coordination** — a cue after ``and``/``but``/a comma with no subject of its own
  shares the subject of the previous cue in its sentence (``said … but called for``), or
  the sentence's subject for a participle (``…, adding that``, ``before saying``), except in an
  absolute ``with`` clause, whose participle is its own subject's (``…, with Kim Yo-jong, the
  leader's sister, calling the offer “…”``).

The addressee is the mention right after a cue that takes one (``told Trump``,
``urged Kyiv``), or after ``to`` (``said to reporters``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from .cues import cue_entry
from .lexicon import load_lexicon, rule_confidence, union
from ..model import Attribution, Cue, Mention, Span

__all__ = ["Bounds", "Context", "SPEAKER_KINDS", "DATELINE", "QUOTED_TITLE", "attribution"]


class Bounds(NamedTuple):
    """A stretch of the text by its offsets only, ``[start, end)``: the sentence context of a
    quote.  Unlike a :class:`Span` it holds no copy of the text, so handing one to every quote
    of a long sentence costs nothing (a copy per quote was quadratic in text with no full stop)."""

    start: int
    end: int

#: Mention kinds that can be a speaker.
SPEAKER_KINDS = frozenset({"name", "single", "role", "pronoun", "place", "org", "group"})
#: "VIENNA, Feb 18 (Reuters) - ", "UNITED NATIONS (AP) — ", "Washington (AFP) – ", "NEW DELHI: ",
#: "BRUSSELS 02/12 (BELGA) - ": a dateline opening a paragraph.
DATELINE = re.compile(r"(?:[A-Z][A-Z .,/'’\-]+[A-Z](?:,[^–—\-\n]{0,40}|\s+\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)?"
                      r"\s*(?:\([^)\n]{1,30}\))?"
                      r"|[A-Z][\w.’'\-]+(?: [A-Z][\w.’'\-]+){0,3}(?:,[^–—\-\n(]{0,40})?\s*\([A-Z][\w .&]{1,20}\))\s*[–—\-]+\s*"
                      r"|[A-Z][A-Z .'’\-]+[A-Z]: +")
_COMMA_OF = re.compile(r",\s+(?:of|from)\s+(?:the\s+)?")
_AGE = re.compile(r",\s*\d{1,3}(?=,)")
#: a comma phrase that opens with a finite verb is a clause's predicate, never an apposition
_PREDICATE_GAP = re.compile(r",[ \t]+(?:was|were|is|are|has|have|had|will|would)[ \t]")
#: a town's state or country set off after it: "from Monsey, New York, said", "in Flint, Mich., said"
_STATE_AFTER_TOWN = re.compile(r",[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?,[ \t]*")
_APPOSITION = re.compile(r",[^,;:“”\"]{1,150},|\s[—–]\s[^—–;:“”\"\n]{1,150}\s[—–]\s")
# ", who leads …,", " — a former envoy —", ", led by Senators A, B and C, D,": commas inside a "led by"
# or "including" phrase are its list's
# (two descriptions in a row: ", the mayor of Mazara del Vallo, the Sicilian port where …,")
_TRAILING_APPOSITION = re.compile(r"(?:,[^,;:“”\"]{1,200},|,[ \t]+(?:the|a|an)[ \t][^,;:“”\"]{1,200},"
                                  r"[ \t]+(?:the|a|an)[ \t][^,;:“”\"]{1,200},"
                                  r"|\s[—–]\s[^—–;:“”\"\n]{1,200}\s[—–]"
                                  r"|,\s+(?:(?:led|joined|accompanied|flanked|headed)\s+by|including)\s[^;:“”\"\n]{1,200},"
                                  r"|,\s+(?:which|whom|whose)\s[^;:“”\"\n]{1,200},"
                                  # "Blinken, speaking to reporters in Kyiv, where he was meeting officials, said"
                                  r"|,\s+[a-z]{3,}ing\s[^;:“”\"\n]{1,200},)\s*"
                                  r"(?:[a-z]+ly\s+|also\s+|has\s+|had\s+|is\s+|was\s+)*$")
# a quoted title inside a clause ("the co-author of “Going Viral,” about …"): its marks and its
# comma are no clause boundary
QUOTED_TITLE = re.compile(r"[“\"][A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|of|the|a|an|and|in|on|for|to|with))*[,.]?[”\"],?")
_WORDS = re.compile(r"[\w’'\-]+")
_CLAUSE_WORDS = frozenset({"and", "but", "or", "while", "after", "before", "when", "because", "as", "who",
                           "which", "that", "whose", "where", "if", "although", "though", "since"})
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_AFTER_COMMA = re.compile(r",\s*(?:[Tt]he\s+)?$")
# a lower-case aside set off by commas between an inverted cue and its subject
_ASIDE = re.compile(r",\s+(?:[a-z][\w’'-]*\s+){0,4}[a-z][\w’'-]*,\s+")
_NEVER_INVERTED = frozenset({"tell", "assure", "inform", "brief"})
_ABBREVIATION = re.compile(r"\((?:[A-Z][\w.\- ]{0,14}|@\w{1,30})\)")  # (ASEAN), (R), (D-Nev.), a handle (@unicefchief)
_PARTICIPLE_LEAD = re.compile(r"(?:,|\b(?:before|after|while|when|without|by|in|on))\s+$", re.IGNORECASE)
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}")
_LED_BY = re.compile(r",?[ \t]+(?:led|headed|chaired)[ \t]+by[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$")
_WITH_BEFORE = re.compile(r"\b[Ww]ith\s+(?:the\s+)?$")
_WITH_CLAUSE = re.compile(r",[ \t]+(with[ \t]+)[^,;:.!?\"“”]{1,80}(?:,[^,;:!?\"“”]{1,100},)?[ \t]*$")
_APPOSITION_ONLY = re.compile(r"(?:,[^,;:!?\"“”]{1,100},)?[ \t]*")
_INFINITIVE_LEAD = re.compile(r"\bto\s+$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|on|from|with|by|for|to|of|about|against|near|into|over|under)\s+(?:the\s+)?$",
                                 re.IGNORECASE)
_ADVERBIAL_AFTER = re.compile(r"\s*(?:,|\b(?:in|on|at|of|for|last|next|this|that|year|week|month|night|day|"
                              r"morning|evening|time|ago|the|a|an)\b)", re.IGNORECASE)
_APPOSITIVE_NAME_LEAD = re.compile(r",\s*(?:[a-z][\w\-]*\s+){0,3}$")
# "Olha Tkachuk, head of the charity Safe Haven", "… adviser to the President, Sheikh X": a comma, a
# role's words and its of/at/for/to before the role's object (an organisation, or a title and a name)
_ROLE_OF_LEAD = re.compile(r",[ \t]+(?:the[ \t]+|an?[ \t]+)?((?:[\w\-]+[ \t]+){1,4})(?:of|at|for|to)[ \t]+"
                           r"(?:the[ \t]+(?:[\w\-]+[ \t]+){0,3}(?:[A-Z][\w\-]*,[ \t]+)?)?$")
_SPEAKING_TO = re.compile(r"[\s“\"‘']*(?:Speaking|Talking)\s+to\s+")
_RELATIVE_AFTER_NAME = re.compile(r",\s+(?:who|whose)\s")
_WORD_AFTER = re.compile(r"\s+[a-z]")
_THE_AFTER = re.compile(r"\s+[Tt]he\s+(?=[A-Z])")
_CITING = re.compile(r",\s+(?:citing|quoting)\s+")
_SPEAKING_TO_INSIDE = re.compile(r",\s+(?:speaking|talking)\s+to\s+")
_RESTRICTIVE_RELATIVE = re.compile(r"\s+who\s+[^,;:“”\"()]{1,80}?\s+$")
_PASSIVE_GAP = re.compile(r"\b(?:is|was|were|are|been|being|be|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_RELATIVE_LEAD = re.compile(r"\s*,?\s+(?:who|which)\s+|\s+that\s+")  # "a report from the commission that says"
_ADVERBIAL_BREAK = re.compile(r"[;:“”\"()]|\b(?:and|but|who|which|that|whose|while|said|says)\b")
_RESIDENT_GAP = re.compile(r",\s*(?:\d{1,3},\s*)?(?:of|from)\s+")
_AGED_RESIDENT_GAP = re.compile(r",\s*\d{1,3},\s*(?:of|from)\s+")
_OF_PLACE = re.compile(r"\b(?:of|from)\s+(?:[A-Z][\w.\-]*\s*)+")
# "said | conservative activist | Bob Klaus": up to four lower-case words (no clause word) before a name
_INVERTED_TITLE = re.compile(r"\s+(?:(?!(?:and|but|or|that|the|a|an|of|to|in|on|at|for|with|by|as|who|which)\s)"
                             r"[a-z][\w\-’']*\s+){1,4}")
# "his colleague | Eszter Nagy", "its director, | Park Ji-hoon": title words after an owner, before a name
_TITLE_GAP = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*,?\s+")
# "said Army Capt. Christian Pardo": capitalised title words no mention rule took in
_INVERTED_CAPITAL_TITLE = re.compile(r"\s+(?:[A-Z][\w\-’'.]*\s+){1,2}")
_COORDINATOR_LEAD = re.compile(r"^(?:and|but|so|yet|or)\b\s*", re.IGNORECASE)
_COORD = re.compile(r"(?:\b(?:and|but|or|while|then)\b|,)\s*(?:[\w]+ly\s+|also\s+|later\s+|then\s+)*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _locative() -> re.Pattern[str]:
    """``in``, ``from the``, ``from eastern and southern``: what may stand between a speaker and the
    place it is from or in (``data/words.tsv`` ``region_modifier``)."""
    mods = union(load_lexicon().word_class("region_modifier"))
    return re.compile(rf"\)?\s+(?:in|at|from|of|for|to|across)\s+(?:the\s+)?(?:(?:{mods})(?:,|\s+(?:and|or))?\s+){{0,4}}")


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The adjunct words, and the verbs of thinking, feeling, judging with every reporting verb form."""
    lex = load_lexicon()
    adjunct = lex.word_class("adjunct") | lex.word_class("weekday") | lex.word_class("month")
    # (not the words of "in the words of": a source phrase holds no verb, and "in", "the" judge nothing)
    return adjunct, lex.word_class("attitude_verb") | frozenset(w for f, e in lex.cues.items() for w in f.split()
                                                                if e.lemma != "in the words of")


def _adjunct_gap(gap: str) -> bool:
    """:meth:`Context.is_adjunct_gap` (a function of the gap alone: the word lists are the lexicon's)."""
    gap = _THOUSANDS.sub("", gap)  # "…, who farms 1,800 acres near Pella, told": a number's comma
    gap = _AGE.sub("", gap)  # "Lyudmila Sokolova, 71, a retired teacher, told": the age, then the apposition
    gap = _ABBREVIATION.sub(" ", _APPOSITION.sub(" ", QUOTED_TITLE.sub(" ", gap)))  # "… (ASEAN) said"
    gap = _OF_PLACE.sub(" ", gap)  # "Senator John McCain of Arizona said"
    if any(ch in gap for ch in ";:“”\"()") or gap.count(",") > 1:
        return False
    words = [w for w in _WORDS.findall(gap) if any(ch.isalnum() for ch in w)]  # a lone ' is no word
    adjunct = _word_sets()[0]
    return len(words) <= 8 and all(
        w.lower() in adjunct or (w.endswith("ly") and w.islower()) or w.isdigit()
        for w in words
    )


_MEMO_GAP = 120  # longest gap memoised (characters): the cache holds no big slices of a long text
_short_adjunct_gap = lru_cache(maxsize=16384)(_adjunct_gap)


def attribution(speaker: Mention | None, cue: Cue | None, rule: str, addressee: Mention | None = None, *,
                continuation: bool = False) -> Attribution:
    """An :class:`Attribution` by ``rule``, with the rule's confidence from ``data/rules.tsv``."""
    return Attribution(speaker, cue, rule, addressee, continuation, rule_confidence(rule))


#: How far (characters) before its cue a subject, or before a quote a reporting clause, is looked
#: for: every look-up is bounded, so a 1 MB "sentence" with no full stop costs linear time.
REACH = 300
#: How many mentions from a sentence's start may be its subject.
_SUBJECT_CANDIDATES = 6


class Context:
    """An article's sentences, mentions and cues, indexed for the clause rules (read-only).

    ``examined`` counts the mentions the rules have looked at, for the linearity test."""

    def __init__(self, text: str, sentences: list[Span], mentions: list[Mention], cues: list[Cue]):
        self.text = text
        self.sentences = sentences
        self.mentions = mentions
        self.cues = cues
        self._sent_starts = [s.start for s in sentences]
        self._mention_starts = [m.span.start for m in mentions]
        self._cue_starts = [c.span.start for c in cues]
        self.examined = 0
        self._adjunct, self.attitude_verbs = _word_sets()
        self._roles = load_lexicon().roles
        self._breaks: list[int] | None = None  # offsets of the line breaks, found on first use
        self._subjects: dict[tuple[int, int], Mention | None] = {}  # sentence_subject, memoised

    def line_breaks(self) -> list[int]:
        """Offsets of the text's line breaks, in order."""
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", self.text)]
        return self._breaks

    def line_bounds(self, pos: int) -> tuple[int, int]:
        """Start and end of the line (paragraph) holding ``pos``, by bisection over the line breaks."""
        breaks = self.line_breaks()
        i = bisect.bisect_left(breaks, pos)
        start = breaks[i - 1] + 1 if i else 0
        return start, breaks[i] if i < len(breaks) else len(self.text)

    # ------------------------------------------------------------ look-ups
    def sentence_at(self, pos: int) -> Span:
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        if i < 0:
            return Span.of(self.text, 0, min(len(self.text), pos + 1))
        return self.sentences[i]

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def start_of_sentences_back(self, pos: int, back: int) -> int:
        """Where the sentence ``back`` sentences before the one holding ``pos`` starts (0 if none)."""
        return self.sentences[max(0, self.sentence_index(pos) - back)].start if self.sentences else 0

    def cues_between(self, start: int, end: int) -> list[Cue]:
        """Cues lying wholly inside ``[start, end)``."""
        i = bisect.bisect_left(self._cue_starts, start)
        j = bisect.bisect_left(self._cue_starts, end)
        return [c for c in self.cues[i:j] if c.span.end <= end]

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].span.start < end:
            if self.mentions[i].span.end <= end:
                out.append(self.mentions[i])
            i += 1
        self.examined += len(out)
        return out

    def mentions_back(self, end: int, floor: int):
        """Mentions lying wholly in ``[floor, end)``, nearest ``end`` first (lazily: rules that stop
        at the first fit look at a handful, however long the sentence)."""
        i = bisect.bisect_left(self._mention_starts, end) - 1
        while i >= 0 and self.mentions[i].span.start >= floor:
            m = self.mentions[i]
            if m.span.end <= end:
                self.examined += 1
                yield m
            i -= 1

    def mention_at(self, pos: int, *, skip_space: bool = True) -> Mention | None:
        """The speaker-like mention starting at ``pos`` (after blanks)."""
        if skip_space:
            while pos < len(self.text) and self.text[pos] in " \t\xa0":  # "writes\xa0Nate Silver"
                pos += 1
        i = bisect.bisect_left(self._mention_starts, pos)
        if i < len(self.mentions) and self.mentions[i].span.start == pos:
            m = self.mentions[i]
            return m if m.kind in SPEAKER_KINDS else None
        return None

    # ------------------------------------------------------------- rules
    def is_adjunct_gap(self, gap: str) -> bool:
        """Only adverbs, auxiliaries, time phrases and appositions in ``gap``."""
        # the same short gaps come back (the rules ask it again for each pronoun, cue and quote:
        # seven in ten are repeats), so those are memoised; a long one is read afresh
        return _short_adjunct_gap(gap) if len(gap) <= _MEMO_GAP else _adjunct_gap(gap)

    def is_passive_before(self, cue: Cue) -> bool:
        """A form of *be* (and adverbs) right before a participle ``cue``: ``was told``, ``has been
        widely described`` (not ``is promising``)."""
        return not cue.span.text.endswith("ing") \
            and _PASSIVE_GAP.search(self.text, max(0, cue.span.start - 40), cue.span.start) is not None

    def is_short_verb_gap(self, gap: str) -> bool:
        """A few words with no clause boundary: ``punctuated his list by`` (before ``saying``)."""
        words = _WORDS.findall(gap)
        return (0 < len(words) <= 4 and not re.search(r"[,;:“”\"()]", gap)
                and not any(w.lower() in _CLAUSE_WORDS for w in words))

    def subject_left(self, cue: Cue, floor: int) -> Mention | None:
        """The nearest mention before ``cue`` (not before ``floor``) joined to it by adjuncts only.

        A participle cue (``by saying``) also accepts a short verb phrase in between.
        """
        if cue.span.text.endswith("ing") and (named := self._with_subject(cue, floor)) is not None:
            return named  # "…, with Kim Yo-jong, the leader's sister, calling the offer …": the one after "with"
        if self._is_nonfinite(cue, floor):
            return None  # "…, warning that", "before saying", "to demand": the sentence's subject speaks
        floor = max(floor, cue.span.start - REACH)
        rel = _RESTRICTIVE_RELATIVE.search(self.text, max(floor, cue.span.start - 100), cue.span.start)
        if rel is not None:  # "A Western diplomat who followed the talks said": the mention before "who"
            before = next(self.mentions_back(rel.start(), floor), None)
            if before is not None and before.kind in SPEAKER_KINDS and self.text[before.span.end:rel.start()].strip() == "":
                return before
        found = self._subject_before(cue, floor, cue.span.start)
        if found is not None and cue.span.text.endswith("ing") and found.kind == "place" and self.after_preposition(found) \
                and not _WITH_BEFORE.search(self.text, max(0, found.span.start - 9), found.span.start):
            # ("…, with Dhaka insisting that …": "with" and a participle, whose subject is the place)
            # "Ramón Escalona arrived in Brasília promising …": the participle is the sentence subject's
            i = self.sentence_index(cue.span.start)
            subject = self.sentence_subject(self.sentences[i], cue.span.start) if 0 <= i < len(self.sentences) else None
            return subject if subject is not None and subject.span.end <= found.span.start else None
        if found is not None and found.kind in {"place", "single"} and self.after_preposition(found) \
                and _STATE_AFTER_TOWN.fullmatch(self.text, found.span.end, cue.span.start):
            # "Rachel Berg, a philanthropist from Monsey, New York, said": a place and its state after "from"
            return self._before_adverbial(found, cue, floor)
        if found is not None:
            return self._led_by(found, floor) or self._role_holder(found, floor) or self._head_of_locative(found, floor)
        # "Trump, who leads in delegates, mocked …": step over an apposition or relative clause
        app = _TRAILING_APPOSITION.search(self.text, floor, cue.span.start)
        if app is not None:
            found = self._subject_before(cue, floor, app.start(), strict=True)
            named = self.mention_at(app.start() + len(app.group()) - len(app.group().lstrip(", \t")))
            if found is not None and found.kind in {"pronoun", "role", "group"} and named is not None \
                    and named.kind == "name" and named.span.start < cue.span.start:
                return named  # "One of them, Sen. Brett Holloway of Wyoming, told": the apposition names it
            cited = _CITING.match(self.text, app.start())
            if cited is not None and (source := self.mention_at(cited.end())) is not None \
                    and source.kind in SPEAKER_KINDS and source.kind != "pronoun" and source.span.start < cue.span.start:
                return source  # "Kyodo, citing a senior government source, said": the agency relays the source
            if found is not None and found.kind in {"place", "single", "org"} and self.after_preposition(found):
                head = self._head_of_locative(found, floor)  # "the envoy in Kyiv, X, said": the envoy first
                return head if head is not found else self._before_adverbial(found, cue, floor)
            return (self._role_holder(found, floor) or self._resident(found, floor)) if found is not None else None
        return None

    def _led_by(self, m: Mention, floor: int) -> Mention | None:
        """``The army delegation, led by General X, said``, ``the coalition led by former Prime Minister
        Y said``: the body the person leads is the subject, not the person (else ``None``)."""
        lead = _LED_BY.search(self.text, max(floor, m.span.start - 30), m.span.start)
        if lead is None:
            return None
        body = next(self.mentions_back(lead.start(), floor), None)
        between = self.text[body.span.end:lead.start()].strip(" \t,") if body is not None else ""
        if body is None or body.kind not in {"org", "group", "role", "single"} \
                or between and not re.fullmatch(r"[a-z]+", between) \
                or body.kind in {"role", "group"} and not (body.title and body.title[:1].isupper()):
            return None  # ("the Sumud coalition led by": a noun may end it; "a delegation led by X": X speaks)
        return body

    def _role_holder(self, m: Mention, floor: int) -> Mention | None:
        """``Olha Tkachuk, head of the charity Save Kids, said``, ``Anwar Gargash, adviser to the
        President, Sheikh Mohamed, wrote``: the body or person in the of/to-phrase of a role set off by
        commas after a name is no subject; the name before the role is (else ``None``)."""
        for k, prev in enumerate(self.mentions_back(m.span.start, floor)):
            if k > 1:
                return None  # the name, or a title inside the role phrase ("adviser to the President") and then it
            if prev.kind not in {"name", "single"}:
                if k == 0 and self.text[prev.span.end:m.span.start] == ", ":
                    continue  # "… adviser to the President, | Sheikh X"
                return None
            lead = _ROLE_OF_LEAD.fullmatch(self.text, prev.span.end, m.span.start)
            if lead is None or _CITING.match(self.text, prev.span.end):
                return None  # ("Kyodo, citing a senior source, said": the source is no role of the agency's)
            words = lead.group(1).lower().split()
            return prev if any(" ".join(words[k:]) in self._roles for k in range(len(words))) else None
        return None

    def _before_adverbial(self, m: Mention, cue: Cue, floor: int) -> Mention:
        """``Clinton, during a town hall meeting in Columbus, Ohio, said``: a place in an adverbial
        phrase set off by commas is no subject; the mention before the phrase's comma is (else ``m``)."""
        for prev in self.mentions_back(m.span.start, max(floor, cue.span.start - 160)):
            if prev.kind not in SPEAKER_KINDS or self.after_preposition(prev):
                continue
            stretch = self.text[prev.span.end:cue.span.start]
            return prev if stretch.startswith(",") and not _ADVERBIAL_BREAK.search(stretch) else m
        return m

    def _resident(self, m: Mention, floor: int) -> Mention:
        """``Cory James, 22, of Flint, Mich., said``: a place after a name, its age and ``of`` tells
        where the person lives; the person speaks."""
        prev = next(self.mentions_back(m.span.start, floor), None)
        if m.kind in {"place", "single"} and prev is not None and prev.kind in {"name", "single"} \
                and _RESIDENT_GAP.fullmatch(self.text, prev.span.end, m.span.start):
            return prev
        if m.kind == "name" and prev is not None and prev.kind in {"name", "single"} \
                and _AGED_RESIDENT_GAP.fullmatch(self.text, prev.span.end, m.span.start):
            return prev  # "Ruth Feldblum, 71, of Silver Spring, Maryland,": after an age, two words are a town
        return m

    def _head_of_locative(self, m: Mention, floor: int) -> Mention:
        """``a Chinese embassy spokesperson in Honiara``: the speaker is before ``in Honiara``."""
        while True:
            prev = next(self.mentions_back(m.span.start, floor), None)
            if prev is None:
                return m
            set_off = prev.kind == "name" and self.text.startswith(",", m.span.end) \
                and _COMMA_OF.fullmatch(self.text, prev.span.end, m.span.start) is not None
            # "Rep. Kim Gi-hyeon of the main opposition People Power Party accused": the member speaks
            set_off = set_off or prev.kind == "name" and m.kind == "org" \
                and _OF_BODY.fullmatch(self.text, prev.span.end, m.span.start) is not None
            if prev.kind not in SPEAKER_KINDS or not (set_off or _locative().fullmatch(self.text, prev.span.end,
                                                                                       m.span.start)):
                return m  # (set off: "Geneviève Turcotte, of Université Laval, said": the person speaks)
            m = prev

    def _subject_before(self, cue: Cue, floor: int, end: int, strict: bool = False) -> Mention | None:
        for m in self.mentions_back(end, max(floor, end - REACH)):
            if m.kind not in SPEAKER_KINDS and m.kind != "possessive":
                continue
            if self.text[m.span.start - 1:m.span.start] == "(" and self.text[m.span.end:m.span.end + 2].lstrip(".")[:1] == ")":
                continue  # "the Department of … (DIRCO) said", "Harry Reid (D-Nev.) told": the bracket is transparent
            if m.kind == "role" and self._roles.get(m.head) == "document" and self.after_preposition(m):
                continue  # "X, in a statement, credited …": the document is an adjunct, its issuer speaks
            gap = self.text[m.span.end:end]
            if _PASSIVE_GAP.search(gap):
                return None  # "it was said that", "Putin was told": a passive, no speaker here
            if m.kind == "name" and gap.lstrip().startswith(",") and self.is_adjunct_gap(gap.lstrip()[1:]) \
                    and _APPOSITIVE_NAME_LEAD.search(self.text, max(0, m.span.start - 40), m.span.start):
                return m  # "Its chief executive, Fiona Grant, said", "…, former minister X, has said"
            rel = _RELATIVE_LEAD.match(gap)
            rest = gap[rel.end():] if rel is not None else ""
            if rel is not None and (not rest or rest.islower() and self.is_adjunct_gap(rest)):
                return m  # "Zelensky who said …", "Beck, who has in the past described …": the pronoun stands for the mention
            if _PREDICATE_GAP.match(gap):
                return None  # "X, whose brother Daniel, the former Marine, was among those freed, told": a predicate
            if "," in _APPOSITION.sub(" ", QUOTED_TITLE.sub(" ", gap)):
                return None  # "…, saying": a participle after a comma belongs to the sentence subject
            if gap.strip() in {"—", "–"}:
                return None  # "X — a former student leader — told": the dashes close an apposition (read below)
            if not self.is_adjunct_gap(gap):
                participle = cue.span.text.endswith("ing") and m.kind != "possessive" and not strict
                return m if participle and self.is_short_verb_gap(gap) else None
            if m.kind == "possessive":
                continue  # "Russia’s foreign minister said": the role after it is the subject
            return m
        return None

    def source_after(self, pos: int) -> Mention | None:
        """The source after ``according to``: a mention there, or a few title words before one
        (``opposition spokesman Pieter van Wyk``)."""
        m = self.mention_at(pos)
        if m is not None:
            owned = self.mention_at(m.span.end + 3) if self.text[m.span.end:m.span.end + 3] in {"’s ", "'s "} else None
            # "according to the government's Bring Kids Back UA initiative": what it owns is the source
            return owned if owned is not None and owned.kind in {"name", "org", "single"} else m
        for m in self.mentions_between(pos, pos + 60):
            lead = self.text[pos:m.span.start]
            if m.kind in SPEAKER_KINDS and re.fullmatch(r"\s*(?:[\w\-’'.]+\s+){1,4}", lead):
                return m
            break
        return None

    def subject_right(self, cue: Cue) -> Mention | None:
        """The inverted subject right after ``cue`` (``said Putin``); an organisation or a possessive
        followed by title words and a name gives the name (``said Ohio State University professor Paul
        Beck``, ``countered his colleague Eszter Nagy``, ``said its director, Park Ji-hoon``), and so does a
        name followed by a role word and a name (``said Real Oviedo manager Javier Ruiz``).
        ``told`` never inverts: the mention after it is its hearer (``…, told the consul general``)."""
        if cue.lemma in _NEVER_INVERTED:
            return None
        m = self.mention_at(cue.span.end)
        near = self.mentions_between(cue.span.end, cue.span.end + 60)[:1]
        if m is None and near and _ASIDE.fullmatch(self.text, cue.span.end, near[0].span.start):
            m = near[0]  # "said, to nobody's surprise, the Hungarian finance minister": an aside, then the subject
        if m is None and near and near[0].kind == "possessive" and not self.text[cue.span.end:near[0].span.start].strip():
            m = near[0]  # "said its director, Park Ji-hoon", "said Trump's adviser Jo Ray": an owner, then the name
        elif m is None:  # "said conservative activist Bob Klaus": lower-case title words, then the name
            for nxt in near:
                if nxt.kind in {"name", "single"} and (
                        _INVERTED_TITLE.fullmatch(self.text, cue.span.end, nxt.span.start)
                        or _INVERTED_CAPITAL_TITLE.fullmatch(self.text, cue.span.end, nxt.span.start)):
                    return nxt
        if m is not None and m.kind in {"org", "place", "possessive", "name", "single"}:
            for nxt in self.mentions_between(m.span.end, m.span.end + 50)[:1]:
                gap = self.text[m.span.end:nxt.span.start]
                if nxt.kind not in {"name", "single"}:
                    continue
                if m.kind in {"org", "place", "possessive"} and _TITLE_GAP.fullmatch(gap):
                    return nxt  # "countered his colleague Eszter Nagy", "said its director, Park Ji-hoon"
                if _INVERTED_TITLE.fullmatch(gap) and gap.split()[-1].strip(",") in load_lexicon().roles:
                    return nxt  # "said Real Oviedo manager Javier Ruiz": the club's name is the title's
        return m if m is None or m.kind != "possessive" else None

    def is_coordinated(self, cue: Cue, floor: int) -> bool:
        """Whether ``cue`` follows ``and``/``but``/a comma (or is a participle after ``before``,
        ``by`` …), sharing an earlier subject."""
        lead = self.text[max(floor, cue.span.start - 40):cue.span.start]
        return bool(_COORD.search(lead)) or self._is_nonfinite(cue, floor)

    def _with_subject(self, cue: Cue, floor: int) -> Mention | None:
        """The subject of an absolute ``with`` clause before a participle cue: the speaker-like
        mention right after ``, with`` whose only words up to the cue are an apposition."""
        m = _WITH_CLAUSE.search(self.text, max(floor, cue.span.start - 160), cue.span.start)
        if m is None:
            return None
        who = self.mention_at(m.end(1))
        if who is None or who.kind not in SPEAKER_KINDS - {"pronoun"}:
            return None
        rest = self.text[who.span.end:cue.span.start]
        return who if _APPOSITION_ONLY.fullmatch(rest) else None

    def _is_nonfinite(self, cue: Cue, floor: int) -> bool:
        """A participle after a comma or ``before``/``by`` …, or an infinitive after ``to``."""
        lead = self.text[max(floor, cue.span.start - 10):cue.span.start]
        if cue.span.text.endswith("ing"):
            return bool(_PARTICIPLE_LEAD.search(lead))
        return bool(_INFINITIVE_LEAD.search(lead))

    def after_preposition(self, m: Mention) -> bool:
        """Whether a preposition stands right before ``m`` (``in Portsmouth``, ``with Trump``)."""
        return bool(_PREPOSITION_BEFORE.search(self.text, max(0, m.span.start - 9), m.span.start))

    def sentence_subject(self, sentence: Span | Bounds, before: int) -> Mention | None:
        """The subject of a sentence: its first speaker-like mention when only adjuncts precede
        it, or the first one after an introductory phrase and its comma that a verb follows
        (``Speaking in Salem, Trump went after Bush``)."""
        # memoised per (start, bound): the pronoun rules ask it of the same six sentences back for
        # every pronoun; the answer depends on nothing else (the mentions never change)
        key = (sentence.start, min(before, sentence.start + REACH))
        if key not in self._subjects:
            self._subjects[key] = self._sentence_subject(*key)
        return self._subjects[key]

    def _sentence_subject(self, start: int, bound: int) -> Mention | None:
        for k, m in enumerate(self.mentions_between(start, bound)):
            if k >= _SUBJECT_CANDIDATES:
                break
            if m.kind not in SPEAKER_KINDS or self.after_preposition(m):
                continue  # "In Portsmouth, …": a place in a prepositional phrase is no subject
            relative_after = _RELATIVE_AFTER_NAME.match(self.text, m.span.end) is not None  # "Ruiz, whose …"
            if m.kind == "single" and _ADVERBIAL_AFTER.match(self.text, m.span.end) and not relative_after:
                continue  # "Late last year, …", "Indeed, …": a capitalised word that is no name (but "Ruiz, who …")
            dateline = DATELINE.match(self.text, start, m.span.start)
            lead = self.text[dateline.end() if dateline else start:m.span.start].strip(" ,—–-")
            lead = _COORDINATOR_LEAD.sub("", lead)  # "And then Trump went on the attack, saying …"
            if self.is_adjunct_gap(lead):
                return m
            # "Amid …, Matt Walsh provided …"; "…, The Blaze’s Matt Walsh provided …": an article only
            # before a titled name (not "Clinton, the Democratic front-runner, …", an apposition)
            after_comma = self.text[max(start, m.span.start - 4):m.span.start].rstrip().endswith(",") or (
                m.kind == "name" and bool(m.title)
                and _AFTER_COMMA.search(self.text, max(start, m.span.start - 8), m.span.start) is not None)
            # (a verb, or a relative clause before it: "In her statement, Ruiz, whose father …, said")
            followed_by_word = relative_after or _WORD_AFTER.match(self.text, m.span.end) is not None
            if after_comma and followed_by_word and "“" not in lead and '"' not in lead:
                return m
        return None

    def addressee(self, cue: Cue) -> Mention | None:
        """The hearer of a cue: ``told Trump``, ``said to reporters``, ``Speaking to reporters, X said``."""
        entry = cue_entry(cue)
        after = self.text[cue.span.end:cue.span.end + 6]
        if after.startswith(" to ") and cue.lemma in {"say", "speak of", "explain", "write", "complain", "promise"}:
            m = self.mention_at(cue.span.end + 4)
            return m if m is not None and m.kind != "pronoun" else None
        if entry is not None and entry.addressee:
            m = self.mention_at(cue.span.end)
            if m is None and (the := _THE_AFTER.match(self.text, cue.span.end)) is not None:
                m = self.mention_at(the.end())  # "told the Riksdag", "told The Local": a body after its article
                m = m if m is not None and m.kind in {"single", "org", "name"} else None
            if m is not None and not m.in_quote:
                return m
        sentence = self.sentence_at(cue.span.start)
        lead = _SPEAKING_TO.match(self.text, sentence.start, cue.span.start)
        if lead is None:  # "Blinken, speaking to reporters in Kyiv, said": the same phrase set off after the subject
            lead = _SPEAKING_TO_INSIDE.search(self.text, max(sentence.start, cue.span.start - 200), cue.span.start)
        if lead is not None:  # "Speaking to reporters after the meeting, Motegi said": the phrase names the hearers
            m = self.mention_at(lead.end())
            if m is not None and m.kind in {"group", "role", "org", "name"} and not m.in_quote:
                return m
        return None
