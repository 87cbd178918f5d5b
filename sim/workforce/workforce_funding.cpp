#include "workforce/workforce_funding.hpp"

#include <algorithm>

namespace mhsim {

void add_staff_cost(const CapacityInForce& capacity, const std::array<double, kCadreCount>& trainees_started,
                    LineAmounts& cost) {
  const Scenario& scenario = capacity.scenario;
  const CostSettings& unit = scenario.costs;
  const StaffDeployment& plan = capacity.staff;
  const auto add = [&](CostLine line, double amount) { cost[index_of(line)] += amount; };
  // Staff: their clinical time grossed up for the non-clinical time that goes with it.
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    const double per_clinical_fte_week =
        unit.fte_year_by_cadre[c] / kWeeksPerYear / (1.0 - scenario.workforce[c].non_clinical_time_share);
    for (std::size_t s = 0; s < kServiceCount; ++s) {
      add(cost_line_of(static_cast<ServiceId>(s)), plan.clinical_fte_by_cadre[c][s] * per_clinical_fte_week);
    }
    // Supervision keeps low-intensity therapists and lay staff effective: a therapy cost.
    add(CostLine::psychological_therapy, plan.supervision_fte_by_cadre[c] * per_clinical_fte_week);
    const auto cadre = static_cast<Cadre>(c);
    if (cadre == Cadre::psychiatrist)
      add(CostLine::primary_care_mental_health, plan.consult_fte * per_clinical_fte_week);
    add(role_cost_line_of(cadre), plan.off_step_role_fte_by_cadre[c] * per_clinical_fte_week);
    // Training: lay counsellors train for low-intensity therapy, peer workers for peer support.
    add(cadre == Cadre::lay_counsellor ? CostLine::psychological_therapy : role_cost_line_of(cadre),
        trainees_started[c] * scenario.workforce[c].training_cost_per_trainee);
  }
}

namespace {

// A cadre's plan with each part of its clinical time scaled by the factor of the line that pays for it.
void scale_cadre_time(const Scenario& plan, Cadre cadre, const LineAmounts& factor, CadreSettings& scaled) {
  const CadreSettings& in_plan = plan.workforce[index_of(cadre)];
  const auto of = [&](CostLine line) { return factor[index_of(line)]; };
  const double clinical = in_plan.fte_per_100k * (1.0 - in_plan.non_clinical_time_share);
  const double supervision = clinical * in_plan.supervision_time_share;
  double caseload = clinical - supervision;
  // Psychiatrists' consults for collaborative care come out of their time before the steps
  // (workforce/staff_deployment.cpp).
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

void buy_staff_time(const Scenario& plan, const LineAmounts& factor, Scenario& bought) {
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    scale_cadre_time(plan, static_cast<Cadre>(c), factor, bought.workforce[c]);
  }
}

}  // namespace mhsim
