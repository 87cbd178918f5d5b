#pragma once
// What the doors into care and the campaigns cost a week - the front door's
// navigators, anti-stigma and awareness spend, and the screens given - and what
// a budget year's factor buys of them (docs/model.md, "Costs", "Campaigns",
// "Budgets and reallocation").
#include "economics/costs.hpp"

namespace mhsim {

void add_access_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost);
void buy_access_capacity(const LineAmounts& factor, Scenario& bought);
// The screens given, paid as used (a budget buys none of them), into `cost` (week x line).
void add_access_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost);

}  // namespace mhsim
