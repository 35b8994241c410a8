"""Tests of ``summit-nlp evaluate``: the table, --json, the CSV outputs and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from summit_nlp.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "evaluate"
SEED_GOLD = Path(__file__).resolve().parents[2] / "seeds" / "000_9f4e31e1b15dc781.json"


def test_table_lists_metrics_and_unmatched_stems(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(FIXTURES / "pred"), str(FIXTURES / "gold")]) == 0
    out = capsys.readouterr().out
    assert "articles scored: 2" in out
    assert "prediction only (1): gamma" in out
    row = next(line for line in out.splitlines() if line.startswith("quotes (overlap)"))
    assert row.split()[2:] == ["0.750", "1.000", "0.857", "3", "1", "0"]
    attribution = next(line for line in out.splitlines() if line.startswith("attribution (quotes)"))
    assert attribution.split()[-2:] == ["0.667", "2/3"]


def test_seed_gold_against_itself_prints_perfect_scores(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(SEED_GOLD), str(SEED_GOLD), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["metrics"]["quote_f1_overlap"] == data["metrics"]["stance_f1"] == 1.0
    assert data["errors"] == [] and data["unmatched"] == {"prediction": [], "gold": []}
    assert [row["article"] for row in data["per_article"]] == [SEED_GOLD.stem]


def test_csv_outputs_are_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    errors, per_article = tmp_path / "out" / "errors.csv", tmp_path / "articles.csv"
    code = main(["evaluate", str(FIXTURES / "pred"), str(FIXTURES / "gold"),
                 "--errors", str(errors), "--per-article", str(per_article)])
    assert code == 0
    assert sorted(pd.read_csv(errors)["error"]) == ["spurious", "wrong_speaker"]
    assert pd.read_csv(per_article)["article"].tolist() == ["alpha", "beta"]


@pytest.mark.parametrize("pred, gold, message", [
    ("missing.json", "gold", "missing.json: no such file or directory"),
    ("malformed.json", "gold", "malformed.json: not valid JSON"),
    ("pred/gamma.json", "gold", "no article in common"),
])
def test_bad_input_is_one_line_and_exit_1(pred: str, gold: str, message: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    errors = tmp_path / "errors.csv"
    code = main(["evaluate", str(FIXTURES / pred), str(FIXTURES / gold), "--errors", str(errors)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summit-nlp evaluate: error: ") and message in lines[0]
    assert not errors.exists()
