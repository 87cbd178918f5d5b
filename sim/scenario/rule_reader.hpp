#pragma once
// Reading a scenario's [[rule]] entries (scenario/rules.hpp), for the loader.
#include <toml++/toml.h>

#include <string>
#include <vector>

#include "scenario/rules.hpp"

namespace mhsim {

// Reads the [[rule]] array `node`, written in `file`. Every problem is thrown at once as
// a ScenarioError naming the rule (rule[2] and its name), the token and what was expected.
std::vector<Rule> read_rules(const toml::node& node, const std::string& file);

}  // namespace mhsim
