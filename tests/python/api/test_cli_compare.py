"""`mhsim compare`, `mhsim replicate` and `mhsim demo`: paired replications from the command
line, the tables they print and write, and the input they refuse before running."""

from __future__ import annotations

import contextlib
import io
import shutil
import signal
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import mhsim
from conftest import ROOT, SCENARIOS, run_cli
from mhsim.cli import main, memory
from mhsim.cli.compare import name_reforms
from mhsim.cli.memory import weekly_tables_bytes
from mhsim.cli.output import Stopped, write_outputs
from mhsim.headline import HEADLINES
from mhsim.interaction import NO_CLEAR_INTERACTION
from mhsim.report import REPORT_TABLES

SMALL = {"population.size": 5000, "simulation.horizon_years": 1.0, "simulation.burn_in_years": 1.0}
SMALL_SET = [arg for key, value in SMALL.items() for arg in ("--set", f"{key}={value}")]
BASELINE = str(SCENARIOS / "baseline.toml")
REFORMS = [str(SCENARIOS / "reforms" / f"{name}.toml") for name in ("therapy_expansion", "front_door")]


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    """One `mhsim compare` of two reforms, n=2, with --out and --report (into a folder not made
    yet): (status, stdout, the out folder)."""
    out = tmp_path_factory.mktemp("compare") / "tables"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        status = main(["compare", BASELINE, *REFORMS, "-n", "2", "--seed", "4", *SMALL_SET,
                       "--out", str(out), "--report", str(out.parent / "briefing" / "report.html"),
                       "--quiet"])  # fmt: skip
    return status, printed.getvalue(), out


@pytest.fixture(scope="module")
def same_in_python():
    """The comparison `compared` runs, through the Python API."""
    baseline = mhsim.Scenario.load(BASELINE).with_overrides(SMALL)
    reforms = {
        name: mhsim.Scenario.load(SCENARIOS / "reforms" / f"{name}.toml").with_overrides(SMALL)
        for name in ("therapy_expansion", "front_door")
    }
    return mhsim.compare(baseline, reforms, n=2, seed=4, progress=False)


def test_compare_prints_the_headline_table(compared):
    status, out, _ = compared
    assert status == 0
    assert "therapy_expansion vs baseline" in out and "front_door vs baseline" in out
    assert "Wait for high-intensity therapy, days" in out
    assert "Net monetary benefit (discounted), GBP" in out
    assert "2 paired replications on common random numbers; intervals at 95%" in out
    assert "net monetary benefit at a willingness to pay of 20,000" in out


def test_compare_writes_the_report_it_was_asked_for(compared):
    _, out, folder = compared
    report = folder.parent / "briefing" / "report.html"
    assert f"written: {report}" in out
    text = report.read_text()
    assert "therapy_expansion" in text and "front_door" in text and 'id="cost-effectiveness"' in text


def test_compare_writes_its_tables_unrounded(compared, same_in_python):
    _, out, folder = compared
    assert sorted(p.name for p in folder.iterdir()) == ["differences.csv", "headline.csv", "summary.csv"]
    for name in ("headline.csv", "differences.csv", "summary.csv"):
        assert f"written: {folder / name}" in out
    headline = pd.read_csv(folder / "headline.csv", index_col=["headline", "scenario"])
    expected = same_in_python.headline()
    np.testing.assert_allclose(headline["difference"], expected["difference"], rtol=1e-12)
    assert list(headline["label"]) == list(expected["label"])
    differences = pd.read_csv(folder / "differences.csv", index_col=["reform", "figure"])
    np.testing.assert_allclose(
        differences["difference"], same_in_python.differences()["difference"], rtol=1e-12
    )


def test_compare_summary_has_every_figure_per_scenario_and_replication(compared, same_in_python):
    _, _, folder = compared
    summary = pd.read_csv(folder / "summary.csv")
    assert list(summary.columns) == ["scenario", "replication", "seed", "figure", "unit", "value"]
    figures = mhsim.figures()
    assert len(summary) == 3 * 2 * len(figures)
    assert list(summary["scenario"].unique()) == ["baseline", "therapy_expansion", "front_door"]
    front_door = summary[(summary["scenario"] == "front_door") & (summary["replication"] == 1)]
    assert list(front_door["figure"]) == list(figures.index)
    assert list(front_door["unit"]) == list(figures["unit"])
    np.testing.assert_allclose(
        front_door["value"], same_in_python.reforms["front_door"].summary().iloc[1], rtol=1e-15
    )
    assert (front_door["seed"] == same_in_python.baseline.seeds[1]).all()


def test_compare_prints_named_figures(capsys):
    status, out, _ = run_cli(
        capsys,
        "compare",
        BASELINE,
        REFORMS[0],
        "-n",
        "2",
        *SMALL_SET,
        "--figures",
        "cmd_prevalence",
        "--quiet",
    )
    assert status == 0
    [row] = [line for line in out.splitlines() if line.startswith("cmd_prevalence")]
    assert "share" in row and row.count("(") == 2  # the baseline's interval and the difference's


def test_reforms_are_named_by_their_file_when_the_name_is_taken():
    baseline = mhsim.Scenario.load(BASELINE).with_overrides(SMALL)
    named = name_reforms(
        baseline, ["a/baseline.toml", "b/more_staff.toml", "c/more_staff.toml"], [baseline] * 3
    )
    assert list(named) == ["a/baseline.toml", "more_staff", "c/more_staff.toml"]


def test_a_reform_of_another_size_or_horizon_is_refused(capsys, tmp_path):
    other = tmp_path / "longer.toml"
    other.write_text(f'extends = "{BASELINE}"\nname = "longer"\n[simulation]\nhorizon_years = 2.0\n')
    status, _, err = run_cli(
        capsys, "compare", BASELINE, str(other), *SMALL_SET[:2], "--out", str(tmp_path / "o")
    )
    assert status == 2
    assert "'longer'" in err and "'baseline'" in err
    assert "simulation.horizon_years = 2.0" in err and "simulation.horizon_years = 10.0" in err
    assert not (tmp_path / "o").exists()
    # The Python API refuses too, before running anything.
    baseline = mhsim.Scenario.load(BASELINE).with_overrides(SMALL)
    with pytest.raises(
        ValueError, match=r"'bigger' has population\.size = 6000 .* 'baseline' has population\.size = 5000"
    ):
        mhsim.compare(baseline, {"bigger": baseline.with_overrides({"population.size": 6000})}, n=1)


def test_a_shared_burn_in_refuses_a_reform_beyond_policy(capsys, tmp_path):
    reform = tmp_path / "more_onsets.toml"
    reform.write_text(f'extends = "{BASELINE}"\n[common_mental_disorder]\nonset_rate_per_year = 0.07\n')
    status, _, err = run_cli(
        capsys, "compare", BASELINE, str(reform), "-n", "1", *SMALL_SET, "--shared-burn-in", "--quiet"
    )
    assert status == 2
    assert "mhsim: --shared-burn-in: a reform started from a burn-in may change only" in err
    assert "common_mental_disorder.onset_rate_per_year" in err


def test_bad_input_is_named_before_anything_runs(capsys, tmp_path):
    a_file = tmp_path / "a_file"
    a_file.write_text("")
    status, _, err = run_cli(capsys, "compare", BASELINE, REFORMS[0], "--out", str(a_file / "tables"))
    assert status == 2 and "--out" in err and "is a file, not a folder" in err
    status, _, err = run_cli(capsys, "compare", BASELINE, REFORMS[0], "--report", str(a_file / "r.html"))
    assert status == 2 and "--report" in err and "is a file, not a folder" in err
    status, _, err = run_cli(capsys, "compare", BASELINE, str(tmp_path / "missing.toml"))
    assert status == 2 and "missing.toml does not exist" in err
    status, _, err = run_cli(capsys, "compare", BASELINE, REFORMS[0], "-n", "0")
    assert status == 2 and "-n/--n: must be at least 1, got 0" in err
    misspelled = "wait_mean_days_high_intens"
    status, _, err = run_cli(capsys, "compare", BASELINE, REFORMS[0], "--figures", misspelled)
    assert status == 2 and "Did you mean 'wait_mean_days_high_intensity'" in err
    status, _, err = run_cli(capsys, "compare", BASELINE, REFORMS[0], "--set", "population.size=-1")
    assert status == 2 and "mhsim: invalid scenario" in err and "population.size" in err
    assert list(tmp_path.iterdir()) == [a_file]


def a_package(folder) -> str:
    """therapy_expansion's staff at front_door's front door: a package of the two."""
    package = folder / "therapy_at_the_front_door.toml"
    package.write_text(
        f'extends = "{REFORMS[1]}"\nname = "therapy_at_the_front_door"\n'
        "[workforce.psychologist]\nfte_per_100k = 22.0\n"
    )
    return str(package)


def test_compare_sets_a_package_against_the_sum_of_its_parts(capsys, tmp_path):
    package = a_package(tmp_path)
    status, out, err = run_cli(
        capsys, "compare", BASELINE, *REFORMS, package, "--package", "therapy_at_the_front_door",
        "-n", "2", "--seed", "4", *SMALL_SET, "--out", str(tmp_path / "tables"), "--quiet",
    )  # fmt: skip
    assert status == 0, err
    assert "sum of the parts vs baseline" in out and "interaction (package - sum)" in out
    assert "Interaction: therapy_at_the_front_door against the sum of its parts (therapy_expansion, " in out
    table = pd.read_csv(tmp_path / "tables" / "interaction.csv", index_col="headline")
    assert list(table.index) == [h.figure for h in HEADLINES]
    np.testing.assert_allclose(table["interaction"], table["package"] - table["sum_of_parts"], atol=1e-6)
    for reading in table["reading"]:
        assert reading in out
        assert reading == NO_CLEAR_INTERACTION or "than the sum of its parts" in reading


def test_a_bad_package_is_named_before_anything_runs(capsys, tmp_path):
    package = a_package(tmp_path)
    status, _, err = run_cli(capsys, "compare", BASELINE, *REFORMS, package, "--package", "therapy_at_front")
    assert status == 2 and "--package therapy_at_front: no reform 'therapy_at_front'" in err
    assert "Did you mean 'therapy_at_the_front_door'" in err
    status, _, err = run_cli(
        capsys, "compare", BASELINE, *REFORMS, package, "--package", "therapy_at_the_front_door",
        "--parts", "therapy_expansion,front_dor", "--out", str(tmp_path / "o"),
    )  # fmt: skip
    assert status == 2 and "Did you mean 'front_door'" in err
    status, _, err = run_cli(capsys, "compare", BASELINE, *REFORMS, "--parts", "front_door,therapy_expansion")
    assert status == 2 and "--parts names the parts of a --package" in err
    assert not (tmp_path / "o").exists()


def test_replicate_prints_means_with_intervals_and_writes_them(capsys, tmp_path):
    status, out, _ = run_cli(
        capsys,
        "replicate",
        REFORMS[0],
        "-n",
        "2",
        "--seed",
        "4",
        *SMALL_SET,
        "--out",
        str(tmp_path),
        "--quiet",
    )
    assert status == 0
    assert "scenario therapy_expansion" in out and "Crises, per 100,000 people a year" in out
    assert "2 replications; intervals at 95%" in out
    intervals = pd.read_csv(tmp_path / "intervals.csv", index_col="figure")
    assert list(intervals.columns) == ["unit", "mean", "lower", "upper", "n"]
    assert list(intervals.index) == list(mhsim.figures().index)
    summary = pd.read_csv(tmp_path / "summary.csv")
    assert len(summary) == 2 * len(intervals) and set(summary["scenario"]) == {"therapy_expansion"}


@pytest.fixture(scope="module")
def small_library(tmp_path_factory):
    """A --scenarios folder: the baseline, one year after a one-year burn-in, and two reforms."""
    folder = tmp_path_factory.mktemp("library")
    (folder / "reforms").mkdir()
    (folder / "baseline.toml").write_text(
        f'extends = "{BASELINE}"\n[simulation]\nhorizon_years = 1.0\nburn_in_years = 1.0\n'
    )
    for path in REFORMS:
        shutil.copy(path, folder / "reforms")
    return folder


def test_demo_is_one_paired_comparison_of_the_library(capsys, small_library, tmp_path):
    status, out, err = run_cli(
        capsys, "demo", "--size", "5000", "-n", "2", "--scenarios", str(small_library), "--out", str(tmp_path)
    )
    assert status == 0, err
    assert "front_door vs baseline" in out and "People helped" in out
    assert "2 paired replications" in out
    summary = pd.read_csv(tmp_path / "summary.csv", index_col="figure")
    assert list(summary.columns) == ["unit", "baseline", "front_door", "therapy_expansion"]
    assert list(summary.index) == list(mhsim.figures().index)
    assert summary.loc["population_mean", "baseline"] == pytest.approx(5000, rel=0.05)
    headline = pd.read_csv(tmp_path / "headline.csv")
    assert {"label", "mean", "difference", "difference_lower"} <= set(headline.columns)
    assert f"{tmp_path / 'summary.csv'}" in out and f"{tmp_path / 'headline.csv'}" in out
    assert f"report: {tmp_path / 'report.html'}" in out
    report = (tmp_path / "report.html").read_text()
    assert "the baseline against 2 reforms" in report and 'id="headline"' in report
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_demo_prints_the_full_table_when_asked(capsys, small_library, tmp_path):
    status, out, _ = run_cli(
        capsys, "demo", "--size", "5000", "-n", "1", "--scenarios", str(small_library),
        "--out", str(tmp_path), "--all", "--quiet",
    )  # fmt: skip
    assert status == 0
    assert "cmd_prevalence" in out and "cost_total_discounted" in out
    assert "Each scenario's mean over 1 replication." in out


def test_demo_needs_a_library(capsys, tmp_path):
    status, _, err = run_cli(capsys, "demo", "--scenarios", str(tmp_path), "--out", str(tmp_path / "o"))
    assert status == 2 and "baseline.toml" in err and "reforms/*.toml" in err


def test_exit_status_from_the_shell(tmp_path):
    command = [sys.executable, "-m", "mhsim.cli", "compare", BASELINE, str(tmp_path / "missing.toml")]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.startswith("mhsim: scenario file") and "missing.toml does not exist" in result.stderr


def test_ctrl_c_stops_cleanly_and_writes_nothing(tmp_path):
    out = tmp_path / "tables"
    command = [sys.executable, "-m", "mhsim.cli", "compare", BASELINE, *REFORMS, "-n", "6",
               "--set", "population.size=200000", "--workers", "2", "--out", str(out)]  # fmt: skip
    process = subprocess.Popen(
        command,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        # A shell's background job ignores SIGINT, and so would the child: give it the default.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert "Ctrl-C stops" in process.stderr.readline()  # the runs have begun
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "mhsim: stopped (Ctrl-C); nothing was written" in stderr
    assert "Traceback" not in stderr and stdout == ""
    assert not out.exists()


def test_a_stop_while_writing_names_the_files_already_complete(tmp_path):
    def interrupted(path):
        path.write_text("half")
        raise KeyboardInterrupt

    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    with pytest.raises(Stopped) as stop:
        write_outputs({first: lambda path: path.write_text("whole"), second: interrupted})
    assert stop.value.note == f"already complete: {first}; nothing else was written"
    assert [p.name for p in tmp_path.iterdir()] == ["first.csv"] and first.read_text() == "whole"


def test_a_comparison_too_large_for_the_memory_is_warned_of(capsys, monkeypatch):
    scenario = mhsim.Scenario.load(BASELINE).with_overrides(SMALL)
    run = mhsim.run(scenario, seed=1)
    measured = sum(run.to_xarray()[name].nbytes for name in run.metrics)
    assert weekly_tables_bytes(scenario) == pytest.approx(measured, rel=0.05)
    kept = sum(run.to_xarray()[name].nbytes for name in REPORT_TABLES)
    assert weekly_tables_bytes(scenario, REPORT_TABLES) == pytest.approx(kept, rel=0.05)
    assert kept < 0.3 * measured  # what a report reads is a fraction of every table
    monkeypatch.setattr(memory, "available_bytes", lambda: 10e6)
    memory.warn_if_too_large(scenario, 170, REPORT_TABLES)
    err = capsys.readouterr().err
    assert "mhsim: warning: the 170 runs keep their weekly tables in memory" in err
    assert "0.0 GB available" in err and "fewer replications (-n)" in err
    memory.warn_if_too_large(scenario, 170, [])  # summary figures alone: nothing to warn of
    status, _, err = run_cli(capsys, "replicate", BASELINE, "-n", "2", *SMALL_SET, "--quiet")
    assert status == 0 and "warning" not in err
