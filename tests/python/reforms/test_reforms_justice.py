"""Justice after arrest (issue 18): court_diversion against the baseline shows fewer
jail days, more people linked to care at release and fewer repeat arrests, as paired
differences on common random numbers whose 95% interval excludes zero.

Arrests at a crisis are rare in the baseline (about 55 per 100,000 a year, and about
2% of them repeat arrests within a year at 20,000 people), so both arms run in a
police-heavy setting: the police arrest at half their crisis attendances and acute
severe illness brings 8 crises a year. At 40,000 people over 3 years, n = 12 (seed 71;
about 15 seconds): jail days fell by 1,805 (1,678 to 1,932) per 100,000 a year on 5,547,
repeat arrests by 14.1 (1.3 to 26.9) on 128, crises after release by 44 (33 to 54) per
1,000 releases on 243; releases linked to care rose from 28% (usual care) to 66%.
"""

from __future__ import annotations

import pytest

import mhsim
from conftest import SCENARIOS, assert_higher, assert_lower

N_REPLICATIONS = 12
SIZE = {
    "population.size": 40000,
    "simulation.horizon_years": 3.0,
    "simulation.burn_in_years": 1.0,
    "police.arrest_share": 0.5,
    "severe_mental_illness.crisis_rate_per_year_acute": 8.0,
}


@pytest.fixture(scope="module")
def comparison() -> mhsim.Comparison:
    baseline = mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SIZE)
    reform = mhsim.Scenario.load(SCENARIOS / "reforms" / "court_diversion.toml").with_overrides(SIZE)
    return mhsim.compare(
        baseline, {"court_diversion": reform}, n=N_REPLICATIONS, seed=71, progress=False, weekly=False
    )


def test_court_diversion_means_fewer_jail_days_and_repeat_arrests(comparison):
    assert_lower(comparison, "court_diversion", "jail_days_per_100k_per_year")
    assert_lower(comparison, "court_diversion", "repeat_arrests_per_100k_per_year")
    assert_lower(comparison, "court_diversion", "repeat_arrest_share")


def test_court_diversion_links_people_to_care_at_release(comparison):
    linked = comparison.difference("court_diversion", "release_linked_share")
    assert 0.2 < linked["baseline_mean"] < 0.35, linked  # usual care links about 27% (Jarrett et al. 2012)
    assert linked["lower"] > 0.15, linked
    assert_higher(comparison, "court_diversion", "court_diversions_per_100k_per_year")
    assert_higher(comparison, "court_diversion", "releases_linked_to_care_per_100k_per_year")


def test_linkage_and_care_in_jail_cut_crises_after_release(comparison):
    assert_lower(comparison, "court_diversion", "crises_after_release_per_1000_releases")


def test_the_levers_are_paid_for(comparison):
    # Practitioners on the crisis line, release plans on the community line; jail care on the
    # justice line, where fewer jail days save more than the care costs.
    assert_higher(comparison, "court_diversion", "cost_crisis")
    assert_higher(comparison, "court_diversion", "cost_community")
    assert_lower(comparison, "court_diversion", "cost_justice")
