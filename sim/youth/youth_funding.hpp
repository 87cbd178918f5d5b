#pragma once
// What school support and the youth pathway cost (docs/model.md, "Costs"): school counsellors on the
// psychological therapy line, teachers' training on the campaigns line, one-stop youth services on the
// primary care mental health line; and what a budget year's factor buys of each.
#include <cstdint>

#include "economics/costs.hpp"

namespace mhsim {

// The year's cost of the three as planned, at the run's initial population.
double youth_cost_per_year(const Scenario& scenario, std::int64_t population_size);
void add_youth_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost);
void buy_youth_capacity(const LineAmounts& factor, Scenario& bought);

}  // namespace mhsim
