"""Outcome-based payment for psychological therapy (scenarios/reforms/outcome_payment.toml)
against the same therapy paid per session (scenarios/variants/fee_for_service.toml), and
the capitated baseline against fee-for-service, as paired differences on common random
numbers whose 95% interval excludes zero.

N_REPLICATIONS runs of 100,000 people over 3 reported years. Pilot (seed 47, n = 8),
against fee-for-service: outcome payment's therapy cost per recovery -124 GBP (-159 to
-88) on 2,017, recoveries in high-intensity therapy +64 a year (56 to 73) on 391 and in
low-intensity +54 (46 to 62) on 229, step-ups from high intensity +382 a year on 108;
severe cases' wait over mild cases' 0.44 -> 1.00 in high-intensity and 0.64 -> 4.4 in
low-intensity therapy (cream-skimming; the severe wait itself falls 9 days because the
whole list is shorter).
"""

from __future__ import annotations

import pytest

import mhsim
from conftest import REFORM_TEST_SIZE, SCENARIOS, assert_higher, assert_lower

N_REPLICATIONS = 8


@pytest.fixture(scope="module")
def comparison():
    def load(path):
        return mhsim.Scenario.load(SCENARIOS / path).with_overrides(REFORM_TEST_SIZE)

    return mhsim.compare(
        load("variants/fee_for_service.toml"),
        {"outcome_payment": load("reforms/outcome_payment.toml"), "capitation": load("baseline.toml")},
        n=N_REPLICATIONS,
        seed=47,
        progress=False,
        weekly=False,
    )


def test_outcome_payment_buys_more_recoveries_per_unit_of_money_than_fee_for_service(comparison):
    assert_lower(comparison, "outcome_payment", "cost_per_recovery_psychological_therapy")
    for service in ["low_intensity", "high_intensity"]:
        assert_higher(comparison, "outcome_payment", f"recoveries_in_treatment_per_year_{service}")
        # Measurement-based care: non-response found at the end of a course is stepped up.
        assert_higher(comparison, "outcome_payment", f"step_ups_per_year_{service}")
        # Discharge on recovery and courses as planned: fewer sessions a course.
        assert_lower(comparison, "outcome_payment", f"sessions_per_finished_course_{service}")
    # The bonus is paid on top of the same staff.
    assert_higher(comparison, "outcome_payment", "cost_psychological_therapy")


def test_outcome_payment_records_the_cream_skimming_of_severe_cases(comparison):
    """Under fee-for-service the severity head start serves severe cases sooner (ratio below 1);
    paid by outcome, the preference for milder cases cancels it in high-intensity therapy (whose
    head start is as long as the preference) and reverses it in low-intensity therapy."""
    for service in ["low_intensity", "high_intensity"]:
        assert_higher(comparison, "outcome_payment", f"wait_ratio_severe_to_mild_{service}")
        ratio = comparison.difference("outcome_payment", f"wait_ratio_severe_to_mild_{service}")
        assert ratio["baseline_mean"] < 1, ratio
    low = comparison.difference("outcome_payment", "wait_ratio_severe_to_mild_low_intensity")
    assert low["baseline_mean"] + low["lower"] > 1, low


def test_fee_for_service_lengthens_courses_against_capitation(comparison):
    """Pilot: capitation has 3.9 fewer sessions a finished high-intensity course (on 11.6), 447
    more starts a year (on 1,366) and costs 415 GBP less per therapy recovery (on 2,017)."""
    for service in ["low_intensity", "high_intensity"]:
        assert_lower(comparison, "capitation", f"sessions_per_finished_course_{service}")
        assert_higher(comparison, "capitation", f"treatment_starts_per_year_{service}")
    assert_lower(comparison, "capitation", "cost_per_recovery_psychological_therapy")
