#include "community/community_funding.hpp"

namespace mhsim {

void add_community_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost) {
  const Scenario& scenario = capacity.scenario;
  const CostSettings& unit = scenario.costs;
  cost[index_of(CostLine::community)] +=
      staff_cost_per_week(capacity, scenario.employment_support.specialist_fte_per_100k,
                          unit.employment_specialist_fte_year) +
      staff_cost_per_week(capacity, scenario.assertive_community_treatment.team_fte_per_100k, unit.act_staff_fte_year) +
      static_cast<double>(capacity.housing_first_units) * unit.housing_first_unit_year / kWeeksPerYear;
}

void buy_community_capacity(const LineAmounts& factor, Scenario& bought) {
  const double community = factor[index_of(CostLine::community)];
  bought.employment_support.specialist_fte_per_100k *= community;
  bought.assertive_community_treatment.team_fte_per_100k *= community;
  bought.housing_first.units_per_100k *= community;
}

}  // namespace mhsim
