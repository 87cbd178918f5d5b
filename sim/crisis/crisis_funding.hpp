#pragma once
// What the crisis system's capacity costs a week - call handlers, mobile teams
// on shift, receiving-centre chairs, short-term and inpatient beds - and what a
// budget year's factor on each line buys of it (docs/model.md, "Costs",
// "Budgets and reallocation").
#include "economics/costs.hpp"

namespace mhsim {

void add_crisis_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost);
void buy_crisis_capacity(const LineAmounts& factor, Scenario& bought);
// The levers' activity, paid as used (a budget buys none of it), into `cost`
// (week x line): co-responders' attendances and dispatch diversions on the crisis
// line, bridged discharges on the community line (the peer bridger's).
void add_crisis_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost);

}  // namespace mhsim
