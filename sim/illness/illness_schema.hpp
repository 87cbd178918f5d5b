#pragma once
// The natural history's rows in the scenario schema
// (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// common_mental_disorder and severe_mental_illness: a fork keeps them, as the burn-in's illness came from them;
// demand: multipliers on onset, relapse and crisis that may change inside a run.
void add_illness_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
