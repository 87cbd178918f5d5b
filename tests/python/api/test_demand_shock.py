"""Demand shocks and recovery (docs/model.md, "Demand shocks and recovery"): the library's
demand_shock scenarios against the baseline on common random numbers, read through
Comparison.recovery as a ministry analyst would."""

from __future__ import annotations

import numpy as np
import pytest

import mhsim
from conftest import SCENARIOS
from mhsim.recovery import RECOVERY_TABLES

# Four reported years: the shock is the second, and two years follow it to recover in.
SMALL = {"population.size": 20000, "simulation.horizon_years": 4.0, "simulation.burn_in_years": 1.0}
SHOCKS = ("demand_shock", "demand_shock_surge_capacity")
N = 5


@pytest.fixture(scope="module")
def comparison() -> mhsim.Comparison:
    baseline = mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SMALL)
    reforms = {
        name: mhsim.Scenario.load(SCENARIOS / "reforms" / f"{name}.toml").with_overrides(SMALL)
        for name in SHOCKS
    }
    # Five replications: the trust each group places in services moves with its crises (docs/model.md,
    # "Trust"), which spends some of the common random numbers, and three no longer see the backlog.
    return mhsim.compare(baseline, reforms, n=N, seed=5, weekly=[*RECOVERY_TABLES, "cmd_onsets"])


def weekly_total(results: mhsim.Results, table: str, weeks: slice) -> float:
    return float(results.to_xarray()[table].isel(week=weeks).sum())


def test_the_shock_raises_onsets_in_its_year_only(comparison):
    for base, shock in zip(
        comparison.baseline.runs, comparison.replications("demand_shock").runs, strict=True
    ):
        np.testing.assert_array_equal(  # common random numbers: the first year is the baseline's
            shock.to_xarray()["cmd_onsets"].isel(week=slice(0, 52)).values,
            base.to_xarray()["cmd_onsets"].isel(week=slice(0, 52)).values,
        )
    year_two = slice(52, 104)
    ratio = sum(
        weekly_total(r, "cmd_onsets", year_two) for r in comparison.replications("demand_shock").runs
    ) / sum(weekly_total(r, "cmd_onsets", year_two) for r in comparison.baseline.runs)
    assert 1.15 < ratio < 1.45, ratio  # onset x 1.3 (less: people ill already cannot begin an episode)


def test_recovery_shows_the_backlog_and_when_waits_come_back(comparison):
    table = comparison.recovery()
    assert list(table.index) == list(SHOCKS)
    shock = table.loc["demand_shock"]
    assert shock["first_change_week"] == 52
    assert shock["backlog_peak_lower"] > 0, shock  # the lists grow, beyond the runs' noise
    assert 52 <= shock["backlog_peak_week"] < 208
    assert 0 <= shock["recovered_share"] <= 1 and shock["n"] == N
    if shock["recovered_share"] > 0:
        assert shock["weeks_to_recover_median"] >= 0
    assert np.isnan(shock["weeks_to_recover_on_average"]) or 0 <= shock["weeks_to_recover_on_average"] < 156


def test_recovery_names_the_tables_it_needs():
    tiny = {"population.size": 2000, "simulation.horizon_years": 1.0, "simulation.burn_in_years": 0.5}
    baseline = mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(tiny)
    reform = mhsim.Scenario.load(SCENARIOS / "reforms" / "therapy_expansion.toml").with_overrides(tiny)
    summary_only = mhsim.compare(baseline, {"therapy_expansion": reform}, n=1, weekly=False)
    with pytest.raises(
        ValueError, match="recovery needs the weekly tables waiting, wait_days_sum, treatment_starts"
    ):
        summary_only.recovery()


def test_recovery_names_an_unknown_step(comparison):
    with pytest.raises(mhsim.UnknownFigureError, match="Did you mean 'high_intensity'"):
        comparison.recovery(step="high_intensty")
