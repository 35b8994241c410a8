"""Headline quotes the body repeats take the body quote's speaker (extract/headlines.py)."""

from __future__ import annotations

from summit_nlp import analyze

_BODY = ("\n\nJOHANNESBURG — South Africa will not change its black economic empowerment rules to win a trade "
         "deal with the United States, the presidency said on Tuesday, as talks on tariffs stalled for a third week.\n\n"
         "“Empowerment is non-negotiable,” presidential spokesperson Vincent Magwenya told reporters.\n")


def test_a_headline_quote_of_a_side_is_the_body_speakers() -> None:
    a = analyze("Pretoria says empowerment is ‘non-negotiable’ as talks stall" + _BODY, score=False)
    assert [q.speaker for q in a.quotes] == ["Vincent Magwenya", "Vincent Magwenya"]


def test_a_person_named_in_the_headline_keeps_the_words() -> None:
    a = analyze("Ramaphosa says empowerment is ‘non-negotiable’ as talks stall" + _BODY, score=False)
    assert a.quotes[0].speaker == "Ramaphosa"


def test_words_the_body_does_not_repeat_stay_with_the_headline_speaker() -> None:
    a = analyze("Pretoria calls the tariffs ‘unjust’ as talks stall" + _BODY, score=False)
    assert a.quotes[0].speaker == "South Africa"


def test_a_headline_name_with_an_apposition_or_a_topic_before_the_colon_speaks():
    from summit_nlp import analyze

    text = ("Ana Ribeiro, Portugal's finance chief: 'We will not raise taxes this year'\n\n"
            "LISBON (Reuters) - Finance Minister Ana Ribeiro said on Thursday that the budget was \"on track\".")
    assert [(q.speaker, q.attribution.rule) for q in analyze(text).quotes][0] == ("Ana Ribeiro", "name_colon")
    text = ('Cruz on Essequibo: "Guyana will not give up one inch"\n\nGEORGETOWN (AP) - President Deodat Cruz '
            'told lawmakers the border was "not negotiable".')
    assert analyze(text).quotes[0].speaker == "Deodat Cruz"
