// Access beyond the first contact: telehealth, interpreters, out-of-hours
// sessions, paid transport and a sliding scale - each factor's arithmetic, its
// exact 1 when the lever is off, and its cost and figures in a run.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "access/access_factors.hpp"
#include "access/cost_sharing.hpp"
#include "access/session_access.hpp"
#include "care/treatment_rates.hpp"
#include "engine.hpp"
#include "engine_fixture.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

namespace {

const std::size_t kTherapy = index_of(ServiceId::high_intensity);

PersonAttributes person_in(Region region) {
  PersonAttributes a{};
  a.region = static_cast<std::uint8_t>(index_of(region));
  a.employment = static_cast<std::uint8_t>(index_of(Employment::not_in_labour_force));
  return a;
}

Scenario levers_off() {
  return small_baseline().scenario;
}

}  // namespace

TEST_CASE(
    "with every lever off, every factor is exactly 1 but the language barrier of people who need an interpreter") {
  const Scenario scenario = levers_off();
  PersonAttributes a = person_in(Region::remote);
  a.employment = static_cast<std::uint8_t>(index_of(Employment::employed));
  PersonAttributes needs = a;
  needs.interpreter_needed = 1;
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    CHECK(session_access_dropout_rate_ratio(scenario, a, s) == 1.0);
    CHECK(session_access_effect_ratio(scenario, a, s) == 1.0);
    const bool sessions = has_capacity_limit(s);  // digital self-help has no sessions to interpret
    CHECK(session_access_dropout_rate_ratio(scenario, needs, s) ==
          (sessions ? scenario.interpreters.dropout_rate_ratio_without : 1.0));
    CHECK(session_access_effect_ratio(scenario, needs, s) ==
          (sessions ? scenario.interpreters.effect_ratio_without : 1.0));
  }
}

TEST_CASE("remote sessions lift the travel burden on drop-out by region, but not for people offline") {
  Scenario scenario = levers_off();
  scenario.telehealth.travel_dropout_rate_ratio_by_region = {1.0, 1.2, 1.5};
  scenario.telehealth.session_share_by_step[staffed_index(kTherapy)] = 0.6;
  // Remote: 1 - 0.6 (1 - 1/1.5) = 0.8; urban has no burden to lift.
  CHECK(session_access_dropout_rate_ratio(scenario, person_in(Region::remote), kTherapy) == doctest::Approx(0.8));
  CHECK(session_access_dropout_rate_ratio(scenario, person_in(Region::urban), kTherapy) == 1.0);
  PersonAttributes offline = person_in(Region::remote);
  offline.offline = 1;
  CHECK(remote_session_share(scenario, offline, kTherapy) == 0.0);
  CHECK(session_access_dropout_rate_ratio(scenario, offline, kTherapy) == 1.0);
  // Digital self-help has no sessions to travel to.
  CHECK(session_access_dropout_rate_ratio(scenario, person_in(Region::remote), 0) == 1.0);
  // Paid transport lifts the burden from a share of the in-person rest: 0.6 + 0.4 x 0.5 = 0.8 travel-free.
  scenario.transport_support.session_share_by_region[index_of(Region::remote)] = 0.5;
  CHECK(travel_free_session_share(scenario, person_in(Region::remote), kTherapy) == doctest::Approx(0.8));
  CHECK(session_access_dropout_rate_ratio(scenario, person_in(Region::remote), kTherapy) ==
        doctest::Approx(1.0 - 0.8 / 3.0));
}

TEST_CASE("phone sessions carry a smaller effect, video the full one") {
  Scenario scenario = levers_off();
  scenario.telehealth.session_share_by_step[staffed_index(kTherapy)] = 0.5;
  scenario.telehealth.phone_effect_ratio = 0.9;
  scenario.telehealth.phone_share = 0.0;
  CHECK(session_access_effect_ratio(scenario, person_in(Region::urban), kTherapy) == 1.0);
  scenario.telehealth.phone_share = 1.0;
  CHECK(session_access_effect_ratio(scenario, person_in(Region::urban), kTherapy) == doctest::Approx(0.95));
}

TEST_CASE("an interpreter lowers the drop-out and raises the effect for people who need one, with and without") {
  Scenario scenario = levers_off();
  scenario.interpreters.dropout_rate_ratio_without = 1.5;
  scenario.interpreters.effect_ratio_without = 0.8;
  PersonAttributes needs = person_in(Region::urban);
  needs.interpreter_needed = 1;
  const PersonAttributes does_not = person_in(Region::urban);
  // Without one: the whole burden, against the calibrated rates of people who need none.
  CHECK(session_access_dropout_rate_ratio(scenario, needs, kTherapy) == doctest::Approx(1.5));
  CHECK(session_access_effect_ratio(scenario, needs, kTherapy) == doctest::Approx(0.8));
  // With one at every session: the drop-out and effect of a person who needs none.
  scenario.interpreters.session_share = 1.0;
  CHECK(session_access_dropout_rate_ratio(scenario, needs, kTherapy) == doctest::Approx(1.0));
  CHECK(session_access_effect_ratio(scenario, needs, kTherapy) == doctest::Approx(1.0));
  CHECK(session_access_dropout_rate_ratio(scenario, does_not, kTherapy) == 1.0);
  CHECK(session_access_effect_ratio(scenario, needs, index_of(ServiceId::digital_self_help)) == 1.0);
  CHECK(session_access_effect_ratio(scenario, does_not, kTherapy) == 1.0);
  scenario.interpreters.session_share = 0.5;  // half the burden left
  // The treatment drop-out hazard carries it.
  PersonState state{};
  state.care_service = static_cast<std::uint8_t>(kTherapy);
  CHECK(treatment_dropout_rates(scenario, needs, state).ordinary_per_year ==
        doctest::Approx(treatment_dropout_rates(scenario, does_not, state).ordinary_per_year * 1.25));
}

TEST_CASE("evening and weekend sessions lower the drop-out of people in work only") {
  Scenario scenario = levers_off();
  scenario.out_of_hours.office_hours_dropout_rate_ratio_employed = 1.3;
  scenario.out_of_hours.session_share = 0.5;
  PersonAttributes working = person_in(Region::urban);
  working.employment = static_cast<std::uint8_t>(index_of(Employment::employed));
  CHECK(session_access_dropout_rate_ratio(scenario, working, kTherapy) == doctest::Approx(1.0 - 0.5 * 0.3 / 1.3));
  CHECK(session_access_dropout_rate_ratio(scenario, person_in(Region::urban), kTherapy) == 1.0);
}

TEST_CASE("a course's sessions split by delivery: remote, interpreted, out of hours, with paid transport") {
  Scenario scenario = levers_off();
  scenario.telehealth.session_share_by_step[staffed_index(kTherapy)] = 0.5;
  scenario.telehealth.travel_hours_per_in_person_session_by_region = {1.0, 2.0, 4.0};
  scenario.interpreters.session_share = 0.8;
  scenario.interpreters.hours_per_session = 1.5;
  scenario.out_of_hours.session_share = 0.25;
  scenario.transport_support.session_share_by_region = {0.0, 0.0, 0.5};
  PersonAttributes a = person_in(Region::remote);
  a.interpreter_needed = 1;
  const SessionAccessCounts counts = session_access_counts(scenario, a, kTherapy, 10.0);
  CHECK(counts.remote_sessions == doctest::Approx(5.0));
  CHECK(counts.travel_hours_saved == doctest::Approx(20.0));
  CHECK(counts.interpreter_hours == doctest::Approx(12.0));
  CHECK(counts.out_of_hours_sessions == doctest::Approx(2.5));
  CHECK(counts.transport_supported_sessions == doctest::Approx(2.5));  // half of the 5 in person
  a.interpreter_needed = 0;
  a.offline = 1;
  const SessionAccessCounts offline = session_access_counts(scenario, a, kTherapy, 10.0);
  CHECK(offline.remote_sessions == 0.0);
  CHECK(offline.interpreter_hours == 0.0);
  CHECK(offline.transport_supported_sessions == doctest::Approx(5.0));
  CHECK(session_access_counts(scenario, a, index_of(ServiceId::digital_self_help), 10.0).out_of_hours_sessions == 0.0);
}

TEST_CASE("tele and paid transport to the first contact close the travel barrier to help-seeking") {
  Scenario scenario = levers_off();
  scenario.telehealth.first_contact_share = 0.1;
  scenario.transport_support.first_contact_share_by_region = {0.0, 0.0, 0.5};
  CHECK(first_contact_travel_free_share(scenario, index_of(Region::urban)) == 0.1);
  CHECK(first_contact_travel_free_share(scenario, index_of(Region::remote)) == doctest::Approx(0.55));
}

TEST_CASE("a sliding scale multiplies every copay by the income's ratio, and lowers drop-out with it") {
  Scenario scenario = levers_off();
  PersonAttributes poor_uninsured{};
  poor_uninsured.coverage = static_cast<std::uint8_t>(index_of(Coverage::uninsured));
  const CostSharingSettings& sharing = scenario.cost_sharing;
  const double full = session_copay(sharing, poor_uninsured, kTherapy);
  CHECK(full > 0);
  const double full_dropout = copay_dropout_rate_ratio(scenario, poor_uninsured, kTherapy);
  scenario.cost_sharing.copay_ratio_by_income = {0.25, 0.75, 1.0};
  CHECK(session_copay(scenario.cost_sharing, poor_uninsured, kTherapy) == doctest::Approx(0.25 * full));
  CHECK(copay_dropout_rate_ratio(scenario, poor_uninsured, kTherapy) < full_dropout);
  CHECK(copay_paid(scenario.cost_sharing, scenario.cost_sharing.primary_care_copay_by_coverage, poor_uninsured.coverage,
                   2) ==
        copay_after_parity(scenario.cost_sharing, sharing.primary_care_copay_by_coverage, poor_uninsured.coverage));
}

TEST_CASE("out-of-range and unknown lever keys are refused by name") {
  CHECK_THROWS_WITH_AS(small_baseline({"telehealth.session_share_by_step.low_intensity=1.5"}),
                       doctest::Contains("telehealth.session_share_by_step.low_intensity"), ScenarioError);
  CHECK_THROWS_WITH_AS(small_baseline({"interpreters.dropout_rate_ratio_without=0"}),
                       doctest::Contains("interpreters.dropout_rate_ratio_without"), ScenarioError);
  CHECK_THROWS_WITH_AS(small_baseline({"out_of_hours.evening_share=0.5"}),
                       doctest::Contains("out_of_hours.evening_share"), ScenarioError);
  CHECK_THROWS_WITH_AS(small_baseline({"access.telehealth_share=0.5"}), doctest::Contains("access.telehealth_share"),
                       ScenarioError);
}

TEST_CASE("in a run, the levers cost on their service's line, save travel hours and cut drop-out") {
  const std::vector<std::string> size{"population.size=20000"};
  const Results before = run_simulation(small_baseline(size), 23);
  std::vector<std::string> levers = size;
  for (const char* step : {"low_intensity", "high_intensity", "medication_management", "community_team"}) {
    levers.push_back(std::string("telehealth.session_share_by_step.") + step + "=0.6");
  }
  levers.insert(levers.end(), {"interpreters.session_share=0.8", "out_of_hours.session_share=0.3",
                               "transport_support.session_share_by_region.remote=0.5"});
  const Results after = run_simulation(small_baseline(levers), 23);
  CHECK(before.summary_value("remote_session_share") == 0.0);
  CHECK(before.summary_value("travel_hours_saved_remote") == 0.0);
  // 0.6 of the sessions of people with a device or connection (about nine in ten).
  CHECK(after.summary_value("remote_session_share") < 0.6);
  CHECK(after.summary_value("remote_session_share") > 0.5);
  CHECK(after.summary_value("travel_hours_saved_remote") > 0.0);
  CHECK(after.summary_value("interpreter_hours_per_100k_per_week") > 0.0);
  // Therapy and medication management pay for their own sessions' platform, interpreters, hours and transport.
  CHECK(after.summary_value("cost_psychological_therapy") > before.summary_value("cost_psychological_therapy"));
  CHECK(after.summary_value("cost_primary_care_mental_health") >
        before.summary_value("cost_primary_care_mental_health"));
  const double dropouts_before = before.table("dropouts_treatment").to_doubles().sum();
  const double dropouts_after = after.table("dropouts_treatment").to_doubles().sum();
  CHECK(dropouts_after < dropouts_before);
}
