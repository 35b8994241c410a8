"""The three passes over an article: statement windows (with evaluations), the reporter's frames, replies.

Each pass gives ``(position, Stance)`` pairs; :func:`summit_nlp.scoring.stance.find_stances` merges them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..model import Span, Statement
from .chunk import NounPhrase, clean, noun_phrase, skip_marks
from .lexicons import chunk_class, word_class, word_groups
from .stance_context import (_WORDS, _Context, _apply_negation, _bad_target, _event_normal, _matches_in, _negated,
                             _sentence_after, _token_at, _valence, _window)
from .stance_rules import AGAINST, FAVOR, Stance, StanceRules, make_stance_rules
from .stance_window import _Found, _window_found
from .text import QUOTE_MARKS, Token, tokens
from .topic import corefer, topic_group

_FRAME_FAMILIES = ("praise", "condemn", "call_for", "reject", "describe_as", "sponsor", "neutral", "warn_against",
                   "deny")
# families whose subject holds the position (in call_on and demands the subject is the one asked)
_HOLDER_FAMILIES = ("call_for", "praise", "reject", "deny", "warn_against", "condemn", "describe_as", "intend",
                    "contribute", "sponsor", "neutral")
_QUESTION_TURN = re.compile(r"\s*Q\s*[:.\-–—]\s*[\"“‘']?\s*")
_COPULA_REACH = 60  # characters after a cue where "NP was …" may stand
_STEM = 4  # "Chin" joins China, China's and Chinese; "Japa" Japan and Japanese
_EVAL_MIN = 0.25  # |compound| an evaluation needs: "a mature step" 0.42, "a serious offer" -0.08 is too weak
_RELATIVES = ("who", "which", "that")
_ANAPHOR_PROPOSAL = ("reject", "deny", "warn_against", "condemn")
_REPLY_SENTENCES = 3


# --------------------------------------------------------------------------- statement windows
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
