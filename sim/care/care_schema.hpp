#pragma once
// The care pathway's rows in the scenario schema, in three adders as its sections are not
// contiguous in Scenario (scenario/schema_fields.cpp assembles every component's rows in order).
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

// primary_care, screening, stepped_care, front_door, collaborative_care and services, which a fork may change.
void add_care_fields(std::vector<FieldSpec>& fields);
// medicines (after the workforce), which a fork may change.
void add_medicines_fields(std::vector<FieldSpec>& fields);
// payment (after the budget), which a fork may change.
void add_payment_fields(std::vector<FieldSpec>& fields);

}  // namespace mhsim
