#pragma once
// The population's rows in the scenario schema
// (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// population and mortality: a fork keeps them, as the burn-in built its people from them.
void add_population_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
