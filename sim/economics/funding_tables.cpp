#include "economics/funding_tables.hpp"

#include <array>
#include <string>

namespace mhsim {

FundingTables::FundingTables(std::size_t reported_weeks)
    : capacity_costs_(WeeklyMatrix::Zero(static_cast<Eigen::Index>(reported_weeks), kCostLineCount)),
      budget_(WeeklyMatrix::Zero(static_cast<Eigen::Index>(reported_weeks), kBudgetLineCount)),
      crisis_servers_(WeeklyMatrix::Zero(static_cast<Eigen::Index>(reported_weeks), kServerPoolLabels.size())) {}

void FundingTables::record(std::size_t week, const LineAmounts& capacity_cost, const LineAmounts& budget_per_week,
                           const CrisisCapacity& crisis) {
  const auto row = static_cast<Eigen::Index>(week);
  for (std::size_t line = 0; line < kCostLineCount; ++line) {
    capacity_costs_(row, static_cast<Eigen::Index>(line)) = capacity_cost[line];
  }
  for (std::size_t line = 0; line < kBudgetLineCount; ++line) {
    budget_(row, static_cast<Eigen::Index>(line)) = budget_per_week[line];
  }
  const std::array<const ServerPool*, kServerPoolLabels.size()> pools{
      &crisis.line_seats,      &crisis.mobile_teams, &crisis.stabilisation_chairs,
      &crisis.short_term_beds, &crisis.ed_assessors, &crisis.inpatient_beds};
  for (std::size_t k = 0; k < pools.size(); ++k) {
    crisis_servers_(row, static_cast<Eigen::Index>(k)) = static_cast<double>(pools[k]->servers());
  }
}

void FundingTables::export_to(Results& results, const std::string& currency_unit) {
  Dimension lines{"budget_line", {}};
  for (auto label : kBudgetLineLabels) lines.labels.emplace_back(label);
  results.dimensions.push_back(std::move(lines));
  Dimension pools{"crisis_resource", {}};
  for (auto label : kServerPoolLabels) pools.labels.emplace_back(label);
  results.dimensions.push_back(std::move(pools));
  results.weekly.push_back(
      {"budget",
       currency_unit,
       "each line's budget: its budget for the year / 52.18 weeks (a year has 52 or 53 whole weeks)",
       {"budget_line"},
       std::move(budget_)});
  results.weekly.push_back({"crisis_capacity",
                            "servers",
                            "servers of the crisis system funded during the week (whole servers, at least one where "
                            "funded)",
                            {"crisis_resource"},
                            std::move(crisis_servers_)});
}

}  // namespace mhsim
