"""``summit-nlp extract``: formats, output files, and bad input in a batch."""

import csv
import io
import json
import shutil

import pytest

from summit_nlp.cli import main

GOOD = "“We will meet again,” Foreign Minister Sergei Lavrov said.\nLavrov called on Kyiv to return to talks.\n"


@pytest.fixture
def batch(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    (d / "b.txt").write_text("Chancellor Olaf Scholz said the summit was “useful.”\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 10)
    return d


def test_one_file_prints_json(tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(f)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["quotes"][0]["speaker"] == "Sergei Lavrov" and d["reported_speech"][0]["cue"] == "called on"
    assert d["article"] == str(f)


def test_directory_with_bad_files(batch, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(batch), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    bad_lines = [line for line in err.splitlines() if "error" in line]
    assert len(bad_lines) == 3
    assert any("empty.txt" in line and "empty file" in line for line in bad_lines)
    assert any("latin1.txt" in line and "UTF-8" in line for line in bad_lines)
    assert any("binary.txt" in line and "binary" in line for line in bad_lines)
    assert "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]  # nothing half-written


def test_csv_and_jsonl_formats(batch, tmp_path, capsys):
    good = tmp_path / "good"
    good.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(batch / name, good / name)
    assert main(["extract", str(good), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(x)["text_sha256"] for x in lines)
    assert main(["extract", str(good / "a.txt"), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["type"] for r in rows} == {"quote", "reported"} and rows[0]["speaker"] == "Sergei Lavrov"


def test_missing_path_is_one_line(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.txt" in err[0] and "no such file" in err[0]


def test_summary_table(tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(f), "--out", str(tmp_path / "o"), "--summary"]) == 0
    out = capsys.readouterr().out
    assert "Sergei Lavrov" in out and "direct" in out


def test_help_lists_every_subcommand(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "extract" in out and "evaluate" in out


def test_bad_format_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["extract", str(tmp_path), "--format", "xml"])
    assert info.value.code == 2


def test_explain_lists_every_dropped_span_with_its_reason(tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_text('Her memoir "A Year in Minsk" is out.\n\n"We stay," Envoy Ana Lopes said.\n', encoding="utf-8")
    assert main(["extract", str(f), "--explain"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["dropped"][0]["reason"] == "title"
    (line,) = [x for x in captured.err.splitlines() if "A Year in Minsk" in x]
    assert line.startswith(f"{f}:") and ": title (" in line


def test_min_confidence_filters_and_is_checked(tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_text('"We stay," Envoy Ana Lopes said.\n\nShe hopes the embassy stays "open for business".\n',
                 encoding="utf-8")
    assert main(["extract", str(f), "--min-confidence", "0.6"]) == 0
    assert len(json.loads(capsys.readouterr().out)["quotes"]) == 1  # the sentence-subject quote (0.5) is left out
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(f), "--min-confidence", "2"])
    assert exc.value.code == 2 and "between 0 and 1" in capsys.readouterr().err
