#pragma once
// The workforce's rows in the scenario schema
// (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// workforce (every cadre) and workforce_dynamics, which a fork may change.
void add_workforce_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
