#pragma once
// What each reported week's capacity cost and what its lines were given
// (economics/budget.hpp), and the crisis servers it ran with: capacity can change
// at each budget year, so the costs and the crisis figures read it week by week.
#include <cstddef>
#include <string>

#include "economics/budget.hpp"
#include "crisis/crisis_capacity.hpp"
#include "results/results.hpp"

namespace mhsim {

class FundingTables {
 public:
  explicit FundingTables(std::size_t reported_weeks = 0);
  // `budget_per_week`: the line's yearly budget / kWeeksPerYear (a budget year has 52 or 53 whole weeks).
  void record(std::size_t week, const LineAmounts& capacity_cost, const LineAmounts& budget_per_week,
              const CrisisCapacity& crisis);
  const WeeklyMatrix& capacity_costs() const { return capacity_costs_; }
  // Moves the tables budget and crisis_capacity out (capacity costs stay for cost_table).
  void export_to(Results& results, const std::string& currency_unit);

 private:
  WeeklyMatrix capacity_costs_, budget_, crisis_servers_;
};

}  // namespace mhsim
