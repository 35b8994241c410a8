"""Act rules on hand-built statements: one test per frame, negation, conditions, hedges, targets."""

from __future__ import annotations

import pytest

from conftest import one_statement_analysis, statement
from summit_nlp.analysis import Analysis
from summit_nlp.model import Article, Entity
from summit_nlp.scoring import score_analysis
from summit_nlp.scoring.acts import ACT_TYPES, Act


def _acts(text: str, speaker: str = "Speaker", **kw) -> list[tuple[str, str | None]]:
    return [(a.act, a.target) for a in score_analysis(one_statement_analysis(text, speaker=speaker, **kw)).acts]


def _analysis(text: str, items: list[tuple[str, str]], entities: tuple[Entity, ...] = ()) -> Analysis:
    """One reported statement per (speaker, text) item."""
    sts = []
    for k, (speaker, body) in enumerate(items, 1):
        start = text.index(body)
        sts.append(statement(text, sid=f"r{k}", start=start, end=start + len(body), kind="indirect", speaker=speaker))
    ents = entities or tuple(Entity(sp, "country", (sp,)) for sp, _ in items)
    return Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=tuple(sts), entities=ents)


def test_the_nine_act_types_are_the_spec_s() -> None:
    assert ACT_TYPES == ("praise", "offer", "appeal", "demand", "criticize", "reject", "deny", "warn", "threaten")


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany called on Russia to withdraw its troops from the border.", [("demand", "Russia")]),
    ("Germany urged China to conclude the code of conduct.", [("appeal", "China")]),
    ("Germany called for talks on the dispute.", [("appeal", None)]),
    ("Germany called for sanctions against Iran.", [("demand", "Iran")]),
    ("Germany praised Japan for its restraint.", [("praise", "Japan")]),
    ("Germany accused Poland of breaking the agreement.", [("criticize", "Poland")]),
    ("Germany condemned the strike.", [("criticize", None)]),
    ("Germany rejected the proposal of Hungary.", [("reject", "Hungary")]),
    ("Germany denied the accusations of espionage.", [("deny", None)]),
    ("Germany warned against attempts to disrupt the talks.", [("warn", None)]),
    ("Germany said it was ready to mediate between the two sides.", [("offer", None)]),
])
def test_frames_give_type_and_target(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _acts(text, speaker="Germany") == expected


def test_called_on_x_to_v1_and_v2_is_one_act_per_verb_and_abandon_opposes_the_issue() -> None:
    text = "Russia called on Ukraine to abandon its ambitions to join NATO and cede its eastern regions."
    acts = score_analysis(_analysis(text, [("Russia", text)])).acts
    assert [(a.act, a.target, a.issue, a.issue_stance) for a in acts] == [
        ("demand", "Ukraine", "Ukraine joining NATO", "against"),
        ("demand", "Ukraine", "Ukraine ceding its eastern regions", "favor"),
    ]


def test_a_negated_act_is_not_that_act_and_a_row_may_say_what_it_is() -> None:
    assert _acts("Paris did not criticize the decision.", speaker="France") == []
    assert _acts("Paris said it was not ready to sign the deal.", speaker="France") == [("reject", None)]


def test_an_act_inside_a_condition_is_hypothetical() -> None:
    assert _acts("If Kyiv condemned the attack, talks could resume.", speaker="Ukraine") == []


def test_threaten_is_the_speakers_own_harm_warn_is_harm_it_does_not_control() -> None:
    assert _acts("Tokyo warned that it would respond if Beijing entered its waters.", speaker="Japan") == [
        ("threaten", "China")]
    assert _acts("Tokyo warned that the dispute could lead to catastrophe.", speaker="Japan") == [("warn", None)]


def test_hedges_mark_the_act() -> None:
    text = "“I could possibly see us working with Canada,” she said."
    a = score_analysis(one_statement_analysis(text, speaker="Speaker", kind="direct", start=1,
                                              end=text.index(",”"), cue="said"))
    assert [(x.act, x.target, x.hedged) for x in a.acts] == [("offer", "Canada", True)]


def test_rejecting_the_idea_is_aimed_at_whoever_asked_it() -> None:
    text = "Moscow has called on Kyiv to cede the region. Kyiv rejected the idea."
    a = _analysis(text, [("Russia", "Moscow has called on Kyiv to cede the region."),
                         ("Ukraine", "Kyiv rejected the idea.")])
    acts = score_analysis(a).acts
    assert [(x.speaker, x.act, x.target) for x in acts] == [("Russia", "demand", "Ukraine"),
                                                           ("Ukraine", "reject", "Russia")]
    assert acts[1].issue == acts[0].issue


def test_metonyms_resolve_to_their_party_and_targets_are_listed_as_entities() -> None:
    text = "Berlin urged Kyiv and the European capitals to show restraint."
    scored = score_analysis(_analysis(text, [("Germany", text)]))
    assert [(a.act, a.target) for a in scored.acts] == [("appeal", "Ukraine"), ("appeal", "European capitals")]
    names = {e.name: e.aliases for e in scored.entities}
    assert "Kyiv" in names["Ukraine"] and "the European capitals" in names["European capitals"]


def test_the_speakers_own_side_is_never_the_target() -> None:
    text = "Russian President Vladimir Putin said Russia would not accept the plan of Ukraine."
    ents = (Entity("Vladimir Putin", "person", ("Russian President Vladimir Putin", "Putin")),)
    a = _analysis(text, [("Vladimir Putin", "Russia would not accept the plan of Ukraine.")], ents)
    assert [(x.act, x.target) for x in score_analysis(a).acts] == [("reject", "Ukraine")]


def test_every_act_keeps_its_evidence_offsets_and_rule() -> None:
    text = "Germany called on Russia to withdraw its troops. Russia rejected the demand."
    a = _analysis(text, [("Germany", "Germany called on Russia to withdraw its troops."),
                         ("Russia", "Russia rejected the demand.")])
    acts = score_analysis(a).acts
    assert acts
    for act in acts:
        assert isinstance(act, Act) and act.rule and act.evidence
        assert text[act.span.start:act.span.end] == act.span.text
        assert text[act.trigger.start:act.trigger.end] == act.trigger.text
        assert act.polarity in ("cooperative", "conflictual") and 0 < act.confidence <= 1
        d = act.to_dict()
        assert d["start"] == act.span.start and d["trigger"]["text"] == act.trigger.text and d["id"] == act.id


@pytest.mark.parametrize("text", ["", "   ", "?!…", "Россия призвала к прекращению огня.", "停火"])
def test_bad_input_gives_no_acts(text: str) -> None:
    assert score_analysis(one_statement_analysis(text)).acts == ()
