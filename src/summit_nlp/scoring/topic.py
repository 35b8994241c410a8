"""The article's main topic (``the trade agreement``) and coreference of generic targets to it.

News reports name their subject in the lead (``signed a long-delayed trade
agreement``) and speakers then call it ``the deal``, ``the accord`` or ``this
step``.  A stance toward ``the deal`` is a stance toward the lead's agreement,
so a bare ``the deal`` is rewritten as the topic: ``the deal`` -> ``the trade
agreement``.  Topic nouns and their groups (agreement, legislation,
plan, event, action) are data in ``data/stance_patterns.tsv`` (family
``topic_noun``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from .chunk import clean, noun_phrase, verb_phrase
from .lexicons import chunk_class, word_groups
from .text import Token, tokens

__all__ = ["Topic", "article_topic", "headline_event", "corefer", "topic_group", "ACTION"]

ACTION = "action"  # "the move", "this step": stand for the topic whatever its group
_LEAD_CHARS = 700
_WORDS = re.compile(r"[\w’'-]+")
_MAX_MODIFIERS = 3
_MAX_HEADLINE_MODIFIERS = 2
_GENERIC_DETS = ("the", "this", "that", "these", "such")


@dataclass(frozen=True, slots=True)
class Topic:
    """The lead's topic noun phrase: ``the {modifiers} {head} {post}``."""

    head: str
    group: str
    modifiers: str = ""
    post: str = ""

    @property
    def text(self) -> str:
        """The topic as a definite noun phrase."""
        return " ".join(w for w in ("the", self.modifiers, self.head, self.post) if w)


def topic_group(word: str) -> str | None:
    """The topic group of a noun (``deal`` -> ``agreement``), or None."""
    return word_groups("topic_noun").get(word.lower())


def _lead(text: str) -> str:
    """The first two body paragraphs after the headline (the lead), at most ~700 characters."""
    paras = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    body = [p for p in paras[1:] if len(p.split()) > 8]
    lead = " ".join(body[:2]) if body else (paras[0] if paras else "")
    return lead[:_LEAD_CHARS]


def _descriptive(word: str) -> bool:
    """Lower-case participles, adverbs and hyphenated adjectives (``long-delayed``, ``highly``):
    words a speaker's own name for the topic seldom repeats, so they are left out of it."""
    return word[0].islower() and ("-" in word or word.endswith(("ed", "ing", "ly")))


def _modifiers(toks: tuple[Token, ...], k: int) -> tuple[int, str] | None:
    """Where the noun phrase ending in token ``k`` starts (its determiner) and its modifier words."""
    j = k - 1
    while j >= 0 and k - j <= _MAX_MODIFIERS + 1:
        low = toks[j].lower
        if low in chunk_class("determiner") or low.endswith(("’s", "'s")):
            words = [t.text for t in toks[j + 1:k] if t.is_word and not _descriptive(t.text)]
            if low.endswith(("’s", "'s")) and low not in chunk_class("determiner"):
                words.insert(0, toks[j].text[:-2])  # "Brazil's fund" -> "the Brazil fund"
            return j, " ".join(words[-_MAX_MODIFIERS:])
        if not toks[j].is_word and toks[j].text != "-" or low in chunk_class("break") or low in chunk_class("pronoun"):
            return (j + 1, "") if j == k - 1 else None  # a bare noun: "will resume talks" is no phrase
        j -= 1
    return None


def article_topic(text: str) -> Topic | None:
    """The topic noun phrase of the article's lead whose group the whole article mentions most."""
    lead = _lead(text)
    groups = word_groups("topic_noun")
    counts = Counter(groups[w] for w in _WORDS.findall(text.lower()) if w in groups)
    toks = tokens(lead)
    best: tuple[int, int, Topic] | None = None
    for k, tok in enumerate(toks):
        group = topic_group(tok.lower)
        if group is None or group == ACTION:
            continue
        found = _modifiers(toks, k)
        if found is None:
            continue
        start, mods = found
        np = noun_phrase(lead, 0, toks, start)
        post = ""
        if np is not None and np.head == tok.lower and np.end > k + 1:
            post = clean(lead[toks[k + 1].start:toks[np.end - 1].end])
        topic = Topic(head=tok.lower, group=group, modifiers=mods, post=post)
        score = (counts[group], -k)
        if best is None or score > best[:2]:
            best = (*score, topic)
    if best is None:
        return None
    topic = best[2]
    if topic.modifiers or topic.post:
        return topic
    return replace(topic, modifiers=_headline_modifiers(text, topic.head))


def _headline(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "")


def _headline_modifiers(text: str, head: str) -> str:
    """Up to two words before ``head`` in the headline, which names things in full and without
    articles (``Senate passes Sudan sanctions bill`` -> ``Sudan sanctions``)."""
    toks = tokens(_headline(text))
    for k, tok in enumerate(toks):
        if tok.lower != head:
            continue
        words: list[str] = []
        for t in reversed(toks[max(0, k - _MAX_HEADLINE_MODIFIERS):k]):
            low = t.lower
            if not t.is_word or low in chunk_class("break") or low in chunk_class("determiner") or _descriptive(t.text):
                break
            words.insert(0, t.text)
        return " ".join(words)
    return ""


def _singular_stem(verb: str) -> str:
    """``passes`` -> ``pass``, ``recalls`` -> ``recall``, ``restores`` -> ``restore``."""
    if verb.endswith(("sses", "xes", "zes", "ches", "shes")):
        return verb[:-2]
    return verb[:-1]


def headline_event(text: str) -> str | None:
    """The headline's first verb with its object as a gerund phrase (``Canada and India restore
    envoys after …`` -> ``restoring envoys``): what "the move" or "this step" refers to when the lead
    names no topic noun.  The verb is the first lower-case word after a capitalised subject."""
    toks = tokens(_headline(text))
    k = 0
    while k < len(toks) and (toks[k].text[0].isupper() or toks[k].lower in ("and", "&", ",")):
        k += 1
    if k == 0 or k >= len(toks) or toks[k].lower in chunk_class("break") or toks[k].lower.endswith(("’s", "'s")):
        return None
    plural = any(t.lower in ("and", "&") for t in toks[:k])
    verb = toks[k].lower
    if not plural and not (verb.endswith("s") and not verb.endswith("ss")):
        return None  # a singular subject needs a present-tense verb: "ASEAN ministers meet" has a noun here
    base = verb if plural else _singular_stem(verb)
    vp = verb_phrase(_headline(text), toks[:k] + (toks[k]._replace(text=base),) + toks[k + 1:], k)
    return vp[0] if vp is not None and " " in vp[0] else None


def corefer(target: str, topic: Topic | None, event: str | None = None) -> str:
    """``the deal`` -> ``the trade agreement`` when the article's topic is a trade agreement.

    ``event`` (the headline's event, :func:`headline_event`) stands in for an action noun when
    there is no topic.

    Only a bare determiner + topic noun is rewritten (``the deal``, ``this step``);
    a noun of another group than the topic's is left alone (``the summit`` in an
    article about a bill).  Action nouns (``the move``) stand for the topic itself.
    """
    words = target.lower().split()
    if len(words) != 2 or words[0] not in _GENERIC_DETS:
        return target
    group = topic_group(words[1])
    if topic is None:
        return event if group == ACTION and event else target
    return topic.text if group in (ACTION, topic.group) else target
