#include "economics/budget.hpp"

#include <algorithm>
#include <cmath>

#include "access/access_funding.hpp"
#include "community/community_funding.hpp"
#include "perinatal/perinatal_funding.hpp"
#include "crisis/crisis_capacity.hpp"
#include "crisis/crisis_funding.hpp"
#include "economics/costs.hpp"
#include "justice/justice_funding.hpp"
#include "severe_illness/severe_illness_funding.hpp"
#include "youth/youth_funding.hpp"
#include "workforce/staff_deployment.hpp"
#include "workforce/workforce_funding.hpp"

namespace mhsim {
namespace {

// The yearly cost of the plan's capacity on each line, with the staff the plan funds in post.
LineAmounts planned_capacity_cost_per_year(const Scenario& plan, std::int64_t population) {
  const StaffDeployment staff = deploy_staff(plan, population);
  const CrisisCapacity crisis(plan, population);
  const std::int64_t units = servers_for(plan.housing_first.units_per_100k, population);
  LineAmounts cost = capacity_cost_per_week({plan, staff, crisis, units, population}, {});
  for (double& line : cost) line *= kWeeksPerYear;
  return cost;
}

}  // namespace

std::size_t budget_year_start_week(std::size_t year) {
  return static_cast<std::size_t>(std::llround(static_cast<double>(year) * kWeeksPerYear));
}

std::size_t budget_year_of_week(std::size_t week) {
  auto year = static_cast<std::size_t>(static_cast<double>(week) / kWeeksPerYear);
  while (year > 0 && budget_year_start_week(year) > week) --year;
  while (budget_year_start_week(year + 1) <= week) ++year;
  return year;
}

LineAmounts budget_of_year(const BudgetSettings& budget, std::int64_t population, std::size_t year) {
  const double growth = std::pow(1.0 + budget.growth_rate_per_year, static_cast<double>(year));
  LineAmounts amount{};
  for (std::size_t line = 0; line < kBudgetLineCount; ++line) {
    amount[line] = budget.per_100k_per_year_by_line[line] * static_cast<double>(population) / 1e5 * growth;
  }
  if (budget.transition_years > 0) {
    const auto steps_taken = std::min<std::int64_t>(static_cast<std::int64_t>(year) + 1, budget.transition_years);
    const double moved = amount[index_of(CostLine::inpatient)] * budget.inpatient_share_moved *
                         static_cast<double>(steps_taken) / static_cast<double>(budget.transition_years);
    amount[index_of(CostLine::inpatient)] -= moved;
    for (std::size_t r = 0; r < kReceivingLines.size(); ++r) {
      amount[index_of(kReceivingLines[r])] += moved * budget.moved_share_by_line[r];
    }
  }
  for (std::size_t line = 0; line < kBudgetLineCount; ++line) {
    // Skipped at zero so that a run whose rules never moved money keeps its budgets bit for bit.
    if (budget.moved_by_rules_per_100k_per_year[line] == 0) continue;
    amount[line] += budget.moved_by_rules_per_100k_per_year[line] * static_cast<double>(population) / 1e5 * growth;
  }
  return amount;
}

double move_budget_by_rule(BudgetSettings& budget, std::size_t year, std::size_t from, std::size_t to, double share,
                           double from_floor_per_100k, double to_ceiling_per_100k) {
  const LineAmounts now = budget_of_year(budget, 100'000, year);  // per 100k
  double moved = std::min({share * now[from], now[from] - from_floor_per_100k, to_ceiling_per_100k - now[to]});
  if (!(moved > 0)) return 0;
  const double growth = std::pow(1.0 + budget.growth_rate_per_year, static_cast<double>(year));
  budget.moved_by_rules_per_100k_per_year[from] -= moved / growth;
  budget.moved_by_rules_per_100k_per_year[to] += moved / growth;
  return moved;
}

LineAmounts capacity_factors(const Scenario& plan, std::int64_t population, std::size_t year) {
  const LineAmounts planned_cost = planned_capacity_cost_per_year(plan, population);
  const LineAmounts first =
      budget_of_year(BudgetSettings{.per_100k_per_year_by_line = plan.budget.per_100k_per_year_by_line}, population, 0);
  const LineAmounts now = budget_of_year(plan.budget, population, year);
  LineAmounts factor;
  factor.fill(1.0);
  for (std::size_t line = 0; line < kBudgetLineCount; ++line) {
    if (planned_cost[line] <= 0 || now[line] == first[line]) continue;
    factor[line] = std::max(0.0, 1.0 + (now[line] - first[line]) / planned_cost[line]);
  }
  return factor;
}

Scenario capacity_bought(const Scenario& plan, const LineAmounts& factor) {
  Scenario bought = plan;
  buy_staff_time(plan, factor, bought);
  buy_access_capacity(factor, bought);
  buy_crisis_capacity(factor, bought);
  buy_community_capacity(factor, bought);
  buy_justice_capacity(factor, bought);
  buy_perinatal_capacity(factor, bought);
  buy_severe_illness_capacity(factor, bought);
  buy_youth_capacity(factor, bought);  // issue 18
  return bought;
}

}  // namespace mhsim
