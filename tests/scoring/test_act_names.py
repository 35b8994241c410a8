"""A trigger inside a party's name is no act; a group noun with a modifier after ``the`` is the
speaker in reported speech (``the paramilitary force``)."""

from __future__ import annotations

from conftest import statement
from summit_nlp.analysis import Analysis
from summit_nlp.model import Article, Entity
from summit_nlp.scoring import score_analysis


def _acts(text: str, speaker: str, body: str, entities: tuple[Entity, ...]) -> list[tuple[str, str]]:
    start = text.index(body)
    st = statement(text, sid="r1", start=start, end=start + len(body), kind="indirect", speaker=speaker)
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=(st,), entities=entities)
    return [(x.act, x.trigger.text) for x in score_analysis(a).acts]


def test_a_trigger_word_inside_a_party_name_is_no_act() -> None:
    text = "The Northern Support Front said the march would go ahead on Sunday."
    ents = (Entity("Northern Support Front", "organisation", ("Northern Support Front",)),)
    assert _acts(text, "Northern Support Front", text, ents) == []


def test_the_paramilitary_force_is_the_speaker_in_its_own_report() -> None:
    text = "The Northern Front said the paramilitary force was ready to observe a truce."
    ents = (Entity("Northern Front", "organisation", ("Northern Front",)),)
    assert _acts(text, "Northern Front", text, ents) == [("offer", "ready to")]
    other = "The Northern Front said the Kenyan force was ready to observe a truce."  # a name: not the speaker
    assert _acts(other, "Northern Front", other, ents) == []


def test_a_first_word_with_many_forms_finds_the_same_longest_form_by_regex() -> None:
    """``United``, ``UN``, ``Republic`` open dozens of gazetteer names: one regex finds the form the
    literal loop would, on a word boundary and inside the range."""
    from summit_nlp.scoring import parties as P

    forms = tuple(sorted(("United", "United Nations", "United Nations Security Council", "United States",
                          "United States of America", "United Kingdom", "United Arab Emirates", "United-X"),
                         key=len, reverse=True))
    assert len(forms) > P._MANY_FORMS
    text = "The United Nations Security Councilor and the United States, the United Statesman, United."
    for pos in [k for k in range(len(text)) if text.startswith("United", k)]:
        for hi in (len(text), pos + 14, pos + 20):
            loop = next((f for f in forms if pos + len(f) <= hi and text.startswith(f, pos) and not (
                pos + len(f) < len(text) and (text[pos + len(f)].isalnum() or text[pos + len(f)] in "_-"))), None)
            assert P._longest(text, pos, hi, forms) == loop


def test_a_party_named_by_an_abbreviation_lists_the_gazetteers_full_name() -> None:
    """``U.S.`` as an entity name: its aliases gain ``United States`` (what annotators name it); a
    person is never renamed."""
    text = "The U.S. rejected the proposal of Freedonia, Jordan Smith said."
    body = "The U.S. rejected the proposal of Freedonia"
    ents = (Entity(name="U.S.", kind="country", aliases=("U.S.",)),
            Entity(name="Jordan", kind="person", aliases=("Jordan",)))
    start = text.index(body)
    st = statement(text, sid="r1", start=start, end=start + len(body), kind="indirect", speaker="U.S.")
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=(st,), entities=ents)
    out = {e.name: e.aliases for e in score_analysis(a).entities}
    assert "United States" in out["U.S."]
    assert out["Jordan"] == ("Jordan",)
