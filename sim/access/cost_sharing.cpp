#include "access/cost_sharing.hpp"

#include <algorithm>

namespace mhsim {

double copay_after_parity(const CostSharingSettings& sharing, const std::array<double, 3>& copay_by_coverage,
                          std::uint8_t coverage) {
  const double copay = copay_by_coverage[coverage];
  const double above_physical = std::max(0.0, copay - sharing.physical_health_copay_by_coverage[coverage]);
  return copay - sharing.parity_share * above_physical;
}

double copay_burden(const CostSharingSettings& sharing, double copay, std::uint8_t income) {
  return copay / sharing.half_demand_copay_by_income[income];
}

double copay_paid(const CostSharingSettings& sharing, const std::array<double, 3>& copay_by_coverage,
                  std::uint8_t coverage, std::uint8_t income) {
  return copay_after_parity(sharing, copay_by_coverage, coverage) * sharing.copay_ratio_by_income[income];
}

double session_copay(const CostSharingSettings& sharing, const PersonAttributes& attributes, std::size_t service) {
  switch (static_cast<ServiceId>(service)) {
    case ServiceId::low_intensity:
    case ServiceId::high_intensity:
      return copay_paid(sharing, sharing.therapy_copay_by_coverage, attributes.coverage, attributes.income);
    case ServiceId::medication_management:
      return copay_paid(sharing, sharing.medication_copay_by_coverage, attributes.coverage, attributes.income);
    case ServiceId::digital_self_help:
    case ServiceId::community_team:
    case ServiceId::camhs: return 0.0;  // free at the point of use
  }
  return 0.0;
}

double copay_dropout_rate_ratio(const Scenario& scenario, const PersonAttributes& attributes, std::size_t service) {
  const CostSharingSettings& sharing = scenario.cost_sharing;
  const double burden = copay_burden(sharing, session_copay(sharing, attributes, service), attributes.income);
  return 1.0 + (sharing.dropout_rate_ratio_at_half_demand_copay - 1.0) * burden;
}

}  // namespace mhsim
