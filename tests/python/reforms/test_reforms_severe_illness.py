"""Severe illness in the community (docs/model.md, "Severe illness in the community"):
early intervention in psychosis, community mental health teams and relapse prevention,
each against the baseline as paired differences on common random numbers.

First episodes are rare (about 15 per 100,000 a year), so the comparison raises the
onset of severe mental illness twenty-fold in both arms and gives early intervention
twenty times the reform file's places (40 coordinators per 100,000, not 2): the same
reform per first episode, in 100,000 people. The teams and relapse prevention act on
everyone with severe illness (about 1.2%), so they need no such scaling.
"""

from __future__ import annotations

import pytest

import mhsim
from conftest import SCENARIOS, assert_higher, assert_lower, compare_reforms

ONSETS_X20 = {
    "severe_mental_illness.onset_rate_per_year_by_age_band.age_10_14": 0.0004,
    "severe_mental_illness.onset_rate_per_year_by_age_band.age_15_24": 0.007,
    "severe_mental_illness.onset_rate_per_year_by_age_band.age_25_44": 0.003,
    "severe_mental_illness.onset_rate_per_year_by_age_band.age_45_64": 0.001,
    "severe_mental_illness.onset_rate_per_year_by_age_band.age_65_plus": 0.0004,
}
SIZE = {
    "population.size": 100000,
    "simulation.horizon_years": 3.0,
    "simulation.burn_in_years": 1.0,
    **ONSETS_X20,
}


@pytest.fixture(scope="module")
def early_intervention():
    reform = mhsim.Scenario.load(SCENARIOS / "reforms" / "early_intervention_psychosis.toml")
    ample = reform.with_overrides({"early_intervention_psychosis.coordinator_fte_per_100k": 40.0})
    scarce = reform.with_overrides({"early_intervention_psychosis.coordinator_fte_per_100k": 4.0})
    return compare_reforms(
        [], n=12, seed=71, size=SIZE, more={"early_intervention_psychosis": ample, "scarce_places": scarce}
    )


def test_early_intervention_means_fewer_crises_and_admissions_and_more_work_after_a_first_episode(
    early_intervention,
):
    name = "early_intervention_psychosis"
    assert_lower(early_intervention, name, "first_episode_relapses_per_person_year")
    assert_lower(early_intervention, name, "first_episode_crises_per_person_year")
    assert_lower(early_intervention, name, "first_episode_admissions_per_person_year")
    # More in work: of first-episode cases in the labour force, more employed (IPS inside early
    # intervention); the share of all of them in work rises too, by about half a point (at n = 12
    # its interval touches zero, so only its direction is asserted).
    assert_higher(early_intervention, name, "first_episode_employment_rate")
    assert early_intervention.difference(name, "first_episode_in_work_share")["difference"] > 0


def test_early_intervention_reaches_first_episodes_soon_after_referral(early_intervention):
    name = "early_intervention_psychosis"
    baseline = early_intervention.difference(name, "early_intervention_referred_share")
    assert baseline["baseline_mean"] == 0.0
    assert baseline["reform_mean"] == pytest.approx(0.8, abs=0.05)  # referral_share
    assert (
        early_intervention.difference(name, "early_intervention_within_2_weeks_share")["reform_mean"] == 1.0
    )


def test_early_intervention_with_too_few_places_has_a_waiting_list_and_misses_the_two_week_standard(
    early_intervention,
):
    assert (
        early_intervention.difference(
            "scarce_places", "awaiting_programme_per_100k_early_intervention_psychosis"
        )["reform_mean"]
        > 0
    )
    assert (
        early_intervention.difference("scarce_places", "programme_occupancy_early_intervention_psychosis")[
            "reform_mean"
        ]
        > 0.9
    )
    within = early_intervention.difference("scarce_places", "early_intervention_within_2_weeks_share")[
        "reform_mean"
    ]
    assert within < 0.6
    assert (
        early_intervention.difference("scarce_places", "early_intervention_mean_wait_days")["reform_mean"]
        > 14
    )


@pytest.fixture(scope="module")
def community_care():
    baseline = mhsim.Scenario.load(SCENARIOS / "baseline.toml")
    teams = baseline.with_overrides({"community_mental_health_team.staff_fte_per_100k": 20.0})
    prevention = baseline.with_overrides({"relapse_prevention.reach_share": 0.5})
    small = {"population.size": 40000, "simulation.horizon_years": 2.0, "simulation.burn_in_years": 1.0}
    return compare_reforms(
        [], n=6, seed=73, size=small, more={"community_teams": teams, "relapse_prevention": prevention}
    )


def test_community_mental_health_teams_take_people_with_severe_illness_and_cut_their_crises(community_care):
    assert_higher(community_care, "community_teams", "community_team_contacts_per_100k_per_year")
    assert_lower(community_care, "community_teams", "smi_relapses_per_person_year")
    assert_higher(community_care, "community_teams", "cost_community")


def test_relapse_prevention_cuts_relapses_at_its_cost(community_care):
    assert_lower(community_care, "relapse_prevention", "smi_relapses_per_person_year")
    reached = community_care.difference("relapse_prevention", "relapse_prevention_reached_per_100k")
    smi = community_care.difference("relapse_prevention", "smi_prevalence")
    assert reached["reform_mean"] == pytest.approx(0.5 * smi["reform_mean"] * 1e5, rel=0.02)
    assert_higher(community_care, "relapse_prevention", "cost_community")
