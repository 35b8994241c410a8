"""Documents as speakers: the speaker-resolution rules for statements, resolutions and reports
(part of family 3 of :mod:`.resolve`, whose module docstring states the families).

* *issuer* — ``The General Assembly on Thursday adopted a resolution``: a document is the
  subject's of the verb that issues it (``data/words.tsv`` ``issue_verb``); ``The resolution
  condemns …`` after it is the same document, so the same issuer's;
* *voted* — a resolution whose issuer no rule found is the deliberative body named last before
  it (``The resolution urges …`` after ``The Security Council voted …``);
* *introduced* — ``…," the statement said`` is the speaker of the clause that introduced the
  statement (``the ministry said in a statement``, ``Minsk issued a statement``).

:class:`DocumentRules` is a part of the resolver, as :class:`~.pronouns.PronounRules` is: it reads
the resolver's context (``ctx``), its mention-to-entity map (``of``), its lexicon (``lex``) and
links through ``_link``/``_latest``/``entity_of``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import load_lexicon, union
from .naming import role_class
from ..model import Attributed, Mention

if TYPE_CHECKING:
    from .builder import EntityBuilder as _Builder

__all__ = ["DocumentRules"]


class DocumentRules:
    """The document methods of the speaker resolver (mixed into it; no state of their own)."""

    def _issuer_subject(self, d: Mention) -> _Builder | None:
        """``The General Assembly on Thursday adopted a resolution``: the subject of the verb that
        issues the document (``data/words.tsv`` ``issue_verb``)."""
        sentence = self.ctx.sentence_at(d.span.start)
        lead = self.ctx.text[sentence.start:d.span.start]
        if not _issue_verb_before().search(lead):
            return None
        subject = self.ctx.sentence_subject(sentence, d.span.start)
        return self.of.get(subject.span.start) if subject is not None else None

    def _earlier_document(self, d: Mention) -> _Builder | None:
        """``The resolution condemns …`` after ``… adopted a resolution``: the same document's issuer."""
        if not d.text.lower().startswith(("the ", "this ", "that ")):
            return None
        earlier = next((x for x in self.ctx.mentions_back(d.span.start, 0)
                        if x.kind == "role" and x.head == d.head and x.span.start in self.of), None)
        return self.of[earlier.span.start] if earlier is not None else None

    def resolve_voted_documents(self, mentions: list[Mention]) -> None:
        """``The resolution urges …`` after ``The Security Council voted …``: a resolution whose
        issuer no rule found is the deliberative body named last before it (before pronouns, so
        that ``It also calls on …`` is that body too)."""
        bodies = self.lex.word_class("deliberative_body")
        for m in mentions:
            if m.kind == "role" and m.head in self.lex.word_class("voted_document") and not m.in_quote \
                    and m.span.start not in self.of:
                body = self._latest(m.span.start, lambda e: e.kind == "organisation"
                                    and e.name.split()[-1].lower() in bodies)
                if body is not None:
                    self._link(m, body)

    def resolve_documents(self, items: list[Attributed]) -> None:
        """``…," the statement said``: the speaker of the clause that introduced the statement
        (``the ministry said in a statement``, ``Minsk issued a statement``)."""
        docs = [m for m in self.ctx.mentions if m.kind == "role" and role_class(m.head) == "document"
                and m.span.start not in self.of and not m.in_quote]
        if not docs:
            return
        speaker_in: dict[int, _Builder] = {}
        for item in sorted(items, key=lambda a: a.span.start):
            sm = item.attribution.speaker_mention
            if sm is None:
                continue
            if sm.kind == "role" and role_class(sm.head) == "document" and sm.span.start not in self.of:
                earlier = [d for d in docs if d.span.start < sm.span.start
                           and self.ctx.sentence_index(d.span.start) in speaker_in]
                if earlier:
                    self._link(sm, speaker_in[self.ctx.sentence_index(earlier[-1].span.start)])
                continue
            e = self.entity_of(sm)
            if e is not None:
                speaker_in.setdefault(self.ctx.sentence_index(item.span.start), e)
                if item.attribution.cue is not None:
                    speaker_in.setdefault(self.ctx.sentence_index(item.attribution.cue.span.start), e)


@lru_cache(maxsize=1)
def _issue_verb_before() -> re.Pattern[str]:
    verbs = union(load_lexicon().word_class("issue_verb"))
    return re.compile(rf"\b(?:{verbs})\s+(?:(?:a|an|the|its|their|his|her|joint|new|draft|\w+-\w+)\s+){{0,3}}$",
                      re.IGNORECASE)
