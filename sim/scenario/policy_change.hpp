#pragma once
// Which scenario keys a reform may change when it starts from a burn-in run
// under another scenario. Policy - access, the care pathway, the workforce and
// the crisis system and community services - acts only from the switch on;
// the economic accounting (`economics`, `costs`) and the labels `name` and
// `description` change no one's course.
// Every other key shaped the state the burn-in built (the population, its
// illness, the run's length, who is sampled for journeys) and must match.
// Each component marks its policy rows in the schema (FieldSpec::policy);
// this file adds only the labels.
#include <string>
#include <vector>

#include "scenario/scenario.hpp"

namespace mhsim {

// The sections whose rows are policy, in schema order: what a fork may change.
std::vector<std::string> policy_sections();

// Key paths whose values differ, in schema order.
std::vector<std::string> differing_key_paths(const Scenario& a, const Scenario& b);

// Throws std::invalid_argument naming every differing key that is not policy.
void require_policy_only_change(const Scenario& burn_in, const Scenario& reform);

// Whether any policy key differs (labels aside): if not, the reform runs as the burn-in's scenario would.
bool policy_differs(const Scenario& burn_in, const Scenario& reform);

}  // namespace mhsim
