"""What the stance rules read from one article: sentences, alias map, event nouns, trigger matches.

Also the small helpers every pass shares (negation, target clean-up, sentiment of a phrase).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from ..model import Statement
from .lexicons import chunk_class, word_class
from .sentiment import LexiconVader, score_sentiment
from .stance_rules import AGAINST, FAVOR, NEUTRAL, StanceRules, make_stance_rules
from .text import Token, tokens
from .topic import Topic, article_topic, headline_event

if TYPE_CHECKING:
    from ..model import Extraction

_WORDS = re.compile(r"[\w’'-]+")
_SENT_SPLIT = re.compile(r"(?<=[.!?…])[”\"’']?\s+|\n+")


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


def _token_at(toks: tuple[Token, ...], pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    return bisect.bisect_left([t.start for t in toks], pos)


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


def _sentence_after(ctx: _Context, pos: int, n: int) -> int:
    """The end of the ``n``-th sentence after the one holding ``pos``."""
    k = max(0, bisect.bisect_right(ctx.sent_starts, pos) - 1)
    return ctx.sent_ends[min(len(ctx.sent_ends) - 1, k + n)] if ctx.sent_ends else len(ctx.text)
