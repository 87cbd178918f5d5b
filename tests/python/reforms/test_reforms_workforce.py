"""The workforce reform shows the direction it must show, as paired differences on
common random numbers whose 95% interval excludes zero.

workforce_burnout starts at the end of a shared burn-in (compare(shared_burn_in=True)),
so the surge and the freeze begin on the first reported day. 100,000 people over 3
reported years, n = 6. In a pilot (seed 47) help-seeking rose by 29% (355 to 456 per
1,000 a year), staff in post fell by 27%, attrition rose from 0.095 to 0.105 per
FTE-year (burnout in the overloaded community team), and the low-intensity wait rose
from 24.5 to 91 days: 271%, far more than demand.

hiring_freeze_year freezes hiring in year 2 only; its test runs 2,000 people (staff
stocks are expected values, so the direction shows at any size).
"""

from __future__ import annotations

import pytest

import mhsim
from conftest import SCENARIOS, assert_higher, assert_lower, compare_reforms


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


FREEZE_SIZE = {"population.size": 2000, "simulation.horizon_years": 3.0, "simulation.burn_in_years": 1.0}


def test_a_year_of_hiring_freeze_dips_staff_and_they_recover_after():
    # Staff stocks are expected values, so a small population shows the direction.
    def staff_and_hires(name: str):
        path = SCENARIOS / (f"reforms/{name}.toml" if name != "baseline" else "baseline.toml")
        weekly = mhsim.run(mhsim.Scenario.load(path).with_overrides(FREEZE_SIZE), seed=3).to_xarray()
        return [weekly[t].sum("cadre").to_numpy() for t in ("staff_fte", "staff_hires")]

    staff, hires = staff_and_hires("hiring_freeze_year")
    baseline_staff, _ = staff_and_hires("baseline")
    year_1, year_2 = slice(0, 52), slice(52, 104)  # the freeze is year 2: weeks 52 to 103
    assert (staff[year_1] == baseline_staff[year_1]).all()  # nothing changes before it
    assert (hires[year_2] == 0).all() and (hires[104:110] > 0).all()
    before, low, end = staff[51], staff[103], staff[-1]
    assert low < 0.95 * before  # a year's attrition (about a tenth) is not replaced
    assert end - low > 0.5 * (before - low)  # vacancies fill again at the recruitment lag
