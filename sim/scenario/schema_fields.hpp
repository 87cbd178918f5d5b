#pragma once
// The table of every scenario key (schema_fields.cpp), in the order of
// Scenario's members; schema.cpp indexes it once.
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

std::vector<FieldSpec> build_scenario_fields();

}  // namespace mhsim
