"""The workforce reform shows the direction it must show, as paired differences on
common random numbers whose 95% interval excludes zero.

workforce_burnout starts at the end of a shared burn-in (compare(shared_burn_in=True)),
so the surge and the freeze begin on the first reported day. 100,000 people over 3
reported years, n = 6. In a pilot (seed 47) help-seeking rose by 29% (355 to 456 per
1,000 a year), staff in post fell by 27%, attrition rose from 0.095 to 0.105 per
FTE-year (burnout in the overloaded community team), and the low-intensity wait rose
from 24.5 to 91 days: 271%, far more than demand.
"""

from __future__ import annotations

import pytest

from conftest import assert_higher, assert_lower, compare_reforms


@pytest.fixture(scope="module")
def comparison():
    return compare_reforms(["workforce_burnout"], n=6, seed=47, shared_burn_in=True)


def test_a_surge_without_hiring_raises_attrition_and_lowers_staff(comparison):
    assert_higher(comparison, "workforce_burnout", "staff_attrition_rate_per_year")
    assert_lower(comparison, "workforce_burnout", "staff_fte_change_share")
    assert_lower(comparison, "workforce_burnout", "staff_fte_end_per_100k_psychologist")


def test_waits_grow_faster_than_demand(comparison):
    assert_higher(comparison, "workforce_burnout", "help_seeking_contacts_per_1000_per_year")
    demand = comparison.difference("workforce_burnout", "help_seeking_contacts_per_1000_per_year")
    for figure in ["wait_mean_days_low_intensity", "wait_mean_days_high_intensity"]:
        wait = comparison.difference("workforce_burnout", figure)
        assert wait["lower"] / wait["baseline_mean"] > demand["upper"] / demand["baseline_mean"], (
            wait,
            demand,
        )
