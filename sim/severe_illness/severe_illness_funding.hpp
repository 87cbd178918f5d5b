#pragma once
// What the care of severe mental illness in the community costs
// (docs/model.md, "Costs", "Severe illness in the community"): the staff of
// community mental health teams and early intervention, which a budget year's
// community line buys, and relapse prevention, paid as used.
#include "economics/costs.hpp"

namespace mhsim {

void add_severe_illness_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost);
void buy_severe_illness_capacity(const LineAmounts& factor, Scenario& bought);
// Relapse prevention per person-week reached: the share reached x person-weeks lived with severe illness.
void add_severe_illness_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost);

}  // namespace mhsim
