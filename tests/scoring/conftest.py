"""Fixtures for the scoring tests: analyses built by hand, independent of the extractor."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from summit_nlp.analysis import Analysis
from summit_nlp.model import Article, Attribution, Cue, Entity, Span, Statement

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_9f4e31e1b15dc781"
STANCE_FIXTURES = ROOT / "tests" / "fixtures" / "stances" / "statements.jsonl"


def _cue_span(text: str, cue: str | None, start: int, end: int, kind: str) -> Span | None:
    """Where the cue is: after the quote for direct quotes, else the nearest occurrence before it."""
    if not cue:
        return None
    word = cue.replace(" (continuation)", "")
    if kind == "direct":
        m = re.compile(re.escape(word)).search(text, end)
        if m and m.start() - end < 40:
            return Span.of(text, m.start(), m.end())
    k = text.rfind(word, 0, start)
    if k < 0:
        k = text.find(word, start)
    return Span.of(text, k, k + len(word)) if k >= 0 else None


def statement(text: str, *, sid: str, start: int, end: int, kind: str, speaker: str | None,
              cue: str | None = None, addressee: str | None = None) -> Statement:
    """A Statement over ``text[start:end]`` with its cue located in the text."""
    span = _cue_span(text, cue, start, end, kind)
    cue_obj = Cue(span=span, lemma=span.text) if span is not None else None
    att = Attribution(speaker_mention=None, cue=cue_obj, rule="gold",
                      continuation=bool(cue and cue.endswith("(continuation)")))
    return Statement(id=sid, span=Span.of(text, start, end), kind=kind, attribution=att,
                     speaker=speaker, addressee=addressee)


def analysis_from_gold(text: str, gold: dict[str, Any], article_id: str = "seed") -> Analysis:
    """An Analysis whose statements and speakers are the gold annotation's."""
    quotes = tuple(
        statement(text, sid=f"q{i}", start=q["start"], end=q["end"], kind=q["kind"], speaker=q["speaker"],
                  cue=q.get("cue"), addressee=q.get("addressee"))
        for i, q in enumerate(gold.get("quotes", []), 1)
    )
    reported = tuple(
        statement(text, sid=f"r{i}", start=r["start"], end=r["end"], kind="indirect", speaker=r["speaker"],
                  cue=r.get("cue"))
        for i, r in enumerate(gold.get("reported_speech", []), 1)
    )
    names = dict(gold.get("speakers", {}))
    for st in quotes + reported:
        if st.speaker and st.speaker not in names:
            names[st.speaker] = [st.speaker]
    entities = tuple(Entity(name=n, kind="person", aliases=tuple(a)) for n, a in names.items())
    return Analysis(article=Article(text=text, id=article_id), sentences=(), quotes=quotes,
                    reported=reported, entities=entities)


@pytest.fixture(scope="session")
def seed_analysis() -> Analysis:
    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    gold = json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))
    return analysis_from_gold(text, gold)


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    return json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))


def one_statement_analysis(text: str, *, speaker: str | None = "Speaker", kind: str = "indirect",
                           start: int = 0, end: int | None = None, cue: str | None = None) -> Analysis:
    """An Analysis holding one statement over ``text[start:end]``."""
    st = statement(text, sid="s1", start=start, end=len(text) if end is None else end, kind=kind,
                   speaker=speaker, cue=cue)
    group = (st,) if kind != "indirect" else ()
    ents = (Entity(name=speaker, kind="person", aliases=(speaker,)),) if speaker else ()
    return Analysis(article=Article(text=text, id="t"), sentences=(), quotes=group,
                    reported=() if group else (st,), entities=ents)
