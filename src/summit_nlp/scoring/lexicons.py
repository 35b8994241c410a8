"""Loading the scoring layer's data files: VADER's lexicon, our supplement, hedges, act triggers and word classes.

Every loader is wrapped in ``lru_cache`` and returns immutable objects, so the
files are read once per process and nothing global can be changed by a caller.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from ..errors import SummitNLPError

__all__ = [
    "TonePattern",
    "ActType",
    "ActTrigger",
    "vader_lexicon",
    "supplement_lexicon",
    "combined_lexicon",
    "tone_patterns",
    "act_types",
    "act_triggers",
    "act_rule_confidence",
    "tone_act_bounds",
    "word_class",
    "pattern_regex",
    "pattern_core",
    "on_word_boundaries",
    "chunk_class",
]

_DATA = "summit_nlp.scoring.data"


@dataclass(frozen=True, slots=True)
class TonePattern:
    """One row of ``tone_lexicon.tsv``."""

    dimension: str
    pole: int  # +1 or -1
    pattern: str


@dataclass(frozen=True, slots=True)
class ActType:
    """One row of ``act_types.tsv``: an act type of SPEC section 2 and what follows from it."""

    act: str
    polarity: str  # cooperative | conflictual
    intensity: float  # on the conflict-cooperation scale, -10 .. +10
    issue_stance: str  # favor | against: the stance toward what the act is about


@dataclass(frozen=True, slots=True)
class ActTrigger:
    """One row of ``act_triggers.tsv``: words that carry an act, and how its target is read."""

    act: str
    frame: str
    negated: str  # what the trigger is when negated: an act type, or "-" for no act
    pattern: str
    source: str


@lru_cache(maxsize=None)
def _data_rows(name: str, n_fields: int) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of a data file, without comment (``#``) and blank lines."""
    text = importlib.resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < n_fields:
            raise SummitNLPError(f"{name}:{lineno}: expected {n_fields} tab-separated fields")
        rows.append(tuple(f.strip() for f in fields))
    return tuple(rows)


@lru_cache(maxsize=1)
def vader_lexicon() -> Mapping[str, float]:
    """VADER's lexicon, read from the installed ``vaderSentiment`` wheel (MIT licence).

    nltk's own loader only accepts resources on its data path, so the file is
    read here and handed to the analyzer as a dict (see ``sentiment.py``).
    """
    try:
        text = importlib.resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(
            encoding="utf-8"
        )
    except (ModuleNotFoundError, FileNotFoundError) as exc:  # pragma: no cover - dependency missing
        raise SummitNLPError(f"vaderSentiment: lexicon not found ({exc})") from exc
    lex: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0]:
            lex[fields[0]] = float(fields[1])
    return MappingProxyType(lex)


@lru_cache(maxsize=1)
def supplement_lexicon() -> Mapping[str, float]:
    """Our diplomatic supplement (``data/vader_supplement.tsv``): word -> valence."""
    return MappingProxyType({w.lower(): float(v) for w, v, *_ in _data_rows("vader_supplement.tsv", 2)})


@lru_cache(maxsize=1)
def combined_lexicon() -> Mapping[str, float]:
    """VADER's lexicon with the supplement's entries added or replacing VADER's."""
    return MappingProxyType({**vader_lexicon(), **supplement_lexicon()})


@lru_cache(maxsize=1)
def tone_patterns() -> tuple[TonePattern, ...]:
    """The rows of ``data/tone_lexicon.tsv``."""
    return tuple(
        TonePattern(dimension=d, pole=1 if p == "+" else -1, pattern=pat)
        for d, p, pat, *_ in _data_rows("tone_lexicon.tsv", 3)
    )


@lru_cache(maxsize=1)
def certainty_rows() -> tuple[tuple[int, str], ...]:
    """The ``certainty`` rows of the hedging lexicon as ``(pole, pattern)``, longest pattern first
    (the order the tone scorer breaks ties in)."""
    return tuple(sorted(((tp.pole, tp.pattern) for tp in tone_patterns() if tp.dimension == "certainty"),
                        key=lambda r: len(r[1]), reverse=True))


@lru_cache(maxsize=1)
def act_types() -> Mapping[str, ActType]:
    """The rows of ``data/act_types.tsv`` by act name, in SPEC order."""
    return MappingProxyType({a: ActType(a, pol, float(i), st) for a, pol, i, st, *_ in _data_rows("act_types.tsv", 4)})


@lru_cache(maxsize=1)
def act_triggers() -> tuple[ActTrigger, ...]:
    """The rows of ``data/act_triggers.tsv``; every act and frame named there must exist."""
    rows = tuple(ActTrigger(a, f, n, p, src) for a, f, n, p, src, *_ in _data_rows("act_triggers.tsv", 5))
    for row in rows:
        if row.act not in act_types() or row.negated not in (*act_types(), "-"):
            raise SummitNLPError(f"act_triggers.tsv: unknown act in {row}")
    return rows


@lru_cache(maxsize=1)
def tone_act_bounds() -> Mapping[str, float]:
    """The rows of ``data/tone_acts.tsv``: act -> the VADER compound bound that gives it."""
    rows = {a: float(b) for a, b, *_ in _data_rows("tone_acts.tsv", 2)}
    for act in rows:
        if act not in act_types():
            raise SummitNLPError(f"tone_acts.tsv: unknown act {act}")
    return MappingProxyType(rows)


@lru_cache(maxsize=1)
def _act_rules() -> Mapping[str, float]:
    return MappingProxyType({r: float(c) for r, c, *_ in _data_rows("act_rules.tsv", 2)})


def act_rule_confidence(family: str) -> float:
    """The measured confidence of an act rule family (``data/act_rules.tsv``; 0.5 when unlisted)."""
    return _act_rules().get(family, 0.5)


@lru_cache(maxsize=None)
def word_class(family: str, keep_case: bool = False) -> frozenset[str]:
    """The words of one class of ``data/act_words.tsv`` (``negator``, ``anaphor`` …), lower-cased
    unless ``keep_case``."""
    return frozenset(w if keep_case else w.lower() for c, w, *_ in _data_rows("act_words.tsv", 2) if c == family)


def pattern_core(pattern: str) -> str:
    """A data-file pattern as regex source: spaces match whitespace, a trailing ``*`` any word ending."""
    src = pattern.replace(" ", r"\s+")
    return src[:-1] + r"[\w-]*" if src.endswith("*") else src


def on_word_boundaries(alternatives: str) -> str:
    """``alternatives`` (regex source) matched only as whole words.

    The boundary checks wrap the whole alternation, not each alternative: the
    regex engine then tests them once per position (about ten times faster).
    """
    return rf"(?<![\w-])(?:{alternatives})(?![\w-])"


def pattern_regex(pattern: str) -> str:
    """One data-file pattern as a whole-word regex source."""
    return on_word_boundaries(pattern_core(pattern))


@lru_cache(maxsize=None)
def chunk_class(name: str) -> frozenset[str]:
    """One word class of ``data/chunk_words.tsv`` (``determiner``, ``pronoun``, ``break`` …)."""
    return frozenset(w.lower() for c, w, *_ in _data_rows("chunk_words.tsv", 2) if c == name)

