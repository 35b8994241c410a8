"""Corpus runs: tables, bad articles, engines that agree, resuming after an interruption or a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import summit_nlp.corpus.engines as engines_mod
from summit_nlp import __version__
from summit_nlp.analysis import Analysis
from summit_nlp.corpus import TABLES, CorpusResult, analyze_corpus, finished_partitions, load_tables
from summit_nlp.errors import InputError
from summit_nlp.corpus.readers import scan_corpus

ARTICLES = {
    "a1": "“We hope the talks will bring peace,” Russian President Vladimir Putin said on Friday.\n"
          "Putin told reporters that Moscow was ready for a deal.\n",
    "a2": "US President Donald Trump said the meeting was “productive”.\n"
          "“Next time in Moscow,” Putin told Trump.\n",
    "a3": "Ukraine’s foreign minister warned that no deal could be made without Kyiv.\n",
    "a4": "The summit ended without a joint statement.\n",
    "a5": "“There is no deal until there is a deal,” Trump said. He added that “many points” were agreed.\n",
    "a6": "According to the Kremlin, the leaders spoke for three hours.\n",
}


def make_corpus(root: Path, articles: dict[str, str] = ARTICLES) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


def canonical(df: pd.DataFrame) -> pd.DataFrame:
    """Rows in a fixed order whatever order they came in (lists compared by their text)."""
    key = df.astype(str)
    return df.loc[key.sort_values(list(key.columns), kind="stable").index].reset_index(drop=True)


def assert_same_tables(left: CorpusResult, right: CorpusResult) -> None:
    for table in TABLES:
        pd.testing.assert_frame_equal(canonical(getattr(left, table)), canonical(getattr(right, table)),
                                      obj=table)


# ---------------------------------------------------------------- tables
def test_tables_have_one_row_per_item_with_article_ids(tmp_path: Path) -> None:
    result = analyze_corpus(make_corpus(tmp_path / "c"), tmp_path / "out", progress=False)
    assert list(result.articles["article_id"]) == list(ARTICLES)
    assert list(result.articles["n_chars"]) == [len(t) for t in ARTICLES.values()]
    assert result.errors.empty
    for table in ("quotes", "reported_speech", "speakers", "sentiment", "stances", "tone"):
        df = getattr(result, table)
        assert df.columns[0] == "article_id"
        assert set(df["article_id"]) <= set(ARTICLES)
    for table in ("quotes", "reported_speech"):
        df = getattr(result, table)
        assert {"start", "end", "text"} <= set(df.columns)
        for row in df.itertuples():
            assert ARTICLES[row.article_id][row.start:row.end] == row.text
    assert list(result.articles["n_quotes"]) == [sum(result.quotes["article_id"] == a) for a in ARTICLES]


def test_files_and_manifest_are_written(tmp_path: Path) -> None:
    src = make_corpus(tmp_path / "c")
    result = analyze_corpus(src, tmp_path / "out", progress=False, partition_size=4)
    out = tmp_path / "out"
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest == result.manifest
    assert manifest["version"] == __version__
    assert manifest["inputs"] == [{"path": str(src), "kind": "folder", "sha256": scan_corpus(src).sha256,
                                   "n_items": 6}]
    assert manifest["counts"]["partitions"] == 2 and manifest["counts"]["analysed"] == 6
    assert manifest["timing"]["articles_this_run"] == 6
    for table in TABLES:
        on_disk = pd.read_parquet(out / manifest["tables"][table])
        assert len(on_disk) == manifest["counts"]["rows"][table] == len(getattr(result, table))
        assert list(on_disk.columns) == list(getattr(result, table).columns)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_csv_and_jsonl_tables(tmp_path: Path, fmt: str) -> None:
    result = analyze_corpus(make_corpus(tmp_path / "c"), tmp_path / "out", fmt=fmt, progress=False)
    for table in TABLES:
        path = tmp_path / "out" / f"{table}.{fmt}"
        df = pd.read_csv(path) if fmt == "csv" else pd.read_json(path, lines=True)
        assert len(df) == len(getattr(result, table))
        if fmt == "csv":
            assert list(df.columns) == list(getattr(result, table).columns)
    speakers = pd.read_csv(tmp_path / "out" / "speakers.csv") if fmt == "csv" else None
    if speakers is not None and len(speakers):
        assert isinstance(json.loads(speakers["aliases"][0]), list)  # lists become JSON arrays in CSV cells


def test_result_tables_by_name(tmp_path: Path) -> None:
    result = analyze_corpus(make_corpus(tmp_path / "c"), progress=False)
    assert set(result.tables) == set(TABLES)
    assert result.table("articles").equals(result.articles)
    with pytest.raises(InputError, match="table 'nope'"):
        result.table("nope")


def test_without_out_dir_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = make_corpus(tmp_path / "c")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = analyze_corpus(src, progress=False)
    assert list(result.articles["article_id"]) == list(ARTICLES)
    assert result.manifest["tables"] == {} and list(work.iterdir()) == []


def test_dataframe_and_jsonl_sources_keep_metadata(tmp_path: Path) -> None:
    df = pd.DataFrame({"id": ["x", "y"], "text": [ARTICLES["a1"], ARTICLES["a2"]],
                       "outlet": ["Wire", "Daily"], "date": ["2025-08-15", None]})
    from_df = analyze_corpus(df, progress=False)
    assert list(from_df.articles["outlet"]) == ["Wire", "Daily"]
    path = tmp_path / "c.jsonl"
    df.to_json(path, orient="records", lines=True)
    from_jsonl = analyze_corpus(path, progress=False)
    for table in TABLES:
        a = getattr(from_df, table).drop(columns=["source"], errors="ignore")
        b = getattr(from_jsonl, table).drop(columns=["source"], errors="ignore")
        pd.testing.assert_frame_equal(a, b, obj=table)


def test_scoring_tables_with_and_without_the_analysis_methods(monkeypatch: pytest.MonkeyPatch) -> None:
    from summit_nlp.scoring import tables as scoring_tables

    df = pd.DataFrame({"text": [ARTICLES["a1"], ARTICLES["a5"]]})
    for method in ("sentiment_df", "stances_df", "tone_df"):
        monkeypatch.delattr(Analysis, method, raising=False)
    without = analyze_corpus(df, progress=False)
    assert without.tone.empty and without.stances.empty and without.sentiment.empty
    assert list(without.tone.columns) == list(scoring_tables.TONE_COLUMNS)
    assert list(without.stances.columns) == list(scoring_tables.STANCE_COLUMNS)
    for method in ("sentiment_df", "stances_df", "tone_df"):
        monkeypatch.setattr(Analysis, method, getattr(scoring_tables, method), raising=False)
    with_ = analyze_corpus(df, progress=False)
    assert len(with_.tone) > 0 and len(with_.sentiment) > 0
    assert set(with_.tone["article_id"]) <= {"0", "1"}
    assert isinstance(with_.tone["evidence"][0], list)


# ----------------------------------------------------------- bad articles
def test_bad_articles_are_recorded_and_the_run_finishes(tmp_path: Path) -> None:
    src = make_corpus(tmp_path / "c", {k: ARTICLES[k] for k in ("a1", "a2", "a3")})
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (src / "latin1.txt").write_bytes("Le ministre a déclaré : « non ».\n".encode("latin-1"))
    # No reporting verbs: the test is about a 5 MB article getting through, not about analysing it.
    paragraph = ("The delegations met again on Saturday in Geneva, and talks on trade, energy and security "
                 "will continue there next month.\n")
    big = paragraph * (5_000_000 // len(paragraph) + 1)
    (src / "huge.txt").write_text(big, encoding="utf-8")
    result = analyze_corpus(src, tmp_path / "out", progress=False)
    errors = result.errors.set_index("article_id")
    assert sorted(errors.index) == ["binary", "empty", "latin1"]
    assert errors.loc["empty", "message"] == "empty.txt: empty file"
    assert "binary content" in errors.loc["binary", "message"]
    assert "not valid UTF-8" in errors.loc["latin1", "message"]
    assert set(errors["error_type"]) == {"InputError"}
    assert sorted(result.articles["article_id"]) == ["a1", "a2", "a3", "huge"]
    assert result.articles.set_index("article_id").loc["huge", "n_chars"] == len(big) >= 5_000_000
    assert result.manifest["counts"]["errors"] == 3


def test_an_exception_in_the_analysis_becomes_an_error_row(monkeypatch: pytest.MonkeyPatch) -> None:
    real = engines_mod.analyze_article

    def flaky(article):
        if article.id == "1":
            raise IndexError("list index out of range")
        return real(article)

    monkeypatch.setattr(engines_mod, "analyze_article", flaky)
    result = analyze_corpus(pd.DataFrame({"text": [ARTICLES["a1"], ARTICLES["a2"], ARTICLES["a3"]]}),
                            progress=False)
    (row,) = result.errors.itertuples()
    assert (row.article_id, row.error_type) == ("1", "IndexError")
    assert row.message == "<DataFrame>[1]: IndexError: list index out of range"
    assert row.where.startswith("test_corpus.py:") and row.where.endswith("in flaky")
    assert list(result.articles["article_id"]) == ["0", "2"]


def test_bad_options_are_one_clear_error(tmp_path: Path) -> None:
    src = make_corpus(tmp_path / "c")
    with pytest.raises(InputError, match="engine 'spark'"):
        analyze_corpus(src, engine="spark")
    with pytest.raises(InputError, match="format 'xlsx'"):
        analyze_corpus(src, fmt="xlsx")
    with pytest.raises(InputError, match="workers 0"):
        analyze_corpus(src, workers=0)
    with pytest.raises(InputError, match="only the dask engine"):
        analyze_corpus(src, scheduler="tcp://127.0.0.1:8786")


# ---------------------------------------------------------------- engines
def test_local_and_dask_engines_give_identical_tables(tmp_path: Path) -> None:
    from distributed import LocalCluster

    src = make_corpus(tmp_path / "c")
    (src / "bad.txt").write_bytes(b"\xff\xfe\x00")
    one = analyze_corpus(src, tmp_path / "one", workers=1, partition_size=2, progress=False)
    two = analyze_corpus(src, tmp_path / "two", workers=2, partition_size=1, progress=False)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        on_dask = analyze_corpus(src, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address,
                                 partition_size=3, progress=False)
    in_memory = analyze_corpus(src, engine="local", workers=2, progress=False)
    assert len(one.errors) == 1 and len(one.articles) == len(ARTICLES)
    for other in (two, on_dask, in_memory):
        assert_same_tables(one, other)
        for table in TABLES:  # and the order is the corpus order whatever the engine
            pd.testing.assert_frame_equal(getattr(one, table), getattr(other, table), obj=table)
    assert on_dask.manifest["options"]["engine"] == "dask"


# ------------------------------------------------------------------ resume
class Interrupt:
    """An ``on_partition`` hook that raises Ctrl-C after ``after`` finished partitions."""

    def __init__(self, after: int) -> None:
        self.after, self.seen = after, 0

    def __call__(self, result) -> None:
        self.seen += 1
        if self.seen >= self.after:
            raise KeyboardInterrupt


@pytest.mark.parametrize("workers", [1, 2])
def test_interrupted_run_resumes_to_the_same_tables(tmp_path: Path, workers: int) -> None:
    src = make_corpus(tmp_path / "c")
    clean = analyze_corpus(src, tmp_path / "clean", partition_size=1, progress=False)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        analyze_corpus(src, out, workers=workers, partition_size=1, progress=False, on_partition=Interrupt(2))
    kept = finished_partitions(out)
    assert 2 <= kept < len(ARTICLES)
    assert not (out / "manifest.json").exists()
    resumed = analyze_corpus(src, out, workers=workers, resume=True, progress=False)
    assert resumed.manifest["counts"]["partitions_resumed"] == kept
    assert resumed.manifest["timing"]["articles_this_run"] == len(ARTICLES) - kept
    assert_same_tables(clean, resumed)
    for table in TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "clean" / f"{table}.parquet"),
                                      pd.read_parquet(out / f"{table}.parquet"), obj=table)


def test_killed_run_resumes_to_the_same_tables(tmp_path: Path) -> None:
    src = make_corpus(tmp_path / "c")
    out = tmp_path / "out"
    script = textwrap.dedent(f"""
        import os, signal
        from summit_nlp.corpus import analyze_corpus
        done = []
        def kill(result):
            done.append(result)
            if len(done) == 3:
                os.kill(os.getpid(), signal.SIGKILL)
        analyze_corpus({str(src)!r}, {str(out)!r}, partition_size=1, progress=False, on_partition=kill)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert proc.returncode == -9
    assert finished_partitions(out) == 3
    (out / "parts" / "quotes" / ".part-00004.parquet.123.tmp").write_bytes(b"half a file")
    resumed = analyze_corpus(src, out, resume=True, progress=False)
    assert resumed.manifest["counts"]["partitions_resumed"] == 3
    assert not list((out / "parts").rglob("*.tmp"))
    assert_same_tables(analyze_corpus(src, progress=False), resumed)


def test_resume_skips_only_complete_partitions(tmp_path: Path) -> None:
    src = make_corpus(tmp_path / "c")
    out = tmp_path / "out"
    first = analyze_corpus(src, out, partition_size=2, progress=False)
    (out / "parts" / "speakers" / "part-00001.parquet").unlink()  # partition 1 lost a file: not done
    (out / "parts" / "_done" / "part-00002.json").unlink()  # partition 2 lost its marker: not done
    assert finished_partitions(out) == 1
    resumed = analyze_corpus(src, out, resume=True, progress=False)
    assert resumed.manifest["counts"]["partitions_resumed"] == 1
    assert_same_tables(first, resumed)
    assert load_tables(out)["articles"].equals(resumed.articles)


def test_resume_may_change_the_format(tmp_path: Path) -> None:
    src = make_corpus(tmp_path / "c")
    out = tmp_path / "out"
    analyze_corpus(src, out, progress=False)
    resumed = analyze_corpus(src, out, resume=True, fmt="csv", progress=False)
    assert resumed.manifest["counts"]["partitions_resumed"] == resumed.manifest["counts"]["partitions"]
    assert sorted(p.name for p in out.glob("articles.*")) == ["articles.csv"]
    assert len(pd.read_csv(out / "articles.csv")) == len(ARTICLES)


def test_resume_refuses_a_changed_input_or_partition_size(tmp_path: Path) -> None:
    src = make_corpus(tmp_path / "c")
    out = tmp_path / "out"
    analyze_corpus(src, out, partition_size=2, progress=False)
    with pytest.raises(InputError, match="partition size 2, not 3"):
        analyze_corpus(src, out, resume=True, partition_size=3, progress=False)
    (src / "a1.txt").write_text("Changed.\n", encoding="utf-8")
    with pytest.raises(InputError, match="differ from the run being resumed"):
        analyze_corpus(src, out, resume=True, progress=False)
    rerun = analyze_corpus(src, out, progress=False)  # without resume: a fresh run
    assert rerun.manifest["counts"]["partitions_resumed"] == 0


def test_a_fresh_run_replaces_an_earlier_one(tmp_path: Path) -> None:
    src = make_corpus(tmp_path / "c")
    out = tmp_path / "out"
    analyze_corpus(src, out, fmt="csv", progress=False)
    (src / "a6.txt").unlink()
    result = analyze_corpus(src, out, progress=False)
    assert len(result.articles) == len(ARTICLES) - 1
    assert not (out / "articles.csv").exists() and (out / "articles.parquet").exists()
    assert os.path.exists(out / "manifest.json")
