#pragma once
// The perinatal rows in the scenario schema (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// perinatal: fertility and the lengths of the phases, which a fork keeps (they made the burn-in's
// pregnancies); perinatal_care: maternity screening and the perinatal team, which a fork may change.
void add_perinatal_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
