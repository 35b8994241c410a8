"""The document model: one `Article`, and offset spans into its text.

Every object the pipeline produces points back at character offsets of
``Article.text`` (Python ``str`` indices, the file decoded as UTF-8 and never
normalised).  All classes are frozen dataclasses, so a step can hand its
output to the next without fear of it being changed on the way.
"""

from __future__ import annotations

import hashlib
import os
import sys
import warnings
from dataclasses import dataclass, field, replace
from typing import Any

from .errors import SummitNLPWarning

__all__ = [
    "Span",
    "Article",
    "Mention",
    "Cue",
    "Quote",
    "Attribution",
    "Attributed",
    "Entity",
    "Statement",
    "Extraction",
    "Dropped",
]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` of an article's text, with that text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span | int") -> bool:
        if isinstance(other, int):
            return self.start <= other < self.end
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Article:
    """A news article (or a speech: ``speaker`` set reads it in speech mode) with optional metadata."""

    text: str
    id: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    speaker: str | None = None

    def __post_init__(self) -> None:
        _warn_if_path(self.text)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _warn_if_path(text: object) -> None:
    """Warn when an article's whole text is the path of an existing file (``analyze("seeds/x.txt")``):
    the path's characters would be analysed, giving an empty result that looks like a real one."""
    if not isinstance(text, str) or len(text) > 1024:
        return
    candidate = text.strip()
    if not candidate or "\n" in candidate or not ("/" in candidate or os.sep in candidate or "." in candidate):
        return
    try:
        if not os.path.isfile(os.path.expanduser(candidate)):
            return
    except (OSError, ValueError):
        return
    level = 2  # point the warning at the first caller outside this package (the user's analyze call)
    frame = sys._getframe(1)
    while frame is not None and (frame.f_code.co_filename.startswith(_PACKAGE_DIR)  # or the dataclass __init__:
                                 or (frame.f_code.co_name == "__init__" and frame.f_code.co_filename.startswith("<"))):
        frame, level = frame.f_back, level + 1
    warnings.warn(f"{candidate}: the article text is the path of an existing file, and the path itself is what "
                  f"gets analysed; to analyse the file use summit_nlp.analyze_article("
                  f"summit_nlp.io.read_article({candidate!r}))", SummitNLPWarning, stacklevel=level)


@dataclass(frozen=True, slots=True)
class Mention:
    """A reference to a speaker-like entity.

    ``kind`` is one of ``name`` (a proper name, possibly with a title:
    ``Russian President Vladimir Putin``), ``role`` (a description:
    ``the Russian leader``), ``pronoun``, ``place`` (a country, capital or
    seat of government used as an actor: ``Moscow``, ``the Kremlin``) or
    ``group`` (``analysts``, ``a senior official``).
    """

    span: Span
    kind: str
    head: str  # the name or noun the mention is about, e.g. "Vladimir Putin", "leader", "he"
    title: str | None = None  # title/role words before a name: "Russian President"
    nation: str | None = None  # canonical country the mention's modifiers point to, if any
    plural: bool = False
    in_quote: bool = False

    @property
    def text(self) -> str:
        return self.span.text


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb or phrase (``said``, ``spoke of``, ``according to``)."""

    span: Span
    lemma: str  # dictionary form of the head: "say", "speak of", "according to"
    kind: str = "verb"  # verb | phrase | noun | according
    reported: bool = True  # may introduce reported speech (not only quotes)
    form: str = ""  # how to write a discontinuous cue ("quoted as saying"); default: span text

    @property
    def text(self) -> str:
        return self.form or self.span.text


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation-marked span; ``span`` excludes the marks."""

    span: Span
    open_mark: Span
    close_mark: Span | None  # None for a paragraph of a multi-paragraph quote left open

    @property
    def text(self) -> str:
        return self.span.text


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quote or a piece of reported speech, and how we know."""

    speaker_mention: Mention | None
    cue: Cue | None
    rule: str  # name of the rule that fired, for transparency
    addressee_mention: Mention | None = None
    continuation: bool = False
    confidence: float = 1.0  # how often this rule is right, in [0, 1] (extract/data/rules.tsv)


@dataclass(frozen=True, slots=True)
class Attributed:
    """A quote or piece of reported speech with its attribution, before speakers are resolved."""

    span: Span
    kind: str  # direct | partial | indirect
    attribution: Attribution
    quote: Quote | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """One person, organisation, country or group, with every alias the article uses."""

    name: str
    kind: str  # person | organisation | country | group
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = field(default=(), repr=False)


@dataclass(frozen=True, slots=True)
class Statement:
    """A quote or piece of reported speech with its resolved attribution.

    ``kind`` is ``direct`` or ``partial`` for quotes, ``indirect`` for
    reported speech.  ``speaker``/``addressee`` are canonical entity names
    (``None`` when unknown).
    """

    id: str
    span: Span
    kind: str
    attribution: Attribution
    speaker: str | None
    addressee: str | None = None
    quote: Quote | None = None

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def is_quote(self) -> bool:
        return self.quote is not None

    @property
    def confidence(self) -> float:
        """How often the rule that attributed it is right (``extract/data/rules.tsv``)."""
        return self.attribution.confidence

    @property
    def cue_text(self) -> str | None:
        cue = self.attribution.cue
        if cue is None:
            return None
        return f"{cue.text} (continuation)" if self.attribution.continuation else cue.text


@dataclass(frozen=True, slots=True)
class Dropped:
    """A quotation-marked span that was not kept as a quote, and why.

    ``reason`` is one of a small fixed set (``title``, ``markup``, ``mentioned word``,
    ``no speaker found``, ``below min_confidence`` …); ``detail`` says what made it so.
    """

    quote: Quote
    reason: str
    detail: str = ""

    @property
    def span(self) -> Span:
        return self.quote.span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.quote.text, "start": self.quote.span.start, "end": self.quote.span.end,
                "reason": self.reason, "detail": self.detail}


@dataclass(frozen=True)
class Extraction:
    """What the extraction steps found in one article: the view every later layer reads.

    ``quotes`` and ``reported`` are :class:`Statement` objects in text order,
    ``entities`` the resolved speakers.  Scoring takes an ``Extraction``;
    :class:`~summit_nlp.analysis.Analysis` is an ``Extraction`` with its scores.
    In speech mode (SPEC section 2b) ``speaker`` is the speech's speaker and ``speech``
    holds every sentence as one of its statements (ids ``s1``, ``s2`` …); ``quotes`` and
    ``reported`` then hold only what the speaker quotes or reports of others.
    ``mentioned`` holds the named organisations and countries that neither speak nor are
    addressed; :attr:`cast` is ``entities`` followed by them (the output's ``speakers``).
    """

    article: Article
    sentences: tuple[Span, ...]
    quotes: tuple[Statement, ...]
    reported: tuple[Statement, ...]
    entities: tuple[Entity, ...]
    dropped: tuple[Dropped, ...] = ()
    speech: tuple[Statement, ...] = ()
    speaker: str | None = None
    mentioned: tuple[Entity, ...] = ()

    @property
    def cast(self) -> tuple[Entity, ...]:
        """Every entity the article names or hears from: ``entities``, then the ``mentioned`` ones
        no later layer listed under the same name; one a later layer did list (a country an act
        is aimed at) keeps the aliases extraction found for it too."""
        mentioned = {e.name: e for e in self.mentioned}
        out = []
        for e in self.entities:
            known = mentioned.pop(e.name, None)
            if known is not None:
                aliases = tuple(dict.fromkeys(known.aliases + e.aliases))
                e = replace(e, aliases=aliases, mentions=known.mentions + e.mentions)
            out.append(e)
        return tuple(out) + tuple(mentioned.values())

    @property
    def statements(self) -> tuple[Statement, ...]:
        """Quotes and reported speech together, in text order."""
        return tuple(sorted(self.quotes + self.reported, key=lambda s: (s.span.start, s.span.end)))

    def entity(self, name: str) -> Entity | None:
        """The entity with canonical name ``name``."""
        return next((e for e in self.entities if e.name == name), None)
