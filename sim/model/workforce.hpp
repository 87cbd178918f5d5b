#pragma once
// The workforce behind the services: each cadre's clinical time, split across
// services by the scope of practice, becomes each service's clinical FTE and,
// with its caseload per FTE, its capacity in places.
#include <array>
#include <cstdint>

#include "scenario/scenario.hpp"

namespace mhsim {

// Clinical full-time equivalents each service gets from all cadres, for a population of `population_size`.
std::array<double, kServiceCount> clinical_fte_by_service(const Scenario& scenario, std::int64_t population_size);

// Concurrent caseload places from clinical FTE (whole places only).
std::int64_t capacity_places(double clinical_fte, const ServiceSettings& service);

}  // namespace mhsim
