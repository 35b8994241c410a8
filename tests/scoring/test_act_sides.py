"""Whom a person of unknown side speaks for (scoring/act_context.ActContext.selves): the country
their own first-person words open a sentence with, or their reported clause opens with."""

from __future__ import annotations

from summit_nlp.analysis import Analysis
from summit_nlp.model import Article, Entity
from summit_nlp.scoring import score_analysis
from conftest import statement

STORY = ("Somalia and Kenya have quarrelled for weeks, and Somalia recalled its envoy from Kenya while Kenya "
         "summoned the ambassador of Somalia. ")


def _acts(text: str, items: list[tuple[str, str, str, str | None]],
          kinds: dict[str, str]) -> list[tuple[str, str, str | None]]:
    quotes, reported = [], []
    for k, (speaker, body, kind, cue) in enumerate(items, 1):
        start = text.index(body)
        st = statement(text, sid=f"s{k}", start=start, end=start + len(body), kind=kind, speaker=speaker, cue=cue)
        (reported if kind == "indirect" else quotes).append(st)
    ents = tuple(Entity(name, kind, (name,)) for name, kind in kinds.items())
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=tuple(quotes), reported=tuple(reported),
                 entities=ents)
    return [(x.speaker, x.act, x.target) for x in score_analysis(a).acts]


def test_a_country_opening_the_speakers_own_first_person_words_is_their_side() -> None:
    text = ("France and Brazil clashed over the raid, and Brazil protested to France. "
            "“Brazil is not defending illegal mining. We fight it every day. What we do not accept is "
            "that fishermen are treated like criminals,” Oliveira said.")
    body = text[text.index("Brazil is not"):text.index(",” Oliveira")]
    got = _acts(text, [("Oliveira", body, "direct", "said")],
                {"Oliveira": "person", "France": "country", "Brazil": "country"})
    assert all(target != "Brazil" for speaker, _, target in got if speaker == "Oliveira")


def test_a_country_whose_sentence_has_us_as_object_is_not_the_speakers_side() -> None:
    text = ("Iran and the United States traded threats. "
            "“Iran is counting on us to look away. We will not accept that,” Whitmore said.")
    body = text[text.index("Iran is counting"):text.index(",” Whitmore")]
    got = _acts(text, [("Whitmore", body, "direct", "said")],
                {"Whitmore": "person", "Iran": "country", "United States": "country"})
    assert ("Whitmore", "reject", "Iran") in got


def test_a_reported_clause_opening_at_a_partial_quote_gives_the_side() -> None:
    text = STORY + "Otieno told reporters that Kenya \"will not accept\" the decision."
    got = _acts(text, [("Otieno", "will not accept", "partial", "told")],
                {"Otieno": "person", "Somalia": "country", "Kenya": "country"})
    assert ("Otieno", "reject", "Somalia") in got


def test_an_object_pronoun_after_a_trigger_is_the_party_the_extractor_resolved_it_to() -> None:
    from summit_nlp.model import Mention, Span
    text = "Ortega spoke on Monday. Vidal said the opposition accused him of lying."
    k = text.index("him")
    ortega = Entity("Ortega", "person", ("Ortega",), mentions=(Mention(Span.of(text, 0, 6), "name", "Ortega"),
                                                             Mention(Span.of(text, k, k + 3), "pronoun", "him")))
    body = text[text.index("the opposition"):]
    st = statement(text, sid="s1", start=text.index(body), end=len(text), kind="indirect", speaker="Vidal")
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=(st,),
                 entities=(ortega, Entity("Vidal", "person", ("Vidal",))))
    assert [(x.speaker, x.act, x.target) for x in score_analysis(a).acts] == [("Vidal", "criticize", "Ortega")]


def test_a_later_reported_clause_and_a_government_body_give_the_side() -> None:
    story = STORY
    text = story + "Otieno said the claims were \"troubling\" and that Kenya \"will not accept\" the decision."
    got = _acts(text, [("Otieno", "will not accept", "partial", "said")],
                {"Otieno": "person", "Somalia": "country", "Kenya": "country"})
    assert ("Otieno", "reject", "Somalia") in got
    text = story + "The Ministry of Foreign Affairs said Kenya \"will not accept\" the decision."
    got = _acts(text, [("Ministry of Foreign Affairs", "will not accept", "partial", "said")],
                {"Ministry of Foreign Affairs": "organisation", "Somalia": "country", "Kenya": "country"})
    assert ("Ministry of Foreign Affairs", "reject", "Somalia") in got


def test_told_reporters_in_a_capital_gives_the_side() -> None:
    text = STORY + "Otieno told reporters in Nairobi that the decision was \"illegal\"."
    got = _acts(text, [("Otieno", "illegal", "partial", "told")],
                {"Otieno": "person", "Somalia": "country", "Kenya": "country"})
    assert ("Otieno", "criticize", "Somalia") in got
