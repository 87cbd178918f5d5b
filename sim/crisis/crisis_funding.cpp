#include "crisis/crisis_funding.hpp"

#include "recording/summary_arithmetic.hpp"

namespace mhsim {

void add_crisis_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost) {
  const Scenario& scenario = capacity.scenario;
  const CostSettings& unit = scenario.costs;
  const CrisisCapacity& crisis = capacity.crisis;
  const auto servers = [](const ServerPool& pool) { return static_cast<double>(pool.servers()); };
  cost[index_of(CostLine::crisis)] +=
      staff_cost_per_week(capacity, scenario.crisis_line.call_handler_fte_per_100k, unit.call_handler_fte_year) +
      servers(crisis.mobile_teams) * scenario.mobile_team.cover_hours_per_day * kDaysPerWeek * unit.mobile_team_hour +
      servers(crisis.stabilisation_chairs) * kDaysPerWeek * unit.stabilisation_chair_day +
      servers(crisis.short_term_beds) * kDaysPerWeek * unit.short_term_bed_day;
  cost[index_of(CostLine::inpatient)] += servers(crisis.inpatient_beds) * kDaysPerWeek * unit.inpatient_bed_day;
}

void buy_crisis_capacity(const LineAmounts& factor, Scenario& bought) {
  const double crisis = factor[index_of(CostLine::crisis)];
  bought.crisis_line.call_handler_fte_per_100k *= crisis;
  bought.mobile_team.teams_per_100k *= crisis;
  bought.stabilisation.chairs_per_100k *= crisis;
  bought.short_term_beds.beds_per_100k *= crisis;
  bought.inpatient.beds_per_100k *= factor[index_of(CostLine::inpatient)];
}

void add_crisis_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost) {
  const CostSettings& unit = scenario.costs;
  const auto units = [&](const char* table) { return weekly_total(results.table(table)); };
  charge_activity(cost, CostLine::crisis, units("co_responder_attendances"), unit.co_responder_attendance);
  charge_activity(cost, CostLine::crisis, units("dispatch_diversions"), unit.dispatch_diversion);
  charge_activity(cost, CostLine::community, units("bridged_discharges"), unit.bridged_discharge);
}

}  // namespace mhsim
