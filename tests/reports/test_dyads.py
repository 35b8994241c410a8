"""The "Who toward whom" section: dyad tables, the directed graph, the corpus matrix and index over time."""

from __future__ import annotations

import pandas as pd
import pytest

from summit_nlp import analyze
from summit_nlp.corpus import analyze_corpus
from summit_nlp.reports import viz
from summit_nlp.reports.dyads import dyad_index_over_time

SPEECHES = [
    {"id": "a1", "date": "2024-03-01", "text": "Germany urged Russia to withdraw its troops, a spokesman said. "
                                               "“Russia must end the blockade,” the spokesman said."},
    {"id": "a2", "date": "2024-03-02", "text": "Germany praised Russia for its restraint, the spokesman said."},
    {"id": "a3", "date": "2024-04-05", "text": "Germany accused Russia of lying about the strike, the spokesman said."},
]


@pytest.fixture(scope="module")
def seed(seed_text):
    return analyze(seed_text, "seed")


def test_dyad_frame_one_row_per_pair_with_polarity_and_types(seed) -> None:
    df = viz.dyad_frame(seed).set_index(["speaker", "target"])
    assert len(df) == 6
    assert df.loc[("Russia", "Ukraine"), "polarity"] == "conflictual"
    assert df.loc[("Russia", "Ukraine"), "act_types"] == "demand ×2"
    assert df.loc[("Donald Trump", "Vladimir Putin"), "polarity"] == "cooperative"
    assert (df["acts"] == df["cooperative"] + df["conflictual"]).all()


def test_evidence_table_holds_the_sentences(seed, seed_text) -> None:
    ev = viz.dyad_evidence(seed)
    assert len(ev) == sum(1 for a in seed.acts if a.target)
    assert set(ev["polarity"]) == {"cooperative", "conflictual"}
    for text in ev["evidence"]:
        assert text.rstrip("…") and " ".join(seed_text.split()).find(text.rstrip("…")[:40]) >= 0


def test_graph_is_deterministic_svg_labelled_cooperative_and_conflictual(seed) -> None:
    a, b = str(viz.dyad_graph(seed)), str(viz.dyad_graph(seed))
    assert a == b and a.startswith("<svg")
    alt = viz.dyad_graph(seed).alt
    assert "Russia → Ukraine: conflictual" in alt and "Donald Trump → Vladimir Putin: cooperative" in alt


def test_graph_without_dyads_says_so() -> None:
    empty = analyze("No one said anything here.", "e")
    assert "no act in this article names a target" in viz.dyad_graph(empty).alt


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("c") / "wire.jsonl"
    path.write_text("\n".join(pd.Series(SPEECHES).map(lambda r: pd.Series(r).to_json())) + "\n", encoding="utf-8")
    return analyze_corpus(path, workers=1, progress=False)


def test_corpus_dyads_are_summed_over_articles(corpus) -> None:
    acts = corpus.acts[corpus.acts["target"].notna()]
    dyads = corpus.dyads.set_index(["speaker", "target"])
    assert len(dyads) == len(acts.groupby(["speaker", "target"]))
    for (speaker, target), part in acts.groupby(["speaker", "target"]):
        row = dyads.loc[(speaker, target)]
        assert row["n_acts"] == len(part) == row["cooperative"] + row["conflictual"]
        assert row["mean_intensity"] == pytest.approx(part["intensity"].mean(), abs=1e-3)
        assert row["article_ids"] == sorted(set(part["article_id"])) and row["n_articles"] == len(row["article_ids"])
    assert max(dyads["n_articles"]) >= 2  # summed across articles, not one row per article


def test_corpus_matrix_and_index_over_time(corpus) -> None:
    assert "over" in viz.dyad_matrix(corpus).alt
    over_time = dyad_index_over_time(corpus)
    assert list(over_time["period"]) == sorted(over_time["period"]) and len(over_time) >= 2
    assert "Cooperation–conflict index" in viz.dyad_time_chart(corpus).alt
