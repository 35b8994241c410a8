"""Pronoun resolution: the speaker-resolution rules for he, she, they and it (family 4 of
:mod:`.resolve`, whose module docstring states them).

:class:`PronounRules` is a part of the resolver: it reads the resolver's context (``ctx``), its
mention-to-entity map (``of``), its lexicon (``lex``) and links through ``_link``/``_entity``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import REACH
from .naming import role_class
from ..model import Mention, Span

if TYPE_CHECKING:
    from .builder import EntityBuilder as _Builder

__all__ = ["PRONOUN_HEADS", "PronounRules"]

PRONOUN_HEADS = frozenset({"he", "she", "they", "it"})
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|to|for|against|by|on|at|about|from|behind|beside)\s+$")
#: what may follow an object "her" (not a possessive one: "with her two daughters")
_OBJECT_END = re.compile(r"\s*(?:[.,;:!?)”\"]|\s(?:on|in|at|and|but|to|for|over|after|before|about|as|during|that|when)\b)")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside)\s+(?:the\s+)?$")
_OFFICIALS = frozenset({"diplomat", "official", "spokes", "minister", "military"})
_ASKED = re.compile(r"[\s“\"‘']*(?:Asked|Pressed|Questioned|Quizzed)\b[^.;]*,\s*$")
_PARTICIPLE_INTRO = re.compile(r"[\s“\"‘']*[A-Z][a-z]+ing\b[^.;:“”\"]*,\s*")
_VERB_BETWEEN = re.compile(r"\s+(?:(?:had|has|have|would|will|did|does|could)\s+)?[a-z]+(?:\s+(?:to|with|at|for|about))?\s+")
_BYLINE = re.compile(r"^[ \t]*By[ \t]+([A-Z][\w.’'\-]+(?:[ \t]+[A-Z][\w.’'\-]+){1,3})[ \t]*$", re.MULTILINE)


def byline(text: str) -> str | None:
    """The writer a ``By Marcus Bell`` line names in the article's first lines: who its ``I`` is."""
    m = _BYLINE.search(text, 0, min(len(text), 600))
    return m.group(1) if m else None


class PronounRules:
    """The pronoun methods of the speaker resolver (mixed into it; no state of their own)."""

    def resolve_pronouns(self, mentions: list[Mention], speakers_by_sentence: dict[int, list[Mention]],
                         askers: frozenset[int] = frozenset(), answering: frozenset[int] = frozenset()) -> None:
        """Link every pronoun outside quotes.  ``askers`` are the starts of the speaker mentions of
        questions, ``answering`` those of pronouns that speak a quote: the one who asked is not the
        one who answers (``Whitlow pressed the ambassador: “…?”`` ⏎ ``“…,” he said``)."""
        for m in mentions:
            if not (m.kind == "pronoun" or m.kind == "possessive" and m.head in PRONOUN_HEADS) or m.in_quote:
                continue
            if m.head == "i":
                writer = self._entity(byline(self.ctx.text) or "I", "person")  # the writer, outside quotes
                writer.narrator = True
                self._link(m, writer)
                continue
            e = self._antecedent(m, speakers_by_sentence, askers if m.span.start in answering else frozenset())
            if e is not None:
                self._link(m, e)
                if m.head in {"he", "she"} and e.gender is None:
                    e.gender = "m" if m.head == "he" else "f"

    def _fits(self, pron: Mention, cand: Mention, e: _Builder) -> bool:
        """``e`` may be what ``pron`` stands for; a he/she may stand for an official's description filed
        under a country or organisation (``A Brazilian diplomat called … though he added``)."""
        if self._object_of(pron, cand):
            return False
        if self._compatible(pron, e):
            return True
        return pron.head in {"he", "she"} and cand.kind == "role" and not cand.plural \
            and e.kind in {"country", "organisation"} and role_class(cand.head) in _OFFICIALS

    def _object_of(self, pron: Mention, cand: Mention) -> bool:
        """``Rashid had told him``, ``Reforma quoted him``, ``Lestari spoke to him``: a verb's object
        pronoun is not its subject."""
        return pron.kind == "pronoun" and pron.text.lower() in {"him", "her", "them"} \
            and _VERB_BETWEEN.fullmatch(self.ctx.text, cand.span.end, pron.span.start) is not None

    def _compatible(self, pron: Mention, e: _Builder) -> bool:
        if e.narrator:
            return False  # the writer's "I" is never what a third-person pronoun stands for
        if pron.head == "they":
            return e.kind in {"group", "organisation", "country"}
        if pron.head == "it":  # (a one-word speaker that is no given name may be a company: "Gazprom said")
            company = e.kind == "unknown" and " " not in e.name and e.name not in self.lex.given_names \
                and any(m.span.start in self.speaker_starts for m in e.mentions)
            return (e.kind in {"organisation", "country"} or company) \
                and e.name.lower() not in self.lex.word_class("news_agency")
        if e.kind not in {"person", "person-description", "unknown"}:
            return False
        if e.kind == "unknown" and all(self._opens_sentence(m.span.start) and not m.title and not self._speaks(m)
                                       for m in e.mentions):
            return False  # "Optimism is scarce. … he added": a capitalised word only where any word is one
        want = "m" if pron.head == "he" else "f"
        return e.gender in (None, want)

    def _speaks(self, m: Mention) -> bool:
        """A reporting verb follows ``m`` (through adjuncts): ``Obama said``, ``Carson on Monday told``."""
        cue = next(iter(self.ctx.cues_between(m.span.end, m.span.end + 40)), None)
        return cue is not None and self.ctx.is_adjunct_gap(self.ctx.text[m.span.end:cue.span.start])

    def _opens_sentence(self, pos: int) -> bool:
        i = self.ctx.sentence_index(pos)
        return 0 <= i < len(self.ctx.sentences) and self.ctx.text[self.ctx.sentences[i].start:pos].strip(" “\"‘'(") == ""

    def _antecedent(self, pron: Mention, speakers_by_sentence: dict[int, list[Mention]],
                    skip: frozenset[int] = frozenset()) -> _Builder | None:
        """The entity ``pron`` stands for; never one of the mentions at ``skip``."""
        ctx = self.ctx
        si = ctx.sentence_index(pron.span.start)
        sentence = ctx.sentences[si] if ctx.sentences else Span.of(ctx.text, 0, len(ctx.text))
        if _ASKED.match(ctx.text, sentence.start, pron.span.start) \
                or _PARTICIPLE_INTRO.fullmatch(ctx.text, sentence.start, pron.span.start):
            # "Asked whether the president would travel, he said": the question's words name no answerer;
            # "Speaking with his counterpart, X, he said": nor do the words of a participle's phrase
            sentence = Span.of(ctx.text, pron.span.start, max(pron.span.start, sentence.end))
        # 1. a speaker earlier in this sentence ("X spoke of …, which he said …"), then its subject
        near = [c for c in speakers_by_sentence.get(si, []) if max(sentence.start, pron.span.start - REACH)
                <= c.span.start < pron.span.start]
        for cand in reversed(near):
            e = self.of.get(cand.span.start)
            if e is not None and self._fits(pron, cand, e):
                return e
        subj = ctx.sentence_subject(sentence, pron.span.start)
        # "Dell … sided with her": an object pronoun is not its own clause's subject, nor anyone before it there
        bound = pron.text.lower() in {"him", "her", "them"} \
            and _PREPOSITION_BEFORE.search(ctx.text, max(0, pron.span.start - 12), pron.span.start) is not None \
            and (pron.text.lower() != "her" or _OBJECT_END.match(ctx.text, pron.span.end) is not None)
        if bound:
            subj = None
        if subj is not None and subj.span.start < pron.span.start:
            e = self.of.get(subj.span.start)
            if e is not None and self._fits(pron, subj, e):
                return e
        # "UN envoy Ramtane Lamamra … welcomed what he called": the first person not in a phrase
        for cand in ctx.mentions_between(max(sentence.start, pron.span.start - REACH), pron.span.start) if not bound else ():
            e = self.of.get(cand.span.start)
            if e is not None and e.kind == "person" and self._compatible(pron, e) \
                    and not ctx.after_preposition(cand) and not self._object_of(pron, cand):
                return e
        # 2. speakers, then subjects, then any mention of up to six sentences back
        for back in range(1, 7):
            j = si - back
            if j < 0:
                break
            sent = ctx.sentences[j]
            ordered = list(speakers_by_sentence.get(j, []))
            s = ctx.sentence_subject(sent, sent.end)
            if s is not None:
                ordered.append(s)
            salient = len(ordered)
            rest = list(reversed(ctx.mentions_between(sent.start, sent.end)))
            if pron.head == "they":  # "X met union leaders in Mogadishu. … they said": people before a place
                rest.sort(key=lambda c: (e := self.of.get(c.span.start)) is None or e.kind != "group")
            ordered += rest
            for k, cand in enumerate(ordered):
                e = self.of.get(cand.span.start)
                if e is None or cand.in_quote or not self._fits(pron, cand, e):
                    continue
                if cand.span.start in skip:
                    continue  # the asker of the question before does not answer it
                if e.kind == "unknown" and k >= salient:
                    continue  # a bare capitalised word counts only as a speaker or a subject
                if k >= salient and _LOCATIVE_BEFORE.search(ctx.text, max(0, cand.span.start - 12), cand.span.start):
                    continue  # "at a rally in São Paulo": a place a name stands for, not a person
                return e
        # 3. the nearest compatible mention before it in this sentence
        for cand in ctx.mentions_back(pron.span.start, max(sentence.start, pron.span.start - REACH)):
            e = self.of.get(cand.span.start)
            if e is not None and e.kind != "unknown" and self._fits(pron, cand, e):
                return e
        return self._singular_they(pron, si)

    def _singular_they(self, pron: Mention, si: int) -> _Builder | None:
        """``Alex Moreno, a nonbinary activist, … “…,” they said``: a they with no group, organisation
        or country to stand for (none in six sentences) is the person the sentence before is about,
        when that sentence says the person goes by they (``data/words.tsv`` ``singular_they``) and
        nothing plural is named since; without that, it stays unknown (``Minister X visited the
        township. “…,” they said``: the residents)."""
        if pron.head != "they" or si == 0:
            return None
        prev = self.ctx.sentences[si - 1]
        if not any(w in self.lex.word_class("singular_they") for w in prev.text.lower().replace(",", " ").split()):
            return None
        subj = self.ctx.sentence_subject(prev, prev.end)
        e = self.of.get(subj.span.start) if subj is not None else None
        if e is None or e.kind != "person" or any(
                m.plural or m.kind in {"group", "org", "place"}
                for m in self.ctx.mentions_between(prev.start, pron.span.start) if not m.in_quote and m.kind != "pronoun"):
            return None
        return e
