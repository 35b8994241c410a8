"""An act on an authored thing (``the bill``, ``the resolution``, ``the pledge``) that names no party
is aimed at its author (scoring/act_authors.py); invented sentences."""

from __future__ import annotations

from summit_nlp.analysis import Analysis
from summit_nlp.model import Article, Entity
from summit_nlp.scoring import score_analysis
from conftest import statement


def _acts(text: str, items: list[tuple[str, str]], entities: tuple[str, ...] = (),
          kind: str = "indirect") -> list[tuple[str, str, str | None, str]]:
    sts = []
    for k, (speaker, body) in enumerate(items, 1):
        start = text.index(body)
        sts.append(statement(text, sid=f"r{k}", start=start, end=start + len(body), kind=kind, speaker=speaker))
    names = dict.fromkeys([*(sp for sp, _ in items), *entities])
    ents = tuple(Entity(n, "country", (n,)) for n in names)
    a = Analysis(article=Article(text=text, id="t"), sentences=(), quotes=(), reported=tuple(sts), entities=ents)
    return [(x.speaker, x.act, x.target, x.rule) for x in score_analysis(a).acts]


def test_a_rejected_resolution_is_aimed_at_the_parties_that_drafted_it() -> None:
    text = ("The resolution, drafted by Freedonia and Sylvania, passed on Tuesday. "
            "Ruritania said it rejected the resolution.")
    got = _acts(text, [("Ruritania", "it rejected the resolution.")], ("Freedonia", "Sylvania"))
    assert [(s, a, t) for s, a, t, _ in got] == [("Ruritania", "reject", "Freedonia"),
                                                 ("Ruritania", "reject", "Sylvania")]
    assert all(r.endswith("+author") for *_, r in got)


def test_a_bill_a_legislature_passed_is_its_bill() -> None:
    text = ("The Grand Council on Monday overwhelmingly passed a bill on fishing rights. "
            "Ruritania said it rejected the bill.")
    got = _acts(text, [("Ruritania", "it rejected the bill.")])
    assert [(s, a, t) for s, a, t, _ in got] == [("Ruritania", "reject", "the Grand Council")]


def test_the_party_that_proposed_a_plan_is_its_author() -> None:
    text = "Freedonia proposed a new plan for the border last week. Ruritania said it rejected the plan."
    got = _acts(text, [("Ruritania", "it rejected the plan.")], ("Freedonia",))
    assert [(s, a, t) for s, a, t, _ in got if s == "Ruritania"] == [("Ruritania", "reject", "Freedonia")]


def test_without_an_author_the_act_keeps_no_target() -> None:
    text = "The bill was debated for a week. Ruritania said it rejected the bill."
    got = _acts(text, [("Ruritania", "it rejected the bill.")])
    assert [(s, a, t) for s, a, t, _ in got] == [("Ruritania", "reject", None)]


def test_supporting_a_resolution_praises_no_one_in_particular() -> None:
    text = ("The resolution, drafted by Freedonia, passed on Tuesday. "
            "Ruritania said it supported the resolution.")
    got = _acts(text, [("Ruritania", "it supported the resolution.")], ("Freedonia",))
    assert [(s, a, t) for s, a, t, _ in got] == [("Ruritania", "praise", None)]


def test_the_speakers_own_bill_is_no_target() -> None:
    text = "Ruritania proposed a plan for the border. Ruritania said opponents rejected the plan unfairly."
    got = _acts(text, [("Ruritania", "opponents rejected the plan unfairly.")])
    assert all(t != "Ruritania" for _, _, t, _ in got)


def test_a_welcomed_pledge_is_aimed_at_who_pledged_it() -> None:
    text = "Freedonia said it would send 40 engineers to the border. Ruritania welcomed the pledge."
    body = "it would send 40 engineers to the border."
    got = _acts(text, [("Freedonia", body)], ("Ruritania",))
    assert ("Ruritania", "praise", "Freedonia") in [(s, a, t) for s, a, t, _ in got]


def test_an_act_on_a_vote_is_aimed_at_the_legislature_that_voted() -> None:
    text = ("Ruritania's Grand Assembly on Thursday declined to approve the fishing treaty. "
            "Ruritania said it welcomed the vote.")
    got = _acts(text, [("Ruritania", "it welcomed the vote.")])
    assert [(s, a, t) for s, a, t, _ in got] == [("Ruritania", "praise", "the Grand Assembly")]
    text = "Ruritania said it welcomed the vote."  # no legislature voted: no one
    assert [(s, a, t) for s, a, t, _ in _acts(text, [("Ruritania", "it welcomed the vote.")])] == [
        ("Ruritania", "praise", None)]
