#pragma once
// What a run costs, by budget line and week (docs/model.md, "Costs"): staff
// for the time they give to the model's services, funded capacity (beds,
// chairs, teams, units, campaigns) and activity (medicines, digital licences, ED visits,
// police hours, jail days), each as units x unit cost from the scenario's
// [costs]; and the value of the work of people employed.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "economics/budget.hpp"
#include "crisis/crisis_capacity.hpp"
#include "workforce/staff_deployment.hpp"
#include "results/results.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// The capacity in force in a week: the scenario that sized it (a budget may
// have scaled the plan, economics/budget.hpp), the staff in post and the servers.
struct CapacityInForce {
  const Scenario& scenario;
  const StaffDeployment& staff;
  const CrisisCapacity& crisis;
  std::int64_t housing_first_units = 0;
  std::int64_t population_size = 0;  // the initial population, which sizes staff per 100,000
};

// A week's cost of staff funded per 100,000 people at `fte_year` each.
inline double staff_cost_per_week(const CapacityInForce& capacity, double fte_per_100k, double fte_year) {
  return fte_per_100k * (static_cast<double>(capacity.population_size) / 1e5) * fte_year / kWeeksPerYear;
}

// Adds a week's activity (units a week) x its unit cost to a line of the weekly costs (week x line).
inline void charge_activity(WeeklyMatrix& cost, CostLine line, const Eigen::VectorXd& units_per_week,
                            double unit_cost) {
  cost.col(static_cast<Eigen::Index>(index_of(line))) += units_per_week * unit_cost;
}

// The line that pays for a service's staff time, and for a cadre's off-step role (registry, peer support).
CostLine cost_line_of(ServiceId service);
CostLine role_cost_line_of(Cadre cadre);

// A week's cost of the staff's time on the model's services and of the week's
// trainees, and of funded capacity (beds, chairs, teams, units), by line.
LineAmounts capacity_cost_per_week(const CapacityInForce& capacity,
                                   const std::array<double, kCadreCount>& trainees_started);

// Cost per week and line (dimension cost_line): `capacity_costs` (reported
// weeks x line, from capacity_cost_per_week) and the activity in the weekly tables.
WeeklyTable cost_table(const Scenario& scenario, const WeeklyMatrix& capacity_costs, const Results& results);
// Value of the work of people employed at the end of each week (no breakdown).
WeeklyTable productivity_table(const Scenario& scenario, const Results& results);
// Needs the weekly tables costs, budget and productivity_value.
std::vector<SummaryFigure> summarise_costs(const Scenario& scenario, const Results& results);

// "GBP, 2021 prices": the unit of every cost figure.
std::string cost_unit(const CostSettings& costs);

}  // namespace mhsim
