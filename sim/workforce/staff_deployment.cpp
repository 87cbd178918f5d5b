#include "workforce/staff_deployment.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mhsim {

StaffDeployment deploy_staff(const Scenario& scenario, std::int64_t population_size) {
  std::array<double, kCadreCount> fte_per_100k{};
  for (std::size_t c = 0; c < kCadreCount; ++c) fte_per_100k[c] = scenario.workforce[c].fte_per_100k;
  return deploy_staff(scenario, population_size, fte_per_100k);
}

StaffDeployment deploy_staff(const Scenario& scenario, std::int64_t population_size,
                             const std::array<double, kCadreCount>& fte_per_100k) {
  StaffDeployment plan;
  const double hundreds_of_thousands = static_cast<double>(population_size) / 1e5;
  const auto& collaborative_care = scenario.collaborative_care;
  const auto fte_of = [&](Cadre c) { return fte_per_100k[index_of(c)] * hundreds_of_thousands; };

  auto& fte_by_cadre = plan.clinical_fte_by_cadre;
  plan.consult_hours_needed_per_week =
      fte_of(Cadre::care_manager) * collaborative_care.psychiatrist_consult_hours_per_care_manager_fte_week;
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    const CadreSettings& cadre = scenario.workforce[c];
    const double fte = fte_per_100k[c] * hundreds_of_thousands;
    const double clinical_fte = fte * (1.0 - cadre.non_clinical_time_share);
    plan.supervision_fte_by_cadre[c] = clinical_fte * cadre.supervision_time_share;
    plan.supervision_hours_given_per_week += plan.supervision_fte_by_cadre[c] * kHoursPerFteWeek;
    plan.supervision_hours_needed_per_week += fte * cadre.supervision_hours_needed_per_fte_week;
    double caseload_fte = clinical_fte * (1.0 - cadre.supervision_time_share);
    if (static_cast<Cadre>(c) == Cadre::psychiatrist) {
      plan.consult_hours_given_per_week =
          std::min(plan.consult_hours_needed_per_week, caseload_fte * kHoursPerFteWeek);
      plan.consult_fte = plan.consult_hours_given_per_week / kHoursPerFteWeek;
      caseload_fte -= plan.consult_fte;
    }
    double step_share = 0;
    for (std::size_t s = 0; s < kServiceCount; ++s) {
      if (!has_capacity_limit(s)) continue;  // nobody staffs digital self-help
      const double share = cadre.time_share_by_service[staffed_index(s)];
      fte_by_cadre[c][s] = caseload_fte * share;
      plan.clinical_fte[s] += fte_by_cadre[c][s];
      step_share += share;
    }
    const double off_step_fte = caseload_fte * std::max(0.0, 1.0 - step_share);
    if (static_cast<Cadre>(c) == Cadre::care_manager || static_cast<Cadre>(c) == Cadre::peer_worker) {
      plan.off_step_role_fte_by_cadre[c] = off_step_fte;
    }
    if (static_cast<Cadre>(c) == Cadre::care_manager) {
      plan.registry_places = static_cast<std::int64_t>(
          std::floor(off_step_fte * collaborative_care.registry_caseload_per_care_manager_fte));
    }
    if (static_cast<Cadre>(c) == Cadre::peer_worker) {
      plan.peer_support_places =
          static_cast<std::int64_t>(std::floor(off_step_fte * scenario.peer_support.caseload_per_peer_fte));
    }
  }
  if (plan.supervision_hours_needed_per_week > 0) {
    plan.supervision_adequacy =
        std::min(1.0, plan.supervision_hours_given_per_week / plan.supervision_hours_needed_per_week);
  }
  if (plan.consult_hours_needed_per_week > 0) {
    plan.consult_coverage = plan.consult_hours_given_per_week / plan.consult_hours_needed_per_week;
  }
  std::array<double, kServiceCount> weighted_effect{};
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    const CadreSettings& cadre = scenario.workforce[c];
    const double effect = cadre.supervision_hours_needed_per_fte_week > 0
                              ? cadre.unsupervised_effect_ratio + (cadre.treatment_effect_ratio -
                                                                   cadre.unsupervised_effect_ratio) *
                                                                      plan.supervision_adequacy
                              : cadre.treatment_effect_ratio;
    for (std::size_t s = 0; s < kServiceCount; ++s) weighted_effect[s] += fte_by_cadre[c][s] * effect;
  }
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    plan.treatment_effect_ratio[s] = plan.clinical_fte[s] > 0 ? weighted_effect[s] / plan.clinical_fte[s] : 1.0;
  }
  const auto& front_door = scenario.front_door;
  plan.front_door_assessments_per_week = static_cast<std::int64_t>(std::floor(
      front_door.navigator_fte_per_100k * hundreds_of_thousands * front_door.assessments_per_navigator_fte_week));
  return plan;
}

std::int64_t capacity_places(double clinical_fte, const ServiceSettings& service, std::size_t service_index) {
  if (!has_capacity_limit(service_index)) return std::numeric_limits<std::int64_t>::max();
  return static_cast<std::int64_t>(std::floor(clinical_fte * service.caseload_per_fte));
}

}  // namespace mhsim
