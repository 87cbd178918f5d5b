#pragma once
// The workforce behind the services: each cadre's clinical time, less the time
// it spends supervising, is split across services by the scope of practice and
// becomes each service's clinical FTE (and, with its caseload per FTE, its
// places). Supervision given against supervision needed sets how much of their
// effect the supervised cadres keep; each service's effect is the average over
// the cadres delivering it, weighted by their FTE there.
//
// Collaborative care: care managers' clinical time not given to a step holds
// the registry; the consulting psychiatrist's hours come out of psychiatrists'
// clinical time before it is split across steps. Peer workers' clinical time
// not given to a step holds peer support places in the same way.
#include <array>
#include <cstdint>

#include "scenario/scenario.hpp"

namespace mhsim {

inline constexpr double kHoursPerFteWeek = 37.5;

struct StaffDeployment {
  std::array<double, kServiceCount> clinical_fte{};
  std::array<std::array<double, kServiceCount>, kCadreCount> clinical_fte_by_cadre{};  // cadre x step
  // The rest of each cadre's clinical time that the model's services use:
  // supervising others, psychiatrists' consults, and the off-step roles
  // (care managers' registry, peer workers' peer support). Time given to none
  // of these (psychiatrists' work with severe illness outside the steps, GPs'
  // other work) is outside the model.
  std::array<double, kCadreCount> supervision_fte_by_cadre{};
  std::array<double, kCadreCount> off_step_role_fte_by_cadre{};
  double consult_fte = 0;
  std::array<double, kServiceCount> treatment_effect_ratio{};  // 1 for a service nobody staffs
  double supervision_hours_needed_per_week = 0;
  double supervision_hours_given_per_week = 0;
  double supervision_adequacy = 1;  // given / needed, at most 1; 1 when nobody needs supervision
  std::int64_t registry_places = 0;  // people under measurement-based care at once
  std::int64_t peer_support_places = 0;  // held by peer workers' clinical time not given to a step
  double consult_hours_needed_per_week = 0;
  double consult_hours_given_per_week = 0;
  double consult_coverage = 1;  // given / needed; 1 when nobody needs consults
  std::int64_t front_door_assessments_per_week = 0;
};

// With the staff in post the scenario starts with, or with `fte_per_100k` in post (workforce_stock.hpp).
StaffDeployment deploy_staff(const Scenario& scenario, std::int64_t population_size);
StaffDeployment deploy_staff(const Scenario& scenario, std::int64_t population_size,
                             const std::array<double, kCadreCount>& fte_per_100k);

// Concurrent caseload places from clinical FTE (whole places only); digital self-help has no limit.
std::int64_t capacity_places(double clinical_fte, const ServiceSettings& service, std::size_t service_index);

}  // namespace mhsim
