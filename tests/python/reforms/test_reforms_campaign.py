"""An anti-stigma and awareness campaign (scenarios/reforms/anti_stigma_campaign.toml) against
the baseline, as paired differences on common random numbers whose 95% interval excludes zero
(N_REPLICATIONS runs of 100,000 people over 3 reported years). Pilot (seed 47, n = 6):
help-seeking contacts +22.5 per 1,000 a year (21.5 to 23.5) on 355, in treatment +2.1 points
on 37.9%, high-intensity wait +3.9 days (2.5 to 5.3) on 17.4, DALYs -508 (-773 to -242) on
27,354, for 118,000 GBP more in all (the campaign's 180,000 less some savings elsewhere)."""

from __future__ import annotations

import pytest

from conftest import assert_higher, assert_within, compare_reforms

N_REPLICATIONS = 6


@pytest.fixture(scope="module")
def comparison():
    return compare_reforms(["anti_stigma_campaign"], n=N_REPLICATIONS, seed=47, weekly=False)


def test_campaign_brings_more_people_to_care_and_lengthens_waits_without_more_staff(comparison):
    assert_higher(comparison, "anti_stigma_campaign", "help_seeking_contacts_per_1000_per_year")
    assert_higher(comparison, "anti_stigma_campaign", "care_entries_per_1000_per_year")
    assert_higher(comparison, "anti_stigma_campaign", "cmd_in_treatment_share")
    assert_higher(comparison, "anti_stigma_campaign", "wait_mean_days_high_intensity")


def test_campaign_is_paid_from_its_own_line_within_its_budget(comparison):
    spend = comparison.difference("anti_stigma_campaign", "cost_campaigns")
    # 60,000 GBP per 100,000 people a year over 157 weeks.
    assert spend["difference"] == pytest.approx(60000 * 157 / (365.25 / 7))
    assert_within(comparison, "anti_stigma_campaign", "budget_balance_campaigns", 0.01 * spend["difference"])
