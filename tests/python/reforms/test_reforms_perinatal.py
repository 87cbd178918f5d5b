"""The perinatal pathway (scenarios/reforms/perinatal_pathway.toml) finds and treats
more perinatal cases than the baseline, as paired differences on common random
numbers whose 95% interval excludes zero.

N_REPLICATIONS runs of 20,000 people over 2 reported years: perinatal women are about
2.4% of the population (about 470 here), so the figures are of a few hundred women.
"""

from __future__ import annotations

import pytest

from conftest import SIZE_20K_2_YEARS, assert_higher, compare_reforms

N_REPLICATIONS = 5


@pytest.fixture(scope="module")
def comparison():
    return compare_reforms(["perinatal_pathway"], n=N_REPLICATIONS, seed=67, size=SIZE_20K_2_YEARS)


def test_perinatal_pathway_finds_and_treats_more_perinatal_cases(comparison):
    assert_higher(comparison, "perinatal_pathway", "perinatal_cases_found_per_100k_per_year")
    assert_higher(comparison, "perinatal_pathway", "perinatal_treated_share")
    assert_higher(comparison, "perinatal_pathway", "perinatal_team_entries_per_100k_per_year")


def test_perinatal_team_fills_its_places_and_has_a_list(comparison):
    # 3 FTE x 20 women per FTE per 100,000.
    row = comparison.difference("perinatal_pathway", "perinatal_team_caseload_per_100k")
    assert 50.0 < row["reform_mean"] <= 60.0 + 1e-9
    assert row["baseline_mean"] == 0.0
    assert comparison.difference("perinatal_pathway", "perinatal_team_waiting_per_100k")["reform_mean"] > 0
