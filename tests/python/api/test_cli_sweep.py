"""`mhsim sweep` and the design files it reads (mhsim.designs.load)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import mhsim
from conftest import SCENARIOS
from mhsim.cli import main
from mhsim.designs import DesignFileError, Grid, LatinHypercube, Morris, Sobol

STAFF = "workforce.psychologist.fte_per_100k"
SMALL_SET = ["--set", "population.size=5000", "--set", "simulation.horizon_years=1",
             "--set", "simulation.burn_in_years=1"]  # fmt: skip
BASELINE = str(SCENARIOS / "baseline.toml")


def design(tmp_path, text: str):
    path = tmp_path / "design.toml"
    path.write_text(text)
    return path


def test_a_grid_takes_quoted_or_unquoted_dotted_keys(tmp_path):
    loaded = mhsim.designs.load(
        design(tmp_path, f'[grid]\n"{STAFF}" = [11, 22]\naccess.stigma_factor = [0.8, 1.0]\n')
    )
    assert loaded == Grid({STAFF: [11, 22], "access.stigma_factor": [0.8, 1.0]})
    assert len(loaded.points()) == 4


def test_sampled_designs_read_their_settings_and_ranges(tmp_path):
    ranges = f'"{STAFF}" = [9.0, 36.0]\n'
    lhs = mhsim.designs.load(
        design(tmp_path, f"[latin_hypercube]\npoints = 5\nseed = 2\n[latin_hypercube.ranges]\n{ranges}")
    )
    assert lhs == LatinHypercube({STAFF: [9.0, 36.0]}, n=5, seed=2)
    sobol = mhsim.designs.load(
        design(tmp_path, f"[sobol]\nsamples = 8\nsecond_order = true\n[sobol.ranges]\n{ranges}")
    )
    assert sobol == Sobol({STAFF: [9.0, 36.0]}, n=8, second_order=True)
    morris = mhsim.designs.load(design(tmp_path, f"[morris]\ntrajectories = 3\n[morris.ranges]\n{ranges}"))
    assert morris == Morris({STAFF: [9.0, 36.0]}, trajectories=3)
    assert len(morris.points()) == 3 * 2


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[gird]\na = [1]\n", ["unknown section [gird]", "Did you mean 'grid'", "[latin_hypercube]"]),
        ("[grid]\na = [1]\n[morris]\n", ["2 sections", "one section"]),
        ("[grid]\na = 1\n", ["[grid] 'a' must be an array of values, got 1"]),
        (
            "[latin_hypercube]\npionts = 3\n",
            [
                "unknown key 'pionts' in [latin_hypercube]",
                "Did you mean 'points'",
                "Expected points, seed and [latin_hypercube.ranges]",
            ],
        ),
        (
            "[latin_hypercube]\nseed = 3\n[latin_hypercube.ranges]\na = [0, 1]\n",
            ["[latin_hypercube] has no points"],
        ),
        ("[latin_hypercube]\npoints = 0\n", ["points must be an integer of at least 1, got 0"]),
        ("[sobol]\nsamples = 10\n", ["samples must be a power of 2", "got 10"]),
        (
            "[morris]\n[morris.ranges]\na = [2, 1]\n",
            ["[morris.ranges] 'a' must be [low, high] with low < high"],
        ),
        ("[grid\n", ["not valid TOML"]),
    ],
)
def test_a_bad_design_file_is_named_with_what_was_expected(tmp_path, text, words):
    with pytest.raises(DesignFileError) as error:
        mhsim.designs.load(design(tmp_path, text))
    assert str(tmp_path / "design.toml") in str(error.value)
    for word in words:
        assert word in str(error.value)


def test_sweep_prints_and_writes_each_points_means_and_resumes(capsys, tmp_path):
    path = design(tmp_path, f'[grid]\n"{STAFF}" = [11.0, 22.0]\n')
    store, out = tmp_path / "store", tmp_path / "points.csv"
    arguments = ["sweep", BASELINE, str(path), "-n", "2", "--seed", "3", *SMALL_SET, "--store", str(store),
                 "--out", str(out), "--workers", "2", "--quiet"]  # fmt: skip
    assert main(arguments) == 0
    printed = capsys.readouterr().out
    assert "each point's means over 2 replications" in printed
    assert "wait_mean_days_high_intensity" in printed and "2 points run now, 0 from the store" in printed
    means = pd.read_csv(out, index_col="point")
    assert list(means.columns[:2]) == [STAFF, "population_mean"]
    assert list(means[STAFF]) == [11.0, 22.0]
    assert len(means.columns) == 1 + len(mhsim.figures())
    assert means.loc[1, "wait_mean_days_high_intensity"] < means.loc[0, "wait_mean_days_high_intensity"]
    assert main([*arguments, "--figures", "cmd_prevalence"]) == 0
    printed = capsys.readouterr().out
    assert "0 points run now, 2 from the store" in printed
    assert "cmd_prevalence" in printed and "wait_mean_days_high_intensity" not in printed
    np.testing.assert_array_equal(pd.read_csv(out, index_col="point"), means)


def test_sweep_refuses_a_point_that_is_not_a_valid_scenario(capsys, tmp_path):
    path = design(tmp_path, '[grid]\n"workforce.psychologist.fte_per_100" = [11.0]\n')
    assert main(["sweep", BASELINE, str(path), "--store", str(tmp_path / "store")]) == 2
    err = capsys.readouterr().err
    assert f"mhsim: invalid scenario at point 0 of {path}" in err
    assert "workforce.psychologist.fte_per_100k" in err  # the engine's "did you mean"
    assert not (tmp_path / "store").exists()


def test_sweep_names_a_bad_design_file(capsys, tmp_path):
    assert main(["sweep", BASELINE, str(design(tmp_path, "[random]\npoints = 3\n"))]) == 2
    assert "unknown section [random]" in capsys.readouterr().err
    assert main(["sweep", BASELINE, str(tmp_path / "missing.toml")]) == 2
    assert "design file" in capsys.readouterr().err
    assert main(["sweep", BASELINE, str(tmp_path / "design.toml"), "--out", str(tmp_path / "x.txt")]) == 2
    assert "must end in .csv" in capsys.readouterr().err


def test_the_library_design_runs_as_the_readme_says():
    loaded = mhsim.designs.load(SCENARIOS / "designs" / "therapy_staff.toml")
    assert list(loaded.points()[STAFF]) == [11.0, 16.5, 22.0]
