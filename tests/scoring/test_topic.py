"""The article topic and coreference of generic targets (scoring/topic.py)."""

from __future__ import annotations

from summit_nlp.scoring.topic import article_topic, corefer, headline_event

ARTICLE = (
    "EU and Mercosur sign trade pact\n\n"
    "MONTEVIDEO (Wire) -- Leaders on Friday signed a long-delayed trade agreement that would create "
    "a free trade area.\n\n"
    "The agreement would remove tariffs. Critics called the deal a betrayal.\n"
)


def test_topic_is_the_leads_noun_phrase_without_descriptive_modifiers() -> None:
    topic = article_topic(ARTICLE)
    assert topic is not None and topic.text == "the trade agreement"


def test_generic_noun_of_the_topics_group_corefers() -> None:
    topic = article_topic(ARTICLE)
    assert corefer("the deal", topic) == "the trade agreement"
    assert corefer("this step", topic) == "the trade agreement"
    assert corefer("the summit", topic) == "the summit"  # another group: left alone
    assert corefer("the deal on beef", topic) == "the deal on beef"  # not a bare noun


def test_headline_event_stands_for_action_nouns_without_topic() -> None:
    text = "Canada and India restore envoys after freeze\n\nOTTAWA -- The two countries will exchange diplomats again.\n"
    assert article_topic(text) is None
    event = headline_event(text)
    assert event == "restoring envoys"
    assert corefer("the move", None, event) == "restoring envoys"
    assert corefer("the deal", None, event) == "the deal"


def test_no_topic_noun_gives_no_topic() -> None:
    assert article_topic("Weather\n\nIt rained all day in the capital on Monday, officials said.\n") is None
