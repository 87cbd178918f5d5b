#pragma once
// One fuzz input, as the fuzz target and the regression test both run it: each line a
// `--set` override (`dotted.key=value`) of the baseline, which is loaded with them and,
// when small enough to run in a moment, simulated. Every input must load, or be refused
// with a ScenarioError; a loaded one must run, or be refused the same way. Anything else
// (a crash, a hang, another exception) is a finding.
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "engine.hpp"

namespace mhsim::fuzz {

inline std::vector<std::string> override_lines(std::string_view input) {
  std::vector<std::string> lines;
  std::istringstream stream{std::string(input)};
  for (std::string line; std::getline(stream, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// A run this small takes milliseconds; a larger one is only loaded.
inline bool small_enough_to_run(const Scenario& scenario) {
  const double person_years = static_cast<double>(scenario.population.size) *
                              (scenario.simulation.horizon_years + scenario.simulation.burn_in_years);
  return person_years <= 2000.0;
}

inline void run_input(std::string_view input, const std::string& baseline_path) {
  try {
    const LoadedScenario loaded = load_scenario_file(baseline_path, override_lines(input));
    if (small_enough_to_run(loaded.scenario)) run_simulation(loaded, 1);
  } catch (const ScenarioError&) {
    // refused with a reason: what bad input should get
  }
}

}  // namespace mhsim::fuzz
