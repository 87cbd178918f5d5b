"""School and the youth pathway (issue 18): school_mental_health and youth_confidential help
more young people, and sooner, as paired differences on common random numbers whose 95%
interval excludes zero.

Each reform is forked from the baseline's burn-in (shared_burn_in), so both arms share every
person up to the switch. Young people are a small share of a population aged 15 and over
(pupils, under 18, about 4%), so the population is 100,000 over 2 reported years.

In a pilot (seed 3, n = 4) school_mental_health identified 15.4 pupils per 1,000 pupil-years
at school and started 11.1 courses with counsellors, raised pupils' first treatments from 84
to 101 per 1,000 person-years and their treated share from 0.278 to 0.307, and cut the weeks
an episode spends untreated from 23.0 by 1.0 (interval -1.7 to -0.3). youth_confidential raised
young people's help-seeking from 276 by 38 per 1,000 person-years, their treated share from
0.312 to 0.344, and cut their untreated weeks per episode from 31.7 by 1.7. The mean wait from
entry into care to a first treatment is short already (0.6-0.7 weeks: most first treatments are
a GP's medication or digital self-help) and moved within its noise, so it is not asserted.
"""

from __future__ import annotations

import pytest

from conftest import assert_higher, assert_lower, compare_reforms

SIZE = {"population.size": 100000, "simulation.horizon_years": 2.0, "simulation.burn_in_years": 1.0}
N = 4


@pytest.fixture(scope="module")
def youth():
    return compare_reforms(
        ["school_mental_health", "youth_confidential"], n=N, seed=3, size=SIZE, shared_burn_in=True
    )


def test_school_support_identifies_and_treats_more_pupils_sooner(youth):
    assert_higher(youth, "school_mental_health", "school_identifications_per_1000_pupil_years")
    assert_higher(youth, "school_mental_health", "school_counselling_starts_per_1000_pupil_years")
    assert_higher(youth, "school_mental_health", "pupil_first_treatments_per_1000_per_year")
    assert_higher(youth, "school_mental_health", "pupil_treated_share")
    assert_higher(youth, "school_mental_health", "cost_psychological_therapy")


def test_the_confidential_youth_pathway_brings_more_young_people_to_treatment(youth):
    assert_higher(youth, "youth_confidential", "young_help_seeking_per_1000_per_year")
    assert_higher(youth, "youth_confidential", "young_first_treatments_per_1000_per_year")
    assert_higher(youth, "youth_confidential", "young_treated_share")
    assert_higher(youth, "youth_confidential", "cost_primary_care_mental_health")


def test_both_help_young_people_sooner_after_onset(youth):
    assert_lower(youth, "school_mental_health", "pupil_weeks_ill_untreated_per_episode")
    assert_lower(youth, "youth_confidential", "young_weeks_ill_untreated_per_episode")
