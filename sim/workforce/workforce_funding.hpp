#pragma once
// What the staff cost a week - each cadre's time on the model's services,
// supervision, consults and off-step roles on the line that pays for it, and
// the week's trainees - and what a budget year's factors buy of each cadre's
// time (docs/model.md, "Costs", "Budgets and reallocation").
#include <array>

#include "economics/costs.hpp"

namespace mhsim {

void add_staff_cost(const CapacityInForce& capacity, const std::array<double, kCadreCount>& trainees_started,
                    LineAmounts& cost);
// A cadre's time on each service (and on supervision, consults and its
// off-step role) scales with the line that pays for it; its time outside the
// model stays as it is.
void buy_staff_time(const Scenario& plan, const LineAmounts& factor, Scenario& bought);

}  // namespace mhsim
