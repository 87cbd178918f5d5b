#pragma once
// What the crisis system's capacity costs a week - call handlers, mobile teams
// on shift, receiving-centre chairs, short-term and inpatient beds - and what a
// budget year's factor on each line buys of it (docs/model.md, "Costs",
// "Budgets and reallocation").
#include "economics/costs.hpp"

namespace mhsim {

void add_crisis_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost);
void buy_crisis_capacity(const LineAmounts& factor, Scenario& bought);

}  // namespace mhsim
