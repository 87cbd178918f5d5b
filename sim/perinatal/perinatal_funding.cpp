#include "perinatal/perinatal_funding.hpp"

namespace mhsim {

void add_perinatal_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost) {
  const PerinatalCareSettings& perinatal = capacity.scenario.perinatal_care;
  cost[index_of(CostLine::community)] +=
      staff_cost_per_week(capacity, perinatal.team_fte_per_100k, perinatal.team_fte_year_cost);
}

void buy_perinatal_capacity(const LineAmounts& factor, Scenario& bought) {
  bought.perinatal_care.team_fte_per_100k *= factor[index_of(CostLine::community)];
}

}  // namespace mhsim
