#include "model/workforce.hpp"

#include <cmath>

namespace mhsim {

std::array<double, kServiceCount> clinical_fte_by_service(const Scenario& scenario, std::int64_t population_size) {
  std::array<double, kServiceCount> fte{};
  const double hundreds_of_thousands = static_cast<double>(population_size) / 1e5;
  for (const CadreSettings& cadre : scenario.workforce) {
    const double clinical_fte = cadre.fte_per_100k * hundreds_of_thousands * (1.0 - cadre.non_clinical_time_share);
    for (std::size_t s = 0; s < kServiceCount; ++s) fte[s] += clinical_fte * cadre.time_share_by_service[s];
  }
  return fte;
}

std::int64_t capacity_places(double clinical_fte, const ServiceSettings& service) {
  return static_cast<std::int64_t>(std::floor(clinical_fte * service.caseload_per_fte));
}

}  // namespace mhsim
