"""Finding reporting cues: the verbs and phrases of ``data/cues.tsv`` outside quotes.

A cue form counts only where it is a verb: written in lower case (``United States`` is
no cue), and not right after a determiner or possessive (``a warning``, ``Ukraine’s
calls``) or, for a form that is also a noun, a preposition (``in states like Ohio``) or one
singular name, which a bare verb cannot follow (``Katsina state where …``).
``according to`` (and ``in the words of``) may start a sentence.  ``quoted X as saying`` (or ``as telling``;
also ``cited X as saying``) is one discontinuous cue, whose speaker is X (:func:`quoted_person_at`).  A cue form inside a name or a description is a word of it, no verb
(``state Sen. Jo Hart``, ``the tax-writing committee``): :func:`outside_mentions` drops it.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .lexicon import WORD_START, CueEntry, load_lexicon, union
from ..model import Cue, Mention, Quote, Span
from .quotes import QuoteIndex
from .segment import opens_sentence, title_case_headline_end

__all__ = ["find_cues", "cue_entry", "outside_mentions", "quoted_person_at"]

_NOUN_BEFORE = re.compile(r"(?:\b(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|such|no)"
                          r"|(?<=\w)[’']s|(?<=s)[’'])\s+$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|for|with|from|on|at|about|into|across|among|between|than|like|"
                                 r"without|after|before|over|under)\s+$", re.IGNORECASE)
#: one capitalised word (no plural -s) right before, mid-sentence after a lower-case word other than
#: "and": "in Katsina state" ("We demand", "Police claim" open a sentence)
_SINGULAR_NAME_BEFORE = re.compile(r"(?<!\band)(?<=[a-z])[ \t]+[A-Z][a-z]+(?<!s)[ \t]+$")
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?:[^\n.;:“”\"]{1,80}?)\s+as\s+(?:saying|telling|stating|writing)\b")


_OPENING_INVERSION = re.compile(r"[ \t]+[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3}[ \t]*[,:]")  # "Said Comey,"


_DET_PHRASE = re.compile(r"\b(?:a|an|the|this|that|his|her|their|its|our|my|your|any|no|such)\s+((?:[\w\-]+\s+){1,2})$",
                         re.IGNORECASE)


def _noun_phrase_before(text: str, pos: int) -> bool:
    """``a phone call``, ``his repeated calls``: a determiner and plain words before a noun-like cue.

    A name or a capitalised word in between means a subject instead (``the Kremlin calls``).
    """
    m = _DET_PHRASE.search(text, max(0, pos - 40), pos)
    if not m or not m.group(1).islower() or re.search(r"ly\s+$", m.group(1)):
        return False
    roles = load_lexicon().roles
    return not any(w in roles for w in m.group(1).split())  # "what the bloc calls": a subject, no noun


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    forms = sorted(load_lexicon().cues, key=len, reverse=True)
    alt = union(forms)
    return re.compile(rf"{WORD_START}(?:{alt})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lower_cue_scan() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The cue pattern without IGNORECASE, to run over the lower-cased text (twice as fast: ``re``
    folds the case of every character it compares otherwise), and the characters that rule it out
    for a text: those ``re`` matches to a letter of a cue form that ``str.lower`` does not turn
    into it (``ı``, ``ſ``; from ``re._casefix``, without which there is no shortcut), and ``İ``,
    whose lower case is two characters.  Elsewhere both scans find the same matches."""
    extra = getattr(getattr(re, "_casefix", None), "_EXTRA_CASES", None)
    forms = sorted(load_lexicon().cues, key=len, reverse=True)
    letters = {c for f in forms for c in f if c.isalpha()}
    if not isinstance(extra, dict) or any(c != c.lower() for c in letters):
        return None
    spoilers = {chr(o) for c in letters for o in extra.get(ord(c), ()) if chr(o).lower() != c} | {"\u0130"}
    return (re.compile(rf"{WORD_START}(?:{union(forms)})\b"),
            re.compile("[" + re.escape("".join(sorted(spoilers))) + "]"))


def _cue_matches(text: str):
    """``_cue_pattern().finditer(text)``, the fast way where it gives the same (:func:`_lower_cue_scan`)."""
    lower = _lower_cue_scan()
    if lower is not None and lower[1].search(text) is None:
        return lower[0].finditer(text.lower())
    return _cue_pattern().finditer(text)


def cue_entry(cue: Cue) -> CueEntry | None:
    """The lexicon entry behind a cue (for its roles: addressee, needs 'that', …)."""
    lex = load_lexicon()
    form = " ".join(cue.span.text.lower().split())
    return lex.cues.get(form) or next((e for e in lex.cues.values() if e.lemma == cue.lemma), None)


def find_cues(text: str, sentences: list[Span], quotes: list[Quote]) -> list[Cue]:
    """Every reporting cue outside quotes, in text order."""
    lex = load_lexicon()
    index = QuoteIndex(quotes)
    headline_end = title_case_headline_end(text)
    out: list[Cue] = []
    for m in _QUOTED_AS.finditer(text) if "quoted" in text or "cited" in text else ():  # its literal words
        if not index.touches(m.start(), m.end()):
            out.append(Cue(Span.of(text, m.start(), m.end()), "quote as saying", "phrase", True,
                           form="quoted as saying"))
    taken = [c.span for c in out]
    for m in _cue_matches(text):
        word = text[m.start():m.end()]  # as written (the match may be on the lower-cased text)
        span = Span.of(text, m.start(), m.end())
        if any(span.overlaps(t) for t in taken) or index.touches(m.start(), m.end()):
            continue
        entry = lex.cues[" ".join(word.lower().split())]
        if entry.lemma in {"according to", "in the words of"}:  # a source phrase, no verb: "In the words of X, …"
            out.append(Cue(span, entry.lemma, "according", True))
            continue
        in_headline = m.start() < headline_end and word[:1].isupper() and word[1:].islower()
        opening = word[:1].isupper() and word[1:].islower() and " " not in word \
            and _OPENING_INVERSION.match(text, m.end()) is not None and opens_sentence(text, m.start())
        if not (word.islower() or in_headline or opening):
            continue  # "United States" is no cue, but "Putin Says …" in a Title Case headline is, and so is
            # an inverted "Said Comey, “…”" opening a sentence
        det = _NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if det is not None and (entry.noun or not det.group().lower().startswith("that")):
            continue  # "a warning", "Ukraine’s calls"; but "a report … that says" is a relative clause
        if entry.noun and _noun_phrase_before(text, m.start()):
            continue
        if entry.noun and not word.lower().endswith(("ed", "ing")) \
                and _PREPOSITION_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "in states like Ohio", "for comments": a noun after a preposition
        if entry.noun and word == entry.lemma and _SINGULAR_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Katsina state where …": a bare verb cannot follow one singular name, a noun can
        kind = "phrase" if " " in entry.lemma else "verb"
        out.append(Cue(span, entry.lemma, kind, entry.reported))
    out.sort(key=lambda c: c.span.start)
    return out


def quoted_person_at(cue: Cue) -> int:
    """Where the quoted person of a ``quoted X as saying`` cue starts (blanks before it aside): after the verb."""
    return cue.span.start + len(cue.span.text.split()[0])


#: Mention kinds whose words are never a reporting verb of the sentence.
_NOUN_PHRASES = frozenset({"name", "role", "org", "place", "group"})


def outside_mentions(cues: list[Cue], mentions: list[Mention]) -> list[Cue]:
    """The cues that lie inside no name or description (``state Sen. Jo Hart said``: ``said`` only)."""
    spans = sorted((m.span.start, m.span.end) for m in mentions if m.kind in _NOUN_PHRASES and not m.in_quote)
    starts = [s for s, _ in spans]
    out = []
    for c in cues:
        i = bisect.bisect_right(starts, c.span.start) - 1
        # a mention ending with the cue took a verb in ("the ad states"): the cue stays
        inside = i >= 0 and spans[i][0] <= c.span.start and c.span.end < spans[i][1]
        if not inside:
            out.append(c)
    return out
