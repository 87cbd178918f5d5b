#pragma once
// Budgets by line and year, and a transition that moves money out of
// inpatient beds (docs/model.md, "Budgets and reallocation"). The scenario's
// capacities are what the first reported year's budgets buy; a line whose
// budget later grows or shrinks buys more or less of its capacity at the
// scenario's mix.
#include <array>
#include <cstdint>
#include <string_view>

#include "economics/cost_settings.hpp"

namespace mhsim {

// Every cost line but justice (police time and jail are not a health budget).
inline constexpr std::size_t kBudgetLineCount = kCostLineCount - 1;
static_assert(kCostLineLabels[kBudgetLineCount] == "justice", "justice is the last cost line");
inline constexpr std::array<std::string_view, kBudgetLineCount> kBudgetLineLabels = [] {
  std::array<std::string_view, kBudgetLineCount> labels{};
  for (std::size_t i = 0; i < kBudgetLineCount; ++i) labels[i] = kCostLineLabels[i];
  return labels;
}();

// The lines money moved out of the inpatient budget may go to: those that buy capacity.
inline constexpr std::array<CostLine, 4> kReceivingLines{
    CostLine::primary_care_mental_health, CostLine::psychological_therapy, CostLine::community, CostLine::crisis};
inline constexpr std::array<std::string_view, 4> kReceivingLineLabels{"primary_care_mental_health",
                                                                      "psychological_therapy", "community", "crisis"};
static_assert([] {
  for (std::size_t i = 0; i < kReceivingLines.size(); ++i)
    if (kReceivingLineLabels[i] != kCostLineLabels[static_cast<std::size_t>(kReceivingLines[i])]) return false;
  return true;
}());

struct BudgetSettings {
  std::array<double, kBudgetLineCount> per_100k_per_year_by_line{};  // in the first reported year
  double growth_rate_per_year = 0;    // every line, compounding, in real terms (may be negative)
  std::int64_t transition_years = 0;  // the move happens in equal steps at the start of these years; 0: none
  double inpatient_share_moved = 0;   // of the inpatient budget, moved by the end of the transition
  std::array<double, kReceivingLineLabels.size()>
      moved_share_by_line{};  // of the money moved; the rest leaves mental health
  // Money learning-system rules moved (scenario/rules.hpp), per 100k per year at first-year prices
  // (+ into a line, - out of it); not a scenario key: a run's own reviews set it.
  std::array<double, kBudgetLineCount> moved_by_rules_per_100k_per_year{};
};

}  // namespace mhsim
