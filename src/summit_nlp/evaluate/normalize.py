"""Name, alias, cue and target normalisation, read with the word lists of ``evaluate/data/``.

Decides when two speakers, two cues or two stance targets count as the same
(SPEC section 4).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any, Mapping

from .matching import _interval, _overlap

AliasIndex = Mapping[str, frozenset[str]]


# ------------------------------------------------------------------ lexicons
@cache
def _lexicon(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``evaluate/data/<name>``: comment lines (``#``) and blanks skipped, split on tabs."""
    text = resources.files("summit_nlp.evaluate").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


@cache
def _word_set(name: str) -> frozenset[str]:
    return frozenset(row[0].strip() for row in _lexicon(name))


@cache
def _irregular_verbs() -> Mapping[str, str]:
    return {form.strip(): base.strip() for form, base in _lexicon("irregular_verbs.tsv")}


@cache
def _stemmer() -> Any:
    from nltk.stem.porter import PorterStemmer  # pure code, no downloaded data

    return PorterStemmer()


# ------------------------------------------------------------ normalisation
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _fold(text: object) -> str:
    """Lower case, compatibility-normalised, curly apostrophes made straight."""
    return unicodedata.normalize("NFKC", str(text)).translate(_APOSTROPHES).lower()


def normalize_name(name: str) -> str:
    """A speaker name for comparison: case, punctuation, spacing and a leading "the" ignored."""
    words = re.sub(r"[^\w\s]", "", re.sub(r"'s\b", "", _fold(name))).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _normalize_alias(alias: str) -> str:
    """An alias as the alias metric compares it: case-insensitive, whitespace-normalised."""
    return " ".join(_fold(alias).split())


def _stem(word: str) -> str:
    """Comparison key of a word: irregular forms to the base, then Porter, then undoubled.

    Undoubling the last letter keeps ``add``/``added`` and ``tell``/``told``
    together where Porter alone splits them (``added`` → ``ad``).
    """
    stem = _stemmer().stem(_irregular_verbs().get(word, word))
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]
    return stem


def cue_key(cue: str | None) -> str | None:
    """The head of a cue, without inflection: ``"has repeatedly said"`` and ``"says"`` → ``"say"``.

    ``" (continuation)"`` is ignored.  The head is the first word that is not an
    auxiliary, negation, adverb or determiner, else the last word.
    """
    if cue is None:
        return None
    words = _WORD.findall(_fold(str(cue)).replace("(continuation)", " "))
    if not words:
        return None
    skip = _word_set("cue_skip_words.txt")
    head = next((w for w in words[:-1] if w not in skip and not _is_adverb(w)), words[-1])
    return _stem(head.split("'")[0])


def _is_adverb(word: str) -> bool:
    """A word taken for an adverb before a cue's head: ``-ly`` and not a verb like ``reply``."""
    return len(word) > 4 and word.endswith("ly") and word not in _word_set("ly_verbs.txt")


def _content_words(text: str) -> frozenset[str]:
    stop = _word_set("stopwords.txt")
    return frozenset(_stem(w) for w in (t.split("'")[0] for t in _WORD.findall(_fold(text))) if w not in stop)


def targets_match(a: str, b: str) -> bool:
    """Stance targets agree: one contains the other, or they share half the smaller set of content words."""
    fa, fb = f" {_normalize_alias(a)} ", f" {_normalize_alias(b)} "
    if fa.strip() and fb.strip() and (fa in fb or fb in fa):
        return True
    wa, wb = _content_words(a), _content_words(b)
    smaller = min(len(wa), len(wb))
    return smaller > 0 and 2 * len(wa & wb) >= smaller


# ----------------------------------------------------------------- speakers
def _person_surname(normalized: str) -> str | None:
    """The last word of a person-like normalised name, or ``None`` for organisations and places."""
    words = normalized.split()
    while words and words[-1] in ("jr", "sr", "ii", "iii", "iv"):
        words.pop()
    if not words or len(words) > 5 or any(w in _word_set("non_person_words.txt") for w in words):
        return None
    return words[-1]


def _capitalised(name: str) -> bool:
    """Every word of the name starts with a capital letter (a proper name, not a description)."""
    words = [w.lstrip("\"“‘'") for w in re.split(r"[\s\-]+", name.strip()) if w]  # a quoted nickname too
    return bool(words) and words[0].lower() != "the" and all(w[:1].isupper() for w in words)


def _surnames_agree(a: str, b: str) -> bool:
    """Two proper names of persons share their last word and at least one has several words."""
    if not (_capitalised(a) and _capitalised(b)):
        return False
    na, nb = normalize_name(a), normalize_name(b)
    if len(na.split()) < 2 and len(nb.split()) < 2:
        return False
    sa, sb = _person_surname(na), _person_surname(nb)
    return sa is not None and sa == sb


def alias_index(speakers: Any) -> dict[str, frozenset[str]]:
    """Canonical name → its normalised aliases, pronouns left out (they identify no one)."""
    if not isinstance(speakers, Mapping):
        return {}
    pronouns = _word_set("pronouns.txt")
    return {name: frozenset(n for n in (normalize_name(str(a)) for a in _alias_list(aliases))
                            if n and n not in pronouns)
            for name, aliases in speakers.items()}


def _alias_list(aliases: Any) -> list[Any]:
    """The aliases of a ``speakers`` entry; anything but a list counts as none."""
    return list(aliases) if isinstance(aliases, (list, tuple)) else []


def names_agree(pred: str | None, gold: str | None, *, pred_aliases: AliasIndex | None = None,
                gold_aliases: AliasIndex | None = None) -> bool:
    """Two canonical names denote the same speaker (SPEC section 4); two ``None`` agree, one never."""
    if pred is None or gold is None:
        return pred is None and gold is None
    pred, gold = str(pred), str(gold)
    np_, ng = normalize_name(pred), normalize_name(gold)
    if np_ == ng:
        return True
    if ng in (pred_aliases or {}).get(pred, frozenset()) or np_ in (gold_aliases or {}).get(gold, frozenset()):
        return True
    return _surnames_agree(pred, gold)


def speakers_agree(pred: Mapping[str, Any], gold: Mapping[str, Any], *, pred_aliases: AliasIndex | None = None,
                   gold_aliases: AliasIndex | None = None) -> bool:
    """The speakers of a predicted and a gold item agree by name, alias, surname or mention span."""
    ps, gs = pred.get("speaker"), gold.get("speaker")
    if ps is None or gs is None:
        return ps is None and gs is None
    if names_agree(ps, gs, pred_aliases=pred_aliases, gold_aliases=gold_aliases):
        return True
    mention = _interval(pred.get("speaker_mention"))
    source = _interval(gold.get("source_span")) or _interval(gold.get("speaker_mention"))
    return mention is not None and source is not None and _overlap(mention, source) > 0
