// A change of plan looks only at the people whose rates may differ
// (simulation/rate_inputs.hpp): every policy key outside the sections the
// rates read must leave every person's rates as they were.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "engine_fixture.hpp"
#include "scenario/schema.hpp"
#include "simulation/process_rates.hpp"
#include "simulation/rate_inputs.hpp"
#include "simulation/simulation.hpp"

using namespace mhsim;

namespace {

bool read_by_rates(const FieldSpec& field) {
  const std::string_view section = std::string_view(field.key_path).substr(0, field.key_path.find('.'));
  return std::find(kRatePolicySections.begin(), kRatePolicySections.end(), section) != kRatePolicySections.end();
}

// A value other than the field's own, whatever its range.
FieldValue changed_value(const FieldSpec& field, const Scenario& scenario) {
  FieldValue value = field.read(scenario);
  if (auto* integer = std::get_if<std::int64_t>(&value)) return *integer + 1;
  if (auto* number = std::get_if<double>(&value)) return *number * 1.37 + 0.011;
  if (auto* numbers = std::get_if<std::vector<double>>(&value)) {
    for (double& x : *numbers) x = x * 1.37 + 0.011;
    return value;
  }
  auto& text = std::get<std::string>(value);
  for (std::string_view label : field.labels) {
    if (label != text) return std::string(label);
  }
  return text + "_changed";
}

// People in every state a reform's burn-in leads to: each reform file's own burn-in.
std::vector<std::filesystem::path> reform_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(testing::source_path("scenarios/reforms"))) {
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("policy keys outside the sections the rates read change no one's rates") {
  for (const auto& file : reform_files()) {
    // Only the burn-in runs: the horizon stays the file's, so that its timeline is accepted.
    const LoadedScenario loaded =
        load_scenario_file(file.string(), {"population.size=3000", "simulation.burn_in_years=2"});
    Simulation simulation(loaded.scenario, 3);
    simulation.run_burn_in();
    const Population& people = simulation.population();
    const StaffDeployment& staff = simulation.staff_deployment();
    std::vector<std::array<double, kProcessCount>> rates;
    for (PersonId id = 0; id < people.size(); ++id) {
      rates.push_back(process_rates_per_year(loaded.scenario, staff, people, id));
    }
    for (const FieldSpec& field : scenario_fields()) {
      if (!field.policy || read_by_rates(field)) continue;
      Scenario changed = loaded.scenario;
      field.store(changed, changed_value(field, loaded.scenario));
      CHECK_FALSE(rate_change(loaded.scenario, staff, changed, staff).anyone);
      std::size_t people_changed = 0;
      for (PersonId id = 0; id < people.size(); ++id) {
        if (people.state(id).alive && process_rates_per_year(changed, staff, people, id) != rates[id]) ++people_changed;
      }
      INFO(file.filename().string(), ": ", field.key_path,
           " is read by a rate; add its section to kRatePolicySections");
      CHECK(people_changed == 0);
    }
  }
}

TEST_CASE("a change of a key the rates read, or of the staff's treatment effects, is seen") {
  const LoadedScenario loaded = testing::small_baseline();
  const StaffDeployment staff = deploy_staff(loaded.scenario, loaded.scenario.population.size);
  Scenario more_screening = loaded.scenario;
  more_screening.screening.routine_visit_coverage += 0.1;
  CHECK(rate_change(loaded.scenario, staff, more_screening, staff).anyone);
  StaffDeployment better = staff;
  better.treatment_effect_ratio[0] *= 1.1;
  const RateChange change = rate_change(loaded.scenario, staff, loaded.scenario, better);
  CHECK_FALSE(change.anyone);
  CHECK(change.people_treated);
}
