"""Deinstitutionalisation in two variants (scenarios/reforms): money moved out of
inpatient beds over five years, with the community side built or under-built, as
paired differences on common random numbers whose 95% interval excludes zero.

Each comparison uses N_REPLICATIONS runs of 100,000 people over 3 reported years, so
three of the five steps are taken (beds 30 -> 28, 25, 23 per 100,000 at the start of
each year). Pilot (seed 47, n = 8) figures are in the tests' docstrings.
"""

from __future__ import annotations

import tomllib

import pandas as pd
import pytest

import mhsim
from conftest import REFORM_TEST_SIZE, SCENARIOS, assert_higher, assert_lower, compare_reforms

N_REPLICATIONS = 8


@pytest.fixture(scope="module")
def comparison():
    return compare_reforms(
        ["deinstitutionalisation", "deinstitutionalisation_underbuilt"],
        n=N_REPLICATIONS,
        seed=47,
        weekly=False,
    )


def test_built_community_side_means_fewer_bed_days_and_more_people_treated_in_the_community(comparison):
    """Pilot: beds occupied -5.8 (-6.4 to -5.3) on 28.6; community team starts +135 (129 to 140)
    a year on 200; ACT entries +16 per 100,000 a year; ED boarding hours -3,600 (-4,400 to
    -2,900) per 100,000 a year on 6,800 (the receiving centre and crisis beds take crises that
    would have waited in the ED). Under-built: beds occupied -4.1, community team starts +64."""
    for reform in ["deinstitutionalisation", "deinstitutionalisation_underbuilt"]:
        assert_lower(comparison, reform, "inpatient_beds_occupied_mean")
        assert_lower(comparison, reform, "cost_inpatient")
        assert_higher(comparison, reform, "treatment_starts_per_year_community_team")
    act_entries = "programme_entries_per_100k_per_year_assertive_community_treatment"
    assert_higher(comparison, "deinstitutionalisation", act_entries)
    assert_lower(comparison, "deinstitutionalisation", "wait_mean_days_community_team")
    assert_lower(comparison, "deinstitutionalisation", "ed_boarding_hours_per_100k_per_year")


def test_under_built_community_side_means_more_ed_boarding(comparison):
    """Pilot: ED boarding hours +2,600 (2,100 to 3,100) per 100,000 a year on 6,800; the crisis
    line, which pays for ED visits and boarding as they come, overspends by 231,000 (181,000 to
    280,000) over the three years."""
    assert_higher(comparison, "deinstitutionalisation_underbuilt", "ed_boarding_hours_per_100k_per_year")
    assert_lower(comparison, "deinstitutionalisation_underbuilt", "budget_balance_crisis")
    starts = "treatment_starts_per_year_community_team"
    built = comparison.difference("deinstitutionalisation", starts)
    under_built = comparison.difference("deinstitutionalisation_underbuilt", starts)
    assert built["difference"] > 2 * under_built["difference"], (built, under_built)


def test_budget_by_year_shows_the_money_moving_and_what_each_line_spent():
    scenario = mhsim.Scenario.load(SCENARIOS / "reforms" / "deinstitutionalisation_underbuilt.toml")
    result = mhsim.run(scenario.with_overrides(REFORM_TEST_SIZE), seed=3)
    table = result.budget_by_year()
    inpatient = table.xs("inpatient", level="budget_line")
    community = table.xs("community", level="budget_line")
    assert list(inpatient.index) == [0, 1, 2]
    # A fifth of 40% of the inpatient budget moves at the start of each year, a quarter of it
    # to community teams.
    base_inpatient = tomllib.loads(scenario.toml)["budget"]["per_100k_per_year_by_line"]["inpatient"]
    # A week has 1 / 52.18 of its year's budget; years 0 and 1 have 52 weeks, year 2 has 53.
    weeks_in_year = pd.Series([52, 52, 53])
    per_week = 0.4 / 5 * base_inpatient / (365.25 / 7)
    inpatient_steps = (inpatient["budget"] / weeks_in_year).diff().dropna().tolist()
    community_steps = (community["budget"] / weeks_in_year).diff().dropna().tolist()
    assert inpatient_steps == pytest.approx([-per_week] * 2)
    assert community_steps == pytest.approx([0.25 * per_week] * 2)
    assert (table["balance"] == table["budget"] - table["spent"]).all()
    # Beds are bought within the budget: the inpatient line spends what its beds cost, whole beds.
    assert (inpatient["balance"].abs() < 0.02 * inpatient["budget"]).all()
    summary = result.summary()
    assert summary["budget_balance_total"] == pytest.approx(table["balance"].sum())
    assert table.attrs["unit"] == "GBP, 2021 prices"
