#pragma once
// The workforce behind the services: each cadre's clinical time, less the time
// it spends supervising, is split across services by the scope of practice and
// becomes each service's clinical FTE (and, with its caseload per FTE, its
// places). Supervision given against supervision needed sets how much of their
// effect the supervised cadres keep; each service's effect is the average over
// the cadres delivering it, weighted by their FTE there.
#include <array>
#include <cstdint>

#include "scenario/scenario.hpp"

namespace mhsim {

inline constexpr double kHoursPerFteWeek = 37.5;

struct WorkforcePlan {
  std::array<double, kServiceCount> clinical_fte{};
  std::array<double, kServiceCount> treatment_effect_ratio{};  // 1 for a service nobody staffs
  double supervision_hours_needed_per_week = 0;
  double supervision_hours_given_per_week = 0;
  double supervision_adequacy = 1;  // given / needed, at most 1; 1 when nobody needs supervision
};

WorkforcePlan plan_workforce(const Scenario& scenario, std::int64_t population_size);

// Concurrent caseload places from clinical FTE (whole places only).
std::int64_t capacity_places(double clinical_fte, const ServiceSettings& service);

}  // namespace mhsim
