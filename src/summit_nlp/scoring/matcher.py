"""Finding many short patterns in a text fast: a dictionary of literal word heads, then anchored regexes.

Python's ``re`` tries every alternative of a big alternation at every word
start; with ~200 patterns that made tone and stance scoring cost more than
extraction.  Here each word start of the text looks up, by its prefixes, only
the patterns whose literal head (the text before the first regex syntax) it
begins with, and runs just those anchored regexes.  Results are the same
matches a whole-word alternation would give, but all of them, overlapping,
so each caller picks its own (longest-first, left-to-right).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from .lexicons import pattern_core

__all__ = ["PhraseMatcher", "build_matcher"]

_WORD_CACHE = 50_000  # words remembered per matcher (a cache: results do not depend on it)
_WORD_START = re.compile(r"(?<![\w-])\w[\w’'-]*")
_SYNTAX = set("()[]?*+\\|{}.^$ ")
_WHOLE_WORD = re.compile(r"[\w’'-]+")  # a head of these ends a word of the text where a blank follows it


@dataclass(frozen=True)
class PhraseMatcher:
    """Patterns indexed by literal head; :meth:`find` returns ``(start, end, pattern index)``."""

    heads: Mapping[str, tuple[tuple[int, re.Pattern[str]], ...]]
    headless: tuple[tuple[int, re.Pattern[str]], ...]
    prefixes: frozenset[str]  # every prefix of every head: a word leaving this set can match no head
    #: (head, pattern index) where the pattern needs a blank right after the head ("not acceptable"):
    #: a pattern is not tried at a word longer than all its heads of this kind ("nothing")
    whole: frozenset[tuple[str, int]] = frozenset()
    #: per headless pattern, a word it cannot match without ("solidarity"): the pattern is tried
    #: at every word start only in a text holding it
    headless_needs: tuple[str, ...] = ()  # empty: no filter
    _by_word: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = field(default_factory=dict, repr=False,
                                                                          compare=False)

    def _candidates(self, word: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """The patterns whose head the word begins with (memoised per word: words repeat)."""
        found = self._by_word.get(word)
        if found is None:
            out: list[tuple[str, tuple[int, re.Pattern[str]]]] = []
            for k in range(1, len(word) + 1):
                key = word[:k]
                if key not in self.prefixes:
                    break
                out += [(key, c) for c in self.heads.get(key, ())]
            # a pattern every head of which found here needs a blank after it cannot match in a longer word
            live = {c[0] for key, c in out if key == word or (key, c[0]) not in self.whole}
            found = tuple(c for _, c in out if c[0] in live)
            if len(self._by_word) > _WORD_CACHE:
                self._by_word.clear()
            self._by_word[word] = found
        return found

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """Every whole-word match of every pattern, sorted by start, longest first."""
        out: list[tuple[int, int, int]] = []
        low = _lower_same_length(text)
        by_word, candidates = self._by_word, self._candidates
        headless = self.headless
        if self.headless_needs and not any(c in low for c in _FOLDS_TO_ASCII):
            headless = tuple(h for h, need in zip(headless, self.headless_needs) if need in low)
        for w in _WORD_START.finditer(low):
            word = w.group()
            cands = by_word.get(word)
            if cands is None:
                cands = candidates(word)
            if cands:
                start = w.start()
                for idx, rx in cands:
                    m = rx.match(text, start)
                    if m:
                        out.append((start, m.end(), idx))
            for idx, rx in headless:
                m = rx.match(text, w.start())
                if m:
                    out.append((w.start(), m.end(), idx))
        out.sort(key=lambda t: (t[0], t[0] - t[1], t[2]))
        return out


#: The characters ``re.IGNORECASE`` matches with an ASCII letter that ``str.lower`` does not turn
#: into it (İ, ı ~ i; ſ ~ s): a text holding one is not pre-filtered by lower-case substrings.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f"


def _required_word(pattern: str) -> str:
    """The longest literal run a data-file pattern must contain, lower-cased ("" if none): its
    top-level literal text, outside every group and character class, cut at syntax and blanks
    (blanks match any whitespace), less a last letter made optional by ``?``, ``*`` or ``{``;
    nothing when the pattern has a top-level ``|``."""
    best, run, depth, k = "", "", 0, 0
    low = pattern.lower()
    while k <= len(low):
        c = low[k] if k < len(low) else " "
        if depth == 0 and c not in _SYNTAX and c != "[":
            run += c
            k += 1
            continue
        if c in "?*{":
            run = run[:-1]
        if len(run) > len(best):
            best = run
        run = ""
        if c == "|" and depth == 0:
            return ""
        if c == "\\":
            k += 1
        elif c == "[":  # a class: skip to its "]" (a "]" first in it, or escaped, is a member)
            k += 2 if low.startswith("[^", k) else 1
            k += low[k:k + 1] == "]"
            while k < len(low) and low[k] != "]":
                k += 2 if low[k] == "\\" else 1
        elif c == "{":
            k = low.find("}", k) if "}" in low[k:] else len(low)
        depth += c == "("
        depth -= c == ")"
        k += 1
    return best


def _lower_same_length(text: str) -> str:
    """``text.lower()``, except characters whose lower case is longer (``İ``) stay, so offsets agree."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _head(pattern: str) -> str:
    """The literal lower-case text a pattern must start with ("" when it starts with regex syntax)."""
    low = pattern.lower()
    k = 0
    while k < len(low) and low[k] not in _SYNTAX:
        k += 1
    head = low[:k]
    if k < len(low) and low[k] in "?*{":
        head = head[:-1]  # the last literal is optional: "favou?r" needs only "favo"
    elif k < len(low) and low[k] == " " and _WHOLE_WORD.fullmatch(head):
        head += " "  # a blank must follow: the head is a whole word of the text ("not acceptable")
    return head


def _group_end(pattern: str, start: int) -> int:
    """The index of the ``)`` closing the group that opens at ``start`` (-1 if unbalanced)."""
    depth = 0
    k = start
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return -1


def _alternatives(body: str) -> list[str]:
    """The top-level ``|`` alternatives of a group's body."""
    out, depth, last = [], 0, 0
    for k, c in enumerate(body):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(body[last:k])
            last = k + 1
    out.append(body[last:])
    return out


def _heads(pattern: str, depth: int = 0) -> list[str]:
    """The literal heads of a pattern.  A leading group (``(?:will|would) not``, ``(?:a )?lie``) gives
    the heads of each alternative followed by the rest, and of the rest alone when the group is
    optional; a pattern with no literal head is tried at every word (slow, so it is avoided). A
    pattern with a top-level ``|`` (``door … open|(?:does not|will not) close (?:any|the) door``) has
    the heads of every alternative."""
    alternatives = _alternatives(pattern)
    if len(alternatives) > 1 and depth <= 4:
        found: list[str] = []
        for alt in alternatives:
            alt_heads = _heads(alt, depth + 1)
            if not alt_heads:
                return []
            found += alt_heads
        return list(dict.fromkeys(found))
    if not pattern.startswith("(?:") or depth > 4:
        head = _head(pattern)
        return [head] if head else []
    end = _group_end(pattern, 0)
    if end < 0:
        return []
    rest = pattern[end + 1:]
    quant = rest[:1]
    if quant in ("*", "{"):
        return []
    optional = quant == "?"
    tail = rest[1:] if optional else rest
    heads: list[str] = []
    for alt in _alternatives(pattern[3:end]):
        if _starts_off_word(alt):
            continue  # "[’']re": matches are tried at word starts only, where it never matches
        alt_heads = _heads(alt + tail, depth + 1)
        if not alt_heads:
            return []
        heads += alt_heads
    if optional:
        tail_heads = _heads(tail, depth + 1)
        if not tail_heads:
            return []
        heads += tail_heads
    return list(dict.fromkeys(heads))


def _starts_off_word(alternative: str) -> bool:
    """Whether an alternative must begin with a character that opens no word (``[’']re``, ``’s``):
    the matcher tries patterns only at word starts (``_WORD_START``), where it can never match."""
    if alternative.startswith("["):
        end = alternative.find("]", 1)
        members = alternative[1:end] if end > 0 else ""
        return bool(members) and not members.startswith("^") and "\\" not in members \
            and not any(c.isalnum() or c == "_" for c in members)
    return bool(alternative) and not (alternative[0].isalnum() or alternative[0] in "_\\([.")


def build_matcher(patterns: Sequence[str]) -> PhraseMatcher:
    """A matcher for data-file patterns (see :func:`~summit_nlp.scoring.lexicons.pattern_core`)."""
    heads: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    headless: list[tuple[int, re.Pattern[str]]] = []
    whole: set[tuple[str, int]] = set()
    for idx, pattern in enumerate(patterns):
        rx = re.compile(rf"(?:{pattern_core(pattern)})(?![\w-])", re.IGNORECASE)
        pattern_heads = _heads(pattern)
        keys = list(dict.fromkeys(h.rstrip(" ") for h in pattern_heads))  # "not " is "not", needing a blank
        for key in keys:
            heads.setdefault(key, []).append((idx, rx))
            # (only when every head is made of word characters: then any head the text holds at a word
            # start is a prefix of that word, and none is missed)
            if all(h.endswith(" ") for h in pattern_heads if h.rstrip(" ") == key) \
                    and all(_WHOLE_WORD.fullmatch(k) for k in keys):
                whole.add((key, idx))
        if not pattern_heads:
            headless.append((idx, rx))
    needs = tuple(_required_word(patterns[idx]) for idx, _ in headless)
    return PhraseMatcher(
        heads={h: tuple(v) for h, v in heads.items()},
        headless=tuple(headless),
        prefixes=frozenset(h[:k] for h in heads for k in range(1, len(h) + 1)),
        headless_needs=needs if all(n and n.isascii() for n in needs) else (),  # the folds checked are ASCII's
        whole=frozenset(whole),
    )
