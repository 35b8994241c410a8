"""A rule-based noun-phrase chunker over :func:`~summit_nlp.scoring.text.tokens`.

No tagger model is used (nltk's need a download); closed word classes come
from ``data/chunk_words.tsv``.  Targets are kept short on purpose: SPEC stance
matching is lenient, so a short faithful noun phrase beats a long one.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicons import chunk_class, word_class
from .text import QUOTE_MARKS, Token

__all__ = ["NounPhrase", "noun_phrase", "infinitive", "verb_phrase", "gerund", "skip_marks", "clean", "is_verb_like",
           "MAX_HEAD_WORDS"]

MAX_HEAD_WORDS = 5
MAX_PPS = 2


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A chunk ``toks[first:end]`` with its parts.

    ``det`` is the opening determiner or possessive (lower case), ``head`` the
    last word before any attachment, ``inf_verb``/``inf_object`` the ``to V O``
    of a control noun (``ambitions to join NATO``).
    """

    first: int
    end: int
    text: str
    det: str | None
    head: str
    inf_verb: str | None = None
    inf_object: str | None = None
    body: str = ""  # the words after the determiner, without the "to V O" part


def skip_marks(toks: tuple[Token, ...], i: int) -> int:
    """The first index at or after ``i`` that is not a quotation mark."""
    while i < len(toks) and toks[i].text in QUOTE_MARKS:
        i += 1
    return i


def clean(text: str) -> str:
    """``text`` without quotation marks (apostrophes inside words stay) and with single spaces."""
    chars = [c if c not in QUOTE_MARKS or _is_apostrophe(text, k) else " " for k, c in enumerate(text)]
    return " ".join("".join(chars).split()).strip(" ,;:.")


def _is_apostrophe(text: str, k: int) -> bool:
    return 0 < k < len(text) - 1 and text[k] in "’'" and text[k - 1].isalnum() and text[k + 1].isalnum()


def _is_possessive(tok: Token) -> bool:
    return tok.lower.endswith(("’s", "'s")) and len(tok.text) > 2


def is_verb_like(tok: Token) -> bool:
    """A lower-case word that is not a determiner, pronoun or break word (after ``to``: a verb)."""
    low = tok.lower
    return (
        tok.is_word
        and tok.text[0].islower()
        and low not in chunk_class("determiner")
        and low not in chunk_class("pronoun")
        and low not in chunk_class("break")
    )


def _is_content(tok: Token, n_content: int) -> bool:
    """Whether ``tok`` can be a modifier or head word of a noun phrase."""
    low = tok.lower
    if not tok.is_word or low in chunk_class("break") or low in chunk_class("pronoun"):
        return False
    if low in chunk_class("determiner") and not _is_possessive(tok):
        return False
    if tok.text[0].islower() and low.endswith("ly") and low not in chunk_class("ly_noun"):
        return False  # an adverb
    if n_content and tok.text[0].islower() and low.endswith("ed"):
        return False  # a participle after the head starts a clause: "the agreement reached in …"
    return True


def _inner_modifier(toks: tuple[Token, ...], i: int, n: int, det: str | None) -> bool:
    """An adverb or a coordinator inside the modifiers after a determiner, with content words on
    after it: ``a legally binding deal``, ``an immediate and unconditional ceasefire``."""
    if det is None or i + 2 >= len(toks):
        return False
    tok, nxt, after = toks[i], toks[i + 1], toks[i + 2]
    if not (nxt.is_word and nxt.text[0].islower() and _is_content(nxt, 1) and _is_content(after, 1)):
        return False
    if tok.lower in ("and", "or"):
        return n > 0 and not nxt.lower.endswith("ly")
    return tok.is_word and tok.text[0].islower() and tok.lower.endswith("ly") and tok.lower not in chunk_class("break")


def _pp_allowed(toks: tuple[Token, ...], i: int) -> bool:
    """Whether the preposition at ``i`` attaches a noun phrase (``to`` only before a name or determiner)."""
    if i >= len(toks) or toks[i].lower not in chunk_class("preposition"):
        return False
    j = skip_marks(toks, i + 1)
    if j >= len(toks) or not toks[j].is_word:
        return False
    if toks[i].lower == "to":
        nxt = toks[j]
        return nxt.text[0].isupper() or nxt.lower in chunk_class("determiner") or nxt.text[0].isdigit()
    return True


def noun_phrase(text: str, base: int, toks: tuple[Token, ...], i: int, *, depth: int = 0) -> NounPhrase | None:
    """The noun phrase starting at token ``i`` (quotation marks skipped), or None.

    ``text`` is the article text and ``base`` 0 when token offsets are article
    offsets.  Pronouns yield None; the caller checks anaphors first.
    """
    i = skip_marks(toks, i)
    first = i
    det = None
    if i < len(toks) and toks[i].lower in chunk_class("determiner"):
        det = toks[i].lower
        i = skip_marks(toks, i + 1)
    n = 0
    last = None
    while i < len(toks) and n < MAX_HEAD_WORDS and (_is_content(toks[i], n) or _inner_modifier(toks, i, n, det)):
        if _is_possessive(toks[i]) and n == 0 and det is None:
            det = toks[i].lower
        last = i
        n += 1
        i = skip_marks(toks, i + 1)
    if last is None:
        return None
    head = toks[last].lower
    body_start = toks[first + (1 if det and toks[first].lower == det and not _is_possessive(toks[first]) else 0)].start
    body_end = toks[last].end
    inf_verb = inf_object = None
    end = last + 1
    if head in word_class("control_noun") and depth == 0:
        inf = _infinitive(text, base, toks, skip_marks(toks, last + 1), depth=depth)
        if inf is not None:
            inf_verb, inf_object, end = inf
    else:
        pps = 0
        while pps < MAX_PPS and _pp_allowed(toks, skip_marks(toks, end)) and depth < 2:
            inner = noun_phrase(text, base, toks, skip_marks(toks, end) + 1, depth=depth + 1)
            if inner is None:
                break
            end = inner.end
            body_end = toks[end - 1].end
            pps += 1
    span_text = clean(text[toks[first].start - base:toks[end - 1].end - base])
    return NounPhrase(
        first=first,
        end=end,
        text=span_text,
        det=det,
        head=head,
        inf_verb=inf_verb,
        inf_object=inf_object,
        body=clean(text[body_start - base:body_end - base]),
    )


def _infinitive(
    text: str, base: int, toks: tuple[Token, ...], i: int, *, depth: int
) -> tuple[str, str, int] | None:
    """``to V [object]`` at token ``i``: (verb, object text, end index), or None."""
    if i + 1 >= len(toks) or toks[i].lower != "to" or not is_verb_like(toks[i + 1]):
        return None
    verb = toks[i + 1].lower
    obj = noun_phrase(text, base, toks, i + 2, depth=depth + 1)
    if obj is None:
        return verb, "", i + 2
    return verb, obj.text, obj.end


def infinitive(text: str, base: int, toks: tuple[Token, ...], i: int) -> tuple[str, str, int] | None:
    """Public form of :func:`_infinitive` for the stance rules."""
    return _infinitive(text, base, toks, i, depth=0)


def verb_phrase(text: str, toks: tuple[Token, ...], i: int) -> tuple[str, int] | None:
    """The verb at token ``i`` with its particle and object, as a gerund phrase: (text, end index).

    ``set up a working group`` -> ``setting up a working group``; with no noun
    object a prepositional one is kept (``travel to Tehran`` -> ``travelling to
    Tehran``).  Token offsets must be article offsets.
    """
    if i >= len(toks) or not is_verb_like(toks[i]):
        return None
    verb = toks[i].lower
    words = [verb if verb.endswith("ing") and len(verb) > 5 else gerund(verb)]
    j = skip_marks(toks, i + 1)
    if j < len(toks) and toks[j].lower in chunk_class("particle"):
        words.append(toks[j].lower)
        j = skip_marks(toks, j + 1)
    obj = noun_phrase(text, 0, toks, j)
    if obj is None and _pp_allowed(toks, j):
        inner = noun_phrase(text, 0, toks, skip_marks(toks, j + 1))
        if inner is not None:
            return " ".join([*words, toks[j].lower, inner.text]), inner.end
    if obj is None:
        return " ".join(words), j
    return " ".join([*words, obj.text]), obj.end


def gerund(verb: str) -> str:
    """The -ing form of a verb: join → joining, cede → ceding, stop → stopping, die → dying."""
    v = verb.lower()
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and len(v) > 2:
        return v[:-1] + "ing"
    vowels = "aeiou"
    syllables = sum(1 for k, ch in enumerate(v) if ch in vowels and (k == 0 or v[k - 1] not in vowels))
    if (
        syllables == 1  # stop → stopping, but open → opening
        and len(v) >= 3
        and v[-1] not in vowels + "wxy"
        and v[-2] in vowels
        and v[-3] not in vowels
    ):
        return v + v[-1] + "ing"
    return v + "ing"
