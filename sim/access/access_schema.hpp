#pragma once
// Access's rows in the scenario schema
// (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// access, cost_sharing and campaigns, which a fork may change.
void add_access_fields(std::vector<FieldSpec>& fields);
// telehealth, interpreters, out_of_hours and transport_support (access beyond the first contact), which a fork may
// change.
void add_session_access_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
