#include "youth/youth_funding.hpp"

#include <algorithm>

namespace mhsim {
namespace {

// Each line's cost a year per 100,000 people.
LineAmounts youth_cost_per_100k_per_year(const Scenario& scenario) {
  const SchoolSupportSettings& school = scenario.school_support;
  LineAmounts cost{};
  cost[index_of(CostLine::psychological_therapy)] =
      school.counsellor_fte_per_100k * school.counsellor_cost_per_fte_year;
  cost[index_of(CostLine::campaigns)] = school.trained_teacher_share * school.teacher_training_cost_per_100k_per_year;
  cost[index_of(CostLine::primary_care_mental_health)] = scenario.youth_pathway.one_stop_cost_per_100k_per_year;
  return cost;
}

}  // namespace

double youth_cost_per_year(const Scenario& scenario, std::int64_t population_size) {
  double sum = 0;
  for (const double line : youth_cost_per_100k_per_year(scenario)) sum += line;
  return sum * static_cast<double>(population_size) / 1e5;
}

void add_youth_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost) {
  const LineAmounts per_100k = youth_cost_per_100k_per_year(capacity.scenario);
  const double hundreds_of_thousands = static_cast<double>(capacity.population_size) / 1e5;
  for (std::size_t line = 0; line < kCostLineCount; ++line) {
    cost[line] += per_100k[line] * hundreds_of_thousands / kWeeksPerYear;
  }
}

// One-stop services bought in part close their share of the gap in part; their cost follows.
void buy_youth_capacity(const LineAmounts& factor, Scenario& bought) {
  SchoolSupportSettings& school = bought.school_support;
  school.counsellor_fte_per_100k *= factor[index_of(CostLine::psychological_therapy)];
  school.trained_teacher_share = std::min(1.0, school.trained_teacher_share * factor[index_of(CostLine::campaigns)]);
  YouthPathwaySettings& pathway = bought.youth_pathway;
  const double primary_care = factor[index_of(CostLine::primary_care_mental_health)];
  pathway.one_stop_gap_closed_share = std::min(1.0, pathway.one_stop_gap_closed_share * primary_care);
  pathway.one_stop_cost_per_100k_per_year *= primary_care;
}

}  // namespace mhsim
