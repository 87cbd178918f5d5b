#pragma once
// School support's and the youth pathway's rows in the scenario schema
// (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// Counsellors, trained teachers and the youth pathway, all of which a fork may change.
void add_youth_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
