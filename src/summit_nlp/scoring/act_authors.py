"""Authors: whom an act on an authored thing (``the bill``, ``the resolution``, ``the pledge``) is aimed at.

An act whose words name no party but whose issue is a thing a party authors (``authored_noun`` in
``data/act_words.tsv``: bill, resolution, proposal, plan, pledge …) is aimed at its author, as the
article says it earlier (SPEC section 2, "Acts": the target is the party "whose proposal is
rejected"). The author is read, latest first, from

* ``<thing>, drafted by X and Y`` — a participle of ``author_verb`` and ``by``: every party
  coordinated after ``by`` (one act each);
* ``X passed a bill``, ``X has proposed the plan`` — the party nearest before an ``author_verb``
  whose object (a determiner and at most three words) is the thing, in the same clause;
* for a pledge, an offer or a promise: the speaker of the latest offer another party made within
  three sentences before (``“We will deliver …,” Koenig said. Nowak welcomed the pledge.``).

An act on a vote (``vote_noun``: ``welcomed the vote``, ``the passage of the budget``, ``the
adoption``) is aimed at the legislature the article says voted, passed, adopted or approved
something before it (``Namibia's National Assembly on Thursday declined to approve …``; a body whose
name ends in a ``legislature_noun``), whatever the act, praise included.

Rejections, criticisms and denials are aimed at the author of any such thing; a praise only at the
author of a pledge, an offer or a promise (who supports a resolution praises no one in particular).

The speaker's own side is never its own author's target. The search looks back at most
``_REACH`` characters, so the cost per act is bounded.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Sequence

from .act_context import ActContext
from .act_record import Act
from .act_sides import own_camps
from .lexicons import word_class

__all__ = ["authors", "AUTHORED_ACTS"]

#: Acts that can be aimed at the author of what they are about.
AUTHORED_ACTS = ("reject", "criticize", "praise", "deny")
_REACH = 6000  # characters looked back for the author
_ISSUE_WORDS = 6  # the thing is among the issue's first words
_AFTER_TRIGGER = 30  # characters after the trigger read when the act has no issue
_OFFER_SENTENCES = 3
_PROMISES = ("pledge", "pledges", "offer", "promise")
_DETERMINERS = r"(?:a|an|the|its|their|his|her|this|that|our|new|revised)"


@lru_cache(maxsize=1)
def _verbs() -> str:
    return "|".join(sorted((re.escape(v).replace("\\ ", r"\s+") for v in word_class("author_verb")),
                           key=len, reverse=True))


@lru_cache(maxsize=256)
def _by_pattern(noun: str) -> re.Pattern[str]:
    """``<thing>, drafted by`` (the parties follow)."""
    return re.compile(rf"\b{re.escape(noun)}s?\b,?\s+(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
                      rf"(?:jointly\s+|originally\s+)?(?:{_verbs()})\s+by\s+(?:the\s+)?", re.IGNORECASE)


@lru_cache(maxsize=256)
def _verb_pattern(noun: str) -> re.Pattern[str]:
    """``passed a bill``, ``proposed the new plan`` (the party stands before)."""
    return re.compile(rf"\b(?:{_verbs()})\s+{_DETERMINERS}\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(noun)}s?\b",
                      re.IGNORECASE)


def _thing(issue: str) -> str | None:
    """The authored noun among the issue's first words, singular (``the bill as interference`` -> bill)."""
    nouns = word_class("authored_noun")
    for w in re.findall(r"[\w-]+", issue.lower())[:_ISSUE_WORDS]:
        if w in nouns:
            return w[:-1] if w.endswith("s") and w[:-1] in nouns else w
    return None


def authors(ctx: ActContext, act: Act, earlier: Sequence[Act]) -> list[str]:
    """The parties that authored what ``act`` is about (module docstring), or [] when none is found."""
    if act.target is not None or act.act not in AUTHORED_ACTS:
        return []
    # the issue, or for an anaphor ("rejected the plan": no issue of its own) the words after the trigger
    words = act.issue or ctx.text[act.trigger.end:act.trigger.end + _AFTER_TRIGGER]
    thing = _thing(words)
    if thing is None:
        vote = _vote(words)
        return _voters(ctx, act) if vote else []
    if act.act == "praise" and thing not in _PROMISES:
        return []  # supporting a resolution is no praise of who drafted it; welcoming a pledge is
    own = own_camps(ctx, act.speaker)
    if thing in _PROMISES:
        found = _offer_author(ctx, act, earlier, own)
        if found:
            return found
    lo, hi = max(0, act.trigger.start - _REACH), act.trigger.start
    if not _verb_near(ctx, lo, hi):
        return []  # both patterns hold an author verb
    best: tuple[int, list[str]] | None = None
    for m in _by_pattern(thing).finditer(ctx.text, lo, hi):
        names = _coordinated(ctx, m.end(), hi, own)
        if names and (best is None or m.start() > best[0]):
            best = (m.start(), names)
    for m in _verb_pattern(thing).finditer(ctx.text, lo, hi):
        name = _subject_before(ctx, m.start(), own)
        if name is not None and (best is None or m.start() > best[0]):
            best = (m.start(), [name])
    return best[1] if best else []


def _vote(issue: str) -> bool:
    """Whether the issue's first words hold a vote (``the vote``, ``the passage of …``, ``the adoption``)."""
    nouns = word_class("vote_noun")
    return any(w in nouns for w in re.findall(r"[\w-]+", issue.lower())[:3])


def _voters(ctx: ActContext, act: Act) -> list[str]:
    """The body whose vote an act is about: the legislature nearest before the act that the article
    says voted, passed, adopted or approved something (``The National Assembly on Wednesday passed
    …``; ``Lee welcomed the vote``)."""
    own = own_camps(ctx, act.speaker)
    lo, hi = max(0, act.trigger.start - _REACH), act.trigger.start
    best: str | None = None
    for m in _VOTED.finditer(ctx.text, lo, hi):
        name = _subject_before(ctx, m.start(), own)
        if name is None or not _legislature(ctx, name):  # "Namibia's National Assembly on Thursday declined …"
            s0, _ = ctx.sentence(m.start())
            name = _body_before(ctx, max(s0, m.start() - 80), m.start())
        if name is not None and _legislature(ctx, name):
            best = name
    return [best] if best is not None else []


_VOTED = re.compile(r"\b(?:voted|passed|adopted|approved|declined\s+to\s+approve|rejected)\b")


def _legislature(ctx: ActContext, name: str) -> bool:
    """Whether a party is a legislature or assembly (its name ends in a ``legislature_noun``)."""
    words = _WORD.findall(name)
    return bool(words) and words[-1].lower() in word_class("legislature_noun")


@lru_cache(maxsize=1)
def _any_verb() -> re.Pattern[str]:
    # both patterns' verbs start at a word boundary (after \b or whitespace): tried at word starts only
    return re.compile(rf"\b(?:{_verbs()})", re.IGNORECASE)


def _verb_near(ctx: ActContext, lo: int, hi: int) -> bool:
    """Whether an author verb may stand in ``[lo, hi)``: one scan of the article for the verbs (kept in
    the context), then a bisection per act, instead of both patterns over ``_REACH`` characters per
    act (a text of many acts on a plan or a bill and no author verb cost 0.6 ms per act).  Where a
    pattern's verb stands, the scan's match starts, or one it skipped it for covers it: a match
    overlapping the stretch is enough."""
    found = ctx.memo.get("author_verbs")
    if found is None:
        spans = [(m.start(), m.end()) for m in _any_verb().finditer(ctx.text)]
        found = ctx.memo["author_verbs"] = (tuple(s for s, _ in spans), tuple(e for _, e in spans))
    starts, ends = found  # type: ignore[misc]
    k = bisect.bisect_right(ends, lo)  # the first match ending after lo (matches do not overlap)
    return k < len(starts) and starts[k] < hi


def _offer_author(ctx: ActContext, act: Act, earlier: Sequence[Act], own: frozenset[str]) -> list[str]:
    k = ctx.sentence_index(act.trigger.start)
    for prev in reversed(earlier[-50:]):
        if ctx.sentence_index(prev.trigger.start) < k - _OFFER_SENTENCES:
            break
        if prev.act == "offer" and prev.speaker not in own and prev.trigger.start < act.trigger.start:
            return [prev.speaker]
    return []


_JOIN = re.compile(r"[\s,]*(?:and\s+)?(?:the\s+)?")


def _coordinated(ctx: ActContext, pos: int, hi: int, own: frozenset[str]) -> list[str]:
    """The parties named from ``pos`` on, joined by ``and`` or commas (``the United States and Ecuador``)."""
    out: list[str] = []
    for m in ctx.parties.between(pos, min(hi, pos + 120)):
        if not _JOIN.fullmatch(ctx.text, pos, m.span.start):
            break
        if m.party not in own and m.party not in out:
            out.append(m.party)
        pos = m.span.end
    return out


def _subject_before(ctx: ActContext, verb: int, own: frozenset[str]) -> str | None:
    """The party named nearest before the verb in its clause (``The Senate on Thursday … passed``)."""
    s0, _ = ctx.sentence(verb)
    stop = max(ctx.text.rfind(c, s0, verb) for c in ".;:!?")
    lo = max(s0, stop + 1, verb - 80)
    mentions = ctx.parties.between(lo, verb)
    if not mentions:
        return _body_before(ctx, lo, verb)
    m = mentions[-1]
    between = ctx.text[m.span.end:verb]
    if "," in between and not re.search(r",[^,]*,", between):  # "X, who …," is fine; one comma opens another clause
        return None
    return m.party if m.party not in own else None


_WORD = re.compile(r"[\w’'-]+")
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _body_before(ctx: ActContext, lo: int, verb: int) -> str | None:
    """A legislature or council named right before the verb that is no party yet (``The Senate on
    Thursday overwhelmingly passed …`` -> ``the Senate``): at most four words between, lower-case
    or days, and none a verb."""
    words = list(_WORD.finditer(ctx.text, lo, verb))
    j = len(words) - 1
    while j >= 0 and len(words) - 1 - j < 4 and (words[j].group()[0].islower() or words[j].group().lower() in _DAYS):
        w = words[j].group().lower()
        if w in word_class("aux_verb") or w.endswith("ed") or w in ("and", "but", "who", "which", "that"):
            return None
        j -= 1
    if j < 0 or words[j].group().lower() not in word_class("legislature_noun") or not words[j].group()[0].isupper():
        return None
    k = j
    while k > 0 and words[k - 1].group()[0].isupper() and j - k < 3 and words[k - 1].group().lower() != "the" \
            and not words[k - 1].group().endswith(("’s", "'s")):  # "Namibia's National Assembly": not the owner
        k -= 1
    return "the " + " ".join(w.group() for w in words[k:j + 1])
