#pragma once
// Housing, work and the community services' rows in the scenario schema
// (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// housing and employment, which a fork keeps (they moved the burn-in's people), then the
// programmes - housing_first to assertive_community_treatment - which a fork may change.
void add_community_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
