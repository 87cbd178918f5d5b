#pragma once
// Reading a scenario's [[timeline]] entries (scenario/timeline.hpp), for the loader.
#include <toml++/toml.h>

#include <string>
#include <vector>

#include "scenario/timeline.hpp"

namespace mhsim {

// Reads the [[timeline]] array `node`, written in `file`, over the scenario `base` (its
// resolved TOML is `base_toml`); the changes come back in time order. Every problem is
// thrown at once as a ScenarioError naming the entry, the key and what was expected.
std::vector<TimelineChange> read_timeline(const toml::node& node, const std::string& file, const Scenario& base,
                                          const std::string& base_toml);

}  // namespace mhsim
