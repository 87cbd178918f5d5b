"""Young people and CAMHS (issue 18): the baseline has people aged 10-17, a CAMHS that
turns some referrals away and a move to adult care at 18 that loses some people; a CAMHS
that accepts every referral and loses nobody at 18 shows the direction each lever must.

The variant is the baseline with `camhs.referral_acceptance_share` 1 and
`camhs.transition_loss_share` 0 (overrides, not a reform file: the young people's reform
files are school_mental_health.toml and youth_confidential.toml). 40,000 people over 3
reported years, forked from the baseline's burn-in, 4 replications with common random
numbers; the transition loss figures are per year, so positive in every baseline run.
"""

from __future__ import annotations

import pytest

import mhsim
from conftest import SCENARIOS, assert_higher, assert_lower

SIZE = {"population.size": 40000, "simulation.horizon_years": 3.0, "simulation.burn_in_years": 2.0}
OPEN_CAMHS = {"camhs.referral_acceptance_share": 1.0, "camhs.transition_loss_share": 0.0}


@pytest.fixture(scope="module")
def open_camhs():
    baseline = mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SIZE)
    return mhsim.compare(
        baseline,
        {"open_camhs": baseline.with_overrides(OPEN_CAMHS)},
        n=4,
        seed=3,
        progress=False,
        shared_burn_in=True,
    )


def test_the_baseline_has_young_people_referred_to_camhs_and_losses_at_18(open_camhs):
    runs = open_camhs.baseline.summary()  # one row per replication
    assert runs["young_people_share"].between(0.08, 0.13).all()
    assert (runs["young_people_cmd_prevalence"] > 0.05).all()
    assert (runs["camhs_starts_per_year"] > 0).all()
    assert runs["camhs_acceptance_share"].mean() == pytest.approx(0.75, abs=0.08)
    assert (runs["camhs_transition_losses_per_year"] > 0).all()
    assert runs["camhs_transition_loss_share"].mean() == pytest.approx(0.33, abs=0.15)


def test_a_camhs_that_accepts_everyone_and_loses_nobody_at_18(open_camhs):
    assert_higher(open_camhs, "open_camhs", "camhs_acceptance_share")
    assert_lower(open_camhs, "open_camhs", "camhs_transition_losses_per_year")
    assert_higher(open_camhs, "open_camhs", "camhs_waiting_mean")  # more referrals for the same places
