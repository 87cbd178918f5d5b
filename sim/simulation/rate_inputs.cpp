#include "simulation/rate_inputs.hpp"

#include <algorithm>
#include <string>

#include "scenario/policy_change.hpp"

namespace mhsim {

RateChange rate_change(const Scenario& before, const StaffDeployment& staff_before, const Scenario& after,
                       const StaffDeployment& staff_after) {
  const auto read_by_rates = [](const std::string& key_path) {
    const std::string_view section = std::string_view(key_path).substr(0, key_path.find('.'));
    return std::find(kRatePolicySections.begin(), kRatePolicySections.end(), section) != kRatePolicySections.end();
  };
  const std::vector<std::string> differing = differing_key_paths(before, after);
  return {.anyone = std::any_of(differing.begin(), differing.end(), read_by_rates),
          .people_treated = staff_before.treatment_effect_ratio != staff_after.treatment_effect_ratio};
}

}  // namespace mhsim
