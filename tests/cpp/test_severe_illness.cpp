// Severe illness in the community: community mental health teams (places from
// staff, no waiting list), early intervention in psychosis (referral at onset,
// a waiting list, waits) and relapse prevention (docs/model.md, "Severe illness in the community").
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "community/programme.hpp"
#include "engine.hpp"
#include "engine_fixture.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;
using mhsim::testing::total_for_label;

namespace {

// Onsets ten times the baseline's and frequent crises, so small runs see many first episodes and meetings.
std::vector<std::string> with(std::vector<std::string> overrides) {
  overrides.insert(overrides.begin(), {"population.size=30000", "simulation.horizon_years=3",
                                       "severe_mental_illness.onset_rate_per_year_by_age_band.age_15_24=0.0035",
                                       "severe_mental_illness.onset_rate_per_year_by_age_band.age_25_44=0.0015",
                                       "severe_mental_illness.crisis_rate_per_year_stable=0.5"});
  return overrides;
}

}  // namespace

TEST_CASE(
    "a full community mental health team takes no one on and keeps no list, and one with room takes all it meets") {
  const Results scarce =
      run_simulation(small_baseline(with({"community_mental_health_team.staff_fte_per_100k=0.2"})), 41);
  const Results plenty =
      run_simulation(small_baseline(with({"community_mental_health_team.staff_fte_per_100k=100.0"})), 41);
  const std::string label = "community_mental_health_team";
  // 0.2 FTE x 30 per 100,000 is 1.8 places among 30,000 people: 2.
  CHECK(scarce.summary_value("programme_places_per_100k_" + label) == doctest::Approx(2.0 * 1e5 / 30000.0));
  CHECK(scarce.summary_value("programme_occupancy_" + label) > 0.9);
  CHECK(scarce.summary_value("awaiting_programme_per_100k_" + label) == 0.0);
  CHECK(scarce.summary_value("community_team_referrals_declined_per_100k_per_year") > 0);
  CHECK(plenty.summary_value("programme_occupancy_" + label) < 0.5);
  CHECK(plenty.summary_value("community_team_referrals_declined_per_100k_per_year") == 0.0);
  // Half a contact a week for every person-week on the caseload.
  const double person_weeks =
      total_for_label(plenty, "person_weeks_in_programme", index_of(Programme::community_mental_health_team));
  CHECK(person_weeks > 0);
  const double person_years = plenty.table("person_weeks_alive").to_doubles().sum() * 7.0 / 365.25;
  CHECK(plenty.summary_value("community_team_contacts_per_100k_per_year") ==
        doctest::Approx(person_weeks * 0.5 * 1e5 / person_years).epsilon(0.001));
  CHECK(plenty.summary_value("smi_relapses_per_person_year") < scarce.summary_value("smi_relapses_per_person_year"));
}

TEST_CASE("early intervention takes first episodes referred at onset, and with too few places they wait") {
  const Results scarce =
      run_simulation(small_baseline(with({"early_intervention_psychosis.coordinator_fte_per_100k=0.5"})), 42);
  const Results plenty =
      run_simulation(small_baseline(with({"early_intervention_psychosis.coordinator_fte_per_100k=20.0"})), 42);
  // Referred at onset only, a share of them (0.8), whoever is already ill never.
  const double onsets = plenty.table("smi_onsets").to_doubles().sum();
  CHECK(onsets > 60);
  CHECK(plenty.table("early_intervention_referrals").to_doubles().sum() == doctest::Approx(0.8 * onsets).epsilon(0.1));
  CHECK(plenty.summary_value("early_intervention_within_2_weeks_share") == 1.0);
  CHECK(plenty.summary_value("early_intervention_mean_wait_days") == 0.0);
  CHECK(scarce.summary_value("programme_occupancy_early_intervention_psychosis") > 0.9);
  CHECK(scarce.summary_value("awaiting_programme_per_100k_early_intervention_psychosis") > 0);
  CHECK(scarce.summary_value("early_intervention_mean_wait_days") > 14.0);
  CHECK(scarce.summary_value("early_intervention_within_2_weeks_share") < 0.5);
  // The first-episode cases are the same people in both runs until their care differs.
  CHECK(plenty.summary_value("first_episode_crises_per_person_year") <
        scarce.summary_value("first_episode_crises_per_person_year"));
}

TEST_CASE("relapse prevention reaches its share of people with severe illness, costs as used, and cuts relapses") {
  const Results none = run_simulation(small_baseline(with({})), 43);
  const Results reached = run_simulation(small_baseline(with({"relapse_prevention.reach_share=0.5"})), 43);
  CHECK(none.summary_value("relapse_prevention_reached_per_100k") == 0.0);
  CHECK(reached.summary_value("relapse_prevention_reached_per_100k") ==
        doctest::Approx(0.5 * reached.summary_value("smi_prevalence") * 1e5).epsilon(0.02));
  CHECK(reached.summary_value("smi_relapses_per_person_year") < none.summary_value("smi_relapses_per_person_year"));
  CHECK(reached.summary_value("cost_community") > none.summary_value("cost_community"));
}
