"""Quotation marks that do not mark speech: spans set aside before any attribution rule.

Each family gives the reason that ``Analysis.dropped`` reports:

``markup``          the marks delimit an attribute inside an HTML/XML tag (``<tweet id="…">``).
``title``           the name of a work, programme or event, written in Title Case and embedded
                    in the reporter's sentence (``on MSNBC's “Morning Joe”``, ``the book “War and
                    Peace”``), or any span right after a title noun (``the film “…”``, ``a song
                    titled “…”``, unless it opens in lower case: ``the … program “is gaining
                    traction,” X said``; ``data/words.tsv`` class ``title_noun``).  A Title Case headline
                    line is exempt: its capitals mark nothing; so is a span right after a verb of
                    speaking aloud (``chanted “Lock Her Up”``, ``said “No.”``; class ``spoken_verb``).
``mentioned word``  words mentioned as words: right after ``the word(s)``, ``the term``, ``the
                    phrase``, ``the label`` … (class ``mention_noun``).
``displayed text``  words a thing shows rather than someone says: ``placards reading "…"``, ``a
                    banner that said "…"`` (classes ``display_noun`` and ``display_verb``).
``scare quote``     (before the rules) a span right after ``so-called``, ``self-styled`` … (class
                    ``scare_marker``): the reporter distances the word from whoever uses it.

A span that follows a span set aside for one of these reasons, joined to it only by a comma,
``and`` or ``or`` (``terms such as "ambassador," "attack"``, ``placards reading "…" and "…"``), is
set aside for the same reason.

``quoted cue``      a reporting verb in single quotation marks between the fragments of a quote
                    (``"We agree," she 'insisted', "on every point."``): the reporter's irony on the
                    verb, which stays a cue (:func:`quoted_cues`, applied before cues are found).
``nickname``        a quoted first name (one or two words) between two parts of a name (``Maria "Mia"
                    Santos``, ``Sergio "El Toro" Ramírez``): part of the name, which the mention
                    finder then reads whole (also :func:`quoted_cues`).

``scare quote`` is also given after the rules: an embedded span of one to
three words that no rule attributes is the reporter's own scare quote; any longer span no rule
attributes is ``no speaker found``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .clauses import REACH, Bounds, Context
from .lexicon import load_lexicon, union
from .segment import title_case_headline_end
from ..model import Dropped, Quote

__all__ = ["not_speech", "unattributed_reason", "quoted_cues"]

_WORD = re.compile(r"[^\W\d_][\w’'\-.]*")
_TAG_OPEN = re.compile(r"<[A-Za-z][^<>\n]*$")
_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
                    "but", "vs", "vs.", "de", "del", "la", "le", "du", "von", "van", "is", "it", "be", "into", "over",
                    "up", "&"})
_LEAD_BEFORE = re.compile(r"[\s—–\-(\[]*")  # used with fullmatch
_SCARE_WORDS = 3


@lru_cache(maxsize=1)
def _nouns() -> tuple[re.Pattern[str], ...]:
    """Patterns ending right before a quote: after a title, mention, speech or scare word, a verb of
    speaking aloud, or a displaying thing and its verb."""
    lex = load_lexicon()

    def before(words: frozenset[str]) -> re.Pattern[str]:
        alt = union(words)
        return re.compile(rf"\b(?:{alt})(?:\s+(?:such\s+as|like|of))?\s*[,:]?\s*$", re.IGNORECASE)

    # "placards reading", "a sign on the embassy gate said": the thing, a short place phrase, its verb
    display = re.compile(rf"\b(?:{union(lex.word_class('display_noun'))})"
                         r"(?:\s+(?:on|at|in|outside|above|over|near|by)\s+(?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)?"
                         rf"\s+(?:{union(lex.word_class('display_verb'))})\s*[,:]?\s*$", re.IGNORECASE)
    return (before(lex.word_class("title_noun")), before(lex.word_class("mention_noun")),
            before(lex.word_class("speech_noun")), before(lex.word_class("spoken_verb")),
            before(lex.word_class("scare_marker")), display)


def _is_title_case(text: str) -> bool:
    words = _WORD.findall(text)
    content = [w for w in words if w.lower() not in _SMALL]
    return bool(content) and all(w[0].isupper() for w in content)


def not_speech(ctx: Context, q: Quote, sentence: Bounds, previous: Dropped | None = None) -> tuple[str, str] | None:
    """``(reason, detail)`` when the marks around ``q`` do not mark speech, else None.
    ``previous`` is the span dropped just before this one, if any."""
    text = ctx.text
    line_start = max(text.rfind("\n", max(0, q.open_mark.start - REACH), q.open_mark.start) + 1,
                     q.open_mark.start - REACH)
    if _TAG_OPEN.search(text, line_start, q.open_mark.start):
        return "markup", "inside an HTML/XML tag"
    before = text[max(sentence.start, q.open_mark.start - 60):q.open_mark.start]
    title_noun, mention_noun, speech_noun, spoken, scare, display = _nouns()
    if (m := mention_noun.search(before)) is not None \
            and not (":" in m.group() and _SPOKEN_IN_WORDS.search(before, 0, m.start())) \
            and not _POSSESSOR_BEFORE.search(before, 0, m.start()):  # "the senators' letters “within …”"
        return "mentioned word", f"after {m.group().strip(' ,:')!r}"
    if (m := scare.search(before)) is not None:
        return "scare quote", f"after {m.group().strip(' ,:')!r}"
    if (m := display.search(before)) is not None:
        return "displayed text", f"after {m.group().strip(' ,:')!r}"
    if previous is not None and _joined_to(ctx, q, previous):
        return previous.reason, f"joined to a span set aside as {previous.reason}"
    # "his grant program, “states were hemorrhaging money”": after a comma only a Title Case span is a title
    # ("The Central American Minors program “is gaining traction,” X told": a lower-case clause is no name)
    if (m := title_noun.search(before)) is not None and ("," not in m.group() or _is_title_case(q.span.text)) \
            and not q.span.text[:1].islower():
        return "title", f"after {m.group().strip(' ,:')!r}"
    if speech_noun.search(before):
        return None  # "the campaign's slogan “Stronger Together”": words someone says, capitals or not
    embedded = _LEAD_BEFORE.fullmatch(text, sentence.start, q.open_mark.start) is None
    in_headline = q.open_mark.start < title_case_headline_end(text)
    colon_sentence = before.rstrip().endswith(":") and q.span.text.rstrip()[-1:] in ".!?"  # ': "No."'
    if embedded and not in_headline and _is_title_case(q.span.text) and not spoken.search(before) \
            and not colon_sentence:
        return "title", "Title Case words inside the reporter's sentence"
    if embedded and not in_headline and _is_title_case(q.span.text) and q.close_mark is not None \
            and _VERB_AFTER.match(text, q.close_mark.end):
        return "title", "a Title Case name that is its clause's subject"  # said "Operation X" had achieved …
    return None


#: "answered with a single word: “No.”", "summed it up in two words: …": words said, not mentioned
_SPOKEN_IN_WORDS = re.compile(r"\b(?:with|in)\s+(?:a|one|two|three|four|five)\s+(?:single\s+)?$", re.IGNORECASE)
_POSSESSOR_BEFORE = re.compile(r"(?:[’']s?|\b(?:his|her|their|its|our|my|your))\s+$", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|can|had been|has been)\b")


def _joined_to(ctx: Context, q: Quote, previous: Dropped) -> bool:
    """``words such as "ambassador," "attack," and "talking points"``: ``q`` follows ``previous``
    joined only by commas and ``and``/``or`` (the next item of a list of such spans)."""
    if previous.reason not in {"mentioned word", "title", "displayed text", "scare quote"}:
        return False
    prev = previous.quote
    gap = ctx.text[prev.close_mark.end if prev.close_mark else prev.span.end:q.open_mark.start]
    if re.fullmatch(r"[\s,]*(?:and|or)?\s*", gap) is None:
        return False
    # a separator between them: in the gap, or a comma closing the previous span ("ambassador,")
    # ("on ABC's ''This Week.'' ''Putin can't …''": a new sentence, not a list)
    return gap.strip() != "" or prev.span.text.rstrip().endswith(",")


def unattributed_reason(ctx: Context, q: Quote, sentence: Bounds) -> tuple[str, str]:
    """The reason a span no rule attributed is dropped: a scare quote, or no speaker found."""
    embedded = _LEAD_BEFORE.fullmatch(ctx.text, sentence.start, q.open_mark.start) is None
    if embedded and len(q.span.text.split()) <= _SCARE_WORDS:
        return "scare quote", f"{len(q.span.text.split())} word(s) inside the reporter's sentence, no cue"
    return "no speaker found", "no reporting clause, no earlier or adjacent speaker"


_NAME_WORD = re.compile(r"[^\W\d_][\w’'\-.]*")


def quoted_cues(text: str, quotes: list[Quote]) -> tuple[list[Quote], list[Dropped]]:
    """Split off the marks that must not hide words from the cue and mention finders: single-quoted
    one-word reporting verbs (``he 'insisted',``) and nicknames inside a name (``Maria "Mia" Santos``)."""
    cues = load_lexicon().cues
    kept, dropped = [], []
    for q in quotes:
        word = q.span.text.strip(",.;:")
        if q.open_mark.text in {"'", "‘", "`"} and " " not in word and word.lower() in cues:
            dropped.append(Dropped(q, "quoted cue", "a reporting verb in quotation marks"))
        elif _is_nickname(text, q, word):
            dropped.append(Dropped(q, "nickname", "a quoted first name between the parts of a name"))
        else:
            kept.append(q)
    return kept, dropped


def _is_nickname(text: str, q: Quote, word: str) -> bool:
    if word.count(" ") > 1 or not all(w[:1].isupper() for w in word.split()) or q.close_mark is None:
        return False
    before = re.search(r"([^\W\d_][\w’'\-.]*)[ \t]+$", text[max(0, q.open_mark.start - 30):q.open_mark.start])
    after = _NAME_WORD.match(text, q.close_mark.end + 1) if text[q.close_mark.end:q.close_mark.end + 1] == " " else None
    if not (before and after and before.group(1)[0].isupper() and after.group()[0].isupper()):
        return False
    lex = load_lexicon()
    if q.open_mark.start < title_case_headline_end(text) or after.group().lower() in lex.word_class("not_name"):
        return False  # "Putin Says Russia 'Ready' For Talks": a Title Case headline, not a name
    return not lex.place_by_word.get(before.group(1).lower())
