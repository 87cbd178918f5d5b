"""Queueing theory from the run's own output: Little's law on every waiting list and on beds,
and Erlang C on a step reduced to an M/M/c queue (python/mhsim/validation/queueing.py)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import xarray as xr

import mhsim
from conftest import SCENARIOS
from mhsim.validation import queueing

# Little's law over a finite horizon misses the people on a list at its two ends: at 4 years and
# 50,000 people that edge is at most 2% on every list of the baseline (3 seeds, issue 19's note).
SIZE = {"population.size": 50000, "simulation.horizon_years": 4.0, "simulation.burn_in_years": 2.0}


@pytest.fixture(scope="module")
def baseline_run() -> mhsim.Results:
    return mhsim.run(mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SIZE), seed=3)


# The reduced step: 2-day exponential courses at a load of about 0.78 (c = 22 places at 200,000
# people; the places and the arrivals both scale with the population).
REDUCED_SIZE = {"population.size": 200000, "simulation.horizon_years": 2.0, "simulation.burn_in_years": 2.0}
REDUCED = {"course_weeks": 2 / 7, "caseload_per_fte": 2.0}
REDUCED_SEEDS = (3, 4, 5, 6)


def _reduced(**options) -> mhsim.Scenario:
    overrides = {**REDUCED_SIZE, **queueing.mmc_overrides("low_intensity", **{**REDUCED, **options})}
    return mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(overrides)


@pytest.fixture(scope="module")
def reduced_runs() -> list[mhsim.Results]:
    scenario = _reduced().with_overrides({"recording.journey_sample_share": 0.1})
    return [mhsim.run(scenario, seed=seed) for seed in REDUCED_SEEDS]


def _erlang_c_by_factorials(offered_load: float, servers: int) -> float:
    """The textbook form, a^c/c! x c/(c - a) over the sum of a^k/k! and that term."""
    tail = offered_load**servers / math.factorial(servers) * servers / (servers - offered_load)
    return tail / (sum(offered_load**k / math.factorial(k) for k in range(servers)) + tail)


def test_erlang_c_agrees_with_closed_forms_and_the_textbook_sum():
    # M/M/1: an arrival waits with probability rho, and W_q = rho / (mu - lambda).
    assert queueing.erlang_c_probability_of_waiting(0.6, 1) == pytest.approx(0.6)
    assert queueing.erlang_c_mean_wait_days(0.6, 1.0, 1) == pytest.approx(0.6 / 0.4)
    # M/M/2: P(wait) = 2 rho^2 / (1 + rho).
    assert queueing.erlang_c_probability_of_waiting(1.5, 2) == pytest.approx(2 * 0.75**2 / 1.75)
    for load, servers in [(8.0, 10), (45.0, 50), (0.3, 4)]:
        expected = _erlang_c_by_factorials(load, servers)
        assert queueing.erlang_c_probability_of_waiting(load, servers) == pytest.approx(expected, rel=1e-12)
    # Beyond a^c/c!'s floating-point range the recursion still gives a probability.
    assert 0 < queueing.erlang_c_probability_of_waiting(900.0, 1000) < 1
    with pytest.raises(ValueError, match="offered load < servers"):
        queueing.erlang_c_probability_of_waiting(3.0, 3)


def test_littles_law_holds_on_every_waiting_list_and_on_beds(baseline_run):
    rows = queueing.littles_law_rows(baseline_run)
    names = {row.name for row in rows}
    assert {
        f"littles_law_waiting_{step}" for step in ["low_intensity", "high_intensity", "community_team"]
    } <= names
    assert "littles_law_beds" in names
    busy = [row for row in rows if "medication_management" not in row.name]  # the GP prescribes at once
    assert all(row.model > 0 for row in busy), queueing.table(rows)
    assert all(row.passed for row in rows), queueing.table(rows)


def test_every_route_off_a_list_counts_as_a_leaver(baseline_run):
    # Starters (at once or from the list), misroutes found at assessment, drop-outs and
    # recoveries while waiting: all leavers; the rest are deaths and moves at 18, a few.
    weekly = baseline_run.to_xarray()

    def by_step(table: str) -> xr.DataArray:
        variable = weekly[table]
        return variable.sum([d for d in variable.dims if d != "service"])

    routes = sum(
        by_step(t) for t in ["treatment_starts", "misroutes", "dropouts_waiting", "recoveries_waiting"]
    )
    leavers = by_step("list_leavers")
    for step in ["low_intensity", "high_intensity", "community_team"]:
        rest = float(leavers.sel(service=step) - routes.sel(service=step))
        assert 0 <= rest <= 0.03 * float(leavers.sel(service=step)), step


def test_erlang_c_holds_for_a_step_reduced_to_an_mmc_queue(reduced_runs):
    wait, course = queueing.erlang_c_rows(reduced_runs)
    places = queueing.caseload_places(reduced_runs[0], "low_intensity")
    load = float(np.mean([_offered_load(r) for r in reduced_runs]))
    assert 0.7 < load / places < 0.9  # a busy queue, neither idle nor overloaded
    assert course.passed, queueing.table([course])
    assert wait.passed, queueing.table([wait])


def _offered_load(results: mhsim.Results) -> float:
    in_treatment = results.to_xarray()["person_weeks_in_treatment"].sel(service="low_intensity")
    return float(in_treatment.sum()) / len(in_treatment["week"])


def test_the_reduced_step_has_exponential_courses_and_a_first_come_first_served_list(reduced_runs):
    log = reduced_runs[0].journeys()
    # Every event at the step, so that a wait ended by remission or death breaks the pairs.
    at_step = log[log["step"] == "low_intensity"].sort_values(["person", "day"], kind="stable")
    previous = at_step.groupby("person")[["event", "day"]].shift()
    # A course: a start followed by its completion (nothing else ends one in the reduction).
    ends = (at_step["event"] == "treatment_completion") & (previous["event"] == "treatment_start")
    lengths = (at_step["day"] - previous["day"])[ends].to_numpy()
    assert len(lengths) > 300
    assert np.mean(lengths) == pytest.approx(2.0, rel=0.1)
    assert np.std(lengths) / np.mean(lengths) == pytest.approx(1.0, abs=0.1)  # exponential: sd = mean
    # First come, first served: the people who waited start in the order they joined.
    from_list = (at_step["event"] == "treatment_start") & (previous["event"] == "joined_waiting_list")
    order = previous.loc[from_list, "day"].to_numpy()[
        np.argsort(at_step.loc[from_list, "day"], kind="stable")
    ]
    assert len(order) > 150
    assert (np.diff(order) >= 0).all()


def test_the_options_are_validated_by_name():
    baseline = mhsim.Scenario.load(SCENARIOS / "baseline.toml")
    with pytest.raises(
        mhsim.ScenarioError, match=r"services\.low_intensity\.course_length.*fixed.*exponential"
    ):
        baseline.with_overrides({"services.low_intensity.course_length": "gamma"})
    with pytest.raises(mhsim.ScenarioError, match=r"services\.digital_self_help\.waiting_list_order"):
        baseline.with_overrides({"services.digital_self_help.waiting_list_order": "first_come_first_served"})
