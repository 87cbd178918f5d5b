#pragma once
// The state of a run's learning-system rules (scenario/rules.hpp) between
// quarterly reviews: how long each condition has held, how often each rule
// fired, what the rules set, and the firings for the results.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "results/results.hpp"
#include "scenario/rules.hpp"

namespace mhsim {

struct RuleReviews {
  std::vector<Rule> rules;
  std::vector<std::int64_t> quarters_held;  // by rule: consecutive reviews its condition held since it last fired
  std::vector<std::int64_t> firings;        // by rule
  // The value rules last set each policy key to: a later timeline change keeps it unless it sets the key itself.
  std::map<std::string, double, std::less<>> keys_set;
  std::vector<RuleFiring> fired;
};

}  // namespace mhsim
