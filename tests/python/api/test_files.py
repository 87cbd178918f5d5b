"""Files written whole or not at all, and no temporaries left to outlive their writers."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from mhsim.files import replace_atomically


def _dead_pid() -> int:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(finished.stdout)


def test_a_killed_writers_temporary_is_removed_when_the_file_is_next_written(tmp_path):
    target = tmp_path / "point-abc.h5"
    orphan = tmp_path / f".point-abc.tmp-{_dead_pid()}-0123abcd.h5"
    running = tmp_path / f".point-abc.tmp-{os.getpid()}-4567cdef.h5"  # a writer still at work
    other_file = tmp_path / f".point-xyz.tmp-{_dead_pid()}-89abcdef.h5"
    for path in (orphan, running, other_file):
        path.write_text("half written")

    replace_atomically(target, lambda temporary: temporary.write_text("whole"))

    assert target.read_text() == "whole"
    assert not orphan.exists()
    assert running.exists() and other_file.exists()  # a live writer's, and another file's, are left alone


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "index.json"
    target.write_text("old")

    def fail(temporary):
        temporary.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        replace_atomically(target, fail)
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["index.json"]
