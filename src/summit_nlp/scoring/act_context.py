"""What the act rules read from one article, and the small tests every rule shares.

The context holds the text, its sentences, the party mentions (:mod:`.parties`), every
trigger of ``data/act_triggers.tsv`` found in the text (matched once) and the hedging lexicon.
The shared tests: negation, conditions, hedges, clause bounds and "who is the subject here".

*Depictive readiness*: ``X came (to the talks) ready to V`` is X's readiness: the subject of
``ready to`` is looked for before the verb of coming (``depictive_verb``).

*Home government*: ``the government``, ``the administration``, ``the Centre``, ``ministers``
(``home_government`` in ``data/act_words.tsv``) name no party by themselves; after a trigger they
are a mention of kind ``home`` (:func:`home_mention`, found by :func:`party_after` where no party
is named), which stands for the government of the speaker's own country
(:func:`.act_sides.home_country`: the entity extraction filed that very mention under, else the
speaker's one country; for a speaker of unknown country, the story's own country,
:func:`..extract.institutions.story_country`): ``the shadow foreign secretary accused the government of …`` is aimed at his own country,
the one target a speaker's own side may be; when no country is known the act has no target (no
other party is guessed from the context). ``the government of Nigeria`` names its party instead.

*Object pronouns*: ``him``, ``her``, ``them``, ``it`` right after a trigger (``accused him of …``,
``called on them to …``) name the party the extractor resolved that pronoun mention to
(:func:`pronoun_mention`); an unresolved pronoun names no one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Mapping

from ..model import Span, Statement
from .chunk import is_verb_like
from .lexicons import act_triggers, certainty_rows, chunk_class, tone_patterns, word_class
from .matcher import PhraseMatcher, build_matcher
from .parties import Parties, PartyMention, find_parties, self_parties
from .text import QUOTE_MARKS, Token

if TYPE_CHECKING:
    from ..model import Extraction
    from .sentiment import LexiconVader

_SENT_SPLIT = re.compile(r"(?<=[.!?…])[”\"’']?\s+|\n+")
_WORDS = re.compile(r"[\w’'-]+")
_CLAUSE_STOPS = frozenset(";:!?.")
_NEG_REACH = 3  # words before a trigger a negator may stand in
# Clauses are read at most this many tokens either side of a trigger: a longer stretch with no
# stop is no clause the rules can read, and the bound keeps scoring linear in unpunctuated text.
_CLAUSE_REACH = 60
SELF, OTHER, NONE = "<self>", "<other>", "<none>"
HOME = "<home government>"  # "the government": the speaker's own country's (module docstring)
BOTH = "<both sides>"  # a target named as "both governments", "the two sides": the two sides of the story
HEDGE = "<hedge>"
BOOSTER = "<booster>"
_EDGE_WORD = re.compile(r"[\w-]")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger found in the text: where, and its row of ``act_triggers.tsv``."""

    start: int
    end: int
    act: str
    frame: str
    negated: str


@dataclass(frozen=True)
class _Rules:
    """The compiled trigger table and the hedging lexicon (hedges and boosters), in one matcher."""

    triggers: PhraseMatcher  # the trigger patterns, then the certainty patterns
    rows: tuple[tuple[str, str, str], ...]  # (act, frame, negated) per pattern index
    certainty: tuple[int, ...]  # per pattern index: its index in the tone scorer's rows, or -1


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """Compile the shipped triggers and the hedging lexicon once per process."""
    rows = act_triggers()
    lexicon = [t for t in tone_patterns() if t.dimension == "certainty"]
    tone_index = {pattern: k for k, (_, pattern) in enumerate(certainty_rows())}
    # one matcher for all, so that the text is scanned once: hedges have the frame HEDGE, boosters BOOSTER;
    # the tone scorer reads each statement's certainty hits from this scan (ActContext.certainty_in)
    return _Rules(build_matcher([r.pattern for r in rows] + [t.pattern for t in lexicon]),
                  tuple((r.act, r.frame, r.negated) for r in rows)
                  + tuple(("", HEDGE if t.pole < 0 else BOOSTER, "-") for t in lexicon),
                  (-1,) * len(rows) + tuple(tone_index[t.pattern] for t in lexicon))


@dataclass(frozen=True)
class ActContext:
    """One article as the act rules see it."""

    text: str
    sent_starts: tuple[int, ...]
    sent_ends: tuple[int, ...]
    statements: tuple[Statement, ...]
    parties: Parties
    triggers: tuple[Trigger, ...]
    trigger_starts: tuple[int, ...]
    analyzer: LexiconVader
    speaker: str | None = None  # the speech's speaker in speech mode
    hedge_starts: tuple[int, ...] = ()  # where a hedge of the lexicon stands
    _selves: dict[str, frozenset[str]] = field(default_factory=dict)
    memo: dict[str, object] = field(default_factory=dict)  # per-article results of the target rules
    ranges: tuple[tuple[int, int], ...] = ()  # the stretches of text the triggers were matched in
    range_starts: tuple[int, ...] = ()
    certainty: tuple[tuple[int, int, int], ...] = ()  # (start, end, tone scorer row) of every certainty hit
    #: end -> (start, name) of the names of the organisations that are no speakers
    #: (``Extraction.mentioned``): a reporter's speech act may have one as its subject
    mentioned: Mapping[int, tuple[int, str]] = field(default_factory=dict)
    #: (start, end) -> entity name of every mention extraction resolved (speakers and mentioned
    #: organisations and countries): ``the government`` where extraction filed it under Finland
    resolved: Mapping[tuple[int, int], str] = field(default_factory=dict)

    def sentence(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding position ``pos``."""
        k = max(0, bisect.bisect_right(self.sent_starts, pos) - 1)
        return (self.sent_starts[k], self.sent_ends[k]) if self.sent_starts else (0, len(self.text))

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def triggers_in(self, start: int, end: int) -> Iterator[Trigger]:
        """The triggers lying inside ``[start, end)``, by start, longest first."""
        # both bounds by bisection: a slice to the end of the tuple would copy every later trigger
        # (quadratic in a long sentence holding thousands of triggers)
        lo = bisect.bisect_left(self.trigger_starts, start)
        hi = bisect.bisect_left(self.trigger_starts, end, lo)
        for t in self.triggers[lo:hi]:
            if t.end <= end:
                yield t

    def certainty_in(self, start: int, end: int) -> list[tuple[int, int, int]] | None:
        """The certainty hits of ``text[start:end]`` as the tone scorer's matcher finds them in that
        text alone (offsets relative to ``start``, sorted by start, longest first), or None when this
        scan may differ from that one: the stretch is not inside one scanned range, or a word
        character touches it at either end."""
        k = bisect.bisect_right(self.range_starts, start) - 1
        if k < 0 or self.ranges[k][1] < end or start >= end:
            return None
        text = self.text
        if (start > self.ranges[k][0] and _EDGE_WORD.match(text, start - 1)) or \
                (end < self.ranges[k][1] and _EDGE_WORD.match(text, end)):
            return None
        lo = bisect.bisect_left(self.certainty, (start, -1, -1))
        hi = bisect.bisect_left(self.certainty, (end, -1, -1), lo)  # not a slice to the end (see triggers_in)
        out = []
        for s, e, idx in self.certainty[lo:hi]:
            if e <= end:
                out.append((s - start, e - start, idx))
        out.sort(key=lambda t: (t[0], t[0] - t[1], t[2]))
        return out

    @property
    def event_counts(self) -> Counter[str]:
        """How often each event noun (``summit``, ``meeting`` …) occurs in the text (counted on first use)."""
        counts = self.memo.get("event_counts")
        if counts is None:
            events = word_class("event_noun")
            counts = self.memo["event_counts"] = Counter(w for w in _WORDS.findall(self.text.lower()) if w in events)
        return counts  # type: ignore[return-value]

    def selves(self, speaker: str) -> frozenset[str]:
        """The parties ``speaker`` speaks for (itself, the country its title names)."""
        if speaker not in self._selves:
            own = set(self_parties(speaker, self.parties))
            if self.speaker is not None and speaker == self.speaker:
                own.add(self.speaker)
            if own == {speaker}:
                own |= self._reported_side(speaker)
            if own == {speaker}:
                own |= self._quoted_side(speaker)
            if own == {speaker}:
                own |= self._placed_side(speaker)
            self._selves[speaker] = frozenset(own)
        return self._selves[speaker]

    def _placed_side(self, speaker: str) -> set[str]:
        """The country of the capital the sentences of a speaker of unknown side open with (``In
        Tokyo, Chief Cabinet Secretary Minoru Kihara told …``: Japan) or that the speaker told reporters
        in (``Peskov told reporters in Moscow``: Russia); none when there are two."""
        entity = self.parties.entities.get(speaker)
        if entity is None or entity.kind in ("country", "group"):
            return set()
        found: set[str] = set()
        for st in self.statements:
            if st.speaker != speaker:
                continue
            s0, _ = self.sentence(st.span.start)
            m = _PLACED.match(self.text, s0)
            place = self.parties.at(m.end()) if m is not None else None
            if place is not None and place.kind in ("place", "name") and party_kind(self.parties, place.party) == "country" \
                    and self.text.startswith(",", place.span.end):
                found.add(place.party)
            cue = st.attribution.cue
            told = _TOLD_IN.match(self.text, cue.span.end) if cue is not None else None
            place = self.parties.at(told.end()) if told is not None else None
            if place is not None and place.kind in ("place", "name") and party_kind(self.parties, place.party) == "country":
                found.add(place.party)  # "told reporters in Yerevan" (a capital of a country that is an entity: a name)
        return found if len(found) == 1 else set()

    def _quoted_side(self, speaker: str) -> set[str]:
        """The country a person of unknown side speaks for when their own words, in the first person
        plural, open a sentence with it (``“Brazil is not defending illegal mining. We fight it …”``,
        ``“Pakistan has paid a heavy price in blood. We will not accept …”``), not a sentence where
        they are its object (``“Iran is counting on us …”``): the one such country; none when there
        are two."""
        entity = self.parties.entities.get(speaker)
        if entity is None or entity.kind != "person":
            return set()
        found: set[str] = set()
        for st in self.statements:
            if st.speaker != speaker or st.kind not in ("direct", "partial") or _FIRST_PLURAL.search(st.text) is None:
                continue
            for m in self.parties.between(st.span.start, st.span.end):
                if m.kind not in ("name", "place") or party_kind(self.parties, m.party) != "country":
                    continue
                if _OPENING.search(self.text, st.span.start, m.span.start) is None and \
                        self.text[st.span.start:m.span.start].strip(" “\"‘'") != "":
                    continue
                stop = _STOP.search(self.text, m.span.end, st.span.end)
                rest = self.text[m.span.end:stop.start() if stop is not None else st.span.end]
                if _OWN_VERB.match(rest) and _FIRST_PLURAL.search(rest) is None:  # "Iran is counting on us": not us
                    found.add(m.party)
        return found if len(found) == 1 else set()

    def _reported_side(self, speaker: str) -> set[str]:
        """The country a person of unknown side speaks for when their reported speech or partial quotes
        say what it does (``Jaiswal said India had sought consular access``, ``Tau said South Africa
        would …``, ``told a news conference that Tokyo had "firmly rejected" …``): the one country such
        clauses open with, the first or a later one (``said the allegations were "deeply troubling" and
        that Canada "will not tolerate" …``); none when there are two. A government body of unknown
        side (``government_body`` in ``data/act_words.tsv``: ``the Ministry of Foreign Affairs said Cuba
        would …``) is read alike; no other organisation (``the UN said Cuba would …``)."""
        entity = self.parties.entities.get(speaker)
        if entity is None or entity.kind in ("country", "group") or (
                entity.kind == "organisation" and not set(speaker.lower().split()) & word_class("government_body")):
            return set()
        found: set[str] = set()
        for st in self.statements:
            cue = st.attribution.cue
            if st.speaker != speaker or st.kind not in ("indirect", "partial") or cue is None:
                continue
            _, s_end = self.sentence(st.span.start)
            first = _CLAUSE_SUBJECT.match(self.text, cue.span.end)
            later = list(_LATER_SUBJECT.finditer(self.text, cue.span.end, max(s_end, st.span.end)))
            for m in ([first] if first is not None else []) + later:
                party = next((p for p in self.parties.between(m.start(1), m.end(1))
                              if p.span.start == m.start(1) and p.span.end == m.end(1)), None)
                if party is not None and party_kind(self.parties, party.party) == "country":
                    found.add(party.party)
        return found if len(found) == 1 else set()


_PLACED = re.compile(r"\s*(?:In|From)\s+")
_TOLD_IN = re.compile(r"\s+(?:reporters|journalists|a (?:news|press) conference|a (?:regular |daily |weekly )?briefing)"
                      r"\s+in\s+")
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_STOP = re.compile(r"[.!?;]")
_OPENING = re.compile(r"[.!?;]\s*[“\"‘']?\s*$")
#: the verb after a country opening a sentence of the speaker's own words ("Kenya respects", "Brazil is not")
_OWN_VERB = re.compile(r"\s+(?:is|has|was|will|would|had|does|did|cannot|can|must|remains|stands|wants|needs|"
                       r"respects|rejects|supports|believes|values|expects|seeks|[a-z]+s)\b")


def party_kind(parties: Parties, party: str) -> str | None:
    """The entity kind of a party, or the kind its gazetteer place gave it (None: unknown)."""
    entity = parties.entities.get(party)
    return entity.kind if entity is not None else parties.kinds.get(party)


def _sentences(extraction: "Extraction") -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sentence starts and ends: the extraction's own, else a split on final punctuation."""
    if extraction.sentences:
        spans = sorted(extraction.sentences)
        return tuple(s.start for s in spans), tuple(s.end for s in spans)
    text = extraction.article.text
    starts, ends, pos = [], [], 0
    for m in _SENT_SPLIT.finditer(text):
        starts.append(pos)
        ends.append(m.start())
        pos = m.end()
    starts.append(pos)
    ends.append(len(text))
    return tuple(starts), tuple(ends)


def _near_statements(starts: tuple[int, ...], ends: tuple[int, ...], statements: tuple[Statement, ...],
                     margin: int) -> list[tuple[int, int]]:
    """The sentences holding a statement, and ``margin`` sentences on each side (the context a
    target is resolved from), merged into stretches of text."""
    near: set[int] = set()
    for st in statements:
        k = max(0, bisect.bisect_right(starts, st.span.start) - 1)
        last = max(0, bisect.bisect_right(starts, max(st.span.start, st.span.end - 1)) - 1)
        near.update(range(k - margin, last + margin + 1))
    out: list[tuple[int, int]] = []
    for k in sorted(i for i in near if 0 <= i < len(starts)):
        if out and starts[k] <= out[-1][1] + 2:
            out[-1] = (out[-1][0], max(out[-1][1], ends[k]))
        else:
            out.append((starts[k], ends[k]))
    return out


#: "said (that) India had sought …", "told a news conference that Tokyo had …": a clause opening with
#: a party and a verb of its own doing (the audience or place of a cue may stand before its "that"; a
#: partial quote may open at the verb: 'saying Kenya "respects …"')
_SUBJECT_VERB = (r"\s+((?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\s+[\"“]?"
                 r"(?:would|will|had|has|was|is|remained|remains|wanted|wants|valued|values|hoped|"
                 r"hopes|sought|stood|stands|could|can|did|does|respected|respects|looked|looks|"
                 r"expected|expects)\b")
_CLAUSE_SUBJECT = re.compile(r"(?:[^.;:!?\"“”\n]{0,60}?\sthat)?" + _SUBJECT_VERB)
#: a later clause of the same statement: "… and that Canada "will not tolerate" …"
_LATER_SUBJECT = re.compile(r",?\s+and\s+that" + _SUBJECT_VERB)
_MARKS = "\"“”„«»‘"


def _blank_marks(text: str) -> str:
    """``text`` with its quotation marks as spaces (same length: offsets hold); a ``str.replace`` per
    mark is two orders of magnitude faster than ``str.translate`` with a table on non-ASCII text."""
    for mark in _MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    return text


def make_context(extraction: "Extraction", analyzer: LexiconVader, statements: tuple[Statement, ...],
                 speaker: str | None = None) -> ActContext:
    """The context of one article (``statements``: what the acts are read from, in text order)."""
    text = extraction.article.text
    starts, ends = _sentences(extraction)
    ranges = _near_statements(starts, ends, statements, 1)
    r = rules()
    # a partial quote may split a trigger's words ('raised "serious concerns"', 'was "deeply concerned"'):
    # the marks are matched as spaces (same length, so offsets hold)
    hits = [(s + lo, e + lo, i) for lo, hi in ranges for s, e, i in r.triggers.find(_blank_marks(text[lo:hi]))]
    matched = [Trigger(s, e, *r.rows[i]) for s, e, i in hits]
    found = [t for t in matched if t.frame != HEDGE and t.frame != BOOSTER]
    return ActContext(
        text=text, sent_starts=starts, sent_ends=ends, statements=statements,
        parties=find_parties(extraction, speaker, ranges), triggers=tuple(found),
        trigger_starts=tuple(t.start for t in found), analyzer=analyzer, speaker=speaker,
        hedge_starts=tuple(sorted({t.start for t in matched if t.frame == HEDGE
                                   and not _reported_would(text, t.start, t.end)})),
        ranges=tuple(ranges), range_starts=tuple(lo for lo, _ in ranges),
        certainty=tuple(sorted((s, e, r.certainty[i]) for s, e, i in hits if r.certainty[i] >= 0)),
        mentioned={m.span.end: (m.span.start, e.name) for e in extraction.mentioned for m in e.mentions
                   if not m.in_quote and m.kind == "org"},
        resolved={(m.span.start, m.span.end): e.name for e in (*extraction.mentioned, *extraction.entities)
                  for m in e.mentions},
    )


# --------------------------------------------------------------------------- shared tests
def token_at(toks: tuple[Token, ...], pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def after_determiner(toks: tuple[Token, ...], pos: int) -> bool:
    """Whether the word at ``pos`` follows a determiner (not ``all``/``both``): a noun or an adjective,
    not the verb it could be (``their disputed border``, ``received a call``)."""
    t = token_at(toks, pos)
    return t > 0 and toks[t - 1].lower in chunk_class("determiner") and toks[t - 1].lower not in ("all", "both")


def clause_start(toks: tuple[Token, ...], k: int) -> int:
    """The first token of the clause holding token ``k`` (after ``;:.!?``, a quotation mark
    opening a quote, or a comma before a conjunction)."""
    j, lo = k - 1, max(0, k - _CLAUSE_REACH)
    while j >= lo:
        t = toks[j].text
        if t in _CLAUSE_STOPS or t in "“«" or (t == "," and j + 1 < len(toks)
                                                and toks[j + 1].lower in ("and", "but", "while", "whereas")):
            return j + 1
        j -= 1
    return lo


def clause_end(toks: tuple[Token, ...], k: int) -> int:
    """One past the last token of the clause holding token ``k``."""
    j, hi = k, min(len(toks), k + _CLAUSE_REACH)
    while j < hi:
        t = toks[j].text
        if t in _CLAUSE_STOPS or t in "”»" or (t == "," and j + 1 < len(toks)
                                               and toks[j + 1].lower in ("but", "while", "whereas", "although")):
            return j
        j += 1
    return hi


def negated(toks: tuple[Token, ...], k: int) -> bool:
    """Whether a negator is among the three words before token ``k`` in its clause."""
    lo = clause_start(toks, k)
    words = [t.lower for t in toks[lo:k] if t.is_word][-_NEG_REACH:]
    if words and words[-1] in word_class("determiner_negator"):  # "no threat", "non - aggression"
        return True
    return any((w in word_class("negator") or w.endswith(("n't", "n’t"))) and w not in word_class("determiner_negator")
               for w in words)


def conditional(toks: tuple[Token, ...], k: int) -> bool:
    """Whether token ``k`` stands inside a condition (``if …``, ``unless …``) of its sentence:
    a condition word before it and no comma or ``then`` between them."""
    j, lo = k - 1, max(0, k - _CLAUSE_REACH)
    while j >= lo and toks[j].text not in _CLAUSE_STOPS:
        low = toks[j].lower
        if toks[j].text == "," or low == "then":
            return False
        if low in word_class("conditional"):
            return not (j + 1 < len(toks) and toks[j + 1].lower == "and")  # "if, and only if"
        j -= 1
    return False


_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|stated)\b\W+(?:\w+\W+){0,3}$")


def _reported_would(text: str, start: int, end: int) -> bool:
    """``would`` right after a reporting verb is the tense of reported speech, not a hedge."""
    return text[start:end].lower() == "would" and _SAID_BEFORE.search(text, max(0, start - 60), start) is not None


def hedged(ctx: ActContext, start: int, end: int) -> bool:
    """Whether a hedge of the lexicon (``could``, ``possibly``, ``probably`` …) occurs in ``[start, end)``."""
    k = bisect.bisect_left(ctx.hedge_starts, start)
    return k < len(ctx.hedge_starts) and ctx.hedge_starts[k] < end


def is_self_word(toks: tuple[Token, ...], k: int) -> int:
    """How many tokens at ``k`` name the speaker themself (``we``, ``our country``, ``my delegation``), or 0."""
    low = toks[k].lower
    if low in ("my", "our") and k + 1 < len(toks) and toks[k + 1].lower in word_class("self_noun"):
        return 2
    return 1 if low in word_class("self_word") else 0


_WHEN_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
                         "month", "year", "weekend"})


def subject(ctx: ActContext, toks: tuple[Token, ...], k: int, speaker: str, reported: bool) -> str:
    """Who the subject of the verb at token ``k`` is: a party name, ``SELF`` (the speaker or a
    first-person word; in reported speech also he/she/it/they), ``BOTH`` (``both sides``, ``the two
    countries``), ``OTHER`` (another noun phrase or pronoun) or ``NONE`` (the clause starts here: a
    partial quote, an infinitive)."""
    lo = clause_start(toks, k)
    j = _before_depictive(toks, lo, k - 1)
    skip = word_class("subject_skip") | word_class("negator") | word_class("aux_verb")
    while j >= lo:
        if j - 1 >= lo and toks[j].lower in _WHEN_WORDS and toks[j - 1].lower in ("on", "last", "this"):
            j -= 2  # "Georgia on Wednesday pledged", "Seoul last week agreed"
            continue
        if not (toks[j].lower in skip or toks[j].text in QUOTE_MARKS or toks[j].lower.endswith("ly")
                or toks[j].lower in ("that", "to", "is", "are", "was", "were", "be", "been", "am")
                or (toks[j].lower in word_class("control_verb") and j + 1 < k and toks[j + 1].lower == "to")):
            break
        if toks[j].lower == "that" and j < k - 1:
            break
        j -= 1
    if j < lo:
        return NONE
    tok = toks[j]
    if tok.lower in ("that", "which", "who"):
        return NONE
    if tok.lower in ("but", "and") and j > lo:  # "China remained committed to dialogue but would defend …"
        return _elided_subject(ctx, toks, lo, j, speaker, reported)
    if is_self_word(toks, j) or (j > lo and is_self_word(toks, j - 1) == 2):
        return SELF
    if any(reciprocal_at(toks, i) >= j - i + 1 for i in range(max(lo, j - 2), j + 1)):
        return BOTH  # "both sides had agreed to …", "the two countries will …"
    if tok.lower in chunk_class("pronoun"):
        return SELF if reported and tok.lower in ("he", "she", "it", "they") else OTHER
    if reported and tok.lower in word_class("own_group_noun") and _own_determiner(toks, lo, j):
        return SELF  # "said his side would accept", "said the paramilitary force was ready to …"
    for m in ctx.parties.between(toks[max(lo, j - 6)].start, tok.end + 3):
        if m.span.end >= tok.end - 3 and m.span.end <= tok.end + 3:
            return SELF if m.party in ctx.selves(speaker) else m.party
    return OTHER if tok.is_word else NONE


_DEPICTIVE_REACH = 6  # tokens a place or manner phrase may take between "came" and "ready to"


def _before_depictive(toks: tuple[Token, ...], lo: int, j: int) -> int:
    """Where the subject search goes on from token ``j``: before a verb of coming that a readiness
    describes (``Reykjavik had come to the talks prepared to …``, ``Argentina comes to Montevideo in
    good faith, ready to …``: ``depictive_verb``), else ``j`` itself."""
    for i in range(j, max(lo, j - _DEPICTIVE_REACH) - 1, -1):
        if toks[i].lower in word_class("depictive_verb"):
            between = [t.lower for t in toks[i + 1:j + 1]]
            if not between or between[0] in ("to", "in", "into", "at", "with", "for", "here", "there"):
                return i - 1
            return j
    return j


def _own_determiner(toks: tuple[Token, ...], lo: int, j: int) -> bool:
    """Whether the group noun at ``j`` opens with ``the``/``his``/``its`` … right before it or before
    one lower-case modifier (``the force``, ``the paramilitary force``)."""
    own = ("the", "his", "her", "its", "their")
    if j > lo and toks[j - 1].lower in own:
        return True
    return j - 1 > lo and toks[j - 2].lower in own and toks[j - 1].is_word and toks[j - 1].text[:1].islower()


def _elided_subject(ctx: ActContext, toks: tuple[Token, ...], lo: int, j: int, speaker: str, reported: bool) -> str:
    """The subject a verb after ``but``/``and`` shares with the verb before it: the first subject
    word after the last ``that`` (or the clause start) before the conjunction."""
    start = next((i + 1 for i in range(j - 1, lo - 1, -1) if toks[i].lower == "that"), lo)
    for i in range(start, j):
        if is_self_word(toks, i):
            return SELF
        if toks[i].lower in chunk_class("pronoun"):
            return SELF if reported and toks[i].lower in ("he", "she", "it", "they") else OTHER
        m = ctx.parties.at(toks[i].start)
        if m is not None:
            return SELF if m.party in ctx.selves(speaker) else m.party
        if is_verb_like(toks[i]):
            break
    return OTHER


def reciprocal_at(toks: tuple[Token, ...], i: int) -> int:
    """How many tokens at ``i`` name the two sides of a story together (``both governments``, ``the
    two sides``, ``each other``), or 0."""
    words = [t.lower for t in toks[i:i + 3]]
    if words[:1] == ["both"] and len(words) > 1 and words[1] in word_class("reciprocal_noun"):
        return 2
    if words[:2] == ["the", "two"] and len(words) > 2 and words[2] in word_class("reciprocal_noun"):
        return 3
    if " ".join(words[:2]) in word_class("reciprocal_phrase"):
        return 2
    return 0


def party_after(ctx: ActContext, toks: tuple[Token, ...], k: int, reach: int = 3) -> PartyMention | None:
    """A party mention starting within ``reach`` tokens from token ``k`` (articles and marks skipped)."""
    j = k
    while j < len(toks) and j < k + reach and (toks[j].text in QUOTE_MARKS or toks[j].lower in ("the", "a", "an")):
        j += 1
    if j >= len(toks):
        return None
    found = ctx.parties.covering(toks[j].start) or ctx.parties.body_covering(toks[j].start)
    if found is None and j == k and toks[j].lower in _OBJECT_PRONOUNS:
        found = pronoun_mention(ctx, toks[j].start)
    return found if found is not None else home_mention(ctx, toks[j].start)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})


def pronoun_mention(ctx: ActContext, pos: int) -> PartyMention | None:
    """The party an object pronoun right after a trigger stands for (``accused him of …``, ``called
    on them to …``): the entity the extractor resolved that pronoun mention to, or None."""
    found = ctx.memo.get("pronouns")
    if found is None:
        found = ctx.memo["pronouns"] = {m.span.start: (m.span, e.name) for e in ctx.parties.entities.values()
                                        for m in e.mentions if m.span.text.lower() in _OBJECT_PRONOUNS}
    hit = found.get(pos)  # type: ignore[union-attr]
    return PartyMention(hit[0], hit[1], "pronoun", False) if hit is not None else None


@lru_cache(maxsize=1)
def _home_regex() -> re.Pattern[str]:
    """The ``home_government`` phrases; a word written capitalised there must be so in the text
    (``the Centre``, not ``the centre of Kyiv``); never one followed by ``of``/``in`` + a name."""
    def word(w: str) -> str:
        return re.escape(w) if w[:1].isupper() else f"(?i:{re.escape(w)})"
    phrases = sorted(word_class("home_government", keep_case=True), key=len, reverse=True)
    alts = "|".join(r"\s+".join(word(w) for w in p.split()) for p in phrases)
    # a look-ahead for the phrases' first letters (folded as their words are) lets most places of
    # the text fail at once instead of after the look-behind and every alternative: same matches
    gate = ""
    if phrases and all(p[:1].isalpha() for p in phrases):
        upper = "".join(sorted({p[0] for p in phrases if p[0].isupper()}))
        lower = "".join(sorted({p[0] for p in phrases if not p[0].isupper()}))
        gate = "(?=" + "|".join(([f"[{re.escape(upper)}]"] if upper else [])
                                + ([f"(?i:[{re.escape(lower)}])"] if lower else [])) + ")"
    return re.compile(rf"{gate}(?<![\w-])(?:{alts})(?![\w-])(?!\s+(?:of|in|at)\s+(?:the\s+)?[A-Z])")


def home_mention(ctx: ActContext, pos: int) -> PartyMention | None:
    """The home-government mention (module docstring) covering position ``pos``, or None."""
    found = ctx.memo.get("home")
    if found is None:
        spans = tuple(Span.of(ctx.text, m.start(), m.end()) for m in _home_regex().finditer(ctx.text))
        found = ctx.memo["home"] = (tuple(sp.start for sp in spans), spans)
    starts, spans = found  # type: ignore[misc]
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0 or not spans[k].start <= pos < spans[k].end:
        return None
    return PartyMention(spans[k], HOME, "home", False)


def parties_after(ctx: ActContext, toks: tuple[Token, ...], k: int) -> tuple[list[PartyMention], int]:
    """Coordinated party mentions from token ``k`` (``Ethiopia and Somalia``, ``Malaysia, the United
    States and China``) and the index of the token after the last one."""
    out: list[PartyMention] = []
    j = k
    while True:
        m = party_after(ctx, toks, j)
        if m is None:
            break
        out.append(m)
        j = token_at(toks, m.span.end)
        nxt = j
        if nxt < len(toks) and toks[nxt].text == ",":
            nxt += 1
        if nxt < len(toks) and toks[nxt].lower in ("and", "or"):
            nxt += 1
        if nxt == j or party_after(ctx, toks, nxt) is None:
            break
        j = nxt
    return out, j


def event_normal(ctx: ActContext, issue: str) -> str:
    """``the meeting`` -> ``the summit`` when ``summit`` is the article's most frequent event noun."""
    words = issue.lower().split()
    if len(words) == 2 and words[0] in ("the", "this") and words[1] in word_class("event_noun") and ctx.event_counts:
        best = max(sorted(ctx.event_counts.items()), key=lambda kv: kv[1])[0]
        if ctx.event_counts[best] > ctx.event_counts[words[1]]:
            return f"the {best}"
    return issue


def span_of(ctx: ActContext, start: int, end: int) -> Span:
    return Span.of(ctx.text, start, end)

