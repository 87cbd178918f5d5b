"""DALYs and costs through the documented interface: a reform's DALYs averted,
incremental cost, ICER and net monetary benefit against the baseline, as paired
intervals on common random numbers.

In a pilot (100,000 people over 3 reported years, n = 10, seed 47) collaborative care
changed discounted DALYs by -1,888 (-2,030 to -1,746) on a baseline of 23,791, most of
it years lived with disability (-1,596), for 3.13 million GBP more (3.07 to 3.20): an
ICER of about 1,660 GBP per DALY averted and a net monetary benefit at 30,000 GBP per
DALY of 53 million (49 to 58). Twice the therapists: -112 DALYs (-194 to -30) for 2.65
million, about 23,600 per DALY.
"""

from __future__ import annotations

import pytest

import mhsim
from conftest import assert_lower, compare_reforms


@pytest.fixture(scope="module")
def comparison():
    return compare_reforms(["collaborative_care"], n=10, seed=47, weekly=["costs"])


def test_collaborative_care_averts_dalys_mostly_in_years_lived_with_disability(comparison):
    assert_lower(comparison, "collaborative_care", "dalys_discounted")
    assert_lower(comparison, "collaborative_care", "yld_years")
    dalys = comparison.difference("collaborative_care", "dalys")
    yld = comparison.difference("collaborative_care", "yld_years")
    assert yld["difference"] < 0.5 * dalys["difference"]  # both negative: YLD is most of the change


def test_collaborative_care_costs_more_and_is_cost_effective_at_30000_per_daly(comparison):
    table = comparison.cost_effectiveness(willingness_to_pay_per_daly=30000)
    row = table.loc["collaborative_care"]
    assert row["incremental_cost_lower"] > 0  # care managers and psychiatrist consults cost money
    assert row["dalys_averted_lower"] > 0
    assert row["icer_per_daly_averted"] == pytest.approx(row["incremental_cost"] / row["dalys_averted"])
    assert 0 < row["icer_per_daly_averted"] < 30000
    assert row["net_monetary_benefit_lower"] > 0
    assert row["net_monetary_benefit"] == pytest.approx(
        30000 * row["dalys_averted"] - row["incremental_cost"]
    )
    assert row["cost_unit"] == "GBP, 2021 prices"
    assert row["quadrant"] == "trade-off"
    # At no willingness to pay, the net benefit is the saving alone.
    free = comparison.cost_effectiveness(willingness_to_pay_per_daly=0).loc["collaborative_care"]
    assert free["net_monetary_benefit"] == pytest.approx(-row["incremental_cost"])


def test_the_icer_interval_brackets_the_icer_and_excludes_the_threshold(comparison):
    row = comparison.cost_effectiveness(willingness_to_pay_per_daly=30000).loc["collaborative_care"]
    assert row["icer_per_daly_averted_lower"] < row["icer_per_daly_averted"]
    assert row["icer_per_daly_averted"] < row["icer_per_daly_averted_upper"] < 30000


def test_return_on_investment_adds_savings_and_productivity_over_extra_cost(comparison):
    row = comparison.return_on_investment().loc["collaborative_care"]
    summary = comparison.baseline.summary()
    reform = comparison.reforms["collaborative_care"].summary()
    # Collaborative care spends more on primary care: the extra cost is at least that rise.
    primary_care = (
        reform["cost_primary_care_mental_health"] - summary["cost_primary_care_mental_health"]
    ).mean()
    assert row["extra_cost"] >= primary_care > 0
    productivity = (reform["productivity_value"] - summary["productivity_value"]).mean()
    assert row["productivity_gained"] == pytest.approx(productivity)
    assert row["health_system_savings"] >= 0
    assert row["return_on_investment"] == pytest.approx(
        (row["health_system_savings"] + row["productivity_gained"]) / row["extra_cost"]
    )
    assert row["return_on_investment_lower"] < row["return_on_investment"] < row["return_on_investment_upper"]
    assert row["cost_unit"] == "GBP, 2021 prices"


def test_cost_effectiveness_refuses_bad_arguments(comparison):
    with pytest.raises(ValueError, match="willingness_to_pay_per_daly"):
        comparison.cost_effectiveness(willingness_to_pay_per_daly=-1)
    with pytest.raises(KeyError, match=r"'cost_totl'\. Did you mean 'cost_total'"):
        comparison.cost_effectiveness(30000, cost="cost_totl")


def test_costs_add_up_by_line(comparison):
    summary = comparison.baseline.summary()
    lines = [
        "primary_care_mental_health",
        "psychological_therapy",
        "medication",
        "community",
        "crisis",
        "inpatient",
        "digital",
        "campaigns",
        "justice",
    ]
    total = sum(summary[f"cost_{line}"] for line in lines)
    assert ((summary["cost_total"] - total).abs() < 1e-6 * summary["cost_total"]).all()
    weekly = comparison.baseline.to_xarray()["costs"]
    assert list(weekly["cost_line"].values) == lines


def test_dalys_add_up_and_discounting_lowers_them(comparison):
    summary = comparison.baseline.summary()
    total = summary["yld_years_cmd"] + summary["yld_years_smi"] + summary["yll_years"]
    assert (summary["dalys"] - total).abs().max() < 1e-6 * summary["dalys"].max()
    assert (summary["dalys_discounted"] < summary["dalys"]).all()


def test_a_fork_may_change_unit_costs_and_nobody_s_course_changes(small_baseline):
    burn_in = mhsim.burn_in(small_baseline, seed=3)
    dearer_beds = small_baseline.with_overrides({"costs.inpatient_bed_day": 900.0})
    plain, dearer = burn_in.run(small_baseline).summary(), burn_in.run(dearer_beds).summary()
    assert dearer["cost_inpatient"] == pytest.approx(2 * plain["cost_inpatient"])
    assert dearer["dalys"] == plain["dalys"]
    assert (
        dearer["treatment_starts_per_year_high_intensity"]
        == plain["treatment_starts_per_year_high_intensity"]
    )
