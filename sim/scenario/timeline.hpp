#pragma once
// A scenario's timeline: policy that changes inside the reported horizon, as a
// reform is rolled out, paused or funded in steps. Each change takes effect at
// the start of a reported week and sets policy keys - the keys a reform started
// from a burn-in may change (scenario/policy_change.hpp) - so it applies exactly
// as the switch at the end of the burn-in does: people whose rates change get
// new times from their own streams, and every week before it is unchanged.
//
// In TOML, one [[timeline]] entry per change:
//   [[timeline]]
//   year = 2                                   # or quarter = 5, or week = 104
//   set = { "workforce.psychologist.fte_per_100k" = 22.0 }
//   note = "second cohort of therapists"       # optional
//   for_years = 1                              # optional, or for_quarters / for_weeks: then its keys go back
//   regions = ["urban"]                        # optional: a pilot (scenario/regional_plans.hpp)
// Times count from the start of the reported horizon; a change, and the end of its period, must fall inside it.
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scenario/regional_plans.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

struct TimelineChange {
  std::size_t week = 0;                                     // of the reported horizon, from 0
  std::vector<std::pair<std::string, std::string>> values;  // dotted key, value as TOML spells it
  std::vector<std::string> regions;                         // the regions it applies to; none named: every region
  std::string note;
  // The plan in force from this week on (every change so far applied): the one the shared
  // services follow, and each region's where a change has made them differ.
  Scenario plan;
  std::optional<RegionalPlans> regional_plans;
};

// The timeline as [[timeline]] entries timed by week, to follow a resolved scenario's TOML.
std::string write_timeline_toml(const std::vector<TimelineChange>& timeline);

}  // namespace mhsim
