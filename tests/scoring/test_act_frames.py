"""Frames and subjects on hand-built sentences: reporter's frames with group subjects and
appositions, elided and controlled subjects, refusals to yield, noun subjects of "must"."""

from __future__ import annotations

import pytest

from conftest import one_statement_analysis, statement
from summit_nlp import analyze
from summit_nlp.analysis import Analysis
from summit_nlp.model import Article, Entity
from summit_nlp.scoring import score_analysis

QUOTE = " “We need help now,” said Amina Diallo."


def _with_quote(text: str, entities: tuple[Entity, ...] = ()) -> Analysis:
    """The text followed by one attributed quote: reporter's frames are read next to statements."""
    full = text + QUOTE
    start = full.index("We need")
    st = statement(full, sid="q1", start=start, end=full.index(",”"), kind="direct", speaker="Amina Diallo",
                   cue="said")
    ents = (Entity("Amina Diallo", "person", ("Amina Diallo",)), *entities)
    return Analysis(article=Article(text=full, id="t"), sentences=(), quotes=(st,), reported=(), entities=ents)


def _frame_acts(a: Analysis) -> list[tuple[str, str, str | None]]:
    return [(x.speaker, x.act, x.target) for x in score_analysis(a).acts if x.rule.startswith("frame/")]


@pytest.mark.parametrize(("text", "speaker", "act"), [
    ("Opposition parties accused the government of drifting away from its partners.", "Opposition parties",
     "criticize"),
    ("Aid agencies have warned for months that famine is spreading.", "Aid agencies", "warn"),
    ("The Scotch Whisky Association welcomed the progress.", "Scotch Whisky Association", "praise"),
])
def test_a_group_or_organisation_subject_is_the_speaker_of_a_reporters_frame(text: str, speaker: str,
                                                                              act: str) -> None:
    a = _with_quote(text)
    assert [(s, x) for s, x, _ in _frame_acts(a)] == [(speaker, act)]
    assert speaker in {e.name for e in score_analysis(a).entities}  # listed in speakers


def test_a_bare_group_noun_names_no_speaker() -> None:
    assert _frame_acts(_with_quote("Officials welcomed the progress.")) == []


def test_an_apposition_between_subject_and_verb_is_skipped() -> None:
    envoy = Entity("Ramtane Lamamra", "person", ("Ramtane Lamamra", "Lamamra"))
    a = _with_quote("UN envoy Ramtane Lamamra, who attended both days as an observer, welcomed the deal.", (envoy,))
    assert _frame_acts(a) == [("Ramtane Lamamra", "praise", None)]


def test_a_verb_after_but_shares_the_subject_before_it() -> None:
    text = "Guo Lin said China remained committed to dialogue but would firmly defend its sovereignty."
    body = "China remained committed to dialogue but would firmly defend its sovereignty."
    start = text.index(body)
    st = statement(text, sid="r1", start=start, end=start + len(body), kind="indirect", speaker="Guo Lin")
    ents = (Entity("Guo Lin", "person", ("Chinese foreign ministry spokesman Guo Lin", "Guo Lin")),)
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=(st,), entities=ents)
    assert [x.act for x in score_analysis(a).acts] == ["offer", "threaten"]


@pytest.mark.parametrize(("quote", "expected"), [
    ("I intend to keep the channels open for as long as they are useful", [("offer", None)]),
    ("We will not be bullied on trade", [("reject", None)]),
    ("The guns must fall silent now, not after another round of meetings", [("demand", None)]),
    ("Numbers should follow demand", [("demand", None)]),
])
def test_speakers_own_words(quote: str, expected: list[tuple[str, str | None]]) -> None:
    text = f"“{quote},” she said."
    a = one_statement_analysis(text, speaker="Speaker", kind="direct", start=1, end=1 + len(quote), cue="said")
    assert [(x.act, x.target) for x in score_analysis(a).acts] == expected


def test_a_noun_subject_of_must_presses_no_one_in_a_speech() -> None:
    assert [a.act for a in analyze("The guns must fall silent now.", "s", speaker="Kenya").acts] == []
    assert [a.act for a in analyze("Russia must withdraw its troops.", "s", speaker="Kenya").acts] == ["demand"]


def test_a_request_whose_object_runs_into_a_closing_mark_reads_without_error() -> None:
    from summit_nlp import analyze

    # a headline: the noun phrase after "insists" ends at the last token but for a closing mark
    acts = analyze("Ottawa readies €40bn list of tariffs while Joly insists door to a deal ‘remains open’").acts
    assert all(a.speaker == "Joly" for a in acts)


def test_a_description_holding_an_evaluation_word_is_judged_by_it_not_by_vader() -> None:
    # VADER scores this description positive ("motivated"); its evaluation words make it a criticism
    text = 'Chile called the decision "discriminatory and politically motivated."'
    assert [a.act for a in score_analysis(one_statement_analysis(text, speaker="Chile")).acts] == ["criticize"]


def test_a_describing_verb_after_a_determiner_is_a_noun_and_describes_nothing() -> None:
    # "a call … as we were discussing the crisis": no description "as …", so no criticism
    text = "We received a call an hour ago as we were discussing the war in the north."
    assert score_analysis(one_statement_analysis(text, speaker="Chile")).acts == ()
    text = 'Chile called the decision "a disgrace."'
    assert [a.act for a in score_analysis(one_statement_analysis(text, speaker="Chile")).acts] == ["criticize"]


def test_two_parties_trading_accusations_criticise_each_other() -> None:
    from conftest import statement
    from summit_nlp.analysis import Analysis
    from summit_nlp.model import Article, Entity
    from summit_nlp.scoring import score_analysis
    text = "Poland and Ukraine traded accusations over grain imports. Poland said the ban would stay."
    s = text.index("the ban")
    st = statement(text, sid="r1", start=s, end=len(text), kind="indirect", speaker="Poland")
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=(st,),
                 entities=(Entity("Poland", "country", ("Poland",)), Entity("Ukraine", "country", ("Ukraine",))))
    got = [(x.speaker, x.act, x.target) for x in score_analysis(a).acts]
    assert ("Poland", "criticize", "Ukraine") in got and ("Ukraine", "criticize", "Poland") in got
