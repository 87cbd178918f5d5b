#pragma once
// The firings of learning-system rules in a results file: the group
// /rule_firings, one dataset per column (week, quarter, rule, value, key,
// before, after), a row per key a firing changed. A file without the group
// (written before rules existed) reads as no firings.
#include <hdf5.h>

#include <vector>

#include "results/results.hpp"

namespace mhsim::hdf5 {

void write_rule_firings(hid_t file, const std::vector<RuleFiring>& firings);
std::vector<RuleFiring> read_rule_firings(hid_t file);

}  // namespace mhsim::hdf5
