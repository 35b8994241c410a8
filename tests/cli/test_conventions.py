"""One convention for every command: exit statuses, one-line errors and warnings, no silent mistakes."""

from __future__ import annotations

import json
import re
import shutil
import warnings
from pathlib import Path

import pytest

from summit_nlp import SummitNLPWarning, analyze
from summit_nlp.cli import build_parser, main
from summit_nlp.cli.main import COMMANDS, EXIT_STATUS

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_9f4e31e1b15dc781.txt"
SEED_GOLD = ROOT / "seeds" / "000_9f4e31e1b15dc781.json"


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, list[str], str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # argparse
        code = int(exc.code)
    captured = capsys.readouterr()
    return code, captured.err.strip().splitlines(), captured.out


@pytest.mark.parametrize("args", [
    ["extract", "{missing}"],
    ["report", "{missing}", "--out", "{out}"],
    ["corpus", "{missing}", "--out", "{out}"],
    ["evaluate", "{missing}", str(SEED_GOLD)],
])
def test_a_missing_input_is_exit_1_from_every_command(args: list[str], tmp_path: Path, capsys) -> None:
    missing = tmp_path / "missing.txt"
    code, err, _ = _run(capsys, *[a.format(missing=missing, out=tmp_path / "out") for a in args])
    assert code == 1
    assert len(err) == 1 and err[0].startswith(f"summit-nlp {args[0]}: error: {missing}")
    assert "Traceback" not in "\n".join(err) and not (tmp_path / "out" / "manifest.json").exists()


@pytest.mark.parametrize("args", [
    ["extract", str(SEED), "--format", "xml"],
    ["evaluate", str(SEED_GOLD)],
    ["corpus", str(SEED), "--out", "{out}", "--workers", "0"],
    ["report", str(SEED), "--out", "{out}", "-p", "colour", "red"],
    ["report", str(SEED), "--out", "{out}", "--notebook", "nope"],
])
def test_a_wrong_command_line_is_exit_2_and_runs_nothing(args: list[str], tmp_path: Path, capsys) -> None:
    code, err, out = _run(capsys, *[a.format(out=tmp_path / "out") for a in args])
    assert code == 2 and out == ""
    assert not (tmp_path / "out").exists()


def test_every_help_states_the_exit_statuses(capsys) -> None:
    parser = build_parser()
    assert EXIT_STATUS in parser.format_help()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in COMMANDS:
        text = sub.choices[name].format_help()
        assert "exit status (every command):" in text, name
        for status in ("0 ", "1 ", "2 ", "130 "):
            assert re.search(rf"^\s+{status}", text, flags=re.M), (name, status)
        assert "SPEC" not in text, name


@pytest.mark.parametrize("name, pointer", [("notes.csv", "summit-nlp corpus"), ("wire.jsonl", "summit-nlp corpus"),
                                           ("result.json", "summit-nlp evaluate")])
def test_extract_refuses_corpus_and_result_files(name: str, pointer: str, tmp_path: Path, capsys) -> None:
    path = tmp_path / name
    path.write_text('id,text\n1,"“We will meet again,” Lavrov said."\n', encoding="utf-8")
    code, err, out = _run(capsys, "extract", path, "--out", tmp_path / "out")
    assert code == 1 and out == ""
    assert len(err) == 1 and err[0].startswith(f"summit-nlp extract: error: {path}: ") and pointer in err[0]
    assert not (tmp_path / "out").exists()


def test_analyze_warns_when_given_a_path() -> None:
    with pytest.warns(SummitNLPWarning, match=r"000_9f4e31e1b15dc781\.txt: the article text is the path"):
        result = analyze(str(SEED))
    assert result.quotes == ()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        analyze("“We will meet again,” Lavrov said.")  # text is not warned about
        analyze("Talks resume.")  # nor is a short sentence that is not a file


def test_evaluate_skips_manifests_and_says_so(tmp_path: Path, capsys) -> None:
    pred, gold = tmp_path / "pred", tmp_path / "gold"
    code, _, _ = _run(capsys, "extract", SEED, "--out", pred)
    assert code == 0
    gold.mkdir()
    shutil.copy(SEED_GOLD, gold / SEED_GOLD.name)
    code, _, clean = _run(capsys, "evaluate", pred, gold, "--json")
    (pred / "manifest.json").write_text(json.dumps({"package": "summit_nlp", "reports": {}}), encoding="utf-8")
    (pred / f"{SEED.stem}.manifest.json").write_text(json.dumps({"version": "0.2"}), encoding="utf-8")
    code2, err, with_manifest = _run(capsys, "evaluate", pred, gold, "--json")
    assert code == code2 == 0
    assert json.loads(with_manifest) == json.loads(clean)  # nothing counted, nothing unmatched
    assert json.loads(with_manifest)["metrics"]["articles"] == 1
    assert err == [f"summit-nlp evaluate: warning: {pred / name}: skipped, not an article "
                   "(no speakers, quotes, reported_speech field)" for name in (f"{SEED.stem}.manifest.json", "manifest.json")]


def test_extract_summary_counts_agree_with_its_table(tmp_path: Path, capsys) -> None:
    code, _, out = _run(capsys, "extract", SEED, "--summary", "--out", tmp_path)
    assert code == 0
    heading = re.search(r": (\d+) quotes, (\d+) reported, (\d+) speakers", out)
    rows = [line.split() for line in out.splitlines()[out.splitlines().index("") + 4:] if re.search(r"\s\d+\s+\d+\s+\d+$", line)]
    n_quotes, n_reported, n_speakers = map(int, heading.groups())
    assert len(rows) == n_speakers  # every speaker a row, silent ones too
    assert sum(int(r[-3]) + int(r[-2]) for r in rows) == n_quotes and sum(int(r[-1]) for r in rows) == n_reported
    result = json.loads((tmp_path / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    assert n_speakers == len(result["speakers"])
