#pragma once
// Community mental health teams, early intervention in psychosis and relapse
// prevention in the scenario schema (scenario/schema_fields.cpp assembles them).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// Policy: a fork may change every row.
void add_severe_illness_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
