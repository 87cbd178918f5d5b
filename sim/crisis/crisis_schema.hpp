#pragma once
// The crisis system's rows in the scenario schema
// (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// crisis, its doors and services, and follow_up, which a fork may change.
void add_crisis_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
