"""Speech mode (SPEC section 2b): a speech, transcript or statement read as one speaker's words.

:func:`speech_mode` turns an extraction of the text into a speech of ``speaker``: every
sentence becomes a statement of the speaker (``kind`` ``speech``, ids ``s1``, ``s2`` …, rule
``speech_mode``); quotes and reported speech keep only what the speaker quotes or reports of
others (items attributed to the speaker, or to nobody, are its own words and are dropped);
the speaker is the first entity, and an entity the extractor made of the speaker's own name
(``Russia`` in a speech of the ``Russian Federation``) is folded into it.  The act rules then
read every sentence, ``we``/``our country``/``my delegation`` being the speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Attribution, Entity, Extraction, Statement
from .parties import find_parties
from .text import has_words

__all__ = ["speech_mode", "SPEECH_RULE"]

SPEECH_RULE = "speech_mode"


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).lower()


def speech_mode(extraction: Extraction, speaker: str) -> Extraction:
    """The extraction as a speech of ``speaker`` (module docstring)."""
    speaker = " ".join(str(speaker).split())
    sentences = extraction.sentences
    att = Attribution(speaker_mention=None, cue=None, rule=SPEECH_RULE)
    speech = tuple(Statement(id=f"s{k}", span=sent, kind="speech", attribution=att, speaker=speaker)
                   for k, sent in enumerate((s for s in sentences if has_words(s.text)), 1))
    probe = replace(extraction, entities=(), speaker=speaker)
    own_forms = {m.span.text for m in find_parties(probe, speaker).mentions if m.party == speaker}
    own_keys = {_key(speaker)} | {_key(f) for f in own_forms}
    folded = [e for e in extraction.entities if _key(e.name) in own_keys or any(_key(a) in own_keys for a in e.aliases)]
    others = tuple(e for e in extraction.entities if e not in folded)
    aliases = tuple(dict.fromkeys([*sorted(own_forms), *(a for e in folded for a in (e.name, *e.aliases)
                                                       if a[:1].isupper())]))
    me = Entity(name=speaker, kind=folded[0].kind if folded else "speaker", aliases=aliases,
                mentions=tuple(m for e in folded for m in e.mentions))
    names = {speaker, *(e.name for e in folded)}
    return replace(extraction, quotes=_of_others(extraction.quotes, names),
                   reported=_of_others(extraction.reported, names), entities=(me, *others),
                   speech=speech, speaker=speaker)


def _of_others(items: tuple[Statement, ...], own: set[str]) -> tuple[Statement, ...]:
    """What the speaker quotes or reports of others: items with a speaker that is not the speaker."""
    return tuple(st for st in items if st.speaker is not None and st.speaker not in own)
