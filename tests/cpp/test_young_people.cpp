// Young people (docs/model.md, "Young people"): ages from 10, referral of
// under-18s to CAMHS instead of the adult therapy and team steps, and the move
// to adult care at 18 with its losses.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/keyed_random.hpp"
#include "engine.hpp"
#include "engine_fixture.hpp"
#include "population/age_milestones.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;
using mhsim::testing::total_for_label;

namespace {

double total(const Results& r, const std::string& table) {
  return r.table(table).to_doubles().sum();
}

std::vector<std::string> everyone_in_band(const std::string& band, std::vector<std::string> more = {}) {
  std::vector<std::string> overrides;
  for (auto label : kAgeBandLabels) {
    overrides.push_back("population.age_band_share." + std::string(label) + "=" + (label == band ? "1.0" : "0.0"));
  }
  overrides.insert(overrides.end(), more.begin(), more.end());
  return overrides;
}

// People aged 15-24, many ill, with CAMHS places for all: many are in CAMHS when they turn 18.
Results transition_run(const std::string& loss_share) {
  return run_simulation(small_baseline(everyone_in_band(
                            "age_15_24", {"population.size=60000", "common_mental_disorder.onset_rate_per_year=0.3",
                                          "workforce.mental_health_nurse.time_share_by_service.camhs=0.5",
                                          "camhs.transition_loss_share=" + loss_share})),
                        3);
}

}  // namespace

TEST_CASE("people enter at 10, and the ageing event fires at 16 and 18 as well as at each band") {
  const LoadedScenario loaded = small_baseline();
  Population people;
  const PersonId child = people.add_person(loaded.scenario.population, KeyedRandom(1), 0.0, 12.0);
  CHECK(people.is_under_18(child));
  CHECK(static_cast<Employment>(people.attributes(child).employment) == Employment::not_in_labour_force);
  CHECK(next_ageing_day(people, child, 0.0) == doctest::Approx(3.0 * kDaysPerYear));  // 15: the next band
  people.state(child).age_band = static_cast<std::uint8_t>(AgeBand::age_15_24);
  const double at_16 = 4.0 * kDaysPerYear;
  CHECK(next_ageing_day(people, child, 3.0 * kDaysPerYear) == doctest::Approx(at_16));
  CHECK(milestones_reached(people, child, at_16).labour_force);
  CHECK_FALSE(milestones_reached(people, child, at_16).adult);
  CHECK(next_ageing_day(people, child, at_16) == doctest::Approx(6.0 * kDaysPerYear));  // 18
  CHECK(milestones_reached(people, child, 6.0 * kDaysPerYear).adult);
  const PersonId adult = people.add_person(loaded.scenario.population, KeyedRandom(1), 0.0, 30.0);
  CHECK_FALSE(people.is_under_18(adult));
}

TEST_CASE("an under-18 is referred to CAMHS, never to the adult therapy and team steps") {
  // Aged 10-14 at the start of a 1-year burn-in and 2-year horizon: everyone is under 18 throughout.
  const Results young = run_simulation(small_baseline(everyone_in_band("age_10_14")), 2);
  CHECK(total(young, "camhs_referrals") > 50);
  CHECK(total_for_label(young, "treatment_starts", index_of(ServiceId::camhs)) > 10);
  for (ServiceId adult_step : {ServiceId::low_intensity, ServiceId::high_intensity, ServiceId::community_team}) {
    CHECK(total_for_label(young, "referrals", index_of(adult_step)) == 0);
  }
  CHECK(total_for_label(young, "treatment_starts", index_of(ServiceId::medication_management)) > 0);  // the GP's own
  CHECK(total(young, "camhs_referrals_declined") ==
        doctest::Approx(0.25 * total(young, "camhs_referrals")).epsilon(0.25));

  const Results adults = run_simulation(small_baseline(everyone_in_band("age_25_44")), 2);
  // Children who enter the population at 10 may be referred; nobody aged 25-44 (the last stratum dimension).
  const Eigen::MatrixXd& camhs = adults.table("camhs_referrals").to_doubles();
  double adults_referred = 0;
  for (Eigen::Index c = 0; c < camhs.cols(); ++c) {
    if (c % static_cast<Eigen::Index>(kAgeBandCount) >= static_cast<Eigen::Index>(index_of(AgeBand::age_25_44))) {
      adults_referred += camhs.col(c).sum();
    }
  }
  CHECK(adults_referred == 0);
  CHECK(total_for_label(adults, "referrals", index_of(ServiceId::camhs)) == 0);
  CHECK(total_for_label(adults, "referrals", index_of(ServiceId::high_intensity)) > 0);
}

TEST_CASE("CAMHS turns away the referrals it does not accept") {
  const Results none =
      run_simulation(small_baseline(everyone_in_band("age_10_14", {"camhs.referral_acceptance_share=0"})), 2);
  CHECK(total(none, "camhs_referrals") > 50);
  CHECK(total(none, "camhs_referrals_declined") == total(none, "camhs_referrals"));
  CHECK(total_for_label(none, "treatment_starts", index_of(ServiceId::camhs)) == 0);  // misroutes there bounce
}

TEST_CASE("at 18 a person in CAMHS moves to adult care or is lost, with the configured share") {
  const Results some = transition_run("0.4");
  const double moved = total(some, "camhs_transitions"), lost = total(some, "camhs_transition_losses");
  REQUIRE(moved > 100);
  const double sd = std::sqrt(moved * 0.4 * 0.6);
  CHECK(std::abs(lost - 0.4 * moved) < 4 * sd);
  const Results kept = transition_run("0.0");
  CHECK(total(kept, "camhs_transitions") > 100);
  CHECK(total(kept, "camhs_transition_losses") == 0);
  const Results all = transition_run("1.0");
  CHECK(total(all, "camhs_transition_losses") == total(all, "camhs_transitions"));
  // The summary figure reads the same counts.
  CHECK(some.summary_value("camhs_transition_loss_share") == doctest::Approx(lost / moved));
}
