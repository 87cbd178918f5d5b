#include "population/initial_ages.hpp"

#include <algorithm>
#include <cmath>

namespace mhsim {

std::size_t InitialAgeSampler::step_of(double age_years) {
  return static_cast<std::size_t>(std::lround((age_years - kMinimumAgeYears) / kStepYears));
}

InitialAgeSampler::InitialAgeSampler(const PopulationSettings& demographics, const MortalitySettings& mortality)
    : band_share_(demographics.age_band_share) {
  const double a = gompertz_rate_per_year(mortality, kMinimumAgeYears), b = mortality.gompertz_slope_per_year;
  const auto survival = [&](double age) {
    const double t = age - kMinimumAgeYears;
    return std::exp(b > 0 ? -a / b * std::expm1(b * t) : -a * t);
  };
  const auto steps = static_cast<std::size_t>((kMaximumAgeYears - kMinimumAgeYears) / kStepYears);
  cumulative_survival_.resize(steps + 1, 0.0);
  std::vector<double> cumulative_deaths(steps + 1, 0.0);
  for (std::size_t k = 0; k < steps; ++k) {
    const double age = kMinimumAgeYears + (static_cast<double>(k) + 0.5) * kStepYears;
    cumulative_survival_[k + 1] = cumulative_survival_[k] + survival(age) * kStepYears;
    cumulative_deaths[k + 1] =
        cumulative_deaths[k] + survival(age) * a * std::exp(b * (age - kMinimumAgeYears)) * kStepYears;
  }
  for (std::size_t band = 0; band < band_share_.size(); ++band) {
    const std::size_t low = step_of(kAgeBandLowerYears[band]), high = step_of(kAgeBandLowerYears[band + 1]);
    mean_background_hazard_per_year_ += band_share_[band] * (cumulative_deaths[high] - cumulative_deaths[low]) /
                                        (cumulative_survival_[high] - cumulative_survival_[low]);
  }
}

double InitialAgeSampler::draw_age_years(KeyedStream& stream) const {
  const std::size_t band = draw_category(band_share_, stream);
  const double low = cumulative_survival_[step_of(kAgeBandLowerYears[band])];
  const double high = cumulative_survival_[step_of(kAgeBandLowerYears[band + 1])];
  const double target = low + stream.uniform_open() * (high - low);
  // Inverse CDF: the step where the running integral passes the target, then linear within it.
  const auto it = std::upper_bound(cumulative_survival_.begin(), cumulative_survival_.end(), target);
  const auto k = static_cast<std::size_t>(std::distance(cumulative_survival_.begin(), it)) - 1;
  const double within = (target - cumulative_survival_[k]) / (cumulative_survival_[k + 1] - cumulative_survival_[k]);
  return kMinimumAgeYears + (static_cast<double>(k) + within) * kStepYears;
}

}  // namespace mhsim
