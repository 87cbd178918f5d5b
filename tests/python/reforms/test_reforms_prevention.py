"""Prevention (issue 18): the workplace programme (scenarios/reforms/workplace_prevention.toml)
lowers onsets among people in work against the baseline, as a paired difference on common
random numbers whose 95% interval lies below zero, and its cost per case prevented is
positive and finite.

N_REPLICATIONS runs of 20,000 people over 2 reported years (rounds at the start of each):
about half the population is in work, so the onsets among them number a few hundred a run.
"""

from __future__ import annotations

import math

import pytest

from conftest import SIZE_20K_2_YEARS, assert_higher, assert_lower, compare_reforms

N_REPLICATIONS = 5


@pytest.fixture(scope="module")
def comparison():
    return compare_reforms(["workplace_prevention"], n=N_REPLICATIONS, seed=71, size=SIZE_20K_2_YEARS)


def test_workplace_prevention_lowers_onsets_among_people_in_work(comparison):
    assert_lower(comparison, "workplace_prevention", "cmd_onsets_employed_per_1000_employed_per_year")
    assert_higher(comparison, "workplace_prevention", "workplace_prevention_reached_per_100k_per_year")
    assert_higher(comparison, "workplace_prevention", "prevention_cost_workplace")
    # Only the workplace programme runs.
    row = comparison.difference("workplace_prevention", "school_prevention_reached_per_100k_per_year")
    assert row["reform_mean"] == 0.0


def test_cost_per_case_prevented_is_positive_and_finite(comparison):
    row = comparison.cost_per_case_prevented().loc["workplace_prevention"]
    assert row["extra_prevention_cost"] > 0
    assert row["cases_prevented_lower"] > 0, row
    assert 0 < row["cost_per_case_prevented"] < math.inf
    assert row["cost_per_case_prevented_lower"] <= row["cost_per_case_prevented"]
