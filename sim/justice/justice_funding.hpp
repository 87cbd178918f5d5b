#pragma once
// What justice after arrest costs (docs/model.md, "Costs", "Justice after
// arrest"): liaison and diversion practitioners on the crisis line, which a
// budget year's factor on that line buys; care in jail (justice line) and
// release planning (community line), paid as used.
#include "economics/costs.hpp"

namespace mhsim {

void add_justice_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost);
void buy_justice_capacity(const LineAmounts& factor, Scenario& bought);
// Jail care days and release plans from the weekly tables, into `cost` (week x line).
void add_justice_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost);

}  // namespace mhsim
