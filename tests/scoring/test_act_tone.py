"""Tone acts: a statement no trigger reads whose words are clearly negative or positive (act_tone.py)."""

from __future__ import annotations

from conftest import one_statement_analysis, statement
from summit_nlp import analyze
from summit_nlp.analysis import Analysis
from summit_nlp.model import Article, Entity
from summit_nlp.scoring import score_analysis
from summit_nlp.scoring.act_tone import tone_act
from summit_nlp.scoring.lexicons import tone_act_bounds


def test_tone_bounds_are_read_from_data() -> None:
    bounds = tone_act_bounds()
    assert bounds["criticize"] < 0 < bounds["praise"]
    assert tone_act(bounds["criticize"] - 0.1) == "criticize" and tone_act(bounds["praise"]) == "praise"
    assert tone_act(0.0) is None


def test_a_clearly_negative_statement_with_no_trigger_is_a_criticism() -> None:
    text = "This is a farce, a disgusting and cruel policy."  # a trigger reads it: no tone act besides
    acts = score_analysis(one_statement_analysis(text, speaker="Poland", kind="direct")).acts
    assert [a.rule for a in acts] == ["eval:criticize"]
    text = "They are humiliating our farmers and ruining our villages."
    acts = score_analysis(one_statement_analysis(text, speaker="Poland", kind="direct")).acts
    assert [(a.act, a.rule, a.trigger.text) for a in acts] == [("criticize", "tone:criticize", "humiliating")]


def test_a_clearly_positive_statement_is_a_praise_and_neutral_or_hedged_ones_nothing() -> None:
    text = "It was a wonderful, warm and happy day for both our peoples."
    acts = score_analysis(one_statement_analysis(text, speaker="Poland", kind="direct")).acts
    assert [(a.act, a.rule) for a in acts] == [("praise", "tone:praise")]
    assert score_analysis(one_statement_analysis("The meeting starts at noon on Monday.", speaker="Poland",
                                                 kind="direct")).acts == ()
    hedged = "It could be a wonderful, warm and happy day for both our peoples."
    assert score_analysis(one_statement_analysis(hedged, speaker="Poland", kind="direct")).acts == ()


def test_a_tone_act_gets_its_target_from_its_statement() -> None:
    text = "Warsaw said Lithuania was humiliating our farmers and ruining our villages."
    body = "Lithuania was humiliating our farmers and ruining our villages."
    st = statement(text, sid="r1", start=text.index(body), end=len(text) - 1, kind="partial", speaker="Poland")
    ents = (Entity("Poland", "country", ("Poland", "Warsaw")), Entity("Lithuania", "country", ("Lithuania",)))
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(st,), reported=(), entities=ents)
    acts = score_analysis(a).acts
    assert [(x.act, x.target) for x in acts] == [("criticize", "Lithuania")]
    assert acts[0].rule.startswith("tone:criticize")


def test_speech_mode_gives_no_tone_acts() -> None:
    a = analyze("They are humiliating our farmers and ruining our villages.", "s", speaker="Poland")
    assert not any(x.rule.startswith("tone:") for x in a.acts)


def test_reported_speech_is_the_reporter_s_words_and_gives_no_tone_act() -> None:
    text = "They are humiliating our farmers and ruining our villages."
    assert score_analysis(one_statement_analysis(text, speaker="Poland", kind="indirect")).acts == ()


def test_a_topic_word_alone_is_no_judgement() -> None:
    text = "For the first time in years, the war is over."  # "war" is what it is about
    assert score_analysis(one_statement_analysis(text, speaker="Poland", kind="direct")).acts == ()


def test_a_tone_act_naming_no_party_has_no_target_even_in_a_two_party_story() -> None:
    text = ("Lithuania and Poland met on Monday after a year of quarrels between Vilnius and Warsaw, and "
            "Lithuanian and Polish officials talked. \"They are humiliating our farmers and ruining our villages,\" "
            "Poland said.")
    body = "They are humiliating our farmers and ruining our villages,"
    st = statement(text, sid="q1", start=text.index(body), end=text.index(body) + len(body), kind="direct",
                   speaker="Poland", cue="said")
    ents = (Entity("Poland", "country", ("Poland", "Warsaw")), Entity("Lithuania", "country", ("Lithuania", "Vilnius")))
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(st,), reported=(), entities=ents)
    assert [(x.act, x.target) for x in score_analysis(a).acts] == [("criticize", None)]


def test_a_positive_statement_holding_a_negator_is_a_criticism() -> None:
    text = "We will not be pawns in a great game."  # VADER: positive ("great", "game")
    acts = score_analysis(one_statement_analysis(text, speaker="Poland", kind="direct")).acts
    assert [(a.act, a.rule, a.trigger.text) for a in acts] == [("criticize", "tone:criticize", "not")]
