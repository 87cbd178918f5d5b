#pragma once
// The economic accounting's rows in the scenario schema
// (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// economics, costs and budget, which a fork may change.
void add_economics_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
