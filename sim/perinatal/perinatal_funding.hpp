#pragma once
// What the perinatal team costs a week, on the community line, and what a budget
// year's factor on that line buys of it (docs/model.md, "Perinatal").
#include "economics/costs.hpp"

namespace mhsim {

void add_perinatal_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost);
void buy_perinatal_capacity(const LineAmounts& factor, Scenario& bought);

}  // namespace mhsim
