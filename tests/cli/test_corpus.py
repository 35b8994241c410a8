"""``summit-nlp corpus``: exit status, files, Ctrl-C and --resume, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import summit_nlp.corpus.engines as engines_mod
from summit_nlp.cli import main
from summit_nlp.corpus import TABLES

ARTICLES = {
    "a": "“We will meet again,” Foreign Minister Sergei Lavrov said.\nLavrov called on Kyiv to return to talks.\n",
    "b": "Chancellor Olaf Scholz said the summit was “useful.”\n",
    "c": "The leaders met for three hours.\n",
    "d": "“No comment,” a spokesman said.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for name, text in ARTICLES.items():
        (root / ("sub" if name == "d" else "") / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


def run(*args: str | Path) -> int:
    return main(["corpus", *map(str, args), "--no-progress"])


def tables(out: Path) -> dict[str, pd.DataFrame]:
    return {t: pd.read_parquet(out / f"{t}.parquet") for t in TABLES}


def test_clean_corpus_exits_0_and_writes_tables(corpus: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert run(corpus, "--out", out, "--workers", "1") == 0
    err = capsys.readouterr().err
    assert err.startswith("summit-nlp corpus: 4 articles, 4 analysed, 0 errors;") and "tables in" in err
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["counts"]["analysed"] == 4 and manifest["options"]["workers"] == 1
    assert sorted(tables(out)["articles"]["article_id"]) == ["a", "b", "c", "d"]


def test_bad_articles_exit_1_and_are_listed(corpus: Path, tmp_path: Path, capsys) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    out = tmp_path / "out"
    assert run(corpus, "--out", out, "--workers", "1", "--format", "jsonl") == 1
    err = capsys.readouterr().err.splitlines()
    assert "2 errors" in err[0]
    assert err[1:] == ["summit-nlp corpus: error: empty.txt: empty file",
                       "summit-nlp corpus: error: latin1.txt: not valid UTF-8 (byte 3: b'\\xe9')"]
    errors = pd.read_json(out / "errors.jsonl", lines=True)
    assert list(errors["article_id"]) == ["empty", "latin1"]


def test_ctrl_c_exits_130_and_resume_finishes(corpus: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    clean, out = tmp_path / "clean", tmp_path / "out"
    assert run(corpus, "--out", clean, "--workers", "1", "--partition-size", "1") == 0
    real, calls = engines_mod.process_partition, []

    def interrupted(partition, config):
        calls.append(partition.index)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(partition, config)

    monkeypatch.setattr(engines_mod, "process_partition", interrupted)
    assert run(corpus, "--out", out, "--workers", "1", "--partition-size", "1") == 130
    assert capsys.readouterr().err.strip().splitlines()[-1] == (
        f"summit-nlp corpus: interrupted; 2 finished partitions kept in {out}/parts "
        "(run again with --resume to continue)")
    assert not (out / "manifest.json").exists()
    monkeypatch.setattr(engines_mod, "process_partition", real)
    assert run(corpus, "--out", out, "--workers", "1", "--resume") == 0
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["counts"]["partitions_resumed"] == 2 and manifest["timing"]["articles_this_run"] == 2
    for name, df in tables(clean).items():
        pd.testing.assert_frame_equal(df, tables(out)[name], obj=name)


def test_dask_engine_on_its_own_local_cluster(corpus: Path, tmp_path: Path) -> None:
    assert run(corpus, "--out", tmp_path / "local", "--workers", "1") == 0
    assert run(corpus, "--out", tmp_path / "dask", "--engine", "dask", "--workers", "2") == 0
    for name, df in tables(tmp_path / "local").items():
        pd.testing.assert_frame_equal(df, tables(tmp_path / "dask")[name], obj=name)


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--engine", "local", "--scheduler", "tcp://127.0.0.1:1"],
      "--scheduler tcp://127.0.0.1:1: only the dask engine uses a scheduler (drop --engine local)"),
     (["--workers", "0"], "--workers must be at least 1, got 0"),
     (["--partition-size", "0"], "--partition-size must be at least 1, got 0"),
     (["--text-col", "body"], None)],
)
def test_bad_arguments_are_one_line(corpus: Path, tmp_path: Path, capsys, args: list[str],
                                    message: str | None) -> None:
    csv_path = tmp_path / "c.csv"
    csv_path.write_text("id,text\n1,hello\n", encoding="utf-8")
    status = run(csv_path if message is None else corpus, "--out", tmp_path / "out", *args)
    err = capsys.readouterr().err.strip().splitlines()
    assert status == (2 if message else 1) and len(err) == 1  # a bad command line, or a bad input file
    expected = message or f"{csv_path}: no 'body' column (columns: id, text)"
    assert err[0] == f"summit-nlp corpus: error: {expected}"
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_missing_input_is_one_line(tmp_path: Path, capsys) -> None:
    assert run(tmp_path / "nope", "--out", tmp_path / "out") == 1
    assert capsys.readouterr().err == f"summit-nlp corpus: error: {tmp_path / 'nope'}: no such file or directory\n"


def test_timeout_sends_a_slow_article_to_errors_and_the_run_goes_on(corpus: Path, tmp_path: Path, capsys) -> None:
    # No full stop in 2.4 MB: the analysis is linear but takes many seconds (about 15 on a
    # two-core CI machine); the pool's workers are separate processes, so the limit is what stops
    # it. The limit is generous for the four small articles even on a loaded machine.
    clause = "the envoy said “we will talk” and the minister said “we will not” "
    (corpus / "huge.txt").write_text(clause * (2_400_000 // len(clause)), encoding="utf-8")
    out = tmp_path / "out"
    assert run(corpus, "--out", out, "--workers", "2", "--timeout", "2") == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("summit-nlp corpus: 5 articles, 4 analysed, 1 errors;")
    assert err[1] == ("summit-nlp corpus: error: huge.txt: analysis took longer than the time limit of 2 s; "
                      "the article was skipped (raise --timeout to analyse it)")
    got = tables(out)
    assert list(got["errors"]["error_type"]) == ["TimeLimitError"]
    assert sorted(got["articles"]["article_id"]) == ["a", "b", "c", "d"]


@pytest.mark.parametrize(("args", "message"), [
    (["--timeout", "0"], "--timeout must be a number of seconds > 0, got 0"),
    (["--engine", "dask", "--timeout", "5"],
     "--timeout: the dask engine runs articles in worker threads, which a time limit cannot interrupt "
     "(use --engine local, or drop --timeout)"),
])
def test_bad_timeouts_are_one_line(corpus: Path, tmp_path: Path, capsys, args: list[str], message: str) -> None:
    assert run(corpus, "--out", tmp_path / "out", *args) == 2
    assert capsys.readouterr().err == f"summit-nlp corpus: error: {message}\n"
    assert not (tmp_path / "out").exists()
