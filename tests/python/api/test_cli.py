"""The two commands: `mhsim` (Python) and `mhsim-engine` (C++), and the broken-scenario corpus."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import h5py
import numpy as np
import pytest

from conftest import ROOT, SCENARIOS

BROKEN = ROOT / "tests" / "scenarios" / "broken"
EXPECTED = (
    tomllib.loads((BROKEN / "expected.toml").read_text()) if (BROKEN / "expected.toml").exists() else {}
)
SMALL_SET = [
    "--set",
    "population.size=5000",
    "--set",
    "simulation.horizon_years=1",
    "--set",
    "simulation.burn_in_years=0.5",
]


def mhsim_command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mhsim.cli", *args], capture_output=True, text=True, cwd=ROOT
    )


def engine_command(*args: str) -> subprocess.CompletedProcess:
    engine = shutil.which("mhsim-engine", path=str(Path(sys.executable).parent))
    assert engine, "mhsim-engine is installed beside the Python interpreter"
    return subprocess.run([engine, *args], capture_output=True, text=True, cwd=ROOT)


def test_corpus_is_large_enough():
    assert len(list(BROKEN.glob("*.toml"))) - 1 >= 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("command", [mhsim_command, engine_command], ids=["mhsim", "mhsim-engine"])
def test_broken_scenario_is_rejected_with_status_2(name, command, tmp_path):
    out = tmp_path / "never.h5"
    result = command("run", str(BROKEN / name), "--out", str(out))
    assert result.returncode == 2, result.stderr
    assert EXPECTED[name] in result.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_validate_prints_every_problem():
    result = mhsim_command(
        "validate",
        str(SCENARIOS / "baseline.toml"),
        "--set",
        "population.size=-1",
        "--set",
        "access.stigma_factr=1",
    )
    assert result.returncode == 2
    assert "population.size" in result.stderr
    assert "access.stigma_factr" in result.stderr and "access.stigma_factor" in result.stderr


def test_validate_accepts_the_library():
    for path in [SCENARIOS / "baseline.toml", *sorted((SCENARIOS / "reforms").glob("*.toml"))]:
        assert mhsim_command("validate", str(path)).returncode == 0


def test_python_and_engine_commands_write_the_same_file(tmp_path):
    from_python, from_engine = tmp_path / "python.h5", tmp_path / "engine.h5"
    a = mhsim_command(
        "run", str(SCENARIOS / "baseline.toml"), "--seed", "3", *SMALL_SET, "--out", str(from_python)
    )
    b = engine_command(
        "run", str(SCENARIOS / "baseline.toml"), "--seed", "3", *SMALL_SET, "--out", str(from_engine)
    )
    assert a.returncode == 0, a.stderr
    assert b.returncode == 0, b.stderr
    assert "cmd_prevalence" in a.stdout and "cmd_prevalence" in b.stdout

    def contents(path):
        items = {}
        with h5py.File(path, "r") as f:
            items["attrs"] = {k: v for k, v in f.attrs.items() if k != "created_utc"}

            def visit(name, node):
                if isinstance(node, h5py.Dataset):
                    items[name] = node[()]

            f.visititems(visit)
        return items

    x, y = contents(from_python), contents(from_engine)
    assert x.keys() == y.keys()
    for key in x:
        if key == "attrs":
            assert x[key] == y[key]
        else:
            np.testing.assert_array_equal(x[key], y[key], err_msg=key)
