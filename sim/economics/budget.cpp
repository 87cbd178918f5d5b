#include "economics/budget.hpp"

#include <algorithm>
#include <cmath>

#include "economics/costs.hpp"
#include "crisis/crisis_capacity.hpp"
#include "workforce/staff_deployment.hpp"

namespace mhsim {
namespace {

// The yearly cost of the plan's capacity on each line, with the staff the plan funds in post.
LineAmounts planned_capacity_cost_per_year(const Scenario& plan, std::int64_t population) {
  const StaffDeployment staff = deploy_staff(plan, population);
  const CrisisCapacity crisis(plan, population);
  const std::int64_t units = servers_for(plan.housing_first.units_per_100k, population);
  LineAmounts cost = capacity_cost_per_week({plan, staff, crisis, units, population}, {});
  for (double& line : cost) line *= kWeeksPerYear;
  return cost;
}

// A cadre's plan with each part of its clinical time scaled by the factor of the line that pays for it.
void scale_cadre_time(const Scenario& plan, Cadre cadre, const LineAmounts& factor, CadreSettings& scaled) {
  const CadreSettings& in_plan = plan.workforce[index_of(cadre)];
  const auto of = [&](CostLine line) { return factor[index_of(line)]; };
  const double clinical = in_plan.fte_per_100k * (1.0 - in_plan.non_clinical_time_share);
  const double supervision = clinical * in_plan.supervision_time_share;
  double caseload = clinical - supervision;
  // Psychiatrists' consults for collaborative care come out of their time before the steps (workforce/staff_deployment.cpp).
  double consult = 0;
  if (cadre == Cadre::psychiatrist) {
    const double needed_fte = plan.workforce[index_of(Cadre::care_manager)].fte_per_100k *
                              plan.collaborative_care.psychiatrist_consult_hours_per_care_manager_fte_week /
                              kHoursPerFteWeek;
    consult = std::min(needed_fte, caseload);
    caseload -= consult;
  }
  std::array<double, kStaffedServiceCount> on_step{};
  double step_share = 0;
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    if (!has_capacity_limit(s)) continue;
    const std::size_t k = staffed_index(s);
    on_step[k] = caseload * in_plan.time_share_by_service[k] * of(cost_line_of(static_cast<ServiceId>(s)));
    step_share += in_plan.time_share_by_service[k];
  }
  const bool has_off_step_role = cadre == Cadre::care_manager || cadre == Cadre::peer_worker;
  const double off_step_factor = has_off_step_role ? of(role_cost_line_of(cadre)) : 1.0;
  const double off_step = caseload * std::max(0.0, 1.0 - step_share) * off_step_factor;
  // A cadre none of whose paid time changes keeps its plan exactly (no rounding of its shares).
  bool changed = (supervision > 0 && of(CostLine::psychological_therapy) != 1.0) ||
                 (consult > 0 && of(CostLine::primary_care_mental_health) != 1.0) ||
                 (off_step > 0 && off_step_factor != 1.0);
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    if (has_capacity_limit(s) && in_plan.time_share_by_service[staffed_index(s)] > 0)
      changed |= of(cost_line_of(static_cast<ServiceId>(s))) != 1.0;
  }
  if (!changed) return;

  const double supervision_now = supervision * of(CostLine::psychological_therapy);
  const double consult_now = consult * of(CostLine::primary_care_mental_health);
  double on_steps_now = 0;
  for (double fte : on_step) on_steps_now += fte;
  const double caseload_now = on_steps_now + off_step;
  const double clinical_now = supervision_now + consult_now + caseload_now;
  if (clinical_now <= 0) {
    scaled.fte_per_100k = 0;
    return;
  }
  scaled.fte_per_100k = clinical_now / (1.0 - in_plan.non_clinical_time_share);
  scaled.supervision_time_share = supervision_now / clinical_now;
  if (caseload_now > 0) {
    for (std::size_t k = 0; k < kStaffedServiceCount; ++k) scaled.time_share_by_service[k] = on_step[k] / caseload_now;
  }
}

}  // namespace

std::size_t budget_year_start_week(std::size_t year) {
  return static_cast<std::size_t>(std::llround(static_cast<double>(year) * kWeeksPerYear));
}

std::size_t budget_year_of_week(std::size_t week) {
  auto year = static_cast<std::size_t>(static_cast<double>(week) / kWeeksPerYear);
  while (year > 0 && budget_year_start_week(year) > week) --year;
  while (budget_year_start_week(year + 1) <= week) ++year;
  return year;
}

LineAmounts budget_of_year(const BudgetSettings& budget, std::int64_t population, std::size_t year) {
  const double growth = std::pow(1.0 + budget.growth_rate_per_year, static_cast<double>(year));
  LineAmounts amount{};
  for (std::size_t line = 0; line < kBudgetLineCount; ++line) {
    amount[line] = budget.per_100k_per_year_by_line[line] * static_cast<double>(population) / 1e5 * growth;
  }
  if (budget.transition_years > 0) {
    const auto steps_taken = std::min<std::int64_t>(static_cast<std::int64_t>(year) + 1, budget.transition_years);
    const double moved = amount[index_of(CostLine::inpatient)] * budget.inpatient_share_moved *
                         static_cast<double>(steps_taken) / static_cast<double>(budget.transition_years);
    amount[index_of(CostLine::inpatient)] -= moved;
    for (std::size_t r = 0; r < kReceivingLines.size(); ++r) {
      amount[index_of(kReceivingLines[r])] += moved * budget.moved_share_by_line[r];
    }
  }
  return amount;
}

LineAmounts capacity_factors(const Scenario& plan, std::int64_t population, std::size_t year) {
  const LineAmounts planned_cost = planned_capacity_cost_per_year(plan, population);
  const LineAmounts first =
      budget_of_year(BudgetSettings{.per_100k_per_year_by_line = plan.budget.per_100k_per_year_by_line}, population, 0);
  const LineAmounts now = budget_of_year(plan.budget, population, year);
  LineAmounts factor;
  factor.fill(1.0);
  for (std::size_t line = 0; line < kBudgetLineCount; ++line) {
    if (planned_cost[line] <= 0 || now[line] == first[line]) continue;
    factor[line] = std::max(0.0, 1.0 + (now[line] - first[line]) / planned_cost[line]);
  }
  return factor;
}

Scenario capacity_bought(const Scenario& plan, const LineAmounts& factor) {
  Scenario bought = plan;
  const auto of = [&](CostLine line) { return factor[index_of(line)]; };
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    scale_cadre_time(plan, static_cast<Cadre>(c), factor, bought.workforce[c]);
  }
  bought.front_door.navigator_fte_per_100k *= of(CostLine::primary_care_mental_health);
  bought.crisis_line.call_handler_fte_per_100k *= of(CostLine::crisis);
  bought.mobile_team.teams_per_100k *= of(CostLine::crisis);
  bought.stabilisation.chairs_per_100k *= of(CostLine::crisis);
  bought.short_term_beds.beds_per_100k *= of(CostLine::crisis);
  bought.inpatient.beds_per_100k *= of(CostLine::inpatient);
  bought.employment_support.specialist_fte_per_100k *= of(CostLine::community);
  bought.assertive_community_treatment.team_fte_per_100k *= of(CostLine::community);
  bought.housing_first.units_per_100k *= of(CostLine::community);
  bought.campaigns.anti_stigma_spend_per_100k_per_year *= of(CostLine::campaigns);
  bought.campaigns.awareness_spend_per_100k_per_year *= of(CostLine::campaigns);
  return bought;
}

}  // namespace mhsim
