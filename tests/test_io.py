"""Atomic writes: whole file or nothing, with ordinary permissions."""

import os
import stat

import pytest

from summit_nlp.io import write_text_atomic


def test_write_is_complete_and_readable_by_others(tmp_path):
    mask = os.umask(0o022)
    try:
        path = write_text_atomic(tmp_path / "sub" / "x.json", "{}\n")
    finally:
        os.umask(mask)
    assert path.read_text() == "{}\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in path.parent.iterdir()] == ["x.json"]


def test_failed_write_leaves_no_temp_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "x.txt"
    target.write_text("old")

    with pytest.raises(TypeError):
        write_text_atomic(target, 123)  # type: ignore[arg-type]
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["x.txt"]
