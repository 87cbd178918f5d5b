#pragma once
// Physical health's rows in the scenario schema
// (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// The clinics' visits, screening, brief therapy and screen cost, which a fork may change. What treated
// depression does to mortality is in [mortality], fixed at a fork (population/population_schema.cpp).
void add_physical_health_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
