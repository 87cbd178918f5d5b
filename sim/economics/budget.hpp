#pragma once
// Budgets by line and year, and the capacity they buy (docs/model.md,
// "Budgets and reallocation"). The scenario's capacities are its plan: what
// the first reported year's budgets buy. A line whose budget grows or shrinks
// (growth, or money moved out of inpatient beds over a transition) buys more
// or less of its capacity at the plan's mix - staff posts, beds, chairs,
// teams, programme staff and Housing First units. Demand-led spending
// (medicines, licences, ED visits, the levers' activity) is paid as used, and
// it is what makes a line spend more or less than its budget.
#include <array>
#include <cstddef>
#include <cstdint>

#include "economics/budget_settings.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

using LineAmounts = std::array<double, kCostLineCount>;

// The reported week each budget year starts (years of 365.25 days, whole weeks), and the year a week is in.
std::size_t budget_year_start_week(std::size_t year);
std::size_t budget_year_of_week(std::size_t week);

// Each line's budget in reported year `year` (0 is the first) for `population` people; justice has none.
LineAmounts budget_of_year(const BudgetSettings& budget, std::int64_t population, std::size_t year);

// A rule's move (scenario/rules.hpp): `share` of line `from`'s budget in `year` goes to line
// `to` from then on, as a fixed real amount that grows with the budget, after the transition
// (budget_of_year adds it last). The move stops where `from` would fall below its floor or
// `to` rise above its ceiling (per 100k per year in `year`). Returns the amount moved per
// 100k per year in `year` (0: nothing could move, and the budget is unchanged).
double move_budget_by_rule(BudgetSettings& budget, std::size_t year, std::size_t from, std::size_t to,
                           double share, double from_floor_per_100k, double to_ceiling_per_100k);

// The share of its planned capacity each line buys in `year`: 1 + (its budget
// that year - its first year's budget) / the yearly cost of its planned
// capacity, never below 0. A line with no capacity (medication, digital) keeps 1.
LineAmounts capacity_factors(const Scenario& plan, std::int64_t population, std::size_t year);

// The plan with each line's capacity scaled by its factor. A cadre's time on
// each service (and on supervision, consults and its off-step role) scales
// with the line that pays for it; its time outside the model stays as it is.
Scenario capacity_bought(const Scenario& plan, const LineAmounts& factor);

}  // namespace mhsim
