#pragma once
// A small baseline for engine tests: the real baseline file, fewer people, shorter horizon.
#include <string>
#include <vector>

#include "scenario/loader.hpp"

namespace mhsim::testing {

inline std::string source_path(const std::string& relative) { return std::string(MHSIM_SOURCE_DIR) + "/" + relative; }

inline LoadedScenario small_baseline(std::vector<std::string> overrides = {}) {
  std::vector<std::string> all{"population.size=20000", "simulation.horizon_years=2", "simulation.burn_in_years=1",
                               "recording.journey_sample_share=0.05"};
  all.insert(all.end(), overrides.begin(), overrides.end());
  return load_scenario_file(source_path("scenarios/baseline.toml"), all);
}

}  // namespace mhsim::testing
