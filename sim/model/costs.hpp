#pragma once
// What a run costs, by budget line and week (docs/model.md, "Costs"): staff
// for the time they give to the model's services, funded capacity (beds,
// chairs, teams, units) and activity (medicines, digital licences, ED visits,
// police hours, jail days), each as units x unit cost from the scenario's
// [costs]; and the value of the work of people employed.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/crisis_capacity.hpp"
#include "model/workforce.hpp"
#include "results/results.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

enum class CostLine : std::uint8_t {
  primary_care_mental_health,
  psychological_therapy,
  medication,
  community,
  crisis,
  inpatient,
  digital,
  justice,  // police time and jail: not a health budget, counted apart in cost_health_and_care
};
inline constexpr std::size_t kCostLineCount = 8;
inline constexpr std::array<std::string_view, kCostLineCount> kCostLineLabels{"primary_care_mental_health",
                                                                              "psychological_therapy",
                                                                              "medication",
                                                                              "community",
                                                                              "crisis",
                                                                              "inpatient",
                                                                              "digital",
                                                                              "justice"};

// The capacity a run had, whole servers as it ran them (staff come from its weekly staff_fte).
struct FundedCapacity {
  const CrisisCapacity& crisis;
  std::int64_t housing_first_units = 0;
  std::int64_t population_size = 0;  // the initial population, which sizes staff per 100,000
};

// Cost per week and line (dimension cost_line), from the weekly tables of `results`.
WeeklyTable cost_table(const Scenario& scenario, const FundedCapacity& capacity, const Results& results);
// Value of the work of people employed at the end of each week (no breakdown).
WeeklyTable productivity_table(const Scenario& scenario, const Results& results);
// Needs the weekly tables costs and productivity_value.
std::vector<SummaryFigure> summarise_costs(const Scenario& scenario, const Results& results);

// "GBP, 2021 prices": the unit of every cost figure.
std::string cost_unit(const CostSettings& costs);

}  // namespace mhsim
