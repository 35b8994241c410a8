"""Stance triples ``(speaker, target, favor|against|neutral)`` read from statements and their cues.

The rules are driven by ``data/stance_patterns.tsv`` (trigger patterns per
rule family) and ``data/chunk_words.tsv`` (the chunker's word classes); each
family is explained in the data file and in ``docs/tone.md``.  Passes:

1. *window rules*: every statement is scanned together with its cue (``warned
   against “…”``, ``called for Russia’s “legitimate concerns”``) for trigger
   phrases; the target is the noun phrase after the trigger, rewritten for
   ``called on X to V Y`` and ``NP to include Y``; anaphors (``it``, ``the
   idea``) are resolved to the latest proposal or the nearest noun phrase.
   *Evaluations*: a topic noun phrase (or a demonstrative standing for the
   article's topic, ``topic.py``) as a clause subject gives a stance by the
   predicate's sentiment (``the agreement was “null and void”``).
2. *frames*: speech acts in the reporter's words near a speaker's statements
   (``Putin and Trump praised the meeting, with …``, ``Nowak welcomed the
   pledge.``, ``Ellison, who voted against the measure, wrote …``).
3. *replies*: a statement addressed to a speaker that invites them somewhere,
   and that speaker's reply (cue ``responded``/``replied``) accepting or
   refusing, give the replier a stance toward ``a visit to PLACE``.

Stances with the same speaker, target and label are merged (evidence joined,
``hedged`` only if every source is hedged).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from ..model import Span, Statement
from .chunk import NounPhrase, clean, gerund, infinitive, is_verb_like, noun_phrase, skip_marks, verb_phrase
from .lexicons import chunk_class, pattern_regex, stance_patterns, word_class, word_groups
from .matcher import PhraseMatcher, build_matcher
from .sentiment import LexiconVader, score_sentiment
from .text import QUOTE_MARKS, Token, tokens
from .topic import Topic, article_topic, corefer, headline_event, topic_group

if TYPE_CHECKING:
    from ..model import Extraction

__all__ = ["Stance", "StanceRules", "make_stance_rules", "find_stances"]

FAVOR, AGAINST, NEUTRAL = "favor", "against", "neutral"
_WINDOW_FAMILIES = ("call_on", "call_for", "praise", "reject", "deny", "warn_against", "condemn", "outcome",
                    "describe_as", "neutral", "intend", "refuse_modal", "demand_modal", "contribute", "sponsor")
_RECIPIENT_PREPS = ("to", "into", "towards", "toward", "in")
_FRAME_FAMILIES = ("praise", "condemn", "call_for", "reject", "describe_as", "sponsor", "neutral", "warn_against",
                   "deny")
# families whose subject holds the position (in call_on and demands the subject is the one asked)
_HOLDER_FAMILIES = ("call_for", "praise", "reject", "deny", "warn_against", "condemn", "describe_as", "intend",
                    "contribute", "sponsor", "neutral")
_QUESTION_TURN = re.compile(r"\s*Q\s*[:.\-–—]\s*[\"“‘']?\s*")
_RELATIVE_OPENERS = ("what", "which", "who", "whom", "whose", "where", "when", "whether", "if")
_COPULA_REACH = 60  # characters after a cue where "NP was …" may stand
_STEM = 4  # "Chin" joins China, China's and Chinese; "Japa" Japan and Japanese
_EVAL_MIN = 0.25  # |compound| an evaluation needs: "a mature step" 0.42, "a serious offer" -0.08 is too weak
_RELATIVES = ("who", "which", "that")
_ANAPHOR_PROPOSAL = ("reject", "deny", "warn_against", "condemn")
_MAX_CLAUSE_WORDS = 10
_REPLY_SENTENCES = 3
_WORDS = re.compile(r"[\w’'-]+")
_SENT_SPLIT = re.compile(r"(?<=[.!?…])[”\"’']?\s+|\n+")


@dataclass(frozen=True, slots=True)
class Stance:
    """One stance triple with its evidence (statement ids) and the rule that produced it.

    ``trigger`` is where in the article the rule fired (a cue like ``called
    for`` may lie just outside the quote it frames).
    """

    speaker: str
    target: str
    stance: str
    hedged: bool = False
    evidence: tuple[str, ...] = ()
    rule: str = ""
    trigger: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The SPEC stance item, plus ``rule`` and ``trigger``."""
        return {
            "speaker": self.speaker,
            "target": self.target,
            "stance": self.stance,
            "hedged": self.hedged,
            "evidence": list(self.evidence),
            "rule": self.rule,
            "trigger": None if self.trigger is None else self.trigger.to_dict(),
        }


@dataclass(frozen=True)
class StanceRules:
    """Compiled trigger patterns (from ``data/stance_patterns.tsv``).

    ``triggers`` finds every window-family pattern, longest first at each
    position so that ``called for`` is tried before ``called``; ``groups`` maps
    a pattern index to its (family, value).
    """

    triggers: PhraseMatcher
    groups: tuple[tuple[str, str], ...]
    invitations: tuple[re.Pattern[str], ...]
    accept: tuple[tuple[str, re.Pattern[str]], ...]

    def matches(self, text: str, families: tuple[str, ...] = _WINDOW_FAMILIES) -> Iterator[tuple[int, int, str, str]]:
        """Every trigger in ``text`` of one of ``families``: (start, end, family, value), by start, longest first."""
        for start, end, idx in self.triggers.find(text):
            family, value = self.groups[idx]
            if family in families:
                yield start, end, family, value


@lru_cache(maxsize=1)
def make_stance_rules() -> StanceRules:
    """Compile the shipped stance patterns once per process."""
    rows = sorted((p for p in stance_patterns() if p.family in _WINDOW_FAMILIES), key=lambda p: len(p.pattern),
                  reverse=True)
    triggers = build_matcher([p.pattern for p in rows])
    invitations = tuple(re.compile(pattern_regex(p.pattern), re.IGNORECASE)
                        for p in stance_patterns() if p.family == "invitation")
    accept = tuple((p.value, re.compile(pattern_regex(p.pattern), re.IGNORECASE))
                   for p in stance_patterns() if p.family == "accept")
    return StanceRules(triggers=triggers, groups=tuple((p.family, p.value) for p in rows), invitations=invitations,
                       accept=accept)


# --------------------------------------------------------------------------- context
@dataclass(frozen=True)
class _Context:
    """What the rules need from the article: text, sentence starts, statements, alias map."""

    text: str
    sent_starts: tuple[int, ...]
    sent_ends: tuple[int, ...]
    statements: tuple[Statement, ...]
    aliases: dict[str, str]  # surface form -> canonical name
    main_event: str | None
    event_counts: Counter[str]
    analyzer: LexiconVader
    hedged_ids: frozenset[str] = field(default=frozenset())
    topic: Topic | None = None
    event: str | None = None  # the headline's event, for "the move" when there is no topic
    matches: tuple[tuple[int, int, str, str], ...] = ()  # every trigger of the article, by start

    def sentence(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding position ``pos``."""
        k = max(0, bisect.bisect_right(self.sent_starts, pos) - 1)
        return (self.sent_starts[k], self.sent_ends[k]) if self.sent_starts else (0, len(self.text))


def _sentences(analysis: "Extraction") -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sentence starts and ends: the analysis's own, else a simple split on final punctuation."""
    if analysis.sentences:
        spans = sorted(analysis.sentences)
        return tuple(s.start for s in spans), tuple(s.end for s in spans)
    text = analysis.article.text
    starts, ends, pos = [], [], 0
    for m in _SENT_SPLIT.finditer(text):
        starts.append(pos)
        ends.append(m.start())
        pos = m.end()
    starts.append(pos)
    ends.append(len(text))
    return tuple(starts), tuple(ends)


def _alias_map(analysis: "Extraction") -> dict[str, str]:
    """Every alias (and the surname of each multi-word name) -> canonical name; pronouns left out."""
    out: dict[str, str] = {}
    for e in analysis.entities:
        for form in (e.name, *e.aliases):
            if form.lower() not in chunk_class("pronoun"):
                out.setdefault(form, e.name)
        parts = e.name.split()
        if len(parts) > 1:
            out.setdefault(parts[-1], e.name)
    return out


def _main_event(counts: Counter[str]) -> str | None:
    """The event noun (``summit``, ``talks`` …) the article uses most often, or None."""
    best = max(sorted(counts.items()), key=lambda kv: kv[1], default=(None, 0))
    return best[0]


def _event_counts(text: str) -> Counter[str]:
    """How often each event noun occurs in ``text`` (one C-level word split: cheaper than an alternation)."""
    events = word_class("event_noun")
    return Counter(w for w in _WORDS.findall(text.lower()) if w in events)


def _context(analysis: "Extraction", analyzer: LexiconVader, hedged_ids: frozenset[str]) -> _Context:
    starts, ends = _sentences(analysis)
    events = _event_counts(analysis.article.text)
    return _Context(
        text=analysis.article.text,
        sent_starts=starts,
        sent_ends=ends,
        statements=analysis.statements,
        aliases=_alias_map(analysis),
        main_event=_main_event(events),
        event_counts=events,
        analyzer=analyzer,
        hedged_ids=hedged_ids,
        topic=article_topic(analysis.article.text),
        event=headline_event(analysis.article.text),
        matches=_article_matches(analysis.article.text, analysis.statements, starts, ends),
    )


def _article_matches(text: str, statements: Sequence[Statement], starts: tuple[int, ...],
                     ends: tuple[int, ...]) -> tuple[tuple[int, int, str, str], ...]:
    """Every trigger in the sentences that hold a statement and their neighbours (the only text the
    rules read), matched once: statement windows and the reporter's frames overlap."""
    near: set[int] = set()
    for st in statements:
        k = max(0, bisect.bisect_right(starts, st.span.start) - 1)
        near.update((k - 1, k, k + 1))
    rules, out = make_stance_rules(), []
    for k in sorted(i for i in near if 0 <= i < len(starts)):
        if k - 1 in near and k - 1 >= 0:
            continue  # matched with the run that begins earlier
        j = k
        while j + 1 in near and j + 1 < len(starts):
            j += 1
        out.extend((a + starts[k], b + starts[k], f, v) for a, b, f, v in rules.matches(text[starts[k]:ends[j]]))
    return tuple(out)


def _window(ctx: _Context, idx: int) -> tuple[int, int]:
    """The text a statement's rules read: the statement, from its cue when the cue comes first,
    and for a partial quote up to the end of its clause (next statement or sentence end)."""
    st = ctx.statements[idx]
    s_start, s_end = ctx.sentence(st.span.start)
    prev_end = ctx.statements[idx - 1].span.end if idx > 0 else -1
    start = st.span.start
    cue = st.attribution.cue
    if cue is not None and cue.span.end <= st.span.start and cue.span.start >= max(s_start, prev_end):
        start = cue.span.start
    end = st.span.end
    if st.kind == "partial":
        nxt = [s_end]
        if idx + 1 < len(ctx.statements):
            after = ctx.statements[idx + 1]
            nxt.append(after.span.start)
            if after.attribution.cue is not None and after.attribution.cue.span.start >= end:
                nxt.append(after.attribution.cue.span.start)
        end = max(end, min(x for x in nxt if x >= end) if any(x >= end for x in nxt) else end)
    return start, end


# --------------------------------------------------------------------------- helpers
def _negated(ctx: _Context, pos: int) -> bool:
    """Whether a negator is among the three words before article position ``pos`` (same sentence)."""
    s_start, _ = ctx.sentence(pos)
    words = [t.lower for t in tokens(ctx.text[max(s_start, pos - 40):pos]) if t.is_word][-3:]
    return any(w in word_class("negator") or w.endswith(("n't", "n’t")) for w in words)


def _apply_negation(stance: str, negated: bool) -> tuple[str, bool]:
    """(label, extra hedge): negated favor -> against; negated against -> favor, hedged."""
    if not negated or stance == NEUTRAL:
        return stance, False
    return (AGAINST, False) if stance == FAVOR else (FAVOR, True)


def _end(toks: tuple[Token, ...], idx: int) -> int:
    """The article offset where token ``idx - 1`` ends (-1 before the first token)."""
    return toks[min(idx, len(toks)) - 1].end if idx > 0 and toks else -1


def _token_at(toks: tuple[Token, ...], pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    return bisect.bisect_left([t.start for t in toks], pos)


def _anaphor_at(toks: tuple[Token, ...], i: int) -> tuple[str, int] | None:
    """An anaphor (``it``, ``the idea`` …) at token ``i`` not followed by more noun words: (phrase, end)."""
    i = skip_marks(toks, i)
    for n in (2, 1):
        if i + n > len(toks):
            continue
        phrase = " ".join(t.lower for t in toks[i:i + n])
        if phrase in word_class("anaphor"):
            nxt = toks[i + n] if i + n < len(toks) else None
            if nxt is None or not nxt.is_word or not nxt.text[0].isalpha() or nxt.lower in chunk_class("break") \
                    or n == 1 and nxt.lower in ("as",):
                return phrase, i + n
            if n == 1 and phrase == "it":
                return phrase, i + n
    return None


def _event_normal(ctx: _Context, target: str) -> str:
    """``the meeting`` -> ``the summit`` when ``summit`` is the article's main event noun."""
    words = target.lower().split()
    if ctx.main_event and len(words) == 2 and words[0] in ("the", "this") and words[1] in word_class("event_noun"):
        counts = ctx.event_counts
        if counts[ctx.main_event] > counts[words[1]]:  # a tie keeps the speaker's own word
            return f"the {ctx.main_event}"
    return target


def _bad_target(target: str) -> bool:
    """Targets that say nothing on their own: empty, a pronoun, a lone determiner."""
    low = target.lower().strip()
    return not low or low in chunk_class("pronoun") or low in chunk_class("determiner")


def _valence(ctx: _Context, text: str) -> float:
    return score_sentiment(text, analyzer=ctx.analyzer).compound


# --------------------------------------------------------------------------- window rules
@dataclass(frozen=True, slots=True)
class _Found:
    """A stance read in one statement window, before the speaker is attached."""

    target: str
    stance: str
    rule: str
    trigger: Span
    extra_hedge: bool = False
    anaphor: str | None = None
    end: int = -1  # article offset where the words read for the target end


def _clause_after(ctx: _Context, toks: tuple[Token, ...], i: int) -> str:
    """Up to ten words after token ``i``, stopping at punctuation: the claim of ``denied that …``."""
    out: list[Token] = []
    i = skip_marks(toks, i)
    while i < len(toks) and len(out) < _MAX_CLAUSE_WORDS and (toks[i].is_word or toks[i].text in "’'-"):
        out.append(toks[i])
        i += 1
    return clean(ctx.text[out[0].start:out[-1].end]) if out else ""


def _object(ctx: _Context, toks: tuple[Token, ...], i: int) -> tuple[str | None, str | None, int]:
    """The object after a trigger: (target text, anaphor, end index).  An infinitive ``to V O`` gives
    ``V-ing O`` (``refused to withdraw troops`` -> ``withdrawing troops``)."""
    ana = _anaphor_at(toks, i)
    if ana is not None:
        return None, ana[0], ana[1]
    inf = infinitive(ctx.text, 0, toks, skip_marks(toks, i))
    if inf is not None:
        verb, obj, end = inf
        return (f"{gerund(verb)} {obj}".strip(), None, end)
    np = noun_phrase(ctx.text, 0, toks, i)
    if np is None:
        return None, None, i
    return np.text, None, np.end


def _rewrite_object(np: NounPhrase, owner: str) -> str:
    """``its ambitions to join NATO`` owned by ``Ukraine`` -> ``Ukraine joining NATO``."""
    if np.inf_verb and np.det in ("its", "their", "his", "her"):
        return f"{owner} {gerund(np.inf_verb)} {np.inf_object or ''}".strip()
    return np.text


def _call_on(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span) -> list[_Found]:
    """``called on X to V1 Y1 and V2 Y2``: against Yk for abandon verbs, else favor ``X Vk-ing Yk``."""
    addressee = noun_phrase(ctx.text, 0, toks, i)
    j = skip_marks(toks, addressee.end if addressee else i)
    if addressee is None:
        pron = skip_marks(toks, i)
        if pron < len(toks) and toks[pron].lower in chunk_class("pronoun"):
            j = skip_marks(toks, pron + 1)
            owner = toks[pron].text
        else:
            return []
    else:
        owner = addressee.text
    if j + 1 >= len(toks) or toks[j].lower != "to":
        return []
    k = skip_marks(toks, j + 1)  # called on X to “exercise restraint”
    if k >= len(toks) or not is_verb_like(toks[k]):
        return []
    found: list[_Found] = []
    while k < len(toks) and is_verb_like(toks[k]):
        verb = toks[k].lower
        obj = noun_phrase(ctx.text, 0, toks, k + 1)
        if found and obj is None:
            break  # "exercise calm and restraint": a coordinated noun, not a second verb
        nxt = obj.end if obj else k + 1
        if verb in word_class("abandon_verb"):
            ing = skip_marks(toks, k + 1)
            if ing < len(toks) and toks[ing].lower.endswith("ing") and is_verb_like(toks[ing]):
                inner = noun_phrase(ctx.text, 0, toks, ing + 1)
                target = f"{owner} {toks[ing].lower} {inner.text if inner else ''}".strip()
                nxt = inner.end if inner else ing + 1
            else:
                target = _rewrite_object(obj, owner) if obj else ""
            found.append(_Found(target, AGAINST, "call_on_abandon", trig, end=_end(toks, nxt)))
        else:
            found.append(_Found(f"{owner} {gerund(verb)} {obj.text if obj else ''}".strip(), FAVOR, "call_on", trig,
                                end=_end(toks, nxt)))
        k = skip_marks(toks, nxt)
        if k < len(toks) and toks[k].text == ",":
            k += 1
        if k < len(toks) and toks[k].lower in ("and", "or"):
            k += 1
        else:
            break
    return found


def _call_for(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span, family: str) -> list[_Found]:
    """``called for NP`` -> favor NP; ``NP to include Y`` -> ``Y in NP``; ``NP to V Y`` -> ``NP V-ing Y``."""
    target, ana, end = _object(ctx, toks, i)
    if ana is not None:
        return [_Found("", FAVOR, family, trig, anaphor=ana, end=_end(toks, end))]
    if target is None:
        return []
    inf = infinitive(ctx.text, 0, toks, skip_marks(toks, end))
    if inf is not None and family == "call_for":
        verb, obj, end = inf
        if verb in word_class("contain_verb") and obj:
            target = f"{obj} in {target}"
        elif verb != "be" and obj:
            target = f"{target} {gerund(verb)} {obj}"
    return [_Found(target, FAVOR, family, trig, end=_end(toks, end))]


def _describe_as(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span, win_end: int) -> list[_Found]:
    """``branding it as “constructive”`` -> favor/against the thing described, by the description's sentiment."""
    opening = next((k for k in range(i + 1, len(toks)) if toks[k].text in "“\"‘«"), len(toks))
    target, ana, end = _object(ctx, toks[:opening], i)  # "called the agreement “premature”"
    if target is None and ana is None:
        return []
    j = end
    if j >= len(toks) or not (toks[j].lower == "as" or toks[j].text in "“\"‘'«"):
        return []
    description = ctx.text[toks[j].start:max(win_end, ctx.sentence(toks[j].start)[1])]  # every coordinated label
    v = _valence(ctx, description)
    if abs(v) < 0.05:
        return []
    label = FAVOR if v > 0 else AGAINST
    return [_Found(target or "", label, "describe_as", trig, anaphor=ana, end=win_end)]


def _simple(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span, family: str, value: str) -> list[_Found]:
    """Families whose target is the object after the trigger (reject, deny, condemn, praise, outcome …)."""
    if family == "deny" and i < len(toks) and toks[i].lower == "that":
        claim = _clause_after(ctx, toks, i + 1)
        return [_Found(claim, AGAINST, family, trig, end=trig.end + len(claim))] if claim else []
    target, ana, end = _object(ctx, toks, i)
    if ana is not None:
        return [] if value == "sentiment" else [_Found("", value, family, trig, anaphor=ana, end=_end(toks, end))]
    if target is None:
        return []
    if value == "sentiment":
        v = _valence(ctx, target)
        if abs(v) < 0.05:
            return []
        value = FAVOR if v > 0 else AGAINST
    return [_Found(target, value, family, trig, end=_end(toks, end))]


def _owned(toks: tuple[Token, ...], trig: Span) -> bool:
    """Whether the trigger word is a noun with a determiner or possessive (``their pledge to``, ``the plan to``)."""
    k = _token_at(toks, trig.start) - 1
    if k < 0:
        return False
    prev = toks[k].lower
    return prev in chunk_class("determiner") or prev.endswith(("’s", "'s"))


def _has_subject(toks: tuple[Token, ...], trig: Span) -> bool:
    """Whether a subject word stands right before the trigger (``Manila would not``), not a conjunction
    (``… and will not create``: the subject may be someone the speaker only expects something of)."""
    k = _token_at(toks, trig.start) - 1
    while k > 0 and toks[k].lower in word_class("subject_skip"):
        k -= 1  # "Europe also needed to"
    return k >= 0 and toks[k].is_word and toks[k].lower not in chunk_class("break")


def _demand_subject(toks: tuple[Token, ...], trig: Span) -> bool:
    """Whether a demand's subject is a name or ``we`` (``Europe needs to``, ``Israel must``, ``we must``):
    generic ``you have to`` / ``someone should`` / ``the delegates needed to`` state no position."""
    k = _token_at(toks, trig.start) - 1
    while k > 0 and toks[k].lower in word_class("subject_skip"):
        k -= 1
    if k < 0:
        return False
    word = toks[k].text
    return word.lower() == "we" or word[0].isupper() and word not in ("I", "You")


def _in_relative(toks: tuple[Token, ...], trig: Span) -> bool:
    """Whether the trigger's clause opens with a relative word within three words before it (``what
    the agency needed to verify``): a modal there describes, it does not demand."""
    k = _token_at(toks, trig.start)
    return any(t.lower in _RELATIVE_OPENERS for t in toks[max(0, k - 4):k])


def _intend(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span, family: str, value: str,
            trigger_starts: frozenset[int]) -> list[_Found]:
    """``hoped to V O`` -> favor ``V-ing O``; ``would not V O`` (refuse_modal) -> against ``V-ing O``;
    ``X must V O`` (demand_modal) -> favor ``V-ing O``, against O for an abandon verb (``must end the
    blockade``)."""
    j = skip_marks(toks, i)
    if family in ("refuse_modal", "demand_modal") and not _has_subject(toks, trig) \
            or family == "demand_modal" and (_in_relative(toks, trig) or not _demand_subject(toks, trig)):
        return []
    if family == "intend":
        if _owned(toks, trig) or j >= len(toks):
            return []
        if value != "favor_hedged":  # "would consider easing …" takes a gerund, the others "to V"
            if toks[j].lower != "to":
                return []
            j = skip_marks(toks, j + 1)
    if j >= len(toks) or toks[j].start in trigger_starts or toks[j].lower in word_class("no_commit_verb"):
        return []
    vp = verb_phrase(ctx.text, toks, j)
    if vp is None or len(vp[0].split()) < 2 or vp[0].endswith("ing") and len(vp[0].split()) == 2:
        return []  # "mediating", "keeping talking": no object, nothing to take a stance on
    if family == "demand_modal" and toks[j].lower in word_class("abandon_verb"):
        obj = noun_phrase(ctx.text, 0, toks, j + 1)
        return [_Found(obj.text, AGAINST if value == FAVOR else FAVOR, family, trig, end=_end(toks, obj.end))] \
            if obj is not None else []
    label = AGAINST if value == AGAINST else FAVOR
    return [_Found(vp[0], label, family, trig, extra_hedge=value == "favor_hedged", end=_end(toks, vp[1]))]


def _contribute(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span, value: str) -> list[_Found]:
    """``add 500 million dollars to the fund`` / ``pay into the fund`` -> favor the recipient."""
    means = noun_phrase(ctx.text, 0, toks, i, depth=2)  # no attachments: "to the fund" is the recipient
    if means is None and value == "object":
        return []
    j = skip_marks(toks, means.end if means else i)
    nxt = skip_marks(toks, j + 1)
    if nxt >= len(toks) or toks[j].lower not in _RECIPIENT_PREPS or is_verb_like(toks[nxt]):
        return []
    recipient = noun_phrase(ctx.text, 0, toks, j + 1)
    if recipient is None:
        return []
    return [_Found(recipient.text, FAVOR, "contribute", trig, end=_end(toks, recipient.end))]


def _sponsor(ctx: _Context, toks: tuple[Token, ...], i: int, trig: Span) -> list[_Found]:
    """``who wrote the bill``, ``sponsored the resolution`` -> favor the text, when it is one (a topic noun)."""
    np = noun_phrase(ctx.text, 0, toks, i)
    if np is None or topic_group(np.head) in (None, "event", "action"):
        return []
    return [_Found(np.text, FAVOR, "sponsor", trig, end=_end(toks, np.end))]


def _matches_in(ctx: _Context, rules: StanceRules, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The triggers lying inside ``text[start:end]``; the article is matched once (windows overlap)."""
    found = ctx.matches if rules is make_stance_rules() else tuple(rules.matches(ctx.text))
    lo = bisect.bisect_left(found, (start,))
    out = []
    for m in found[lo:]:
        if m[0] >= end:
            break
        if m[1] <= end:
            out.append(m)
    return out


def _window_found(ctx: _Context, rules: StanceRules, start: int, end: int) -> list[_Found]:
    """Every trigger in ``text[start:end]`` and the stance it gives, triggers not overlapping."""
    matches = _matches_in(ctx, rules, start, end)
    if not matches:
        return []
    toks = tokens(ctx.text[start:end], start)
    trigger_starts = frozenset(m[0] for m in matches)
    taken_until = -1
    out: list[_Found] = []
    for m_start, m_end, family, value in matches:
        if m_start < taken_until:
            continue
        trig = Span.of(ctx.text, m_start, m_end)
        i = _token_at(toks, m_end)
        if family == "call_on":
            found = _call_on(ctx, toks, i, trig)
        elif family in ("call_for", "praise"):
            found = _call_for(ctx, toks, i, trig, family)
        elif family == "describe_as":
            found = _describe_as(ctx, toks, i, trig, end)
        elif family in ("intend", "refuse_modal", "demand_modal"):
            found = _intend(ctx, toks, i, trig, family, value, trigger_starts)
        elif family == "contribute":
            found = _contribute(ctx, toks, i, trig, value)
        elif family == "sponsor":
            found = _sponsor(ctx, toks, i, trig)
        else:
            found = _simple(ctx, toks, i, trig, family, value)
        if not found:
            continue
        taken_until = max(m_end, max(f.end for f in found))
        negated = _negated(ctx, m_start)
        if negated and (value == "request" or family == "demand_modal"):
            continue  # "we are not asking for charity", "you don't have to": no request, no position
        for f in found:
            label, hedge = _apply_negation(f.stance, negated)
            out.append(replace(f, stance=label, extra_hedge=f.extra_hedge or hedge))
    return out


def _nearest_np(ctx: _Context, pos: int) -> str | None:
    """The nearest noun phrase with a determiner before ``pos`` in its sentence that names no speaker."""
    s_start, _ = ctx.sentence(pos)
    toks = tokens(ctx.text[s_start:pos], s_start)
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].lower in ("the", "this", "a", "an"):
            np = noun_phrase(ctx.text, 0, toks, k)
            if np is not None and np.text not in ctx.aliases and clean(np.text) not in ctx.aliases:
                return np.text
    return None


def _resolve(ctx: _Context, f: _Found, speaker: str, history: Sequence[tuple[int, Stance]], pos: int) -> str | None:
    """The target an anaphor stands for.

    For rejections and denials: the latest proposal (favor stance) of another speaker in this
    or the previous sentence, else a proposal read from the previous sentence's text; for the
    other families: the nearest noun phrase before the trigger in its sentence."""
    if f.rule in _ANAPHOR_PROPOSAL:
        s_start, _ = ctx.sentence(pos)
        prev_start, _ = ctx.sentence(max(0, s_start - 1))
        for at, st in reversed(history):
            if at >= prev_start and st.speaker != speaker and st.stance == FAVOR:
                return st.target
        # the proposal may be in the previous sentence without being an attributed statement
        proposals = [x for x in _window_found(ctx, make_stance_rules(), prev_start, s_start)
                     if x.stance == FAVOR and x.anaphor is None]
        return proposals[-1].target if proposals else None
    return _nearest_np(ctx, f.trigger.start)


def _question_turn(ctx: _Context, st: Statement) -> bool:
    """Whether the statement is an interviewer's ``Q:`` turn: it asks, and sums up others' positions."""
    line_start = ctx.text.rfind("\n", 0, st.span.start) + 1
    return _QUESTION_TURN.fullmatch(ctx.text[line_start:st.span.start]) is not None


def _third_party(ctx: _Context, pos: int, speaker: str) -> bool:
    """Whether the subject right before the trigger at ``pos`` names another speaker (``“Beijing wants a
    code …,” said the analyst``): the position is that speaker's, reported, not the speaker's own."""
    s_start, _ = ctx.sentence(pos)
    toks = tokens(ctx.text[max(s_start, pos - 80):pos])
    k = len(toks) - 1
    while k >= 0 and (toks[k].lower in word_class("subject_skip") or toks[k].lower in word_class("negator")
                      or toks[k].lower in word_class("aux_verb") or toks[k].text in QUOTE_MARKS):
        k -= 1
    run: list[str] = []
    while k >= 0 and toks[k].is_word and toks[k].text[0].isupper():
        run.insert(0, toks[k].text)
        k -= 1
    if not run:
        return False
    name = ctx.aliases.get(" ".join(run)) or ctx.aliases.get(run[-1])
    return name is not None and name != speaker and not _represents(ctx, speaker, (*run, *name.split()))


def _represents(ctx: _Context, speaker: str, words: Sequence[str]) -> bool:
    """Whether one of the speaker's aliases names the entity (``China's foreign ministry spokesman``
    speaks for China and Beijing, ``Japanese Trade Minister`` for Japan): a shared word stem of at
    least four letters."""
    stems = {w.lower()[:_STEM] for w in words if len(w) >= _STEM}
    own = {w.lower()[:_STEM] for a, name in ctx.aliases.items() if name == speaker
           for w in _WORDS.findall(a) if len(w) >= _STEM and w[0].isupper()}
    return bool(stems & own)


def _window_stances(ctx: _Context, rules: StanceRules) -> list[tuple[int, Stance]]:
    """Pass 1 over every statement with a speaker, in text order."""
    history: list[tuple[int, Stance]] = []
    for idx, st in enumerate(ctx.statements):
        if not st.speaker or _question_turn(ctx, st):
            continue
        w_start, w_end = _window(ctx, idx)
        for f in _window_found(ctx, rules, w_start, w_end):
            if f.rule in _HOLDER_FAMILIES and _third_party(ctx, f.trigger.start, st.speaker):
                continue
            target = f.target
            if f.anaphor is not None:
                target = _resolve(ctx, f, st.speaker, history, w_start) or ""
            target = corefer(_event_normal(ctx, target), ctx.topic, ctx.event)
            if _bad_target(target):
                continue
            hedged = st.id in ctx.hedged_ids or f.extra_hedge
            history.append((st.span.start, Stance(st.speaker, target, f.stance, hedged, (st.id,), f.rule, f.trigger)))
        for f in _evaluations(ctx, idx, w_start, w_end):
            hedged = st.id in ctx.hedged_ids
            history.append((st.span.start, Stance(st.speaker, f.target, f.stance, hedged, (st.id,), f.rule, f.trigger)))
    return history


# --------------------------------------------------------------------------- evaluations
def _subject_starts(ctx: _Context, idx: int, toks: tuple[Token, ...]) -> list[int]:
    """Token indices where a clause subject may stand: the statement's start, right after its cue
    (and a ``that``), and after a full stop inside it."""
    st = ctx.statements[idx]
    starts = [_token_at(toks, st.span.start)]
    cue = st.attribution.cue
    if cue is not None and cue.span.end <= st.span.start:
        k = skip_marks(toks, _token_at(toks, cue.span.end))
        starts.append(k + 1 if k < len(toks) and toks[k].lower == "that" else k)
    starts += [k + 1 for k, t in enumerate(toks) if t.text in ".!?;" and st.span.start <= t.start < st.span.end]
    starts += [k + 1 for k, t in enumerate(toks) if t.lower in word_class("clause_opener")
               and (t.lower not in ("and", "but") or k > 0 and toks[k - 1].text == ",")]
    return sorted({j for j in (skip_marks(toks, k) for k in starts) if j < len(toks)})


def _cue_subject(ctx: _Context, idx: int, toks: tuple[Token, ...]) -> int | None:
    """The token right after the statement's cue (and a ``that``): where the reported clause's
    subject stands (``said the treaty was …``, ``said it would …``)."""
    cue = ctx.statements[idx].attribution.cue
    if cue is None:
        return None
    k = skip_marks(toks, _token_at(toks, cue.span.end))
    if k < len(toks) and toks[k].lower == "that":
        k = skip_marks(toks, k + 1)
    return k if k < len(toks) else None


def _reported_subject(ctx: _Context, toks: tuple[Token, ...], k: int) -> NounPhrase | None:
    """A noun phrase after a cue that a copula evaluates (``said open markets were “in everyone's
    interest”``): definite or bare, naming no speaker."""
    np = noun_phrase(ctx.text, 0, toks, k)
    if np is None or np.det not in (None, "the", "this", "these", "those", "its", "their", "our") \
            or np.end >= len(toks) or toks[np.end].lower not in word_class("copula"):
        return None
    if np.text in ctx.aliases or clean(np.body) in ctx.aliases or np.head in chunk_class("pronoun") \
            or (np.det is None and toks[np.first].text[0].isupper()):
        return None  # "said Russia was …", "said Mr Lee was …": a speaker or a name, not a proposal
    return np


def _predicate_start(toks: tuple[Token, ...], k: int) -> bool:
    """Whether token ``k`` can open a predicate: an auxiliary, a copula or a lower-case verb-like word."""
    if k >= len(toks) or not toks[k].is_word:
        return False
    low = toks[k].lower
    return low in word_class("aux_verb") or (toks[k].text[0].islower() and low not in chunk_class("determiner")
                                                 and low not in chunk_class("preposition"))


def _demonstrative_antecedent(ctx: _Context, pos: int) -> str | None:
    """The topic, when the text from the previous sentence up to ``pos`` mentions a noun of its group."""
    topic = ctx.topic
    if topic is None:
        return None
    s_start, _ = ctx.sentence(pos)
    p_start, _ = ctx.sentence(max(0, s_start - 1))
    words = {t.lower for t in tokens(ctx.text[p_start:pos])}
    return topic.text if any(topic_group(w) == topic.group for w in words) else None


@lru_cache(maxsize=1)
def _copula_after_cue() -> re.Pattern[str]:
    """A lower-case or determiner-led subject (no pronoun) and a copula within a few words after a cue."""
    copulas = "|".join(sorted(word_class("copula")))
    return re.compile(rf"\s*(?:that\s+)?[\"“‘']?\s*(?!(?:he|she|it|they|we|i|you)\b)[a-z][^.!?;]{{0,{_COPULA_REACH}}}?"
                      rf"\b(?:{copulas})\b")


def _may_evaluate(ctx: _Context, text: str, cue_end: int) -> bool:
    """A cheap test before tokenising: a topic noun occurs, a demonstrative could stand for the topic,
    or a copula follows the cue within a few words (``said open markets were …``)."""
    groups = word_groups("topic_noun")
    if ctx.topic is not None or any(w in groups for w in _WORDS.findall(text.lower())):
        return True
    return cue_end >= 0 and _copula_after_cue().match(ctx.text, cue_end) is not None


def _evaluations(ctx: _Context, idx: int, w_start: int, w_end: int) -> list[_Found]:
    """``the agreement was “null and void”``, ``This is a historic day``: a topic noun phrase (or a
    demonstrative standing for the topic) as subject -> favor/against it by the predicate's sentiment."""
    cue = ctx.statements[idx].attribution.cue
    if not _may_evaluate(ctx, ctx.text[w_start:w_end], cue.span.end if cue is not None else -1):
        return []
    toks = tokens(ctx.text[w_start:w_end], w_start)
    cue_k = _cue_subject(ctx, idx, toks)
    out: list[_Found] = []
    for k in sorted({*_subject_starts(ctx, idx, toks), *([cue_k] if cue_k is not None else [])}):
        low = toks[k].lower
        if low in word_class("demonstrative"):
            if low == "it" and k == cue_k:
                continue  # "The Kremlin said it had …": the speaker itself, not the topic
            target = _demonstrative_antecedent(ctx, toks[k].start)
            contracted = low.endswith(("’s", "'s"))  # "It's a step": the copula is in the token
            if not contracted and not _predicate_start(toks, k + 1):
                continue
            p_start = toks[k].end if contracted else toks[k + 1].start
        else:
            np = noun_phrase(ctx.text, 0, toks, k)
            if np is None or np.det not in ("the", "this", "that", "these", "our", "its", "their") \
                    or topic_group(np.head) is None or not _predicate_start(toks, np.end):
                np = _reported_subject(ctx, toks, k) if k == cue_k else None
            if np is None:
                continue
            target, p_start = corefer(_event_normal(ctx, np.text), ctx.topic, ctx.event), toks[np.end].start
        if target is None or _bad_target(target):
            continue
        p_end = min(w_end, ctx.sentence(p_start)[1])
        stops = [t.start for t in toks if (t.text in ".!?;" or t.lower in word_class("contrast"))
                 and p_start < t.start < p_end]
        stops += [m[0] for m in _matches_in(ctx, make_stance_rules(), p_start, p_end)
                  if m[2] != "outcome"]  # "… and urged X to": another act; "could bring peace" evaluates
        v = _valence(ctx, ctx.text[p_start:min([p_end, *stops])])
        if abs(v) >= _EVAL_MIN:
            trig = Span.of(ctx.text, toks[k].start, toks[k].end)
            out.append(_Found(target, FAVOR if v > 0 else AGAINST, "evaluation", trig))
    return out


# --------------------------------------------------------------------------- frames
def _subjects(ctx: _Context, text: str) -> list[str]:
    """Canonical speakers named in a coordinated subject (``Putin and Trump``, ``Sudan's government``)."""
    parts = [p.strip() for p in re.split(r",|\band\b|&", text) if p.strip()]
    if not parts or len(text.split()) > 8:
        return []
    names = []
    for p in parts:
        p = re.sub(r"^(?:the|The)\s+", "", p)
        owner = re.match(r"(.+?)[’']s\s+\w+$", p)  # "Sudan's government" speaks for Sudan
        names.append(ctx.aliases.get(p) or ctx.aliases.get(p.split()[-1])
                     or (ctx.aliases.get(owner.group(1)) if owner else None))
    return [n for n in names if n]


def _frame_speakers(ctx: _Context, subject: str, sts: Sequence[Statement]) -> list[str]:
    """Who performs a speech act named in the reporter's frame: the named subject; for a relative
    clause (``Ellison, who voted against the measure, wrote …``) or a pronoun, the one speaker of
    the sentence's statements."""
    words = subject.split()
    speakers = sorted({s.speaker for s in sts if s.speaker})
    if words and (words[-1].lower() in _RELATIVES or len(words) == 1 and words[0].lower() in chunk_class("pronoun")):
        return speakers if len(speakers) == 1 else []
    head = subject.split(",")[0]  # "X, the Y of Z," names X
    return _subjects(ctx, head)


def _nearest_statements(ctx: _Context, speaker: str, pos: int) -> tuple[str, ...]:
    """The id of the speaker's statement nearest to ``pos`` within two sentences, as evidence."""
    s_start, _ = ctx.sentence(pos)
    lo, hi = ctx.sentence(max(0, s_start - 1))[0], _sentence_after(ctx, pos, 2)
    near = [(abs(st.span.start - pos), st.id) for st in ctx.statements
            if st.speaker == speaker and lo <= st.span.start <= hi]
    return (min(near)[1],) if near else ()


def _frame_stances(ctx: _Context, rules: StanceRules) -> list[tuple[int, Stance]]:
    """Pass 2: speech acts in the reporter's words, outside any statement window: ``Putin and Trump
    praised the meeting, with …``, ``Nowak welcomed the pledge.``, ``Ellison, who voted against the
    measure, wrote …``.  The subject must name a speaker (or be a relative pronoun or pronoun whose
    sentence quotes one speaker)."""
    out: list[tuple[int, Stance]] = []
    by_sentence: dict[int, list[Statement]] = {}
    for st in ctx.statements:
        by_sentence.setdefault(ctx.sentence(st.span.start)[0], []).append(st)
    for s_start, s_end in zip(ctx.sent_starts, ctx.sent_ends):
        sts = by_sentence.get(s_start, [])
        if not sts and not by_sentence.get(ctx.sentence(max(0, s_start - 1))[0]) \
                and not by_sentence.get(ctx.sentence(s_end + 1)[0] if s_end + 1 < len(ctx.text) else -1):
            continue  # a speech act in the reporter's words stands next to that speaker's statements
        for g_start, g_end in _gaps(ctx, sts, s_start, s_end):
            out += _gap_stances(ctx, rules, sts, g_start, g_end)
    return out


def _gaps(ctx: _Context, sts: Sequence[Statement], s_start: int, s_end: int) -> list[tuple[int, int]]:
    """The reporter's text of a sentence: the stretches between its statements (and their cues, when a
    cue opens a statement's window)."""
    spans = sorted((min(s.span.start, s.attribution.cue.span.start) if s.attribution.cue is not None
                    and s.attribution.cue.span.end <= s.span.start else s.span.start, s.span.end) for s in sts)
    gaps, pos = [], s_start
    for a, b in spans:
        if a > pos:
            gaps.append((pos, a))
        pos = max(pos, b)
    if pos < s_end:
        gaps.append((pos, s_end))
    return gaps


def _gap_stances(ctx: _Context, rules: StanceRules, sts: Sequence[Statement], g_start: int,
                 g_end: int) -> list[tuple[int, Stance]]:
    """Frame stances in one stretch of reporter's text; the subject is the text before the trigger."""
    out: list[tuple[int, Stance]] = []
    for f in _window_found(ctx, rules, g_start, g_end):
        if f.anaphor or f.rule not in _FRAME_FAMILIES:
            continue
        target = corefer(_event_normal(ctx, f.target), ctx.topic, ctx.event)
        subject = ctx.text[g_start:f.trigger.start].strip(" ,.;:\n" + "".join(QUOTE_MARKS)) + " "
        speakers = _frame_speakers(ctx, subject, sts)
        if _bad_target(target) or not speakers:
            continue
        ids = tuple(s.id for s in sts)
        for sp in speakers:
            ev = ids or _nearest_statements(ctx, sp, f.trigger.start)
            out.append((f.trigger.start, Stance(sp, target, f.stance, f.extra_hedge, ev, "frame", f.trigger)))
    return out


# --------------------------------------------------------------------------- replies
def _invitation_target(ctx: _Context, rules: StanceRules, st: Statement) -> str | None:
    """``a visit to PLACE`` when the statement (or the sentence before it) is an invitation."""
    s_start, _ = ctx.sentence(st.span.start)
    p_start, _ = ctx.sentence(max(0, s_start - 1))
    for text in (st.text, ctx.text[p_start:s_start]):
        for rx in rules.invitations:
            m = rx.search(text)
            if m and m.lastindex:
                return f"a visit to {m.group(m.lastindex)}"
    return None


def _is_reply(st: Statement) -> bool:
    cue = st.cue_text
    return bool(cue) and cue.split()[0].lower() in word_class("reply_cue")


def _reply_stances(ctx: _Context, rules: StanceRules) -> list[tuple[int, Stance]]:
    """Pass 3: the addressee's reply to an invitation: accepting -> favor, refusing -> against."""
    out: list[tuple[int, Stance]] = []
    sts = ctx.statements
    for k, prop in enumerate(sts):
        if not prop.addressee:
            continue
        target = _invitation_target(ctx, rules, prop)
        if target is None:
            continue
        horizon = _sentence_after(ctx, prop.span.end, _REPLY_SENTENCES)
        for rep in sts[k + 1:]:
            if rep.span.start > horizon:
                break
            if rep.speaker != prop.addressee or not _is_reply(rep):
                continue
            for value, rx in rules.accept:
                m = rx.search(rep.text)
                if m is None:
                    continue
                label, hedge = _apply_negation(value, _negated(ctx, rep.span.start + m.start()))
                trig = Span.of(ctx.text, rep.span.start + m.start(), rep.span.start + m.end())
                hedged = rep.id in ctx.hedged_ids or hedge
                out.append((rep.span.start, Stance(rep.speaker, target, label, hedged, (rep.id,), "reply", trig)))
                break
    return out


def _sentence_after(ctx: _Context, pos: int, n: int) -> int:
    """The end of the ``n``-th sentence after the one holding ``pos``."""
    k = max(0, bisect.bisect_right(ctx.sent_starts, pos) - 1)
    return ctx.sent_ends[min(len(ctx.sent_ends) - 1, k + n)] if ctx.sent_ends else len(ctx.text)


# --------------------------------------------------------------------------- merge
def _merge(found: Iterable[tuple[int, Stance]]) -> tuple[Stance, ...]:
    """One stance per (speaker, target, label), a target containing an earlier one's words (or contained in
    them) counting as the same: evidence joined in order, the first target kept, hedged only if all are."""
    merged: dict[tuple[str, str, str], Stance] = {}
    for _, st in sorted(found, key=lambda x: x[0]):
        key = next((k for k in merged if k[0] == st.speaker and k[2] == st.stance and _same_target(k[1], st.target)),
                   (st.speaker, st.target.lower(), st.stance))
        old = merged.get(key)
        if old is None:
            merged[key] = st
            continue
        evidence = old.evidence + tuple(e for e in st.evidence if e not in old.evidence)
        rule = old.rule if st.rule in old.rule.split("+") else f"{old.rule}+{st.rule}"
        merged[key] = replace(old, evidence=evidence, hedged=old.hedged and st.hedged, rule=rule)
    return tuple(merged.values())


def _same_target(a: str, b: str) -> bool:
    """Whether two targets of one speaker name the same thing: one holds the other's words in order
    (``the trade agreement`` and ``the trade agreement in its current form``)."""
    x, y = f" {a.lower()} ", f" {b.lower()} "
    return x in y or y in x


def find_stances(
    analysis: "Extraction", *, analyzer: LexiconVader, hedged_ids: frozenset[str] = frozenset()
) -> tuple[Stance, ...]:
    """All stances of an analysis.  ``hedged_ids``: statements whose certainty score is negative."""
    if not analysis.statements:
        return ()
    rules = make_stance_rules()
    ctx = _context(analysis, analyzer, hedged_ids)
    found = _window_stances(ctx, rules) + _frame_stances(ctx, rules) + _reply_stances(ctx, rules)
    return _merge(found)
