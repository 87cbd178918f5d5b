#pragma once
// What care's levers cost as they are used - warm handoffs on the primary care
// mental health line, adherence support on the medication line (docs/model.md,
// "Costs"). A budget buys none of it: like medicines, it is paid as used.
#include "economics/costs.hpp"

namespace mhsim {

// Adds the week's warm handoffs and person-weeks of adherence support, costed, into `cost` (week x line).
void add_care_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost);

}  // namespace mhsim
