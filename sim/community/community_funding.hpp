#pragma once
// What community services' capacity costs a week - employment specialists, ACT
// teams and Housing First units - and what a budget year's factor on the
// community line buys of it (docs/model.md, "Costs", "Budgets and reallocation").
#include "economics/costs.hpp"

namespace mhsim {

void add_community_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost);
void buy_community_capacity(const LineAmounts& factor, Scenario& bought);

}  // namespace mhsim
