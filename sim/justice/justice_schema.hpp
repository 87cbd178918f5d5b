#pragma once
// The rows of justice after arrest in the scenario schema
// (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// liaison_diversion, jail_care and release, which a fork may change.
void add_justice_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
