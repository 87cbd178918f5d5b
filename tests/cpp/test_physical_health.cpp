// Care beside physical health (docs/model.md, "Care beside physical health"):
// HIV drawn only where it is set, clinic screens as an entry point, brief
// therapy in the clinic, and the excess mortality treated depression lowers.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/keyed_random.hpp"
#include "engine.hpp"
#include "engine_fixture.hpp"
#include "event/routes.hpp"
#include "illness/illness_rates.hpp"
#include "physical_health/comorbidity.hpp"

using namespace mhsim;
using mhsim::testing::bitwise_equal;
using mhsim::testing::small_baseline;
using mhsim::testing::total_for_label;

namespace {

double total(const Results& r, const std::string& table) {
  return r.table(table).to_doubles().sum();
}

// Screening in every NCD clinic visit, brief therapy for everyone not severely ill who screens positive there,
// with the low-intensity places to start it.
const std::vector<std::string> kClinicsOn{"physical_health.ncd_clinic_screening_coverage=1.0",
                                          "physical_health.clinic_therapy_share=1.0",
                                          "workforce.wellbeing_practitioner.fte_per_100k=30.0"};

const Results& clinics_on() {
  static const Results results = run_simulation(small_baseline(kClinicsOn), 1);
  return results;
}

}  // namespace

TEST_CASE("the excess mortality of NCD and HIV shrinks while depression is treated in the clinic") {
  const LoadedScenario loaded = small_baseline({"mortality.hiv_rate_ratio=3.0"});
  const Scenario& scenario = loaded.scenario;
  Population people;
  const PersonId id = people.add_person(scenario.population, KeyedRandom(1), 0.0, 50.0);
  PersonAttributes& attributes = people.attributes(id);
  attributes.ncd = 1;
  attributes.hiv = 1;
  PersonState& state = people.state(id);
  const double untreated = physical_illness_mortality_rate_ratio(scenario, people, id);
  CHECK(untreated == doctest::Approx(1.5 * 3.0));
  // A clinic episode that has started treatment: in treatment, then remitted after it.
  state.clinic_episode = 1;
  state.episode_treated = 1;
  state.cmd = static_cast<std::uint8_t>(CmdState::moderate);
  state.care_place = static_cast<std::uint8_t>(CarePlace::in_treatment);
  const double share = scenario.mortality.treated_depression_excess_share;
  CHECK(physical_illness_mortality_rate_ratio(scenario, people, id) == doctest::Approx(1.0 + 3.5 * share));
  state.care_place = static_cast<std::uint8_t>(CarePlace::none);
  CHECK(physical_illness_mortality_rate_ratio(scenario, people, id) == untreated);  // dropped out still ill
  state.cmd = static_cast<std::uint8_t>(CmdState::none);
  CHECK(physical_illness_mortality_rate_ratio(scenario, people, id) == doctest::Approx(1.0 + 3.5 * share));
  // Treatment that did not begin in the clinic changes nothing.
  state.clinic_episode = 0;
  CHECK(physical_illness_mortality_rate_ratio(scenario, people, id) == untreated);
}

TEST_CASE("HIV is drawn by age band from its own stream, and only where it is set") {
  const Results& base = []() -> const Results& {
    static const Results r = run_simulation(small_baseline(), 1);
    return r;
  }();
  const Results with_hiv =
      run_simulation(small_baseline({"population.hiv_share_by_age_band.age_25_44=0.5", "mortality.hiv_rate_ratio=1.0",
                                     "common_mental_disorder.onset_rate_ratio_hiv=1.0"}),
                     1);
  // HIV with rate ratios of 1 draws from its own stream: nothing else moves, only the physical illness stocks.
  CHECK(total(with_hiv, "cmd_onsets") == total(base, "cmd_onsets"));
  CHECK(total(with_hiv, "deaths") == total(base, "deaths"));
  CHECK(total(with_hiv, "physical_illness_people") > total(base, "physical_illness_people"));
}

TEST_CASE("clinic screens bring people with NCD into care and start brief therapy in the clinic") {
  const Results& r = clinics_on();
  CHECK(total(r, "clinic_screens") > 0);
  const double clinic_entries = total_for_label(r, "care_entries", index_of(Route::clinic_screening));
  CHECK(clinic_entries > 50);
  const double in_clinic = total_for_label(r, "clinic_treatment_starts", index_of(ServiceId::low_intensity));
  CHECK(in_clinic > 0.5 * total(r, "clinic_treatment_starts"));
  CHECK(r.summary_value("clinic_treated_share") > 0);
  // Screening is paid as used: the clinic screens at their unit cost on primary care's line.
  std::vector<std::string> doubled_cost = kClinicsOn;
  doubled_cost.emplace_back("physical_health.clinic_screen_cost=10.0");
  const Results doubled = run_simulation(small_baseline(doubled_cost), 1);
  CHECK(doubled.summary_value("cost_primary_care_mental_health") - r.summary_value("cost_primary_care_mental_health") ==
        doctest::Approx(5.0 * total(r, "clinic_screens")));
}

TEST_CASE("with the clinics off, the levers' keys change no result") {
  const Results base = run_simulation(small_baseline(), 2);
  const Results idle = run_simulation(
      small_baseline({"physical_health.clinic_therapy_share=1.0", "physical_health.clinic_screen_cost=50.0",
                      "physical_health.ncd_clinic_visits_per_year=6.0"}),
      2);
  CHECK(bitwise_equal(base, idle));
  CHECK(total(base, "clinic_screens") == 0);
  CHECK(total(base, "clinic_treated_people") == 0);
}
