#include "model/workforce.hpp"

#include <algorithm>
#include <cmath>

namespace mhsim {

WorkforcePlan plan_workforce(const Scenario& scenario, std::int64_t population_size) {
  WorkforcePlan plan;
  const double hundreds_of_thousands = static_cast<double>(population_size) / 1e5;
  std::array<std::array<double, kServiceCount>, kCadreCount> fte_by_cadre{};
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    const CadreSettings& cadre = scenario.workforce[c];
    const double fte = cadre.fte_per_100k * hundreds_of_thousands;
    const double clinical_fte = fte * (1.0 - cadre.non_clinical_time_share);
    plan.supervision_hours_given_per_week += clinical_fte * cadre.supervision_time_share * kHoursPerFteWeek;
    plan.supervision_hours_needed_per_week += fte * cadre.supervision_hours_needed_per_fte_week;
    for (std::size_t s = 0; s < kServiceCount; ++s) {
      fte_by_cadre[c][s] = clinical_fte * (1.0 - cadre.supervision_time_share) * cadre.time_share_by_service[s];
      plan.clinical_fte[s] += fte_by_cadre[c][s];
    }
  }
  if (plan.supervision_hours_needed_per_week > 0) {
    plan.supervision_adequacy =
        std::min(1.0, plan.supervision_hours_given_per_week / plan.supervision_hours_needed_per_week);
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
  return plan;
}

std::int64_t capacity_places(double clinical_fte, const ServiceSettings& service) {
  return static_cast<std::int64_t>(std::floor(clinical_fte * service.caseload_per_fte));
}

}  // namespace mhsim
