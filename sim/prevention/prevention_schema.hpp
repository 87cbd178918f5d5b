#pragma once
// Prevention's rows in the scenario schema (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// The three programmes' reach, effect, decay and cost, which a fork may change: a reform switches them on.
void add_prevention_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
