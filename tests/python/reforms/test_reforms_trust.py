"""Anti-coercion (scenarios/reforms/anti_coercion.toml) against the baseline, as paired
differences on common random numbers whose 95% interval excludes zero (N_REPLICATIONS runs of
20,000 people over 5 reported years: long enough for the groups' trust to move, its time
constant being 1.5 years). Pilot (seed 61, n = 6): the marginalised group's trust factor in the
last week +0.23 (0.18 to 0.29) on about 0.7, help-seeking contacts +8.2 per 1,000 a year (3.0 to
13.4) on about 345, police contacts -320 per 100,000 a year (-358 to -281), involuntary admissions
-72 (-86 to -58). And the mechanism: with the group dynamic off (trust.group_sensitivity = 0)
each group's factor is constant at the plan's value."""

from __future__ import annotations

import pytest

import mhsim
from conftest import SCENARIOS, assert_higher, assert_lower, compare_reforms
from mhsim.equity import group_values
from mhsim.intervals import mean_interval

N_REPLICATIONS = 6
SIZE = {
    "population.size": 20000,
    "simulation.horizon_years": 5.0,
    "simulation.burn_in_years": 1.0,
}


@pytest.fixture(scope="module")
def comparison():
    return compare_reforms(["anti_coercion"], n=N_REPLICATIONS, seed=61, size=SIZE)


def test_anti_coercion_raises_the_marginalised_groups_trust_and_help_seeking(comparison):
    assert_higher(comparison, "anti_coercion", "group_trust_factor_end_marginalised")
    assert_higher(comparison, "anti_coercion", "help_seeking_contacts_per_1000_per_year")


def test_anti_coercion_cuts_police_contacts_and_compulsion(comparison):
    assert_lower(comparison, "anti_coercion", "police_contacts_per_100k_per_year")
    assert_lower(comparison, "anti_coercion", "coercive_contacts_per_100k_per_year")
    assert_lower(comparison, "anti_coercion", "involuntary_admissions_per_100k_per_year")


def group_factor(scenario: mhsim.Scenario):
    short = scenario.with_overrides({**SIZE, "simulation.horizon_years": 2.0, "trust.group_sensitivity": 0.0})
    return mhsim.run(short, seed=5).to_xarray()["group_trust_factor"]


def _marginalised_change(comparison, figure: str) -> tuple[float, float, float]:
    """The reform's paired change in ``figure`` for the marginalised group, from the summary by group."""
    key = (figure, "marginalised_group", "marginalised")
    base = group_values(comparison.baseline)[0].loc[key].to_numpy()
    reform = group_values(comparison.replications("anti_coercion"))[0].loc[key].to_numpy()
    return mean_interval(reform - base)


def test_over_the_years_the_marginalised_group_seeks_help_more_and_meets_the_police_less(comparison):
    _, lower, _ = _marginalised_change(comparison, "help_seeking_contacts_per_1000_ill_per_year")
    assert lower > 0
    _, _, upper = _marginalised_change(comparison, "police_contacts_per_100k_per_year")
    assert upper < 0
    # Its gap in help-seeking to the rest of the population narrows.
    gap = comparison.equity().gaps.loc[
        ("anti_coercion", "help_seeking_contacts_per_1000_ill_per_year", "marginalised_group", "marginalised")
    ]
    assert gap["reading"] == "narrows", gap.to_dict()


def test_without_the_group_dynamic_the_factor_stays_at_the_plans_value():
    baseline = mhsim.Scenario.load(SCENARIOS / "baseline.toml")
    factor = group_factor(baseline)
    assert (factor.sel(marginalised_group="not_marginalised") == 1.0).all()
    marginalised = baseline.value("access.marginalised_group_trust_factor")
    assert (factor.sel(marginalised_group="marginalised") == marginalised).all()
    # The reform's levers alone lift the factor, but it no longer moves with coercion.
    reform = group_factor(mhsim.Scenario.load(SCENARIOS / "reforms" / "anti_coercion.toml"))
    assert (reform == reform.isel(week=0)).all()
    assert float(reform.sel(marginalised_group="marginalised")[0]) > marginalised
