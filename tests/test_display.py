"""How results show in Jupyter and as tables: one-line reprs, compact HTML, one set of column types.

The same column has the same dtype and missing-value marker in ``Analysis`` frames, in corpus
tables held in memory, read back from Parquet, and returned by ``load_tables``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from summit_nlp import analyze, analyze_article
from summit_nlp._display import analysis_html
from summit_nlp.corpus import CorpusResult, analyze_corpus, load_tables
from summit_nlp.io import read_article

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9f4e31e1b15dc781.txt"
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
OFFSETS = ("start", "end", "mention_start", "cue_start")


@pytest.fixture(scope="module")
def seed():
    return analyze(SEED.read_text(encoding="utf-8"), article_id="seed")


def test_repr_is_one_line(seed) -> None:
    text = repr(seed)
    assert re.fullmatch(r"<Analysis 'seed': 14 quotes, 3 reported, \d+ speakers(, \d+ acts)?>", text), text
    assert f"{len(seed.quotes)} quotes, {len(seed.reported)} reported, {len(seed.entities)} speakers" in text


def test_html_summary_is_compact_and_complete(seed) -> None:
    page = seed._repr_html_()
    assert page.startswith('<div class="sn-analysis"') and "<script" not in page
    for name in ("Vladimir Putin", "Donald Trump"):
        assert name in page
    assert "q1" in page and "spoke of" in page and "understanding" in page  # first quote with speaker and cue
    assert re.search(r"\d+ favor", page) and f"{len(seed.stances)} stances" in page
    for method in (".quotes_df()", ".reported_df()", ".speakers_df()", ".stances_df()"):
        assert method in page
    assert "… and 9 more" in page  # 14 quotes, 5 shown


def test_html_summary_stays_small_for_a_long_article() -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in ARTICLES)
    long = analyze(text, article_id="long", score=False)
    assert len(long.quotes) > 300
    assert len(long._repr_html_().encode("utf-8")) < 60_000
    assert len(repr(long)) < 200


def test_html_summary_shows_acts_when_an_analysis_has_them(seed) -> None:
    acts = (SimpleNamespace(speaker="Vladimir Putin", act="praise"), {"speaker": "Russia", "act": "demand"},
            SimpleNamespace(speaker="Vladimir Putin", act="praise"))
    fake = SimpleNamespace(article=seed.article, quotes=seed.quotes, reported=seed.reported, entities=seed.entities,
                           statements=seed.statements, stances=seed.stances, acts=acts)
    page = analysis_html(fake)
    assert "3 acts" in page and "2 praise, 1 demand" in page and "<th" in page and ">acts<" in page
    bare = SimpleNamespace(**{k: v for k, v in vars(fake).items() if k not in ("acts", "stances")})
    assert "acts" not in analysis_html(bare) and "0 stances" in analysis_html(bare)


def test_displaying_an_analysis_needs_neither_pandas_nor_matplotlib() -> None:
    code = ("import sys\nfrom summit_nlp import analyze\na = analyze('“We will talk again,” Putin said.')\n"
            "a._repr_html_(); repr(a)\nprint([m for m in ('pandas', 'matplotlib') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --------------------------------------------------------------- dtypes
def test_quote_and_reported_frames_share_dtypes_and_missing_values(seed) -> None:
    q, r = seed.quotes_df(), seed.reported_df()
    assert q.dtypes.equals(r.dtypes)
    for col in OFFSETS:
        assert str(q[col].dtype) == "Int64"
    assert str(q["addressee"].dtype) == "string" and str(r["addressee"].dtype) == "string"
    assert q["addressee"].isna().any() and r["addressee"].isna().all()
    assert q.loc[q["addressee"].isna(), "addressee"].iloc[0] is pd.NA
    assert r["addressee"].iloc[0] is pd.NA  # not None in one frame and NaN in the other


@pytest.fixture(scope="module")
def corpus_runs(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("display_corpus")
    rows = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in ARTICLES[:4]]
    frame = pd.DataFrame(rows)
    memory = analyze_corpus(frame, progress=False)
    written = analyze_corpus(frame, out, progress=False)
    return memory, written, load_tables(out), out


def test_corpus_tables_have_the_analysis_dtypes(corpus_runs) -> None:
    memory, written, loaded, _ = corpus_runs
    reference = analyze_article(read_article(ARTICLES[0])).quotes_df()
    for result in (memory, written, loaded):
        for table in ("quotes", "reported_speech"):
            df = getattr(result, table)
            assert df[list(reference.columns)].dtypes.equals(reference.dtypes), table
        assert str(result.articles["n_quotes"].dtype) == "Int64"
    first = loaded.quotes[loaded.quotes["article_id"] == ARTICLES[0].stem].reset_index(drop=True)
    ours = analyze_article(read_article(ARTICLES[0])).quotes_df().assign(article_id=ARTICLES[0].stem)
    pd.testing.assert_frame_equal(first[list(ours.columns)], ours.astype({"article_id": "string"}))


def test_empty_tables_have_the_same_dtypes_as_full_ones(corpus_runs) -> None:
    memory = corpus_runs[0]
    empty = analyze_corpus(pd.DataFrame({"id": ["a"], "text": ["Nothing was said."]}), progress=False)
    assert empty.quotes.empty
    assert empty.quotes.dtypes.equals(memory.quotes[list(empty.quotes.columns)].dtypes)


def test_load_tables_returns_the_corpus_result_type(corpus_runs) -> None:
    memory, written, loaded, out = corpus_runs
    assert type(loaded) is type(written) is CorpusResult
    assert loaded.manifest == written.manifest
    assert loaded["quotes"].equals(written.quotes) and loaded.quotes.equals(memory.quotes)
    text = repr(loaded)
    assert "\n" not in text and re.match(r"<CorpusResult '.+': 4 articles, \d+ quotes, \d+ reported, 0 errors", text)
    page = loaded._repr_html_()
    assert page.startswith('<div class="sn-corpus"') and "Speakers, most statements first" in page and ".quotes" in page
    assert len(page) < 60_000
    with pytest.raises(Exception, match="not the output folder"):
        load_tables(out / "nowhere")
