#pragma once
// What a learning-system rule's action does to the plan in force (scenario/rules.hpp).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "scenario/rules.hpp"

namespace mhsim {

struct KeyChange {
  std::string key;  // a policy key, or budget.<line> for a move (per 100k per year, in the year of the review)
  double before = 0, after = 0;
};

// The plan after `rule`'s action in budget year `year`, and what changed; nullopt when the
// action would change nothing (the key already at a bound, or no money left to move).
// A value past never_above / never_below, or outside the key's valid range, stops at the bound.
std::optional<Scenario> act(const Rule& rule, const Scenario& plan, std::size_t year, std::vector<KeyChange>& changes);

}  // namespace mhsim
