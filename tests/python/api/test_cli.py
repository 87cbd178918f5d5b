"""The two commands: `mhsim` (Python) and `mhsim-engine` (C++), and the broken-scenario corpus;
`mhsim run`, `validate` and `figures` (compare, replicate, demo and sweep have files of their own)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import h5py
import numpy as np
import pandas as pd
import pytest

import mhsim
from conftest import ROOT, SCENARIOS, run_cli

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
    library = [SCENARIOS / "baseline.toml", *sorted(SCENARIOS.glob("[rv]*/*.toml"))]
    result = mhsim_command("validate", *map(str, library))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(": valid (scenario") == len(library)


def test_validate_checks_every_file_and_names_the_invalid_one():
    broken = BROKEN / "unknown_key.toml"
    result = mhsim_command("validate", str(SCENARIOS / "baseline.toml"), str(broken))
    assert result.returncode == 2
    assert "baseline.toml: valid" in result.stdout
    assert EXPECTED["unknown_key.toml"] in result.stderr
    assert "1 of 2 scenario files are invalid" in result.stderr


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
    assert "People helped" in a.stdout and "cmd_prevalence" in b.stdout

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


BASELINE = str(SCENARIOS / "baseline.toml")


def test_run_prints_the_headline_figures_in_plain_words(capsys):
    status, out, _ = run_cli(capsys, "run", BASELINE, *SMALL_SET)
    assert status == 0
    assert "scenario baseline, seed 1" in out
    assert "Wait for high-intensity therapy, days" in out
    assert "Cost of care and justice (discounted), GBP" in out
    assert "cmd_prevalence" not in out


def test_run_prints_named_figures_or_every_figure(capsys):
    status, out, _ = run_cli(
        capsys, "run", BASELINE, *SMALL_SET, "--figures", "cmd_prevalence, population_mean"
    )
    assert status == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[2:]] == ["cmd_prevalence", "population_mean"]
    assert "share" in lines[2] and "people" in lines[3]
    status, out, _ = run_cli(capsys, "run", BASELINE, *SMALL_SET, "--all")
    assert status == 0
    assert all(f"\n{figure} " in out for figure in mhsim.figures().index)


def test_run_writes_the_summary_figures_as_csv(capsys, tmp_path):
    out = tmp_path / "run.csv"
    status, _, _ = run_cli(capsys, "run", BASELINE, *SMALL_SET, "--seed", "3", "--out", str(out))
    assert status == 0
    table = pd.read_csv(out, index_col="figure")
    assert list(table.columns) == ["unit", "value"]
    expected = mhsim.run(
        mhsim.Scenario.load(BASELINE).with_overrides(
            {"population.size": 5000, "simulation.horizon_years": 1, "simulation.burn_in_years": 0.5}
        ),
        seed=3,
    ).summary()
    assert list(table.index) == list(expected.index)
    np.testing.assert_allclose(table["value"], expected, rtol=1e-15)
    assert table.loc["cost_total_discounted", "unit"] == expected.attrs["units"]["cost_total_discounted"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.csv"]


def test_run_refuses_an_output_it_cannot_name(capsys, tmp_path):
    status, _, err = run_cli(capsys, "run", BASELINE, "--out", str(tmp_path / "results.hdf5"))
    assert status == 2
    assert "--out" in err and ".csv" in err and ".h5" in err and "results.hdf5" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["run", "replicate"])
def test_an_empty_out_is_a_usage_error_not_nothing_written(capsys, command):
    status, _, err = run_cli(capsys, command, BASELINE, "--out", "")
    assert status == 2 and "--out needs a" in err and "got ''" in err


def test_run_makes_the_missing_folders_of_an_h5_out(capsys, tmp_path):
    out = tmp_path / "new" / "deeper" / "run.h5"
    status, _, _ = run_cli(capsys, "run", BASELINE, *SMALL_SET, "--out", str(out))
    assert status == 0 and mhsim.load_results(out).seed == 1


def _destinations(tmp_path):
    (tmp_path / "a_file").write_text("not a folder")
    return {
        "missing folder": (tmp_path / "nowhere" / "run.h5", "nowhere does not exist"),
        "a folder": (tmp_path, "is a folder; give a file name"),
        "parent is a file": (tmp_path / "a_file" / "run.h5", "a_file is a file, not a folder"),
        "empty": ("", "--out needs a file name, got ''"),
    }


@pytest.mark.parametrize("case", ["missing folder", "a folder", "parent is a file", "empty"])
def test_the_engine_checks_out_before_it_simulates(tmp_path, case):
    out, words = _destinations(tmp_path)[case]
    # a full-size baseline would take seconds to simulate: the refusal must come first
    done = engine_command("run", str(SCENARIOS / "baseline.toml"), "--out", str(out))
    assert done.returncode == 2 and words in done.stderr and "events" not in done.stdout


def test_run_refuses_an_unknown_figure_before_running(capsys):
    status, _, err = run_cli(capsys, "run", BASELINE, "--figures", "cmd_prevalance")
    assert status == 2
    assert "'cmd_prevalance'" in err and "Did you mean 'cmd_prevalence'" in err
    assert "mhsim figures" in err


@pytest.mark.parametrize("seed", ["-1", "18446744073709551616", "x"])
@pytest.mark.parametrize("command", ["run", "demo", "replicate"])
def test_a_seed_outside_0_to_2_to_the_64_is_refused_in_words(capsys, seed, command):
    status, _, err = run_cli(capsys, command, *([] if command == "demo" else [BASELINE]), "--seed", seed)
    assert status == 2 and "Traceback" not in err
    assert "argument --seed: must be" in err and seed in err


@pytest.mark.parametrize("seed", ["-1", "18446744073709551616", "x", " 3", ""])
def test_the_engine_refuses_a_seed_outside_0_to_2_to_the_64(seed):
    done = engine_command("run", str(SCENARIOS / "baseline.toml"), *SMALL_SET, "--seed", seed)
    assert done.returncode == 2
    assert f"--seed expects a whole number from 0 to 2^64 - 1, got '{seed}'" in done.stderr


def test_a_missing_scenario_file_is_named(capsys, tmp_path):
    status, _, err = run_cli(capsys, "run", str(tmp_path / "nowhere.toml"))
    assert status == 2
    assert "nowhere.toml does not exist" in err


def test_figures_lists_every_figure_with_its_unit(capsys):
    status, out, _ = run_cli(capsys, "figures")
    assert status == 0
    assert "cost_total_discounted" in out and "effective_coverage" in out
