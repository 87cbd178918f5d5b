#include "severe_illness/severe_illness_funding.hpp"

#include "recording/summary_arithmetic.hpp"

namespace mhsim {

void add_severe_illness_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost) {
  const Scenario& scenario = capacity.scenario;
  const CostSettings& unit = scenario.costs;
  cost[index_of(CostLine::community)] +=
      staff_cost_per_week(capacity, scenario.community_mental_health_team.staff_fte_per_100k,
                          unit.community_team_staff_fte_year) +
      staff_cost_per_week(capacity, scenario.early_intervention_psychosis.coordinator_fte_per_100k,
                          unit.early_intervention_staff_fte_year);
}

void buy_severe_illness_capacity(const LineAmounts& factor, Scenario& bought) {
  const double community = factor[index_of(CostLine::community)];
  bought.community_mental_health_team.staff_fte_per_100k *= community;
  bought.early_intervention_psychosis.coordinator_fte_per_100k *= community;
}

void add_severe_illness_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost) {
  const RelapsePreventionSettings& prevention = scenario.relapse_prevention;
  if (prevention.reach_share <= 0) return;
  const Eigen::VectorXd weeks_reached = weekly_total(results.table("person_weeks_smi")) * prevention.reach_share;
  charge_activity(cost, CostLine::community, weeks_reached,
                  scenario.costs.relapse_prevention_per_person_year / kWeeksPerYear);
}

}  // namespace mhsim
