#pragma once
#include <array>
#include <cstddef>
#include <vector>

#include "core/keyed_random.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// Ages of the initial population: a band from the scenario's shares, then an
// age within the band from a stationary population's density (proportional to
// Gompertz survival), so the oldest band is not uniform up to 101.
class InitialAgeSampler {
 public:
  InitialAgeSampler(const PopulationSettings& demographics, const MortalitySettings& mortality);
  double draw_age_years(KeyedStream& stream) const;
  // The background death rate of the initial population (no illness).
  double mean_background_hazard_per_year() const { return mean_background_hazard_per_year_; }

 private:
  static constexpr double kStepYears = 0.05;
  static std::size_t step_of(double age_years);
  std::array<double, kAgeBandCount> band_share_;
  std::vector<double> cumulative_survival_;  // running integral of survival from age 15, per step
  double mean_background_hazard_per_year_ = 0;
};

}  // namespace mhsim
