#include "economics/life_expectancy.hpp"

#include <algorithm>
#include <cmath>

namespace mhsim {
namespace {

constexpr double kStepYears = 1.0 / 64.0;

// Integral of survival (and of discounted survival) from `age` to the model's
// oldest age, by the midpoint rule on the exact Gompertz cumulative hazard.
struct Remaining {
  double years = 0;
  double discounted_years = 0;
};

Remaining integrate_from(const MortalitySettings& mortality, double discount_rate_per_year, double age) {
  const double rate_now = gompertz_rate_per_year(mortality, age);
  const double slope = mortality.gompertz_slope_per_year;
  const double force_of_interest = std::log1p(discount_rate_per_year);
  Remaining out;
  for (double t = kStepYears / 2; age + t < kMaximumAgeYears; t += kStepYears) {
    const double cumulative_hazard = slope > 0 ? rate_now / slope * std::expm1(slope * t) : rate_now * t;
    const double survival = std::exp(-cumulative_hazard);
    out.years += survival * kStepYears;
    out.discounted_years += survival * std::exp(-force_of_interest * t) * kStepYears;
  }
  return out;
}

}  // namespace

LifeExpectancy::LifeExpectancy(const MortalitySettings& mortality, double discount_rate_per_year) {
  for (double age = kMinimumAgeYears; age <= kMaximumAgeYears; age += 1.0) {
    const Remaining r = integrate_from(mortality, discount_rate_per_year, age);
    remaining_years_.push_back(r.years);
    discounted_years_.push_back(r.discounted_years);
  }
}

double LifeExpectancy::interpolate(const std::vector<double>& by_age, double age_years) const {
  const double position = std::clamp(age_years - kMinimumAgeYears, 0.0, static_cast<double>(by_age.size() - 1));
  const auto below = static_cast<std::size_t>(position);
  if (below + 1 >= by_age.size()) return by_age.back();
  const double fraction = position - static_cast<double>(below);
  return by_age[below] * (1 - fraction) + by_age[below + 1] * fraction;
}

}  // namespace mhsim
