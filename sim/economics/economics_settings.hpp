#pragma once
// Health-economic accounting; unit costs and budgets have their own headers
// (cost_settings.hpp, budget_settings.hpp).
#include <array>

namespace mhsim {

// Health-economic accounting (docs/model.md, "Health outcomes"): how health
// lost is weighed and discounted. It changes no one's course, only the counts.
struct EconomicsSettings {
  double discount_rate_per_year = 0;  // for health (and costs) after the start of the horizon
  std::array<double, 3> disability_weight_cmd{};  // by severity
  std::array<double, 2> disability_weight_smi{};  // stable, acute
};

}  // namespace mhsim
