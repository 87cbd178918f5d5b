#pragma once
// Budgets by line and year, and the capacity they buy (docs/model.md,
// "Budgets and reallocation"). The scenario's capacities are its plan: what
// the first reported year's budgets buy. A line whose budget grows or shrinks
// (growth, or money moved out of inpatient beds over a transition) buys more
// or less of its capacity at the plan's mix - staff posts, beds, chairs,
// teams, programme staff and Housing First units. Demand-led spending
// (medicines, licences, ED visits) is paid as used, and it is what makes a
// line spend more or less than its budget.
#include <array>
#include <cstddef>
#include <cstdint>

#include "scenario/scenario.hpp"

namespace mhsim {

using LineAmounts = std::array<double, kCostLineCount>;

// The reported week each budget year starts (years of 365.25 days, whole weeks), and the year a week is in.
std::size_t budget_year_start_week(std::size_t year);
std::size_t budget_year_of_week(std::size_t week);

// Each line's budget in reported year `year` (0 is the first) for `population` people; justice has none.
LineAmounts budget_of_year(const BudgetSettings& budget, std::int64_t population, std::size_t year);

// The share of its planned capacity each line buys in `year`: 1 + (its budget
// that year - its first year's budget) / the yearly cost of its planned
// capacity, never below 0. A line with no capacity (medication, digital) keeps 1.
LineAmounts capacity_factors(const Scenario& plan, std::int64_t population, std::size_t year);

// The plan with each line's capacity scaled by its factor. A cadre's time on
// each service (and on supervision, consults and its off-step role) scales
// with the line that pays for it; its time outside the model stays as it is.
Scenario capacity_bought(const Scenario& plan, const LineAmounts& factor);

}  // namespace mhsim
