#include "justice/justice_funding.hpp"

#include "recording/summary_arithmetic.hpp"

namespace mhsim {

void add_justice_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost) {
  const Scenario& scenario = capacity.scenario;
  cost[index_of(CostLine::crisis)] += staff_cost_per_week(
      capacity, scenario.liaison_diversion.practitioners_fte_per_100k, scenario.costs.liaison_practitioner_fte_year);
}

void buy_justice_capacity(const LineAmounts& factor, Scenario& bought) {
  bought.liaison_diversion.practitioners_fte_per_100k *= factor[index_of(CostLine::crisis)];
}

void add_justice_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost) {
  const CostSettings& unit = scenario.costs;
  const auto units = [&](const char* table) { return weekly_total(results.table(table)); };
  charge_activity(cost, CostLine::justice, units("jail_care_days"), unit.jail_care_day);
  charge_activity(cost, CostLine::community, units("release_plans"), unit.release_plan);
}

}  // namespace mhsim
